package roles

import "github.com/parley-dev/parley/extract/text"

// Issue 14's three-hundred-and-seventy-seventh round: names that locate.
// "X has been exporting through a corridor along the coast of A and B",
// "grain shipped through the ports of A and B": states named as the land
// or sea of a route say where something goes, not who negotiates, even in
// a sentence that tells talks (p2296), so "A and B" there pairs no parties.

// featureNouns name a stretch of land or sea before "of".
var featureNouns = lex("featureNouns")

// featureOfConjuncts: the first conjunct of "A and B", opening at ai,
// follows "<feature noun> of" ("the coast of A and B").
func featureOfConjuncts(toks []text.Token, ai int) bool {
	if ai >= 1 && toks[ai-1].Lower == "the" {
		ai--
	}
	return ai >= 2 && toks[ai-1].Lower == "of" && featureNouns[toks[ai-2].Lower]
}
