package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's hundred-and-sixty-seventh round: participants named only by
// a title or office in the meeting's sentence (p1034-p1039: an emir's
// mediation trip received by another emir, a pope welcoming a Soviet
// leader, an intelligence chief's talks with a prime minister, an
// armistice signed by two senior delegates named paragraphs later, a
// readout with names in their own order, and a chancellor received by a
// president named after the talks); each rule with sentences of its own.

// heldHas: one held meeting's participants are exactly want (sorted).
func heldHas(held [][]string, want ...string) bool {
	slices.Sort(want)
	return slices.ContainsFunc(held, func(p []string) bool { return slices.Equal(p, want) })
}

// An active welcome whose object is a title description with the name
// set off by commas after it — "welcomed the new Premier of the Republic,
// X, with honours" — receives X as "welcomed X" does (apposedTitleObject,
// meeting/meetings.go; p639). Before, only a name within four words of the
// verb made the welcome a reception. The negative case: "welcomed the
// ruling of the court, X said" has no title before the name, and X was
// not received.
func TestWelcomedTitleThenApposedName(t *testing.T) {
	held := heldPairs(t, "President Anna Lindqvist welcomed the new Prime Minister of the Republic of Moldova, Ion Cebotari, with a guard of honour at the palace on Monday.")
	if !heldHas(held, "Anna Lindqvist", "Ion Cebotari") {
		t.Errorf("want Lindqvist and Cebotari met, got %v", held)
	}
	held = heldPairs(t, "President Anna Lindqvist welcomed the ruling of the Supreme Court, Ion Cebotari, her spokesman, said on Monday.")
	if len(held) > 0 {
		t.Errorf("a welcomed ruling read as a reception: %v", held)
	}
}

// A clock time's "p.m." glossed in a parenthesis ("commencing at 3:20
// p.m. (local time) for about an hour", as readouts write it) ends no
// sentence, so the day opening it dates the meeting told after the gloss
// (clockGloss, text/sentences.go; p1038 dates 0.50 -> 1.00). The negative
// case: "p.m." before a capitalised word still ends a sentence, and that
// sentence's day is not the next one's.
func TestClockTimeGlossEndsNoSentence(t *testing.T) {
	date := func(text string) string {
		rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range rec.Meetings {
			if m.Status == "held" {
				return m.Date
			}
		}
		return "none"
	}
	if got := date("On June 3, commencing at 3:20 p.m. (local time) for about an hour, Prime Minister Aiko Tanabe held talks with President Rafael Ortiz in Lima."); got != "2025-06-03" {
		t.Errorf("want the meeting dated 2025-06-03, got %s", got)
	}
	if got := date("The delegation landed on June 3 at 3:20 p.m. Prime Minister Aiko Tanabe later held talks with President Rafael Ortiz in Lima."); got == "2025-06-03" {
		t.Errorf("the day of the sentence before dated the meeting: %s", got)
	}
}
