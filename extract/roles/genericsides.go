package roles

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-forty-first round: the sides of a
// negotiation told by a generic noun ("acted as mediator between the
// company and the union", "talks between the government and the rebels")
// and resolved to the actors the story names, and a union bargaining
// with an employer as the two sides of a labour dispute.

// The generic nouns a side is told by, one list per kind of actor they
// stand for (lexicon sections of the same names).
var (
	genericStateSides    = lex("genericStateSides")    // "the government"
	genericGroupSides    = lex("genericGroupSides")    // "the rebels", "the junta"
	genericEmployerSides = lex("genericEmployerSides") // "the company", "the management"
	genericUnionSides    = lex("genericUnionSides")    // "the union", "the unions"
)

// unionNameWords in a body's name make it a trade union ("the National
// Union of Mineworkers", "the Transport Workers' Federation"): the
// workers it speaks for, not the word "union", which blocs share ("the
// African Union").
var unionNameWords = lex("unionNameWords")

// sideClass is the kind of actor a generic side noun stands for.
type sideClass int

const (
	noClass sideClass = iota
	stateClass
	groupClass
	employerClass
	unionClass
)

func genericClass(w string) sideClass {
	switch {
	case genericStateSides[w]:
		return stateClass
	case genericGroupSides[w]:
		return groupClass
	case genericEmployerSides[w]:
		return employerClass
	case genericUnionSides[w]:
		return unionClass
	}
	return noClass
}

// body: an organization or a group the mention stage typed as one; a
// company or a union may be read as either.
func (d *Reader) body(a int) bool {
	k := d.Cast.Actors[a].Kind
	return k == graph.Organization || k == graph.Group
}

// union: a body the story shows to be a trade union — a workers' word in
// its name, or its name written before "union" ("the Unite union"). A
// bloc is none.
func (d *Reader) union(a int) bool {
	x := d.Cast.Actors[a]
	if !d.body(a) || d.bloc(a) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(x.Name())) {
		if unionNameWords[strings.Trim(w, ".,'")] {
			return true
		}
	}
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for _, m := range d.Ments[si] {
			if m.Actor == a && m.J < len(toks) && toks[m.J].Lower == "union" {
				return true
			}
		}
	}
	return false
}

// labourSides: the sides sa and sb are a trade union and an organization
// that is no union (the employer, or the board or ministry it bargains
// with): the two a strike or a wage dispute is negotiated between, so
// both are sides though neither is a state's. Two unions, or a union
// beside a state (collective already), are read as before.
func (d *Reader) labourSides(sa, sb int) bool {
	if sa < 0 || sb < 0 {
		return false
	}
	if !d.body(sa) || !d.body(sb) || d.bloc(sa) || d.bloc(sb) {
		return false
	}
	return d.union(sa) != d.union(sb)
}

// genericBetween reads "mediator between the company and the union",
// "talks between the government and the rebels", "between N and the
// rebels" (the "between" at k, with a negotiation or mediator noun near,
// naming no pair of actors): each side told by a generic noun is resolved
// to the story's actors of its kind (resolveGeneric) and the two are
// paired. Two generic sides of one kind ("between the junta and the
// opposition", two groups) cannot be told apart and are left unread, as
// is a side no named actor of its kind stands for.
func (d *Reader) genericBetween(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	j := k + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	and := d.sideEnd(si, j)
	if and < 0 || and >= len(toks) || toks[and].Lower != "and" {
		return
	}
	j2 := and + 1
	if j2 < len(toks) && toks[j2].Lower == "the" {
		j2++
	}
	end := d.sideEnd(si, j2)
	if end < 0 || end < len(toks) && (toks[end].Lower == "of" || toks[end].Text == "'s") {
		return // "the government of A", "the rebels' leader": told otherwise
	}
	c1, c2 := d.sideClassAt(si, j), d.sideClassAt(si, j2)
	if c1 == noClass && c2 == noClass || c1 == c2 {
		return
	}
	as, bs := d.sideAt(si, k, j, c1, r), d.sideAt(si, k, j2, c2, r)
	if len(as) == 0 || len(bs) == 0 {
		return
	}
	topic := d.topicAt(&d.Sents[si], k)
	for _, a := range as {
		for _, b := range bs {
			if !slices.Contains(as, b) && !slices.Contains(bs, a) {
				r.addPair(a, b, topic)
			}
		}
	}
}

