package extract

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// determiners that may open an apposition: "X, the security adviser to Y".
var appositionDets = lex("appositionDets")

// positions reads the posts people hold: from the title before the name
// ("Qatar's Prime Minister X", "Hamas chief X"), from a title set off by a
// comma before the name ("Ukraine's senior negotiator, X") and from an
// apposition after it ("X, director of Israel's intelligence agency").
func (d *doc) positions() {
	for si := range d.sents {
		ms := d.ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.kind != mPerson || m.actor < 0 {
				continue
			}
			d.titleBefore(si, mi)
			d.appositionAfter(si, mi)
			// "X of Finland": the state a person is of is their side,
			// which says what they are.
			if a := d.cast.actors[m.actor]; !a.titled {
				if o := d.ofComplement(si, m.j); o >= 0 && d.cast.actors[o].kind == graph.State {
					a.titled = true
					if a.affiliation < 0 {
						a.affiliation = o
					}
				}
			}
		}
	}
	d.titleRefs()
	d.delegations()
	// A post granted by a person ("Trump's envoy") is a post in that
	// person's state.
	for _, a := range d.cast.actors {
		for k, p := range a.positions {
			if p.org >= 0 && d.cast.actors[p.org].kind == graph.Person {
				a.positions[k].org = d.cast.actors[p.org].affiliation
			}
		}
		if a.affiliation >= 0 && d.cast.actors[a.affiliation].kind == graph.Person {
			a.affiliation = d.cast.actors[a.affiliation].affiliation
		}
	}
}

// titleBefore handles titles in front of a person's name.
func (d *doc) titleBefore(si, mi int) {
	s := &d.sents[si]
	toks := s.toks
	m := &d.ments[si][mi]
	a := d.cast.actors[m.actor]
	start := m.i
	if m.title != "" && m.ti < m.i {
		start = m.ti
	}
	// Lower-case title words: "intelligence chief", "special envoy".
	k := start - 1
	for k >= 0 && (titleWordLower(toks[k]) || (toks[k].text == "-" && toks[k].glued)) {
		k--
	}
	title := strings.TrimSpace(joinTokens(s, k+1, start) + " " + m.title)
	titled := m.titled || hasTitleHead(toks, k+1, start)
	// "Qatar's Prime Minister and Foreign Minister X": both titles are X's.
	if titled && k > 0 && toks[k].lower == "and" {
		if tr := d.mentionEndingAt(si, k); tr != nil && tr.kind == mTitleRef {
			d.pendingTitle(si, m.actor, tr)
			k = tr.i - 1
			for k >= 0 && (titleWordLower(toks[k]) || (toks[k].text == "-" && toks[k].glued)) {
				k--
			}
		}
	}
	descEnd := k + 1
	if k >= 0 && (toks[k].text == "'s" || toks[k].text == "'") {
		descEnd = k
	}
	if !titled && k >= 0 && toks[k].text == "," {
		// "Ukraine's senior negotiator, Rustem Umerov"
		if t, e := commaTitle(toks, k); t >= 0 {
			title = joinTokens(s, t, k)
			titled = true
			descEnd = e
		}
	}
	if !titled && k == start-1 && afterTitleComplement(toks, start) {
		// "Kenya's Ambassador to Chile X": the title's complement names
		// a state between the title and the name.
		if tr := d.complementTitle(si, start); tr != nil {
			title = joinTokens(s, tr.i, m.i)
			titled = true
			descEnd = tr.i
			if tr.i > 0 && (toks[tr.i-1].text == "'s" || toks[tr.i-1].text == "'") {
				descEnd = tr.i - 1
			}
		}
	}
	if !titled {
		// "Egypt's Kamel": the possessor describes the person.
		if desc := d.mentionEndingAt(si, descEnd); desc != nil && descEnd == start-1 && desc.actor >= 0 && desc.actor != m.actor {
			desc.desc = true
			if a.affiliation < 0 && d.cast.actors[desc.actor].kind != graph.Person {
				a.affiliation = desc.actor
			}
		}
		return
	}
	a.titled = true
	org := -1
	if desc := d.mentionEndingAt(si, descEnd); desc != nil && desc.actor >= 0 && desc.actor != m.actor {
		desc.desc = true
		org = desc.actor
	} else if descEnd > 0 && (toks[descEnd-1].lower == "its" || toks[descEnd-1].lower == "their") {
		org = d.antecedent(si, descEnd-1)
	} else if o := d.ofComplement(si, m.j); o >= 0 {
		// "Chairman X of the State Council": the title's complement
		// follows the name.
		org = o
	}
	d.addPosition(m.actor, cleanTitle(title), org)
	for _, t := range d.pending {
		d.addPosition(m.actor, t, org)
	}
	d.pending = d.pending[:0]
}

