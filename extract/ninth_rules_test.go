package extract

import (
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
