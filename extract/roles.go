package extract

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// negNouns name a negotiation or the dispute it settles.
var negNouns = lex("negNouns")

// auxWords may stand between a mediator and its verb: "X has offered to
// mediate", "X will help broker".
var auxWords = lex("auxWords")

// coConvenors: talks "co-hosted" or "co-chaired" by third parties are
// run jointly by them, which is brokering (a lone host is only a venue).
var coConvenors = lex("coConvenors")

// withNegNouns take the other side of a negotiation in a "with" phrase:
// "talks with the rebels", "a truce with the army".
var withNegNouns = lex("withNegNouns")

// compound is the word a token ends, with hyphenated halves joined: the
// "fire" of "cease-fire" gives "ceasefire", so that both spellings of a
// compound read alike.
func compound(toks []token, k int) string {
	if k+2 < len(toks) && toks[k+1].text == "-" && toks[k+1].glued && toks[k+2].glued && toks[k+2].word && !toks[k].cap {
		return toks[k].lower + toks[k+2].lower
	}
	if k >= 2 && toks[k].glued && toks[k-1].text == "-" && toks[k-1].glued && toks[k-2].word && !toks[k-2].cap {
		return toks[k-2].lower + toks[k].lower
	}
	return toks[k].lower
}

// mediatorNouns are what third parties are called.
var mediatorNouns = lex("mediatorNouns")

// mediatorVerbs, as "X mediated" or "mediated by X".
var mediatorVerbs = lex("mediatorVerbs")

// roles collects party and mediator evidence over the whole article.
// Evidence is strong (the text names the sides or calls someone a
// mediator) or weak (the sides are inferred from the people who met; a
// third party is inferred from "negotiators from" or a proposal it made).
type roles struct {
	pairs     []partyPair // in order of first evidence
	pairIdx   map[[2]int]int
	mediators []int
	weakMeds  []int
	seenMed   map[[2]int]bool // (actor, weak) already listed
	weakRoles bool            // set while reading weak evidence
}

type partyPair struct {
	a, b  int
	topic string
	weak  bool
}

func (r *roles) addPair(a, b int, topic string) {
	if a < 0 || b < 0 || a == b {
		return
	}
	if a > b {
		a, b = b, a
	}
	if r.pairIdx == nil {
		r.pairIdx = map[[2]int]int{}
	}
	if i, ok := r.pairIdx[[2]int{a, b}]; ok {
		r.pairs[i].weak = r.pairs[i].weak && r.weakRoles
		return
	}
	r.pairIdx[[2]int{a, b}] = len(r.pairs)
	r.pairs = append(r.pairs, partyPair{a: a, b: b, topic: topic, weak: r.weakRoles})
}

func (r *roles) addMediator(a int) {
	if a < 0 {
		return
	}
	if r.seenMed == nil {
		r.seenMed = map[[2]int]bool{}
	}
	w := 0
	list := &r.mediators
	if r.weakRoles {
		w, list = 1, &r.weakMeds
	}
	if !r.seenMed[[2]int{a, w}] {
		r.seenMed[[2]int{a, w}] = true
		*list = append(*list, a)
	}
}

// settle decides the roles: strong mediators win over any party evidence;
// weak mediators count unless the text makes them a side; weak party pairs
// count unless a side is a mediator.
func (r *roles) settle() (pairs []partyPair, meds []int) {
	strongSide := map[int]bool{}
	for _, p := range r.pairs {
		if !p.weak {
			strongSide[p.a], strongSide[p.b] = true, true
		}
	}
	meds = slices.Clone(r.mediators)
	isMed := map[int]bool{}
	for _, m := range meds {
		isMed[m] = true
	}
	for _, m := range r.weakMeds {
		if !strongSide[m] && !isMed[m] {
			meds = append(meds, m)
			isMed[m] = true
		}
	}
	for _, p := range r.pairs {
		if !isMed[p.a] && !isMed[p.b] {
			pairs = append(pairs, p)
		}
	}
	return pairs, meds
}

