package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-sixty-seventh round: names that begin with
// an honorific that is part of how the person is named (p2234-p2239: a
// wire on a Secretary-General in Cairo, an agency on a UN chief in
// Yangon, a Malay agency on a leaders' retreat, a wire on an exiled emir
// at the White House, a 1940s broadsheet on a treaty in Cairo, a 1960s
// daily on two leaders in Tokyo); each rule with sentences of its own.

func threehundredsixtyseventhPerson(rec graph.Record, name string) *graph.Actor {
	for i := range rec.Actors {
		if rec.Actors[i].Kind == graph.Person && rec.Actors[i].Name == name {
			return &rec.Actors[i]
		}
	}
	return nil
}

// A full name whose first word stands in a known name only after "bin"
// or "al-" is a kinsman's (actors.Cast.kinNamed; p2237, p1327, p1777): a
// brother named for the family ("Zamil al-Khalid al-Zamil" after "Faris
// al-Khalid al-Zamil") or the father inside the son's name ("Khalid bin
// Omar" after "Faris bin Khalid bin Omar") is another person. The
// negative case: a short form that keeps the given name in front joins.
func TestKinsmanFullNameIsAnotherPerson(t *testing.T) {
	for _, c := range []struct{ text, first, second string }{
		{"Emir visits Marland\nDORAN, March 2 - The Marland president met on Friday with Sheikh Faris al-Khalid al-Zamil, the emir of Qudara.\n\nThe emir was accompanied by Foreign Minister Sheikh Zamil al-Khalid al-Zamil, his brother.",
			"Faris al-Khalid al-Zamil", "Zamil al-Khalid al-Zamil"},
		{"Prince visits Marland\nDORAN, March 2 - President Peter Volk met Crown Prince Faris bin Khalid bin Omar on Friday.\n\nThe prince carried a letter from his father, King Khalid bin Omar, to Volk.",
			"Faris bin Khalid bin Omar", "Khalid bin Omar"},
	} {
		rec := run(t, c.text, "2001-03-02")
		a, b := threehundredsixtyseventhPerson(rec, c.first), threehundredsixtyseventhPerson(rec, c.second)
		if a == nil || b == nil {
			t.Errorf("%q: want %q and %q apart, got %+v", c.text, c.first, c.second, rec.Actors)
		}
	}
	rec := run(t, "Emir visits Marland\nDORAN, March 2 - The Marland president met on Friday with Sheikh Faris al-Khalid al-Zamil, the emir of Qudara.\n\nFaris al-Zamil later left for Lisbon.", "2001-03-02")
	if a := threehundredsixtyseventhPerson(rec, "Faris al-Khalid al-Zamil"); a == nil || !slices.Contains(a.Aliases, "Faris al-Zamil") {
		t.Errorf("want Faris al-Zamil as a short form, got %+v", rec.Actors)
	}
}

// "Sheikh X" is kept as an alias of the person named X after the
// honorific (actors.Story.honorificForms; p2237, p1242): the styled short
// form "Sheikh Faris" names the emir. The negative case: a name written
// without the honorific gets no styled alias.
func TestSheikhFormsKeptAsAliases(t *testing.T) {
	rec := run(t, "Emir visits Marland\nDORAN, March 2 - The Marland president met on Friday with Sheikh Faris al-Khalid al-Zamil, the emir of Qudara.\n\nSheikh Faris later left for Lisbon.", "2001-03-02")
	a := threehundredsixtyseventhPerson(rec, "Faris al-Khalid al-Zamil")
	if a == nil || !slices.Contains(a.Aliases, "Sheikh Faris") || !slices.Contains(a.Aliases, "Sheikh Faris al-Khalid al-Zamil") {
		t.Errorf("want the Sheikh forms as aliases, got %+v", rec.Actors)
	}
	rec = run(t, "Emir visits Marland\nDORAN, March 2 - The Marland president met on Friday with Faris al-Khalid al-Zamil, the emir of Qudara.\n\nFaris later left for Lisbon.", "2001-03-02")
	if a := threehundredsixtyseventhPerson(rec, "Faris al-Khalid al-Zamil"); a == nil || slices.ContainsFunc(a.Aliases, func(s string) bool { return len(s) > 7 && s[:7] == "Sheikh " }) {
		t.Errorf("want no Sheikh alias, got %+v", rec.Actors)
	}
}
