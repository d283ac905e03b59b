package actors

import (
	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-eighth round: a person named as the
// possessor of a group or body ("X Y's Revolutionary Front", "Mr Z's
// Democratic Movement") only says whose the group is; the side of the
// talks, or the one that met, is the group after "'s". The possessor is
// marked as describing it (Desc), as "Egypt's" is in "Egypt's Kamel", so
// that the readers of sides and participants take the group.
func (d *Story) leadersOfBodies() {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		ms := d.Ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || m.J+1 >= len(toks) {
				continue
			}
			if t := toks[m.J].Text; t != "'s" && t != "\u2019s" {
				continue
			}
			if o := d.mentionStartingAt(si, m.J+1); o != nil && o.Actor >= 0 {
				if d.Cast.Actors[o.Actor].Kind == graph.Group {
					m.Desc = true
				}
			}
		}
	}
}
