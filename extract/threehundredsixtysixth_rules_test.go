package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-sixty-sixth round: a stranger's batch
// (p2228-p2233: a Nairobi paper on a border memorandum, a press agency
// on a border deal, a London broadsheet's correspondent on a fishing
// accord, an agency on a foreign minister's visit, a 1930s wire on a war's
// peace protocol, a wire on truce talks); each rule with sentences of its
// own.

var roundSixtySixPub = time.Date(1976, 6, 3, 0, 0, 0, 0, time.UTC)

// "From Our Correspondent, Nairobi, June 2": the broadsheet's credit and
// the dateline on one line; the town after the credit is the dateline's,
// so a meeting the dispatch tells without a place took place there
// (mention.creditLineEnd; p2230, p1961, p956, p777, p1466, p1478). A
// credit with no town after it gives none.
func TestCreditLineDatelineTown(t *testing.T) {
	body := "\n\nPresident Paul Okello of Uganda and President James Wanjiru of Kenya met yesterday afternoon for more than three hours.\n"
	for _, credit := range []string{"From Our Correspondent, Nairobi, June 2", "From our Diplomatic Correspondent, Nairobi, June 2"} {
		held := heldAt(t, "Border talks go on"+"\n\n"+credit+body, roundSixtySixPub)
		if len(held) != 1 || held[0].Place != "Nairobi" {
			t.Errorf("%q: held %+v, want the one meeting, in Nairobi", credit, held)
		}
	}
	held := heldAt(t, "Border talks go on\n\nFrom Our Correspondent"+body, roundSixtySixPub)
	if len(held) != 1 || held[0].Place != "" {
		t.Errorf("no town: held %+v, want the one meeting, with no place", held)
	}
}

// "A and B put their names to the treaty in the presence of the envoys
// of three neighbours": people looking on, named by what they are, make
// the signing a ceremony of its own, as a named witness does
// (meeting.witnessPeopleAfter; p2232). A signing with nobody looking on
// and neither place nor time told stays no encounter of its own.
func TestSigningWitnessedByUnnamedPeople(t *testing.T) {
	lead := "Peace pact signed\n\nDr. Pedro Alvarado, the Chilean Foreign Minister, and Dr. Juan Mendieta, his Peruvian colleague, signed the treaty"
	for _, w := range []string{" in the presence of the envoys of three neighbouring states.", " in the presence of diplomats from the neighbouring states."} {
		held := heldAt(t, lead+w, roundSixtySixPub)
		if len(held) != 1 || len(held[0].Participants) != 2 {
			t.Errorf("%q: held %+v, want the signing of the two ministers", w, held)
		}
	}
	if held := heldAt(t, lead+".", roundSixtySixPub); len(held) != 0 {
		t.Errorf("no witness: held %+v, want none", held)
	}
}
