package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-sixty-fifth round: organizations whose
// names end in a generic word (p2222-p2227: a private conflict resolution
// group hosting a first round, a Reuters wire, 2005; a humanitarian
// dialogue centre facilitating a signing, an AFP wire, 2002; an economic
// forum arranging two premiers' talks, a London broadsheet, 1988; a
// former president's center hosting preliminary talks, an AP wire, 1989;
// the same center brokering an accord of two presidents, a Chinese
// agency, 1999; a mediating group's co-chairmen at talks of two
// presidents, a Reuters wire, 2001); each rule with sentences of its own.

// organizationNamed: the record holds an organization named name.
func organizationNamed(rec graph.Record, name string) bool {
	for _, a := range rec.Actors {
		if a.Name == name && a.Kind == graph.Organization {
			return true
		}
	}
	return false
}

// A name ending in "Initiative", "Centre", "Center" or "Forum" (or with
// that word before its "for" complement) names a body, not an event or a
// building, when its sentence shows it acting ("said", "brokered"), makes
// it the agent of brokering ("facilitated by the X Centre for Y") or
// describes it as a body in an apposition ("the X Forum, the Geneva-based
// foundation") (mention/actingbody.go; p2222, p2223, p2224, p2226). The
// negative cases: a scheme and a conference hall of the same endings,
// told with no such cue, stay out of the cast.
func TestGenericEndingBodyActs(t *testing.T) {
	lead := "Borvian and Arlander envoys met in Koram on Monday. "
	for s, want := range map[string]string{
		"The talks were facilitated by the Lindqvist Centre for Border Dialogue, a private foundation.": "Lindqvist Centre for Border Dialogue",
		"The Nordvik Mediation Initiative said the envoys would meet again.":                            "Nordvik Mediation Initiative",
		"The envoys thanked the Alpine Policy Forum, the Zurich-based foundation that invited them.":    "Alpine Policy Forum",
		"The Halvorsen Center brokered the accord after months of contacts.":                            "Halvorsen Center",
	} {
		rec := corefRecord(t, "Envoys meet\n"+lead+s)
		if !organizationNamed(rec, want) {
			t.Errorf("%s: want the organization %s: %s", s, want, dump(rec))
		}
	}
	rec := corefRecord(t, "Envoys meet\n"+lead+"The Halvorsen Center brokered the accord after months of contacts.")
	if !hasMediator(rec, "Halvorsen Center") {
		t.Errorf("want the Halvorsen Center among the mediators: %s", dump(rec))
	}
	for s, name := range map[string]string{
		"They discussed the Koram Peace Initiative, which the rebels rejected.": "Koram Peace Initiative",
		"The talks were held at the Koram Conference Centre.":                   "Koram Conference Centre",
	} {
		rec := corefRecord(t, "Envoys meet\n"+lead+s)
		if slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == name }) {
			t.Errorf("%s: %s read as an actor: %s", s, name, dump(rec))
		}
	}
}
