package roles

import "github.com/parley-dev/parley/extract/text"

// shuttleMeans are how a go-between moves or speaks.
var shuttleMeans = lex("shuttleMeans")

// afterShuttleMeans is where the tail of a shuttle move at k starts,
// past "by" and a means of travel or speech ("X shuttled by telephone
// between the two ministers", round 242, p1488): the means does not
// change who goes between the sides. Else k+1.
func afterShuttleMeans(toks []text.Token, k int) int {
	if k+2 < len(toks) && toks[k+1].Lower == "by" && shuttleMeans[toks[k+2].Lower] {
		return k + 3
	}
	return k + 1
}
