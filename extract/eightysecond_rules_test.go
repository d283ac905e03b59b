package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's eighty-second round: an untargeted batch (p524-p529) showed
// people told as joining a meeting in a sentence of their own that the
// extractor left out: a companion introduced by a pronoun ("He was
// accompanied by X", p529, p437) and a witness of a signing ("X attended
// the ceremony", "Y witnessed the signing", p527, p169, p199, p251,
// p311), and a signing retold with its signatories but no day (p527;
// passive, p199, p331, p455). Sentences are written for these tests.

// inHeld: some held meeting of got has all of want among its people.
func inHeld(got [][]string, want ...string) bool {
	return slices.ContainsFunc(got, func(ps []string) bool {
		for _, w := range want {
			if !slices.Contains(ps, w) {
				return false
			}
		}
		return true
	})
}

// "He was accompanied by X" after a meeting of the person "he" stands for
// puts X at that meeting.
func TestPronounCompanionJoinsMeeting(t *testing.T) {
	for _, text := range []string{
		"Minister Tomas Ferreira arrived in Lindau on Monday and held talks with President Alvar Nyqvist. He was accompanied by Greta Holm, the head of the regional council.",
		"Ambassador Ines Marlow held talks with Chancellor Peter Ulrich in Graz on Monday. She was accompanied by her deputy, Oskar Brenner.",
	} {
		got := heldPairs(t, text)
		if !slices.ContainsFunc(got, func(ps []string) bool { return len(ps) == 3 }) {
			t.Errorf("%q: companion not joined: %v", text, got)
		}
	}
	// No meeting of the pronoun's person told before: the companion joins
	// nothing.
	got := heldPairs(t, "Minister Tomas Ferreira flew to Lindau on Monday. He was accompanied by Greta Holm. Later, Pavel Rusu met Olga Smit in Bern.")
	if inHeld(got, "Greta Holm") {
		t.Errorf("a companion on a flight joined a meeting: %v", got)
	}
}

// "X attended the ceremony", "Y witnessed the signing" after a signing put
// X and Y at the signing.
func TestSigningWitnessJoinsSigning(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"Foreign ministers Anton Keller and Radu Petrescu signed the treaty in Geneva on Tuesday. Lena Voss, the mediator, attended the ceremony.", "Lena Voss"},
		{"Foreign ministers Anton Keller and Radu Petrescu signed the treaty in Geneva on Tuesday. The facilitator, Marco Bellini, witnessed the signing.", "Marco Bellini"},
		{"Foreign ministers Anton Keller and Radu Petrescu signed the treaty in Geneva on Tuesday. Oskar Lind and Hanna Berg attended the ceremony as observers.", "Hanna Berg"},
	} {
		got := heldPairs(t, c.text)
		if !inHeld(got, "Anton Keller", "Radu Petrescu", c.who) {
			t.Errorf("%q: %s not at the signing: %v", c.text, c.who, got)
		}
	}
	// A person in a relative clause on the witness is not a witness.
	got := heldPairs(t, "Foreign ministers Anton Keller and Radu Petrescu signed the treaty in Geneva on Tuesday. Lena Voss, who worked for President Jan Novak for years, attended the ceremony.")
	if !inHeld(got, "Lena Voss", "Anton Keller") || inHeld(got, "Jan Novak") {
		t.Errorf("relative-clause person joined the signing or the witness did not: %v", got)
	}
	// A signing told between states, not people, takes no witness: it
	// would pair the witness with the states.
	got = heldPairs(t, "The presidents of Ruritania and Westland signed an accord in Geneva on Tuesday. Lena Voss attended the ceremony.")
	if inHeld(got, "Lena Voss") {
		t.Errorf("a witness joined a signing of states: %v", got)
	}
	// A ceremony after talks that signed nothing joins no one to them.
	got = heldPairs(t, "Foreign ministers Anton Keller and Radu Petrescu held talks in Geneva on Tuesday. Lena Voss attended the ceremony.")
	if inHeld(got, "Lena Voss") {
		t.Errorf("a ceremony attendee joined talks with no signing: %v", got)
	}
}

// "last month" and "next month" told on a month's last days are the
// month before and after, not the month itself or two on (p526's "next
// month" on the 31st of August). Mid-month publication is unchanged.
func TestMonthBeforeAndAfterAtMonthEnd(t *testing.T) {
	text := "Title\nLast month Anton Keller met Radu Petrescu in Geneva."
	for _, c := range []struct{ pub, want string }{
		{"2024-03-31", "2024-02"}, {"2023-05-31", "2023-04"}, {"2024-03-15", "2024-02"},
	} {
		pub, _ := time.Parse("2006-01-02", c.pub)
		rec, err := Extract(Article{ID: "t", Text: text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Meetings) != 1 || rec.Meetings[0].Date != c.want {
			t.Errorf("published %s: meetings %+v, want date %s", c.pub, rec.Meetings, c.want)
		}
	}
}

// "A and B signed agreements Thursday. X and Y signed the accords in the
// presence of Z": the signatories' sentence retells the lead's signing and
// takes its day, not only the month.
func TestDefiniteSigningTakesLeadDay(t *testing.T) {
	lead := "Title\nRuritania and Westland signed an interim treaty Thursday that ends the dispute, after two years of talks.\n"
	for _, second := range []string{
		"Foreign Minister Anton Keller and Foreign Minister Radu Petrescu signed the document at the palace in Geneva in the presence of Lena Voss.\n",
		"The treaty was signed by Foreign Minister Anton Keller for Ruritania and by Foreign Minister Radu Petrescu for Westland at the palace in Geneva. Lena Voss, the mediator, witnessed the signing.\n",
	} {
		pub := time.Date(2025, 5, 9, 0, 0, 0, 0, time.UTC) // a Friday
		rec, err := Extract(Article{ID: "t", Text: lead + second, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range rec.Meetings {
			if slices.Contains(m.Participants, "Anton Keller") && m.Status == "held" {
				found = true
				if m.Date != "2025-05-08" {
					t.Errorf("%q: signing retold: date %q, want 2025-05-08", second, m.Date)
				}
			}
		}
		if !found {
			t.Errorf("%q: no signing meeting: %+v", second, rec.Meetings)
		}
	}
}
