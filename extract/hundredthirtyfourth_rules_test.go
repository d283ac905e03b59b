package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-fourth round: mediator roles lost because
// the mediator is told apart from the talks (a label list "Mediators:",
// a body named by a short form, an envoy whose body is named elsewhere),
// with sentences of its own.

// A colon right after a mediator noun labels the list of the mediators
// ("Mediators: X, for the Y government; Z and W, of the V"): its items
// may be people, parted by commas, "and" or semicolons (roles.go
// colonList; p837). The negative cases: a noun with a complement before
// the colon ("guarantor countries: A, with its envoy X, and B") lists
// bodies only, and a verb before the colon ("The mediators said: ...")
// lists nobody.
func TestLabelListOfMediatorPeople(t *testing.T) {
	text := "Delegates of Chad and the Kanem Front met in Tripoli on Friday for talks on a ceasefire. Mediators: Ola Berg, for the Norwegian government; Kim Lund and Pia Holm, of the Oslo Forum; and Lars Dahl, Bishop of Bergen."
	_, m := rolesIn(t, text)
	for _, want := range []string{"Ola Berg", "Kim Lund", "Pia Holm", "Lars Dahl"} {
		if !slices.Contains(m, want) {
			t.Errorf("%q: mediators %v, want %s", text, m, want)
		}
	}
	// A title before an item's name opens the item.
	text = "Delegates of Chad and the Kanem Front met in Tripoli on Friday for talks on a ceasefire. The team of mediators: Ola Berg, an envoy of the Norwegian government; and Archbishop Lars Dahl of Bergen."
	if _, m := rolesIn(t, text); !slices.Contains(m, "Lars Dahl") || !slices.Contains(m, "Ola Berg") {
		t.Errorf("%q: mediators %v, want Ola Berg and Lars Dahl", text, m)
	}
	// Negative: a complement before the colon lists bodies, and the envoy
	// inside an item's phrase is none.
	text = "Delegates of Chad and the Kanem Front met in Tripoli on Friday for talks on a ceasefire. The guarantor countries: Norway, with its envoy Ola Berg, and Cuba."
	if _, m := rolesIn(t, text); slices.Contains(m, "Ola Berg") {
		t.Errorf("%q: mediators %v, want no Ola Berg", text, m)
	}
	// Negative: a verb before the colon makes no list of mediators.
	text = "Delegates of Chad and the Kanem Front met in Tripoli on Friday for talks on a ceasefire. The mediators said: Ola Berg and Kim Lund must leave."
	if _, m := rolesIn(t, text); slices.Contains(m, "Ola Berg") || slices.Contains(m, "Kim Lund") {
		t.Errorf("%q: mediators %v, want neither Berg nor Lund", text, m)
	}
}

// A body named head last is named again by its head alone after "the"
// ("the World Bank" ... "under the good offices of the Bank"): the short
// form is the one organization of the story whose name that word ends
// (actors.headLastShort, resolveSingles; p841). The negative case: two
// bodies whose names end in the word ("the Gulf Cooperation Council" and
// "the UN Security Council") leave "the Council" unread.
func TestHeadLastShortFormOfBody(t *testing.T) {
	text := "Chile and Peru resumed talks on their river dispute in Lima on Monday. The World Bank has funded a survey of the river. The talks are held under the good offices of the Bank."
	wantRoles(t, text, []string{"Chile", "Peru"}, []string{"World Bank"})
	text = "Chile and Peru resumed talks on their river dispute in Lima on Monday. The Gulf Cooperation Council has funded a survey of the river. The talks are held under the good offices of the Council."
	wantRoles(t, text, []string{"Chile", "Peru"}, []string{"Gulf Cooperation Council"})
	// Negative: two councils; "the Council" names neither.
	text = "Chile and Peru resumed talks on their river dispute in Lima on Monday. The Gulf Cooperation Council and the UN Security Council have funded a survey of the river. The talks are held under the good offices of the Council."
	wantRoles(t, text, []string{"Chile", "Peru"}, nil)
}
