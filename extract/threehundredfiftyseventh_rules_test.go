package extract

import (
	"strings"
	"testing"
)

// Issue 14's three-hundred-and-fifty-seventh round: false persons made of
// the names of companies, residences, groups and documents (p2174-p2179:
// a broadsheet's constitutional conference, a wire's peace accord with a
// security company named in it, an agency's memorandum of understanding,
// a power-sharing accord, a paper's agreement with a party named before
// its president, a peace accord); each rule with sentences of its own.

// A name of two capitalized words before an apposition headed by a noun
// for a company, a lobby, a residence or a document ("X Y, a consulting
// company,", "X Y, the presidential retreat.") is that thing, here and
// wherever else the story uses it, even when its first word reads as a
// title (thingApposed, thingNames; p2175, p1367, p2017, p2108). The
// negative cases: an apposition headed by a post or a person noun after
// the thing's noun ("a company director"), and a possessive ("the
// hotel's owner"), leave the person.
func TestThingApposedIsNoPerson(t *testing.T) {
	lead := "Premier Ilse Varga met rebel leader Tomas Orlik in Vilna on Monday. "
	for _, c := range []struct{ text, bad string }{
		{"Executives of Marlow Ventures, a consulting company, attended the session.", "Marlow Ventures"},
		{"The talks were held at Kessel Pines, the presidential retreat, outside the city.", "Kessel Pines"},
		{"The clause was aimed at Executive Horizons, the security company hired by the government. Executive Horizons has been credited with pushing the rebels back.", "Horizons"},
		{"Both men praised Dunmore Charter, a document drafted by the envoys.", "Dunmore Charter"},
	} {
		got := personsOf(t, lead+c.text)
		for n := range got {
			if strings.Contains(n, c.bad) {
				t.Errorf("%q: want no person %q, got %v", c.text, c.bad, names(got))
			}
		}
		if _, ok := got["Ilse Varga"]; !ok {
			t.Errorf("%q: want Ilse Varga kept, got %v", c.text, names(got))
		}
	}
	for _, c := range []struct{ text, want string }{
		{"Orlik later met Anton Brisk, a company director, at the airport.", "Anton Brisk"},
		{"Orlik later met Marta Lenz, the hotel's owner, at the airport.", "Marta Lenz"},
	} {
		if got := personsOf(t, lead+c.text); got[c.want] == nil {
			t.Errorf("%q: want person %q kept, got %v", c.text, c.want, names(got))
		}
	}
}

// A name of two capitalized words between "the" and a lower-case title
// noun ("the X Y president, Z") names the body that grants the post; its
// other uses in the story name that body, not a person (modifierNames;
// p2178, p628). The negative case: a name after "the" before a verb is
// left to the rules before.
func TestModifierNameIsNoPerson(t *testing.T) {
	text := "Premier Ilse Varga met the Tal Verda president, Tomas Orlik, in Vilna on Monday. " +
		"She gave the Liberal Party and Tal Verda until Friday to answer. The plan requires Tal Verda to disarm."
	got := personsOf(t, text)
	if _, ok := got["Tal Verda"]; ok {
		t.Errorf("want no person Tal Verda, got %v", names(got))
	}
	for _, n := range []string{"Ilse Varga", "Tomas Orlik"} {
		if _, ok := got[n]; !ok {
			t.Errorf("want person %q kept, got %v", n, names(got))
		}
	}
}
