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

// "A and B agreed to a dialogue after they met in X": "they" of a time
// clause (after, when, before, since, once) is the pair the main clause
// opens with, who met (meeting.subordinateTheySubjects; lexicon
// "temporalSubordinators"; p1414, and p235's "discussed it when they met
// in Győr last June"). A demonym inside a person's title ("the Spanish
// president X") stays in the subject. The negative cases: another actor
// between the pair and "they" ("told C after they met") leaves "they"
// unclear, and a subject with an apposition is not a bare pair.
func TestTimeClauseTheyIsTheSubjectPair(t *testing.T) {
	for _, text := range []string{
		"Leaders agree to talk\n\nPresident Aldo Brem and Prime Minister Tomas Varga agreed to a dialogue after they met yesterday in Valencia.",
		"Leaders agree to talk\n\nThe Freedonian president Aldo Brem and the prime minister Tomas Varga have committed to a dialogue, when they met yesterday evening in Valencia.",
		"Leaders agree to talk\n\nAldo Brem and Tomas Varga discussed the dam when they first met in Valencia yesterday.",
	} {
		rec := run(t, text, "2018-12-21")
		if m := meetingWith(rec, "Aldo Brem", "Tomas Varga"); m == nil || m.Place != "Valencia" || m.Date != "2018-12-20" {
			t.Errorf("%q: want Brem and Varga met in Valencia on 2018-12-20: %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		"Leaders agree to talk\n\nAldo Brem and Tomas Varga told Ilan Brede after they met yesterday in Valencia.",
		"Leaders agree to talk\n\nAldo Brem, the president, and Tomas Varga agreed to a dialogue after they met yesterday in Valencia.",
	} {
		rec := run(t, text, "2018-12-21")
		if m := meetingWith(rec, "Aldo Brem", "Tomas Varga"); m != nil && m.Place == "Valencia" {
			t.Errorf("%q: want no Brem-Varga meeting read from \"they\": %s", text, dump(rec))
		}
	}
}
