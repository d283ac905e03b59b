package extract

import "testing"

// Issue 14's two-hundred-and-tenth round: an untargeted stranger's batch
// (p1292-p1297: prime ministers' Kashmir talks in a 1953 broadsheet, a
// wire on two presidents' border accords in 1991, a French outlet on a
// summer-retreat summit in 2019, a Pacific paper on a premier's talks in
// Beijing in 2019, a Horn of Africa site on an election deal in 2021, a
// 1971 broadsheet on two leaders' talks on a Common Market bid); each
// rule with sentences of its own.

// A mediation noun with its agent after "by" makes the agent a
// mediator, as "the mediation of X" does: "after a mediation by X",
// "after mediation by X" (mediationByAgent, roles/roles.go; p1293). The
// negative cases: "by" after a verb ("the mediation was rejected by X")
// and "by" before no actor ("mediation by telephone") name no broker,
// nor does an earlier, spent process ("earlier mediation by X
// collapsed").
func TestMediationByAgent(t *testing.T) {
	for _, text := range []string{
		"Talks\n\nTARNOW - The quarrel between Kelvia and Dornland ended with a treaty after a mediation by Pope Clement.",
		"Talks\n\nTARNOW - The quarrel between Kelvia and Dornland ended with a treaty after mediation by Norway.",
	} {
		rec := corefRecord(t, text)
		if !hasMediator(rec, "Pope Clement") && !hasMediator(rec, "Clement") && !hasMediator(rec, "Norway") {
			t.Errorf("%q: want the agent of the mediation as a mediator: %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		"Talks\n\nTARNOW - Kelvia and Dornland resumed talks on the border. The mediation was rejected by Norway.",
		"Talks\n\nTARNOW - Kelvia and Dornland resumed talks on the border. Dornland refused mediation by telephone.",
		"Talks\n\nTARNOW - Kelvia and Dornland resumed talks on the border. Earlier mediation by Norway collapsed in 2006.",
		"Talks\n\nTARNOW - Kelvia and Dornland resumed talks on the border. A previous mediation by Norway failed.",
	} {
		rec := corefRecord(t, text)
		for _, n := range rec.Negotiations {
			if len(n.Mediators) > 0 {
				t.Errorf("%q: want no mediator: %s", text, dump(rec))
			}
		}
	}
}

// A meeting further down a dispatch set in its dateline's city is one of
// the story's own days when it falls within two days of the dateline's
// own day, not only of the publication's: "called on X on Saturday" in
// Monday's dispatch printed on Tuesday took place in the dateline's city
// (fromFiling, meeting/places.go; p1292). The negative case: a meeting
// four days before the dispatch is background and may have been
// anywhere.
func TestFilingDayCountsStoryDays(t *testing.T) {
	lead := "Talks end\n\nTARNOW, May 5.\n\nThe Prime Ministers of Kelvia and Dornland ended three days of conversations here tonight with a joint statement on the river waters.\n\n" +
		"The statement says both sides will name experts to study the dispute.\n\n" +
		"Officials said the experts would report within six months.\n\n" +
		"The talks ranged over trade and the frontier as well.\n\n"
	rec := corefRecord(t, lead+"Mr. Anton Merel called on the President, Ilse Varga, on Saturday morning.")
	if m := meetingWith(rec, "Anton Merel", "Ilse Varga"); m == nil || m.Place != "Tarnow" || m.Date != "2025-05-03" {
		t.Errorf("want the call on Saturday placed in Tarnow: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Mr. Anton Merel called on the President, Ilse Varga, last Thursday.")
	if m := meetingWith(rec, "Anton Merel", "Ilse Varga"); m != nil && m.Place == "Tarnow" {
		t.Errorf("want the call four days before the dispatch unplaced: %s", dump(rec))
	}
}
