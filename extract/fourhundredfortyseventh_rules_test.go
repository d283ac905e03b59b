package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-forty-seventh round: a batch targeted at
// person-name boundaries (p2714-p2719: a Baltic agency on a European
// minorities envoy in Tallinn, a Vietnamese agency on two foreign
// ministers' talks in Hanoi, a wire on a Brazilian president in Luanda, a
// wire on a Qatari premier in Sanaa, a Pakistani daily on two foreign
// ministers' talks in Islamabad, a wire on a businessman's meeting with a
// president-elect); each rule with sentences of its own.

// fourhundredfortyseventhPerson: the record holds a person of that name.
func fourhundredfortyseventhPerson(rec graph.Record, name string) bool {
	return slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool {
		return a.Kind == graph.Person && a.Name == name
	})
}

// "Ambassador Tran The Minh": a Vietnamese middle name spelt "The" after
// the family name is part of the name, not a lost sentence break (p2715,
// p2676). The negative case: "The" after a name that is no Vietnamese
// family name still breaks the run ("Berg The Hague").
func TestVietnameseMiddleNameThe(t *testing.T) {
	rec := corefRecord(t, "Ministers confer\nForeign Minister Pham Quoc Viet held talks in Hanoi on Monday with Ambassador Tran The Minh and Deputy Minister Hoang The Long.")
	for _, n := range []string{"Tran The Minh", "Hoang The Long"} {
		if !fourhundredfortyseventhPerson(rec, n) {
			t.Errorf("want person %s: %s", n, dump(rec))
		}
	}
	rec = corefRecord(t, "Ministers confer\nForeign Minister Jan Kowal met Anna Berg in The Hague on Monday.")
	if fourhundredfortyseventhPerson(rec, "Anna Berg The Hague") || !fourhundredfortyseventhPerson(rec, "Anna Berg") {
		t.Errorf("want Anna Berg alone: %s", dump(rec))
	}
}
