package extract

import "testing"

// Issue 14's four-hundred-and-thirty-fifth round: European agencies on EU,
// NATO and OSCE meetings and bilateral visits (p2642-p2647: dpa on a
// foreign minister's Warsaw visit of 2007 and a NATO ministerial of 2022,
// ANSA on a Rome visit of 2008, PAP on a NATO summit of 2016, CTK on a
// Bratislava visit of 2009, Europa Press on an OSCE council of 2007);
// each rule with sentences of its own.

// An agency's bracketed credit and a dash before the town and day, "(AGI)
// - Town, May 2 -", open a dateline: the town is where the story's
// meeting was, not a place its first sentence names for another matter
// (mention.bracketCreditEnd; p2643, p1721 in the probe).
func TestBracketCreditBeforeTownDateline(t *testing.T) {
	rec := run(t, "Ministers meet\n\n(AGI) - Milan, May 2 - Foreign Minister Hans Brecker on Tuesday met his Dutch counterpart Piet Vermaal at the prefecture, despite their differences over Cyprus.\n", "2006-05-02")
	found := false
	for _, m := range rec.Meetings {
		if m.Place == "Milan" {
			found = true
		}
	}
	if !metPair(rec, "Hans Brecker", "Piet Vermaal") || !found {
		t.Errorf("want the ministers' meeting in Milan: %s", dump(rec))
	}
}
