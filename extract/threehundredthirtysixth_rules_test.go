package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-thirty-sixth round: persons and met pairs
// of people named without any title (p2048-p2053: a wire on a secret
// channel's rounds, a British agency on a first face-to-face meeting, an
// old French agency on secret talks, a Nordic agency on a cease-fire
// signed by two lists of names, a Balkan agency on an initialled
// agreement, a Gulf agency on deputies' talks); each rule with sentences
// of its own.

// "A and B met C near Z on January 20", told in August: a meeting verb in
// the simple past puts a day told without its year in the past, so it is
// this January, not next January's plan that the nearest year gave
// (simplePastMeetBefore, frame dates.go; p2048). A plan told for that day
// stays ahead.
func TestSimplePastMeetDayIsPast(t *testing.T) {
	pub := time.Date(1993, 8, 31, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Channel told\nOSLO, Aug 31 (Wire) - Officials told of the talks on Tuesday. Ivo Marek and Pavel Dunin, two scholars with no post, met Karel Brun at a farm near Halden on January 20.",
		"Channel told\nOSLO, Aug 31 (Wire) - Officials told of the talks on Tuesday. Ivo Marek talked with Karel Brun at a farm near Halden on 20 January.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range rec.Meetings {
			if m.Place == "Halden" {
				found = true
				if m.Status != graph.Held || m.Date != "1993-01-20" {
					t.Errorf("%q: meeting %s on %q, want held on 1993-01-20", text, m.Status, m.Date)
				}
			}
		}
		if !found {
			t.Errorf("%q: no meeting at Halden", text)
		}
	}
	text := "Talks set\nOSLO, Aug 31 (Wire) - Ivo Marek will be met by Karel Brun at a farm near Halden on January 20, officials said."
	rec, err := Extract(Article{ID: "t", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Meetings {
		if m.Place == "Halden" && m.Date != "1994-01-20" {
			t.Errorf("planned meeting on %q, want 1994-01-20", m.Date)
		}
	}
}

// "A and B went on to Z, where C received them": a plural object pronoun
// after a reception in a relative clause of place stands for the
// travellers the sentence names before the clause, as "him" already stood
// for one (whereThem, meeting meetings.go; p2050).
func TestWhereReceivedThemTravellers(t *testing.T) {
	pub := time.Date(1962, 2, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Talks ended\nPARIS, Feb. 20 (Wire) - The talks ended, it was learned here today. Ivo Marek and Pavel Dunin went on to Tunis, where Karel Brun received them on Monday.", []string{"Ivo Marek", "Pavel Dunin", "Karel Brun"}},
		{"Talks ended\nPARIS, Feb. 20 (Wire) - The talks ended, it was learned here today. Ivo Marek and his companions flew to Tunis, where Karel Brun received them on Monday.", []string{"Ivo Marek", "Karel Brun"}},
	} {
		rec, err := Extract(Article{ID: "t", Text: c.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range rec.Meetings {
			if m.Place != "Tunis" {
				continue
			}
			found = true
			for _, w := range c.want {
				if !slices.Contains(m.Participants, w) {
					t.Errorf("%q: %s missing from %v", c.text, w, m.Participants)
				}
			}
			if m.Date != "1962-02-19" {
				t.Errorf("%q: date %q, want 1962-02-19", c.text, m.Date)
			}
		}
		if !found {
			t.Errorf("%q: no meeting in Tunis", c.text)
		}
	}
}
