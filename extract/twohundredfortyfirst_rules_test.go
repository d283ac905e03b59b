package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-forty-first round: the sides of a
// negotiation told by a generic noun (p1478-p1483: a coal strike's talks
// at a conciliation service, a car plant strike settled before a state
// labour minister, a junta and its opposition brought to terms by a
// neighbour's president, a mine's wage deal under a mediation body,
// rebel movements and their government at a leader's mediation, an
// airline and its cabin crew's union at a conciliation service); each
// rule with sentences of its own.

// "acted as mediator between the company and the union", "talks between
// the government and the rebels", "mediator between Malawi and the
// rebels": each side told by a generic noun is resolved to the actor of
// its kind the story named — by a name that holds the noun ("the board"),
// the actor coreference gave it unless that one mediates or is a
// mediator's body, else the last one mentioned (for "the government"
// the state the story names most), or every one for a plural — and a
// trade union is a side across from its employer (genericBetween, labourSides,
// roles/genericsides.go; lexicon "genericStateSides",
// "genericGroupSides", "genericEmployerSides", "genericUnionSides",
// "unionNameWords"; p1478, p1482, p1483). The negative cases: generic
// sides with no named actor of their kind, two generic sides of one
// kind ("the junta and the opposition"), a bloc whose name holds
// "Union", a body named only as the venue of the talks, and the host
// state of talks for "the government" (p1111).
func TestGenericSidesResolved(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"Steel plant dispute\nWorkers of Valdor Steel Ltd downed tools in March, backed by the National Union of Steel Workers.\nLabour commissioner Anna Brel acted as mediator between the company and the union on Tuesday.", "Valdor Steel Ltd", "National Union of Steel Workers"},
		{"Pit dispute drags on\nThe Northern Mining Board has closed three pits, and the United Mineworkers Union has called a strike.\nMr Ivo Kesk, an arbitration official, acted as mediator between the board and the union for a week.", "Northern Mining Board", "United Mineworkers Union"},
		{"Malawi foes meet in Rome\nMalawian President Peter Banda and rebel leader John Phiri of the Free Hills Front met for the first time on Thursday.\nThe two men spent hours at the offices of the Valdor Peace Foundation, which has mediated between the government and the rebels since 2015.\nItalian Prime Minister Marco Rossi received the two leaders separately on Wednesday.", "Malawi", "Free Hills Front"},
		{"Steel talks resume\nTalks between Valdor Steel Ltd and the National Union of Steel Workers resumed on Monday under a government mediator.", "Valdor Steel Ltd", "National Union of Steel Workers"},
	} {
		rec := corefRecord(t, c.text)
		if !hasPartyNamed(rec, c.a) || !hasPartyNamed(rec, c.b) {
			t.Errorf("%q: want %s and %s parties: %s", c.text, c.a, c.b, dump(rec))
		}
	}
	for _, c := range []struct{ text, who string }{
		{"Strike talks resume\nLabour commissioner Anna Brel acted as mediator between the company and the union on Tuesday, officials in Valdora said.", "Anna Brel"},
		{"Transition deal near\nThe Patriotic Council and the Democratic Front of Malawi both sent delegations.\nPresident Lars Eklund acted as mediator between the junta and the opposition.", "Patriotic Council"},
		{"Union talks\nThe European Union has criticised the National Union of Steel Workers over the blockade of its offices.\nAnna Brel acted as mediator between the company and the union.", "European Union"},
		{"Malawi foes meet in Rome\nMalawian President Peter Banda and rebel leader John Phiri of the Free Hills Front met for the first time on Thursday.\nThe two men spent hours at the offices of the Valdor Peace Foundation, which has mediated between the government and the rebels since 2015.\nItalian Prime Minister Marco Rossi received the two leaders separately on Wednesday.", "Italy"},
		{"Strike talks resume\nThe strike at the docks entered its third week, and talks opened at the Harbour Secretariat, where the National Union of Dock Workers sent a team.\nAnna Brel acted as mediator between the management and the union.", "Harbour Secretariat"},
	} {
		rec := corefRecord(t, c.text)
		if hasPartyNamed(rec, c.who) {
			t.Errorf("%q: want %s no party: %s", c.text, c.who, dump(rec))
		}
	}
	rec := corefRecord(t, "Strike talks resume\nLabour commissioner Anna Brel acted as mediator between the company and the union on Tuesday, officials in Valdora said.")
	for _, n := range rec.Negotiations {
		if len(n.Parties) > 0 {
			t.Errorf("no company or union named: want no parties: %s", dump(rec))
		}
	}
}
