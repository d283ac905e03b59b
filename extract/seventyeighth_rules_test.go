package extract

import (
	"slices"
	"strings"
	"testing"
)

// Issue 14's seventy-eighth round: posts and persons, each shape with
// sentences of its own.

// "Undersecretary" heads a title as "Secretary" does: "Foreign Affairs
// Undersecretary X", "Defense Undersecretary Y" name X and Y with their
// posts, not persons called "Affairs Undersecretary X" (p453, p502).
func TestUndersecretaryHeadsTitle(t *testing.T) {
	text := "Ecuadorian Foreign Affairs Undersecretary Marta Villar met Trade Undersecretary Rui Campos of Peru in Lima on Monday."
	ps := personsOf(t, text)
	for _, want := range []string{"Marta Villar", "Rui Campos"} {
		if _, ok := ps[want]; !ok {
			t.Errorf("%q: persons %v, want %s", text, names(ps), want)
		}
	}
	if got := ps["Marta Villar"]; !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, "Undersecretary") }) {
		t.Errorf("%q: Marta Villar's posts %v, want an undersecretary's", text, got)
	}
	neg := "An undersecretary from the ministry said the talks with Chile would resume after Easter."
	if ps := personsOf(t, neg); len(ps) != 0 {
		t.Errorf("%q: a lower-case title read as a person: %v", neg, names(ps))
	}
}

// A sentence may open with a title whose "of" or "for" complement runs
// into its holder's name ("Minister of Water and Sanitation X met"): the
// title is the post, though the article writes "the minister" elsewhere
// and so reads a capital "Minister" at a sentence's start as the common
// word (p251, p500, p505). A plural title opening the sentence
// ("Ministers of both countries") names no one.
func TestOpeningTitleWithComplement(t *testing.T) {
	text := "Minister of Water and Sanitation of Uganda Ruth Nakato met Kenya's Minister of Water Peter Wanjiku in Kampala on Monday. " +
		"The Kenyan minister later toured a dam."
	ps := personsOf(t, text)
	if got, ok := ps["Ruth Nakato"]; !ok || !slices.ContainsFunc(got, func(p string) bool { return strings.HasPrefix(p, "Minister of Water and Sanitation") }) {
		t.Errorf("%q: persons %v, Ruth Nakato's posts %v, want a Minister of Water and Sanitation", text, names(ps), got)
	}
	neg := "Ministers of both countries met in Kampala on Monday. The minister of water later toured a dam."
	if ps := personsOf(t, neg); len(ps) != 0 {
		t.Errorf("%q: a plural title read as a person: %v", neg, names(ps))
	}
}

// "the Lao PDR" names Laos as "Laos" does: "Minister of Energy of the Lao
// PDR X" is X with a post in Laos, not a person "PDR X" (p429, p500).
func TestLaoPDRIsLaos(t *testing.T) {
	text := "Minister of Health of the Lao PDR Bounmy Vongsa met Thai Health Minister Anan Srisuk in Vientiane on Monday."
	ps := personsOf(t, text)
	got, ok := ps["Bounmy Vongsa"]
	if !ok || !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, "@ Lao") }) {
		t.Errorf("%q: persons %v, Bounmy Vongsa's posts %v, want one in Laos", text, names(ps), got)
	}
}

// "Herr" and "Frau" are honorifics, as "Mr" and "Mrs" are, in English
// writing about Germans: "Herr X, of the Finance Ministry, attended" names
// X, titled once, an actor of the story (p466, p503). A capitalized "Herr"
// with no name after it names no one.
func TestHerrIsHonorific(t *testing.T) {
	text := "The talks in Bonn were also attended by Herr Karl von Eschen, of the Finance Ministry, and Frau Lotte Brauer, of the Economics Ministry."
	ps := personsOf(t, text)
	for _, want := range []string{"Karl von Eschen", "Lotte Brauer"} {
		if _, ok := ps[want]; !ok {
			t.Errorf("%q: persons %v, want %s", text, names(ps), want)
		}
	}
	neg := "The Herr und Frau bakery in Bonn sold out of cakes after the talks."
	if ps := personsOf(t, neg); len(ps) != 0 {
		t.Errorf("%q: honorifics alone read as a person: %v", neg, names(ps))
	}
}
