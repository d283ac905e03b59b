package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-forty-third round: an untargeted batch
// (p3290-p3295: Iraqi, Kurdish, Gulf and wire outlets on Baghdad-Erbil
// oil and budget talks, Iraq's government-formation talks, the US-Iraq
// strategic dialogue and Saudi-Iranian talks in Baghdad, 2014-2023); each
// rule with sentences of its own.

// fivehundredfortythirdKind is the kind of the actor named name, and
// whether there is one.
func fivehundredfortythirdKind(rec graph.Record, name string) (graph.Kind, bool) {
	for _, a := range rec.Actors {
		if a.Name == name {
			return a.Kind, true
		}
	}
	return "", false
}

// A unit named "<Name> Force" is a body, not a person (orgHeads; p3292,
// p1161, p1911, p2218): read as a given name and a surname, it stood at
// the meeting of its own commander. The negative case: "Air Force" as a
// title before a general's name leaves the general a person who met.
func TestForceEndsUnitName(t *testing.T) {
	text := "Talks in Quetta\nQUETTA - Colonel Tariq Mahmoud, commander of Iran's Zahedan Force, met Governor Alan Pryce in Quetta on Monday."
	rec := corefRecord(t, text)
	if k, ok := fivehundredfortythirdKind(rec, "Zahedan Force"); ok && k == graph.Person {
		t.Errorf("want the unit no person, got %s", dump(rec))
	}
	if m, ok := heldMeeting(rec, "Tariq Mahmoud", "Alan Pryce"); !ok || len(m.Participants) != 2 {
		t.Errorf("want the meeting of the two men only, got %s", dump(rec))
	}
	text = "Talks in Quetta\nQUETTA - Air Force General Tariq Mahmoud met Governor Alan Pryce in Quetta on Monday."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Tariq Mahmoud", "Alan Pryce") {
		t.Errorf("want the general's meeting, got %s", dump(rec))
	}
}

// An armed unit whose name ends in "Force" is a side of the talks it holds
// (armedUnitHeads, IsSide; p3028, p313): once "Force" ends an
// organization's name, a border force's dispute with the other side's
// rangers is still negotiated. The negative case: a bureau, no armed
// unit, is no side.
func TestArmedUnitIsSide(t *testing.T) {
	text := "Border talks\nDHAKA - The Eastern Border Force and the Bangladesh Rifles held talks in Dhaka on Friday on the border dispute."
	rec := corefRecord(t, text)
	if !fivehundredfortythirdParty(rec, "Eastern Border Force") {
		t.Errorf("want the force a party, got %s", dump(rec))
	}
	text = "Border talks\nDHAKA - The Eastern Trade Bureau and the Bangladesh Rifles held talks in Dhaka on Friday on the border dispute."
	rec = corefRecord(t, text)
	if fivehundredfortythirdParty(rec, "Eastern Trade Bureau") {
		t.Errorf("want the bureau no party, got %s", dump(rec))
	}
}

// fivehundredfortythirdParty: name is a party of one of the record's
// negotiations.
func fivehundredfortythirdParty(rec graph.Record, name string) bool {
	for _, n := range rec.Negotiations {
		if slices.Contains(n.Parties, name) {
			return true
		}
	}
	return false
}
