package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-twenty-third round: negotiation roles made
// wrongly (p2570-p2575: talks at a castle under a host's dateline, talks
// in a hill town facilitated by the host with two observer powers, a
// protocol signed before a host president with a mediator and an observer
// power, a framework initialled before a facilitator with an observer
// group, talks in a steppe capital sponsored by three guarantors, a
// conference of two leaders opened by a third); each rule with sentences
// of its own.

// "Officials from A and B attended the talks as observers", "took part in
// the talks as observers": the words of taking part between "A and B" and
// "as observers" still tell A and B as third parties, no pair of sides
// (attendanceWords, roles asThirdParties; p2571, p1562). The negative case:
// "A and B attended the talks and signed the accord" still pairs them.
func TestAttendedAsObserversNoSides(t *testing.T) {
	for _, text := range []string{
		"Talks\nOfficials from Norway and Japan attended the talks as observers.",
		"Talks\nThe government and the rebels held talks in Lusaka on Monday, the ministry said. Diplomats from Norway and Japan took part in the talks as observers.",
	} {
		if got := partiesOf(t, text); slices.Contains(got, "Norway") || slices.Contains(got, "Japan") {
			t.Errorf("%q: parties %v, want neither observer", text, got)
		}
	}
	text := "Talks\nThe government and the rebels held talks in Lusaka on Monday. Norway and Japan attended the talks and signed the accord."
	if got := partiesOf(t, text); !slices.Equal(got, []string{"Japan", "Norway"}) {
		t.Errorf("%q: parties %v, want Japan and Norway", text, got)
	}
}

// "talks on A and B", "talks about A and B": the states after a topic
// preposition right after a noun of talks say what the talks concern, not
// who negotiates (topicTalkNouns, topicTalkPreps; p2570, p2572). The
// negative case: "talks between A and B" still pairs them.
func TestTalksOnStatesNoSides(t *testing.T) {
	for _, text := range []string{
		"Talks\nThe ministers of Norway held talks on Chile and Peru in Lusaka on Monday.",
		"Talks\nMr Tomas Verhoek, the envoy, said the talks on Chile and Peru would resume in Lusaka next week.",
		"Talks\nThe envoys will open talks about Chile and Peru in Lusaka next week.",
	} {
		if got := partiesOf(t, text); len(got) != 0 {
			t.Errorf("%q: parties %v, want none", text, got)
		}
	}
	text := "Talks\nThe envoys will open talks between Chile and Peru in Lusaka next week."
	if got := partiesOf(t, text); !slices.Equal(got, []string{"Chile", "Peru"}) {
		t.Errorf("%q: parties %v, want Chile and Peru", text, got)
	}
}

// "a treaty on the withdrawal of troops from A and independence for B":
// A and B each end a prepositional phrase of its own noun, with different
// prepositions, so "and" joins the two nouns of the deal's topic, not two
// sides (parallelPhrasePreps; p2572). The negative case: the same
// preposition on both ("Officials from A and envoys from B") still pairs
// them.
func TestParallelPhrasesNoSides(t *testing.T) {
	for _, text := range []string{
		"Talks\nThe treaty on the withdrawal of troops from Chile and aid to Peru was signed in Lusaka on Monday.",
		"Talks\nNegotiators signed a treaty on the withdrawal of troops from Chile and independence for Peru.",
	} {
		if got := partiesOf(t, text); len(got) != 0 {
			t.Errorf("%q: parties %v, want none", text, got)
		}
	}
	text := "Talks\nOfficials from Chile and envoys from Peru held talks in Lusaka on Monday."
	if got := partiesOf(t, text); !slices.Equal(got, []string{"Chile", "Peru"}) {
		t.Errorf("%q: parties %v, want Chile and Peru", text, got)
	}
}
