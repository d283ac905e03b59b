package roles

import "github.com/parley-dev/parley/extract/mention"

// listTeamNouns, before "of", name the teams that sides send to talks,
// whose list of states or groups are the sides (listSides).
var listTeamNouns = lex("listTeamNouns")

// amongNegNouns name a negotiation whose sides an "among" list may give:
// "talks among A, B and C", "a deal among A, B and C". The nouns of a
// gathering ("a summit among") are left out: a summit's members are no
// sides by that.
var amongNegNouns = lex("amongNegNouns")

// amongSides reads "talks among A, B and C" at the "among" at k: the
// states and groups listed are the sides of one negotiation, as "talks
// between A and B" are for two. Every two of them are paired; talks
// framed as cooperation or a case taken to a court join none.
func (d *Reader) amongSides(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k == 0 || k+1 >= len(toks) || !amongNegNouns[compound(toks, k-1)] || cooperationFramed(toks) || adjudicated(toks) {
		return
	}
	sides := d.listedCollectiveSides(si, k+1)
	if len(sides) < 2 {
		return
	}
	topic := d.topicAt(&d.Sents[si], k-1)
	d.pairEach(r, sides, topic)
}

// listSides reads "A, B and C" at the "and" at k, in a sentence over a
// negotiation, where the conjunction alone joins no sides (ConjPair
// leaves a list longer than two): "the negotiating teams of A, B and C
// ended a round of negotiations", "A, B and C resume talks" name three
// sides of one negotiation, every two of them paired as amongSides pairs
// "talks among A, B and C". The list must open the sentence or follow
// "of" after the noun of the teams sides send (listTeamNouns: "the
// delegations of"), so that lists after "with", "by" or "to" (a side's
// partners, brokers, hosts), a summit's members ("the leaders of", "the
// interior ministers of" A, B and C, who meet for talks of any kind) and
// a body's members ("a committee of") stay unread; nor may an apposition
// follow the list ("A, B and C, the four friends of the talks, pressed
// the sides"). Every item must be named (no demonym: "British, French
// and American diplomats"), must stand for a state or group of its own
// (a person for the side they belong to, as pairRole reads them; never
// two of one side), and may be no description ("the two sides").
func (d *Reader) listSides(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	e := k + 1
	if e < len(toks) && toks[e].Lower == "the" {
		e++
	}
	var b *mention.Mention
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.I == e && m.Actor >= 0 {
			b = m
		}
	}
	if b == nil || b.J < len(toks) && toks[b.J].Text == "," {
		return // "A, B and C, the friends of the talks, pressed the sides": described as third parties
	}
	var list []int
	seen := map[int]bool{}
	commas := 0
	e = b.J
	for {
		m := d.MentionEndingAt(si, e)
		if m == nil || m.Actor < 0 || m.Desc || m.Kind == mention.Demonym {
			return
		}
		s := d.Side(m.Actor)
		if s < 0 || !d.IsSide(s) || seen[s] {
			return
		}
		seen[s] = true
		list = append(list, m.Actor)
		e = d.phraseStart(si, m)
		if e > 0 && toks[e-1].Lower == "the" {
			e--
		}
		if e > 0 && (toks[e-1].Lower == "and" && len(list) == 1 || toks[e-1].Text == ",") {
			e--
			if toks[e].Text == "," {
				commas++
			} else if e > 0 && toks[e-1].Text == "," {
				e--
			}
			continue
		}
		break
	}
	if len(list) < 3 || commas == 0 || e > 0 && (e < 2 || toks[e-1].Lower != "of" || !listTeamNouns[toks[e-2].Lower]) {
		return
	}
	topic := d.topicAt(&d.Sents[si], k)
	for x := range list {
		for y := x + 1; y < len(list); y++ {
			d.pairRole(r, list[x], list[y], topic)
		}
	}
}

// involvedSides reads "the six-party talks, involving A, B, C and D" at
// the "involving" at k (issue 14's three-hundred-and-twenty-second round:
// p1966, p1967): a process or format named by its own name is spelled
// out by the states and groups it involves, which are its sides as those
// of "talks among A, B and C" are. The participle must be set off by a
// comma after a negotiation noun of the same phrase (amongNegNouns within
// twelve tokens, no full stop between), so that "a row involving" or "a
// visit, involving" names no sides. The pairs are grouped: a listed state
// the story reads as the talks' chair or broker brokers them instead
// (dropGroupedChairs, Settle).
func (d *Reader) involvedSides(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k < 2 || toks[k-1].Text != "," || !nearWord(toks, k, 12, amongNegNouns) || cooperationFramed(toks) || adjudicated(toks) {
		return
	}
	sides := d.listedCollectiveSides(si, k+1)
	if len(sides) < 2 {
		return
	}
	n := k - 1
	for n > 0 && k-n <= 12 && !amongNegNouns[toks[n].Lower] {
		n--
	}
	r.grouped = true
	d.pairEach(r, sides, d.topicAt(&d.Sents[si], n))
	r.grouped = false
}

// listedCollectiveSides: the actors of the list that opens at k whose side
// is a state or a group, as "talks among A, B and C" and "the six-party
// talks, involving A, B and C" name their sides.
func (d *Reader) listedCollectiveSides(si, k int) []int {
	var sides []int
	for _, m := range d.actorList(si, k) {
		if s := d.Side(m); s >= 0 && d.IsSide(s) {
			sides = append(sides, m)
		}
	}
	return sides
}
