package mention

import (
	"slices"

	"github.com/parley-dev/parley/extract/text"
)

// described marks each lower-case definite description whose head is a
// group or government noun ("the rebels", "the opposition", "the
// government") as a Described mention of the noun alone, for the
// resolution stage to link to the side the story named before. Not when
// the noun only modifies what follows: a name ("the opposition X Party"),
// a post ("the opposition leader"), or a phrase that says whose or where
// it is ("the government of X", "the government in Y", "the opposition
// in parliament"), which names a side of its own.
func described(s *text.Sentence, ms *[]Mention) {
	toks := s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Lower != "the" {
			continue
		}
		n := toks[k+1]
		if !n.Word || n.Cap || !groupDescriptions[n.Lower] && !bodyDescriptions[n.Lower] && !governmentDescriptions[n.Lower] {
			continue
		}
		if k+2 < len(toks) {
			next := toks[k+2]
			if next.Word && (next.Cap || titleHeads[next.Lower] || titleMods[next.Lower]) {
				continue
			}
			if placedAfter[next.Lower] {
				continue
			}
		}
		if slices.ContainsFunc(*ms, func(m Mention) bool { return m.I <= k+1 && m.J > k+1 }) {
			continue
		}
		*ms = append(*ms, Mention{I: k + 1, J: k + 2, Actor: -1, Text: n.Text, Kind: Described, HeadNoun: n.Lower})
		slices.SortStableFunc(*ms, func(a, b Mention) int { return a.I - b.I })
	}
}