// pendingTitle queues a coordinated title ("Prime Minister and ...") for
// the person whose possessor is found next.
func (d *doc) pendingTitle(si, p int, tr *mention) {
	d.pending = append(d.pending, cleanTitle(tr.title))
	tr.actor = p
	tr.desc = true
}

// commaTitle looks back from a comma for a title ending there; it returns
// the title's first token and where a possessor before it would end.
func commaTitle(toks []token, comma int) (start, descEnd int) {
	head := -1
	k := comma - 1
	for ; k >= 0 && comma-k <= 12; k-- {
		t := toks[k]
		if t.text == "," || t.text == "." || t.text == ";" || t.text == "\"" {
			break
		}
		// A possessor before the title's head ends it: "Trump's senior
		// adviser for Africa," (but "the House of People's Representatives"
		// is part of "Speaker of ...").
		if (t.text == "'s" || t.text == "'") && head >= 0 {
			break
		}
		// A name or a coordination before the title's head ends it too:
		// "A and her Chilean counterpart, B".
		if head >= 0 && (t.lower == "and" || t.lower == "or" || t.word && t.cap && !isTitleWord(t.lower) || t.word && !t.cap && functionWords[t.lower]) {
			break
		}
		if titleHeads[t.lower] {
			head = k
		}
	}
	if head < 0 {
		return -1, -1
	}
	start = head
	for start > 0 && (titleWordLower(toks[start-1]) || (toks[start-1].cap && isTitleWord(toks[start-1].lower)) || toks[start-1].text == "-") {
		start--
	}
	descEnd = start
	if start > 0 && (toks[start-1].text == "'s" || toks[start-1].text == "'") {
		descEnd = start - 1
	}
	return start, descEnd
}

// appositionAfter handles "X, the security adviser to Y" and "X, a member
// of the central committee of Z".
func (d *doc) appositionAfter(si, mi int) {
	s := &d.sents[si]
	toks := s.toks
	m := &d.ments[si][mi]
	k := m.j
	if k >= len(toks) || toks[k].text != "," {
		return
	}
	k++
	if k < len(toks) && appositionDets[toks[k].lower] {
		k++
	}
	first, head := k, -1
	// The title may hold modifiers no list has ("a liaison officer", "the
	// current chairman"): up to two lowercase words before its head.
	loose := 0
	org := -1
	for ; k < len(toks) && k-first < 6; k++ {
		t := toks[k]
		// A state's or demonym's word in the title says whose post it
		// is: "X, a Chilean diplomat", "X, Chile's top envoy".
		if o := d.mentionStartingAt(si, k); o != nil && head < 0 && (o.kind == mDemonym || o.kind == mState) && o.actor >= 0 {
			org = o.actor
			k = o.j - 1
			if k+1 < len(toks) && (toks[k+1].text == "'s" || toks[k+1].text == "'") {
				k++
			}
			continue
		}
		if titleWordLower(t) || t.text == "-" || (t.cap && isTitleWord(t.lower)) || (t.glued && toks[k-1].text == "-" && (t.lower == "most" || t.lower == "ranking" || t.lower == "level")) {
			if titleHeads[t.lower] {
				head = k
			}
			continue
		}
		if t.word && !t.cap && !functionWords[t.lower] && loose < 2 && head < 0 {
			loose++
			continue
		}
		break
	}
	if head < 0 {
		return
	}
	// "A, Peruvian Foreign Minister B": a title followed by a name is that
	// name's, the next item of a list, not an apposition to A.
	if k == head+1 && k < len(toks) && toks[k].cap && d.personAt(si, k) {
		return
	}
	if org >= 0 {
		for first < head && !(toks[first].word && (titleWordLower(toks[first]) || isTitleWord(toks[first].lower))) {
			first++
		}
	}
	title := joinTokens(s, first, head+1)
	d.cast.actors[m.actor].titled = true
	if k < len(toks) && (toks[k].lower == "of" || toks[k].lower == "to" || toks[k].lower == "for" || toks[k].lower == "at") {
		for _, o := range d.ments[si] {
			if o.i > k && o.i <= k+8 && o.actor >= 0 && o.actor != m.actor {
				org = o.actor
				break
			}
		}
	}
	d.addPosition(m.actor, cleanTitle(title), org)
}

