package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-first round: the place of a meeting told in
// varied ways (p1238-p1243: rivals brought together at a palace, a
// memorandum signed "here" under a news agency's dateline, a summit's
// sideline talks in a town named with its country, a minister who hosted
// a leader at his residence, an old broadsheet's talks in a city under
// its old name, and a news agency's talks placed only by the headline,
// with an earlier dialogue in a town named with its state); each rule
// with sentences of its own.

// A headline that puts a meeting in a city, under a dateline of another
// city whose lead names no place, places the meeting in the headline's
// city (headlineMeetingCity, meeting/places.go; p1243). The negative
// cases: a lead that says "here" keeps the dateline's city, and so does a
// headline whose city follows no meeting word.
func TestHeadlineMeetingCityOverDateline(t *testing.T) {
	body := "\n\nBERLIN, May 6 -- Foreign Minister Karl Ostrow of Arland held talks with Borvian Foreign Minister Tomas Vell on Monday, and both sides agreed to widen trade.\n\nVell is on a two-day visit to Arland."
	for _, c := range []struct{ title, place string }{
		{"Ostrow, Vell hold talks in Lyon, agree to widen trade", "Lyon"},
		{"Ostrow meets Vell in Lyon as ties warm", "Lyon"},
		{"Floods in Lyon; Ostrow, Vell agree to widen trade", "Berlin"},
	} {
		rec := hundredeightyfourthRecord(t, c.title+body)
		m := meetingWith(rec, "Karl Ostrow", "Tomas Vell")
		if m == nil || m.Place != c.place {
			t.Errorf("%q: want the meeting in %s: %s", c.title, c.place, dump(rec))
		}
	}
	here := "Ostrow, Vell hold talks in Lyon, agree to widen trade\n\nBERLIN, May 6 -- Foreign Minister Karl Ostrow of Arland held talks here with Borvian Foreign Minister Tomas Vell on Monday."
	rec := hundredeightyfourthRecord(t, here)
	if m := meetingWith(rec, "Karl Ostrow", "Tomas Vell"); m == nil || m.Place != "Berlin" {
		t.Errorf("%q: want the meeting in Berlin: %s", here, dump(rec))
	}
}

// "held a strategic dialogue with X", "held a round of high-level
// dialogue with Y": a dialogue held with someone is talks with them, as
// "held talks with" is (lexicon/predicates.txt [talks]; p1243). The
// negative cases: "called for dialogue with", "urged dialogue with" tell
// no dialogue held, and a capitalized Dialogue names a standing forum
// ("the next session of the Arland-Borvia Strategic Dialogue"), no talks
// held (p38).
func TestDialogueHeldWith(t *testing.T) {
	lead := "Ministers meet\n\nForeign Minister Karl Ostrow of Arland held talks with Borvian Foreign Minister Tomas Vell in Geneva on Monday.\n\n"
	for _, v := range []string{"held a strategic dialogue with", "held a round of high-level strategic dialogue with"} {
		text := lead + "Ostrow, who " + v + " Secretary of State Ann Pike in Lyon, France, last Thursday, said the talks were useful."
		rec := hundredeightyfourthRecord(t, text)
		if m := meetingWith(rec, "Karl Ostrow", "Ann Pike"); m == nil || m.Place != "Lyon" {
			t.Errorf("%q: want Ostrow and Pike met in Lyon: %s", text, dump(rec))
		}
	}
	for _, v := range []string{"called for dialogue with", "urged dialogue with"} {
		text := lead + "Secretary of State Ann Pike " + v + " Karl Ostrow in Lyon, France, on Thursday."
		rec := hundredeightyfourthRecord(t, text)
		if m := meetingWith(rec, "Karl Ostrow", "Ann Pike"); m != nil {
			t.Errorf("%q: want no meeting of Ostrow and Pike: %s", text, dump(rec))
		}
	}
	forum := lead + "The two ministers agreed to hold the next session of the Arland-Borvia Strategic Dialogue in Lyon this autumn."
	rec := hundredeightyfourthRecord(t, forum)
	for _, m := range rec.Meetings {
		if m.Place == "Lyon" && m.Status == graph.Held {
			t.Errorf("%q: want no meeting held in Lyon: %s", forum, dump(rec))
		}
	}
}
