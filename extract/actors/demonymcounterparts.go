package actors

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// demonymCounterparts reads plural counterparts over two sides with the
// two people in apposition after them: "his Polish and Czech
// counterparts, A and B" gives A the first side and B the second, in the
// order the text names them, as "his Polish counterpart, A" gives A his
// (addPosition's "counterpart"). Without it neither person has a side,
// and a meeting the clause tells keeps the two states beside their own
// people as participants of their own (p2846, p2365).
func (d *Story) demonymCounterparts() {
	person := func(m *mention.Mention) bool { return m.Kind == mention.Person }
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for k := 3; k+2 < len(toks); k++ {
			if toks[k].Lower != "counterparts" || toks[k+1].Text != "," {
				continue
			}
			b, bi := d.stateMentionEndingAt(si, k)
			if b < 0 || bi < 2 || toks[bi-1].Lower != "and" {
				continue
			}
			a, _ := d.stateMentionEndingAt(si, bi-1)
			if a < 0 || a == b {
				continue
			}
			holders, _ := d.twoNamed(si, k+2, person)
			if holders == nil {
				continue
			}
			for i, h := range holders {
				if x := d.Cast.Actors[h]; x.Affiliation < 0 {
					x.Affiliation = []int{a, b}[i]
				}
			}
		}
	}
}

// stateMentionEndingAt: the state a demonym or state name ending at token
// e stands for ("Polish", "Czech"), and the mention's first token; -1s
// when none.
func (d *Story) stateMentionEndingAt(si, e int) (int, int) {
	for _, m := range d.Ments[si] {
		if m.J == e && m.Actor >= 0 && (m.Kind == mention.Demonym || m.Kind == mention.State) && d.Cast.Actors[m.Actor].Kind == graph.State {
			return m.Actor, m.I
		}
	}
	return -1, -1
}
