package extract

import "testing"

// Issue 14's two-hundred-and-sixty-second round: a stranger's batch
// (p1604-p1609: three West African leaders meeting in a village, 1959; two
// heads of government meeting for the first time in a New York hotel,
// 1960; a sea-border treaty signed by two prime ministers, an Australian
// paper, Sydney, 1978; two prime ministers fixing the end of a
// federation, a national agency, Brno, 1992; two presidents agreeing on
// embassies, a French agency, Damascus, 2008; a chief adviser's talks on
// a summit's sidelines, a Dhaka daily, Bangkok, 2025); each rule with
// sentences of its own.

// "signed the treaty on the Marren Strait after five years of
// negotiation": a water between coasts, a lagoon or a chain of islands
// is no person, so it neither joins the signing nor the persons
// (nonActorHeads in the lexicon; p1606). The positive case: the two
// leaders who signed are still found.
func TestStraitIsNoPerson(t *testing.T) {
	for _, s := range []string{
		"Mr Oster and Mr Dorn today signed the treaty on the Marren Strait after five years of negotiation.",
		"Mr Oster and Mr Dorn today signed the treaty on the Sella Lagoon after five years of negotiation.",
		"Mr Oster and Mr Dorn today signed the treaty on the Kello Archipelago after five years of negotiation.",
	} {
		rec := hundredeightyfourthRecord(t, "Border treaty\nKORAM - "+s)
		for _, w := range []string{"Marren Strait", "Sella Lagoon", "Kello Archipelago"} {
			if hasPerson(rec, w) {
				t.Errorf("%s: a water read as a person: %s", s, dump(rec))
			}
		}
		if !metPair(rec, "Oster", "Dorn") {
			t.Errorf("%s: want Oster with Dorn: %s", s, dump(rec))
		}
	}
}
