package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's three-hundred-and-fifty-ninth round: distributive meetings
// (p2186-p2191: a host who receives the sides one after the other, meets
// them separately or shuttles between them; he meets each, and the sides
// do not meet each other); each rule with sentences of its own.

// "X met the government team, led by A, in the morning, and saw the rebel
// negotiators headed by B in the afternoon": a see verb whose object is a
// team named by who leads it tells a second encounter, X with B; B is not
// joined to X's meeting with A (ledDelegationObject for see verbs,
// meeting/meetings.go; p2191). The negative case: "saw a rise" is no
// meeting, and "saw the plan drafted by B" names no team.
func TestSeeVerbLedTeamObject(t *testing.T) {
	got := pairsOf(t, "Envoy sees sides\nGENEVA, March 3 (Wire) - Envoy Rosa Quint met the government team, led by Interior Minister Tomas Vell, in the morning, and saw the rebel negotiators headed by Ana Pruzek in the afternoon.")
	for _, want := range []string{"Rosa Quint|Tomas Vell", "Ana Pruzek|Rosa Quint"} {
		if !slices.Contains(got, want) {
			t.Errorf("want pair %s, got %v", want, got)
		}
	}
	if slices.Contains(got, "Ana Pruzek|Tomas Vell") {
		t.Errorf("want no pair of the two teams' heads, got %v", got)
	}
	got = pairsOf(t, "Envoy sees sides\nGENEVA, March 3 (Wire) - Envoy Rosa Quint met Interior Minister Tomas Vell in the morning and saw the plan drafted by Ana Pruzek in the afternoon.")
	if slices.Contains(got, "Ana Pruzek|Rosa Quint") {
		t.Errorf("want no meeting with the plan's author, got %v", got)
	}
}

// "X held separate meetings with A in P on Tuesday and with B in Q on
// Wednesday": the cue keeps A and B apart, and each conjunct gives its
// encounter's place and day, as it does without the cue (conjunctSplit
// under distributiveCues, meeting/distribute.go; p2189). The negative
// case: one place and day before both objects ("met separately in P on
// Tuesday with A and B") stays the place and day of both encounters.
func TestSeparateConjunctsOwnPlaceAndDay(t *testing.T) {
	pub := time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC) // a Thursday
	rec := recordAt(t, "Minister sees both\nGENEVA, May 8 (Wire) - Foreign Minister Rosa Quint held separate meetings with her Chilean counterpart Tomas Vell in Santiago on Tuesday and with Peruvian Foreign Minister Ana Pruzek in Lima on Wednesday.", pub)
	for _, want := range []struct{ who, place, date string }{
		{"Tomas Vell", "Santiago", "2025-05-06"},
		{"Ana Pruzek", "Lima", "2025-05-07"},
	} {
		m := meetingWith(rec, "Rosa Quint", want.who)
		if m == nil || m.Place != want.place || m.Date != want.date || slices.Contains(m.Participants, "Tomas Vell") && slices.Contains(m.Participants, "Ana Pruzek") {
			t.Errorf("want Rosa Quint with %s alone in %s on %s: %s", want.who, want.place, want.date, dump(rec))
		}
	}
	rec = recordAt(t, "Minister sees both\nGENEVA, May 8 (Wire) - Foreign Minister Rosa Quint met separately in Lima on Tuesday with Tomas Vell and Ana Pruzek.", pub)
	for _, who := range []string{"Tomas Vell", "Ana Pruzek"} {
		if m := meetingWith(rec, "Rosa Quint", who); m == nil || m.Place != "Lima" || m.Date != "2025-05-06" {
			t.Errorf("want Rosa Quint with %s in Lima on Tuesday: %s", who, dump(rec))
		}
	}
}
