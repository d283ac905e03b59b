package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// A meeting's principals come first; the sides' members follow in lists
// that never repeat the meeting word.
func TestRosterJoinsMeeting(t *testing.T) {
	for _, text := range []string{
		"Norwegian Foreign Minister Anders Lindqvist and Chilean Foreign Minister Rosa Campos held talks in Lima on Tuesday.\n" +
			"The weather was cold.\n" +
			"The Norwegian delegation included trade adviser Per Halvorsen and envoy Ingrid Dahl.",
		"Norwegian Foreign Minister Anders Lindqvist and Chilean Foreign Minister Rosa Campos held talks in Lima on Tuesday.\n" +
			"Norway was represented by trade adviser Per Halvorsen and envoy Ingrid Dahl.",
		"Norwegian Foreign Minister Anders Lindqvist and Chilean Foreign Minister Rosa Campos held talks in Lima on Tuesday.\n" +
			"On the Norwegian side were trade adviser Per Halvorsen and envoy Ingrid Dahl.",
		"Norwegian Foreign Minister Anders Lindqvist and Chilean Foreign Minister Rosa Campos held talks in Lima on Tuesday.\n" +
			"Present from Norway were trade adviser Per Halvorsen and envoy Ingrid Dahl.",
	} {
		rec := run(t, text, "2025-03-14")
		m := mustMeeting(t, rec, "Anders Lindqvist", "Rosa Campos", "Per Halvorsen", "Ingrid Dahl")
		if m.Place != "Lima" || m.Date != "2025-03-11" {
			t.Errorf("%q: the roster keeps the meeting's place and date: %+v", text, m)
		}
	}
}

// A list of members with no meeting in the story adds no meeting.
func TestRosterWithoutMeeting(t *testing.T) {
	rec := run(t, "The Norwegian delegation included trade adviser Per Halvorsen and envoy Ingrid Dahl.", "2025-03-14")
	if len(rec.Meetings) != 0 {
		t.Errorf("no meeting is reported: %s", dump(rec))
	}
}

// A second side named by its demonym and a capitalized "Government" is
// still a side: "the Ruritanian Government".
func TestDemonymGovernmentIsState(t *testing.T) {
	rec := run(t, "The first meeting between the Chilean Government and Norway took place in Oslo on Monday.", "2025-03-14")
	if m := mustMeeting(t, rec, "Chile", "Norway"); m.Place != "Oslo" {
		t.Errorf("meeting %+v", m)
	}
}

// A time phrase inside an earlier adjunct dates another event; the one
// after the predicate dates the meeting. A venue's locality is its place.
func TestTimeAndPlaceOfThePredicate(t *testing.T) {
	rec := run(t, "Officials gave no details.\nAfter the long drought of 2019, the first meeting between the Chilean government and Norway took place in Bell Hall, Oslo on 3 May 2021.", "2025-03-14")
	m := mustMeeting(t, rec, "Chile", "Norway")
	if m.Date != "2021-05-03" || m.Place != "Oslo" {
		t.Errorf("meeting %+v", m)
	}
	rec = run(t, "Officials gave no details.\nChilean envoy Rosa Campos and Norwegian envoy Per Halvorsen met at the Lima residence of the ambassador on Monday.", "2025-03-14")
	if m := mustMeeting(t, rec, "Rosa Campos", "Per Halvorsen"); m.Place != "Lima" {
		t.Errorf("meeting %+v", m)
	}
}

// A visit names its host in a phrase of its own: the visitor meets the
// host, and the invitation is no plan.
func TestHostPhrase(t *testing.T) {
	for _, text := range []string{
		"Officials gave no details.\nChilean President Rosa Campos arrived in Oslo on Monday for a two-day state visit at the invitation of Norwegian Prime Minister Per Halvorsen.",
		"Officials gave no details.\nOn arrival in Oslo on Monday, Chilean President Rosa Campos was welcomed by Norwegian Prime Minister Per Halvorsen.",
	} {
		rec := run(t, text, "2025-03-14")
		if m := mustMeeting(t, rec, "Rosa Campos", "Per Halvorsen"); m.Status != graph.Held || m.Date != "2025-03-10" {
			t.Errorf("%q: meeting %+v", text, m)
		}
	}
}

// SCHEMA: news of the day that reports a held meeting with no date dates
// it to the publication month; a planned one stays undated.
func TestUndatedHeldMeetingTakesPublicationMonth(t *testing.T) {
	rec := run(t, "Officials gave no details.\nChilean envoy Rosa Campos met Norwegian envoy Per Halvorsen in Lima.\nRosa Campos will meet Swedish envoy Lars Berg in Quito.", "2025-03-14")
	if m := mustMeeting(t, rec, "Rosa Campos", "Per Halvorsen"); m.Date != "2025-03" {
		t.Errorf("held meeting %+v", m)
	}
	if m := mustMeeting(t, rec, "Rosa Campos", "Lars Berg"); m.Date != "" || m.Status != graph.Planned {
		t.Errorf("planned meeting %+v", m)
	}
}

// "X heads the Y delegation" after the talks were told: X was at them; a
// later retelling with more people is the same talks.
func TestLeaderRosterAndRetelling(t *testing.T) {
	text := "Officials gave no details.\nChilean President Rosa Campos and Peruvian President Ana Ruiz met in Lima on Monday.\n" +
		"The weather was mild.\nEnvoys were also present for the summit talks of Campos and Ruiz, which were held at the palace.\n" +
		"Trade Minister Luis Vera is leading the Chilean negotiating team while Marta Soto heads the Peruvian delegation."
	rec := run(t, text, "2025-05-28")
	m := mustMeeting(t, rec, "Rosa Campos", "Ana Ruiz", "Luis Vera", "Marta Soto")
	if m.Place != "Lima" || m.Date != "2025-05-26" {
		t.Errorf("the retelling keeps the first report's place and date: %+v", m)
	}
}

// Talks told in the present perfect or progressive are today's news.
func TestPresentTalksAreToday(t *testing.T) {
	rec := run(t, "Officials gave no details.\nTalks between Chilean envoy Rosa Campos and Peruvian envoy Ana Ruiz have begun in Lima.", "2025-05-28")
	if m := mustMeeting(t, rec, "Rosa Campos", "Ana Ruiz"); m.Date != "2025-05-28" {
		t.Errorf("meeting %+v", m)
	}
}
