package extract

import "testing"

// Issue 14's three-hundred-and-fifth round: an untargeted stranger's batch
// (p1862-p1867: a 1982 wire on two leaders' border talks, a 1978
// broadsheet on a vice-premier's talks in a city-state, a 1992 agency on a
// monarch's state visit, a 1990 paper on two ministers' talks at an
// independence ceremony, a 1984 agency on a president's state visit, a
// 1997 broadsheet on a president's visit to a sanctioned capital); each
// rule with sentences of its own.

// A shared short name under a title is the namesake the text gave that
// title before, even when another namesake was named first: after "First
// Lady X A" and "Foreign Minister X B", "Foreign Minister X" is X B
// (titledNamesake, actors/resolve.go; p1866, p1830). The negative case:
// an untitled "X" still falls to the first named, and a title no
// namesake bore decides nothing.
func TestTitledNamesake(t *testing.T) {
	lead := "Visit\n\nTARNOW, May 5 (Agency) -- President Anton Merel arrived here today with First Lady Pak Suri for a state visit to Dornland.\n\n" +
		"He is accompanied by Foreign Minister Pak Joon-ho and other officials.\n\n"
	rec := corefRecord(t, lead+"Foreign Minister Pak held a meeting with his Dornish counterpart Ilse Varga this evening, officials said.")
	if !metPair(rec, "Pak Joon-ho", "Ilse Varga") || metPair(rec, "Pak Suri", "Ilse Varga") {
		t.Errorf("want the titled short name read as the minister: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Pak held a meeting with Ilse Varga this evening, officials said.")
	if metPair(rec, "Pak Joon-ho", "Ilse Varga") {
		t.Errorf("want the untitled short name left to the first named: %s", dump(rec))
	}
}
