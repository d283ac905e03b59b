package extract

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
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
			if m.Kind != mention.Person || m.Actor < 0 {
				continue
			}
			d.titleBefore(si, mi)
			d.appositionAfter(si, mi)
			// "X of Finland": the state a person is of is their side,
			// which says what they are.
			if a := d.cast.actors[m.Actor]; !a.titled {
				if o := d.ofComplement(si, m.J); o >= 0 && d.cast.actors[o].kind == graph.State {
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
	toks := s.Toks
	m := &d.ments[si][mi]
	a := d.cast.actors[m.Actor]
	start := m.I
	if m.Title != "" && m.TI < m.I {
		start = m.TI
	}
	// Lower-case title words: "intelligence chief", "special envoy".
	k := start - 1
	for k >= 0 && (titleWordLower(toks[k]) || (toks[k].Text == "-" && toks[k].Glued)) {
		k--
	}
	title := strings.TrimSpace(joinTokens(s, k+1, start) + " " + m.Title)
	titled := m.Titled || mention.HasTitleHead(toks, k+1, start)
	// "Qatar's Prime Minister and Foreign Minister X": both titles are X's.
	if titled && k > 0 && toks[k].Lower == "and" {
		if tr := d.mentionEndingAt(si, k); tr != nil && tr.Kind == mention.TitleRef {
			d.pendingTitle(si, m.Actor, tr)
			k = tr.I - 1
			for k >= 0 && (titleWordLower(toks[k]) || (toks[k].Text == "-" && toks[k].Glued)) {
				k--
			}
		}
	}
	descEnd := k + 1
	if k >= 0 && (toks[k].Text == "'s" || toks[k].Text == "'") {
		descEnd = k
	}
	if !titled && k >= 0 && toks[k].Text == "," {
		// "Ukraine's senior negotiator, Rustem Umerov"
		if t, e := commaTitle(toks, k); t >= 0 {
			title = joinTokens(s, t, k)
			titled = true
			descEnd = e
		}
	}
	if !titled && k == start-1 && mention.AfterTitleComplement(toks, start) {
		// "Kenya's Ambassador to Chile X": the title's complement names
		// a state between the title and the name.
		if tr := d.complementTitle(si, start); tr != nil {
			title = joinTokens(s, tr.I, m.I)
			titled = true
			descEnd = tr.I
			if tr.I > 0 && (toks[tr.I-1].Text == "'s" || toks[tr.I-1].Text == "'") {
				descEnd = tr.I - 1
			}
		}
	}
	if !titled {
		// "Egypt's Kamel": the possessor describes the person.
		if desc := d.mentionEndingAt(si, descEnd); desc != nil && descEnd == start-1 && desc.Actor >= 0 && desc.Actor != m.Actor {
			desc.Desc = true
			if a.affiliation < 0 && d.cast.actors[desc.Actor].kind != graph.Person {
				a.affiliation = desc.Actor
			}
		}
		return
	}
	a.titled = true
	org := -1
	if desc := d.mentionEndingAt(si, descEnd); desc != nil && desc.Actor >= 0 && desc.Actor != m.Actor {
		desc.Desc = true
		org = desc.Actor
	} else if descEnd > 0 && (toks[descEnd-1].Lower == "its" || toks[descEnd-1].Lower == "their") {
		org = d.antecedent(si, descEnd-1)
	} else if o := d.ofComplement(si, m.J); o >= 0 {
		// "Chairman X of the State Council": the title's complement
		// follows the name.
		org = o
	}
	d.addPosition(m.Actor, mention.CleanTitle(title), org)
	for _, t := range d.pending {
		d.addPosition(m.Actor, t, org)
	}
	d.pending = d.pending[:0]
}

// pendingTitle queues a coordinated title ("Prime Minister and ...") for
// the person whose possessor is found next.
func (d *doc) pendingTitle(si, p int, tr *mention.Mention) {
	d.pending = append(d.pending, mention.CleanTitle(tr.Title))
	tr.Actor = p
	tr.Desc = true
}

// commaTitle looks back from a comma for a title ending there; it returns
// the title's first token and where a possessor before it would end.
func commaTitle(toks []text.Token, comma int) (start, descEnd int) {
	head := -1
	k := comma - 1
	for ; k >= 0 && comma-k <= 12; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == "\"" {
			break
		}
		// A possessor before the title's head ends it: "Trump's senior
		// adviser for Africa," (but "the House of People's Representatives"
		// is part of "Speaker of ...").
		if (t.Text == "'s" || t.Text == "'") && head >= 0 {
			break
		}
		// A name or a coordination before the title's head ends it too:
		// "A and her Chilean counterpart, B".
		if head >= 0 && (t.Lower == "and" || t.Lower == "or" || t.Word && t.Cap && !mention.IsTitleWord(t.Lower) || t.Word && !t.Cap && functionWords[t.Lower]) {
			break
		}
		if titleHeads[t.Lower] {
			head = k
		}
	}
	if head < 0 {
		return -1, -1
	}
	start = head
	for start > 0 && (titleWordLower(toks[start-1]) || (toks[start-1].Cap && mention.IsTitleWord(toks[start-1].Lower)) || toks[start-1].Text == "-") {
		start--
	}
	descEnd = start
	if start > 0 && (toks[start-1].Text == "'s" || toks[start-1].Text == "'") {
		descEnd = start - 1
	}
	return start, descEnd
}