// findRoles reads one sentence for parties and mediators.
func (d *doc) findRoles(si int, r *roles) {
	s := &d.sents[si]
	toks := s.toks
	hasNeg := false
	for k := range toks {
		if negNouns[compound(toks, k)] {
			hasNeg = true
			break
		}
	}
	for k, t := range toks {
		switch {
		case t.lower == "between" && nearWord(toks, k, 5, negNouns, mediatorNouns, meetingNouns, mediatorVerbs):
			a, b := d.betweenPair(si, k)
			if a != nil && b != nil {
				d.pairRole(r, a.actor, b.actor, d.topicAt(s, k))
			}
		case t.lower == "and" && hasNeg:
			if a, b := d.conjPair(si, k); a != nil && b != nil {
				d.pairRole(r, a.actor, b.actor, d.topicAt(s, k))
			}
		case t.text == "-" && t.glued:
			d.hyphenRoles(si, k, r)
		case withNegNouns[compound(toks, k)] && k+1 < len(toks) && toks[k+1].lower == "with":
			if x := d.firstActor(si, k+2, 4, true); x != nil && d.cast.actors[x.actor].kind == graph.Group {
				for _, m := range d.ments[si] {
					if m.actor >= 0 && !m.desc && m.actor != x.actor && m.i < k && d.isCollective(m.actor) {
						d.pairRole(r, m.actor, x.actor, d.topicAt(s, k))
						break
					}
				}
			}
		case t.lower == "by" && k > 0 && (mediatorVerbs[toks[k-1].lower] || coConvenors[compound(toks, k-1)]):
			for _, m := range d.actorList(si, k+1) {
				d.mediator(r, m)
			}
		case mediatorVerbs[t.lower] && k > 0:
			if toks[k-1].text == "-" && toks[k-1].glued {
				if m := d.mentionEndingAt(si, k-1); m != nil && m.actor >= 0 {
					d.mediator(r, m.actor)
				}
				continue
			}
			if k+1 < len(toks) && toks[k+1].lower == "role" {
				// "X played a facilitating role": the clause's subject.
				d.roleSubject(si, k, r)
				continue
			}
			for _, m := range d.listEndingAt(si, subjectEnd(toks, k)) {
				d.mediator(r, m)
			}
		case mediatorNouns[t.lower] || k >= 2 && t.glued && toks[k-1].text == "-" && mediatorNouns[compound(toks, k)]:
			d.mediatorNounRoles(si, k, r)
		case (t.lower == "negotiators" || t.lower == "delegations") && k+1 < len(toks) && toks[k+1].lower == "from":
			r.weakRoles = true
			for _, m := range d.actorList(si, k+2) {
				d.mediator(r, m)
			}
			r.weakRoles = false
		case proposalNouns[t.lower]:
			d.proposalRoles(si, k, r)
		case shuttleVerbs[t.lower] && k+1 < len(toks) && shuttleObjects[toks[k+1].lower] && shuttleTail(toks, k+2):
			// "A and B were carrying messages back and forth": carrying
			// proposals between the sides is brokering (SCHEMA).
			for _, m := range d.listEndingAt(si, subjectEnd(toks, k)) {
				d.mediator(r, m)
			}
		case mediationNouns[t.lower] && k+1 < len(toks) && toks[k+1].lower == "of":
			// "through the facilitation of X", "under the auspices of X"
			for _, m := range d.actorList(si, k+2) {
				d.mediator(r, m)
			}
		case mediationNouns[t.lower]:
			// "through Qatari and Egyptian mediation", "Egypt's mediation"
			e := k
			if e > 0 && (toks[e-1].text == "'s" || toks[e-1].text == "'") {
				e--
			}
			for e > 0 {
				m := d.mentionEndingAt(si, e)
				if m == nil || m.actor < 0 {
					break
				}
				d.mediator(r, m.actor)
				e = m.i
				if e > 0 && (toks[e-1].lower == "and" || toks[e-1].text == ",") {
					e--
				} else {
					break
				}
			}
		}
	}
}

