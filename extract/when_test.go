package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Where and when phrases the issue names: "here" with a dateline, "outside
// X", "last night", a range of days.
func TestPlaceAndTimePhrases(t *testing.T) {
	cases := []struct{ text, place, date string }{
		{"OSLO, May 27 — Chilean envoy Rosa Campos met Norwegian envoy Per Halvorsen here on Tuesday.", "Oslo", "2025-05-27"},
		{"May 27, 2025 (OSLO) — Chilean envoy Rosa Campos met Norwegian envoy Per Halvorsen here on Tuesday.", "Oslo", "2025-05-27"},
		{"Officials gave no details.\nChilean envoy Rosa Campos met Norwegian envoy Per Halvorsen outside Lima on Tuesday.", "Lima", "2025-05-27"},
		{"Officials gave no details.\nChilean envoy Rosa Campos met Norwegian envoy Per Halvorsen in Lima last night.", "Lima", "2025-05-27"},
		{"Officials gave no details.\nChilean envoy Rosa Campos met Norwegian envoy Per Halvorsen in Lima on 26-27 May.", "Lima", "2025-05-26"},
		{"Officials gave no details.\nChilean envoy Rosa Campos met Norwegian envoy Per Halvorsen in Lima on May 26-27.", "Lima", "2025-05-26"},
	}
	for _, c := range cases {
		rec := run(t, c.text, "2025-05-28")
		m := mustMeeting(t, rec, "Rosa Campos", "Per Halvorsen")
		if m.Place != c.place || m.Date != c.date {
			t.Errorf("%q: place %q date %q, want %q %q", c.text, m.Place, m.Date, c.place, c.date)
		}
	}
	// Without a dateline "here" names no place.
	rec := run(t, "Officials gave no details.\nChilean envoy Rosa Campos met Norwegian envoy Per Halvorsen here on Tuesday.", "2025-05-28")
	if m := mustMeeting(t, rec, "Rosa Campos", "Per Halvorsen"); m.Place != "" {
		t.Errorf("meeting %+v", m)
	}
}

// Names the issue lists: a romanized given name in two syllables, a title
// after the name ("Chairman X of the Council"), a role before it.
func TestNamesAroundTitles(t *testing.T) {
	for _, text := range []string{
		"Officials gave no details.\nChairman Park Hye-jin of the State Council met Chilean President Rosa Campos in Hanoi on Monday.",
		"Officials gave no details.\nSouth Korean leader Park Hye-jin met Chilean President Rosa Campos in Hanoi on Monday.",
	} {
		rec := run(t, text, "2025-05-28")
		m := mustMeeting(t, rec, "Park Hye-jin", "Rosa Campos")
		if m.Place != "Hanoi" || m.Date != "2025-05-26" {
			t.Errorf("%q: meeting %+v", text, m)
		}
	}
	// "Kremlin-backed" stays an adjective.
	rec := run(t, "Officials gave no details.\nThe Kremlin-backed envoy Rosa Campos met Per Halvorsen in Lima on Monday.", "2025-05-28")
	if a := actorNamed(rec, "Kremlin-backed"); a != nil {
		t.Errorf("an adjective became an actor: %+v", a)
	}
}

// A region inside a title ("envoy for the Middle East") stays in the
// title, not in the name after it.
func TestRegionInTitle(t *testing.T) {
	rec := run(t, "Officials gave no details.\nSpecial Envoy for the Middle East Rosa Campos met Ana Ruiz in Lima on Monday.", "2025-05-28")
	mustActor(t, rec, "Rosa Campos", "person")
	if a := actorNamed(rec, "Middle East Rosa Campos"); a != nil {
		t.Errorf("the region became part of the name: %+v", a)
	}
}

// Modality and negation: only what took place is held.
func TestModalityAndNegation(t *testing.T) {
	for _, text := range []string{
		"Chilean envoy Rosa Campos did not meet Peruvian envoy Ana Ruiz in Lima.",
		"Chilean envoy Rosa Campos has never met Peruvian envoy Ana Ruiz.",
		"No meeting between Chilean envoy Rosa Campos and Peruvian envoy Ana Ruiz took place.",
		"Chilean envoy Rosa Campos may meet Peruvian envoy Ana Ruiz in Lima.",
		"A meeting between Chilean envoy Rosa Campos and Peruvian envoy Ana Ruiz is scheduled for next week.",
		"Chilean envoy Rosa Campos will reportedly meet Peruvian envoy Ana Ruiz in Lima.",
		"Chilean envoy Rosa Campos and Peruvian envoy Ana Ruiz are expected to hold talks in Lima.",
		"Chilean envoy Rosa Campos was supposed to take part in talks with Peruvian envoy Ana Ruiz.",
	} {
		for _, m := range run(t, "Officials gave no details.\n"+text, "2025-05-28").Meetings {
			if m.Status == graph.Held {
				t.Errorf("%q: %+v is no held meeting", text, m)
			}
		}
	}
	// The month May is no modal.
	rec := run(t, "Officials gave no details.\nChilean envoy Rosa Campos met Peruvian envoy Ana Ruiz in Lima in May 2012.", "2025-05-28")
	if m := mustMeeting(t, rec, "Rosa Campos", "Ana Ruiz"); m.Status != graph.Held || m.Date != "2012-05" {
		t.Errorf("meeting %+v", m)
	}
}

// A modal or a time inside a relative clause belongs to it, not to the
// predicate after it.
func TestRelativeClauseModality(t *testing.T) {
	rec := run(t, "Officials gave no details.\nChilean President Rosa Campos, who will visit Lima next week, met Peruvian envoy Ana Ruiz in Santiago on Monday.", "2025-05-28")
	if m := mustMeeting(t, rec, "Rosa Campos", "Ana Ruiz"); m.Status != graph.Held || m.Date != "2025-05-26" || m.Place != "Santiago" {
		t.Errorf("meeting %+v", m)
	}
}
