package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-fifty-fourth round: a targeted batch
// (p3356-p3361: agencies, wires and dailies on gas and boundary talks,
// 2005-2021 — delegations whose heads are named after the talks are told,
// and meetings held "on the dispute with" a third side); each rule with
// sentences of its own.

// "met X on the fishing dispute with Z", "talks with X on the gas dispute
// with Z", "met X to discuss the dispute with Z": the "with" after a
// dispute noun in a meeting's topic names the other side of the dispute,
// not one who met (p3307, p740, p3356, p3361). The negative case: "A
// discussed the dispute with Mr B" makes B the one A talked to.
func TestDisputeCounterpartNotParticipant(t *testing.T) {
	text := "Fishing row\nPresident Tomas Ardell met Prime Minister Ivo Sandrek in Lisbon on Monday on the fishing dispute with Denmark."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Tomas Ardell", "Ivo Sandrek") || heldAll(rec, "Tomas Ardell", "Denmark") {
		t.Errorf("want Ardell and Sandrek only, got %s", dump(rec))
	}
	text = "Gas row\nForeign Minister Carl Anders arrived in Vienna on Tuesday for talks with Chancellor Marek Duvna on the long gas dispute with Hungary."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Carl Anders", "Marek Duvna") || heldAll(rec, "Marek Duvna", "Hungary") {
		t.Errorf("want Duvna without Hungary, got %s", dump(rec))
	}
	text = "Gas row\nNorvatek says it will halt deliveries on Monday unless Riga pays more.\nIn Riga, President Anton Velik met Prime Minister Oleg Matvin on Tuesday to discuss the dispute with Norvatek and ordered ministers to prepare for a cut."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Anton Velik", "Oleg Matvin") || heldAll(rec, "Anton Velik", "Norvatek") {
		t.Errorf("want Velik and Matvin only, got %s", dump(rec))
	}
	text = "Fishing row\nDr Anton Velik discussed the dispute with Mr Paul Renner in Oslo on Monday."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Anton Velik", "Paul Renner") {
		t.Errorf("want the one Velik talked to at the meeting, got %s", dump(rec))
	}
}

// "Foreign Minister X led the A side, assisted by Y": the participle's
// subject opens the sentence at its title, as an untitled "X, accompanied
// by Y" does (participleSubject; p3361, and the shape in p3099's "Foreign
// Minister X headed the A side, accompanied by Y"), so Y joins the talks
// the story has just told X at. The negative case: "assisted by a team of
// experts" names no one, and the talks keep their people.
func TestTitledSubjectAssistedBy(t *testing.T) {
	text := "Fishing talks\nOSLO, May 20 - Talks between Norway and Denmark over fishing quotas ended here on Monday without agreement.\nThe Norwegian delegation was headed by Foreign Minister Carl Anders. Foreign Minister Ivo Sandrek led the Danish side, assisted by Trade Minister Paul Renner."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Carl Anders", "Ivo Sandrek", "Paul Renner") {
		t.Errorf("want Renner at the talks with Sandrek, got %s", dump(rec))
	}
	text = "Fishing talks\nOSLO, May 20 - Talks between Norway and Denmark over fishing quotas ended here on Monday without agreement.\nThe Norwegian delegation was headed by Foreign Minister Carl Anders. Foreign Minister Ivo Sandrek led the Danish side, assisted by a team of experts."
	rec = corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Carl Anders", "Ivo Sandrek"); !ok || len(m.Participants) != 2 {
		t.Errorf("want the talks of the two heads only, got %s", dump(rec))
	}
}

// "The two leaders met in P before the signing": the signing is dated by
// the day nearest its verb in the sentence that told it, not by the last
// day there, which may be another event's ("signed on Monday, ending a
// quarrel that began when ... on March 1"; toldEventDay with dayNearTold;
// p3359, p828, p1313, p1197). The negative case: a sentence that dates the
// signing alone keeps that day.
func TestBeforeSigningTakesSigningDay(t *testing.T) {
	text := "Gas deal\nPresidents Carl Anders and Ivo Sandrek signed a gas agreement on Monday, ending a quarrel over price that began when Sandrek took over the pipeline company on March 1.\nThe two leaders met for about two hours in Rosario before the signing."
	rec := corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Carl Anders", "Ivo Sandrek"); !ok || !slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool { return m.Place == "Rosario" && m.Date == "2025-05-05" }) {
		t.Errorf("want the Rosario meeting on the signing's Monday, got %+v %s", m, dump(rec))
	}
	text = "Gas deal\nPresidents Carl Anders and Ivo Sandrek signed a gas agreement in Salta on March 3 after a week of talks.\nThe two leaders met for about two hours in Rosario before the signing."
	rec = corefRecord(t, text)
	if !slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool { return m.Place == "Rosario" && m.Date == "2025-03-03" }) {
		t.Errorf("want the Rosario meeting on the signing's day, got %s", dump(rec))
	}
}

// "A and B officials ended two days of talks without narrowing their
// differences": talks that end with the sides' differences standing were
// a negotiation of the two, as talks that end "without agreement" are
// (deadlockObjects; p3360, the shape in p1015 and p2439). The negative
// case: "without changing their plans" tells no deadlock.
func TestTalksWithoutNarrowingDifferences(t *testing.T) {
	text := "Fishing talks\nDanish and Norwegian officials ended two days of talks in Oslo on Saturday over fishing quotas without narrowing their differences."
	rec := corefRecord(t, text)
	if parties, _ := roleNames(rec); !slices.Equal(parties, []string{"Denmark", "Norway"}) {
		t.Errorf("want Denmark and Norway negotiating, got %s", dump(rec))
	}
	text = "Fishing talks\nDanish and Norwegian officials ended two days of talks in Oslo on Saturday over fishing quotas without changing their plans."
	rec = corefRecord(t, text)
	if parties, _ := roleNames(rec); len(parties) != 0 {
		t.Errorf("want no negotiation, got %s", dump(rec))
	}
}

// "met X at his official residence Y": a name right after a lower-case
// "residence" is the building's, as one after "the patrol boat" is the
// ship's (buildingBeforeNames; p1197, p2105), so Y sits at no meeting and
// is no person. The negative case: "the residence of Mr X" keeps X a
// person.
func TestNameAfterResidenceIsBuilding(t *testing.T) {
	text := "Leaders meet\nLater, Foreign Minister Carl Anders met Prime Minister Ivo Sandrek at his official residence Loma Verde and discussed trade, officials said."
	rec := corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Carl Anders", "Ivo Sandrek"); !ok || len(m.Participants) != 2 {
		t.Errorf("want the meeting of the two only, got %s", dump(rec))
	}
	text = "Leaders meet\nLater, Foreign Minister Carl Anders met Prime Minister Ivo Sandrek at the residence of Mr Paul Renner and discussed trade, officials said."
	rec = corefRecord(t, text)
	if !slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == "Paul Renner" && a.Kind == graph.Person }) {
		t.Errorf("want Renner a person, got %s", dump(rec))
	}
}
