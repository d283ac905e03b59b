package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-eighty-fifth round: roles missed when the
// actor is found (p2942-p2947: mediators told by "brokered",
// "facilitated", "under the mediation of", "hosted talks between",
// "shuttled between", guarantors); each rule with sentences of its own.

// "under the mediation of the Union of X (UX) and the League of Y": the
// bracketed acronym names the first broker again and does not close the
// list, so the second is a mediator too (acronymGlossEnd; p2945, p193).
// The negative case: a bracketed place after the first body is no gloss
// and the list stops there, as before.
func TestBracketedAcronymKeepsTheBrokersList(t *testing.T) {
	lead := "Truce signed in Zenda\nEnvoys of Molvania and the Borduria Liberation Front signed a truce in Zenda on Monday after two days of talks "
	for _, line := range []string{
		"under the mediation of the Union of Baltic Harbours (UBH) and the League of Northern Ports.",
		"facilitated by the Union of Baltic Harbours (UBH) and the League of Northern Ports (LNP).",
	} {
		rec := corefRecord(t, lead+line)
		if !hasMediator(rec, "Union of Baltic Harbours") || !hasMediator(rec, "League of Northern Ports") {
			t.Errorf("%q: want both bodies mediators: %s", line, dump(rec))
		}
	}
	line := "under the mediation of the Union of Baltic Harbours (Zenda) and the League of Northern Ports."
	rec := corefRecord(t, lead+line)
	if hasMediator(rec, "League of Northern Ports") {
		t.Errorf("%q: a bracketed place read as a gloss: %s", line, dump(rec))
	}
}

// "A and B take part as mediators and guarantors alongside X", "acts as
// facilitator together with X", "witnessed the signing as guarantors,
// along with X": whoever holds the broker's role with the subject brokers
// too (asRoleCoAgents; p2947, p2185). The negative case: "as" that opens
// a clause ("as talks went on alongside X") names no broker.
func TestAsMediatorsAlongsideJoinsCoBrokers(t *testing.T) {
	lead := "Truce signed in Zenda\nEnvoys of Molvania and the Borduria Liberation Front signed a truce in Zenda on Monday. "
	for _, line := range []string{
		"Ruritania and Grand Fenwick take part in the process as mediators and guarantors alongside the League of Northern Ports.",
		"Ruritania, which acts as facilitator together with the League of Northern Ports, read a statement.",
		"Ruritania witnessed the signing as a guarantor, along with the League of Northern Ports.",
	} {
		rec := corefRecord(t, lead+line)
		if !hasMediator(rec, "League of Northern Ports") {
			t.Errorf("%q: want the League a mediator: %s", line, dump(rec))
		}
	}
	line := "The fighting eased as talks went on alongside the League of Northern Ports."
	rec := corefRecord(t, lead+line)
	if hasMediator(rec, "League of Northern Ports") {
		t.Errorf("%q: a clause's \"as\" read as a role: %s", line, dump(rec))
	}
}
