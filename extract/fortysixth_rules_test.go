package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's forty-sixth round: meetings whose two people were both found
// but whose meeting was not read, the shapes the forty-sixth probe batch
// (p308-p313) and the probe's missed pairs showed, each with sentences of
// its own.

// A reception's object named after a description of them — "received her
// Chilean counterpart, X", "hosted her Peruvian counterpart, X", "saw the
// opposition leader, Dr X" — is the person received, though the name
// stands beyond the few words after the verb that were read (p296, p275,
// p309, p312; p270's "saw the opposition leader, Dr X" in a sentence
// alone). A name after the description that speaks next is a source, not
// the person received.
func TestReceivedDescribedPerson(t *testing.T) {
	for _, text := range []string{
		"Talks\nForeign Minister Ana Rossi received her Chilean counterpart, Piet Grout, at the ministry on Tuesday.",
		"Talks\nPresident Ana Rossi hosted her Peruvian counterpart, Piet Grout, at the palace on Tuesday.",
		"Talks\nPresident Ana Rossi then saw the opposition leader, Dr Piet Grout, at his home on Tuesday.",
	} {
		if got := pairsOf(t, text); !slices.Contains(got, "Ana Rossi|Piet Grout") {
			t.Errorf("%q: pairs %v, want Ana Rossi|Piet Grout", text, got)
		}
	}
	for _, text := range []string{
		"Talks\nPresident Ana Rossi received the new proposal on Tuesday, Trade Minister Piet Grout said.",
		"Talks\nPresident Ana Rossi saw the rise in prices as a warning, Trade Minister Piet Grout said.",
	} {
		if got := pairsOf(t, text); slices.Contains(got, "Ana Rossi|Piet Grout") {
			t.Errorf("%q: a speaker read as received: pairs %v", text, got)
		}
	}
}

// "visited Y with X": the person of the "with" phrase goes along on the
// visit, also when named after a title or a description ("with Deputy
// Prime Minister X", "with the deputy prime minister, X"; p307, p310,
// p313), and a place the gazetteer lacks as the visit's object is where
// they were (p307's Punakha, p313's checkpost town).
func TestVisitedWithTitledCompanion(t *testing.T) {
	for _, text := range []string{
		"Talks\nOn Saturday Prime Minister Ana Rossi visited Lomtown with Deputy Prime Minister Piet Grout.",
		"Talks\nOn Saturday Prime Minister Ana Rossi visited Lomtown with the deputy prime minister, Piet Grout.",
	} {
		ms := heldAt(t, text, corefPub)
		i := slices.IndexFunc(ms, func(m graph.Meeting) bool { return slices.Equal(m.Participants, []string{"Ana Rossi", "Piet Grout"}) })
		if i < 0 {
			t.Errorf("%q: meetings %+v, want Ana Rossi with Piet Grout", text, ms)
			continue
		}
		if ms[i].Place != "Lomtown" {
			t.Errorf("%q: place %q, want Lomtown", text, ms[i].Place)
		}
	}
	// A visit with no "with" names no companion; "visited with" no place.
	if got := pairsOf(t, "Talks\nOn Saturday Prime Minister Ana Rossi visited Lomtown, and Trade Minister Piet Grout said the road was open."); slices.Contains(got, "Ana Rossi|Piet Grout") {
		t.Errorf("a speaker after a visit read as companion: %v", got)
	}
}

// "the Special Representative for Central Asia, X": a region after a
// title's "for" completes the title and is no participant, though the
// region's word read as a title made it a name (p94).
func TestRegionAfterTitleTakesNoPart(t *testing.T) {
	ms := heldAt(t, "Talks\nMinister Ana Rossi met the Special Representative for Central Asia, Piet Grout, on Monday.", corefPub)
	if len(ms) != 1 || !slices.Equal(ms[0].Participants, []string{"Ana Rossi", "Piet Grout"}) {
		t.Errorf("meetings %+v, want one of Ana Rossi and Piet Grout", ms)
	}
}

// "In the afternoon, ..." or "In the evening, ..." opening a sentence of
// a readout goes on with the day of the meeting told before (p94, p309).
func TestDayPartOpenerKeepsTheDay(t *testing.T) {
	pub := time.Date(2025, 5, 15, 0, 0, 0, 0, time.UTC)
	text := "Talks\nOn 12 May, Minister Ana Rossi met Trade Minister Piet Grout in Lomtown. In the evening, Minister Ana Rossi received Ambassador Jon Holt."
	ms := heldAt(t, text, pub)
	i := slices.IndexFunc(ms, func(m graph.Meeting) bool { return slices.Contains(m.Participants, "Jon Holt") })
	if i < 0 || ms[i].Date != "2025-05-12" {
		t.Errorf("meetings %+v, want Jon Holt's on 2025-05-12", ms)
	}
}

// "A was accompanied by B, who met his Bhutanese counterpart, C, on
// Friday": the comma that sets C's name after the description inside the
// relative clause does not close the clause, so B meets C (p307, p313).
func TestRelativeClauseObjectInApposition(t *testing.T) {
	for _, text := range []string{
		"Talks\nPresident Ana Rossi was accompanied by Trade Minister Piet Grout, who met his Chilean counterpart, Jon Holt, on Friday.",
		"Talks\nPresident Ana Rossi was accompanied by Trade Minister Piet Grout, who met his Chilean counterpart, Colonel Jon Holt, on Friday.",
	} {
		got := pairsOf(t, text)
		if !slices.Contains(got, "Jon Holt|Piet Grout") {
			t.Errorf("%q: pairs %v, want Jon Holt|Piet Grout", text, got)
		}
		if slices.Contains(got, "Ana Rossi|Jon Holt") {
			t.Errorf("%q: the one accompanied joined the relative clause's meeting: %v", text, got)
		}
	}
}
