package actors

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Story is the resolution stage's output: the sentences and their
// mentions, each mention linked to an actor of the cast, with the posts
// the text gives people.
type Story struct {
	G     *gazetteer.Gazetteer
	Sents []text.Sentence
	Ments [][]mention.Mention // Actor set to an index of Cast.Actors, -1 when none
	Cast  *Cast

	acronyms  map[string]int
	firstSeen map[int][2]int // person → where first named in full: sentence, token
	pending   []string       // titles awaiting their possessor (positions pass)
	// Husbands maps a wife named under her style beside her husband to
	// him (couples.go).
	Husbands map[int]int
}

// Resolve is the resolution stage: it links every mention to an actor
// (resolve) and reads the posts people hold (positions). It writes the
// Actor of the mentions it is given.
func Resolve(g *gazetteer.Gazetteer, t text.Text, m mention.Mentions) *Story {
	d := &Story{G: g, Sents: t.Sentences, Ments: m.Sentences, Cast: NewCast(), acronyms: map[string]int{}}
	d.resolve()
	d.positions()
	d.leadersOfBodies()
	return d
}

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
func (d *Story) resolve() {
	for si := range d.Sents {
		for mi := range d.Ments[si] {
			d.resolveInstitution(si, &d.Ments[si][mi])
		}
		d.linkAcronyms(si)
	}
	d.resolveFullNames()
	d.noteFirstSeen()
	for si := range d.Sents {
		ms := d.Ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.Kind == mention.Person && m.Actor < 0 && !m.Titled && d.Cast.personByTokens(m.Text) < 0 && d.placeByContext(si, m) {
				m.Kind = mention.NonActor // "the population of X-Y"
				continue
			}
			if m.Kind == mention.Person && m.Actor < 0 {
				if p := d.namesake(si, m.I, m.Text); p >= 0 {
					m.Actor = p
					d.Cast.addForm(p, m.Text)
				} else {
					m.Actor = d.Cast.person(m.Text)
				}
			}
			if m.Plural && m.Kind == mention.Person {
				d.pluralHonorific(si, mi)
			}
		}
	}
	d.resolveSingles()
	d.couples()
	d.honorificForms()
	d.collectiveNames()
	d.descriptions()
	for si := range d.Sents {
		for _, m := range d.Ments[si] {
			if m.Actor >= 0 {
				d.Cast.Actors[m.Actor].Mentions++
			}
		}
	}
}

// topicHeads after a name make it the qualifier of a thing: "the X
// conflict", "the X region".
var topicHeads = lex("topicHeads")

// locativeBeforeName before an untitled name make it a place the text
// locates something in ("met at a guesthouse in X Y", "the stock around
// X Y"), not someone who acts.
var locativeBeforeName = lex("locativeBeforeName")

// collectiveHeads after a name make it a body of people: "the X
// leadership", "the X negotiating team", "X delegation".
var collectiveHeads = lex("collectiveHeads")

// bodyPostHeads between a name and its post's holder make the name a body
// of people: "X president Y Z" (collectiveNames).
var bodyPostHeads = lex("bodyPostHeads")

// counterpartBefore: the name at token i is someone's counterpart ("his
// Venezuelan counterpart X", "her Chilean counterpart, X"). A counterpart
// is a peer of a named person, so a person, however the text later uses
// the name: "the X government" then is the government X heads, not a body
// called X.
func counterpartBefore(toks []text.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	return k >= 0 && (toks[k].Lower == "counterpart" || toks[k].Lower == "counterparts")
}

// sameActorAt: the mention opening at token i of sentence si stands for
// actor a.
func (d *Story) sameActorAt(si, i, a int) bool {
	return slices.ContainsFunc(d.Ments[si], func(o mention.Mention) bool { return o.I == i && o.Actor == a })
}

// leaderSide: "the X delegation" with X the surname of a person the text
// names in full (surnameOfFullName) is the side X leads; "the Karabakh
// authorities" is no delegation noun and keeps its vote.
func leaderSide(toks []text.Token, m mention.Mention, x *Actor) bool {
	return m.I > 0 && toks[m.I-1].Lower == "the" && m.J < len(toks) && sideDelegationNouns[toks[m.J].Lower] && surnameOfFullName(x, m.Text)
}

// sideDelegationNouns name a side's party at a meeting.
var sideDelegationNouns = lex("sideDelegationNouns")

