package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-sixty-second round: met pairs missed although
// both people are found (p1004-p1009: a summit of a negotiating format
// named by its label, a group of mediators that "met", a photo caption,
// a fireside tete-a-tete, a premier who "sat down with" another, and
// two leaders told as "They" after a sentence that names them but tells
// no meeting); each rule with sentences of its own.

// A meeting with no time of its own dated "before" or "after" an event
// noun the sentence just before told with its time ("the day before the
// announcement", after "last month's announcement") takes that time, a
// day shifted by "the day before" (toldEventTime, meeting/when.go;
// p1009). The negative case: an event noun the sentence before does not
// hold leaves the publication month.
func TestDatedByEventOfSentenceBefore(t *testing.T) {
	call := " Chancellor Ilse Brandauer and President Samuel Otieno spoke by phone the day before the "
	for _, c := range []struct{ text, want string }{
		{"The two governments made their announcement on April 14 that trade would double." + call + "announcement.", "2025-04-13"},
		{"Last month's announcement by the two governments surprised the markets." + call + "announcement.", "2025-04"},
		{"The two governments made their announcement on April 14 that trade would double." + call + "election.", "2025-05"},
	} {
		got := datesHeld(t, c.text, "Ilse Brandauer", "Samuel Otieno")
		if !slices.Equal(got, []string{c.want}) {
			t.Errorf("%q: want the call on %s, got %v", c.text, c.want, got)
		}
	}
}
