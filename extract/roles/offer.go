package roles

import "github.com/parley-dev/parley/extract/text"

// pastOffer: the offer verb at o is in the past perfect ("A and B, which
// had offered to mediate earlier, welcomed the accord", p303; p217's
// "had offered to mediate in the early months of the war"; p192's "had
// offered to mediate in January; the union turned it down"). The story
// tells an offer overtaken by the talks it reports, made by someone who
// did not broker them, so it gives no role; an offer told in the present
// perfect ("X, who has offered to mediate", p50) is a standing policy and
// still does.
func pastOffer(toks []text.Token, o int) bool {
	return o >= 1 && toks[o-1].Lower == "had"
}