// surnameOfFullName: the form is one word that ends a longer form of the
// same actor — "the Ouattara delegation", "the McCully delegation" after
// "Alassane Ouattara", "Murray McCully": the side named by its leader's
// surname, whose full name makes him a person, not a body called so
// (issue 14's five-hundred-and-sixty-first round; p3401, p3403).
func surnameOfFullName(x *Actor, form string) bool {
	form = strings.TrimSpace(form)
	if form == "" || strings.Contains(form, " ") {
		return false
	}
	for _, f := range x.Forms {
		if strings.Contains(f, " ") && strings.HasSuffix(f, " "+form) {
			return true
		}
	}
	return false
}

// collectiveNames: an untitled name the text uses as a body of people
// ("the Blue Party leadership", "present from Blue Party were") is a
// group, not a person, however person-like its words.
func (d *Story) collectiveNames() {
	votes := map[int]int{}
	peers := map[int]bool{}
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for _, m := range d.Ments[si] {
			if m.Actor < 0 || m.Kind != mention.Person || m.Titled {
				continue
			}
			if counterpartBefore(toks, m.I) {
				peers[m.Actor] = true
			}
			switch {
			case m.J < len(toks) && collectiveHeads[toks[m.J].Lower] && !leaderSide(toks, m, d.Cast.Actors[m.Actor]):
				votes[m.Actor]++
			case m.I > 0 && toks[m.I-1].Lower == "the" && m.J < len(toks) && !toks[m.J].Cap && groupNouns[toks[m.J].Lower] && !leaderSide(toks, m, d.Cast.Actors[m.Actor]):
				votes[m.Actor]++
			case m.J+1 < len(toks) && !toks[m.J].Cap && bodyPostHeads[toks[m.J].Lower] && toks[m.J+1].Cap && toks[m.J+1].Word && !d.sameActorAt(si, m.J+1, m.Actor):
				// "X president Y Z": the body whose post Y Z holds (issue
				// 14's five-hundred-and-fifty-third round). Not when the
				// holder is X himself: "Huthi leader Abdul-Malik al-Huthi",
				// a movement's name that is its leader's surname.
				votes[m.Actor]++
			}
		}
	}
	for a, v := range votes {
		x := d.Cast.Actors[a]
		if v >= 1 && x.Kind == graph.Person && !x.Titled && len(x.Positions) == 0 && !peers[a] {
			x.Kind = graph.Group
		}
	}
	// Capitalized words the text only uses to qualify a thing, never as
	// someone who acts: "the X-Y conflict", "the X-Y meeting" (two names
	// joined), a one-letter "name" from broken text.
	qualifier := map[int]bool{}
	acts := map[int]bool{}
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for _, m := range d.Ments[si] {
			if m.Actor < 0 || m.Kind != mention.Person {
				continue
			}
			x := d.Cast.Actors[m.Actor]
			if x.Kind != graph.Person {
				continue
			}
			next := ""
			if m.J < len(toks) {
				next = toks[m.J].Lower
			}
			if len([]rune(strings.TrimSpace(m.Text))) <= 1 || d.regionPlural(m.Text) {
				x.NotName = true
			}
			if buildingOf(toks, m.I, next) && !x.Titled && len(x.Positions) == 0 {
				// A title read before the building's own name ("General
				// Stores Building of the X") is not the name's.
				qualifier[m.Actor] = true
				continue
			}
			if m.Titled || x.Titled || len(x.Positions) > 0 {
				acts[m.Actor] = true
				continue
			}
			if topicHeads[next] || meetingNouns[next] || negNouns[next] || locatedIn(toks, m.I, next) {
				qualifier[m.Actor] = true
			} else {
				acts[m.Actor] = true
			}
		}
	}
	for a := range qualifier {
		if !acts[a] {
			d.Cast.Actors[a].NotName = true
		}
	}
	// "the X news agency", "X television": a news outlet.
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for _, m := range d.Ments[si] {
			if m.Actor < 0 || m.Kind != mention.Person || m.Titled || m.J >= len(toks) || toks[m.J].Cap || !mediaNouns[toks[m.J].Lower] {
				continue
			}
			if x := d.Cast.Actors[m.Actor]; x.Kind == graph.Person && !x.Titled && len(x.Positions) == 0 {
				x.Kind = graph.Organization
			}
		}
	}
}

