package extract

import (
	"testing"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's four-hundred-and-sixty-third round: a batch targeted at
// meetings told through delegations whose heads are named after, and at
// talks told only by their outcome (p2810-p2815: a 1970s wire on
// ambassadorial talks in Warsaw, a 2010s wire on working-level talks near
// Stockholm, a 2020s wire on sea-border talks at a UN base, a 2000s
// agency on talks in a Chinese city, a 2010s agency on talks in a border
// city, a 2010s broadsheet on a delegation's lunch); each rule with
// sentences of its own.

// "X, director general of the ministry's regional affairs bureau for
// the east, headed the A delegation, while Y, the state's ambassador for
// talks with B, led the B side": a leader's post of more than eight words
// between commas (leaders; p2813, p2814, with the talks told by their
// outcome before them, as in p2803). The negative case: "After meeting X,
// <a long subject> led" does not make X a leader.
func TestLeaderPastALongPost(t *testing.T) {
	lead := "Neighbours agree to reopen crossing\nThe accord was reached in four days of negotiations in Valmora which closed on Wednesday. "
	for _, line := range []string{
		"Piet Danvers, director general of the foreign ministry's Eastern and Northern Affairs Bureau, headed the Norland delegation, while Karel Ostrov, Sudland's ambassador for normalization talks with Norland, led the Sudland side.",
		"Piet Danvers, a senior foreign ministry official in charge of the crossing, led the Norland delegation. Karel Ostrov, vice director of the Sudland General Bureau for Border Zones, headed the Sudland team.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Piet Danvers", "Karel Ostrov") {
			t.Errorf("%q: want Danvers and Ostrov at the talks: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"After meeting Piet Danvers, the newly appointed deputy trade ministers of the two small northern kingdoms led the Norland delegation. Karel Ostrov headed the Sudland team.")
	if heldAll(rec, "Piet Danvers", "Karel Ostrov") {
		t.Errorf("a person before a long subject read as a leader: %s", dump(rec))
	}
}

// "The accord was reached in days of talks in P. X led the A
// delegation. Y headed the B team": the talks are told by what they
// produced (outcomeTalks), their heads each in a sentence of their own
// after them, the first side's list not shutting out the second's
// (attachRosters; p2814, p2813, p2803). The negative cases: an agreement
// "reached in principle", or reached "in a telephone call", tells no
// talks.
func TestTalksToldByTheirOutcome(t *testing.T) {
	heads := " Piet Danvers led the Norland delegation. Karel Ostrov headed the Sudland team."
	for _, lead := range []string{
		"The accord was reached in four days of negotiations in Valmora which closed on Wednesday.",
		"The three-point deal was struck in the ninth round of expert-level talks in Valmora, after a month of stalemate.",
	} {
		rec := corefRecord(t, "Neighbours agree to reopen crossing\n"+lead+heads)
		if !heldAll(rec, "Piet Danvers", "Karel Ostrov") {
			t.Errorf("%q: want Danvers and Ostrov at the talks: %s", lead, dump(rec))
		}
	}
	for _, lead := range []string{
		"The agreement was reached in principle in Valmora on Wednesday, officials said.",
		"The agreement was reached in a telephone call on Wednesday, officials said.",
	} {
		if ok, _ := outcomeTalks(fourhundredsixtythirdToks(lead)); ok > 0 {
			t.Errorf("%q read as talks told by their outcome", lead)
		}
	}
}

// fourhundredsixtythirdToks: the tokens of one sentence.
func fourhundredsixtythirdToks(s string) []text.Token {
	return text.Tokenize(s)
}

// "The delegations met for an hour inside a compound of the force in
// the border town of P. The A team was headed by X, while the B delegation
// was led by Y": the talks are told by those at them as one subject, the
// heads named after (delegationsMet; p2812, p2811). The negative case:
// "The delegations met X" names its counterpart, and is no talks of the
// heads listed after.
func TestDelegationsMetBeforeTheirHeads(t *testing.T) {
	for _, lead := range []string{
		"The delegations met for roughly ninety minutes inside a compound of the border force, sharing one room.",
		"The two delegations held their last session in a lakeside manor north of the city.",
	} {
		rec := corefRecord(t, "Neighbours open sea border talks\nVALMORA (Reuters) - Norland and Sudland, still formally in a state of war, opened a first round of brokered negotiations on Wednesday about their contested maritime line.\n"+lead+
			" The Norland team was headed by Piet Danvers, while the Sudland delegation was led by Karel Ostrov.")
		if !heldAll(rec, "Piet Danvers", "Karel Ostrov") {
			t.Errorf("%q: want Danvers and Ostrov at the talks: %s", lead, dump(rec))
		}
	}
	d := newDoc(Article{ID: "t", Text: "Envoys in the capital\nThe delegations met Jonas Brandt, the head of the council, at the palace on Monday.", Published: corefPub})
	if k, _ := d.delegationsMet(1); k >= 0 {
		t.Errorf("the delegations meeting a named person read as talks of their own")
	}
}
