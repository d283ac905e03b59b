package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// locPreps before a place name make it a location rather than a
// participant.
var locPreps = lex("locPreps")

// placePreps before a capital make it a location, not its government.
var placePreps = lex("placePreps")

// possessivePersonNouns after "X's" mark X as a person.
var possessivePersonNouns = lex("possessivePersonNouns")

// resolve links every mention to an actor: states and institutions first,
// then acronyms, people named in full, titled surnames, and last the lone
// capitalized words, judged by the words around them.
func (d *doc) resolve() {
	for si := range d.sents {
		for mi := range d.ments[si] {
			d.resolveInstitution(si, &d.ments[si][mi])
		}
		d.linkAcronyms(si)
	}
	d.resolveFullNames()
	for si := range d.sents {
		ms := d.ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.kind == mPerson && m.actor < 0 {
				if p := d.cast.personByTokens(m.text); p >= 0 {
					m.actor = p
					d.cast.addForm(p, m.text)
				} else {
					m.actor = d.cast.add(graph.Person, m.text, "")
					d.cast.addName(m.actor, m.text)
				}
			}
			if m.plural && m.kind == mPerson {
				d.pluralHonorific(si, mi)
			}
		}
	}
	d.resolveSingles()
	d.collectiveNames()
	for si := range d.sents {
		for _, m := range d.ments[si] {
			if m.actor >= 0 {
				d.cast.actors[m.actor].mentions++
			}
		}
	}
}

// topicHeads after a name make it the qualifier of a thing: "the X
// conflict", "the X region".
var topicHeads = lex("topicHeads")

// collectiveHeads after a name make it a body of people: "the X
// leadership", "the X negotiating team", "X delegation".
var collectiveHeads = lex("collectiveHeads")

// collectiveNames: an untitled name the text uses as a body of people
// ("the Blue Party leadership", "present from Blue Party were") is a
// group, not a person, however person-like its words.
func (d *doc) collectiveNames() {
	votes := map[int]int{}
	for si := range d.sents {
		toks := d.sents[si].Toks
		for _, m := range d.ments[si] {
			if m.actor < 0 || m.kind != mPerson || m.titled {
				continue
			}
			switch {
			case m.j < len(toks) && collectiveHeads[toks[m.j].Lower]:
				votes[m.actor]++
			case m.i > 0 && toks[m.i-1].Lower == "the" && m.j < len(toks) && !toks[m.j].Cap && groupNouns[toks[m.j].Lower]:
				votes[m.actor]++
			}
		}
	}
	for a, v := range votes {
		x := d.cast.actors[a]
		if v >= 1 && x.kind == graph.Person && !x.titled && len(x.positions) == 0 {
			x.kind = graph.Group
		}
	}
	// Capitalized words the text only uses to qualify a thing, never as
	// someone who acts: "the X-Y conflict", "the X-Y meeting" (two names
	// joined), a one-letter "name" from broken text.
	qualifier := map[int]bool{}
	acts := map[int]bool{}
	for si := range d.sents {
		toks := d.sents[si].Toks
		for _, m := range d.ments[si] {
			if m.actor < 0 || m.kind != mPerson {
				continue
			}
			x := d.cast.actors[m.actor]
			if x.kind != graph.Person {
				continue
			}
			next := ""
			if m.j < len(toks) {
				next = toks[m.j].Lower
			}
			if len([]rune(strings.TrimSpace(m.text))) <= 1 {
				x.notName = true
			}
			if m.titled || x.titled || len(x.positions) > 0 {
				acts[m.actor] = true
				continue
			}
			if topicHeads[next] || meetingNouns[next] || negNouns[next] {
				qualifier[m.actor] = true
			} else {
				acts[m.actor] = true
			}
		}
	}
	for a := range qualifier {
		if !acts[a] {
			d.cast.actors[a].notName = true
		}
	}
	// "the X news agency", "X television": a news outlet.
	for si := range d.sents {
		toks := d.sents[si].Toks
		for _, m := range d.ments[si] {
			if m.actor < 0 || m.kind != mPerson || m.titled || m.j >= len(toks) || toks[m.j].Cap || !mediaNouns[toks[m.j].Lower] {
				continue
			}
			if x := d.cast.actors[m.actor]; x.kind == graph.Person && !x.titled && len(x.positions) == 0 {
				x.kind = graph.Organization
			}
		}
	}
}

