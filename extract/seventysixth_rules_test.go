package extract

import (
	"slices"
	"testing"
)

// Issue 14's seventy-sixth round: participants not found and persons
// missed, each shape with sentences of its own.

// A romanized given name whose second syllable is also an English word
// ("-in", "-un") is one name with its family name: "Moon Jae-in" and
// "Kim Jong-un" (p437, p492), not "Moon Jae". A longer compound after a
// name ("a Tom Kerr-in-waiting") is no given name.
func TestRomanizedSyllableInName(t *testing.T) {
	text := "Unification Minister Park Sang-in met North Korean envoy Ri Chol-un at the border village on Monday."
	ps := personsOf(t, text)
	for _, want := range []string{"Park Sang-in", "Ri Chol-un"} {
		if _, ok := ps[want]; !ok {
			t.Errorf("%q: persons %v, want %s", text, names(ps), want)
		}
	}
	neg := "Party elders see Governor Tom Kerr-in-waiting as a rival after he met President Ana Lobo in Dili on Monday."
	if ps := personsOf(t, neg); slices.Contains(names(ps), "Tom Kerr-in") {
		t.Errorf("%q: a compound read as a given name: %v", neg, names(ps))
	}
}

// A full name named once after a state's possessive ("Serbia's X") is
// described by it, as "X of Serbia" is: X is an actor of the story
// (p187, p241, p253, p344). After a person's possessive ("Lobo's X"), or
// a state's after a locative preposition ("in Peru's X"), it is not.
func TestStatePossessiveDescribesPerson(t *testing.T) {
	text := "Peru's Marco Quispe and Chile's Elena Rojas exchanged no greeting as the border commission opened."
	ps := personsOf(t, text)
	for _, want := range []string{"Marco Quispe", "Elena Rojas"} {
		if _, ok := ps[want]; !ok {
			t.Errorf("%q: persons %v, want %s", text, names(ps), want)
		}
	}
	for _, neg := range []string{
		"Analysts compared the commission to Lobo's Tiago Mendes, a novel, as the talks opened.",
		"The commission opened in Peru's Casa Tupac Amaru with a minute of silence.",
	} {
		if ps := personsOf(t, neg); len(ps) != 0 {
			t.Errorf("%q: a name after a possessive read as a person: %v", neg, names(ps))
		}
	}
}