// locatedIn says whether an untitled name at i follows a locative
// preposition: "in X Y", "around X Y". A possessive ("in X Y's office")
// still names a person.
//
// An article between them belongs to the place's name, as no person's
// name takes one: "at the X Y" (a navy yard, a hall), and the Romance
// articles capitalized that the name's mention leaves out, "at La X",
// "at Los X", "in El X" (the seat of a government or a residence, as
// Latin American copy names it; the two-hundred-and-ninety-ninth round,
// p1828, p1736).
func locatedIn(toks []text.Token, i int, next string) bool {
	if i > 1 && (toks[i-1].Lower == "the" || toks[i-1].Cap && placeArticles[toks[i-1].Lower]) {
		i--
	}
	return i > 0 && locativeBeforeName[toks[i-1].Lower] && next != "'s" && next != "’s"
}

// buildingOf says whether an untitled name at i completes a building's or
// a square's name, "the Palace of X Y", "the Stores Building of the X
// Y": old broadsheets and agencies in translation name the seat of a
// government or a venue so ("the Palace of La ...", the Spanish "Palacio
// de"), and the name after "of" is the place, not a person (the
// two-hundred-and-ninety-ninth round, p1828, p1736). A possessive ("the
// Palace of X Y's ...") is left alone.
func buildingOf(toks []text.Token, i int, next string) bool {
	if next == "'s" || next == "’s" {
		return false
	}
	if i > 0 && toks[i-1].Lower == "the" {
		i--
	}
	return i >= 2 && toks[i-1].Lower == "of" && toks[i-2].Cap && buildingOfNouns[toks[i-2].Lower]
}

// resolveInstitution gives states, capitals used as actors, and named
// institutions their actor.
func (d *Story) resolveInstitution(si int, m *mention.Mention) {
	s := &d.Sents[si]
	switch m.Kind {
	case mention.State:
		m.Actor = d.state(m.Code)
		d.Cast.addName(m.Actor, m.Text)
	case mention.Demonym:
		if demonymOrgNouns[m.HeadNoun] && m.J < len(s.Toks) && !(m.J+1 < len(s.Toks) && titleHeads[s.Toks[m.J+1].Lower]) {
			st := d.state(m.Code)
			m.J++
			m.Text = mention.SpanText(s, m.I, m.J)
			m.Kind = mention.Org
			m.Actor = d.Cast.add(graph.Organization, m.Text, "")
			d.Cast.addName(m.Actor, m.Text)
			d.Cast.Actors[m.Actor].Affiliation = st
			return
		}
		m.Actor = d.state(m.Code)
		d.Cast.addForm(m.Actor, m.Text)
	case mention.City:
		if m.Code != "" && d.capitalAsActor(s, m) {
			m.Actor = d.state(m.Code)
			d.Cast.addForm(m.Actor, m.Text)
		}
	case mention.Org:
		if o := d.G.Orgs[m.Code]; o != nil {
			// Keyed by the known name, so "EU" and "European Union" meet.
			m.Actor = d.Cast.add(o.Kind, m.Text, "org:"+o.Name)
			d.Cast.addName(m.Actor, m.Text)
			d.Cast.addExtra(m.Actor, o.Name)
			if o.Country != "" && d.Cast.Actors[m.Actor].Affiliation < 0 {
				d.Cast.Actors[m.Actor].Affiliation = d.state(o.Country)
			}
			return
		}
		m.Actor = d.Cast.add(graph.Organization, m.Text, "")
		d.Cast.addName(m.Actor, m.Text)
	case mention.Group:
		m.Actor = d.Cast.add(graph.Group, m.Text, "")
		d.Cast.addName(m.Actor, m.Text)
		if m.Code != "" && d.Cast.Actors[m.Actor].Affiliation < 0 {
			// A community of a land ("Greek Cypriot"): the land's.
			d.Cast.Actors[m.Actor].Affiliation = d.state(m.Code)
		}
	}
	if (m.Kind == mention.Org || m.Kind == mention.Group) && m.Actor >= 0 && d.Cast.Actors[m.Actor].Affiliation < 0 {
		// "Sudan's Security Council": the possessor is the affiliation.
		if m.I >= 2 && s.Toks[m.I-1].Text == "'s" {
			for _, o := range d.Ments[si] {
				if o.J == m.I-1 && o.Actor >= 0 && o.Kind == mention.State {
					d.Cast.Actors[m.Actor].Affiliation = o.Actor
				}
			}
		}
	}
}

