package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-fifty-second round: a targeted batch
// (p3344-p3349: bilateral visits and readouts, some whose talks negotiate a
// border, fisheries or trade dispute and some that are courtesy calls or
// friendship visits — a Nairobi daily on border talks in Juba, a ministry
// readout of an ambassador's courtesy call, an agency on a president's
// visit to a neighbour, a broadsheet on fisheries talks in New Delhi, an
// agency on a facilitated commission in Kampala, an agency on trade
// ministers' talks in Panama City); each rule with sentences of its own.

// "his counterpart from X, B" says whose side B is on, as "his X
// counterpart, B" does (counterpartFromState; p3348, p442). The negative
// case: "his counterpart from the ministry, B" names no state, so B has no
// side.
func TestCounterpartFromStateGivesSide(t *testing.T) {
	text := "Ministers confer\nLILONGWE, May 4 -- Foreign Minister Tobias Lungwe of Zambia held talks here on Friday with his counterpart from neighbouring Malawi, Grace Mphande."
	rec := corefRecord(t, text)
	if a := mustActor(t, rec, "Grace Mphande", graph.Person); a.Affiliation != "Malawi" {
		t.Errorf("want Mphande on Malawi's side, got %s", dump(rec))
	}
	text = "Ministers confer\nLILONGWE, May 4 -- Foreign Minister Tobias Lungwe of Zambia held talks here on Friday with his counterpart from the ministry, Grace Mphande."
	rec = corefRecord(t, text)
	if a := mustActor(t, rec, "Grace Mphande", graph.Person); a.Affiliation != "" {
		t.Errorf("want no side for Mphande, got %s", dump(rec))
	}
}

// "A and his counterpart from Y, B, whose presidents brokered the
// memorandum": the presidents stand for the two facilitators' states, as
// "whose governments" does (ownStatesNouns, whoseGovernmentBroker; p3348),
// so Y brokers beside A's state. The negative case: "whose presidents met
// in Lusaka" tells no brokering, and Y stays out of the mediators.
func TestWhosePresidentsBrokeredBringsStates(t *testing.T) {
	text := "Border commission meets\nNAIROBI, May 4 -- The border commission of Kenya and Tanzania met here on Friday to settle the dispute over the Lake Jipe crossing.\nThe talks were facilitated by Zambia's Foreign Minister Tobias Lungwe and his counterpart from neighbouring Malawi, Grace Mphande, whose presidents brokered the truce."
	rec := corefRecord(t, text)
	if _, mediators := roleNames(rec); !slices.Contains(mediators, "Malawi") {
		t.Errorf("want Malawi among the mediators, got %s", dump(rec))
	}
	text = "Border commission meets\nNAIROBI, May 4 -- The border commission of Kenya and Tanzania met here on Friday to settle the dispute over the Lake Jipe crossing.\nThe talks were facilitated by Zambia's Foreign Minister Tobias Lungwe and his counterpart from neighbouring Malawi, Grace Mphande, whose presidents met in Lusaka last year."
	rec = corefRecord(t, text)
	if _, mediators := roleNames(rec); slices.Contains(mediators, "Malawi") {
		t.Errorf("Malawi brokers on a clause that tells no brokering, got %s", dump(rec))
	}
}
