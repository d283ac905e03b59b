package extract

import (
	"slices"
	"testing"
)

// Issue 14's three-hundred-and-forty-fourth round: one person meeting
// several apart (p2096-p2101: a wire's "met separately with", a
// shuttle envoy seeing each leader in a town of their own, a list of
// those met told "A, then B, and later C"); the rule with sentences of
// its own.

// threehundredfortyfourthPaired: a held meeting of the record has both a
// and b among its participants.
func threehundredfortyfourthPaired(t *testing.T, text, a, b string) bool {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Meetings {
		if m.Status == "held" && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return true
		}
	}
	return false
}

// "X saw A on Monday, then B, and later C": each item of the list that a
// sequence adverb opens after a comma is an encounter of its own with the
// subject (commaSequence, meeting/distribute.go; p2098); A never met B.
// The negative case: "A, then foreign minister," is an apposition of
// the time, not a second person met.
func TestCommaSequenceOfThoseMet(t *testing.T) {
	text := "Envoy tours the region\nORAVA, May 6 - Envoy Tomas Velde saw Premier Ida Rusk on Monday, then President Karl Ostrom, and later Chancellor Mira Holt, on a tour of the region.\n"
	for _, p := range [][2]string{{"Tomas Velde", "Ida Rusk"}, {"Tomas Velde", "Karl Ostrom"}, {"Tomas Velde", "Mira Holt"}} {
		if !threehundredfortyfourthPaired(t, text, p[0], p[1]) {
			t.Errorf("want %s-%s met", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"Ida Rusk", "Karl Ostrom"}, {"Ida Rusk", "Mira Holt"}, {"Karl Ostrom", "Mira Holt"}} {
		if threehundredfortyfourthPaired(t, text, p[0], p[1]) {
			t.Errorf("want no %s-%s pair: each was seen apart", p[0], p[1])
		}
	}
	appos := "Talks in the capital\nORAVA, May 6 - Envoy Tomas Velde met Ida Rusk, then foreign minister, and President Karl Ostrom on Monday.\n"
	if !threehundredfortyfourthPaired(t, appos, "Ida Rusk", "Karl Ostrom") {
		t.Errorf("want Rusk-Ostrom in one meeting: \"then foreign minister\" opens no second encounter")
	}
}