// state returns the state actor of a country code, creating it with the
// gazetteer's name as a fallback canonical name.
func (d *Story) state(code string) int {
	if i, ok := d.Cast.byCode[code]; ok {
		return i
	}
	name := code
	if c := d.G.Countries[code]; c != nil {
		name = englishName(c)
	}
	i := d.Cast.add(graph.State, name, code)
	d.Cast.Actors[i].Forms = nil
	d.Cast.Actors[i].formKeys = map[string]bool{}
	d.Cast.addExtra(i, name)
	return i
}

// CapitalSide is the state a capital's mention at m stands for when the
// roles read it as a side's government ("negotiators for Manila"), the
// state's actor added with the capital as a form; -1 when m names no
// capital. The mention itself stays a place: who met whom reads it as
// before.
func (d *Story) CapitalSide(m *mention.Mention) int {
	if m.Kind != mention.City || m.Code == "" {
		return -1
	}
	a := d.state(m.Code)
	d.Cast.addForm(a, m.Text)
	return a
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
func (d *Story) capitalAsActor(s *text.Sentence, m *mention.Mention) bool {
	if m.J+1 < len(s.Toks) && s.Toks[m.J].Text == "-" && s.Toks[m.J].Glued && !s.Toks[m.J+1].Cap {
		return true // "Washington-mediated", "Moscow-backed"
	}
	if m.I > 0 {
		p := s.Toks[m.I-1].Lower
		if placePreps[p] || p == "the" || p == "," {
			return false
		}
		if mention.PlightPlace(s.Toks, m.I, placePreps) {
			return false // "flew to war-torn X", "in occupied Y": a place
		}
		if m.I > 1 && (s.Toks[m.I-2].Lower == "in" || s.Toks[m.I-2].Lower == "at") {
			return false
		}
		if mention.VenueTown(s.Toks, m.I) {
			return false // "at the Lake Hotel X": where the building stands
		}
	}
	if m.J < len(s.Toks) {
		nx := s.Toks[m.J].Lower
		if meetingNouns[nx] || nx == "," && m.I == 0 {
			return false
		}
	}
	if m.I == 0 && m.J < len(s.Toks) && s.Toks[m.J].Text == "," {
		return false
	}
	return true
}

// linkAcronyms reads "Rapid Support Forces (RSF)": the acronym becomes an
// alias of the named actor, here and in the rest of the article.
func (d *Story) linkAcronyms(si int) {
	s := &d.Sents[si]
	ms := d.Ments[si]
	for mi := range ms {
		m := &ms[mi]
		if m.J+2 >= len(s.Toks) || s.Toks[m.J].Text != "(" {
			continue
		}
		k := m.J + 1
		var parts []string
		for k < len(s.Toks) && s.Toks[k].Acronym && len(parts) < 3 {
			parts = append(parts, s.Toks[k].Text)
			k++
		}
		if len(parts) == 0 || k >= len(s.Toks) || s.Toks[k].Text != ")" {
			continue
		}
		acr := strings.Join(parts, " ")
		if m.Actor < 0 && (m.Kind == mention.NonActor || m.Kind == mention.TitleRef) {
			continue
		}
		if m.Actor < 0 && m.Kind == mention.Unknown {
			m.Kind = mention.Org
			m.Actor = d.Cast.add(graph.Organization, m.Text, "")
			d.Cast.addName(m.Actor, m.Text)
		}
		if m.Actor < 0 {
			continue
		}
		d.acronyms[acr] = m.Actor
		d.Cast.addForm(m.Actor, acr)
		for oi := range ms {
			if ms[oi].I > m.J && ms[oi].J <= k {
				ms[oi].Actor = m.Actor
				ms[oi].Kind = m.Kind
			}
		}
	}
}

// resolveFullNames creates the people named with two words or more,
// longest names first, so that a shorter form of the same person ("Mohammed
// bin Abdulrahman Al Thani") joins the fuller one.
func (d *Story) resolveFullNames() {
	type ref struct{ si, mi, words int }
	var refs []ref
	for si := range d.Sents {
		for mi, m := range d.Ments[si] {
			if m.Kind == mention.Person {
				if w := len(strings.Fields(graph.Key(m.Text))); w >= 2 {
					refs = append(refs, ref{si, mi, w})
				}
			}
		}
	}
	slices.SortStableFunc(refs, func(a, b ref) int { return b.words - a.words })
	// A name the text tells as a place once ("the population of X-Y") is
	// a place wherever it stands untitled.
	places := map[string]bool{}
	for _, r := range refs {
		if m := &d.Ments[r.si][r.mi]; !m.Titled && d.placeByContext(r.si, m) {
			places[graph.Key(m.Text)] = true
		}
	}
	for _, r := range refs {
		m := &d.Ments[r.si][r.mi]
		p := d.Cast.personByTokens(m.Text)
		if p < 0 && !m.Titled && (d.placeCompound(m.Text) || places[graph.Key(m.Text)]) {
			m.Kind = mention.NonActor
			continue
		}
		if p < 0 {
			p = d.Cast.initialSurname(m.Text) // "M. Toure" after "Sekou Toure"
		}
		if p < 0 {
			p = d.Cast.add(graph.Person, m.Text, "")
		}
		m.Actor = p
		d.Cast.addName(p, m.Text)
	}
}

// noteFirstSeen records where the text first names each person named in
// full, for namesake.
func (d *Story) noteFirstSeen() {
	d.firstSeen = map[int][2]int{}
	for si := range d.Sents {
		for _, m := range d.Ments[si] {
			if m.Kind != mention.Person || m.Actor < 0 {
				continue
			}
			if _, ok := d.firstSeen[m.Actor]; !ok {
				d.firstSeen[m.Actor] = [2]int{si, m.I}
			}
		}
	}
}

// namesake resolves a short name that several people of the story share
// ("Kim" once "Kim A" and "Kim B" are named, "Castro" once "X Castro" and
// "Y Castro Z" are) to one of those the text named before it: the one
// whose name ends with it (the surname of Western order), else begins with
// it (the family name of East Asian order), else holds it; of those, the
// first named, since copy names a later namesake in full or by a form of
// its own and leaves the bare name to the one the story opened with. -1
// when fewer than two people share the name, none was named before it, or
// the form is an initial or an abbreviation ("M.").
func (d *Story) namesake(si, ti int, form string) int {
	words := strings.Fields(graph.Key(form))
	for _, w := range words {
		if len([]rune(strings.TrimSuffix(w, "."))) < 2 || strings.HasSuffix(w, ".") {
			return -1
		}
	}
	cands := d.Cast.personsByTokens(form)
	if len(words) == 0 || len(cands) < 2 {
		return -1
	}
	if p := d.titledNamesake(si, ti, cands); p >= 0 {
		return p
	}
	best, bestRank := -1, 0
	var bestAt [2]int
	for _, p := range cands {
		at, ok := d.firstSeen[p]
		if !ok || at[0] > si || at[0] == si && at[1] >= ti {
			continue
		}
		rank := namePlace(d.Cast.Actors[p].Names, words)
		if best < 0 || rank < bestRank || rank == bestRank && (at[0] < bestAt[0] || at[0] == bestAt[0] && at[1] < bestAt[1]) {
			best, bestRank, bestAt = p, rank, at
		}
	}
	if best < 0 && d.Sents[si].Title {
		return d.namesakeAhead(si, ti, cands, words)
	}
	return best
}

// namesakeAhead resolves a shared short name the text uses before it names
// any of its bearers in full — a headline's "President X" or "King Y's
// visit" over a body that then names "President X A", "X B" the spokesman
// and "Z bin Y" the crown prince. The short form anticipates the person
// the story is about, so it is the one namesake whose own title it repeats
// when exactly one bears that title in the story; else the one whose name
// it best fits (its end in Western order, its start for a family name put
// first or a given name opening an Arabic chain, never a father's name
// after "bin"), first named of those. Without it the form became a person
// of its own beside the full name (two persons of one). Only in the
// title: in the body a bare name before its namesakes may be someone else
// (TestNamesakeFirstNamed's negative case).
func (d *Story) namesakeAhead(si, ti int, cands []int, words []string) int {
	title := ""
	for _, m := range d.Ments[si] {
		if m.I == ti && m.Kind == mention.Person {
			title = graph.Key(m.Title)
		}
	}
	if title != "" {
		found := -1
		for sj := range d.Sents {
			for _, m := range d.Ments[sj] {
				if m.Kind != mention.Person || !slices.Contains(cands, m.Actor) || graph.Key(m.Title) != title {
					continue
				}
				if found >= 0 && found != m.Actor {
					found = -2
				}
				if found != -2 {
					found = m.Actor
				}
			}
		}
		if found >= 0 {
			return found
		}
	}
	best, bestRank := -1, 0
	var bestAt [2]int
	for _, p := range cands {
		at, ok := d.firstSeen[p]
		if !ok {
			continue
		}
		rank := namePlace(d.Cast.Actors[p].Names, words)
		if rank == 2 {
			continue // inside the name only: a father's name, a middle name
		}
		if best < 0 || rank < bestRank || rank == bestRank && (at[0] < bestAt[0] || at[0] == bestAt[0] && at[1] < bestAt[1]) {
			best, bestRank, bestAt = p, rank, at
		}
	}
	return best
}

// titledNamesake: a shared short name under a title ("Foreign Minister
// X" once "First Lady X A" and "Foreign Minister X B" are named) is the
// one namesake the text titled so before it, whatever their order: copy
// that repeats the title repeats it to say which of the two it means. -1
// when the short name has no title, or not exactly one namesake bore it.
func (d *Story) titledNamesake(si, ti int, cands []int) int {
	title := ""
	for _, m := range d.Ments[si] {
		if m.I == ti && m.Kind == mention.Person {
			title = graph.Key(m.Title)
		}
	}
	if title == "" {
		return -1
	}
	found := -1
	for sj := 0; sj <= si; sj++ {
		for _, m := range d.Ments[sj] {
			if sj == si && m.I >= ti {
				break
			}
			if m.Kind != mention.Person || !slices.Contains(cands, m.Actor) || graph.Key(m.Title) != title {
				continue
			}
			if found >= 0 && found != m.Actor {
				return -1
			}
			found = m.Actor
		}
	}
	return found
}

// namePlace ranks where the words stand in the best of a person's full
// names: 0 at its end (unless a patronym particle joins them to it), 1 at
// its start, 2 elsewhere.
func namePlace(names []string, words []string) int {
	rank, n := 2, len(words)
	for _, name := range names {
		full := strings.Fields(graph.Key(name))
		switch {
		case len(full) < n:
		case slices.Equal(full[len(full)-n:], words):
			if len(full) > n && patronymParticles[full[len(full)-n-1]] {
				continue // "X bin Y": Y is the father's name
			}
			return 0
		case slices.Equal(full[:n], words):
			rank = 1
		}
	}
	return rank
}

// placeCompound: an untitled name of one hyphenated word, one of whose
// parts is a country, a demonym, a city or an ordinary word
// ("Delhi-Lahore", "Indo-Pacific", "Good-Neighbourliness"), names a
// route, a region or a thing, not a person, unless someone named before
// bears it ("Pierre Mendes-France", then "Mendes-France").
func (d *Story) placeCompound(form string) bool {
	if strings.ContainsFunc(form, unicode.IsSpace) {
		return false
	}
	parts := strings.FieldsFunc(form, func(r rune) bool { return r == '-' || r == '\u2013' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		k := graph.Key(p)
		if particles[k] {
			continue // "Al-X", "Abu-Y": a particle opens many names
		}
		if d.G.Common[k] {
			return true
		}
		if e, ok := d.G.Phrases[k]; ok && !e.Minor && (e.Kind == gazetteer.CountryName || e.Kind == gazetteer.Demonym || e.Kind == gazetteer.City) {
			return true
		}
	}
	return false
}

// placeByContext: an untitled name of one hyphenated word that the
// words around it tell as a place: after "of" and a noun of land or
// people ("the population of X-Y", "the disputed region of X-Y", "took
// control of X-Y"), or set off by an apposition that calls it one ("X-Y,
// a mainly mountainous enclave inside Z"). Such names (a region's two
// words joined) were read as a hyphenated surname (the
// two-hundred-and-sixty-sixth round, p1629; p731, p1406).
func (d *Story) placeByContext(si int, m *mention.Mention) bool {
	if strings.ContainsFunc(m.Text, unicode.IsSpace) || !strings.ContainsAny(m.Text, "-\u2013") {
		return false
	}
	toks := d.Sents[si].Toks
	if m.I >= 2 && toks[m.I-1].Lower == "of" && placeOfNouns[toks[m.I-2].Lower] {
		return true
	}
	if m.J+2 < len(toks) && toks[m.J].Text == "," && (toks[m.J+1].Lower == "a" || toks[m.J+1].Lower == "an") {
		for e := m.J + 2; e < len(toks) && e <= m.J+6; e++ {
			if !toks[e].Word || toks[e].Lower == "of" {
				break
			}
			if placeApposNouns[toks[e].Lower] {
				return true
			}
		}
	}
	return false
}

// pluralHonorific: in "Messrs. Burns and Barnea" the second name is a
// person too.
func (d *Story) pluralHonorific(si, mi int) {
	s := &d.Sents[si]
	ms := d.Ments[si]
	m := ms[mi]
	if m.J+1 >= len(s.Toks) || s.Toks[m.J].Lower != "and" {
		return
	}
	for oi := range ms {
		o := &ms[oi]
		if o.I == m.J+1 && o.Kind == mention.Unknown {
			o.Kind, o.Titled = mention.Person, true
			o.Actor = d.Cast.person(o.Text)
		}
	}
}

// resolveSingles decides what each lone capitalized word is: a known
// person's surname or given name, a defined acronym, or — by the words
// around its occurrences — a person known by one name or a group.
func (d *Story) resolveSingles() {
	type votes struct{ person, group, org, place int }
	tally := map[string]*votes{}
	var order []string
	for si := range d.Sents {
		s := &d.Sents[si]
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.Kind == mention.City && m.Code == "" && m.J-m.I == 1 {
				// A one-word city that is also a person's name: "Mora".
				if p := d.Cast.personByTokens(m.Text); p >= 0 {
					m.Kind = mention.Unknown
				}
			}
			// A body named head first is named again by its head or its
			// complement alone: "the Community's envoy", "X's secretary
			// general" (p123, p142, p153).
			if m.Actor < 0 && (m.Kind == mention.Unknown || m.J-m.I == 1 && m.Kind == mention.NonActor && headFirstBodies[s.Toks[m.I].Lower]) {
				if i := d.Cast.headFirstShort(m.Text); i >= 0 {
					m.Actor, m.Kind = i, mention.Org
					d.Cast.addForm(i, m.Text)
					continue
				}
			}
			// A body named head last is named again by its head alone
			// after "the": "the Bank's engineers" (p841).
			if m.Actor < 0 && m.J-m.I == 1 && m.I > 0 && s.Toks[m.I-1].Lower == "the" && (m.Kind == mention.Unknown || m.Kind == mention.NonActor) {
				if i := d.Cast.headLastShort(m.Text); i >= 0 {
					m.Actor, m.Kind = i, mention.Org
					continue
				}
			}
			if m.Kind != mention.Unknown || m.Actor >= 0 {
				continue
			}
			k := graph.Key(m.Text)
			if k == "" {
				continue
			}
			v := tally[k]
			if v == nil {
				v = &votes{}
				tally[k] = v
				order = append(order, k)
			}
			if d.placeByContext(si, m) {
				v.place++ // "the population of X-Y": the name is a place's
			}
			p, g, o := singleCues(s, *m, d.G.Common)
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
		if i := d.Cast.byInitials(k); i >= 0 {
			decided[k] = i
			continue
		}
		if p := d.Cast.personByTokens(k); p >= 0 {
			decided[k] = p
			continue
		}
		if len(d.Cast.personsByTokens(k)) > 1 {
			decided[k] = -5 // a namesake: each occurrence on its own
			continue
		}
		if i := d.Cast.lookup(k); i >= 0 {
			decided[k] = i
			continue
		}
		decided[k] = -1
		if v.place > 0 {
			continue // told as a place somewhere (placeByContext): no actor
		}
		switch {
		case v.group > 0 && v.group >= v.person && v.group >= v.org:
			decided[k] = -2 // group, created on first mention
		case v.org > 0 && v.org >= v.person:
			decided[k] = -3
		case v.person > 0 && v.person > v.group:
			decided[k] = -4
		}
	}
	for si := range d.Sents {
		ms := d.Ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.Kind != mention.Unknown || m.Actor >= 0 {
				continue
			}
			k := graph.Key(m.Text)
			i, ok := decided[k]
			if !ok {
				continue
			}
			switch i {
			case -1:
				continue
			case -5:
				if i = d.namesake(si, m.I, m.Text); i < 0 {
					continue
				}
			case -2, -3, -4:
				kind := map[int]graph.Kind{-2: graph.Group, -3: graph.Organization, -4: graph.Person}[i]
				if kind == graph.Person && d.Sents[si].Toks[m.I].Acronym {
					continue
				}
				i = d.Cast.add(kind, m.Text, "")
				d.Cast.addName(i, m.Text)
				decided[k] = i
			}
			m.Actor = i
			m.Kind = kindMention(d.Cast.Actors[i].Kind)
			d.Cast.addForm(i, m.Text)
		}
	}
}

func kindMention(k graph.Kind) mention.Kind {
	switch k {
	case graph.Person:
		return mention.Person
	case graph.State:
		return mention.State
	case graph.Group:
		return mention.Group
	}
	return mention.Org
}

// singleCues scores one occurrence of a lone word as person, group or
// organization from its neighbours.
func singleCues(s *text.Sentence, m mention.Mention, common map[string]bool) (person, group, org int) {
	toks := s.Toks
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Lower
	}
	next, prev := at(m.J), at(m.I-1)
	// "the X administration" is no cue for a person: a government named
	// for its head ("the Reagan administration", "the Guebuza
	// administration") names no one who acts, and X met nowhere else is
	// no actor of the story (round 472: p2869, p1050, p1122, p1983, p2280,
	// p2675, p2810, p462, p527).
	acr := toks[m.I].Acronym
	// "the accord on X signed in May": X is the preposition's object, and
	// the verb after it is not X's.
	subject := !objectPreps[prev]
	switch {
	case subject && personVerbs[next]:
		person++
	case subject && (next == "has" || next == "had" || next == "is" || next == "was") && personVerbs[at(m.J+1)]:
		person++
	case (next == "'s" || next == "'") && (possessivePersonNouns[at(m.J+1)] ||
		(strings.HasSuffix(at(m.J+1), "ly") && possessivePersonNouns[at(m.J+3)])):
		person++
	}
	if m.J < len(toks) && toks[m.J].Cap && (titleHeads[next] || titleMods[next]) && !honorifics[next] {
		group += 2 // "Taliban Foreign Minister X": an institution grants the title
	}
	if groupNouns[next] || ((next == "'s" || next == "'") && groupNouns[at(m.J+1)]) || next == "attack" || next == "fighters" {
		group++
	}
	if next == "-" && at(m.J+1) == "led" && m.J < len(toks) && toks[m.J].Glued {
		// "the Hezbollah-led opposition" (p215), "the Tutsi-led Union"
		// (p189): what leads a camp or a party is a group; a person
		// known by that name was resolved before the cues are counted
		// ("the Okello-led junta", p245).
		group += 2
	}
	if prev == "the" {
		prev = at(m.I - 2)
	}
	if prev == "between" || (prev == "and" && strings.Contains(strings.ToLower(s.Text[:toks[m.I].Start]), "between")) {
		group++
	}
	if titleHeads[prev] && !toks[m.I].Acronym {
		person += 2
	}
	if orgHeads[prev] && armedBodyBefore(toks, m.I) {
		// "the separatist organisation X", "the rebel group Y"
		// (armedbody.go).
		group += 3
	} else if orgHeads[prev] || prev == "agency" || prev == "outlet" || prev == "broadcaster" || prev == "publication" {
		org += 2
	}
	if acr && person > 0 {
		person = 0
	}
	if common[toks[m.I].Lower] {
		person = 0 // "Police said": an ordinary word is no surname
	}
	if personVerbs[next] && (at(m.J+1) == "its" || (at(m.J+1) == "in" && at(m.J+3) == "statement")) {
		group += 2 // "Hezbollah said its fighters ...", "X said in a statement"
	}
	return
}

