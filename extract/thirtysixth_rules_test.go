package extract

import "testing"

// Issue 14's thirty-sixth round: sides of a dispute told in the
// constructions the thirty-sixth probe batch (p248-p253) showed, each with
// sentences of its own.

// "The talks between Karume and Hamad, facilitated by former Tanzanian
// president X" (p248), "who facilitated the talks between Gbagbo and
// Soro" (p253), "President X and opposition leader Y signed an agreement"
// with a mediator (p239): two leaders whose sides the story does not tell
// apart are themselves the sides of a brokered dispute.
func TestLeadersAsSides(t *testing.T) {
	wantRoles(t, "The talks between Rosa Quint and Marco Hale, facilitated by Ana Lind, ended on Friday.",
		[]string{"Marco Hale", "Rosa Quint"}, []string{"Ana Lind"})
	wantRoles(t, "Ana Lind, who mediated the talks between Rosa Quint and Marco Hale, said both had moved.",
		[]string{"Marco Hale", "Rosa Quint"}, []string{"Ana Lind"})
	// Minimal pairs: no third party brokers (two leaders meeting), or
	// none in the sentence that makes them the sides, and leaders of two
	// states, who stand for them.
	wantRoles(t, "The talks between Rosa Quint and Marco Hale ended on Friday.", nil, nil)
	wantRoles(t, "The talks between Rosa Quint and Marco Hale ended on Friday. Ana Lind mediated in the border dispute.",
		nil, []string{"Ana Lind"})
	wantRoles(t, "The talks between Chilean President Rosa Quint and Peruvian President Marco Hale, facilitated by Ana Lind, ended on Friday.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
}

// "The accord was signed by the government, by LURD and by MODEL" (p242),
// "signed by X for the government, by Y for UNITA and by Z, whose
// government mediated" (p251), "signed by Gbagbo, by Soro and by
// Compaore, who facilitated" (p253): a chain of "by" agents of "signed"
// names the sides; a signatory "for" a side signs as it, and one the
// story makes a mediator is none.
func TestSignedByChain(t *testing.T) {
	wantRoles(t, "The peace accord was signed by Chile, by the Forest Front and by Norway, which mediated the talks.",
		[]string{"Chile", "Forest Front"}, []string{"Norway"})
	wantRoles(t, "The peace accord was signed by Rosa Quint for Chile, by Marco Hale for the Forest Front and by Norway, which mediated the talks.",
		[]string{"Chile", "Forest Front"}, []string{"Norway"})
	// A mediator who signs: the state their post serves is no side by it.
	wantRoles(t, "The peace accord was signed by Rosa Quint for Chile, by Marco Hale for the Forest Front and by Norway's foreign minister, Ana Lind, who mediated the talks.",
		[]string{"Chile", "Forest Front"}, []string{"Ana Lind", "Norway"})
	// Minimal pair: one signatory is no chain.
	wantRoles(t, "The peace accord was signed by Chile, which Norway had helped.", nil, nil)
}

// "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut their
// ties with Qatar" (p240), "Ecuador and Colombia restored full diplomatic
// relations, closing a rift that opened when Quito cut ties" (p249): the
// states that break or mend relations are the sides of a rift, and a
// negotiation's where a third party brokers it.
func TestRiftSides(t *testing.T) {
	wantRoles(t, "Chile and Bolivia cut their ties with Peru on Monday. Ana Lind, who has mediated between the neighbours before, flew to Lima.",
		[]string{"Bolivia", "Chile", "Peru", "Peru"}, []string{"Ana Lind"})
	wantRoles(t, "Chile and Peru restored full diplomatic relations on Friday. Norway mediated the contacts that led to the step.",
		[]string{"Chile", "Peru"}, []string{"Norway"})
	// Minimal pair: a rift no third party brokers is no negotiation told.
	wantRoles(t, "Chile and Peru restored full diplomatic relations on Friday, ten years after the break.", nil, nil)
}

// "facilitated by former Tanzanian president X" (p248), "led by former
// Kenyan president X" (p95), "led by former vice-president X" (p165),
// "led by former prime minister X" (p198): the agent of a passive "by"
// is the person after a lower-case title and its modifiers.
func TestByLowerCaseTitle(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"The talks were facilitated by former Colombian president Ana Lind.",
		[]string{"Chile", "Peru"}, []string{"Ana Lind"})
	// Minimal pair: a lower-case word that is no title.
	wantRoles(t, lead+"The talks were facilitated by friendly Colombian farmers.",
		[]string{"Chile", "Peru"}, nil)
}
