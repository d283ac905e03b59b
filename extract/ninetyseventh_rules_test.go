package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's ninety-seventh round: an untargeted batch (p614-p619).

// An older paper's dateline closes with a full stop or the line's end, and
// may print the month in capitals ("KANO, APRIL 8." on a line of its own,
// "KANO, April 8. Officials ..."): its day is the day the story's "today",
// "this afternoon" and weekdays count from when the paper printed it the
// next morning, as for a wire dateline (p617).
func TestDatelineClosedByFullStop(t *testing.T) {
	pub := time.Date(1961, 4, 9, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Talks in Kano\nFrom our Correspondent\nKANO, APRIL 8.\nPresident Omar Dialo had a long talk with Prime Minister Karl Heine here this afternoon.",
		"Talks in Kano\nKANO, April 8. President Omar Dialo had a long talk with Prime Minister Karl Heine here this afternoon.",
		"Talks in Kano\nKANO, 8 April\nPresident Omar Dialo had a long talk with Prime Minister Karl Heine here this afternoon.",
	} {
		ms := heldAt(t, text, pub)
		if len(ms) != 1 {
			t.Fatalf("%q: held %v, want one meeting", text, ms)
		}
		if ms[0].Date != "1961-04-08" {
			t.Errorf("%q: met on %q, want the dateline's day 1961-04-08", text, ms[0].Date)
		}
	}
	// Without a publication day the dateline gives it.
	if day, _, ok := DatelineDate("Talks in Kano\nKANO, APRIL 8, 1961.\nText.", time.Time{}); !ok || !day.Equal(time.Date(1961, 4, 8, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("capitals dateline read as %v %v", day, ok)
	}
	// Minimal pair: a dateline's day a week before the printing is no
	// filing of the day's news; "this afternoon" stays the printing day.
	text := "Talks in Kano\nKANO, APRIL 2.\nPresident Omar Dialo had a long talk with Prime Minister Karl Heine here this afternoon."
	if ms := heldAt(t, text, pub); len(ms) != 1 || ms[0].Date != "1961-04-09" {
		t.Errorf("%q: held %v, want the printing day 1961-04-09", text, ms)
	}
	// Nor is a headline's or sentence's comma before a month a dateline
	// when lower-case words come before it.
	if _, _, ok := DatelineDate("Talks resume in Kano, April 8.\nText.", time.Time{}); ok {
		t.Errorf("a headline read as a dateline")
	}
}

// "The government team, headed by X, and the rebel delegation, which
// included Y, sat down with Z": a delegation's "which included" names its
// members as "led by" names its head, so Y is among the subject's people
// (p618).
func TestDelegationWhichIncluded(t *testing.T) {
	for _, text := range []string{
		"Talks in Kano\nKANO (AP) - The army team, headed by General Omar Dialo, and the rebel delegation of the Northern Liberation Front, which included commander Karl Heine, then sat down together with envoy Lena Vogt on Friday.",
		"Talks in Kano\nKANO (AP) - The army team, headed by General Omar Dialo, and the rebel delegation, which included commander Karl Heine, sat down with envoy Lena Vogt on Friday.",
	} {
		got := pairsOf(t, text)
		if !slices.Contains(got, "Karl Heine|Lena Vogt") || !slices.Contains(got, "Karl Heine|Omar Dialo") {
			t.Errorf("%q: the delegation's member was left out: %v", text, got)
		}
	}
	// Minimal pair: "which included" after a noun that is no delegation
	// names no member of the subject.
	text := "Talks in Kano\nKANO (AP) - The army team, headed by General Omar Dialo, and the draft accord, which included a clause written by Karl Heine, were put before envoy Lena Vogt on Friday."
	if got := pairsOf(t, text); slices.Contains(got, "Karl Heine|Lena Vogt") {
		t.Errorf("%q: a document's author was read as a participant: %v", text, got)
	}
}
