package extract

import (
	"testing"
)

// Issue 14's hundred-and-third round: an untargeted batch (p650-p655) and
// what it showed worst that could be fixed generally.

// "Prime Minister Louis St. Laurent": the cut-short "Saint" of a family
// name after a given name keeps its period inside the name
// (saintParticle); the run stopped at the period, making "Louis St" one
// person and the rest of the name another (p650). A place or a street
// named for a saint is not thereby a person's name.
func TestSaintParticleInName(t *testing.T) {
	for _, c := range []struct{ text, name, other string }{
		{"Talks\nOTTAWA, May 6 - Prime Minister Gerard St. Onge of Canada met President Harold Vance on Monday.", "Gerard St. Onge", "Harold Vance"},
		{"Talks\nPARIS, May 6 - Minister Claire St. Amand held talks with Omar Haddad in Paris on Tuesday.", "Claire St. Amand", "Omar Haddad"},
	} {
		rec, err := Extract(Article{ID: "t", Text: c.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if a := actorNamed(rec, c.name); a == nil || a.Kind != "person" {
			t.Errorf("%q: no person %q: %s", c.text, c.name, dump(rec))
		}
		if meetingWith(rec, c.name, c.other) == nil {
			t.Errorf("%q: no meeting of %q and %q: %s", c.text, c.name, c.other, dump(rec))
		}
	}
	// Negative: a saint's name without a given name before it is a place,
	// not a person.
	text := "Talks\nOTTAWA, May 6 - Mayor Ruth Kell of St. Boniface met Governor Tom Riley in St. Louis on Tuesday."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Kind == "person" && (a.Name == "St. Boniface" || a.Name == "St. Louis" || a.Name == "Kell St. Boniface") {
			t.Errorf("place read as a person %q: %s", a.Name, dump(rec))
		}
	}
	if meetingWith(rec, "Ruth Kell", "Tom Riley") == nil {
		t.Errorf("no Kell-Riley meeting: %s", dump(rec))
	}
}