// resolveInstitution gives states, capitals used as actors, and named
// institutions their actor.
func (d *doc) resolveInstitution(si int, m *mention) {
	s := &d.sents[si]
	switch m.kind {
	case mState:
		m.actor = d.state(m.code)
		d.cast.addName(m.actor, m.text)
	case mDemonym:
		if demonymOrgNouns[m.headNoun] && m.j < len(s.Toks) && !(m.j+1 < len(s.Toks) && titleHeads[s.Toks[m.j+1].Lower]) {
			st := d.state(m.code)
			m.j++
			m.text = spanText(s, m.i, m.j)
			m.kind = mOrg
			m.actor = d.cast.add(graph.Organization, m.text, "")
			d.cast.addName(m.actor, m.text)
			d.cast.actors[m.actor].affiliation = st
			return
		}
		m.actor = d.state(m.code)
		d.cast.addForm(m.actor, m.text)
	case mCity:
		if m.code != "" && d.capitalAsActor(s, m) {
			m.actor = d.state(m.code)
			d.cast.addForm(m.actor, m.text)
		}
	case mOrg:
		if o := d.g.Orgs[m.code]; o != nil {
			// Keyed by the known name, so "EU" and "European Union" meet.
			m.actor = d.cast.add(o.Kind, m.text, "org:"+o.Name)
			d.cast.addName(m.actor, m.text)
			d.cast.addExtra(m.actor, o.Name)
			if o.Country != "" && d.cast.actors[m.actor].affiliation < 0 {
				d.cast.actors[m.actor].affiliation = d.state(o.Country)
			}
			return
		}
		m.actor = d.cast.add(graph.Organization, m.text, "")
		d.cast.addName(m.actor, m.text)
	case mGroup:
		m.actor = d.cast.add(graph.Group, m.text, "")
		d.cast.addName(m.actor, m.text)
	}
	if (m.kind == mOrg || m.kind == mGroup) && m.actor >= 0 && d.cast.actors[m.actor].affiliation < 0 {
		// "Sudan's Security Council": the possessor is the affiliation.
		if m.i >= 2 && s.Toks[m.i-1].Text == "'s" {
			for _, o := range d.ments[si] {
				if o.j == m.i-1 && o.actor >= 0 && o.kind == mState {
					d.cast.actors[m.actor].affiliation = o.actor
				}
			}
		}
	}
}

// state returns the state actor of a country code, creating it with the
// gazetteer's name as a fallback canonical name.
func (d *doc) state(code string) int {
	if i, ok := d.cast.byCode[code]; ok {
		return i
	}
	name := code
	if c := d.g.Countries[code]; c != nil {
		name = englishName(c)
	}
	i := d.cast.add(graph.State, name, code)
	d.cast.actors[i].forms = nil
	d.cast.actors[i].formKeys = map[string]bool{}
	d.cast.addExtra(i, name)
	return i
}

// englishName is the country's common name, or its first plain-ASCII
// English short form when the common name is not ("Türkiye" → "Turkey").
func englishName(c *gazetteer.Country) string {
	ascii := func(s string) bool {
		for _, r := range s {
			if r >= utf8.RuneSelf {
				return false
			}
		}
		return true
	}
	if ascii(c.Name) {
		return c.Name
	}
	for _, f := range gazetteer.CountryExtras[c.Code] {
		if ascii(f) && !text.IsAcronymForm(f) {
			return f
		}
	}
	return c.Name
}

// capitalAsActor: a capital stands for its government when it is not
// introduced as a location ("Washington withdrew", "between Kinshasa and
// the M23", "Tehran's nuclear program").
func (d *doc) capitalAsActor(s *text.Sentence, m *mention) bool {
	if m.j+1 < len(s.Toks) && s.Toks[m.j].Text == "-" && s.Toks[m.j].Glued && !s.Toks[m.j+1].Cap {
		return true // "Washington-mediated", "Moscow-backed"
	}
	if m.i > 0 {
		p := s.Toks[m.i-1].Lower
		if placePreps[p] || p == "the" || p == "," {
			return false
		}
		if m.i > 1 && (s.Toks[m.i-2].Lower == "in" || s.Toks[m.i-2].Lower == "at") {
			return false
		}
	}
	if m.j < len(s.Toks) {
		nx := s.Toks[m.j].Lower
		if meetingNouns[nx] || nx == "," && m.i == 0 {
			return false
		}
	}
	if m.i == 0 && m.j < len(s.Toks) && s.Toks[m.j].Text == "," {
		return false
	}
	return true
}