// honorificForms keeps "Sheikh X" as an alias of the person named X right
// after a nameHonorific: the honorific is part of how a Gulf ruler or
// minister is named ("Sheikh Jaber" for the emir), and two members of one
// family share every other word of their names, so the styled short form
// is what tells them apart (issue 14's three-hundred-and-sixty-seventh
// round, p2237, p1419, p957).
func (d *Story) honorificForms() {
	for si, s := range d.Sents {
		for _, m := range d.Ments[si] {
			if m.Kind != mention.Person || m.Actor < 0 || m.I < 1 || m.I > len(s.Toks) {
				continue
			}
			if h := s.Toks[m.I-1]; nameHonorifics[h.Lower] && h.Cap {
				if a, f := d.Cast.Actors[m.Actor], h.Text+" "+m.Text; !slices.Contains(a.Styled, f) {
					a.Styled = append(a.Styled, f)
				}
			}
		}
	}
}

// regionPlural: a regional or national adjective and a plural collective
// noun ("African Affairs", "Caribbean States") are the tail of a post's
// or body's name cut off after "for" or "of", never a person's name.
func (d *Story) regionPlural(name string) bool {
	w := strings.Fields(name)
	if len(w) != 2 || !collectivePlurals[strings.ToLower(w[1])] {
		return false
	}
	a := strings.ToLower(w[0])
	if regionAdjectives[a] {
		return true
	}
	k, _ := gazetteer.PhraseKey(w[0])
	e, ok := d.G.Phrases[k]
	return ok && e.Kind == gazetteer.Demonym
}
