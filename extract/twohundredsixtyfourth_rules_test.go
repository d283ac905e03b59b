package extract

import (
	"testing"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-sixty-fourth round: a stranger's batch
// (p1616-p1621); each rule with sentences of its own.

// "A, chairman of X, and B, leader of Y, reached agreement": each
// person's apposition, set off by commas, stands between the two names
// and between the second name and the verb; the two still reached the
// agreement together (meeting.appositionThenAnd,
// meeting.namedPersonRightBefore; p1618, p1619).
func TestReachedAgreementAfterAppositions(t *testing.T) {
	for _, s := range []string{
		"The commander of the Borvian army, General Piet Oster, and Mr. Jan Dorn, chairman of the Arland Liberation Front, reached agreement in Koram yesterday on ending the clashes.",
		"Mr Piet Oster, leader of the pro-independence Borvian Front (BF), and Mr Jan Dorn, head of the Rally for Arland (RA), reached agreement in Koram yesterday.",
	} {
		rec := hundredeightyfourthRecord(t, "Accord reached\n"+s)
		if !metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%s: want Oster with Dorn: %s", s, dump(rec))
		}
	}
}

// "(FROM OUR OWN CORRESPONDENT.)": an old paper's credit line in
// parentheses and capitals, the period inside them, is a credit line as
// its plain form is, so it does not push the dateline below it out of
// the lead after a headline and a deck (text.IsByline; p1616, where
// "returned here" took no place). The negative case: a sentence that
// goes on after the title word is no credit.
func TestParenthesizedCreditLine(t *testing.T) {
	for _, s := range []string{"(FROM OUR OWN CORRESPONDENT.)", "(From Our Special Correspondent.)"} {
		if !text.IsByline(s) {
			t.Errorf("%s: want a credit line", s)
		}
	}
	if text.IsByline("(From our correspondent, who was present.)") {
		t.Errorf("a sentence read as a credit line")
	}
	rec := hundredeightyfourthRecord(t, "BORVIA SIGNS\n\nTREATY AT THE FRONTIER\n\n(FROM OUR OWN CORRESPONDENT.)\n\nKORAM, MAY 3.\n\nM. Oster returned here last night and was received at the station by M. Dorn, the Prime Minister.")
	if m := meetingOf(rec, "M. Oster", "M. Dorn"); m == nil || m.Place != "Koram" {
		t.Errorf("want Oster with Dorn at Koram: %s", dump(rec))
	}
}