// linkAcronyms reads "Rapid Support Forces (RSF)": the acronym becomes an
// alias of the named actor, here and in the rest of the article.
func (d *doc) linkAcronyms(si int) {
	s := &d.sents[si]
	ms := d.ments[si]
	for mi := range ms {
		m := &ms[mi]
		if m.j+2 >= len(s.Toks) || s.Toks[m.j].Text != "(" {
			continue
		}
		k := m.j + 1
		var parts []string
		for k < len(s.Toks) && s.Toks[k].Acronym && len(parts) < 3 {
			parts = append(parts, s.Toks[k].Text)
			k++
		}
		if len(parts) == 0 || k >= len(s.Toks) || s.Toks[k].Text != ")" {
			continue
		}
		acr := strings.Join(parts, " ")
		if m.actor < 0 && (m.kind == mNonActor || m.kind == mTitleRef) {
			continue
		}
		if m.actor < 0 && m.kind == mUnknown {
			m.kind = mOrg
			m.actor = d.cast.add(graph.Organization, m.text, "")
			d.cast.addName(m.actor, m.text)
		}
		if m.actor < 0 {
			continue
		}
		d.acronyms[acr] = m.actor
		d.cast.addForm(m.actor, acr)
		for oi := range ms {
			if ms[oi].i > m.j && ms[oi].j <= k {
				ms[oi].actor = m.actor
				ms[oi].kind = m.kind
			}
		}
	}
}

// resolveFullNames creates the people named with two words or more,
// longest names first, so that a shorter form of the same person ("Mohammed
// bin Abdulrahman Al Thani") joins the fuller one.
func (d *doc) resolveFullNames() {
	type ref struct{ si, mi, words int }
	var refs []ref
	for si := range d.sents {
		for mi, m := range d.ments[si] {
			if m.kind == mPerson {
				if w := len(strings.Fields(graph.Key(m.text))); w >= 2 {
					refs = append(refs, ref{si, mi, w})
				}
			}
		}
	}
	slices.SortStableFunc(refs, func(a, b ref) int { return b.words - a.words })
	for _, r := range refs {
		m := &d.ments[r.si][r.mi]
		p := d.cast.personByTokens(m.text)
		if p < 0 {
			p = d.cast.add(graph.Person, m.text, "")
		}
		m.actor = p
		d.cast.addName(p, m.text)
	}
}

// pluralHonorific: in "Messrs. Burns and Barnea" the second name is a
// person too.
func (d *doc) pluralHonorific(si, mi int) {
	s := &d.sents[si]
	ms := d.ments[si]
	m := ms[mi]
	if m.j+1 >= len(s.Toks) || s.Toks[m.j].Lower != "and" {
		return
	}
	for oi := range ms {
		o := &ms[oi]
		if o.i == m.j+1 && o.kind == mUnknown {
			o.kind, o.titled = mPerson, true
			if p := d.cast.personByTokens(o.text); p >= 0 {
				o.actor = p
				d.cast.addForm(p, o.text)
			} else {
				o.actor = d.cast.add(graph.Person, o.text, "")
				d.cast.addName(o.actor, o.text)
			}
		}
	}
}

