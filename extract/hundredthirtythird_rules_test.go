package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-third round: an untargeted batch (p830-
// p835: a feature with background paragraphs, a live blog, a press notice
// with a list of participants, a translated foreign-ministry readout, a
// local paper's report of a visit, an obituary of a negotiator); a
// handshake as an encounter, with sentences of its own.

// People who shake hands meet: "A and B shook hands at the border post",
// "A shook hands with B", also past a relative clause on the subjects
// ("A and B, who have not met since the war, shook hands") —
// meeting.handshake, meetings.go; p462). Only a handshake the sentence
// sets in a place or on a day of its own, between people it names, is an
// encounter of its own. The negative cases: "shook" with another object
// ("the crisis shook the government of A and B") is no encounter; states
// read for "the foreign ministers of C and D" take no part in a
// handshake; "A and B shook hands after the signing", told with no place
// or day, is a gesture at the meeting told before, not a second one.
func TestHandshakeMeets(t *testing.T) {
	for _, text := range []string{
		"Border accord\nPresident Ana Soto and Prime Minister Luis Vera shook hands on the bridge over the river on Thursday.",
		"Border accord\nPresident Ana Soto shook hands with Prime Minister Luis Vera at the border post on Thursday.",
		"Border accord\nAna Soto and Luis Vera, who have not met since the war, shook hands at the palace on Friday.",
	} {
		if got := pairsOf(t, text); !slices.Contains(got, "Ana Soto|Luis Vera") {
			t.Errorf("%q: want Ana Soto|Luis Vera, got %v", text, got)
		}
	}
	// Negative: another object of "shook".
	if got := pairsOf(t, "Border accord\nThe crisis shook the government of President Ana Soto and Prime Minister Luis Vera on Thursday."); len(got) > 0 {
		t.Errorf("shook the government: want no pair, got %v", got)
	}
	// Negative: a handshake with no setting of its own adds no meeting.
	noPairNaming(t, "Border accord\nPresident Ana Soto received Karl Holm in Lima on Monday. Rui Sardinha and Luis Vera shook hands after the signing.", "Rui Sardinha")
	// Negative: states are no hands.
	noPairNaming(t, "Border accord\nThe foreign ministers of Chile and Peru shook hands on the bridge on Thursday with the mediator, Karl Holm, standing between them.", "Chile", "Peru")
}
