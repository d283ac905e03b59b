package extract

import "testing"

// Issue 14's five-hundred-and-sixty-second round: an untargeted batch
// (p3404-p3409: wires, Korean, Japanese and Chinese agencies and papers on
// US-North Korea and inter-Korean diplomacy, 1995-2019 — a wire on reactor
// talks in Kuala Lumpur, an agency on an envoy's Pyongyang trip, a daily on
// the two Koreas' defense ministers, an agency on normalization talks, an
// agency on a six-party session in Beijing, an agency on a premier's
// Pyongyang visit); each rule with sentences of its own.

// "A reported (the results) to B at the palace" tells a report made in
// person: A went to B, an encounter of the two (reportedToPerson; p3406,
// p2050). The negative cases: "was reported to" and "reported to be" tell
// no report made, and "reported to B by telephone" is no meeting in person.
func TestReportedToPersonInPerson(t *testing.T) {
	text := "Envoy back home\nDefense Minister Oren Malvik returned home on Thursday after three days of talks abroad.\nOren Malvik reported the results to President Tarek Solvang at the presidential palace on Friday morning."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Oren Malvik", "Tarek Solvang") {
		t.Errorf("want the report as a meeting, got %s", dump(rec))
	}
	text = "Envoy back home\nMinister Oren Malvik returned home on Thursday.\nMalvik reported to General Tarek Solvang at the ministry yesterday afternoon."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Oren Malvik", "Tarek Solvang") {
		t.Errorf("want the bare report as a meeting, got %s", dump(rec))
	}
	for _, s := range []string{
		"The draft was reported to President Tarek Solvang on Friday by Oren Malvik's staff.",
		"Oren Malvik was reported to be close to President Tarek Solvang.",
		"Oren Malvik reported the results to President Tarek Solvang by telephone on Friday.",
	} {
		rec = corefRecord(t, "Envoy back home\n"+s)
		if heldAll(rec, "Oren Malvik", "Tarek Solvang") {
			t.Errorf("%q read as a meeting, got %s", s, dump(rec))
		}
	}
}

// "A read out a statement at the closing session, attended by B and C"
// tells the sitting A was at and those who attended it: one encounter of
// the three, though no meeting verb told it (sittingAttendedBy; p3408,
// p1327, p2915). The negative cases: a sitting with no one named before it
// ("The summit, attended by B, adopted a declaration") gives no meeting of
// B with anyone, and "attended by" after no sitting noun ("A read out the
// text, attended by B") is none.
func TestSittingAttendedByJoinsList(t *testing.T) {
	text := "Talks close\nVice Minister Alen Dorrit read out a statement at the closing session in Vardeno on Thursday, attended by the heads of the other delegations: Karo Minden, deputy minister of Estoria; and Piet Lanser, envoy of Norland."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Alen Dorrit", "Karo Minden", "Piet Lanser") {
		t.Errorf("want the speaker and the list at one sitting, got %s", dump(rec))
	}
	text = "Talks close\nIn the evening, President Alen Dorrit hosted a banquet in Vardeno, attended by Speaker Karo Minden and Minister Piet Lanser."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Alen Dorrit", "Karo Minden", "Piet Lanser") {
		t.Errorf("want the host and the list at the banquet, got %s", dump(rec))
	}
	for _, s := range []string{
		"The summit, attended by Karo Minden and Piet Lanser, adopted a declaration on Thursday.",
		"Alen Dorrit read out the text on Thursday, attended by Karo Minden.",
	} {
		rec = corefRecord(t, "Talks close\n"+s)
		if heldAll(rec, "Alen Dorrit", "Karo Minden") || heldAll(rec, "Karo Minden", "Piet Lanser") {
			t.Errorf("%q read as a meeting, got %s", s, dump(rec))
		}
	}
}
