package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-forty-seventh round: a targeted batch
// (p3314-p3319: wires and agencies on long titles of office, royal and
// religious styles and meetings at hotels and palaces, 2009-2018); each
// rule with sentences of its own.

// fivehundredfortyseventhPersons lists the person actors' names.
func fivehundredfortyseventhPersons(rec graph.Record) map[string]bool {
	out := map[string]bool{}
	for _, a := range rec.Actors {
		if a.Kind == graph.Person {
			out[a.Name] = true
		}
	}
	return out
}

// A title's complement that is a continent or a department no name opens
// with ("Chancellor of the Exchequer", "Minister for Europe", "Commissioner
// of Police", "Minister of State for the Middle East and North Africa")
// ends before the holder's name (titleComplementNouns; p3314, p3236,
// p1140, p2587, p3315, p1403). The negative case: a continent's word after
// another complement word is the holder's given name ("Minister for Trade
// Asia Brenner").
func TestTitleComplementNounEndsBeforeName(t *testing.T) {
	text := "Talks in Lisbon\nLISBON, May 4 (Reuters) - Chancellor of the Exchequer Tomas Brenner met Finance Minister Ruy Calado in Lisbon on Monday.\nCommissioner of Police Haroun Mbeki also met Calado, and Minister of State for Europe Dana Weller and Minister for the Near East and North Africa Olla Fenn sat in."
	rec := corefRecord(t, text)
	got := fivehundredfortyseventhPersons(rec)
	for _, n := range []string{"Tomas Brenner", "Haroun Mbeki", "Dana Weller", "Olla Fenn"} {
		if !got[n] {
			t.Errorf("want person %q, got %s", n, dump(rec))
		}
	}
	text = "Talks in Lisbon\nLISBON, May 4 (Reuters) - Minister for Trade Asia Brenner met Finance Minister Ruy Calado in Lisbon on Monday."
	rec = corefRecord(t, text)
	if got := fivehundredfortyseventhPersons(rec); !got["Asia Brenner"] {
		t.Errorf("want the given name kept, got %s", dump(rec))
	}
}

// The bare title with such a complement names its holder: "the Chancellor
// of the Exchequer was received by X", "The Minister of State for the
// Middle East and North Africa also met Y" (complementNounHead; p3314,
// p3315). The negative case: no one holds the title in the story, so the
// bare title joins no meeting and names no person.
func TestBareTitleWithComplementNounNamesHolder(t *testing.T) {
	text := "Talks in Lisbon\nLISBON, May 4 (Reuters) - Chancellor of the Exchequer Tomas Brenner met Finance Minister Ruy Calado in Lisbon on Monday.\nLater on Monday the Chancellor of the Exchequer was received by President Ivo Sandrek at the palace.\nThe Minister of State for Europe Dana Weller met Calado on Tuesday. The Minister of State for Europe also met Defence Minister Leo Varga."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Tomas Brenner", "Ivo Sandrek") || !heldAll(rec, "Dana Weller", "Leo Varga") {
		t.Errorf("want the titles' holders at the meetings, got %s", dump(rec))
	}
	text = "Talks in Lisbon\nLISBON, May 4 (Reuters) - Finance Minister Ruy Calado met President Ivo Sandrek in Lisbon on Monday.\nLater on Monday the Chancellor of the Exchequer was received by Defence Minister Leo Varga."
	rec = corefRecord(t, text)
	if got := fivehundredfortyseventhPersons(rec); len(got) != 3 || heldAll(rec, "Ruy Calado", "Leo Varga") {
		t.Errorf("want no holder read for an unheld title, got %s", dump(rec))
	}
}
