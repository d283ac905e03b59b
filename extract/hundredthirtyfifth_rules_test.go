package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-fifth round: an untargeted batch (p842-
// p847: a state visit in a 1960 broadsheet, a government readout of a
// call, a wire report of a talks round, a regional summit in a 1970s
// paper, a translated wire report of a mediated meeting, a local paper's
// report of an accord signing); companions told of "They", with
// sentences of its own.

// "They were assisted / accompanied / flanked by Y and by Z" right after
// a sentence that tells a held meeting of two or more people puts Y and Z
// at that meeting (rosters and escortedAt, roster.go; p847). "assisted"
// now opens a list of companions like "accompanied" (escortVerbs). The
// negative cases: a sentence between the meeting and "They" ("Crowds
// gathered outside") leaves "They" unresolved and adds no one; a "They"
// after no meeting adds no one.
func TestTheyEscortedJoinMeeting(t *testing.T) {
	for _, v := range []string{"assisted", "accompanied", "flanked"} {
		text := "Leaders sign pact\nPrime Minister Anil Varma and President Kamal Silva held talks in Lagos yesterday. They were " + v + " by Foreign Minister Ravi Perera and by Ambassador Tom Haldane."
		got := pairsOf(t, text)
		for _, want := range []string{"Anil Varma|Ravi Perera", "Kamal Silva|Tom Haldane"} {
			if !slices.Contains(got, want) {
				t.Errorf("%s: want %s, got %v", v, want, got)
			}
		}
	}
	// "X was assisted by Y" after X's meeting: Y sat with X.
	got := pairsOf(t, "Leaders sign pact\nPrime Minister Anil Varma held talks with President Kamal Silva in Lagos yesterday. Varma was assisted by Foreign Minister Ravi Perera.")
	if !slices.Contains(got, "Kamal Silva|Ravi Perera") {
		t.Errorf("was assisted by: want Kamal Silva|Ravi Perera, got %v", got)
	}
	// Negative: a sentence between the meeting and "They".
	noPairNaming(t, "Leaders sign pact\nPrime Minister Anil Varma and President Kamal Silva held talks in Lagos yesterday. Crowds gathered outside the hall. They were assisted by Foreign Minister Ravi Perera.", "Ravi Perera")
	// Negative: no meeting told before "They".
	noPairNaming(t, "Flood relief\nRescue teams reached the village of Oke on Monday. They were assisted by Governor Ravi Perera and by Colonel Tom Haldane.", "Ravi Perera")
}

// "The two leaders" after a sentence naming one more person than the
// meeting just told ("A and B signed ... C, who opposes the accord, did
// not attend the ceremony. The two leaders held talks ...") stands for
// the people of that held meeting, when it had just that many and was
// told at most two sentences before (PluralReferents, coref/coref.go;
// p847). The negative case: a meeting only planned is not pointed back to.
func TestTwoLeadersPastAnAbsentee(t *testing.T) {
	text := "Trade accord\nPeruvian Prime Minister Luis Vera and President Ana Soto signed a trade accord in Lima on Monday. Prime Minister Karl Holm, who opposes the accord, did not attend the ceremony. The two leaders held talks for an hour before the signing. They were assisted by Governor Rui Sardinha."
	got := pairsOf(t, text)
	for _, want := range []string{"Luis Vera|Rui Sardinha", "Ana Soto|Rui Sardinha"} {
		if !slices.Contains(got, want) {
			t.Errorf("want %s, got %v", want, got)
		}
	}
	noPairNaming(t, text, "Karl Holm")
	// Negative: the meeting told before is only planned.
	noPairNaming(t, "Trade accord\nPeruvian Prime Minister Luis Vera and President Ana Soto will sign a trade accord in Lima next week. Prime Minister Karl Holm, who opposes the accord, will not attend. The two leaders held talks for an hour before the signing. They were assisted by Governor Rui Sardinha.", "Rui Sardinha")
}
