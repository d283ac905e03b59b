package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-seventy-fifth round: a batch targeted at
// capitalised non-persons read as persons (p2882-p2887: hyphenated
// regions, buildings named after people, provinces with inner particles,
// party names with a bracketed qualifier — an Indian agency on an opposition
// leader's calls in New Delhi, a German agency on premiers meeting at
// their parties' headquarters, an Argentine agency on governors at the
// Casa Rosada, a Spanish agency on a regional president at Moncloa, an
// Azerbaijani agency on an EU envoy in Baku, a wire on a security council
// in Cucuta); each rule with sentences of its own.

// "X-Y's premier A B", "X-Y's A B": a lone compound of two capitalized
// words joined by a hyphen, possessor of a post or of a named person, is a
// region's or a body's name, resolved as a lone word is, not a person of
// its own (possessedPairCompound; p2883, p1016). The negative case: a
// person's double-barrelled surname, named in full before, stays that
// person ("Oster-Lund's spokesman" is Ana Oster-Lund's).
func TestPossessedHyphenCompoundIsNoPerson(t *testing.T) {
	for _, line := range []string{
		"Ostland-Varen's premier Anton Kessler met Chancellor Jan Kowal in Lima on Monday.",
		"Chancellor Jan Kowal met the premiers in Lima on Monday, among them Ostland-Varen's Anton Kessler and Nordmark-Tiel's Eva Brandt.",
	} {
		rec := corefRecord(t, "Premiers confer\n"+line)
		for _, bad := range []string{"Ostland-Varen", "Nordmark-Tiel"} {
			if hasPerson(rec, bad) {
				t.Errorf("%q: %s read as a person: %s", line, bad, dump(rec))
			}
		}
		if !heldAll(rec, "Jan Kowal", "Anton Kessler") {
			t.Errorf("%q: want Kowal and Kessler met: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Ministers confer\nForeign Minister Ana Oster-Lund met President Tomas Berg in Lima on Monday.\nOster-Lund's spokesman Piet Dahl said the talks were useful.")
	if !hasPerson(rec, "Ana Oster-Lund") || !heldAll(rec, "Ana Oster-Lund", "Tomas Berg") {
		t.Errorf("want Ana Oster-Lund kept, meeting Berg: %s", dump(rec))
	}
}

// "Social Democratic premiers", "the Christian Democrats", "opposition
// Social Democrat leader X": a capitalized run closed by a party's creed
// word names a party or its members, no person (labelRun,
// partyCreedLabels; p2883, p2122, p2507, p287, p1388). The negative case: a
// creed word before a title ("Social Democratic Senator Tomas Berg")
// leaves the titled person.
func TestPartyCreedRunIsNoPerson(t *testing.T) {
	for _, line := range []string{
		"Social Democratic premiers met Chancellor Jan Kowal in Lima on Monday.",
		"Chancellor Jan Kowal met opposition Social Democrat leader Piet Dahl in Lima on Monday.",
		"Chancellor Jan Kowal met Piet Dahl of the Free Democrats in Lima on Monday.",
	} {
		rec := corefRecord(t, "Parties confer\n"+line)
		for _, bad := range []string{"Social Democratic", "Social Democrat", "Free Democrats"} {
			if hasPerson(rec, bad) {
				t.Errorf("%q: %s read as a person: %s", line, bad, dump(rec))
			}
		}
	}
	rec := corefRecord(t, "Parties confer\nSocial Democratic Senator Tomas Berg met Chancellor Jan Kowal in Lima on Monday.")
	if !heldAll(rec, "Tomas Berg", "Jan Kowal") {
		t.Errorf("want Berg and Kowal met: %s", dump(rec))
	}
}

// "the proposed X-Y waterway", "the planned X-Y natural gas pipeline", "the
// old X-Y enclaves": a pair compound that a route's, a frontier's or a
// tract's noun follows, a word or two between, names that thing, no person
// (compoundBeforeThing, compoundThingNouns; p532, p1274, p2846). The
// negative case: a double-barrelled surname before a verb ("Oster-Lund said
// the pipeline") stays the person's.
func TestCompoundBeforeThingIsNoPerson(t *testing.T) {
	for _, line := range []string{
		"Minister Jan Kowal met Minister Tomas Berg in Lima on Monday to discuss the proposed Ostra-Velen waterway.",
		"Minister Jan Kowal met Minister Tomas Berg in Lima on Monday to discuss the planned Ostra-Velen natural gas pipeline.",
		"Minister Jan Kowal met Minister Tomas Berg in Lima on Monday to discuss the old Ostra-Velen enclaves.",
	} {
		rec := corefRecord(t, "Ministers confer\n"+line)
		if hasPerson(rec, "Ostra-Velen") || !heldAll(rec, "Jan Kowal", "Tomas Berg") {
			t.Errorf("%q: want Kowal and Berg met, no person Ostra-Velen: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Ministers confer\nForeign Minister Ana Oster-Lund met President Tomas Berg in Lima on Monday.\nOster-Lund said the pipeline would be finished next year.")
	if !hasPerson(rec, "Ana Oster-Lund") || !heldAll(rec, "Ana Oster-Lund", "Tomas Berg") {
		t.Errorf("want Ana Oster-Lund kept, meeting Berg: %s", dump(rec))
	}
}
