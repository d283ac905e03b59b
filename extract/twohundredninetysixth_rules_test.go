package extract

import "testing"

// Issue 14's two-hundred-and-ninety-sixth round: met pairs of sides told
// with no person — states, bodies and delegations — and "X held separate
// meetings with A and with B" (p1808-p1813: an agency on mediators who see
// two warring delegations in turn, an agency on envoys shuttling between
// two delegations, an old broadsheet on armistice delegations, an agency
// on a host's bilateral meetings at multilateral talks, an agency on a
// regional body's envoys and two delegations, an agency on guarantor
// states and two delegations); each rule with sentences of its own.

// "Norway held talks with Iceland": a state, body or delegation that
// holds the meeting noun is one of its sides, as the one after "with" is;
// a list, or a list in apposition, is the subject as a whole
// (heldNounSubjects, args participants.go; p1811, p1813, p342). A
// sentence that names people, or a state named as the complement of a
// person's noun ("an envoy of Norway held talks"), reads no such side.
func TestHeldNounStateSubject(t *testing.T) {
	rec := extractAt(t, "Talks\n\nOSLO, March 3 (Agency) - Norway held talks with Iceland in Oslo on Monday over fishing quotas.")
	if !metPair(rec, "Norway", "Iceland") {
		t.Errorf("want Norway and Iceland met: %s", dump(rec))
	}
	rec = extractAt(t, "Talks\n\nRIGA, March 3 (Agency) - The Finnish delegation held separate meetings with the delegations of Estonia and Lithuania on Monday.")
	if !metPair(rec, "Finland", "Estonia") || !metPair(rec, "Finland", "Lithuania") || metPair(rec, "Estonia", "Lithuania") {
		t.Errorf("want Finland with Estonia and with Lithuania, not the two together: %s", dump(rec))
	}
	rec = extractAt(t, "Talks\n\nRIGA, March 3 (Agency) - The three neighbours, Norway, Sweden and Denmark, held talks with Finland on Monday.")
	for _, a := range []string{"Norway", "Sweden", "Denmark"} {
		if !metPair(rec, a, "Finland") {
			t.Errorf("want %s met Finland: %s", a, dump(rec))
		}
	}
	rec = extractAt(t, "Talks\n\nRIGA, March 3 (Agency) - A special envoy of Norway held talks on Monday with Finnish Prime Minister Aino Virtanen.")
	if metPair(rec, "Norway", "Aino Virtanen") {
		t.Errorf("the envoy's state read as a side: %s", dump(rec))
	}
}

// "A and B held separate meetings with C and D": the meetings are told
// apart by those met, the whole subject with each (p1808, p1813); with one
// object they are told apart by their holders ("A and B held separate
// meetings with C": A-C, B-C). A subject not standing before "held" (a
// pair named "between" earlier in the sentence) holds nothing (p1269).
func TestSeparateMeetingsWithEachObject(t *testing.T) {
	rec := extractAt(t, "Talks\n\nRIGA, March 3 (Agency) - Norwegian and Swedish envoys held separate meetings in Riga on Monday with Estonia and with Latvia.")
	for _, o := range []string{"Estonia", "Latvia"} {
		if !metPair(rec, "Norway", o) || !metPair(rec, "Sweden", o) {
			t.Errorf("want both mediating states with %s: %s", o, dump(rec))
		}
	}
	if metPair(rec, "Estonia", "Latvia") {
		t.Errorf("the two delegations met in separate meetings: %s", dump(rec))
	}
	rec = extractAt(t, "Talks\n\nRIGA, March 3 (Agency) - Norway and Sweden held separate meetings with Latvia on Monday.")
	if !metPair(rec, "Norway", "Latvia") || !metPair(rec, "Sweden", "Latvia") || metPair(rec, "Norway", "Sweden") {
		t.Errorf("want Norway-Latvia and Sweden-Latvia only: %s", dump(rec))
	}
}

// "VIENNA, Oct. 3.-The delegations met": an old broadsheet's dateline
// whose day closes with a period and a hyphen glued to the story's first
// word is cut like the spaced one; left in, its words ran into the
// subject and the pair of delegations was lost (gluedDatelineRE, text
// lead.go; p1810, p1517).
func TestGluedHyphenDateline(t *testing.T) {
	rec := extractAt(t, "TALKS GO ON\n\nVIENNA, Oct. 3.-The Austrian delegation and the Hungarian delegation met again in Vienna today for three hours.")
	if !metPair(rec, "Austria", "Hungary") {
		t.Errorf("want the two delegations met: %s", dump(rec))
	}
}
