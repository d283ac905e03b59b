package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-fifty-sixth round: an untargeted batch
// (p1568-p1573: a 1950s broadsheet on a three-power island conference, a
// 1960s wire on a state visit to Washington, a 1980s wire on a king's
// talks with a visiting prime minister, a 1990s Turkish daily on
// security talks brokered by two neighbours, a 2010s state-media readout
// of a president receiving an opposition leader, a 2020s island paper
// on a sovereignty agreement); each rule with sentences of its own.

// twohundredfiftysixthMet: a held meeting has both a and b among its
// participants (and the place, when place is not "").
func twohundredfiftysixthMet(rec graph.Record, a, b, place string) bool {
	return slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool {
		return m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) &&
			(place == "" || m.Place == place)
	})
}

// "spoke at length on relations with Russia", "talked about ties with
// China": the "with" is the complement of a relation noun, the other side
// of a link the talk was about, not someone who took part (relationWith,
// args/participants.go; lexicon "relationNouns"; p1568). The negative
// cases: "spoke with Prime Minister X about relations with China" still
// pairs the speaker with X (and not with China), and "spoke at length
// with X" is a meeting as before.
func TestRelationWithIsNoPartner(t *testing.T) {
	for _, c := range []struct{ text, state string }{
		{"Leaders confer\nAides say President Ali Varga spoke at great length on relations with Russia on Friday.", "Russia"},
		{"Leaders confer\nPresident Ali Varga talked about ties with China at the congress on Monday.", "China"},
		{"Leaders confer\nPresident Ali Varga spoke on trade with Japan before the assembly on Monday.", "Japan"},
	} {
		rec := corefRecord(t, c.text)
		if twohundredfiftysixthMet(rec, "Ali Varga", c.state, "") {
			t.Errorf("%q: want no meeting of Varga and %s: %s", c.text, c.state, dump(rec))
		}
	}
	for _, text := range []string{
		"Leaders confer\nPresident Ali Varga spoke with Prime Minister Tomas Vidal about relations with China on Monday.",
		"Leaders confer\nPresident Ali Varga spoke at some length with Prime Minister Tomas Vidal on Monday.",
	} {
		rec := corefRecord(t, text)
		if !twohundredfiftysixthMet(rec, "Ali Varga", "Tomas Vidal", "") {
			t.Errorf("%q: want Varga and Vidal met: %s", text, dump(rec))
		}
		if twohundredfiftysixthMet(rec, "Ali Varga", "China", "") {
			t.Errorf("%q: want no meeting of Varga and China: %s", text, dump(rec))
		}
	}
}

// twohundredfiftysixthAt: the held meeting of a and b, its place and date.
func twohundredfiftysixthAt(rec graph.Record, a, b string) (string, string) {
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m.Place, m.Date
		}
	}
	return "", ""
}

// "held talks with B in X on May 1 and with C in Y two days later": two
// encounters, each where its own conjunct puts it, the second a count of
// days after the first (daysLaterIn, cityIn, meeting/distribute.go;
// p1571, and places on p1199, p1284, p285, p358, p623). The negative
// cases: a second conjunct that names no city keeps the clause's place,
// and "B and C in X on May 1" is one meeting of three.
func TestConjunctPlacesAndDaysLater(t *testing.T) {
	for _, c := range []struct {
		text, second, place, date string
	}{
		{"Envoy shuttles\nPresident Ali Varga shuttled between both capitals, holding talks with President Jose Ruiz in Lisbon on May 1 and with President Tomas Vidal in Madrid two days later.", "Tomas Vidal", "Madrid", "2025-05-03"},
		{"Envoy shuttles\nPresident Ali Varga met President Jose Ruiz in Lisbon on May 1 and President Tomas Vidal in Madrid on May 3.", "Tomas Vidal", "Madrid", "2025-05-03"},
	} {
		rec := corefRecord(t, c.text)
		if place, date := twohundredfiftysixthAt(rec, "Ali Varga", "Jose Ruiz"); place != "Lisbon" || date != "2025-05-01" {
			t.Errorf("%q: want Varga and Ruiz in Lisbon on 2025-05-01, got %q %q: %s", c.text, place, date, dump(rec))
		}
		if place, date := twohundredfiftysixthAt(rec, "Ali Varga", c.second); place != c.place || date != c.date {
			t.Errorf("%q: want Varga and %s in %s on %s, got %q %q: %s", c.text, c.second, c.place, c.date, place, date, dump(rec))
		}
		if twohundredfiftysixthMet(rec, "Jose Ruiz", c.second, "") {
			t.Errorf("%q: want Ruiz and %s apart: %s", c.text, c.second, dump(rec))
		}
	}
	rec := corefRecord(t, "Envoy shuttles\nPresident Ali Varga met President Jose Ruiz in Lisbon on May 1 and President Tomas Vidal on May 3.")
	if place, _ := twohundredfiftysixthAt(rec, "Ali Varga", "Tomas Vidal"); place != "Lisbon" {
		t.Errorf("want Varga and Vidal kept in Lisbon, got %q: %s", place, dump(rec))
	}
	rec = corefRecord(t, "Envoy shuttles\nPresident Ali Varga met President Jose Ruiz and President Tomas Vidal in Lisbon on May 1.")
	if !twohundredfiftysixthMet(rec, "Jose Ruiz", "Tomas Vidal", "Lisbon") {
		t.Errorf("want one meeting of three in Lisbon: %s", dump(rec))
	}
}

// "X, named to lead the British side, called on Y", "Z, heading the
// French delegation, met W": the side a person leads is no participant
// beside that person, as after "who leads" (ledSide, args/participants.go;
// lexicons "sideLeadVerbs", "ledSideNouns"; p1573). The negative cases:
// "The British side met Y" and "X met the French delegation" keep the
// state, which no one is told to lead.
func TestLedSideIsNoParticipant(t *testing.T) {
	for _, c := range []struct{ text, state string }{
		{"Envoy in town\nTomas Vidal, named by Prime Minister Ali Varga to lead the British side, called on Jose Ruiz at the Treasury in Port Louis last month.", "United Kingdom"},
		{"Envoy in town\nTomas Vidal, heading the French delegation, met Jose Ruiz in Port Louis last month.", "France"},
	} {
		rec := corefRecord(t, c.text)
		if !twohundredfiftysixthMet(rec, "Tomas Vidal", "Jose Ruiz", "") {
			t.Errorf("%q: want Vidal and Ruiz met: %s", c.text, dump(rec))
		}
		if twohundredfiftysixthMet(rec, "Jose Ruiz", c.state, "") {
			t.Errorf("%q: want %s no participant: %s", c.text, c.state, dump(rec))
		}
	}
	for _, c := range []struct{ text, state string }{
		{"Envoy in town\nThe British side met Jose Ruiz in Port Louis last month.", "United Kingdom"},
		{"Envoy in town\nJose Ruiz met the French delegation in Port Louis last month.", "France"},
	} {
		rec := corefRecord(t, c.text)
		if !twohundredfiftysixthMet(rec, "Jose Ruiz", c.state, "") {
			t.Errorf("%q: want Ruiz and %s met: %s", c.text, c.state, dump(rec))
		}
	}
}
