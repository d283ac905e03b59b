package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-fifty-third round: a batch on bilateral
// talks with no mediator (p2750-p2755: border, water, trade and prisoner
// talks told in wire copy and readouts, the sides read from their
// delegations and heads); each rule with sentences of its own.

// fourhundredfiftythirdMeetingOf: the held meeting that has name among
// its participants.
func fourhundredfiftythirdMeetingOf(rec graph.Record, name string) (graph.Meeting, bool) {
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && slices.Contains(m.Participants, name) {
			return m, true
		}
	}
	return graph.Meeting{}, false
}

// "President X received Y and the B delegation", Y a post-holder of B:
// B's side is named by Y, so B is no participant beside him
// (ownStateOverPeople; p2754, p2463, p2589). The negative case: a
// delegation of a state none of the people is of stays.
func TestOwnStateOverPeopleInMeeting(t *testing.T) {
	lead := "Ministers sign accord\nLIMA, March 3 -- Chile and Peru signed an accord here today on their maritime boundary, after four days of talks between delegations of the two countries.\n" +
		"The Peruvian delegation was headed by Deputy Foreign Minister Ana Ruiz and the Chilean delegation by Vice Foreign Minister Tomas Berg.\n"
	rec := corefRecord(t, lead+"On Monday, President Jan Kowal received Berg and the Chilean delegation.")
	m, ok := fourhundredfiftythirdMeetingOf(rec, "Jan Kowal")
	if !ok || !slices.Contains(m.Participants, "Tomas Berg") || slices.Contains(m.Participants, "Chile") {
		t.Errorf("want Kowal with Berg, Chile not beside him: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"On Monday, President Jan Kowal received Berg and the Bolivian delegation.")
	m, ok = fourhundredfiftythirdMeetingOf(rec, "Jan Kowal")
	if !ok || !slices.Contains(m.Participants, "Bolivia") {
		t.Errorf("want Bolivia kept beside Kowal and Berg: %s", dump(rec))
	}
}

// fourhundredfiftythirdParties: some negotiation has every one of names
// among its parties.
func fourhundredfiftythirdParties(rec graph.Record, names ...string) bool {
	return slices.ContainsFunc(rec.Negotiations, func(n graph.Negotiation) bool {
		for _, x := range names {
			if !slices.Contains(n.Parties, x) {
				return false
			}
		}
		return true
	})
}

// "on the basis of the 1902 and 1916 treaties between A and B", "the 1916
// treaty between A and B is to be revised": a definite dated instrument
// is background, its signatories no sides (datedInstrumentBetween; p2754,
// p1692). The negative case: a sentence that tells the instrument's
// brokering keeps its sides (p101's shape).
func TestDefiniteDatedInstrumentIsBackground(t *testing.T) {
	lead := "Border accord signed\nQUITO, March 3 -- Ecuador and Colombia signed an accord here today on their land border, after talks between the delegations.\n"
	for _, line := range []string{
		"Under the accord, both states will draw their frontier according to the 1902 and 1916 treaties between Spain and Portugal.",
		"Under the accord, the 1916 treaty between Spain and Portugal is to be revised.",
	} {
		rec := corefRecord(t, lead+line)
		if fourhundredfiftythirdParties(rec, "Spain", "Portugal") {
			t.Errorf("%q: an old treaty's signatories read as sides: %s", line, dump(rec))
		}
		if !fourhundredfiftythirdParties(rec, "Ecuador", "Colombia") {
			t.Errorf("%q: want Ecuador and Colombia as sides: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Talks resume\nThe talks are chaired by Jon Marek, the retired Danish general whose mediation had brokered the 2011 peace agreement between Chile and the Andean Front.")
	if !fourhundredfiftythirdParties(rec, "Chile", "Andean Front") {
		t.Errorf("want the brokered agreement's sides kept: %s", dump(rec))
	}
}