// sideEnd is the token after the side that starts at j: one generic noun,
// or an actor's mention; -1 when neither starts there.
func (d *Reader) sideEnd(si, j int) int {
	toks := d.Sents[si].Toks
	if j >= len(toks) {
		return -1
	}
	if d.sideClassAt(si, j) != noClass {
		// A noun that modifies a name after it ("the opposition National
		// Party") or is placed by a phrase ("the rebels in the hills") is
		// no side of its own kind (round 27's DescribedSides reads them).
		// A span of time after "in" places nothing: "a truce between the
		// government and the rebels in three months of fighting"
		// (timeSpanAfterIn).
		if j+1 < len(toks) && (toks[j+1].Cap && toks[j+1].Word || toks[j+1].Lower == "in" && !timeSpanAfterIn(toks, j+1) || toks[j+1].Lower == "at") {
			return -1
		}
		return j + 1
	}
	for _, m := range d.Ments[si] {
		if m.I == j && m.Actor >= 0 && !m.Desc {
			return m.J
		}
	}
	return -1
}

// sideClassAt: the class of the generic noun at j (noClass for a name).
// A capital after "the" is the style of some papers ("between the
// Government and the rebels", p1319), not a name.
func (d *Reader) sideClassAt(si, j int) sideClass {
	toks := d.Sents[si].Toks
	if toks[j].Cap && (j == 0 || toks[j-1].Lower != "the") {
		return noClass
	}
	return genericClass(toks[j].Lower)
}

// sideAt: the actors the side at j stands for — its collective when the
// text names it, else resolveGeneric's.
func (d *Reader) sideAt(si, k, j int, c sideClass, r *Roles) []int {
	if c == noClass {
		for _, m := range d.Ments[si] {
			if m.I == j && m.Actor >= 0 {
				if sd := d.Side(m.Actor); sd >= 0 && (d.IsSide(sd) || d.Cast.Actors[sd].Kind == graph.Organization) {
					return []int{sd}
				}
			}
		}
		return nil
	}
	noun := d.Sents[si].Toks[j].Lower
	{
		// The actor coreference gave the noun, when it is of the noun's
		// kind and neither a mediator nor a body one serves (p1482's
		// Libya for "the government") — for a plural too: "the rebels"
		// the movement told before, not its armed wing beside it (p850).
		for _, m := range d.Ments[si] {
			if m.I == j && m.Actor >= 0 && d.fitsClass(m.Actor, c) && !d.mediatorSide(m.Actor, r) && !d.hostForGovernment(si, k, m.Actor, c, r) {
				return []int{m.Actor}
			}
		}
	}
	return d.resolveGeneric(si, k, noun, c, r)
}

// pluralNoun: a plural generic noun stands for every actor of its kind
// ("the rebels", "the unions"); "employers" is read as one.
func (d *Reader) pluralNoun(noun string, c sideClass) bool {
	return strings.HasSuffix(noun, "s") && c != employerClass
}

// fitsClass: actor a is of the kind class c stands for.
func (d *Reader) fitsClass(a int, c sideClass) bool {
	x := d.Cast.Actors[a]
	if genericClass(strings.ToLower(x.Name())) != noClass {
		return false // "Government" read as a name stands for no one
	}
	switch c {
	case stateClass:
		return x.Kind == graph.State
	case groupClass:
		return x.Kind == graph.Group
	case employerClass:
		return d.body(a) && !d.union(a) && !d.bloc(a) && (x.Kind == graph.Group || !d.IsSide(a))
	case unionClass:
		return d.union(a)
	}
	return false
}

// mediatorSide: a is a mediator the story named so far, or a body one
// of them serves: it stands for no side.
func (d *Reader) mediatorSide(a int, r *Roles) bool {
	for _, m := range append(slices.Clone(r.mediators), r.weakMeds...) {
		if m == a || d.servedBody(m) == a {
			return true
		}
	}
	for _, s := range r.served {
		if s[1] == a {
			return true
		}
	}
	return false
}

