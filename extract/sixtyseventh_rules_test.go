package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's sixty-seventh round: meetings not read although both people
// are found, each shape with sentences of its own.

// wantOneHeld fails unless text holds exactly one held meeting, of want.
func wantOneHeld(t *testing.T, text string, want ...string) {
	t.Helper()
	got := heldPairs(t, text)
	slices.Sort(want)
	if len(got) != 1 || !slices.Equal(got[0], want) {
		t.Errorf("%q: held %v, want %v", text, got, want)
	}
}

// "had an audience with X": an audience granted is an encounter (p434,
// p435; p255 and p259 tell it "after his audience with"); an audience of
// listeners ("told an audience of students") is none.
func TestAudienceWithIsAnEncounter(t *testing.T) {
	wantOneHeld(t, "On Friday the minister Olaf Brandt had an audience with King Harald Moen at the palace.",
		"Olaf Brandt", "Harald Moen")
	wantOneHeld(t, "Olaf Brandt had an audience with President Ana Ruiz in Lima on Tuesday.",
		"Olaf Brandt", "Ana Ruiz")
	// Minimal pair: listeners, no encounter.
	if got := heldPairs(t, "Olaf Brandt told an audience of students on Friday that Ana Ruiz would win the vote."); len(got) != 0 {
		t.Errorf("audience of listeners: held %v, want none", got)
	}
}

// "The talks brought together A, B and C": talks that brought people
// together took place, with them at the table, even when the sentence
// gives neither place nor day (p350, p438). Talks that "will bring
// together" people are still to come.
func TestTalksBroughtTogether(t *testing.T) {
	wantOneHeld(t, "The talks brought together Chile's foreign minister, Ana Lind, and Peru's trade minister, Pablo Soto.",
		"Ana Lind", "Pablo Soto")
	// Minimal pair: the talks are ahead.
	if got := heldPairs(t, "The talks will bring together Chile's foreign minister, Ana Lind, and Peru's trade minister, Pablo Soto."); len(got) != 0 {
		t.Errorf("talks ahead: held %v, want none", got)
	}
}

// "agreed on Tuesday ..., at the close of two days of talks. The talks
// brought together A and B": the talks the second sentence names are those
// that closed on the day the first tells (p350), as "after talks" would.
func TestTalksClosedOnTheDayTold(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Title\nChile and Peru agreed on Tuesday to reopen the river crossing, at the close of two days of talks. The talks brought together Chile's foreign minister, Ana Lind, and Peru's trade minister, Pablo Soto.",
		Published: time.Date(2025, 5, 7, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Meetings) != 1 || rec.Meetings[0].Date != "2025-05-06" {
		t.Errorf("meetings %+v, want one on 2025-05-06", rec.Meetings)
	}
}
