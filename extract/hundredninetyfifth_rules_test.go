package extract

import (
	"testing"
)

// Issue 14's hundred-and-ninety-fifth round: negotiations told without
// the word "talks" (p1202-p1207: an island quarrel taken to a court after
// a mediator's proposal, a first call between two presidents on a
// prisoner exchange, two prime ministers who "went over" a draft built
// on a commissioner's proposal, a 1950s chateau meeting that sought to
// narrow differences, a foreign ministry's readout of a three-phase
// proposal, two ministers who "discussed the dispute" and a courtesy
// call); each rule with sentences of its own.

// "the proposal which X put to both sides", "X presented a compromise
// plan to the two governments": one who puts a proposal to both sides
// mediates (proposalPutTo, putsides.go; lexicon "proposalPutVerbs";
// p1202, p1204). The negative cases: "put questions to both sides" names
// no proposal, and "put the plan to parliament" no sides, so the one who
// put it brokers nothing.
func TestProposalPutToBothSides(t *testing.T) {
	lead := "Neighbours agree on river line\nThe foreign ministers of Arland and Borvia held talks on their river border dispute in Geneva on Monday and agreed on a joint commission.\n"
	for _, c := range []struct{ text, who string }{
		{lead + "The compromise grew out of a proposal which Swedish diplomat Lars Eklund put to both sides last year.", "Lars Eklund"},
		{lead + "Lars Eklund, a Swedish diplomat, presented a compromise plan to the two governments in March.", "Lars Eklund"},
		{lead + "The text follows a draft that the retired judge, Lars Eklund, submitted to both parties in the spring.", "Lars Eklund"},
	} {
		rec := corefRecord(t, c.text)
		if !hasMediator(rec, c.who) {
			t.Errorf("%q: want %s a mediator: %s", c.text, c.who, dump(rec))
		}
	}
	for _, c := range []struct{ text, who string }{
		{lead + "Journalist Lars Eklund put questions to both sides after the meeting.", "Lars Eklund"},
		{lead + "Speaker Lars Eklund put the plan to parliament on Tuesday.", "Lars Eklund"},
	} {
		rec := corefRecord(t, c.text)
		if hasMediator(rec, c.who) {
			t.Errorf("%q: want %s no mediator: %s", c.text, c.who, dump(rec))
		}
	}
}
