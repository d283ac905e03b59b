package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-forty-fourth round: met pairs lost because a
// participant is not found as a person (p896-p901: a joint readout, a
// wire report of a mediated sitting, a premier's visit, a brokered
// summit, a three-way conference, a leaders' retreat); the rule reads
// names in British and Irish style, with sentences of its own.

// The style before a name and the letters after it are no part of it:
// "the Rt Hon X MP", "Mr Y TD", "Dr Z MLA" name X, Y and Z (styledNames,
// text/lead.go; p896). The negative case: a seat or party with its
// member's title after "the" ("the Kildare TD") stays no person's name,
// and a title before a name ("Kildare TD Sean Walsh") keeps the name.
func TestStyledNamesWithPostNominals(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"The Minister for Trade, Mr Sean Walsh TD, and the Home Secretary, the Rt Hon Alan Ford MP, met in Galway on Tuesday.", "Sean Walsh", "Alan Ford"},
		{"Dr Nora Quinlan MLA held talks with Sir Peter Whyte KCMG MP in Newry on Tuesday.", "Nora Quinlan", "Peter Whyte"},
		{"Kildare TD Sean Walsh met the Right Honourable Alan Ford in Galway on Tuesday.", "Sean Walsh", "Alan Ford"},
	} {
		if got := pairsOf(t, "Border talks\n"+c.text); !slices.Contains(got, c.a+"|"+c.b) && !slices.Contains(got, c.b+"|"+c.a) {
			t.Errorf("%q: want %s paired with %s, got %v", c.text, c.a, c.b, got)
		}
	}
	// Negative: "the Kildare TD" is a seat's member, not a person named
	// "Kildare"; and no name takes the letters.
	ps := personsOf(t, "Border talks\nThe Kildare TD met Alan Ford MP in Galway on Tuesday.")
	for name := range ps {
		if name == "Kildare" || name == "Alan Ford MP" {
			t.Errorf("read %q as a person: %v", name, ps)
		}
	}
}
