package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-forty-fifth round: a stranger's batch
// (p1502-p1507: the opening session of a 1968 peace conference, a 1977
// meeting of two community leaders under a secretary-general's auspices,
// army chiefs' ceasefire talks in 1988, two foreign ministers' talks
// opened by a host minister in 2024, the launch of guerrilla peace talks
// in 2016, a 1959 presidential visit); each rule with sentences of its
// own.

// "A met B at the Munich Security Conference", "on the margins of the
// Lisbon Summit": the gathering's own name opens with its city, and the
// meeting told at it was held there, not in the dateline's city
// (namedGatheringCity, meeting/namedgathering.go; p1505, p712, p200). The
// negative cases: "after the Lisbon summit" and "the outcome of the
// Lisbon conference" tell another time and a topic, no venue, and "the
// Northern Security Conference" names no city.
func TestNamedGatheringCityIsPlace(t *testing.T) {
	for _, text := range []string{
		"Leaders meet\nBERLIN, May 6 - Chancellor Tomas Verhoek met President Peter Moyo at the Munich Security Conference on Saturday.",
		"Leaders meet\nBERLIN, May 6 - Chancellor Tomas Verhoek met President Peter Moyo on the margins of the Munich Security Conference on Saturday.",
		"Leaders meet\nBERLIN, May 6 - The deal was agreed when Chancellor Tomas Verhoek met President Peter Moyo on the sidelines of the Munich conference on Saturday.",
	} {
		if p := placeOfPair(t, text, "Tomas Verhoek", "Peter Moyo"); p != "Munich" {
			t.Errorf("%q: place %q, want Munich", text, p)
		}
	}
	for _, text := range []string{
		"Leaders meet\nBERLIN, May 6 - Chancellor Tomas Verhoek met President Peter Moyo on Saturday after the Munich summit.",
		"Leaders meet\nBERLIN, May 6 - Chancellor Tomas Verhoek met President Peter Moyo on Saturday to discuss the outcome of the Munich conference.",
		"Leaders meet\nBERLIN, May 6 - Chancellor Tomas Verhoek met President Peter Moyo at the Northern Security Conference on Saturday.",
	} {
		if p := placeOfPair(t, text, "Tomas Verhoek", "Peter Moyo"); p == "Munich" {
			t.Errorf("%q: place Munich, want none from the gathering's name", text)
		}
	}
}
