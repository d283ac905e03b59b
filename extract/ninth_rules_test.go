package extract

import (
	"github.com/parley-dev/parley/graph"
	"slices"
	"testing"
)

// Issue 14's ninth round: rules for constructions the ninth probe batch
// (p81-p88) showed beside earlier rounds, each with sentences of its own.

// A passive mediation verb ("the talks were mediated by X") names the
// brokered talks as its subject, not a mediator; the agent after "by" may
// be a person named after a title with its complement ("the former
// President of Nigeria X", p76, p83), who is the mediator.
func TestPassiveMediatorAgent(t *testing.T) {
	for _, c := range []struct{ text, med string }{
		{"Talks\nThe talks between Togo and Benin were mediated by the President of Ghana Kwame Mensah.", "Kwame Mensah"},
		{"Talks\nThe talks between Togo and Benin were brokered by the former President of Nigeria Olusegun Obasanjo.", "Olusegun Obasanjo"},
		{"Talks\nThe talks between Togo and Benin were facilitated by Ghanaian President Kwame Mensah.", "Kwame Mensah"},
	} {
		rec := extractAt(t, c.text)
		parties, meds := roleNames(rec)
		if !slices.Equal(parties, []string{"Benin", "Togo"}) || !slices.Contains(meds, c.med) || slices.Contains(meds, "Togo") {
			t.Errorf("%q: want parties Benin, Togo and mediator %s, got %v / %v", c.text, c.med, parties, meds)
		}
	}
}

// Guarantors listed after a colon ("the guarantor countries of the
// dialogue are: A and B", "two guarantor countries: A, proposed by ...,
// and B") are mediators, each item of the list and no name inside an
// item's own phrase (p66, p82, p88).
func TestColonListedMediators(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Talks\nTogo and the FLT rebels opened peace talks in Lome. The guarantor countries of the dialogue are: Cuba and Norway.", []string{"Cuba", "Norway"}},
		{"Talks\nTogo and the FLT rebels opened peace talks in Lome. The process has two guarantor countries: Russia, proposed by Togo, and the Netherlands, proposed by the rebels.", []string{"Netherlands", "Russia"}},
		{"Talks\nTogo and the FLT rebels opened peace talks in Lome with three mediators: Ghana, Benin and the African Union.", []string{"African Union", "Benin", "Ghana"}},
	} {
		rec := extractAt(t, c.text)
		parties, meds := roleNames(rec)
		if !slices.Equal(meds, c.want) || !slices.Contains(parties, "Togo") {
			t.Errorf("%q: want mediators %v beside Togo's talks, got %v / %v", c.text, c.want, parties, meds)
		}
	}
}

// "A and B signed the accord", active, with a coordinated subject of two
// people and a text sides sign together as its object, is a meeting of the
// signatories where and when the clause says (p87, p88, beside p80 and
// p82 where the signing continues a meeting told before); one signatory,
// or a letter, is none.
func TestJointSigning(t *testing.T) {
	text := "Talks\nPresident Lena Berg and General Omar Haddad signed the accord in Oslo on Sunday in the presence of Foreign Minister Ines Valdez."
	rec := extractAt(t, text)
	if m := meetingOf(rec, "Lena Berg", "Omar Haddad", "Ines Valdez"); m == nil || m.Place != "Oslo" || m.Date != "2025-05-04" {
		t.Errorf("%q: want the three met in Oslo on 2025-05-04, got %s", text, dump(rec))
	}
	for _, text := range []string{
		"Talks\nPresident Lena Berg signed a decree in Oslo on Sunday.",
		"Talks\nPresident Lena Berg and General Omar Haddad signed a letter in Oslo on Sunday.",
	} {
		if got := pairsOf(t, text); len(got) != 0 {
			t.Errorf("%q: want no meeting, got %v", text, got)
		}
	}
}

// A held meeting followed by ", when" and a clause that refers to its
// people as "they" or "them" had the people of that clause there too:
// "last met in X on May 10, when they travelled with C to meet D", "first
// met in X on July 25, when C hosted them" (p75, p87).
func TestWhenOccasion(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Talks\nPresident Lena Berg and Prime Minister Omar Haddad first met in Oslo on March 5, when Chancellor Ines Valdez hosted them at her residence.", []string{"Lena Berg", "Omar Haddad", "Ines Valdez"}},
		{"Talks\nPresident Lena Berg and Prime Minister Omar Haddad last met in Oslo on March 5, when they travelled with Chancellor Ines Valdez to meet President Tomas Ruiz.", []string{"Lena Berg", "Omar Haddad", "Ines Valdez", "Tomas Ruiz"}},
	} {
		rec := extractAt(t, c.text)
		if m := meetingOf(rec, c.want...); m == nil || len(rec.Meetings) != 1 || m.Place != "Oslo" || m.Date != "2025-03-05" {
			t.Errorf("%q: want one meeting of %v in Oslo on 2025-03-05, got %s", c.text, c.want, dump(rec))
		}
	}
	// A "when" clause about someone else is another time, not the meeting's.
	text := "Talks\nPresident Lena Berg met Prime Minister Omar Haddad in Oslo on March 5, when Chancellor Ines Valdez was in Rome."
	if m := meetingOf(extractAt(t, text), "Lena Berg", "Ines Valdez"); m != nil {
		t.Errorf("%q: Ines Valdez was not at the meeting, got %s", text, dump(extractAt(t, text)))
	}
}

// In "talks between the government and X" ("the military") the side the
// text leaves unnamed is the state of the dateline's city (p81 and a
// build-half article); without a dateline it stays unnamed.
func TestHomeSideOfBetween(t *testing.T) {
	for _, c := range []struct{ text, state string }{
		{"Talks\nMANILA, Philippines - Peace talks between the government and the Bayan Liberation Front may resume next month in Oslo.", "Philippines"},
		{"Talks\nBANGKOK, Thailand, May 6 — Malaysia brokered talks in Penang on Monday between the military and the Pattani Liberation Front.", "Thailand"},
	} {
		parties, _ := roleNames(extractAt(t, c.text))
		if !slices.Contains(parties, c.state) {
			t.Errorf("%q: want %s a party, got %v", c.text, c.state, parties)
		}
	}
	text := "Talks\nPeace talks between the government and the Bayan Liberation Front may resume next month in Oslo."
	if parties, _ := roleNames(extractAt(t, text)); len(parties) > 1 {
		t.Errorf("%q: no dateline, no state for the government; got %v", text, parties)
	}
}

// A group whose name opens with its country's name, with no possessive
// between ("Myanmar National Democratic Alliance Army", "Sudan People's
// Liberation Movement"), is one actor, not the state beside a group
// (p65, p81).
func TestStateLedGroupName(t *testing.T) {
	text := "Talks\nThe government of Myanmar and the Myanmar Liberation Army held talks in Lome on Monday, with Togo as mediator."
	rec := extractAt(t, text)
	if a := actorNamed(rec, "Myanmar Liberation Army"); a == nil || a.Kind != graph.Group {
		t.Fatalf("%q: want the group Myanmar Liberation Army, got %s", text, dump(rec))
	}
	if m := meetingWith(rec, "Myanmar", "Myanmar Liberation Army"); m == nil {
		t.Errorf("%q: want Myanmar and the group at one table, got %s", text, dump(rec))
	}
}
