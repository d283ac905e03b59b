package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-sixty-eighth round: a targeted batch
// (p2840-p2845: go-betweens and guarantors — a 2020s wire on water talks
// in Baghdad, a 2000s agency on a rebel accord with guarantors in
// Libreville, a 2000s wire on an envoy carrying messages to Casamance, a
// 2000s agency on water talks after mediation in Almaty, a 1990s agency
// on a bishop carrying messages in Davao, a 2000s wire on talks with
// guarantors in Kinkala); each rule with sentences of its own.

// "carrying messages between communist rebels and the government", "between
// the rebels of the north and the government in Ruvala": a go-between's
// two ends told by generic nouns with a modifier or a placing phrase are
// the story's government and movement (shuttledGenerics; p2844, p2793).
// The negative cases: the go-between's own state by its nationality ("a
// Malawian official") is no side, and two nouns of one kind are none.
func TestShuttledGenericSides(t *testing.T) {
	for _, c := range []struct{ text, state, group string }{
		{"Cleric frees hostages\nTORVIK, Feb 6 - A bishop in the south of Zambia said on Friday he had been carrying messages between communist rebels and the government for three weeks. He said the rebels of the Red Dawn Front wanted a halt to army operations.", "Zambia", "Red Dawn Front"},
		{"Envoy in contact\nTORVIK, Nov 26 - Mr Pavel Dorin has spent the past month carrying messages between the rebels of the north and the government in Lusaka, officials said. The Red Dawn Front wants a referendum on the north.", "Zambia", "Red Dawn Front"},
	} {
		rec := corefRecord(t, c.text)
		parties, _ := roleNames(rec)
		if !slices.Contains(parties, c.group) || !slices.Contains(parties, c.state) {
			t.Errorf("want %s and %s the sides: %s", c.state, c.group, dump(rec))
		}
	}
	for _, text := range []string{
		"Envoy in contact\nTORVIK, Nov 26 - A senior Malawian official has spent the past month carrying proposals between the rebels and the government, officials said. The Red Dawn Front wants a referendum in Zambia.",
		"Envoy in contact\nTORVIK, Nov 26 - A bishop has spent the past month carrying messages between communist rebels and the separatists, officials said. The Red Dawn Front and the Blue Coast Army fight in Zambia.",
	} {
		rec := corefRecord(t, text)
		parties, _ := roleNames(rec)
		if slices.Contains(parties, "Malawi") || len(parties) > 0 && slices.Contains(parties, "Blue Coast Army") && slices.Contains(parties, "Red Dawn Front") {
			t.Errorf("%q: unwanted sides %v", text, parties)
		}
	}
}
