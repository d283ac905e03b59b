package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-sixty-fourth round: a stranger's batch
// (p1616-p1621); each rule with sentences of its own.

// "A, chairman of X, and B, leader of Y, reached agreement": each
// person's apposition, set off by commas, stands between the two names
// and between the second name and the verb; the two still reached the
// agreement together (meeting.appositionThenAnd,
// meeting.namedPersonRightBefore; p1618, p1619).
func TestReachedAgreementAfterAppositions(t *testing.T) {
	for _, s := range []string{
		"The commander of the Borvian army, General Piet Oster, and Mr. Jan Dorn, chairman of the Arland Liberation Front, reached agreement in Koram yesterday on ending the clashes.",
		"Mr Piet Oster, leader of the pro-independence Borvian Front (BF), and Mr Jan Dorn, head of the Rally for Arland (RA), reached agreement in Koram yesterday.",
	} {
		rec := corefRecord(t, "Accord reached\n"+s)
		if !metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%s: want Oster with Dorn: %s", s, dump(rec))
		}
	}
}

// "(FROM OUR OWN CORRESPONDENT.)": an old paper's credit line in
// parentheses and capitals, the period inside them, is a credit line as
// its plain form is, so it does not push the dateline below it out of
// the lead after a headline and a deck (text.IsByline; p1616, where
// "returned here" took no place). The negative case: a sentence that
// goes on after the title word is no credit.
func TestParenthesizedCreditLine(t *testing.T) {
	for _, s := range []string{"(FROM OUR OWN CORRESPONDENT.)", "(From Our Special Correspondent.)"} {
		if !text.IsByline(s) {
			t.Errorf("%s: want a credit line", s)
		}
	}
	if text.IsByline("(From our correspondent, who was present.)") {
		t.Errorf("a sentence read as a credit line")
	}
	rec := corefRecord(t, "BORVIA SIGNS\n\nTREATY AT THE FRONTIER\n\n(FROM OUR OWN CORRESPONDENT.)\n\nKORAM, MAY 3.\n\nM. Oster came back here this morning and was received on the quay by M. Dorn, the Prime Minister.")
	if m := meetingOf(rec, "Oster", "Dorn"); m == nil || m.Place != "Koram" {
		t.Errorf("want Oster with Dorn at Koram: %s", dump(rec))
	}
}

// "KORAM, Borvia, Sunday.": a weekday dateline whose town carries its
// country after a comma, as a dated dateline's may, gives the day the
// story's "this afternoon" counts from (text.DatelineWeekday; p1617,
// printed the Monday after). The negative case: a weekday followed by a
// date is a dated dateline, not this one.
func TestWeekdayDatelineWithCountry(t *testing.T) {
	if wd, ok := text.DatelineWeekday("Pact signed\n\nKORAM, Borvia, Sunday.\n\nThe talks ended."); !ok || wd.String() != "Sunday" {
		t.Errorf("want Sunday, got %v %v", wd, ok)
	}
	if _, ok := text.DatelineWeekday("Pact signed\nKORAM, Borvia, Sunday, May 4 - The talks ended."); ok {
		t.Errorf("a dated dateline read as a weekday one")
	}
	rec, err := Extract(Article{ID: "t", Text: "Leaders sign pact\n\nFrom Our Special Correspondent\n\nKORAM, Borvia, Sunday.\n\nPresident Piet Oster and President Jan Dorn this afternoon signed a joint communique after four days of discussions in this town.", Published: corefPub.AddDate(0, 0, -1)})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Date != "2025-05-04" {
		t.Errorf("want the meeting on Sunday 2025-05-04: %s", dump(rec))
	}
}

// "A, B and C on Friday signed in the small settlement P in South Q three
// agreements": a place told with what it is and where it lies between
// "signed" and the texts signed leaves the object further from the verb
// than the usual window (meeting.signedText, signedPlacePreps; p1620).
// The negative case: a stop word still ends the object.
func TestSignedAfterLongPlace(t *testing.T) {
	rec := corefRecord(t, "Pact signed\n\nKORAM, Borvia, 6 May (Agency) - Borvian Minister Piet Oster, Foreign Minister Jan Dorn and Arland's Premier Ana Vel on Friday signed in the small fishing settlement Koram in South Borvia three agreements on the new port.")
	if !metPair(rec, "Piet Oster", "Ana Vel") || !metPair(rec, "Jan Dorn", "Ana Vel") {
		t.Errorf("want the three signers met: %s", dump(rec))
	}
	rec = corefRecord(t, "Letters\n\nKORAM, Borvia, 6 May (Agency) - Borvian Minister Piet Oster and Arland's Premier Ana Vel on Friday signed in the small fishing settlement Koram in South Borvia letters to the treaty body.")
	if metPair(rec, "Piet Oster", "Ana Vel") {
		t.Errorf("letters to a body read as a text signed together: %s", dump(rec))
	}
}

