package meeting

import "github.com/parley-dev/parley/extract/text"

// coordinatedSubjects open a clause of their own after ", and": "..., and
// it was possible thanks to X", "..., but they were".
var coordinatedSubjects = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true, "this": true, "that": true}

// clauseCoordinated: the "and" or "but" at e follows a comma and opens a
// clause of its own, its subject a pronoun, or an aside set off by commas
// before it ("..., and, as X put it, it was ..."). A meeting noun's own
// verb is sought up to there: "secret talks between the two cabinets'
// envoys, and it was possible thanks to X" tells talks held; the "was
// possible" is the accord's, not the talks' being to come (p1710). "A meeting between A, B, and C is scheduled"
// keeps its verb: a name follows the "and".
func clauseCoordinated(toks []text.Token, e int) bool {
	if e < 1 || e+1 >= len(toks) || toks[e-1].Text != "," || toks[e].Lower != "and" && toks[e].Lower != "but" {
		return false
	}
	return toks[e+1].Text == "," || coordinatedSubjects[toks[e+1].Lower]
}
