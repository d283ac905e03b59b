package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-tenth round: places of meetings held away from
// the dateline's city, each shape with sentences of its own.

// "A and B met on Friday. The talks, at a hill resort near X, are ...":
// a place phrase set off by commas right after the meeting noun of the
// next sentence's subject says where the talks just told were held, over
// the dateline's city (Sequels, appositivePlaceEnd; p693).
func TestAppositivePlaceOfTalksJustTold(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Talks\nNAIROBI, June 4 - Karl Holm and Rui Sardinha met for a second day on Friday. The talks, at a hill resort near Nakuru, are the first between the two sides in a year.", "Nakuru"},
		{"Talks\nNAIROBI, June 4 - Karl Holm held talks with Rui Sardinha on Friday. The meeting, held at a beach hotel outside Kisumu, lasted five hours.", "Kisumu"},
	} {
		rec, err := Extract(Article{ID: "t", Text: c.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		m := meetingWith(rec, "Karl Holm", "Rui Sardinha")
		if m == nil {
			t.Errorf("%q: no Holm-Sardinha meeting: %s", c.text, dump(rec))
			continue
		}
		if m.Place != c.want {
			t.Errorf("%q: place %q, want %q: %s", c.text, m.Place, c.want, dump(rec))
		}
	}
	// Negative: "the next talks, in X," are other talks, to come; the
	// meeting just told keeps the dateline's city.
	text := "Talks\nNAIROBI, June 4 - Karl Holm and Rui Sardinha met for a second day on Friday. The next talks, in Nakuru, are set for July."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m == nil || m.Place == "Nakuru" {
		t.Errorf("want a Holm-Sardinha meeting not in Nakuru: %s", dump(rec))
	}
}

// "met on Monday in the Naryn Region of X": a region named by its
// country places the meeting in the country when no city is told
// (regionOfState; p692).
func TestRegionOfStatePlacesMeeting(t *testing.T) {
	text := "Talks\nMOSCOW, June 4 - Karl Holm and Rui Sardinha held talks on Monday in the Naryn Region of Kyrgyzstan, officials said."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m == nil || m.Place != "Kyrgyzstan" {
		t.Errorf("want a Holm-Sardinha meeting in Kyrgyzstan: %s", dump(rec))
	}
	// Negative: a city told with the meeting stays its place.
	text = "Talks\nMOSCOW, June 4 - Karl Holm and Rui Sardinha held talks on Monday in Bishkek on grazing rights in the Naryn Region of Kyrgyzstan."
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m == nil || m.Place != "Bishkek" {
		t.Errorf("want a Holm-Sardinha meeting in Bishkek: %s", dump(rec))
	}
}

// "are scheduled to hold a long-delayed face-to-face meeting on Friday":
// a hyphenated compound counts as one word in the six words looked back
// from a meeting noun for a word of plans, so the meeting stays one to
// come and keeps its coming day, not joined to the last held one
// (wordsBack; p695).
func TestHyphenatedCompoundCountsAsOneWord(t *testing.T) {
	text := "Talks\nLISBON, June 4 - Karl Holm and Rui Sardinha are scheduled to hold a long-delayed face-to-face meeting on Friday."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m == nil || m.Status != graph.Planned {
		t.Errorf("want a planned Holm-Sardinha meeting: %s", dump(rec))
	}
	// Negative: the word of plans more than six words back, compounds
	// counted as one, belongs to another act; the meeting was held.
	text = "Talks\nLISBON, June 4 - The ministers were scheduled to fly home after Karl Holm and Rui Sardinha held a long-awaited face-to-face meeting on Monday."
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m == nil || m.Status != graph.Held {
		t.Errorf("want a held Holm-Sardinha meeting: %s", dump(rec))
	}
}
