package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-forty-eighth round: capitalised non-persons
// read as persons (p2720-p2725: an Indian agency on a chief minister's
// calls at two ministers' residences, a Nigerian agency on talks at a
// barracks, a wire on a dialogue in named State Department rooms, a
// Pakistani daily on a call at an army's headquarters, a Nepali daily on
// talks at a convention centre named for a king, a Fijian broadcaster on
// talks at a barracks named for a queen); each rule with sentences of its
// own.

// fourhundredfortyeighthActor: the record has an actor of kind named
// name.
func fourhundredfortyeighthActor(rec graph.Record, name string, kind graph.Kind) bool {
	return slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Kind == kind && a.Name == name })
}

// "at 9, X Y Marg", "at Queen X Barracks", "at General Headquarters": a
// street, a barracks or a command's seat named after a given name or a
// title is a place, not a person at the talks (nonActorHeads; p2598,
// p2720, p2684, p2725, p2521, p2723). The negative case: the general
// named before the headquarters stays a person and meets.
func TestBuildingHeadsAfterNamesAreNoPersons(t *testing.T) {
	for _, c := range []struct{ line, building, a, b string }{
		{"Foreign Minister Petra Valdek on Tuesday met Prime Minister Anand Verma at 9, Tarun Vijay Marg and discussed trade.", "Tarun Vijay Marg", "Petra Valdek", "Anand Verma"},
		{"Foreign Minister Petra Valdek held talks with Defence Minister Kiran Rao at Queen Matilda Barracks on Tuesday.", "Matilda Barracks", "Petra Valdek", "Kiran Rao"},
		{"General Tomas Brenner received Foreign Minister Petra Valdek at General Headquarters on Tuesday.", "Headquarters", "Tomas Brenner", "Petra Valdek"},
	} {
		rec := corefRecord(t, "Ministers confer\n"+c.line)
		if hasPerson(rec, c.building) {
			t.Errorf("%q: %q read as a person: %s", c.line, c.building, dump(rec))
		}
		if !metPair(rec, c.a, c.b) {
			t.Errorf("%q: want %s with %s: %s", c.line, c.a, c.b, dump(rec))
		}
	}
}

// A territory's native one-word form that the article writes as a
// family name after a given name ("Otto Pitcairn") is that person's
// surname when it stands alone later ("Later, Pitcairn met ..."), not the
// territory at the talks (altsurname.go; p2720, p1959, p731). The
// negative cases: with no such full name the word stays the territory,
// and a sovereign state's English alternate stays the state after a
// capitalized word ("Operation Pan America", p940).
func TestTerritoryFormWrittenAsSurnameIsThePerson(t *testing.T) {
	rec := corefRecord(t, "Envoy meets ministers\nEnvoy Otto Pitcairn on Tuesday met Foreign Minister Carl Ruben in London.\nLater, Pitcairn met Defence Minister Hans Tiller at his office.")
	if !metPair(rec, "Otto Pitcairn", "Hans Tiller") {
		t.Errorf("want Otto Pitcairn with Hans Tiller: %s", dump(rec))
	}
	if fourhundredfortyeighthActor(rec, "Pitcairn Islands", graph.State) {
		t.Errorf("the territory read for the envoy: %s", dump(rec))
	}
	rec = corefRecord(t, "Aid talks\nForeign Minister Carl Ruben met Defence Minister Hans Tiller in London on Tuesday to discuss shipping to Pitcairn.")
	if !fourhundredfortyeighthActor(rec, "Pitcairn Islands", graph.State) {
		t.Errorf("want the territory: %s", dump(rec))
	}
	rec = corefRecord(t, "Aid talks\nForeign Minister Carl Ruben met Defence Minister Hans Tiller in London on Tuesday about the Operation Pan America plan.\nRuben said America would help.")
	if !slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == "United States" && slices.Contains(a.Aliases, "America") }) {
		t.Errorf("want America kept as the United States: %s", dump(rec))
	}
}
