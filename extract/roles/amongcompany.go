package roles

import "github.com/parley-dev/parley/extract/text"

// amongCompany: the conjuncts ending at e are told as some of a larger
// company — "A and B were among the leaders who attended the summit", "A
// and B are among the ministers at the conference": a list of those
// present, not two sides, though a summit or talks noun stands in the
// sentence (issue 14's four-hundred-and-sixty-fourth round; p2817,
// p2819, p2820).
func amongCompany(toks []text.Token, e int) bool {
	return e+2 < len(toks) && (toks[e].Lower == "were" || toks[e].Lower == "are") && toks[e+1].Lower == "among" && toks[e+2].Lower == "the"
}
