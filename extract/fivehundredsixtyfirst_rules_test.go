package extract

import "testing"

// Issue 14's five-hundred-and-sixty-first round: a targeted batch
// (p3398-p3403: wires, agencies and a public broadcaster on envoys' and
// ministers' visits, 2006-2014 — an envoy's palace audience and party
// calls, a peace envoy's two legs, an OSCE chairman between a capital and a
// deposed president, an AU envoy between rival presidents, a minister's
// calls in a new capital, a minister's thaw visit); each rule with
// sentences of its own.

// "Y joined the A delegation" puts Y at the meeting just told, as "Y joined
// the talks" does (joinedDelegation; p3358, p3401, p3402, p3403): the
// qualifier is a side's adjective or its leader's name. The negative case:
// "joined the delegation's staff in 2019" is a career, not a sitting.
func TestJoinedTheDelegationSitsAtMeeting(t *testing.T) {
	text := "Envoy sees premier\nForeign Minister Arvid Kellstrom met Prime Minister Tomas Varga in Brenica on Monday.\nDeputy minister Lena Holmgaard joined the Kellstrom delegation at the talks."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Arvid Kellstrom", "Tomas Varga", "Lena Holmgaard") {
		t.Errorf("want the joiner at the talks, got %s", dump(rec))
	}
	text = "Envoy sees premier\nForeign Minister Arvid Kellstrom met Prime Minister Tomas Varga in Brenica on Monday.\nThe company's chief, Oskar Brandt, joined the Norwegian delegation."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Arvid Kellstrom", "Tomas Varga", "Oskar Brandt") {
		t.Errorf("want the joiner of the side's delegation at the talks, got %s", dump(rec))
	}
	text = "Envoy sees premier\nForeign Minister Arvid Kellstrom met Prime Minister Tomas Varga in Brenica on Monday.\nHis adviser Lena Holmgaard joined the delegation's staff in 2019 after a career in banking."
	rec = corefRecord(t, text)
	if heldAll(rec, "Arvid Kellstrom", "Lena Holmgaard") {
		t.Errorf("a career read as a sitting, got %s", dump(rec))
	}
}

// "the Ravel delegation" after "Prime Minister Ana Ravel" names the side
// she leads, so she stays a person and keeps her seat in a meeting of
// three (leaderSide; p3401, p3403, p3155). The negative case: a name the
// text never gives in full ("the Zarovian delegation" of no one) gains no
// person.
func TestLeaderSurnameDelegationKeepsPerson(t *testing.T) {
	text := "Talks in Melsk\nMediator Piotr Halvan met Prime Minister Ana Ravel and her deputy Jon Sorrel in Melsk on Monday.\nThe Ravel delegation asked for more time."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Piotr Halvan", "Ana Ravel", "Jon Sorrel") {
		t.Errorf("want the leader at her meeting, got %s", dump(rec))
	}
	for _, a := range rec.Actors {
		if a.Name == "Ana Ravel" && a.Kind != "person" {
			t.Errorf("the leader made a %s, got %s", a.Kind, dump(rec))
		}
	}
	text = "Talks in Melsk\nMediator Piotr Halvan met Prime Minister Ana Ravel in Melsk on Monday.\nThe Zarovia delegation asked for more time."
	rec = corefRecord(t, text)
	for _, a := range rec.Actors {
		if a.Name == "Zarovia" && a.Kind == "person" {
			t.Errorf("a side's name made a person, got %s", dump(rec))
		}
	}
}