// personAt: token k of sentence si is inside a person's mention.
func (d *doc) personAt(si, k int) bool {
	for _, o := range d.ments[si] {
		if o.i <= k && k < o.j && o.kind == mPerson {
			return true
		}
	}
	return false
}

func titleWordLower(t token) bool {
	return t.word && !t.cap && (titleHeads[t.lower] || titleMods[t.lower])
}

func (d *doc) addPosition(p int, title string, org int) {
	a := d.cast.actors[p]
	title = strings.TrimSpace(title)
	if title == "" || strings.EqualFold(title, "counterpart") {
		// "his Turkish counterpart" says whose side, not which post.
		if title != "" && a.affiliation < 0 && org >= 0 {
			a.affiliation = org
		}
		return
	}
	for _, x := range a.positions {
		if strings.EqualFold(x.title, title) && x.org == org {
			return
		}
	}
	a.positions = append(a.positions, position{title: title, org: org})
	if a.affiliation < 0 && org >= 0 {
		o := d.cast.actors[org]
		switch {
		case o.kind == graph.Organization && o.affiliation >= 0:
			a.affiliation = o.affiliation
		default:
			a.affiliation = org
		}
	}
}

// complementTitle: the title whose complement runs up to token e ("Envoy
// to Chile" before "X"); nil when none.
func (d *doc) complementTitle(si, e int) *mention {
	toks := d.sents[si].toks
	o := e - 1
	for o > 0 && !(toks[o].lower == "of" || toks[o].lower == "for" || toks[o].lower == "to") {
		o--
	}
	for k := range d.ments[si] {
		tr := &d.ments[si][k]
		if tr.kind == mTitleRef && tr.i < o && tr.j >= o && tr.j <= e {
			return tr
		}
	}
	return nil
}

// ofComplement: at token k "of (the)" and an institution or state; its
// actor, -1 when none.
func (d *doc) ofComplement(si, k int) int {
	toks := d.sents[si].toks
	if k >= len(toks) || toks[k].lower != "of" {
		return -1
	}
	k++
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if o := d.mentionStartingAt(si, k); o != nil && o.actor >= 0 && (o.kind == mOrg || o.kind == mState || o.kind == mGroup) {
		return o.actor
	}
	return -1
}

// mentionStartingAt returns the mention of sentence si whose span starts
// at token i.
func (d *doc) mentionStartingAt(si, i int) *mention {
	ms := d.ments[si]
	for k := range ms {
		if ms[k].i == i && ms[k].kind != mNonActor {
			return &ms[k]
		}
	}
	return nil
}

// mentionEndingAt returns the mention of sentence si whose span ends at
// token e.
func (d *doc) mentionEndingAt(si, e int) *mention {
	ms := d.ments[si]
	for k := range ms {
		if ms[k].j == e && ms[k].kind != mNonActor {
			return &ms[k]
		}
	}
	return nil
}

func joinTokens(s *sentence, i, j int) string {
	if i < 0 || i >= j || j > len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[j-1].end]
}

