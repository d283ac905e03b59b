package extract

import "testing"

// Issue 14's three-hundred-and-seventy-fourth round: meetings whose
// people are named in the sentence after them (p2276-p2281: a wire on
// talks opening at a lakeside spa, an American wire on the first session
// of armistice talks, an Indian paper on a summit's first day, a Zambian
// paper on an independence accord, an American wire on a regional
// summit, a wire on talks resumed in a villa outside a capital). Each
// rule has sentences of its own, with invented names.

// "The two delegations were led by A and B": the plural delegation noun
// with no side names the heads of every side at once, who sat at the
// talks told just before, as "Present were A and B" does
// (bothDelegations, roster.go; p2276). Before, the list was read as one
// unnamed side's, and the talks told by noun and date alone were
// dropped for a hosted gathering. The negative case: one side's
// delegation led by one person is not a meeting of its own.
func TestBothDelegationsLedBy(t *testing.T) {
	for _, lead := range []string{"The two delegations", "The delegations", "Both delegations"} {
		rec := corefRecord(t, "Talks open\nGENEVA, May 20 - The talks opened in Lausanne on May 19. "+lead+" were led by Mr Tomas Velk and Mr Ivo Brandt.")
		if m := meetingWith(rec, "Tomas Velk", "Ivo Brandt"); m == nil || m.Place != "Lausanne" {
			t.Errorf("%s: want Velk and Brandt met in Lausanne: %s", lead, dump(rec))
		}
	}
	rec := corefRecord(t, "Talks open\nGENEVA, May 20 - The talks opened in Lausanne on May 19. The government delegation was led by Mr Tomas Velk.")
	if len(rec.Meetings) != 0 {
		t.Errorf("one side's leader alone: want no meeting: %s", dump(rec))
	}
}

// "Negotiations between the A government and the B rebels opened this
// morning in a hotel": the sides, told by what they are and not by a
// name the cast holds as a meeting's participants, stand between the
// meeting noun and its verb of occurrence; the talks are a meeting told
// without its people, whom the list after it names (sidesBetweenVerb, bothSidesListed,
// gathering.go; p2276, p2259). With no city in the sentence the
// talks are the dateline's. The negative case: the same sentence with no
// list after it gives no meeting, nor does one side's list alone (its
// leader and deputy are not the talks between the sides).
func TestSidesBetweenNamelessTalks(t *testing.T) {
	rec := corefRecord(t, "Talks open\nKORAM, May 6 - Negotiations between the government and the rebel movement opened this morning in a hotel by the lake. The two delegations were led by Mr Tomas Velk and Mr Ivo Brandt.")
	if m := meetingWith(rec, "Tomas Velk", "Ivo Brandt"); m == nil || m.Place != "Koram" {
		t.Errorf("want Velk and Brandt met in Koram: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks open\nKORAM, May 6 - Negotiations between the government and the rebel movement opened this morning in a hotel by the lake. Mr Tomas Velk said the talks would be long.")
	if meetingWith(rec, "Tomas Velk", "Ivo Brandt") != nil || len(rec.Meetings) > 1 {
		t.Errorf("no list: want no meeting of people: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks open\nKORAM, May 6 - Negotiations between the government and the rebel movement opened this morning in a hotel by the lake. The government delegation is led by Mr Tomas Velk, with Mr Ivo Brandt as his deputy.")
	if meetingWith(rec, "Tomas Velk", "Ivo Brandt") != nil {
		t.Errorf("one side's list: want no meeting of its leader and deputy: %s", dump(rec))
	}
}
