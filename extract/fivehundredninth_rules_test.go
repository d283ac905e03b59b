package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-ninth round: a targeted batch (p3086-p3091:
// negotiations told with their mediators but not their sides in the
// same sentence, 1992-2000 — a wire on a UN envoy's tour of Rabat and
// the Polisario camps, an agency on a Russian mediator's visit to both
// banks of the Dniester, an agency on Sudan's government-SPLA talks
// opening in Abuja, a wire on Liberia's warring factions signing in
// Ghana, a wire on Burundi's rival parties meeting a facilitator in
// Mwanza, a wire on a UN envoy seeing both Yemeni leaders); each rule
// with sentences of its own.

// fivehundredninthActor is the record's actor of that name.
func fivehundredninthActor(rec graph.Record, name string) (graph.Actor, bool) {
	i := slices.IndexFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == name })
	if i < 0 {
		return graph.Actor{}, false
	}
	return rec.Actors[i], true
}

// "signed by A of the X Front and B of the Y Movement": the group after
// "of" is the side the person sits for, as "X of Finland" names a state
// (groupOfSide; p1217, p2875, p865, p2641). The negative
// case: an organization after "of" ("of the World Food Programme") is an
// employer, no side.
func TestPersonOfTheGroup(t *testing.T) {
	text := "Rival factions sign truce\nKORAVIA, March 3 - The truce was signed on Monday by Tomas Berlo of the Koravian Liberation Front and Ana Ruvic of the Democratic Union Party, in the presence of mediator Jan Kowal."
	rec := corefRecord(t, text)
	for name, want := range map[string]string{"Tomas Berlo": "Koravian Liberation Front", "Ana Ruvic": "Democratic Union Party"} {
		a, ok := fivehundredninthActor(rec, name)
		if !ok || a.Affiliation != want {
			t.Errorf("%s: want affiliation %q: %s", name, want, dump(rec))
		}
	}
	text = "Aid talks\nKORAVIA, March 3 - Tomas Berlo of the World Food Programme met Foreign Minister Jan Kowal on Monday."
	rec = corefRecord(t, text)
	if a, ok := fivehundredninthActor(rec, "Tomas Berlo"); !ok || a.Affiliation != "" {
		t.Errorf("an employer made a side: %s", dump(rec))
	}
}

// fivehundredninthHasParties: some negotiation of the record has both
// names among its parties.
func fivehundredninthHasParties(rec graph.Record, a, b string) bool {
	return slices.ContainsFunc(rec.Negotiations, func(n graph.Negotiation) bool {
		return slices.Contains(n.Parties, a) && slices.Contains(n.Parties, b)
	})
}

// A mediator who met one side's people at one meeting and the other's at
// another went between them: with no sides named, the two are the
// parties; two leaders of one state seen apart are its rival leaders
// (sidesSeenApart; p2306, p1050). The negative case: a
// minister who is no broker touring two capitals makes no negotiation.
func TestSidesFromTheMediatorsVisits(t *testing.T) {
	text := "Envoy sees both camps\nGENEVA, March 3 - The United Nations mediator, Jan Kowal, met Sudanese President Tomas Berlo in Khartoum on Monday.\nOn Tuesday Kowal met Ana Ruvic of the Eastern Liberation Front in Kassala.\n"
	rec := corefRecord(t, text)
	if !fivehundredninthHasParties(rec, "Sudan", "Eastern Liberation Front") {
		t.Errorf("want the two sides the mediator saw: %s", dump(rec))
	}
	text = "Envoy sees both leaders\nGENEVA, March 3 - The mediator, Jan Kowal, met Haitian President Tomas Berlo in Port-au-Prince on Monday.\nOn Tuesday Kowal met Haitian army commander Ana Ruvic at the army headquarters.\n"
	rec = corefRecord(t, text)
	if !fivehundredninthHasParties(rec, "Tomas Berlo", "Ana Ruvic") {
		t.Errorf("want the two leaders the mediator saw apart: %s", dump(rec))
	}
	text = "Minister on tour\nGENEVA, March 3 - Polish Foreign Minister Jan Kowal met Kenyan President Tomas Berlo in Nairobi on Monday.\nOn Tuesday Kowal met Ugandan President Ana Ruvic in Kampala.\n"
	rec = corefRecord(t, text)
	if fivehundredninthHasParties(rec, "Kenya", "Uganda") {
		t.Errorf("a tour made a negotiation: %s", dump(rec))
	}
}