// appositionAfter handles "X, the security adviser to Y" and "X, a member
// of the central committee of Z".
func (d *doc) appositionAfter(si, mi int) {
	s := &d.sents[si]
	toks := s.Toks
	m := &d.ments[si][mi]
	k := m.J
	if k >= len(toks) || toks[k].Text != "," {
		return
	}
	k++
	if k < len(toks) && appositionDets[toks[k].Lower] {
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
		if o := d.mentionStartingAt(si, k); o != nil && head < 0 && (o.Kind == mention.Demonym || o.Kind == mention.State) && o.Actor >= 0 {
			org = o.Actor
			k = o.J - 1
			if k+1 < len(toks) && (toks[k+1].Text == "'s" || toks[k+1].Text == "'") {
				k++
			}
			continue
		}
		if titleWordLower(t) || t.Text == "-" || (t.Cap && mention.IsTitleWord(t.Lower)) || (t.Glued && toks[k-1].Text == "-" && (t.Lower == "most" || t.Lower == "ranking" || t.Lower == "level")) {
			if titleHeads[t.Lower] {
				head = k
			}
			continue
		}
		if t.Word && !t.Cap && !functionWords[t.Lower] && loose < 2 && head < 0 {
			loose++
			continue
		}
		break
	}
	if head < 0 {
		return
	}
	if org >= 0 {
		for first < head && !(toks[first].Word && (titleWordLower(toks[first]) || mention.IsTitleWord(toks[first].Lower))) {
			first++
		}
	}
	title := joinTokens(s, first, head+1)
	d.cast.actors[m.Actor].titled = true
	if k < len(toks) && (toks[k].Lower == "of" || toks[k].Lower == "to" || toks[k].Lower == "for" || toks[k].Lower == "at") {
		for _, o := range d.ments[si] {
			if o.I > k && o.I <= k+8 && o.Actor >= 0 && o.Actor != m.Actor {
				org = o.Actor
				break
			}
		}
	}
	d.addPosition(m.Actor, mention.CleanTitle(title), org)
}

