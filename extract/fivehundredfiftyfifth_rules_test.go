package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-fifty-fifth round: an untargeted batch
// (p3362-p3367: Russian, Azerbaijani, Armenian, Georgian and wire outlets
// on Armenian-Azerbaijani talks, 1999-2025 — an agency on a trilateral
// summit in Sochi, an agency on a leaders' meeting in Abu Dhabi, an agency
// on a quadrilateral in Prague, a wire on presidents' talks in Washington,
// an agency on a five-sided meeting in Chisinau, a wire on ministers'
// talks in Washington); each rule with sentences of its own.

// fivehundredfiftyfifthPersons lists the person actors of rec.
func fivehundredfiftyfifthPersons(rec graph.Record) []string {
	var out []string
	for _, a := range rec.Actors {
		if a.Kind == graph.Person {
			out = append(out, a.Name)
		}
	}
	return out
}

// "Neither" opening a sentence ("Neither spoke to reporters", "Neither
// leader signed") is a determiner, never a name (functionWords; p3365,
// p1037, p1500, p3032, p3045, p910). The negative case: the names it
// joins ("Neither Arbel nor Odell spoke") stay persons, met.
func TestNeitherIsNoName(t *testing.T) {
	for _, tail := range []string{"Neither spoke to reporters afterward.", "Neither leader took questions."} {
		text := "Leaders meet\nWASHINGTON (AP) - President Tom Arbel met Premier Sam Odell on Monday. " + tail
		rec := corefRecord(t, text)
		for _, n := range fivehundredfiftyfifthPersons(rec) {
			if n == "Neither" {
				t.Errorf("%q: Neither read as a person, got %s", tail, dump(rec))
			}
		}
	}
	text := "Leaders meet\nWASHINGTON (AP) - President Tom Arbel met Premier Sam Odell on Monday. Neither Arbel nor Odell spoke to reporters afterward."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Tom Arbel", "Sam Odell") || slices.ContainsFunc(fivehundredfiftyfifthPersons(rec), func(n string) bool { return strings.HasPrefix(n, "Neither") }) {
		t.Errorf("want the two named persons met and no Neither, got %s", dump(rec))
	}
}

// "X held talks with A and B", X of a third side, lists X's guests: A's
// and B's states are no two sides of a negotiation of their own (the
// "and" pair's guard withGuestsOfThirdSide; p3366, p2584, p3212, p3215).
// The negative cases: with a dispute told in the sentence ("talks with A
// and B on their border dispute") the two stay the sides, as they do when
// they are the sentence's subject.
func TestWithGuestsOfThirdSideNoPair(t *testing.T) {
	rec := corefRecord(t, "Talks\nPolish President Tom Arbel held talks on Friday with Austrian Chancellor Sam Odell and Danish Prime Minister Lena Varga on the sidelines of the summit.")
	parties, _ := roleNames(rec)
	if slices.Contains(parties, "Austria") && slices.Contains(parties, "Denmark") {
		t.Errorf("want no pair of the guests' states, got %v in %s", parties, dump(rec))
	}
	rec = corefRecord(t, "Talks\nUnited Nations envoy Tom Arbel held talks on Friday with Austrian Chancellor Sam Odell and Danish Prime Minister Lena Varga on their border dispute.")
	parties, _ = roleNames(rec)
	if len(parties) == 0 {
		t.Errorf("want the two sides of the dispute kept, got %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\nAustrian Chancellor Sam Odell and Danish Prime Minister Lena Varga held talks on Friday with Polish President Tom Arbel.")
	parties, _ = roleNames(rec)
	if len(parties) == 0 {
		t.Errorf("want the subjects' pair kept, got %s", dump(rec))
	}
}
