package roles

import (
	"slices"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-fifty-fifth round: a pronoun joined to a
// brokering verb's subject.

// pronounConjunctBroker reads the pronoun that opens a brokering verb's
// coordinated subject: "He and the UN envoy X facilitated the meeting",
// where the list read names X only. The pronoun is the first person the
// sentence before names, as a pronoun opening a sentence alone is
// (openingPronounBroker); nil unless the sentence opens "He and" or
// "She and" and the verb at v comes within twelve tokens.
func (d *Reader) pronounConjunctBroker(si, v int, listed []int) []int {
	toks := d.Sents[si].Toks
	if si == 0 || v < 3 || v > 12 || toks[0].Lower != "he" && toks[0].Lower != "she" || toks[1].Lower != "and" {
		return nil
	}
	prev := d.Sents[si-1].Toks
	if len(prev) > 0 && prev[0].Lower == toks[0].Lower {
		return nil
	}
	for _, m := range d.Ments[si-1] {
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			if slices.Contains(listed, m.Actor) {
				return nil
			}
			return []int{m.Actor}
		}
	}
	return nil
}