// resolveSingles decides what each lone capitalized word is: a known
// person's surname or given name, a defined acronym, or — by the words
// around its occurrences — a person known by one name or a group.
func (d *doc) resolveSingles() {
	type votes struct{ person, group, org int }
	tally := map[string]*votes{}
	var order []string
	for si := range d.sents {
		s := &d.sents[si]
		for mi := range d.ments[si] {
			m := &d.ments[si][mi]
			if m.kind == mCity && m.code == "" && m.j-m.i == 1 {
				// A one-word city that is also a person's name: "Mora".
				if p := d.cast.personByTokens(m.text); p >= 0 {
					m.kind = mUnknown
				}
			}
			if m.kind != mUnknown || m.actor >= 0 {
				continue
			}
			k := graph.Key(m.text)
			if k == "" {
				continue
			}
			v := tally[k]
			if v == nil {
				v = &votes{}
				tally[k] = v
				order = append(order, k)
			}
			p, g, o := singleCues(s, *m, d.g.Common)
			v.person += p
			v.group += g
			v.org += o
		}
	}
	decided := map[string]int{}
	for _, k := range order {
		v := tally[k]
		if i, ok := d.acronyms[strings.ToUpper(k)]; ok {
			decided[k] = i
			continue
		}
		if i := d.cast.byInitials(k); i >= 0 {
			decided[k] = i
			continue
		}
		if p := d.cast.personByTokens(k); p >= 0 {
			decided[k] = p
			continue
		}
		if i := d.cast.lookup(k); i >= 0 {
			decided[k] = i
			continue
		}
		decided[k] = -1
		switch {
		case v.group > 0 && v.group >= v.person && v.group >= v.org:
			decided[k] = -2 // group, created on first mention
		case v.org > 0 && v.org >= v.person:
			decided[k] = -3
		case v.person > 0 && v.person > v.group:
			decided[k] = -4
		}
	}
	for si := range d.sents {
		ms := d.ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.kind != mUnknown || m.actor >= 0 {
				continue
			}
			k := graph.Key(m.text)
			i, ok := decided[k]
			if !ok {
				continue
			}
			switch i {
			case -1:
				continue
			case -2, -3, -4:
				kind := map[int]graph.Kind{-2: graph.Group, -3: graph.Organization, -4: graph.Person}[i]
				if kind == graph.Person && d.sents[si].Toks[m.i].Acronym {
					continue
				}
				i = d.cast.add(kind, m.text, "")
				d.cast.addName(i, m.text)
				decided[k] = i
			}
			m.actor = i
			m.kind = kindMention(d.cast.actors[i].kind)
			d.cast.addForm(i, m.text)
		}
	}
}

func kindMention(k graph.Kind) mkind {
	switch k {
	case graph.Person:
		return mPerson
	case graph.State:
		return mState
	case graph.Group:
		return mGroup
	}
	return mOrg
}

// singleCues scores one occurrence of a lone word as person, group or
// organization from its neighbours.
func singleCues(s *text.Sentence, m mention, common map[string]bool) (person, group, org int) {
	toks := s.Toks
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Lower
	}
	next, prev := at(m.j), at(m.i-1)
	acr := toks[m.i].Acronym
	switch {
	case personVerbs[next]:
		person++
	case (next == "has" || next == "had" || next == "is" || next == "was") && personVerbs[at(m.j+1)]:
		person++
	case next == "administration":
		person++
	case (next == "'s" || next == "'") && (possessivePersonNouns[at(m.j+1)] ||
		(strings.HasSuffix(at(m.j+1), "ly") && possessivePersonNouns[at(m.j+3)])):
		person++
	}
	if m.j < len(toks) && toks[m.j].Cap && (titleHeads[next] || titleMods[next]) && !honorifics[next] {
		group += 2 // "Taliban Foreign Minister X": an institution grants the title
	}
	if groupNouns[next] || ((next == "'s" || next == "'") && groupNouns[at(m.j+1)]) || next == "attack" || next == "fighters" {
		group++
	}
	if prev == "the" {
		prev = at(m.i - 2)
	}
	if prev == "between" || (prev == "and" && strings.Contains(strings.ToLower(s.Text[:toks[m.i].Start]), "between")) {
		group++
	}
	if titleHeads[prev] && !toks[m.i].Acronym {
		person += 2
	}
	if orgHeads[prev] || prev == "agency" || prev == "outlet" || prev == "broadcaster" || prev == "publication" {
		org += 2
	}
	if acr && person > 0 {
		person = 0
	}
	if common[toks[m.i].Lower] {
		person = 0 // "Police said": an ordinary word is no surname
	}
	if personVerbs[next] && (at(m.j+1) == "its" || (at(m.j+1) == "in" && at(m.j+3) == "statement")) {
		group += 2 // "Hezbollah said its fighters ...", "X said in a statement"
	}
	return
}
