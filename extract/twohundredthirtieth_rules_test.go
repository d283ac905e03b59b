package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-thirtieth round: a stranger's batch
// (p1412-p1417: a wire's first Lebanese-Israeli withdrawal talks at a
// beach hotel of 1982, a Japanese wire's normalization talks in Mongolia
// of 2007, a Catalan outlet's two-government meeting in Barcelona of 2018
// in non-native English, a London broadsheet's state visit of 1953, a
// Somali paper's election talks of 2021, an American paper's army chiefs'
// talks in Washington of 1994); each rule with sentences of its own.

// "welcomed by the Duke of Valencia, the Prime Minister and ...": a town
// after a peer's style and "of" is part of the peer's title, never where
// the meeting was (mention.peerageOf; lexicon "peerageStyles"; p1415).
// The negative cases: the same town after "in" stays the place, and
// after a title that is no peerage ("the Mayor of Valencia") the
// rule does not fire.
func TestPeerageTownIsNoPlace(t *testing.T) {
	text := "Minister arrives\n\nForeign Minister Aldo Brem began a state visit to Freedonia yesterday. He landed at the pier, where he was welcomed by the Duke of Valencia, Prime Minister Tomas Varga and Mr. Ilan Brede."
	rec := run(t, text, "1953-03-17")
	m := meetingWith(rec, "Aldo Brem", "Tomas Varga")
	if m == nil || m.Place == "Valencia" {
		t.Errorf("want Brem and Varga met, not in Valencia: %s", dump(rec))
	}
	text = "Minister arrives\n\nForeign Minister Aldo Brem met Prime Minister Tomas Varga in Valencia yesterday, with the Duke of Valencia in attendance."
	rec = run(t, text, "1953-03-17")
	if m := meetingWith(rec, "Aldo Brem", "Tomas Varga"); m == nil || m.Place != "Valencia" {
		t.Errorf("the town after \"in\" stays the place: %s", dump(rec))
	}
	for _, title := range []string{"Earl", "Countess"} {
		text = "Minister arrives\n\nForeign Minister Aldo Brem was received yesterday by Prime Minister Tomas Varga and the " + title + " of Valencia."
		rec = run(t, text, "1953-03-17")
		if m := meetingWith(rec, "Aldo Brem", "Tomas Varga"); m != nil && m.Place == "Valencia" {
			t.Errorf("%s: a peer's town is no place: %s", title, dump(rec))
		}
	}
}
