package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// delegationHeadsSides: a sentence that names "the heads of the (two,
// three, ...) delegations" and then each head with the side he sits for —
// "opened the session with the heads of the two delegations, A for the
// government and B for the rebels", "the heads of the four delegations
// were A for X, B for Y, C for Z and D for W", "the heads of the three
// delegations, Foreign Minister A of X, Prime Minister B of Y" — tells the
// sides of the talks: each state or group right after "for" or "of"
// behind a person is a party (issue 14's two-hundred-and-third round).
// A side named without its head ("observers from X and Y") is none.
func (d *Reader) delegationHeadsSides(si int, r *Roles) {
	toks := d.Sents[si].Toks
	h := delegationHeads(toks)
	if h < 0 {
		return
	}
	var sides []int
	ms := d.Ments[si]
	for i := range ms {
		m := &ms[i]
		if m.I <= h || m.Actor < 0 || m.Kind == mention.Person || m.Kind == mention.TitleRef {
			continue
		}
		if !d.headedSide(si, m.I) {
			continue
		}
		if a := d.Side(m.Actor); a >= 0 && !slices.Contains(sides, a) {
			sides = append(sides, a)
		}
	}
	if len(sides) < 2 {
		return
	}
	topic := d.topicAt(&d.Sents[si], 0)
	for i := 1; i < len(sides); i++ {
		d.pairRole(r, sides[0], sides[i], topic)
	}
}

// delegationHeads: the position of "delegations" in "heads of the
// (two) delegations", or -1.
func delegationHeads(toks []text.Token) int {
	for k := 0; k+3 < len(toks); k++ {
		if !delegationHeadNouns[toks[k].Lower] || toks[k+1].Lower != "of" || toks[k+2].Lower != "the" {
			continue
		}
		e := k + 3
		if e < len(toks) && toks[e].Word && !toks[e].Cap && toks[e].Lower != "delegations" {
			e++ // "the two delegations", "the main delegations"
		}
		if e < len(toks) && (toks[e].Lower == "delegations" || toks[e].Lower == "negotiating") {
			return e
		}
	}
	return -1
}

// headedSide: the side named at i follows "for" or "of" (with "the") right
// after a person's name: "A for the government", "Foreign Minister A of
// X".
func (d *Reader) headedSide(si, i int) bool {
	toks := d.Sents[si].Toks
	p := i - 1
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	if p < 1 || toks[p].Lower != "for" && toks[p].Lower != "of" {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.J == p && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return true
		}
	}
	return false
}

// delegationHeadNouns head "of the delegations": "the heads of the two
// delegations".
var delegationHeadNouns = lex("delegationHeadNouns")
