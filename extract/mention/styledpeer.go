package mention

import (
	"strings"

	"github.com/parley-dev/parley/extract/text"
)

// styledPeer: toks[i] opens a person named by the style of a peer or a
// royal after "the": "the Duchess of Cornwall", "the Prince of Wales",
// "the Earl of Derby" (peerageStyles, royalOfStyles). The person is the
// style: "of" and the capitalized place after it are the peer's, not a
// place where anything happened, and the style word alone is no name
// (issue 14's two-hundred-and-thirty-sixth round, p1452, where "the
// Duchess of Cornwall" was two unknowns and the Prince of Wales was read
// as a place, "Wales"). It returns the index after the style's place, or
// 0. A name after it ("the Duke of X, Y,") is left to the apposition;
// "the Prince of Wales Hospital" (a building's head after the place) is
// no person.
func styledPeer(toks []text.Token, i int) int {
	if i == 0 || toks[i-1].Lower != "the" || !toks[i].Cap || !(peerageStyles[toks[i].Lower] || royalOfStyles[toks[i].Lower]) {
		return 0
	}
	if i+2 >= len(toks) || toks[i+1].Lower != "of" || !toks[i+2].Cap || !toks[i+2].Word {
		return 0
	}
	e := i + 3
	for e < len(toks) && toks[e].Cap && toks[e].Word && e < i+5 {
		e++
	}
	if e < len(toks) && toks[e].Cap && toks[e].Word || nonActorHeads[toks[e-1].Lower] || e-1 > i+2 && isHead(toks[e-1].Lower) {
		return 0
	}
	return e
}

// royalOfStyles are royal styles that take a realm or a place with "of":
// "the Prince of Wales", "the Princess of Asturias".
var royalOfStyles = lex("royalOfStyles")

// StyledName: a person's name is a peer's or royal style and the place it
// takes ("Duchess of Cornwall", "Prince of Wales"), as styledPeer reads
// it: the place is no surname and does not stand for the person.
func StyledName(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	return len(w) >= 3 && w[1] == "of" && (peerageStyles[w[0]] || royalOfStyles[w[0]])
}
