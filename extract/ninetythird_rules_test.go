package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's ninety-third round: places of meetings, each shape with
// sentences of its own.

// "held talks in the Netherlands": a state's name that takes the article
// is where the talks were, as "in Kenya" is, and a dateline's city does
// not stand for it (p593).
func TestStateWithArticlePlacesMeeting(t *testing.T) {
	for text, want := range map[string]string{
		"Talks\nOSLO, May 5 (Wire) - Minister Ana Lind and Minister Omar Farid held talks in the Netherlands on Sunday.": "Netherlands",
		"Talks\nMinister Ana Lind and Minister Omar Farid met in the Philippines on Sunday to discuss shipping.":         "Philippines",
	} {
		if p := lastHeldPlace(t, text); p != want {
			t.Errorf("%q: place %q, want %q", text, p, want)
		}
	}
	// Minimal pair: a city told for the meeting keeps it; the state is
	// only where the topic lies.
	text := "Talks\nMinister Ana Lind and Minister Omar Farid met in Oslo on Sunday to discuss shipping in the Netherlands."
	if p := lastHeldPlace(t, text); p != "Oslo" {
		t.Errorf("%q: place %q, want Oslo", text, p)
	}
}

// "KATHMANDU: ..." and "COLOMBO, Sunday - ...": datelines with no day
// number; the article's "here" is their city (p540, p498).
func TestDatelineColonAndWeekday(t *testing.T) {
	for text, want := range map[string]string{
		"Talks\nKATHMANDU: Minister Ana Lind and Minister Omar Farid opened talks here on Monday.":          "Kathmandu",
		"Talks\nCOLOMBO, Monday - Minister Ana Lind and Minister Omar Farid opened talks here on Sunday.":   "Colombo",
		"Talks\nCOLOMBO, Monday (Wire) - Minister Ana Lind and Minister Omar Farid opened talks on Sunday.": "Colombo",
	} {
		if p := lastHeldPlace(t, text); p != want {
			t.Errorf("%q: place %q, want %q", text, p, want)
		}
	}
	// Minimal pairs: a city in title case before a colon is a heading's
	// word, not a dateline; a weekday not closed by a dash or a credit
	// is running text.
	for _, text := range []string{
		"Talks\nKathmandu: Minister Ana Lind and Minister Omar Farid opened talks here on Monday.",
		"Talks\nCOLOMBO, Monday evening, saw Minister Ana Lind and Minister Omar Farid open talks here.",
	} {
		for _, m := range heldAt(t, text, rulesPub) {
			if m.Place != "" && m.Status == graph.Held {
				t.Errorf("%q: place %q, want none", text, m.Place)
			}
		}
	}
}

// "met at the Vatican on Sunday": a city-state told as the site, its
// name read as a state or as its adjective, is where they met (p230,
// p552 for the Vatican).
func TestCityStateAsSite(t *testing.T) {
	text := "Talks\nForeign Minister Ana Lind of Argentina and Foreign Minister Omar Farid of Chile met at the Vatican on Sunday."
	if p := lastHeldPlace(t, text); p != "Vatican City" {
		t.Errorf("%q: place %q, want Vatican City", text, p)
	}
	// Minimal pairs: a building named by the state stands somewhere
	// the sentence does not say.
	for _, text := range []string{
		"Talks\nForeign Minister Ana Lind of Argentina and Foreign Minister Omar Farid of Chile met at the Vatican library on Sunday.",
		"Talks\nForeign Minister Ana Lind and Foreign Minister Omar Farid met at the Netherlands embassy on Sunday.",
	} {
		if p := lastHeldPlace(t, text); p != "" {
			t.Errorf("%q: place %q, want none", text, p)
		}
	}
}
