package extract

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Persons told by a relative clause. English refers to a person with
// "who", to a thing or a body with "which": a full name the
// text gives once and without a title, followed by a comma and "who",
// is a person the clause describes ("A B, who leads the smaller faction,
// also signed"; "headed by A B, who has lived in exile since 2001"), as an
// apposition or a title would say what the person is (Titled). The
// person must still act in the story (Acts): one who only speaks ("...,
// said A B, who farms a plot") stays a source in passing (speakers.go).
// Issue 14's three-hundred-and-fifty-sixth round (p2172, and p876,
// p1222, p128, p930, p458 of earlier rounds).

// markRelativePersons marks Titled the persons whose name, in full, is
// followed by ", who". Not ", whose", which a place takes as well ("X
// Province, whose governor").
func (d *doc) markRelativePersons() {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.Actor < 0 || m.J+1 >= len(toks) {
				continue
			}
			a := d.Cast.Actors[m.Actor]
			if a.Kind != graph.Person || a.NotName || m.J-m.I < 2 {
				continue
			}
			// A plural title closing the run names a body of people
			// ("a handful of Conservative MPs, who say").
			last := toks[m.J-1].Lower
			if mention.IsTitleWord(last) || mention.IsTitleWord(strings.TrimSuffix(last, "s")) {
				continue
			}
			if toks[m.J].Text == "," && toks[m.J+1].Lower == "who" {
				a.Titled = true
			}
		}
	}
}