// resolveGeneric: the actors a generic side noun stands for. An
// organization or group whose name holds the noun comes first ("the
// board" for the National Coal Board, "the union" for the National Union
// of Mineworkers); then the actor of the noun's kind the story mentioned
// last before the sentence ("the company"; for "the government" the
// state the story names most among those, since the host of talks is
// often told last), or, for a plural ("the rebels", "the unions"), every
// such actor named before. Mediators and the bodies they serve stand for
// no side.
func (d *Reader) resolveGeneric(si, k int, noun string, c sideClass, r *Roles) []int {
	fits := func(a int) bool { return !d.mediatorSide(a, r) && d.fitsClass(a, c) }
	plural := d.pluralNoun(noun, c)
	// A plural stands for those named before the sentence, or, with none
	// named yet and no sides read yet, for every one the story names
	// (p1482's four movements named next); once sides are read, "the
	// rebels" are those (p850's KNU, an organization here, not its
	// armed wing named after).
	order, last := d.mentionOrder(si, k, false, fits)
	if len(order) == 0 && plural && len(r.pairs) == 0 {
		order, last = d.mentionOrder(si, k, true, fits)
	}
	if len(order) == 0 && !plural {
		// Named only later: the one actor of its kind the story names
		// ("the union ... leaders of the X Employees Union").
		all, _ := d.mentionOrder(si, k, true, fits)
		if len(all) == 1 {
			return all
		}
		// "the Government" in a lead that names the country only in its
		// dateline or later: the state the story names most, when one
		// stands out (p1319).
		if c == stateClass && len(all) > 1 {
			slices.SortStableFunc(all, func(a, b int) int { return d.presence(b) - d.presence(a) })
			if d.presence(all[0]) > d.presence(all[1]) {
				return all[:1]
			}
		}
	}
	if len(order) == 0 {
		return nil
	}
	stem := strings.TrimSuffix(noun, "s")
	var named []int
	for _, a := range order {
		for _, w := range strings.Fields(strings.ToLower(d.Cast.Actors[a].Name())) {
			if w == noun || w == stem {
				named = append(named, a)
				break
			}
		}
	}
	if len(named) > 0 && !plural {
		order = named
	}
	if plural {
		if len(order) > 5 {
			return nil // too many to be one side of the story
		}
		return order
	}
	if c == stateClass {
		order = d.officialStates(si, order)
	}
	slices.SortFunc(order, func(a, b int) int { return last[b] - last[a] })
	if c == stateClass {
		// "The government" is the state the story is about — the one it
		// mentions most (its nationality on its people too), not the
		// host of the talks mentioned last (p1111's Rome); the last
		// mentioned among equals.
		slices.SortStableFunc(order, func(a, b int) int { return d.presence(b) - d.presence(a) })
	}
	return order[:1]
}

// mentionOrder: the actors ok accepts in order of first mention, with the
// rank of each one's last mention — over the sentences before si and
// sentence si's words before k (a dateline's country, "MANILA,
// Philippines - Talks between the government and ..."), or over the
// whole story when all is set. Only names count: a lower-case
// description that coreference resolved ("the government") is no
// evidence of its own.
func (d *Reader) mentionOrder(si, k int, all bool, ok func(int) bool) ([]int, map[int]int) {
	var order []int
	last := map[int]int{}
	n := 0
	for s := range d.Sents {
		if !all && s > si {
			break
		}
		toks := d.Sents[s].Toks
		for _, m := range d.Ments[s] {
			if !all && s == si && m.I >= k {
				break // the sentence's own words count up to the "between"
			}
			if m.Actor < 0 || m.Desc || !toks[m.I].Cap || !ok(m.Actor) || venueMention(toks, m.I) {
				continue
			}
			n++
			if _, seen := last[m.Actor]; !seen {
				order = append(order, m.Actor)
			}
			last[m.Actor] = n
		}
	}
	return order, last
}

// venueMention: the mention at i is the place of something ("talks at
// the Mini Secretariat", "into the X headquarters"), not an actor told
// acting.
func venueMention(toks []text.Token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	return j >= 0 && (toks[j].Lower == "at" || toks[j].Lower == "into")
}

// presence: how often the story mentions actor a, as a name, a demonym
// or a capital.
func (d *Reader) presence(a int) int {
	n := 0
	for s := range d.Ments {
		for _, m := range d.Ments[s] {
			if m.Actor == a && d.Sents[s].Toks[m.I].Cap {
				n++ // "the government" resolved by coreference is not counted
			}
		}
	}
	return n
}

// timeSpanAfterIn: the "in" at i opens a span of time — up to three
// lower-case words or numbers ending in a spanTimeNouns word ("in two
// decades", "in more than ten years") — not a place.
func timeSpanAfterIn(toks []text.Token, i int) bool {
	for j := i + 1; j < len(toks) && j-i <= 4; j++ {
		if spanTimeNouns[toks[j].Lower] {
			return true
		}
		if toks[j].Cap || !(toks[j].Word || mention.IsNumber(toks[j].Text)) {
			return false
		}
	}
	return false
}