// "Minister for Overseas Territories and Departments, Mr Louis Vel":
// a portfolio of a state's lands abroad (or other posts ministers hold,
// "Reconciliation", "Constitutional Affairs") is the title's complement,
// no person (portfolioWords; p1619, and p427, p761, p764 whose
// "Constitutional Affairs Minister" keeps its whole title). The negative
// case: the minister himself is still read.
func TestPortfolioOfTerritories(t *testing.T) {
	for _, s := range []string{
		"Borvia's Minister for Overseas Territories and Departments, Mr Louis Vel, sat in.",
		"The Minister for Constitutional Reconciliation, Mr Louis Vel, sat in.",
	} {
		rec := corefRecord(t, "Talks\n\nKORAM, June 26 (Agency) - Mr Piet Oster met Mr Jan Dorn in Koram today.\n\n"+s)
		for _, a := range rec.Actors {
			if a.Kind == "person" && a.Name != "Piet Oster" && a.Name != "Jan Dorn" && a.Name != "Louis Vel" {
				t.Errorf("%s: a portfolio read as a person %q", s, a.Name)
			}
		}
		if !hasPerson(rec, "Louis Vel") {
			t.Errorf("%s: want the minister: %s", s, dump(rec))
		}
	}
}

// "two years of negotiations between Norway, Finland and Iceland": three
// states listed after a process noun and "between" are each a side of
// the negotiation, as an "among" list makes them (roles.betweenList;
// p1620, p696 "Talks between A, B and C"). The negative case: "the new
// trade agreement between A, B and C" is a pact in force (p1173).
func TestNegotiationsBetweenThree(t *testing.T) {
	rec := corefRecord(t, "Pact\n\nKORAM, 6 May (Agency) - Norwegian Minister Piet Oster and Finland's Premier Jan Dorn on Friday signed three agreements in Koram.\n\nThe agreements crown two years of negotiations between Norway, Finland and Iceland.")
	for _, s := range []string{"Norway", "Finland", "Iceland"} {
		if parties, _ := roleNames(rec); !slices.Contains(parties, s) {
			t.Errorf("want %s a party: %s", s, dump(rec))
		}
	}
	rec = corefRecord(t, "Visit\n\nKORAM, 6 May (Agency) - Norwegian President Piet Oster met Finland's President Jan Dorn in Koram on Friday.\n\nThe two hailed the new trade agreement between Norway, Finland and Iceland.")
	if parties, _ := roleNames(rec); slices.Contains(parties, "Iceland") {
		t.Errorf("a pact's member read as a side: %s", dump(rec))
	}
}

// "KORAM, June 26 (SAPA-Reuter). - The ...": a dateline whose joint
// agency credit closes with a period before the dash is cut there by the
// splitter; the credit is no person (text.creditBeforeDash; p1619, the
// shape of p1365's "(AAP). —"). The negative case: a sentence that does
// not run on into a dash keeps its parenthesis.
func TestJointCreditBeforeDash(t *testing.T) {
	rec := corefRecord(t, "Talks end\n\nKORAM, June 26 (SAPA-Reuter). - The leaders shook hands in Koram today.\n\nMr Piet Oster met Mr Jan Dorn in Koram today.")
	for _, a := range rec.Actors {
		if a.Kind == "person" && a.Name != "Piet Oster" && a.Name != "Jan Dorn" {
			t.Errorf("a credit read as a person %q: %s", a.Name, dump(rec))
		}
	}
	tx := text.Read("Talks end\n\nKORAM, June 26 (BORVPRESS-Wire).\n\nThe leaders shook hands in Koram today.")
	if len(tx.Sentences) < 2 || !strings.Contains(tx.Sentences[1].Text, "BORVPRESS") {
		t.Errorf("a credit cut with no dash after it: %d sentences", len(tx.Sentences))
	}
}
