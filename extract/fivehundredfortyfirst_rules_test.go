package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-forty-first round: an untargeted batch
// (p3278-p3283: Egyptian, Ethiopian, Sudanese and wire outlets on the Nile
// dam talks between Egypt, Ethiopia and Sudan, 2013-2023 — an Egyptian
// daily on a foreign minister's Addis Ababa visit, an Egyptian agency on
// two leaders' summit-sidelines meeting in Malabo, a wire on a Washington
// ministers' round, a Sudanese agency on an African Union video session,
// an Egyptian daily on two leaders' Cairo meeting, an Ethiopian paper on a
// round that ended without agreement); each rule with sentences of its own.

// "meets Uganda's development goals", "failed to meet Uganda's demands":
// meeting a state's needs satisfies them, no encounter with the state
// (satisfiedPossessor; p3282, p2753). The negative case: "met Uganda's
// foreign minister, Ana Ruvic" still meets the person the possessive
// names.
func TestMeetingAStatesNeedsIsNoEncounter(t *testing.T) {
	text := "Leaders agree on river deal\nNAIROBI, July 3 - President Amos Kibet and Prime Minister Joseph Okello held talks on Thursday.\nKibet stressed the need for an agreement that protects Kenya and Tanzania and meets Uganda's development goals, the statement said."
	rec := corefRecord(t, text)
	if heldAll(rec, "Tanzania", "Uganda") {
		t.Errorf("meeting a state's goals read as an encounter: %s", dump(rec))
	}
	text = "Leaders agree on river deal\nNAIROBI, July 3 - President Amos Kibet and Prime Minister Joseph Okello held talks on Thursday.\nKibet said Tanzania had failed to meet Uganda's demands."
	rec = corefRecord(t, text)
	for _, m := range rec.Meetings {
		for _, p := range m.Participants {
			if p == "Uganda" {
				t.Errorf("meeting a state's demands read as an encounter: %s", dump(rec))
			}
		}
	}
	text = "Ministers meet\nNAIROBI, July 3 - Foreign Minister Joseph Okello met Uganda's foreign minister, Ana Ruvic, on Thursday."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Joseph Okello", "Ana Ruvic") {
		t.Errorf("want the minister met: %s", dump(rec))
	}
}

// fivehundredfortyfirstHasPerson: the record holds a person of that name.
func fivehundredfortyfirstHasPerson(rec graph.Record, name string) bool {
	return slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Kind == graph.Person && a.Name == name })
}

// "Presidential spokesman X said the meeting was held in a positive
// atmosphere": a side's official voice, named by the post right before the
// name, acts in the story as the papers report it, though he only speaks
// (titledSpokesperson; p3279, p3282, p2492, p1270, p2008). The negative
// case: a professor quoted in passing is still no actor.
func TestTitledSpokespersonKept(t *testing.T) {
	lead := "Leaders meet\nCAIRO, July 3 - President Karim Hosny and Prime Minister Dawit Alemu held talks in Cairo on Thursday.\n"
	rec := corefRecord(t, lead+"Presidential spokesman Tarek Mansour said the meeting was held in a positive atmosphere.")
	if !fivehundredfortyfirstHasPerson(rec, "Tarek Mansour") {
		t.Errorf("want the spokesman kept: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Tarek Mansour, a professor at the university, said the meeting was useful.")
	if fivehundredfortyfirstHasPerson(rec, "Tarek Mansour") {
		t.Errorf("a professor quoted in passing kept: %s", dump(rec))
	}
}
