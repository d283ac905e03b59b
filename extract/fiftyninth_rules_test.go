package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's fifty-ninth round: meetings whose sides are told before their
// people — "Representatives of A and B ended talks", the heads named in a
// quote's attribution later, and earlier rounds of the series told with no
// people — in sentences of this file's own.

// pairHeld: a held meeting among ms joins exactly the two names.
func pairHeld(pairs [][]string, a, b string) bool {
	want := []string{a, b}
	slices.Sort(want)
	return slices.ContainsFunc(pairs, func(p []string) bool { return slices.Equal(p, want) })
}

// "Representatives of A and B met": a plural noun of people before the
// sides makes them the subject, as "Delegations from A and B" does (p368,
// p387, p390, p129, p142).
func TestRepresentativesOfTheSides(t *testing.T) {
	got := heldPairs(t, "Representatives of Chile and Bolivia ended two days of talks in Lima on Friday.")
	if !pairHeld(got, "Bolivia", "Chile") {
		t.Errorf("held %v, want Chile and Bolivia", got)
	}
	// Their heads named later replace the sides.
	got = heldPairs(t, "Representatives of Chile and Bolivia met in Lima on Friday. The Chilean delegation was led by Ana Soto. Bolivia's team was headed by Luis Vera.")
	if !pairHeld(got, "Ana Soto", "Luis Vera") {
		t.Errorf("held %v, want Soto and Vera", got)
	}
}

// "X, who headed B's team, said" and "said X, who led the A delegation":
// the head of a side's team is named in a relative clause of a quote's
// attribution, and joins the talks the lead told (p387, p390).
func TestLeaderInARelativeClause(t *testing.T) {
	text := "Delegations from Chile and Bolivia met in Lima on Friday. \"We made progress,\" said Ana Soto, who led the Chilean delegation. Luis Vera, who headed Bolivia's team, told reporters the gap was narrow."
	got := heldPairs(t, text)
	if !pairHeld(got, "Ana Soto", "Luis Vera") {
		t.Errorf("held %v, want Soto and Vera", got)
	}
	// Minimal pair: a relative clause of another verb names no head; the
	// person who only commented stays out of the talks.
	text = "Delegations from Chile and Bolivia met in Lima on Friday. \"We made progress,\" said Ana Soto, who praised the Chilean delegation."
	for _, p := range heldPairs(t, text) {
		if slices.Contains(p, "Ana Soto") {
			t.Errorf("a commentator joined the talks: %v", p)
		}
	}
}

// "The previous round, held in X in November, ended ...", "The first
// round was held in X": an earlier round of the series, told with no
// people, was between the sides of the talks the story opened with, even
// when their heads are named in between (p368, p386, p389, p390, p391).
func TestEarlierRoundOfTheSides(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	for _, round := range []string{
		"The previous round, held in Cusco in March, ended without agreement.",
		"The first round was held in Cusco in March.",
	} {
		text := "River talks\nDelegations from Chile and Bolivia met in Lima on Friday. The Chilean delegation was led by Ana Soto. Bolivia's team was headed by Luis Vera. Both sides want a deal. Farmers have waited for years. " + round
		m, ok := heldWith(heldAt(t, text, pub), "Bolivia", "Chile")
		if !ok || m.Place != "Cusco" || m.Date != "2025-03" {
			t.Errorf("%q: earlier round %v (found %v), want Chile and Bolivia in Cusco in 2025-03", round, m, ok)
		}
	}
	// Minimal pairs: talks whose lead names its people give no sides to
	// an earlier round, and "a second round of voting" is no round of talks.
	for _, text := range []string{
		"River talks\nForeign ministers Ana Soto of Chile and Luis Vera of Bolivia met in Lima on Friday. The previous round was held in Cusco in March.",
		"River talks\nDelegations from Chile and Bolivia met in Lima on Friday. A second round of voting was held in Cusco in March.",
	} {
		if m, ok := heldWith(heldAt(t, text, pub), "Bolivia", "Chile"); ok && m.Place == "Cusco" {
			t.Errorf("%q: an earlier round of the sides: %v", text, m)
		}
	}
}

// "KUNMING, China, March 9 - Representatives of A and B ended talks": a
// dateline giving the city's country before the day is cut, so that the
// sentence's subject is read (p368, p260, p157).
func TestDatelineWithCountryBeforeTheDay(t *testing.T) {
	pub := time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)
	text := "River talks\nLIMA, Peru, March 9 - Representatives of Chile and Bolivia ended two days of talks in the Peruvian capital on Saturday."
	if _, ok := heldWith(heldAt(t, text, pub), "Bolivia", "Chile"); !ok {
		t.Errorf("no talks of Chile and Bolivia under a dateline with its country: %v", heldAt(t, text, pub))
	}
}

// "The talks were convened by X, whom the bloc named in August as its
// mediator": the month is the naming's, and the talks are those the
// sentence before the last told ("signed ... on Wednesday, following ten
// days of talks"), past a sentence that names no meeting (p99).
func TestConvenedTalksTakeTheLeadsDay(t *testing.T) {
	pub := time.Date(2022, 11, 3, 0, 0, 0, 0, time.UTC) // a Thursday
	lead := "River accord\nChile and Bolivia signed an accord on the river in Cusco on Wednesday, following ten days of talks. The accord was signed by Ana Soto, who led the Chilean delegation, and by Luis Vera, who led the delegation of Bolivia. "
	wantHeldOn(t, pub, lead+"The talks were convened by the envoy Jorge Paz, with the support of the former minister Rosa Diaz, whom the regional bloc named in August as its mediators.",
		"Jorge Paz", "Ana Soto", "2022-11-02")
	// Minimal pair: a time of the predicate itself, outside any relative
	// clause, stays the meeting's.
	wantHeldOn(t, pub, lead+"The talks were convened by the envoy Jorge Paz, with the support of the former minister Rosa Diaz, in August.",
		"Jorge Paz", "Rosa Diaz", "2022-08")
}

// "The military delegation was led by X, while the rebels' side was
// headed by Y": a delegation named by a noun of a state's own side is the
// state's, the only state at the talks, whose head then stands for it
// (p368, p142).
func TestHomeSideDelegation(t *testing.T) {
	text := "Representatives of Chile and the Southern Front ended two days of talks in Lima on Friday. The government delegation was led by Ana Soto, while the Southern Front's side was headed by Luis Vera."
	got := heldPairs(t, text)
	if len(got) != 1 || !pairHeld(got, "Ana Soto", "Luis Vera") {
		t.Errorf("held %v, want only Soto and Vera", got)
	}
	// Minimal pair: with two states at the talks "the government" is not
	// told apart, and neither state leaves the meeting for Soto.
	text = "Representatives of Chile and Bolivia ended two days of talks in Lima on Friday. The government delegation was led by Ana Soto."
	for _, p := range heldPairs(t, text) {
		if slices.Contains(p, "Ana Soto") && !slices.Contains(p, "Chile") && !slices.Contains(p, "Bolivia") {
			t.Errorf("a state left the talks for a head of an unnamed side: %v", p)
		}
	}
}
