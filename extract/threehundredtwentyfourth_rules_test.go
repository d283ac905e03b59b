package extract

import "testing"

// Issue 14's three-hundred-and-twenty-fourth round: mediators found but
// their role not read (p1976-p1981: a wire on a former secretary of
// state's round in 1997, a 1962 wire on talks with a moderator, a
// Spanish agency on a dialogue its bishops convened in 2018, a 1979 wire
// on a conference a neighbour's minister chaired, a French agency on
// envoy-chaired talks in 1993, a French agency on talks a church, a
// union and the UN facilitated in 2019); each rule with sentences of its
// own.

// A chair verb whose subject noun is set off from it by a parenthetical
// between commas still runs the talks: "The talks, the first since ...,
// were chaired by X" (parentheticalSubject, roles/appointed.go; p1980,
// p809). The negative cases: a participle clause ("The meeting, held at
// the hall of ..., was chaired by X") and a summit set off so keep no
// chair as broker.
func TestParentheticalChairedTalks(t *testing.T) {
	for _, text := range []string{
		"Talks\n\nTARNOW - Kelvia and Dornland opened talks on the border on Monday. The talks, the first since the fighting in the hills ended late last autumn, were chaired by Ambassador Tomas Vrana.",
		"Talks\n\nTARNOW - Kelvia and Dornland opened talks on the border on Monday. The round, which is expected to go on for three more weeks, is chaired by Ambassador Tomas Vrana.",
	} {
		rec := corefRecord(t, text)
		if !hasMediator(rec, "Tomas Vrana") {
			t.Errorf("%q: want the chair as a mediator: %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		"Talks\n\nTARNOW - Kelvia and Dornland opened talks on the border on Monday. The meeting, held at the hall of the district office in the old town, was chaired by Ambassador Tomas Vrana.",
		"Talks\n\nTARNOW - Kelvia and Dornland opened talks on the border on Monday. The summit, the first since the fighting in the hills ended late last autumn, was chaired by Ambassador Tomas Vrana.",
	} {
		rec := corefRecord(t, text)
		if hasMediator(rec, "Tomas Vrana") {
			t.Errorf("%q: want no chair as a mediator: %s", text, dump(rec))
		}
	}
}

// A church's "Episcopal Conference" is a standing body that can broker
// talks, not a meeting, and "the Episcopal Conference of X" takes its
// country's name, which the gazetteer reads first, as one organization
// (mention/classify.go, churchConferenceLand in mention/mentions.go;
// p1978, p674, p1755, p1345, p996). The negative case: a "conference" of
// other words stays an event.
func TestEpiscopalConferenceBody(t *testing.T) {
	for _, c := range []struct{ text, body string }{
		{"Talks\n\nTARNOW - The dialogue between Kelvia and the Dornland Freedom Front opened today, convened by the Episcopal Conference of Poland, which acts as mediator.", "Episcopal Conference of Poland"},
		{"Talks\n\nTARNOW - The dialogue between Kelvia and the Dornland Freedom Front opened today with the mediation of the Kelvian Episcopal Conference.", "Kelvian Episcopal Conference"},
	} {
		rec := corefRecord(t, c.text)
		if !hasMediator(rec, c.body) {
			t.Errorf("%q: want %s as a mediator: %s", c.text, c.body, dump(rec))
		}
		if hasMediator(rec, "Poland") {
			t.Errorf("%q: want no mediator Poland: %s", c.text, dump(rec))
		}
	}
	rec := corefRecord(t, "Talks\n\nTARNOW - Kelvia and the Dornland Freedom Front met at the Peace Conference of Poland on Monday.")
	for _, a := range rec.Actors {
		if a.Name == "Peace Conference of Poland" || a.Name == "Peace Conference" {
			t.Errorf("want no body for an event's conference: %s", dump(rec))
		}
	}
}
