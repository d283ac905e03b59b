package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-first round: foreign ministries' readouts
// of phone and video calls (p1838-p1843: a ministry's summit telephone
// talk, a wire on a minister's calls over a seized ship, a ministry's
// phone talks on a war, a ministry's note on a call with a
// president-elect, a presidency's note on a first call, a presidency's
// note on a video call); each rule with sentences of its own.

// "X had received Y in Z on March 23", told in November: a day told
// without its year after a pluperfect is already past when the story is
// told, so it is in the year before when the nearest year would put it
// ahead (pluperfectDayYear, frame dates.go; p1841), as a month told alone
// after a pluperfect already was. A plan told for that day stays ahead.
func TestPluperfectDayIsPast(t *testing.T) {
	pub := time.Date(2019, 11, 14, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Call held\nLIMA, Nov 14 (Wire) - President Tomas Ferrel spoke by telephone with Chilean President Juan Rosales on Thursday. Ferrel had received Rosales in Lima on March 23, the first such visit since 2009.",
		"Call held\nLIMA, Nov 14 (Wire) - President Tomas Ferrel spoke by telephone with Chilean President Juan Rosales on Thursday. Ferrel had received Rosales in Lima on 23 March, the first such visit since 2009.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range rec.Meetings {
			if m.Place == "Lima" {
				found = true
				if m.Status != graph.Held || m.Date != "2019-03-23" {
					t.Errorf("%q: visit %s on %q, want held on 2019-03-23", text, m.Status, m.Date)
				}
			}
		}
		if !found {
			t.Errorf("%q: no visit in Lima", text)
		}
	}
	text := "Visit set\nLIMA, Nov 14 (Wire) - President Tomas Ferrel will receive Chilean President Juan Rosales in Lima on March 23, officials said."
	rec, err := Extract(Article{ID: "t", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Meetings {
		if m.Place == "Lima" && m.Date != "2020-03-23" {
			t.Errorf("planned visit on %q, want 2020-03-23", m.Date)
		}
	}
}

// "Y met aides of the X transition team", "talks with envoys of the X
// administration": a leader's name before the noun of the body
// it names, inside the noun phrase, names that body; the leader was not
// at its people's talks (namesBody, args participants.go; p1842). Talks
// "with X" keep X.
func TestLeaderNameOfBodyNotParticipant(t *testing.T) {
	pub := time.Date(2017, 1, 23, 0, 0, 0, 0, time.UTC)
	lead := "Call held\nCAIRO, Jan 23 (Wire) - President Omar Haddad received a phone call today from US President Daniel Crane. "
	for _, tail := range []string{
		"Foreign Minister Samir Fawzi had met aides of the Crane transition team in Geneva in December.",
		"Foreign Minister Samir Fawzi had talks in Geneva in December with envoys of the Crane administration.",
	} {
		for _, m := range heldAt(t, lead+tail, pub) {
			if slices.Contains(m.Participants, "Samir Fawzi") && slices.Contains(m.Participants, "Daniel Crane") {
				t.Errorf("%q: Fawzi met Crane, want not", tail)
			}
		}
	}
	met := false
	for _, m := range heldAt(t, lead+"Foreign Minister Samir Fawzi had met Crane in Geneva in December.", pub) {
		met = met || slices.Contains(m.Participants, "Samir Fawzi") && slices.Contains(m.Participants, "Daniel Crane")
	}
	if !met {
		t.Error("talks with Crane: Fawzi did not meet Crane, want met")
	}
}
