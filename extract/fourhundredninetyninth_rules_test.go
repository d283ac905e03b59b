package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-ninety-ninth round: a targeted batch
// (p3026-p3031) on roles precision — negotiations read where the text
// tells none (a past war, a state visit, a trade exchange, a host that
// only hosted) and sides that are the negotiators' own states where the
// text names bodies; each rule with sentences of its own.

// "The co-chairs, A of X, B of Y and C of Z, said ...": the "and" of the
// people a "co-chairs" names joins brokers, so their states are no
// negotiation's two sides (inChairList, roles cochairs.go; p3029, p367),
// also when a colon after "co-chairs of the X Group" opens the list
// (p1406).
// The negative case: the same list under another noun ("The presidents,
// A of X and B of Y, signed ...") still joins the two sides.
func TestFourhundredninetyninthCoChairListStatesAreNoSides(t *testing.T) {
	rec := corefRecord(t, "Ministers confer\nThe co-chairs, Tomas Berg of Sweden, Piotr Zielinski of Poland and Ana Ruiz of Spain, said in a statement that the ministers had discussed a settlement.")
	for _, s := range []string{"Sweden", "Poland", "Spain"} {
		if partyNamed(rec, s) {
			t.Errorf("a co-chair's state %s read as a side: %s", s, dump(rec))
		}
	}
	// "the co-chairs of the X Group, which ...: A of X, B of Y and C of Z"
	// (p1406): the colon opens the same list.
	rec = corefRecord(t, "Ministers confer\nThe ceasefire talks in Vienna were overseen by the co-chairs of the Contact Group, which has mediated since 1995: Tomas Berg of Sweden, Piotr Zielinski of Poland and Ana Ruiz of Spain.")
	for _, s := range []string{"Sweden", "Poland", "Spain"} {
		if partyNamed(rec, s) {
			t.Errorf("a co-chair's state %s read as a side after a colon: %s", s, dump(rec))
		}
	}
	rec = corefRecord(t, "Ministers confer\nThe presidents, Tomas Berg of Chad and Ola Nowak of Sudan, signed a ceasefire agreement in Paris on Monday.")
	if !partyNamed(rec, "Chad") || !partyNamed(rec, "Sudan") {
		t.Errorf("want Chad and Sudan as the sides: %s", dump(rec))
	}
}
