package extract

import "testing"

// Issue 14's two-hundred-and-thirty-ninth round: the precision of who met
// whom (p1466-p1471: a 1989 broadsheet on a summit after an airport
// welcome, an Indian paper on a state visit with a parade and a banquet,
// an Afghan news agency on a delegation's talks reported by its
// spokesman, a 2000 broadsheet on a secretary of state's talks and
// courtesy call, a Gulf paper on proximity talks, a wire on a signing
// before foreign ministers); each rule with sentences of its own.

// "The delegation included ..., according to a statement from spokesman
// X": the one who issued the statement is the report's source, not one
// of the delegation's members at the meeting told before
// (args.statementSource; p1468). The negative case: a member the list
// names outright stays at the meeting.
func TestStatementSourceIsNoMember(t *testing.T) {
	lead := "Minister meets rebels\nKORAM, May 5 - Borvian Foreign Minister Piet Oster met a rebel delegation headed by Jan Dorn in Koram on Wednesday, officials said.\n"
	rec := corefRecord(t, lead+"The nine-member delegation included members of the group's council, according to a statement from rebel spokesman Bo Kram, who is based in Arland.")
	if !metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("want Oster with Dorn: %s", dump(rec))
	}
	if metPair(rec, "Piet Oster", "Bo Kram") || metPair(rec, "Jan Dorn", "Bo Kram") {
		t.Errorf("the statement's source read as a member: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The delegation included Bo Kram, a council member, and Ana Vel, according to officials.")
	if !metPair(rec, "Piet Oster", "Bo Kram") {
		t.Errorf("want the listed member Kram with Oster: %s", dump(rec))
	}
}

// "Before seeing X she called on Y", "After meeting X, he visited Y": the
// fronted adjunct tells the subject's own encounter with X; the pronoun
// opening the main clause is the person the sentence before opens with,
// not X, and X is at no meeting with Y (meeting.frontedGerund,
// coref.SequencePronoun; p1469). The negative case: an adjunct with no
// person ("Before the talks, A and B met") leaves the main clause's
// people together.
func TestFrontedGerundAdjunctApart(t *testing.T) {
	lead := "Envoy in Koram\nKORAM, Oct. 23 - Secretary of State Anna Oster met the Borvian leader, Jan Dorn, for three hours today.\n"
	for _, s := range []string{
		"Before seeing Mr. Dorn she called on Bo Kram, the nominal head of state.",
		"After meeting Dorn, she called on Bo Kram.",
		"After talks with Dorn, she called on Bo Kram.",
	} {
		rec := corefRecord(t, lead+s)
		if !metPair(rec, "Anna Oster", "Bo Kram") {
			t.Errorf("%s: want Oster with Kram: %s", s, dump(rec))
		}
		if metPair(rec, "Jan Dorn", "Bo Kram") {
			t.Errorf("%s: the adjunct's person put with Kram: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Before the talks, Dorn and Bo Kram met privately.")
	if !metPair(rec, "Jan Dorn", "Bo Kram") {
		t.Errorf("want Dorn with Kram: %s", dump(rec))
	}
}

// "In September 2019 a delegation led by X visited B and met Y": a
// member list in a sentence dated to another year than the meeting told
// before it is of an encounter then, so neither X nor Y joins the day's
// talks (doc.otherYear in attachRosters; p1468). The negative cases: with
// no year ("The delegation was led by X and included Y"), or the
// meeting's own year, the list still joins the talks.
func TestLedDelegationOwnEncounter(t *testing.T) {
	lead := "Envoy talks\nKABUL - Foreign Minister Wang Li met Piet Oster in Koram on Wednesday. "
	rec := corefRecord(t, lead+"In September 2019 a delegation led by Jan Dorn visited Beijing and met Bo Kram.")
	if !metPair(rec, "Wang Li", "Piet Oster") {
		t.Errorf("want Wang Li with Oster: %s", dump(rec))
	}
	if metPair(rec, "Wang Li", "Jan Dorn") || metPair(rec, "Wang Li", "Bo Kram") {
		t.Errorf("the earlier visit merged into the day's talks: %s", dump(rec))
	}
	for _, s := range []string{"The delegation was led by Jan Dorn and included Bo Kram.", "The delegation was led by Jan Dorn, minister since 2025, and included Bo Kram."} {
		rec = corefRecord(t, lead+s)
		if !metPair(rec, "Wang Li", "Jan Dorn") || !metPair(rec, "Wang Li", "Bo Kram") {
			t.Errorf("%s: want the delegation at the talks: %s", s, dump(rec))
		}
	}
}
