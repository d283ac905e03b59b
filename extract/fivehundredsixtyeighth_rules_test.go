package extract

import "testing"

// Issue 14's five-hundred-and-sixty-eighth round: a targeted batch
// (p3440-p3445: wires, agencies and official readouts on meetings whose
// records name more than the principals — those present, those
// accompanying, those sitting in; 1979-2013); each rule with sentences of
// its own.

// "X accompanied the President", "Y accompanied her": an active companion
// verb whose object is a title or a pronoun, not a name, still seats X
// with the principal it stands for (describedObject; p1112, p1428, p1071,
// p2705, p2791, p699), and "at both meetings" seats X at the principal's
// last two. The negative cases: "accompanied the President to the
// capital" tells a journey, and "accompanied her husband" is a
// possessive; neither joins the talks.
func TestAccompaniedTitleJoinsPrincipal(t *testing.T) {
	text := "Leaders confer\nPresident Aldo Varessi met Prime Minister Tomas Brenner in Vienna on Monday. The two discussed trade and the river dispute. Foreign Minister Lena Korbel accompanied the President."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Aldo Varessi", "Tomas Brenner", "Lena Korbel") {
		t.Errorf("want the minister at the talks, got %s", dump(rec))
	}
	text = "Leaders confer\nMinister Ana Oberg was welcomed by Foreign Minister Rui Castell, who held talks with her for an hour. Ambassador Nils Varga accompanied her."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Ana Oberg", "Rui Castell", "Nils Varga") {
		t.Errorf("want the ambassador at the talks, got %s", dump(rec))
	}
	text = "Leaders confer\nPresident Aldo Varessi met Pope Clement in the Apostolic Palace on Friday. President Varessi later held talks with Cardinal Piero Salvi. Deputy Foreign Minister Lena Korbel accompanied the President at both meetings."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Aldo Varessi", "Clement", "Lena Korbel") || !heldAll(rec, "Aldo Varessi", "Piero Salvi", "Lena Korbel") {
		t.Errorf("want the deputy minister at both meetings, got %s", dump(rec))
	}
	text = "Leaders confer\nPresident Aldo Varessi met Prime Minister Tomas Brenner in Vienna on Monday. Foreign Minister Lena Korbel accompanied the President to the capital."
	rec = corefRecord(t, text)
	if heldAll(rec, "Aldo Varessi", "Lena Korbel") {
		t.Errorf("a journey read as a seat at the talks, got %s", dump(rec))
	}
	text = "Leaders confer\nPresident Ada Varessi met Prime Minister Tomas Brenner in Vienna on Monday. Karl Varessi accompanied her husband."
	rec = corefRecord(t, text)
	if heldAll(rec, "Tomas Brenner", "Karl Varessi") {
		t.Errorf("a possessive read as the principal, got %s", dump(rec))
	}
}

// "Present at the meeting at the palace were A; B; and C", "Present at the
// talks and at the dinner were A and B": one more phrase of the sitting —
// its place or a second occasion — may stand between the sitting noun and
// the copula of an inverted presence list (sittingQualifier; p1889,
// p1875). The negative case: "Present at the meeting in the morning
// papers were" has a copula only after two phrases, and lists no one.
func TestPresentAtSittingWithPlace(t *testing.T) {
	text := "Leaders confer\nPresident Aldo Varessi met Prime Minister Tomas Brenner in Vienna on Monday. Present at the meeting at the palace were the Ambassador of Ruritania, Lena Korbel; the Secretary of Security, Karl Ostrow; and the Ambassador of Borduria, Piet Hanner."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Aldo Varessi", "Tomas Brenner", "Lena Korbel", "Karl Ostrow", "Piet Hanner") {
		t.Errorf("want the list at the meeting, got %s", dump(rec))
	}
	text = "Leaders confer\nPresident Aldo Varessi met Prime Minister Tomas Brenner in Vienna on Monday. Present at the talks and at the dinner were the Foreign Minister, Lena Korbel, and Karl Ostrow."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Aldo Varessi", "Tomas Brenner", "Lena Korbel", "Karl Ostrow") {
		t.Errorf("want the list at the talks, got %s", dump(rec))
	}
	text = "Leaders confer\nPresident Aldo Varessi met Prime Minister Tomas Brenner in Vienna on Monday. Present at the meeting in the morning in the hall were Lena Korbel and Karl Ostrow, critics said."
	rec = corefRecord(t, text)
	if heldAll(rec, "Aldo Varessi", "Lena Korbel") {
		t.Errorf("a list past two phrases read as present, got %s", dump(rec))
	}
}
