package actors

import "github.com/parley-dev/parley/extract/text"

// headOfStateTitle reads the lower-case post "head of state" (or "head of
// government") standing right before a name, as in "Nigerian head of
// state X": the phrase is a post whose holder's state is told
// by the demonym or possessor in front of it, as "Nigerian President X"
// would be. Its words are no title words one by one ("state" is a kind of
// actor, "of" a link), so the title walk stops short of them. It returns
// the index of "head" when the three tokens ending at e are the phrase,
// -1 otherwise. West African agency and wire copy name military rulers
// and presidents so (p1933, p1498, p1577, p918).
func headOfStateTitle(toks []text.Token, e int) int {
	if e < 2 || !toks[e].Word || toks[e].Cap || toks[e-1].Lower != "of" || toks[e-2].Cap || toks[e-2].Lower != "head" {
		return -1
	}
	if toks[e].Lower != "state" && toks[e].Lower != "government" {
		return -1
	}
	return e - 2
}
