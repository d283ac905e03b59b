package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-ninety-seventh round: an untargeted batch, six
// articles a stranger would pick (p1214-p1219: a 1977 summit in a canal
// town, a 1958 union declared in a West African capital, a 1982 shuttle
// between two capitals, a 2001 party leaders' dialogue with two envoys,
// a 2016 state visit, a 2024 foreign ministry readout of a facilitated
// round); each rule with sentences of its own.

// hundredninetyseventhHeld: whether a held meeting of the record joins a
// and b.
func hundredninetyseventhHeld(rec graph.Record, a, b string) bool {
	return slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool {
		return m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b)
	})
}

// "spent five hours at 10 Downing Street with X and Y": a named place
// between the stretch of time spent and "with" (meeting spentPlace,
// addresses.go; lexicon "spentPlaceLeads"; p1216). The negative cases: a
// place of no name ("at a hotel") or a longer stretch ("five years in
// Vienna with") is no encounter.
func TestSpentHoursAtPlaceWith(t *testing.T) {
	lead := "Envoy shuttles on\nVALDA, May 3 - The envoy Jon Brask flew home today.\n"
	for _, text := range []string{
		lead + "On Thursday Brask spent five hours at 12 Harbour Street with Prime Minister Emil Varga.",
		lead + "Brask spent the afternoon in the Old Palace with Prime Minister Emil Varga on Thursday.",
	} {
		rec := run(t, text, "2001-05-04")
		if !hundredninetyseventhHeld(rec, "Jon Brask", "Emil Varga") {
			t.Errorf("%q: want Brask and Varga met: %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		lead + "On Thursday Brask spent five hours at a hotel with Prime Minister Emil Varga's advisers.",
		lead + "Brask spent five years in Vienna with his family before Prime Minister Emil Varga appointed him.",
	} {
		rec := run(t, text, "2001-05-04")
		if hundredninetyseventhHeld(rec, "Jon Brask", "Emil Varga") {
			t.Errorf("%q: want no meeting of Brask and Varga: %s", text, dump(rec))
		}
	}
}

// "X, who is acting as an intermediary between the two governments": the
// antecedent of a relative clause set off by commas before the
// progressive's auxiliaries mediates (auxSubject, roles/withas.go;
// p1216). The negative case: the relative clause told of someone else
// ("the talks, which X says are acting as ...") is no progressive of X.
func TestRelativeProgressiveIntermediary(t *testing.T) {
	lead := "Envoy in Borvia\nVALDA, May 3 - Foreign Secretary Jon Brask met President Emil Varga of Borvia today, seeking a formula that would avert a clash between Borvia and Carland over the islands. "
	rec := run(t, lead+"Brask, who is acting as an intermediary between the two governments, said Borvia had new ideas.", "2001-05-04")
	if !hasMediator(rec, "Jon Brask") {
		t.Errorf("want Brask a mediator: %s", dump(rec))
	}
	rec = run(t, lead+"Brask, who is acting on instructions from his cabinet, said Borvia had new ideas.", "2001-05-04")
	if hasMediator(rec, "Jon Brask") {
		t.Errorf("want Brask no mediator: %s", dump(rec))
	}
}

// "X received separately Minister of Foreign Affairs of A H.E. Y and
// Minister of Foreign Affairs of B H.E. Z": a distributive cue between the
// reception verb and its object (objectAfterCue, meeting/meetings.go;
// p1219); each guest met the host, not the other guest. The negative
// case: "were received separately" with no actor after it meets no one.
func TestReceivedSeparatelyTitledGuests(t *testing.T) {
	text := "Talks\nAnkara, 3 May 2024 - On Monday, Arda Kaya received separately Minister of Foreign Affairs of Ethiopia H.E. Jon Brask and Minister of Foreign Affairs of Somalia H.E. Emil Varga."
	rec := run(t, text, "2024-05-04")
	for _, guest := range []string{"Jon Brask", "Emil Varga"} {
		if !hundredninetyseventhHeld(rec, "Arda Kaya", guest) {
			t.Errorf("want Kaya and %s met: %s", guest, dump(rec))
		}
	}
	if hundredninetyseventhHeld(rec, "Jon Brask", "Emil Varga") {
		t.Errorf("want the two guests apart: %s", dump(rec))
	}
	text = "Talks\nAnkara, 3 May 2024 - The letters of Jon Brask and Emil Varga were received separately on Monday."
	rec = run(t, text, "2024-05-04")
	if len(rec.Meetings) > 0 {
		t.Errorf("want no meeting: %s", dump(rec))
	}
}

// "Sekou Mara ... M. Mara": "M." is Monsieur, not an initial, when the
// known bearer of the surname has another given name; an initial that
// fits the given name ("Musa Mara ... M. Mara") names him too
// (initialSurname, actors/cast.go; lexicon "initialHonorifics"; p1215).
// The negative case: another letter ("K. Mara") is another person.
func TestMonsieurSurname(t *testing.T) {
	for _, given := range []string{"Sekou", "Musa"} {
		text := "Talks\nPARIS, May 3 - " + given + " Mara, head of the Government of Borvia, met Hans Roder. M. Mara, who arrived on Thursday, was greeted at the airport by Mr. Roder."
		rec := run(t, text, "2001-05-04")
		if got := personNames(rec); slices.Contains(got, "M. Mara") || !slices.Contains(got, given+" Mara") {
			t.Errorf("%s: want M. Mara one person with %s Mara: %v", given, given, got)
		}
	}
	text := "Talks\nPARIS, May 3 - Sekou Mara, head of the Government of Borvia, met Hans Roder. K. Mara, his cousin, was greeted at the airport by Mr. Roder."
	rec := run(t, text, "2001-05-04")
	if got := personNames(rec); !slices.Contains(got, "K. Mara") {
		t.Errorf("want K. Mara a person of his own: %v", got)
	}
}

// "flew into the X airfield": a name before an airfield noun in lower
// case names the airfield, not a person (lexicon "buildingNouns"; p1214),
// so "the two men" who then talked are the host and the guest. The
// negative case: a person set off before the noun ("Colonel X, whose
// airfield was bombed") stays a person.
func TestAirfieldNamedAfterPlace(t *testing.T) {
	text := "Talks\nIsmailia, Dec 26 - President Sadat and Mr Hans Roder, the Borvian Prime Minister, met here today. Mr Roder flew into the Tal Harun airfield yesterday and was driven to the rest house, where the two men talked alone."
	rec := run(t, text, "1977-12-27")
	if slices.Contains(personNames(rec), "Tal Harun") {
		t.Errorf("want Tal Harun no person: %v", personNames(rec))
	}
	text = "Talks\nIsmailia, Dec 26 - Colonel Tal Harun, whose airfield was bombed last week, met Mr Hans Roder, the Borvian Prime Minister, here today."
	rec = run(t, text, "1977-12-27")
	if !hundredninetyseventhHeld(rec, "Tal Harun", "Hans Roder") {
		t.Errorf("want Harun and Roder met: %s", dump(rec))
	}
}
