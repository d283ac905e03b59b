package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-sixty-sixth round: a go-between's act told
// of a counted description, "A chaired the session together with B and
// C. The three men have spent months shuttling between the generals and
// the protesters" (p3428), "X was accompanied by Y and Z. The three
// envoys had carried messages between the sides" (p3400). Coreference
// reads the description as one person at most; the count says all the
// people the sentence before named.

// countedShuttlers: the subject of a shuttle verb, ending at e, is "The
// two N" or "The three N" opening the sentence, N a noun of people
// (personGroupNouns): the people the sentence before names, when it names
// exactly that many; else nil, since a count below the people named may
// pick any of them.
func (d *Reader) countedShuttlers(si, e int) []int {
	toks := d.Sents[si].Toks
	if si == 0 || e != 3 || toks[0].Lower != "the" || toks[1].Lower == "both" || !personGroupNouns[toks[2].Lower] {
		return nil
	}
	n := mention.CountWords[toks[1].Lower]
	if n < 2 {
		return nil
	}
	var out []int
	for _, m := range d.Ments[si-1] {
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(out, m.Actor) {
			continue
		}
		out = append(out, m.Actor)
	}
	if len(out) != n {
		return nil
	}
	return out
}
