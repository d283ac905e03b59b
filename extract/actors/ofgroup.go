package actors

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-ninth round: a faction's man named for it.

// groupOfSide reads "X of the Y" after a person's name, where
// Y is an armed group, a movement or a party ("signed by A of the Y Front,
// B of the Z militia and ..."): as "X of Finland" names X's state, the
// group after "of" is the side X sits for, so a signing or a meeting of
// such people is one between their groups. Only a person the text gives
// no side yet, and only a group: an organization after "of" is as often
// an employer that sides with no one ("X of the Red Cross").
func (d *Story) groupOfSide(si int, m *mention.Mention) {
	a := d.Cast.Actors[m.Actor]
	if a.Affiliation >= 0 {
		return
	}
	o := d.ofComplement(si, m.J)
	if o < 0 || o == m.Actor || d.Cast.Actors[o].Kind != graph.Group {
		return
	}
	a.Affiliation = o
	a.Titled = true
}