func titleWordLower(t text.Token) bool {
	return t.Word && !t.Cap && (titleHeads[t.Lower] || titleMods[t.Lower])
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
func (d *doc) complementTitle(si, e int) *mention.Mention {
	toks := d.sents[si].Toks
	o := e - 1
	for o > 0 && !(toks[o].Lower == "of" || toks[o].Lower == "for" || toks[o].Lower == "to") {
		o--
	}
	for k := range d.ments[si] {
		tr := &d.ments[si][k]
		if tr.Kind == mention.TitleRef && tr.I < o && tr.J >= o && tr.J <= e {
			return tr
		}
	}
	return nil
}

// ofComplement: at token k "of (the)" and an institution or state; its
// actor, -1 when none.
func (d *doc) ofComplement(si, k int) int {
	toks := d.sents[si].Toks
	if k >= len(toks) || toks[k].Lower != "of" {
		return -1
	}
	k++
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	if o := d.mentionStartingAt(si, k); o != nil && o.Actor >= 0 && (o.Kind == mention.Org || o.Kind == mention.State || o.Kind == mention.Group) {
		return o.Actor
	}
	return -1
}

// mentionStartingAt returns the mention of sentence si whose span starts
// at token i.
func (d *doc) mentionStartingAt(si, i int) *mention.Mention {
	ms := d.ments[si]
	for k := range ms {
		if ms[k].I == i && ms[k].Kind != mention.NonActor {
			return &ms[k]
		}
	}
	return nil
}

// mentionEndingAt returns the mention of sentence si whose span ends at
// token e.
func (d *doc) mentionEndingAt(si, e int) *mention.Mention {
	ms := d.ments[si]
	for k := range ms {
		if ms[k].J == e && ms[k].Kind != mention.NonActor {
			return &ms[k]
		}
	}
	return nil
}

func joinTokens(s *text.Sentence, i, j int) string {
	if i < 0 || i >= j || j > len(s.Toks) {
		return ""
	}
	return s.Text[s.Toks[i].Start:s.Toks[j-1].End]
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
		toks := s.Toks
		ms := d.ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.Actor < 0 || m.Kind == mention.Person || m.J+1 >= len(toks) {
				continue
			}
			k := m.J + 1
			switch {
			case toks[m.J].Text == "'s" || toks[m.J].Text == "'":
			case (m.Kind == mention.Demonym || m.Kind == mention.State) && m.I > 0 && toks[m.I-1].Lower == "the" && mention.IsTitleWord(toks[m.J].Lower):
				// "the Chilean President", "the US foreign minister"
				k = m.J
			default:
				continue
			}
			first := k
			head := ""
			for k < len(toks) && (titleWordLower(toks[k]) || (toks[k].Cap && mention.IsTitleWord(toks[k].Lower))) {
				if titleHeads[toks[k].Lower] {
					head = toks[k].Lower
				}
				k++
			}
			if head == "" || (k < len(toks) && toks[k].Cap && toks[k].Word) {
				continue // a name follows: handled as a titled person
			}
			p := d.holder(m.Actor, head, joinTokens(s, first, k))
			if p < 0 {
				continue
			}
			m.Desc = true
			ms = append(ms, mention.Mention{I: first, J: k, Kind: mention.Person, Actor: p, Text: joinTokens(s, first, k), TI: first})
		}
		mention.Sort(ms)
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
			if (s < si || m.J <= k) && m.Actor >= 0 && d.cast.actors[m.Actor].kind != graph.Person && m.Kind != mention.Demonym {
				return m.Actor
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
		toks := d.sents[si].Toks
		ms := d.ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.Actor < 0 || d.cast.actors[m.Actor].kind != graph.Person || d.cast.actors[m.Actor].affiliation >= 0 {
				continue
			}
			side := -1
			switch {
			case m.J+1 < len(toks) && toks[m.J].Lower == "from":
				if x := d.firstActor(si, m.J+1, 2, true); x != nil {
					side = x.Actor
				}
			case m.J+2 < len(toks) && ledVerbs[toks[m.J].Lower]:
				if x := d.firstActor(si, m.J+1, 3, true); x != nil && x.J < len(toks) && delegationNouns[toks[x.J].Lower] {
					side = x.Actor
				}
			default:
				// "<demonym> delegation (was) led by [title] X"
				for k := m.TI - 1; k >= 0 && k >= m.TI-8; k-- {
					if toks[k].Lower == "by" && k > 0 && ledVerbs[toks[k-1].Lower] {
						for e := k - 1; e >= 0 && e >= k-4; e-- {
							if delegationNouns[toks[e].Lower] {
								if x := d.mentionEndingAt(si, e); x != nil && x.Actor >= 0 {
									side = x.Actor
								}
								break
							}
						}
						break
					}
				}
			}
			if side >= 0 && d.isCollective(side) {
				d.cast.actors[m.Actor].affiliation = side
			}
		}
	}
}

var ledVerbs = lex("ledVerbs")
var delegationNouns = lex("delegationNouns")
