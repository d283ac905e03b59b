package extract

import (
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundredth round: participants the extractor did not take
// as actors (p1232-p1237: a government's talks with a rebel army named
// in full, two ministers who asked the Holy See to mediate, two ministers
// with three co-chairs named with their post after the name, a lender's
// mission and a finance ministry, a three-man mission on an island, a
// UN envoy with a government and rebels); each rule with sentences of
// its own.

// twohundredthRecord extracts text published on corefPub.
func twohundredthRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	return corefRecord(t, text)
}

// hasActorText: some actor's name or alias is exactly s.
func hasActorText(rec graph.Record, s string) bool {
	for _, a := range rec.Actors {
		if a.Name == s || strings.Contains(","+strings.Join(a.Aliases, ",")+",", ","+s+",") {
			return true
		}
	}
	return false
}

// "asked the Holy See to mediate": the Holy See is the state of the
// Vatican, a mediator like any state (gazetteer CountryExtras; p1233).
// The negative case: "VATICAN CITY" in a dateline stays the place of the
// meeting.
func TestHolySeeIsAState(t *testing.T) {
	rec := twohundredthRecord(t, "Neighbours turn to Rome\nThe foreign ministers of Belize and Guatemala agreed in San Salvador on Monday to ask the Holy See to mediate in their border dispute.")
	a := actorNamed(rec, "Holy See")
	if a == nil || a.Kind != graph.State {
		t.Fatalf("want the Holy See a state: %s", dump(rec))
	}
	if !hasMediator(rec, a.Name) {
		t.Errorf("want the Holy See a mediator: %s", dump(rec))
	}
	rec = twohundredthRecord(t, "Envoys meet\nVATICAN CITY, May 3 - Belize's foreign minister Lena Orvik met Guatemala's foreign minister Tomas Varga on Monday.")
	if m := meetingOf(rec, "Lena Orvik", "Tomas Varga"); m == nil || m.Place != "Vatican City" {
		t.Errorf("want the meeting in Vatican City: %s", dump(rec))
	}
}

// "X, Chairman of the Planning Commission,": the post after the name and
// a comma is a bare title given to X, and the body after "of the" an
// organization; the whole run was one organization named "Chairman of the
// Planning Commission" (appositivePostOf, mention posttitle.go; p1234's
// shape). The negative case: a title with its holder's name after it
// ("In Lusaka, Chairman of the Planning Commission Lars Kemp met ...")
// keeps the name.
func TestPostOfBodyAfterName(t *testing.T) {
	rec := twohundredthRecord(t, "Planners meet\nLUSAKA, May 3 - Lars Kemp, Chairman of the Planning Commission, met Tomas Varga, Vice-Chairman of the Budget Council, in Lusaka on Monday.")
	for _, bad := range []string{"Chairman of the Planning Commission", "Vice-Chairman of the Budget Council"} {
		if hasActorText(rec, bad) {
			t.Errorf("%q read as an actor: %s", bad, dump(rec))
		}
	}
	kemp := mustActor(t, rec, "Lars Kemp", graph.Person)
	if !hasPosition(kemp, "Chairman", "Planning Commission") {
		t.Errorf("want Kemp Chairman of the Planning Commission: %s", dump(rec))
	}
	if !metPair(rec, "Lars Kemp", "Tomas Varga") {
		t.Errorf("want Kemp and Varga met: %s", dump(rec))
	}
	rec = twohundredthRecord(t, "Planners meet\nLUSAKA, May 3 - In Lusaka, Chairman of the Planning Commission Lars Kemp met Tomas Varga on Monday.")
	if a := actorNamed(rec, "Lars Kemp"); a == nil || a.Kind != graph.Person {
		t.Errorf("want Lars Kemp a person: %s", dump(rec))
	}
}

// "X, Co-Chairman of the Y Group," and "Co-Chair Z": "Co-" belongs to the
// title after it (hyphenTitlePrefix, mention posttitle.go; lexicon
// "hyphenTitlePrefixes"; p1234). Read alone it was a group named "Co-".
// The negative case: "Co-operative" holds no title head, and the dairy
// stays no person.
func TestCoPrefixedTitle(t *testing.T) {
	rec := twohundredthRecord(t, "Mediators in Geneva\nGENEVA, May 3 - Lars Kemp, Co-Chairman of the Joint Monitoring Group, and Co-Chair Anna Reuter met Tomas Varga in Geneva on Monday.")
	for _, a := range rec.Actors {
		if strings.HasPrefix(a.Name, "Co") {
			t.Errorf("actor %q: %s", a.Name, dump(rec))
		}
	}
	if !metPair(rec, "Anna Reuter", "Tomas Varga") || !metPair(rec, "Lars Kemp", "Tomas Varga") {
		t.Errorf("want Kemp and Reuter met Varga: %s", dump(rec))
	}
	rec = twohundredthRecord(t, "Dairy deal\nGENEVA, May 3 - Tomas Varga met the head of the Alpine Dairy Co-operative, Lars Kemp, in Geneva on Monday.")
	if a := actorNamed(rec, "Lars Kemp"); a == nil || a.Kind != graph.Person {
		t.Errorf("want Lars Kemp a person: %s", dump(rec))
	}
}

// "Helen Carter-Jordan", "Mr Carter-Jordan": a state's one-word name glued
// by a hyphen to a name word after a given name or honorific is the
// second half of a double surname (stateAfterNameHyphen, mention
// posttitle.go; p1205's "M. Mendes-France" read as "M. Mendes"). The
// negative case: "the Hamas-Israel truce" has no name word before its
// first half, and Israel stays a state.
func TestStateAfterNameHyphen(t *testing.T) {
	rec := twohundredthRecord(t, "Envoys meet\nCAIRO, May 3 - Senator Helen Carter-Jordan met Egypt's foreign minister Omar Nabil in Cairo on Monday. Mr Carter-Jordan later flew home.")
	if !metPair(rec, "Helen Carter-Jordan", "Omar Nabil") {
		t.Errorf("want Carter-Jordan and Nabil met: %s", dump(rec))
	}
	if a := actorNamed(rec, "Jordan"); a != nil {
		t.Errorf("Jordan read as an actor: %s", dump(rec))
	}
	rec = twohundredthRecord(t, "Truce holds\nCAIRO, May 3 - Egypt's foreign minister Omar Nabil met Qatar's envoy Lars Kemp in Cairo on Monday to shore up the Hamas-Israel truce.")
	if a := actorNamed(rec, "Israel"); a == nil || a.Kind != graph.State {
		t.Errorf("want Israel a state: %s", dump(rec))
	}
}