// titleRefs resolves a title used without a name — "Qatar's prime
// minister", "the Qatari prime minister" — to the one person known to
// hold that post.
func (d *doc) titleRefs() {
	d.holders = map[int][]int{}
	for i, a := range d.cast.actors {
		if a.kind != graph.Person {
			continue
		}
		for _, p := range a.positions {
			if p.org >= 0 && !slices.Contains(d.holders[p.org], i) {
				d.holders[p.org] = append(d.holders[p.org], i)
			}
		}
	}
	for si := range d.sents {
		s := &d.sents[si]
		toks := s.toks
		ms := d.ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.actor < 0 || m.kind == mPerson || m.j+1 >= len(toks) {
				continue
			}
			k := m.j + 1
			switch {
			case toks[m.j].text == "'s" || toks[m.j].text == "'":
			case (m.kind == mDemonym || m.kind == mState) && m.i > 0 && toks[m.i-1].lower == "the" && isTitleWord(toks[m.j].lower):
				// "the Chilean President", "the US foreign minister"
				k = m.j
			default:
				continue
			}
			first := k
			head := ""
			for k < len(toks) && (titleWordLower(toks[k]) || (toks[k].cap && isTitleWord(toks[k].lower))) {
				if titleHeads[toks[k].lower] {
					head = toks[k].lower
				}
				k++
			}
			if head == "" || (k < len(toks) && toks[k].cap && toks[k].word) {
				continue // a name follows: handled as a titled person
			}
			p := d.holder(m.actor, head, joinTokens(s, first, k))
			if p < 0 {
				continue
			}
			m.desc = true
			ms = append(ms, mention{i: first, j: k, kind: mPerson, actor: p, text: joinTokens(s, first, k), ti: first})
		}
		sortMentions(ms)
		d.ments[si] = ms
	}
}

// holder is the one person holding a post with this head word in org.
func (d *doc) holder(org int, head, title string) int {
	found := -1
	for _, i := range d.holders[org] {
		a := d.cast.actors[i]
		for _, p := range a.positions {
			if p.org == org && (strings.EqualFold(p.title, title) || strings.Contains(strings.ToLower(p.title), head)) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// antecedent is what "its" at token k refers to: the nearest state, group
// or organization before it, in this sentence or the one before.
func (d *doc) antecedent(si, k int) int {
	for s := si; s >= 0 && s >= si-1; s-- {
		ms := d.ments[s]
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := ms[mi]
			if (s < si || m.j <= k) && m.actor >= 0 && d.cast.actors[m.actor].kind != graph.Person && m.kind != mDemonym {
				return m.actor
			}
		}
	}
	return -1
}

// delegations reads whom a person represents: "Steve Witkoff from the
// US", "the Russian team was led by X", "X headed the Ukrainian
// delegation".
func (d *doc) delegations() {
	for si := range d.sents {
		toks := d.sents[si].toks
		ms := d.ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.actor < 0 || d.cast.actors[m.actor].kind != graph.Person || d.cast.actors[m.actor].affiliation >= 0 {
				continue
			}
			side := -1
			switch {
			case m.j+1 < len(toks) && toks[m.j].lower == "from":
				if x := d.firstActor(si, m.j+1, 2, true); x != nil {
					side = x.actor
				}
			case m.j+2 < len(toks) && ledVerbs[toks[m.j].lower]:
				if x := d.firstActor(si, m.j+1, 3, true); x != nil && x.j < len(toks) && delegationNouns[toks[x.j].lower] {
					side = x.actor
				}
			default:
				// "<demonym> delegation (was) led by [title] X"
				for k := m.ti - 1; k >= 0 && k >= m.ti-8; k-- {
					if toks[k].lower == "by" && k > 0 && ledVerbs[toks[k-1].lower] {
						for e := k - 1; e >= 0 && e >= k-4; e-- {
							if delegationNouns[toks[e].lower] {
								if x := d.mentionEndingAt(si, e); x != nil && x.actor >= 0 {
									side = x.actor
								}
								break
							}
						}
						break
					}
				}
			}
			if side >= 0 && d.isCollective(side) {
				d.cast.actors[m.actor].affiliation = side
			}
		}
	}
}

var ledVerbs = lex("ledVerbs")
var delegationNouns = lex("delegationNouns")
