package extract

import "testing"

// Issue 14's five-hundred-and-twenty-fourth round: a targeted batch on
// mediators left out though found as actors (p3176-p3181: newspapers and
// agencies on exchanges and talks brokered by third states and envoys,
// 1962-2023 — a daily on a prisoner exchange brokered in Cairo, a wire on a
// guerrilla group's exchange made with a European state's mediation, an
// agency on a swap at a Gulf airport after two rulers' mediation, a wire on
// a detainee exchange under a Gulf state's auspices, a daily on talks held
// with a UN envoy's mediation, an agency on a handover after two envoys
// carried assurances); each rule with sentences of its own.

// "the mediation led by X", "mediation efforts led by the president of A,
// X, and the crown prince of B, Y" (every actor to the phrase's end, as
// after "mediation efforts by"), "the mediation is led by President X":
// the act of brokering named by its noun, led by an agent after "by", makes
// the agent a broker, as "the mediation of X" does (mediationLedBy,
// roles.go; p3178, p2406, p2946). The negative cases: an earlier mediation
// led by someone else ("earlier mediation led by X had failed") brokers no
// part of the talks told, and a verb other than one of leading ("the
// mediation was rejected by X") names no broker.
func TestMediationLedByAgent(t *testing.T) {
	lead := "Talks on prisoners\nDOHA, May 5 - Iran and the United States agreed a prisoner exchange on Monday after months of indirect talks. "
	for _, s := range []string{
		"The agreement followed the mediation led by former minister Ali Rahimov.",
		"The agreement was the result of mediation efforts led by the Qatari emir, Sheikh Ali Rahimov, and the Omani sultan, Tariq Karimov.",
		"The mediation is led by Qatari minister Ali Rahimov, who hosted the delegations.",
	} {
		rec := corefRecord(t, lead+s)
		if !hasMediator(rec, "Ali Rahimov") {
			t.Errorf("%q: want Ali Rahimov among the mediators, got %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"The agreement was the result of mediation efforts led by the Qatari emir, Sheikh Ali Rahimov, and the Omani sultan, Tariq Karimov.")
	if !hasMediator(rec, "Tariq Karimov") {
		t.Errorf("want the second leader among the mediators, got %s", dump(rec))
	}
	for _, s := range []string{
		"An earlier mediation led by Ali Rahimov had failed in 2019.",
		"The mediation was rejected by Ali Rahimov, who spoke for the hardliners.",
	} {
		rec := corefRecord(t, lead+s)
		if hasMediator(rec, "Ali Rahimov") {
			t.Errorf("%q: Ali Rahimov read as a mediator, got %s", s, dump(rec))
		}
	}
}
