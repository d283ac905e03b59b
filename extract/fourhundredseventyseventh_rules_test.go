package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-seventy-seventh round: a targeted batch
// (p2894-p2899: meetings told by nouns and phrases the extractor did not
// read as held — a bilateral, an encounter, a courtesy call, an audience,
// "exchanged views with", a working lunch, "sat down with"); each rule
// with sentences of its own.

// "A exchanged views with B", "A exchanged views on the border with B":
// the verb, its object "views" and the "with" of the person spoken to are
// a conversation, as "had an exchange of views with B" already was
// (viewsExchangedWith; p2896, p2897, p1816). The negative cases: views
// exchanged by letter or in a quote, and "exchanged views" with no one
// named after "with", meet no one.
func TestExchangedViewsWithIsAMeeting(t *testing.T) {
	for _, line := range []string{
		"Foreign Minister Piotr Zielinski exchanged views with President Tomas Berg in Lima on Monday.",
		"Foreign Minister Piotr Zielinski exchanged views on the border question with President Tomas Berg in Lima on Monday.",
		"In Lima on Monday, Foreign Minister Piotr Zielinski exchanged opinions with visiting President Tomas Berg on trade.",
	} {
		rec := corefRecord(t, "Ministers confer\n"+line)
		if m, ok := heldMeeting(rec, "Piotr Zielinski", "Tomas Berg"); !ok || m.Place != "Lima" {
			t.Errorf("%q: want the Zielinski-Berg meeting in Lima, got %q: %s", line, m.Place, dump(rec))
		}
	}
	for _, line := range []string{
		"Foreign Minister Piotr Zielinski said President Tomas Berg exchanged views with the press on Monday.",
		"Foreign Minister Piotr Zielinski exchanged views, by letter, with President Tomas Berg last year.",
	} {
		rec := corefRecord(t, "Ministers confer\n"+line)
		if heldAll(rec, "Piotr Zielinski", "Tomas Berg") {
			t.Errorf("%q: no meeting of the two: %s", line, dump(rec))
		}
	}
}

// "the two Indonesian ministers met their Japanese counterparts, A and
// B": a plural description with a demonym beside named people stands for
// the people of that state named last, just that many, as it already did
// with no one named beside it (ArgumentPlural; p2896). The negative case:
// three people of that state named before leave "the two" unread.
func TestDemonymPluralBesideNamedPeople(t *testing.T) {
	lead := "Ministers confer\nLIMA, May 4 - Chilean Foreign Minister Ola Nowak and Defence Minister Jan Kowal paid a call on Peruvian President Tomas Berg on Thursday.\n"
	for _, line := range []string{
		"Earlier, the two Chilean ministers met their Peruvian counterparts, Foreign Minister Ana Ruiz and Defence Minister Luis Vega.",
		"Earlier, the two Chilean ministers exchanged views with their Peruvian counterparts, Foreign Minister Ana Ruiz and Defence Minister Luis Vega.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Ola Nowak", "Jan Kowal", "Ana Ruiz", "Luis Vega") {
			t.Errorf("%q: want the four at one meeting: %s", line, dump(rec))
		}
	}
	three := "Ministers confer\nLIMA, May 4 - Chilean Foreign Minister Ola Nowak, Trade Minister Piotr Zielinski and Defence Minister Jan Kowal paid a call on Peruvian President Tomas Berg on Thursday.\n"
	rec := corefRecord(t, three+"Earlier, the two Chilean ministers met their Peruvian counterparts, Foreign Minister Ana Ruiz and Defence Minister Luis Vega.")
	if heldAll(rec, "Ola Nowak", "Ana Ruiz") || heldAll(rec, "Jan Kowal", "Ana Ruiz") {
		t.Errorf("two of three read as the two: %s", dump(rec))
	}
}

// "the two Lebanese leaders" after "Lebanese Prime Minister A and B, a
// leader of a movement": B's movement says nothing of B's state, so the
// state named before the name does and the description reads both
// (ofStateNamed; p2205). The negative case: B of another state named
// before the name is not one of "the two Lebanese leaders".
func TestDemonymPluralReadsAMovementsMember(t *testing.T) {
	line := "Lebanese Prime Minister Omar Haddad and Samir Nassar, a leader of the Karama Movement, arrived in Doha on Sunday.\n" +
		"On Monday President Tomas Berg met the two Lebanese leaders for talks."
	rec := corefRecord(t, "Talks in Doha\n"+line)
	if !heldAll(rec, "Tomas Berg", "Omar Haddad", "Samir Nassar") {
		t.Errorf("want Berg with both Lebanese leaders: %s", dump(rec))
	}
	line = "Lebanese Prime Minister Omar Haddad, Syrian envoy Samir Nassar and Foreign Minister Karim Aoun arrived in Doha on Sunday.\n" +
		"On Monday President Tomas Berg met the two Lebanese leaders for talks."
	rec = corefRecord(t, "Talks in Doha\n"+line)
	if heldAll(rec, "Tomas Berg", "Samir Nassar") {
		t.Errorf("the Syrian envoy read as Lebanese: %s", dump(rec))
	}
}
