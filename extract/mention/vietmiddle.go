package mention

import "github.com/parley-dev/parley/extract/text"

// vietMiddleThe: the capitalized "The" at k, inside a sentence, right
// after a Vietnamese family name and before a capitalized name word, is a
// middle name ("Ambassador Nguyen The X"). nameParticleWord keeps "The"
// out of names as a likely lost sentence break, so the run ended at the
// family name and the person was lost (issue 14's
// four-hundred-and-forty-seventh round; p2715, p2676). A title word after
// it ("Tran The President ...") leaves the break.
func vietMiddleThe(s *text.Sentence, k int) bool {
	toks := s.Toks
	if s.Title || k < 1 || k+1 >= len(toks) || toks[k].Text != "The" {
		return false
	}
	p, n := toks[k-1], toks[k+1]
	return p.Word && p.Cap && !p.Acronym && vietFamilyNames[p.Lower] &&
		n.Word && n.Cap && !n.Acronym && !functionWords[n.Lower] && !IsTitleWord(n.Lower)
}

var vietFamilyNames = lex("vietFamilyNames")