// apposedPerson: from token k a title and, after a comma, the person
// holding it ("Prime Minister, Lars Dahl"); nil when none.
func (d *doc) apposedPerson(si, k int) *mention {
	toks := d.sents[si].toks
	if k < len(toks) && (toks[k].text == "'s" || toks[k].text == "'") {
		k++
	}
	for k < len(toks) && toks[k].word && isTitleWord(toks[k].lower) {
		k++
	}
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	for mi := range d.ments[si] {
		m := &d.ments[si][mi]
		if m.i == k && m.kind == mPerson && m.actor >= 0 {
			return m
		}
	}
	return nil
}

// phraseStart is where the noun phrase of mention m starts: a person's
// title and the state or demonym describing it come first ("Swiss
// diplomat X", "Norway's envoy X").
func (d *doc) phraseStart(si int, m *mention) int {
	toks := d.sents[si].toks
	e := m.i
	if m.title != "" && m.ti < e {
		e = m.ti
	}
	if m.kind != mPerson {
		return e
	}
	if afterTitleComplement(toks, e) {
		// "Ambassador to Chile X": back to the title.
		if tr := d.complementTitle(si, e); tr != nil {
			e = tr.i
		}
	}
	for e > 0 && (titleWordLower(toks[e-1]) || toks[e-1].text == "-" && toks[e-1].glued) {
		e--
	}
	if e > 0 && (toks[e-1].text == "'s" || toks[e-1].text == "'") {
		e--
	}
	if o := d.mentionEndingAt(si, e); o != nil && o.desc {
		e = o.i
	}
	return e
}

// staffNouns after an institution or state stand for it: "UN personnel".
var staffNouns = lex("staffNouns")

// mediationNouns name the act of brokering: "X's mediation", "through
// X's facilitation", "under the auspices of X".
var mediationNouns = lex("mediationNouns")

// shuttleVerbs with shuttleObjects tell someone carrying proposals
// between the sides: "conveying messages back and forth", "passing
// proposals between them".
var (
	shuttleVerbs   = lex("shuttleVerbs")
	shuttleObjects = lex("shuttleObjects")
)

// shuttleTail: after the object, "back and forth" or "between".
func shuttleTail(toks []token, k int) bool {
	if k < len(toks) && toks[k].lower == "between" {
		return true
	}
	return k+2 < len(toks) && toks[k].lower == "back" && toks[k+1].lower == "and" && toks[k+2].lower == "forth"
}

// roleSubject: "X played a mediating role": the first actor of the clause
// before the verb at k is the mediator.
func (d *doc) roleSubject(si, k int, r *roles) {
	toks := d.sents[si].toks
	v := k - 1
	if v >= 0 && appositionDets[toks[v].lower] {
		v--
	}
	if v < 0 || !roleVerbs[toks[v].lower] {
		return
	}
	cs, _ := d.sents[si].clause(v)
	for _, m := range d.ments[si] {
		if m.i >= cs && m.i < v && m.actor >= 0 && !m.desc {
			d.mediator(r, m.actor)
			return
		}
	}
}

// roleVerbs take "a ... role" as object: "played a facilitating role".
var roleVerbs = lex("roleVerbs")

// side is who sits at the table for an actor: a person's state or group.
func (d *doc) side(a int) int {
	if a < 0 {
		return -1
	}
	x := d.cast.actors[a]
	if x.kind == graph.Person {
		return x.affiliation
	}
	return a
}

// isCollective: a state, a group, or a state body such as an army can be
// a side.
func (d *doc) isCollective(a int) bool {
	x := d.cast.actors[a]
	return x.kind == graph.State || x.kind == graph.Group || (x.kind == graph.Organization && x.affiliation >= 0 && d.cast.actors[x.affiliation].kind == graph.State)
}

// pairRole records two sides; sides inferred from people are weak
// evidence.
func (d *doc) pairRole(r *roles, a, b int, topic string) {
	weak := d.cast.actors[a].kind == graph.Person || d.cast.actors[b].kind == graph.Person
	sa, sb := d.side(a), d.side(b)
	if sa < 0 || sb < 0 || !d.isCollective(sa) || !d.isCollective(sb) {
		return
	}
	r.weakRoles = weak
	r.addPair(sa, sb, topic)
	r.weakRoles = false
}

// proposalNouns: a state that puts forward the plan is carrying proposals
// between the sides (weak mediator evidence).
var proposalNouns = lex("proposalNouns")

