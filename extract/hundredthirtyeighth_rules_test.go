package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-eighth round: met pairs missed although
// both people are found (p860-p865: a plenary and a side meeting "sat
// down with", an audience, courtesy calls, a readout recalling meetings,
// people who "joined them for lunch", an attendee list with honorifics
// and post-nominals); sentences of its own.

// A bare title after a meeting verb or "with" — "met the President",
// "sat down with the President", "called on the President" — is the one
// person named in the ten sentences before with exactly that title, as a
// bare title that opens a clause is (bareTitleRefs, meetingObjectLead,
// actors/positions.go; p864). The negative case: two people hold the
// title, so the bare title stays unresolved and pairs no one.
func TestBareTitleObjectOfMeeting(t *testing.T) {
	for _, v := range []string{"met the President", "sat down with the President", "called on the President"} {
		text := "Border talks\nPresident Omar Halabi flew into Tunis on Monday for a two-day stay. Later that day Prime Minister Rafael Ortiz " + v + " at the guest palace."
		if got := pairsOf(t, text); !slices.Contains(got, "Omar Halabi|Rafael Ortiz") {
			t.Errorf("%s: want Omar Halabi|Rafael Ortiz, got %v", v, got)
		}
	}
	// Negative: two presidents named before; the title is nobody's.
	noPairNaming(t, "Border talks\nPresident Omar Halabi and President Lena Moss flew into Tunis on Monday for a two-day stay. Later that day Prime Minister Rafael Ortiz met the President at the guest palace.", "Rafael Ortiz")
}
