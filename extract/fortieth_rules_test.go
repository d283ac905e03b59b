package extract

import "testing"

// Issue 14's fortieth round: the parties of negotiations the roles reader
// did not frame, the constructions the fortieth probe batch (p272-p277)
// and older probe articles showed, each with sentences of its own.

// "The two sides have negotiated X", "the two sides disagreed", "both
// sides pushed forward the negotiations": bargaining said of the two sides
// the story's held meetings bring together makes them the parties, as a
// dispute settled or proposals exchanged did (p228's "the two sides have
// negotiated that price", p188's "have negotiated directly", p229's
// "disagreed until the last day", p68's "push forward the negotiations",
// p258's ministers "who had negotiated the figures"). Negotiations over
// what partners cooperate on (investment, tourism) are no dispute (p58).
func TestTwoSidesBargaining(t *testing.T) {
	met := "Ana Rossi, Chile's foreign minister, met Peru's foreign minister, Piet Grout, in Lima on Tuesday. "
	wantRoles(t, met+"The two sides have negotiated the price of river water since 2019.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, met+"The two sides disagreed until the last hour on the wording of the fishing clause.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, met+"Both sides agreed to push forward the negotiations on the lake boundary.", []string{"Chile", "Peru"}, nil)
	// Partners: negotiations on cooperation, or no bargaining at all.
	wantRoles(t, met+"The two sides agreed to start negotiations on an agreement on investment and tourism.", nil, nil)
	wantRoles(t, met+"The two sides agreed to open a new consulate in Arica.", nil, nil)
}

// "The government of A and the <description>, G, signed a ceasefire",
// "the A-ian government and the Council of G signed a framework accord":
// a state told as its government, joined to the movement it negotiates
// with as one subject, makes the two sides, the movement named after a
// description in apposition (p273's "the last rebel movement still
// fighting it, the Forces for National Liberation,") or named like a
// council in a sentence of armed conflict (p220's "National Socialist
// Council of Nagaland", "since the group agreed to a ceasefire"; p196's
// "The Government of Bangladesh and the ... Samiti today signed the
// accord", p251's "Angola's government and the ... rebel movement").
// A lender joined to a government signs a loan, not a peace.
func TestGovernmentAndMovement(t *testing.T) {
	wantRoles(t, "The government of Chile and the only armed group still fighting it, the Southern Liberation Front, signed a truce on Friday.",
		[]string{"Chile", "Southern Liberation Front"}, nil)
	wantRoles(t, "The Chilean government and the Highland Council of Arauco signed a framework accord on Friday, ten years after the rebels laid down a ceasefire.",
		[]string{"Chile", "Highland Council of Arauco"}, nil)
	wantRoles(t, "The government of Chile and the Highland Council of Arauco signed a framework accord on Friday, ten years after the rebels laid down a ceasefire.",
		[]string{"Chile", "Highland Council of Arauco"}, nil)
	// No armed conflict, a lender: no sides.
	wantRoles(t, "The government of Chile and the Pacific Development Bank signed a loan agreement for rural roads on Friday.", nil, nil)
	wantRoles(t, "The government of Chile and the Pacific Development Bank agreed to fund a new port.", nil, nil)
}

// "A's dispute with B", "A's talks with B", "A's negotiations with B": a
// side's possessive on a negotiation or dispute noun with the other side
// after "with" names the two parties (p272's "Chad's dispute with Sudan",
// p274's "Iraq's talks with Iran", p276's "New Zealand's negotiations with
// South Korea"). A person's talks, talks framed as cooperation, or a pact
// of partners are no dispute.
func TestPossessiveDisputeWith(t *testing.T) {
	wantRoles(t, "Chile's long dispute with Peru over the river had closed the border crossing in 2019.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chile's negotiations with Peru stalled in May over the price of water.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chile's talks with Peru had been stuck for a year.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chile's talks with Peru on tourism and investment went well.", nil, nil)
	wantRoles(t, "The minister's talks with Peru went well.", nil, nil)
	wantRoles(t, "Chile's agreement with Peru on student exchanges was renewed.", nil, nil)
}

// "X and Y acted as mediators, together with Z", "the mediation that X,
// together with Y and Z, has conducted": the states and bodies listed
// after "together with" in a sentence that names brokers broker with them
// (p190's "acted as mediators in the talks ..., together with the
// International Organisation of La Francophonie", p100's "the mediation
// that Qatar, together with Egypt and the United States, has been
// conducting", p86's "its efforts together with the Kingdom of Saudi
// Arabia and the United States for the mediation"). Said of a side, or in
// a sentence that names no broker, the list is no one's broker.
func TestTogetherWithBrokers(t *testing.T) {
	wantRoles(t, "Chile and Peru signed a border accord in Lima. The African Union and the United Nations acted as mediators in the talks, together with the Andean Community.",
		[]string{"Chile", "Peru"}, []string{"African Union", "Andean Community", "United Nations"})
	wantRoles(t, "Chile and Peru signed a border accord in Lima, mediated by Norway. Chile, together with Argentina, has pressed Peru since May.",
		[]string{"Chile", "Peru"}, []string{"Norway"})
	wantRoles(t, "Chile and Peru signed a border accord in Lima. Chile, together with Argentina and Brazil, had asked for the talks.",
		[]string{"Chile", "Peru"}, nil)
}

// "X, the <description> who leads the mediation", "X, who is leading the
// mediation team": leading the mediation in any tense is chairing it, so
// the person the relative or its apposition describes brokers (p247's
// "General X, the Kenyan envoy who leads the mediation of IGAD"; p239's
// and p230's "led the mediation"), and a state's minister who leads the
// mediation his state brokers sits for it, as a chair does (p44's
// "Qatar's Minister of State X, who leads the mediation"; p37). Leading a
// delegation is one side's work.
func TestLeadsTheMediation(t *testing.T) {
	wantRoles(t, "Chile and Peru signed a border accord in Lima in the presence of General Piet Grout, the Bolivian envoy who leads the mediation.",
		[]string{"Chile", "Peru"}, []string{"Piet Grout"})
	wantRoles(t, "Chile and Peru signed a border accord in Lima. Piet Grout, who is leading the mediation team, said the war was over.",
		[]string{"Chile", "Peru"}, []string{"Piet Grout"})
	wantRoles(t, "Chile and Peru signed a border accord in Lima, mediated by Norway. Norway's Minister of State Lars Dahl, who leads the mediation, said the war was over.",
		[]string{"Chile", "Peru"}, []string{"Norway"})
	wantRoles(t, "Chile and Peru signed a border accord in Lima. Piet Grout, who leads the delegation of Peru, said the war was over.",
		[]string{"Chile", "Peru"}, nil)
}