// proposalRoles reads "Washington's proposed peace plan" and "a U.S.
// proposal".
func (d *doc) proposalRoles(si, k int, r *roles) {
	toks := d.sents[si].toks
	e := k
	for e > 0 && k-e < 3 && toks[e-1].word && !toks[e-1].cap && (toks[e-1].lower == "peace" || toks[e-1].lower == "proposed" ||
		toks[e-1].lower == "draft" || toks[e-1].lower == "new" || toks[e-1].lower == "updated" || toks[e-1].lower == "latest" || toks[e-1].lower == "ceasefire") {
		e--
	}
	if e > 0 && (toks[e-1].text == "'s" || toks[e-1].text == "'") {
		e--
	}
	m := d.mentionEndingAt(si, e)
	if m == nil || m.actor < 0 || d.cast.actors[m.actor].kind != graph.State {
		return
	}
	r.weakRoles = true
	r.addMediator(m.actor)
	r.weakRoles = false
}

// mediator records a mediator; a person brings the body they serve.
func (d *doc) mediator(r *roles, a int) {
	if a < 0 {
		return
	}
	r.addMediator(a)
	x := d.cast.actors[a]
	if x.kind == graph.Person {
		for _, p := range x.positions {
			if p.org >= 0 {
				r.addMediator(p.org)
				return
			}
		}
		r.addMediator(x.affiliation)
	}
}

// mediatorNounRoles reads "X, a key mediator", "as the chief mediator",
// "an intermediary between A and B" and "intermediaries in A and B".
func (d *doc) mediatorNounRoles(si, k int, r *roles) {
	toks := d.sents[si].toks
	// "negotiators/mediators from A, B and C"
	if k+1 < len(toks) && (toks[k+1].lower == "from" || toks[k+1].lower == "in") && strings.HasSuffix(toks[k].lower, "s") {
		for _, m := range d.actorList(si, k+2) {
			d.mediator(r, m)
		}
		return
	}
	// Walk back over adjectives and a determiner, from the first word of a
	// hyphenated compound ("go-betweens").
	b := k
	if k >= 2 && toks[k].glued && toks[k-1].text == "-" {
		b = k - 2
	}
	for b > 0 && k-b < 4 && toks[b-1].word && !toks[b-1].cap && toks[b-1].lower != "as" {
		b--
	}
	switch {
	case b > 1 && toks[b-1].lower == "as" && (toks[b-2].lower == "acting" || toks[b-2].lower == "serving"):
		// "with Mexico, Cuba and Norway acting as guarantors"
		for _, m := range d.listEndingAt(si, b-2) {
			d.mediator(r, m)
		}
	case b > 0 && toks[b-1].lower == "as":
		// The clause's subject acts as mediator, each of a coordinated
		// one: "Egypt and Qatar acted as mediators".
		cs, _ := d.sents[si].clause(max(0, b-2))
		for _, m := range d.ments[si] {
			if m.i >= cs && m.i < b && m.actor >= 0 && !m.desc {
				for _, a := range d.actorList(si, m.i) {
					d.mediator(r, a)
				}
				break
			}
		}
	case b > 0 && toks[b-1].text == ",":
		if m := d.mentionEndingAt(si, b-1); m != nil && m.actor >= 0 {
			d.mediator(r, m.actor)
		}
	}
}

// hyphenRoles reads "Iran-US talks" and "US-mediated".
func (d *doc) hyphenRoles(si, k int, r *roles) {
	toks := d.sents[si].toks
	a := d.mentionEndingAt(si, k)
	if a == nil || a.actor < 0 {
		return
	}
	var b *mention
	for mi := range d.ments[si] {
		if d.ments[si][mi].i == k+1 {
			b = &d.ments[si][mi]
		}
	}
	if b == nil || b.actor < 0 || !toks[k+1].glued {
		return
	}
	for e := b.j; e < len(toks) && e <= b.j+2; e++ {
		if negNouns[compound(toks, e)] {
			d.pairRole(r, a.actor, b.actor, d.topicAt(&d.sents[si], e))
			return
		}
	}
}

