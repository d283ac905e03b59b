package extract

import (
	"slices"
	"testing"
)

// Issue 14's fifty-eighth round: met pairs at signings and co-chaired
// sessions, told in the ways the fifty-eighth probe batch (p380-p385) and
// the probe before it showed, each with sentences of its own.

// hasHeld: a held meeting of text has a and b among its participants.
func hasHeld(t *testing.T, text, a, b string) bool {
	t.Helper()
	for _, p := range heldPairs(t, text) {
		if slices.Contains(p, a) && slices.Contains(p, b) {
			return true
		}
	}
	return false
}

// "The text was initialled by A for X and by B for Y": an initialling in
// the passive brings its negotiators together as "was signed by" does
// (p87, p180, p382).
func TestPassiveInitiallingIsAMeeting(t *testing.T) {
	for _, text := range []string{
		"The draft was initialled by Deputy Minister Rosa Quintero for Peru and by Ambassador Tomas Arce for Chile.",
		"The protocol was initialed in Arica on Monday by Rosa Quintero and Tomas Arce.",
	} {
		if !hasHeld(t, text, "Rosa Quintero", "Tomas Arce") {
			t.Errorf("%q: want Quintero and Arce met, got %v", text, heldPairs(t, text))
		}
	}
	// Minimal pair: an initialling still to come is no held meeting.
	text := "Rosa Quintero and Tomas Arce hope to initial the draft next month."
	if hasHeld(t, text, "Rosa Quintero", "Tomas Arce") {
		t.Errorf("%q: a planned initialling held: %v", text, heldPairs(t, text))
	}
}

// "was signed on Saturday in the council chamber by A and B", "at the
// customs post in this border town by A and B": a venue noun of a town's
// or a border's buildings, and "this" before it, may stand between the
// passive and its agents (p244, p383).
func TestSignedInAChamberOrPostBy(t *testing.T) {
	for _, text := range []string{
		"The charter was signed on Saturday in the council chamber by Mayor Rosa Quintero and Mayor Tomas Arce.",
		"The truce was signed at the customs post on Friday by Colonel Rosa Quintero and Commander Tomas Arce.",
		"The truce was signed at the customs post in this border town by Colonel Rosa Quintero and Commander Tomas Arce.",
	} {
		if !hasHeld(t, text, "Rosa Quintero", "Tomas Arce") {
			t.Errorf("%q: want Quintero and Arce met, got %v", text, heldPairs(t, text))
		}
	}
}

// "The meeting was held under the co-chairmanship of A and B": the
// chairs of a meeting were there, as those "in the presence of" whom it
// was held (p333, p384); the noun "chairmanship" is no other noun whose
// complement the chairs are.
func TestMeetingUnderCoChairmanship(t *testing.T) {
	for _, text := range []string{
		"The third meeting of the joint fisheries commission was held in Arica on 3-4 May under the co-chairmanship of Deputy Minister of Peru Rosa Quintero and Deputy Minister of Chile Tomas Arce.",
		"Under the co-chairmanship of Minister Rosa Quintero and Minister Tomas Arce, the meeting of the joint fisheries commission took place in Arica on 4 May.",
	} {
		if !hasHeld(t, text, "Rosa Quintero", "Tomas Arce") {
			t.Errorf("%q: want Quintero and Arce met, got %v", text, heldPairs(t, text))
		}
	}
	// Minimal pair: a person who only speaks to a session meets nobody.
	text := "Minister Rosa Quintero told the session that Tomas Arce had resigned."
	if hasHeld(t, text, "Rosa Quintero", "Tomas Arce") {
		t.Errorf("%q: a speech read as a meeting: %v", text, heldPairs(t, text))
	}
}

// "A and B signed the text in the presence of C": a signing with a
// named witness is a ceremony, an encounter of its own, though it tells
// no place a gazetteer knows, or none (p247, p289).
func TestSigningInThePresenceOfAWitness(t *testing.T) {
	text := "Minister Rosa Quintero and Commander Tomas Arce signed the text in the presence of Bishop Ignacio Llosa."
	for _, pair := range [][2]string{{"Rosa Quintero", "Tomas Arce"}, {"Rosa Quintero", "Ignacio Llosa"}} {
		if !hasHeld(t, text, pair[0], pair[1]) {
			t.Errorf("%q: want %s and %s met, got %v", text, pair[0], pair[1], heldPairs(t, text))
		}
	}
	// Minimal pair: with no witness named, a signing told without place
	// or time is an act of the talks told before it, no meeting of its own.
	text = "Minister Rosa Quintero and Commander Tomas Arce signed the text in the presence of their aides."
	if got := heldPairs(t, text); len(got) != 0 {
		t.Errorf("%q: want no meeting, got %v", text, got)
	}
}
