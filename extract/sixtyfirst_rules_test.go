package extract

import (
	"testing"
	"time"
)

// Issue 14's sixty-first round: an untargeted batch (p398-p403), and the
// shape of it that recurred in the probe, with sentences of its own.

// "The Special Envoy of the Secretary-General for X, Mr. Y," and "the
// Minister of Foreign Affairs of X, Mrs. Y": a readout or a UN note puts a
// person's post, with its "of" complement, before the name and a comma.
// The post is the person's, so that "the Special Envoy met ..." later
// stands for them (p375, p399, p402).
func TestDefiniteTitleWithComplementBeforeTheName(t *testing.T) {
	pub := time.Date(2022, 5, 27, 0, 0, 0, 0, time.UTC) // a Friday
	wantHeldOn(t, pub, "Envoy ends tour\nThe Special Envoy of the Secretary-General for the Lakes, Mr. Jon Berg, concluded a tour of the region on Thursday. In Lusaka, the Special Envoy met on Tuesday with the Minister of Foreign Affairs of Zambia, Mrs. Ana Soto.",
		"Jon Berg", "Ana Soto", "2022-05-24")
	wantHeldOn(t, pub, "Minister ends tour\nThe Prime Minister of Ruritania, Mr. Jon Berg, ended a tour of the region on Thursday. In Lusaka, the Prime Minister met with the Minister of Foreign Affairs of Zambia, Mrs. Ana Soto.",
		"Jon Berg", "Ana Soto", "")
	// After a dateline, or in the object of a passive ("was received by
	// the Prime Minister of X, Mrs. Y"), the title starts at its "the".
	wantHeldOn(t, pub, "Envoy ends tour\nLusaka, 27 May 2022 - The Special Envoy of the Secretary-General for the Lakes, Mr. Jon Berg, concluded a tour of the region on Thursday. In Lusaka, the Special Envoy met on Tuesday with Ana Soto.",
		"Jon Berg", "Ana Soto", "2022-05-24")
	// Minimal pair: a clause between the title and the comma ("the
	// Special Envoy for the Lakes ended ...") makes no post of the name
	// after it, and "the Special Envoy" later stands for no one.
	noneHeld(t, pub, "Envoy ends tour\nTalks with the Special Envoy for the Lakes ended on Thursday, Mr. Jon Berg said. In Lusaka, the Special Envoy met on Tuesday with the Minister of Foreign Affairs of Zambia, Mrs. Ana Soto.",
		"Jon Berg", "Ana Soto")
}

// "the Minister of Rural Development, X Y" and "Minister for Zanzibar
// Affairs, X Y,": the capitalized words after a title's "of" or "for"
// that end right before a comma and the holder's name are the post's
// portfolio, not a person named (p326, p377).
func TestPortfolioBeforeAnApposedName(t *testing.T) {
	text := "Island talks\nThe other side was headed by the Minister of Rural Development, Jon Berg. Ruritania's Minister for Zanzibar Affairs, Ana Soto, said the talks went well."
	noPerson(t, text, "Rural Development")
	noPerson(t, text, "Zanzibar Affairs")
	wantPerson(t, text, "Jon Berg")
	wantPerson(t, text, "Ana Soto")
	// Minimal pair: a name after the portfolio and a list of names after
	// the comma: the name before the comma is still a name.
	list := "Island talks\nThe Minister for Trade Ana Lind, Jon Berg and Sara Holm met in Oslo on the island question."
	wantPerson(t, list, "Ana Lind")
	wantPerson(t, list, "Jon Berg")
	// A body's head after the preposition ("Speaker of Parliament, X")
	// keeps the reading of bodies: the visit to the speaker is still one
	// (p111).
	pub := time.Date(2025, 3, 7, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "Island talks\nPresident Jon Berg met President Ana Soto in Oslo on Thursday. Later in the day, Mr Berg called on the Speaker of Parliament, Sara Holm, and thanked the House.",
		"Jon Berg", "Sara Holm", "")
}