// betweenPair reads "between A and B", skipping descriptors ("between
// Congolese President X and Rwandan President Y").
func (d *doc) betweenPair(si, k int) (*mention, *mention) {
	toks := d.sents[si].toks
	a := d.firstActorStop(si, k+1, 9)
	if a == nil {
		return nil, nil
	}
	n := a.j
	if n < len(toks) && toks[n].text == "(" {
		for n < len(toks) && toks[n].text != ")" && n < a.j+6 {
			n++
		}
		n++
	}
	// "between the Ruritanian government and ...": the head noun of a
	// demonym (or a few lower-case words of a noun phrase) before "and".
	for e := n; e < len(toks) && e < a.j+3 && toks[e].word && toks[e].lower != "and" &&
		(!toks[e].cap || demonymStateNouns[toks[e].lower] || groupNouns[toks[e].lower]); e++ {
		if e+1 < len(toks) && toks[e+1].lower == "and" {
			n = e + 1
		}
	}
	if n >= len(toks) || toks[n].lower != "and" {
		return nil, nil
	}
	b := d.firstActorStop(si, n+1, 6)
	return a, b
}

// conjPair reads "A and B" around the "and" at k, when both are sides of a
// negotiation: states, groups, or people whose affiliations differ.
func (d *doc) conjPair(si, k int) (*mention, *mention) {
	toks := d.sents[si].toks
	if k > 0 && toks[k-1].text == "," {
		return nil, nil // ", and" ends a list or joins clauses
	}
	var a *mention
	for e := k; e >= 0 && k-e <= 3; e-- {
		if m := d.mentionEndingAt(si, e); m != nil && m.actor >= 0 && !m.desc {
			a = m
			break
		}
		if e < k && (toks[e].text != "'s" && !(toks[e].word && !toks[e].cap)) {
			return nil, nil
		}
	}
	if a == nil || (a.i > 0 && (toks[a.i-1].text == "," || toks[a.i-1].lower == "with")) {
		return nil, nil
	}
	b := d.firstActor(si, k+1, 4, false)
	if b == nil {
		return nil, nil
	}
	for e := k + 1; e < b.i; e++ {
		if toks[e].lower == "with" || toks[e].text == "," {
			return nil, nil
		}
	}
	if b.j < len(toks) && toks[b.j].text == "," && !commaEndsPair(toks, b.j+1) {
		return nil, nil // a longer list
	}
	sa, sb := d.side(a.actor), d.side(b.actor)
	if sa < 0 || sb < 0 || sa == sb {
		return nil, nil
	}
	return a, b
}

// commaEndsPair: "A and B, earlier ..." — a comma before an adverb
// (a time adverb or an -ly word) closes the pair rather than extending the list.
func commaEndsPair(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].word || toks[k].cap {
		return false
	}
	l := toks[k].lower
	return timeAdverbs[l] || len(l) > 4 && l[len(l)-2:] == "ly"
}

// timeAdverbs place an event in time on their own.
var timeAdverbs = lex("timeAdverbs")

// firstActor is the first non-descriptor actor mention starting in
// [k, k+within).
func (d *doc) firstActor(si, k, within int, allowDesc bool) *mention {
	for mi := range d.ments[si] {
		m := &d.ments[si][mi]
		if m.i >= k && m.i < k+within && m.actor >= 0 && (allowDesc || !m.desc) {
			return m
		}
	}
	return nil
}

// firstActorStop is firstActor that stops at "and", commas and
// semicolons.
func (d *doc) firstActorStop(si, k, within int) *mention {
	toks := d.sents[si].toks
	end := k + within
	for e := k; e < end && e < len(toks); e++ {
		if toks[e].lower == "and" || toks[e].text == "," || toks[e].text == ";" {
			end = e
			break
		}
	}
	for mi := range d.ments[si] {
		m := &d.ments[si][mi]
		if m.i >= k && m.i < end && m.actor >= 0 && !m.desc {
			return m
		}
	}
	return nil
}

