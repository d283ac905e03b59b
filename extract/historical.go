package extract

import (
	"strconv"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Historical figures. A news story recalls the dead of past centuries for
// colour: "the hacienda where X died in 1830", "in 1335 King Y invited
// the kings of A and B to the same castle" (issue 14's
// two-hundred-and-fifty-eighth round, p1581, p1584). SCHEMA.md keeps
// people who act in the story; a person named only in clauses that
// carry a year a century or more before the publication (and perhaps in
// the headline, which recalls the same colour) acts in none of its
// events, and neither do the encounters told of them.

// historicalGap is how many years before the publication a year must lie
// to date a sentence to history rather than to the story's background.
const historicalGap = 100

// historicalPersons are the persons every mention of whom stands in the
// headline or in a clause dated to history, with at least one such
// mention. A clause runs between commas, semicolons, colons, brackets and
// relative words: in "met X at the estate where Y died in 1830, joined by
// Z", only Y's clause carries the year.
func (d *doc) historicalPersons() map[int]bool {
	if d.art.Published.IsZero() {
		return nil
	}
	limit := d.art.Published.Year() - historicalGap
	dated, other := map[int]bool{}, map[int]bool{}
	for si := range d.Sents {
		s := &d.Sents[si]
		clause, old := datedClauses(s.Toks, limit)
		for _, m := range d.Ments[si] {
			if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			switch {
			case old[clause[m.I]]:
				dated[m.Actor] = true
			case !s.Title:
				other[m.Actor] = true
			}
		}
	}
	out := map[int]bool{}
	for a := range dated {
		if !other[a] {
			out[a] = true
		}
	}
	return out
}

// clauseBreaks end a clause for datedClauses.
var clauseBreaks = map[string]bool{",": true, ";": true, ":": true, "(": true, ")": true,
	"where": true, "when": true, "which": true, "who": true, "whose": true}

// datedClauses numbers the clauses of a sentence, token by token, and
// tells which hold a year, four digits after "in", "since" or "of" ("in
// 1335", "died in 1830"), after 999 and no later than limit.
func datedClauses(toks []text.Token, limit int) ([]int, map[int]bool) {
	clause := make([]int, len(toks))
	old := map[int]bool{}
	c := 0
	for k, t := range toks {
		if clauseBreaks[t.Lower] {
			c++
		}
		clause[k] = c
		if k == 0 || len(t.Text) != 4 {
			continue
		}
		if p := toks[k-1].Lower; p != "in" && p != "since" && p != "of" {
			continue
		}
		if y, err := strconv.Atoi(t.Text); err == nil && y >= 1000 && y <= limit {
			old[c] = true
		}
	}
	return clause, old
}
