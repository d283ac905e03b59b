package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-seventieth round: an untargeted batch
// (p2852-p2857: a 2000s Spanish agency on a customs-union summit in
// Asuncion, a Peruvian agency on a border meeting of two presidents in
// Arica, a Buenos Aires paper on a gas deal, a Honduran paper on a
// border-crossing meeting, an Ecuadorian paper on a binational cabinet, a
// Mexican agency on a presidents' meeting in Tapachula); each rule with
// sentences of its own.

// "The two presidents talked privately before being joined by X and Y":
// the gerund passive after "before" or "after" brings X and Y to the
// meeting of the plural subject, as "were joined by" does (p2854, p2305).
func TestBeingJoinedByBringsJoiners(t *testing.T) {
	rec := corefRecord(t, "Presidents agree\nPresident Jan Kowal received President Tomas Berg in Lima on Monday.\n"+
		"The two presidents talked privately for forty minutes before being joined by Trade Minister Ola Nowak and Energy Minister Piotr Zielinski.")
	if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Ola Nowak", "Piotr Zielinski") {
		t.Errorf("want the ministers at the Kowal-Berg meeting: %s", dump(rec))
	}
}

// "A and B met and agreed to resume talks. The two heads of state spent
// three hours together, accompanied by X and Y": the participle after the opening plural that stands for the
// people of the meeting just told brings X and Y to it; the sentence's
// own verb, read as a meeting of X and Y alone (the plural taken for the
// talks to come), goes (p2853; p1543 has
// the shape with no meeting told before it). The negative case: with no
// meeting told before, the companions' sitting stays as it was.
func TestPluralSubjectParticipleBringsCompanions(t *testing.T) {
	rec := corefRecord(t, "Presidents agree\nPresident Jan Kowal and President Tomas Berg met in Lima on Monday and agreed to resume talks on fishing quotas.\n"+
		"The two heads of state spent three hours together at a hotel, accompanied by Trade Minister Ola Nowak and Energy Minister Piotr Zielinski, who had drawn up the agenda at a session in Quito ten days before.")
	if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Ola Nowak", "Piotr Zielinski") {
		t.Errorf("want the ministers at the Kowal-Berg meeting: %s", dump(rec))
	}
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && !slices.Contains(m.Participants, "Jan Kowal") {
			t.Errorf("a meeting of the companions' own: %v", m.Participants)
		}
	}
	rec = corefRecord(t, "Presidents agree\nPresident Jan Kowal and President Tomas Berg agreed on Monday to build a bridge.\n"+
		"The two presidents met for ninety minutes in a villa, accompanied by Trade Minister Ola Nowak and Energy Minister Piotr Zielinski, who had drawn up the agenda at a session in Quito ten days before.")
	if !heldAll(rec, "Ola Nowak", "Piotr Zielinski") {
		t.Errorf("the companions' sitting went with no meeting told before: %s", dump(rec))
	}
}

// "joined by Planning Minister X": a capitalized planned word before a
// title's head is part of the post, and leaves the sitting held (p2854,
// p1326). The negative case: "planning" in the clause still makes a
// meeting one to come.
func TestTitlePlanWordLeavesMeetingHeld(t *testing.T) {
	rec := corefRecord(t, "Presidents agree\nPresident Jan Kowal received President Tomas Berg in Lima on Monday.\n"+
		"The two presidents talked privately for forty minutes before being joined by Planning Minister Ola Nowak and Energy Minister Piotr Zielinski.")
	if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Ola Nowak", "Piotr Zielinski") {
		t.Errorf("want the ministers at the held Kowal-Berg meeting: %s", dump(rec))
	}
	rec = corefRecord(t, "Ministers plan\nTrade Minister Ola Nowak is planning to meet Energy Minister Piotr Zielinski in Lima next week.")
	if heldAll(rec, "Ola Nowak", "Piotr Zielinski") {
		t.Errorf("a meeting only planned read as held: %s", dump(rec))
	}
}
