package extract

import "testing"

// Issue 14's four-hundred-and-twenty-sixth round: an untargeted batch of
// South Asian dailies and agencies (p2588-p2593: a Karachi daily's
// Rawalpindi ministerial talks of 1962, a Pakistani agency's Geneva
// proximity talks of 1988, a Kathmandu daily's government-rebel round of
// 2003, a Bangladeshi agency's tripartite Delhi accord of 1974, a Dhaka
// daily's prime ministers' talks of 2011, an Indian government readout of
// calls in 2015); each rule with sentences of its own.

// "X, the Commonwealth Secretary, accompanied Y": a companion told in the
// active voice with his post in apposition joins the talks Y is at, even
// when the sentence before told them as two encounters, the states' talks
// and the delegations' sitting (apposedCompanion, apposedSplit; p2588,
// p1062, p1799). The negative case: a companion of one at no meeting told
// joins none.
func TestApposedActiveCompanion(t *testing.T) {
	rec := run(t, "Talks open in Valdora\n\nVALDORA, March 3: Talks between Ruritania and Freedonia opened here this morning and the two delegations met for three hours.\n"+
		"The Ruritanian delegation was led by Mr. Karl Brenner, Minister for Trade, while the Freedonian team was headed by Mr. Otto Vasquez, Minister for Railways.\n"+
		"Mr. Hans Ludig, Commonwealth Secretary, accompanied Mr. Vasquez.\n", "1961-03-04")
	if !metPair(rec, "Hans Ludig", "Karl Brenner") {
		t.Errorf("want the companion at the talks: %s", dump(rec))
	}
	rec = run(t, "Ministers travel\n\nVALDORA, March 3: Mr. Hans Ludig, the Commonwealth Secretary, accompanied Mr. Otto Vasquez on a tour of the flooded provinces today.\n\nThe tour ends on Friday.\n", "1961-03-04")
	if metPair(rec, "Hans Ludig", "Otto Vasquez") {
		t.Errorf("want no meeting of a tour: %s", dump(rec))
	}
}
