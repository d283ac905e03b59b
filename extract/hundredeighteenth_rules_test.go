package extract

import (
	"testing"

	text2 "github.com/parley-dev/parley/extract/text"
)

// Issue 14's hundred-and-eighteenth round: an untargeted batch (p740-p745),
// each shape it showed with sentences of its own.

// "By a Staff Writer", alone under the headline: an unnamed credit line
// whose capitalized title word was read as a surname, so the article had a
// person "Writer" (p742). An unnamed credit, "by a", "by an" or "by our"
// and at most three words ending in a newsroom title, alone on its line,
// is now a byline (staffBylineRE in IsByline, text/lead.go). Negative
// cases: a sentence opening "By a vote of ..." stays, and a credit line
// that goes on with a place and a day stays, as it is the dateline too.
func TestUnnamedStaffCreditLine(t *testing.T) {
	text := "Harbour talks resume\nBy a Staff Correspondent\nThe mayor, Tomas Verhoek, met the port director, Ilse Brandt, on Monday to discuss the dredging contract."
	rec := run(t, text, "2025-05-07")
	if a := actorNamed(rec, "Correspondent"); a != nil {
		t.Errorf("the credit line's title read as a person: %s", dump(rec))
	}
	if mustMeeting(t, rec, "Tomas Verhoek", "Ilse Brandt") == nil {
		t.Errorf("want the Verhoek-Brandt meeting: %s", dump(rec))
	}
	for line, want := range map[string]bool{
		"By a Staff Writer":                         true,
		"By our Foreign Affairs Reporter":           true,
		"By an Occasional Correspondent.":           true,
		"By a vote of nine to four, the staff":      false,
		"By a correspondent, Mombasa, 3 June 1987":  false,
		"By a wide margin the reporters backed him": false,
	} {
		if got := text2.IsByline(line); got != want {
			t.Errorf("IsByline(%q) = %v, want %v", line, got, want)
		}
	}
}
