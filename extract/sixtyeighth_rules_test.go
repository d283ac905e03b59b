package extract

import "testing"

// Issue 14's sixty-eighth round: meetings at a seat of government named by
// its office and no city ("at the presidency", "at the ministry") in a
// story filed from a capital, the construction of the sixty-eighth probe
// batch (p440-p445), with sentences of its own.

// A meeting further down the story "at the ministry" or "at the
// presidency", of the dispatch's own days, is at the home state's seat in
// the capital the story is filed from (p440, p445). A seat named by
// another state ("at the Ruritanian presidency") is abroad and takes no
// place from the dateline.
func TestGovernmentSeatInCapital(t *testing.T) {
	lead := "Road link agreed\nNAIROBI, October 17 - The two governments agreed yesterday to finish the road link within two years.\n" +
		"Officials said the work would begin in the dry season.\n" +
		"Funding will come from a regional bank.\n"
	ministry := lead + "The trade secretary Lena Vogt yesterday held talks with her counterpart Tomas Ferreira at the ministry."
	wantPlace(t, ministry, "Lena Vogt", "Tomas Ferreira", "Nairobi")
	presidency := lead + "Lena Vogt was received yesterday by Tomas Ferreira at the presidency."
	wantPlace(t, presidency, "Lena Vogt", "Tomas Ferreira", "Nairobi")
	// Another state's seat: not the dateline's city.
	abroad := lead + "Lena Vogt was received yesterday by Tomas Ferreira at the Egyptian presidency."
	wantPlace(t, abroad, "Lena Vogt", "Tomas Ferreira", "")
}
