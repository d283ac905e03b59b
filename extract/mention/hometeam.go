package mention

import (
	"slices"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-twenty-fourth round: wire and local copy
// name the home government's side by its team, "talks between the
// government negotiators and the rebels", "between the Government
// delegation and the front's leaders". homeSide read only "between the
// government and X"; the team noun between "government" and "and" left
// the state out of the pair.

// homeTeamNouns may stand between "the government" and "and" in such a
// pair: the government's team at the table.
var homeTeamNouns = lex("homeTeamNouns")

// homeTeamPair: token k is a team noun right before "and", in a sentence
// that names no state of the dateline's country itself: "a former
// Tanzanian president shuttled between the government delegation and the
// opposition" under an Arusha dateline tells of another state's
// government, Tanzania being the host (p348).
func (d *scanner) homeTeamPair(toks []text.Token, k int, ms []Mention) bool {
	if k+1 >= len(toks) || !homeTeamNouns[toks[k].Lower] || toks[k+1].Lower != "and" {
		return false
	}
	return !slices.ContainsFunc(ms, func(m Mention) bool {
		return (m.Kind == State || m.Kind == Demonym) && m.Code == d.homeCode
	})
}
