package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-sixty-eighth round: roles, mediators found
// but not given the role (p1640-p1645: an Egyptian daily on a
// reconciliation deal its intelligence service brokered, a Swiss agency
// on a trade deal under Swiss good offices, a state agency on a president
// carrying views between two sides, a state agency on a leader hosting and
// brokering a peace accord, a wire on talks a U.N. envoy convened, a
// regional daily on a regional grouping's meeting convened by its chair);
// each rule with sentences of its own.

// "Nine truces arranged by B since the war began have failed": a third
// party that arranged talks or a truce between the sides brokers them,
// as one that convened them does (arrangedTalksBy, roles arrangedby.go;
// p1644, the shape of p974 and p1618). The negative cases: a meeting
// arranged by a state may only be its host lending the ground, and a
// truce arranged by one of its sides brokers nothing.
func TestArrangedTalksMakeBroker(t *testing.T) {
	lead := "Border talks resume\nKAMPALA, March 3 - Uganda and Kenya resumed talks on their border on Monday in Kampala. "
	for _, s := range []string{
		"Nine truces arranged by Tanzania since the fighting began in June have failed.",
		"The talks were arranged by Tanzania, which borders both countries.",
	} {
		rec := corefRecord(t, lead+s)
		if !hasMediator(rec, "Tanzania") {
			t.Errorf("%q: want Tanzania as mediator: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"The meeting was arranged by Tanzania, which lent a lodge on the lake.",
		"A truce arranged by Kenya last week has held.",
	} {
		rec := corefRecord(t, lead+s)
		if hasMediator(rec, "Tanzania") || hasMediator(rec, "Kenya") {
			t.Errorf("%q: want no mediator: %s", s, dump(rec))
		}
	}
}

// "B, which trades with both, put itself forward as a mediator": a
// "with" phrase inside a relative clause set off by commas is
// the clause's own, no "with X as mediator"; the post is the antecedent's
// (closedRelativeWith, roles relativewith.go; p771, p1034). The negative
// case: "with X as go-between" outside any relative clause still gives
// the post to X, not to the clause's subject.
func TestRelativeClauseWithLeavesPostToAntecedent(t *testing.T) {
	lead := "Border talks resume\nKAMPALA, March 3 - Uganda and Kenya resumed talks on their border on Monday in Kampala. "
	for _, s := range []string{
		"Tanzania, which trades with Kenya and Uganda alike, put itself forward as a mediator.",
		"Tanzania, which trades with both of them, now stands ready to serve as go-between.",
	} {
		rec := corefRecord(t, lead+s)
		if !hasMediator(rec, "Tanzania") {
			t.Errorf("%q: want Tanzania as mediator: %s", s, dump(rec))
		}
	}
	s := "The delegations met in Arusha, with Tanzania as go-between."
	rec := corefRecord(t, lead+s)
	if !hasMediator(rec, "Tanzania") || hasMediator(rec, "Uganda") {
		t.Errorf("%q: want Tanzania alone as mediator: %s", s, dump(rec))
	}
}
