package extract

import "testing"

// Issue 14's five-hundred-and-sixty-third round: an untargeted batch
// (p3410-p3415: period newspapers and cables on pre-1914 diplomacy — a
// London daily on the opening of the Berlin congress, an American daily on
// the Algeciras conference, an agency on the first Hague conference, an
// American daily on the second, wires on the London and Bucharest peace
// conferences); each rule with sentences of its own.

// "The congress of the Powers met this afternoon ... X was chosen
// President ... A is represented by B; C by D": the opening of a gathering
// told by its body, its president chosen in the next sentence and each
// power's people listed after that, is one held meeting of the president
// and everyone listed (openedAssembly, electedChair; p3410, p3412, p3415).
// The negative case: a congress that "will meet" is no meeting held, and
// the list is not read as of it.
func TestOpenedAssemblyTakesLaterLists(t *testing.T) {
	text := "The congress\nVIENNA, May 3.\nThe congress of the Powers met for the first time at noon today in the hall of the old palace.\nCount Egon Stelzer, on the motion of the Swedish delegate, was chosen President.\nFrance is represented by M. Paul Derain and M. Louis Fabret; Italy by Count Aldo Ferrini."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Count Egon Stelzer", "Paul Derain", "Louis Fabret", "Count Aldo Ferrini") {
		t.Errorf("want the president and the lists at the opening, got %s", dump(rec))
	}
	text = "The congress\nVIENNA, May 3.\nThe congress of the Powers will meet for the first time at noon on Friday in the hall of the old palace.\nCount Egon Stelzer, on the motion of the Swedish delegate, was chosen President.\nFrance is represented by M. Paul Derain and M. Louis Fabret; Italy by Count Aldo Ferrini."
	rec = corefRecord(t, text)
	if heldAll(rec, "Count Egon Stelzer", "Paul Derain") {
		t.Errorf("a congress to come read as held, got %s", dump(rec))
	}
}

// "A is represented by X and Y; B by Z": the gapped clause after a
// semicolon goes on with the list of another side, as after a comma
// (gappedBy; p3410, p3415).
func TestRepresentedListPastSemicolon(t *testing.T) {
	text := "Talks open\nVIENNA, May 3.\nThe conference on the frontier question opened at noon today in the old palace.\nFrance is represented by M. Paul Derain; Italy by Count Aldo Ferrini and Signor Enzo Barra."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Paul Derain", "Count Aldo Ferrini", "Enzo Barra") {
		t.Errorf("want both sides' lists at the conference, got %s", dump(rec))
	}
}

// "A has sent X and Y, B Z, and C W" lists each power's people at a
// gathering of many, as "A is represented by X" does, its gapped clauses
// naming the other powers (rosters, gappedSent; p3410, p3411, p3413); the
// opening may follow a dateline whose dash is two hyphens ("May 3.--The
// conference ..."; openedAssembly; p3411, p3413, p3414). The negative
// case: a person who "has sent X to P" sent an envoy on an errand, and X
// sat at no opening (p1153).
func TestPowersSentListAfterOpening(t *testing.T) {
	text := "Conference opens\nVIENNA, May 3.--The conference on the frontier question was opened at noon today in the old palace.\nFrance has sent M. Paul Derain and M. Louis Fabret, Italy Count Aldo Ferrini, and Spain Señor Rafael Ochoa."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Paul Derain", "Louis Fabret", "Count Aldo Ferrini", "Rafael Ochoa") {
		t.Errorf("want each power's people at the opening, got %s", dump(rec))
	}
	text = "Conference opens\nVIENNA, May 3.--The conference on the frontier question was opened at noon today in the old palace.\nCount Aldo Ferrini has sent M. Paul Derain to Madrid on a separate errand."
	rec = corefRecord(t, text)
	if heldAll(rec, "Paul Derain") {
		t.Errorf("an envoy sent on an errand read as at the opening, got %s", dump(rec))
	}
}
