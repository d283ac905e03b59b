package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-seventy-first round: an untargeted batch
// (p3458-p3463: British, American and Indian newspapers and agencies on
// independence and decolonization negotiations, 1946-1974 — a wire on the
// Cabinet Mission's Simla conference, an agency on the Lugrin talks, a
// broadsheet on a Lancaster House conference, an agency on the Batavia
// statements, a wire on the Algiers accord, a daily on Downing Street
// talks); each rule with sentences of its own.

// fivehundredseventyfirstPersons: the names of the record's persons.
func fivehundredseventyfirstPersons(rec graph.Record) []string {
	var out []string
	for _, a := range rec.Actors {
		if a.Kind == graph.Person {
			out = append(out, a.Name)
		}
	}
	return out
}

// Initials before a lower-case surname particle stay in the name: "J. K.
// van Dorsten", "Antero S. de Valdes" are one person each, not "J. K" and
// "Dorsten" (middleInitial; p3461, p1752, p1436, p1511, p1977, p3180,
// p854, p1771). The negative case: an abbreviation before a particle and
// a lower-case word ("the U.S. de facto envoy") opens no name.
func TestInitialsBeforeSurnameParticle(t *testing.T) {
	text := "Talks resume\nBATAVIA, May 7 (AP) - Dr. J. K. van Dorsten met Antero S. de Valdes at the hotel today."
	rec := corefRecord(t, text)
	if !heldAll(rec, "J. K. van Dorsten", "Antero S. de Valdes") {
		t.Errorf("want the two whole names at the meeting, got %s", dump(rec))
	}
	for _, n := range fivehundredseventyfirstPersons(rec) {
		if n == "J. K" || n == "Antero S" {
			t.Errorf("a name cut at its particle: %q in %v", n, fivehundredseventyfirstPersons(rec))
		}
	}
	text = "Talks resume\nBATAVIA, May 7 (AP) - Marten Holst, the U.S. de facto envoy, met Ivo Sandrek at the hotel today."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Marten Holst", "Ivo Sandrek") || slices.ContainsFunc(fivehundredseventyfirstPersons(rec), func(n string) bool { return n == "U.S" }) {
		t.Errorf("want the envoy's meeting and no person U.S, got %s", dump(rec))
	}
}