// actorList reads "A, B and the C" from token k.
func (d *doc) actorList(si, k int) []int {
	toks := d.sents[si].toks
	var out []int
	for k < len(toks) {
		for k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "both") {
			k++
		}
		var m *mention
		for mi := range d.ments[si] {
			if d.ments[si][mi].i == k && d.ments[si][mi].actor >= 0 {
				m = &d.ments[si][mi]
			}
		}
		if m == nil {
			break
		}
		// "Norway's Prime Minister, Lars Dahl": the name the described
		// title is set beside.
		if m.desc {
			if p := d.apposedPerson(si, m.j); p != nil {
				// The comma after the apposition closes the list.
				out = append(out, p.actor)
				break
			}
		}
		out = append(out, m.actor)
		k = m.j
		if k < len(toks) && (toks[k].text == "," || toks[k].lower == "and") {
			k++
			if k < len(toks) && toks[k].lower == "and" {
				k++
			}
			continue
		}
		break
	}
	return out
}

// nearWord: one of the word sets has a word within n tokens before k.
func nearWord(toks []token, k, n int, sets ...map[string]bool) bool {
	for e := k - 1; e >= 0 && k-e <= n; e-- {
		for _, s := range sets {
			if s[toks[e].lower] {
				return true
			}
		}
	}
	return false
}

// topicNouns head a negotiation's topic, best first; topicMods may
// qualify them.
var topicNouns = []string{"negotiations", "talks", "agreement", "deal", "accord", "ceasefire", "truce",
	"treaty", "settlement", "dialogue", "process", "plan", "proposal", "discussions", "consultations",
	"mediation", "dispute", "conflict", "war"}

var topicMods = lex("topicMods")

