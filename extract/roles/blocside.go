package roles

import "strings"

// blocNames are unions of states that negotiate treaties as one side:
// the European Union over a trade or accession agreement, Mercosur over a
// trade pact.
var blocNames = lex("blocNames")

// bloc tells an organization that is a union of states (blocNames). Paired
// with a state in "the A-EU talks" or "talks between A and the EU", it is
// a side of the negotiation, as a state is (pairRole); beside a state in
// a plain "A and B" it is left alone, as the bloc often only urges or
// welcomes what the sides do.
func (d *Reader) bloc(a int) bool {
	return a >= 0 && blocNames[strings.ReplaceAll(strings.ToLower(d.Cast.Actors[a].Name()), " ", "+")]
}