// topicAt names a negotiation from its sentence: the best negotiation
// noun with the words that qualify it ("indirect peace talks").
func (d *doc) topicAt(s *sentence, k int) string {
	best, rank := -1, len(topicNouns)
	for e, t := range s.toks {
		r := slices.Index(topicNouns, t.lower)
		if r >= 0 && (r < rank || (r == rank && abs(e-k) < abs(best-k))) {
			best, rank = e, r
		}
	}
	if best < 0 {
		return "negotiations"
	}
	i := best
	for i > 0 && best-i < 4 && (topicMods[s.toks[i-1].lower] || topicMods[compound(s.toks, i-1)]) {
		i--
	}
	return strings.ToLower(joinTokens(s, i, best+1))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// listEndingAt reads "Egypt, Qatar and the United States" backwards from
// token e.
func (d *doc) listEndingAt(si, e int) []int {
	toks := d.sents[si].toks
	var out []int
	for len(out) < 6 {
		m := d.mentionEndingAt(si, e)
		if m == nil && e > 0 && staffNouns[toks[e-1].lower] {
			m = d.mentionEndingAt(si, e-1) // "UN personnel", "Swiss officials"
		}
		if m == nil || m.actor < 0 {
			break
		}
		out = append(out, m.actor)
		e = d.phraseStart(si, m)
		if e > 0 && toks[e-1].lower == "the" {
			e--
		}
		if e > 0 && (toks[e-1].lower == "and" || toks[e-1].text == ",") {
			e--
			if e > 0 && toks[e-1].text == "," {
				e--
			}
			continue
		}
		break
	}
	return out
}

// shuttleRoles reads mediation from who met whom: a third side that met
// each of two sides apart, when those two never met in the article, is
// carrying proposals between them. When the two are already known as
// sides, that makes the third a (weak) mediator; when the third also put
// forward a plan of its own (weak mediator evidence), it is a mediator and
// the two it went between are the sides.
func (d *doc) shuttleRoles() {
	var tables [][]int // the sides at each held meeting; a phone round is one call each
	for _, m := range d.meetings {
		if m.status != graph.Held {
			continue
		}
		groups := [][]int{m.parts}
		if m.stars && len(m.parts) > 2 {
			groups = nil
			for _, p := range m.parts[1:] {
				groups = append(groups, []int{m.parts[0], p})
			}
		}
		for _, g := range groups {
			var sides []int
			for _, p := range g {
				if s := d.side(p); s >= 0 && d.isCollective(s) && !slices.Contains(sides, s) {
					sides = append(sides, s)
				}
			}
			if len(sides) >= 2 {
				tables = append(tables, sides)
			}
		}
	}
	// met reports whether a and b sat at one table without c (c < 0: any).
	met := func(a, b, c int) bool {
		return slices.ContainsFunc(tables, func(t []int) bool {
			return slices.Contains(t, a) && slices.Contains(t, b) && (c < 0 || !slices.Contains(t, c))
		})
	}
	var sides []int
	for _, t := range tables {
		for _, s := range t {
			if !slices.Contains(sides, s) {
				sides = append(sides, s)
			}
		}
	}
	r := &d.roles
	for _, x := range sides {
		for i, a := range sides {
			for _, b := range sides[i+1:] {
				if a == x || b == x || met(a, b, -1) || !met(x, a, b) || !met(x, b, a) {
					continue
				}
				key := [2]int{min(a, b), max(a, b)}
				if _, paired := r.pairIdx[key]; paired {
					r.weakRoles = true
					r.addMediator(x)
					r.weakRoles = false
				} else if slices.Contains(r.weakMeds, x) {
					r.weakRoles = true
					r.addPair(a, b, "negotiations")
					r.weakRoles = false
					r.addMediator(x)
				}
			}
		}
	}
}

// disputeWords name the dispute a negotiation settles, not just a meeting.
var disputeWords = lex("disputeWords")

// meetingSides: talks held over a dispute between the people of exactly
// two sides, with no one else at the table, make those sides parties
// ("the Indian foreign minister met his Pakistani counterpart for talks
// on the border dispute"), even when no mediator or "between" phrase
// names them. Weak evidence: a side named a mediator elsewhere wins.
func (d *doc) meetingSides(r *roles) {
	for _, m := range d.meetings {
		if m.status != graph.Held {
			continue
		}
		toks := d.sents[m.si].toks
		agreed := agreementTold(toks)
		if !agreed && !anyCompound(toks, disputeWords) {
			continue
		}
		var sides []int
		ok := true
		for _, p := range m.parts {
			sd := d.side(p)
			if sd < 0 || !d.isCollective(sd) {
				ok = false
				break
			}
			if !slices.Contains(sides, sd) {
				sides = append(sides, sd)
			}
		}
		// Three sides or more are parties only when the meeting reached
		// an agreement among them ("A of X, B of Y and C of Z met,
		// agreeing on a deal"); a summit is no negotiation by itself.
		if !ok || len(sides) < 2 || len(sides) > 2 && !agreed {
			continue
		}
		r.weakRoles = true
		for a := range sides {
			for b := a + 1; b < len(sides); b++ {
				r.addPair(sides[a], sides[b], d.topicAt(&d.sents[m.si], 0))
			}
		}
		r.weakRoles = false
	}
}

// agreeVerbs with a pactNouns word after them tell an agreement reached:
// "agreeing on a deal", "signed a memorandum".
var (
	agreeVerbs = lex("agreeVerbs")
	pactNouns  = lex("pactNouns")
)

// agreementTold: an agreeing verb with a pact noun within four words after
// it.
func agreementTold(toks []token) bool {
	for k, t := range toks {
		if !agreeVerbs[t.lower] {
			continue
		}
		for e := k + 1; e < len(toks) && e <= k+4; e++ {
			if pactNouns[toks[e].lower] {
				return true
			}
		}
	}
	return false
}

// anyCompound: one of the words, hyphenated compounds joined, occurs in
// toks.
func anyCompound(toks []token, words map[string]bool) bool {
	for k := range toks {
		if words[compound(toks, k)] {
			return true
		}
	}
	return false
}

// subjectEnd is where the subject of the verb at k ends: before the
// auxiliaries and adverbs in front of it ("X has reportedly brokered"),
// and before ", which" when a relative pronoun stands for the name before
// the comma ("X, which brokered the deal").
func subjectEnd(toks []token, k int) int {
	e := k
	for e > 0 && k-e < 4 && (auxWords[toks[e-1].lower] || strings.HasSuffix(toks[e-1].lower, "ly")) {
		e--
	}
	if e > 1 && relativeWords[toks[e-1].lower] && toks[e-2].text == "," {
		e -= 2
	}
	return e
}
