package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-sixty-fourth round: an untargeted batch
// (p3416-p3421: Indian, Malaysian, French, British and Kyrgyz agencies on
// border-clash and ceasefire talks between neighbours, 1995-2025 — corps
// commanders' talks in Ladakh, a border committee in Kuala Lumpur, OAU
// mediators in Ouagadougou, guarantors' declaration in Brasilia, security
// chiefs' protocol in Batken, a diplomats' video round on the LAC); each
// rule with sentences of its own.

// fivehundredsixtyfourthHasBody: some actor other than a person is named
// name.
func fivehundredsixtyfourthHasBody(rec graph.Record, name string) bool {
	return slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Kind != graph.Person && a.Name == name })
}

// "X, Joint Secretary (East Asia) in the Y Ministry," gives X a graded
// secretary's post (titleMods "joint"; p3421, p1395): X is a person, and
// "Joint" is no body of its own. The negative case: a joint body
// ("the Joint Boundary Commission") stays a body, with no person made of it.
func TestJointSecretaryIsPost(t *testing.T) {
	text := "Neighbours hold boundary talks\nNEW DELHI, June 1 - Velmora and Kestria held a fresh round of talks on the boundary on Monday.\nThe Velmoran side was led by Arun Pathavi, Joint Secretary (North) in the External Affairs Ministry."
	rec := corefRecord(t, text)
	if !hasPerson(rec, "Arun Pathavi") {
		t.Errorf("want the joint secretary kept as a person, got %s", dump(rec))
	}
	if fivehundredsixtyfourthHasBody(rec, "Joint") {
		t.Errorf("\"Joint\" stood as a body, got %s", dump(rec))
	}
	text = "Neighbours hold boundary talks\nNEW DELHI, June 1 - Velmora and Kestria held a fresh round of talks on the boundary on Monday.\nThe Joint Boundary Commission will meet again in March."
	rec = corefRecord(t, text)
	if slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Kind == graph.Person }) {
		t.Errorf("a joint body read as a person, got %s", dump(rec))
	}
}

// "X had refused any direct encounter with Y" refuses the meeting: the
// manner word between the determiner and the meeting word
// (refusedMeetingMods; p3418, p2437, p2099) does not hide the refusal.
// The negative case: "X had a direct encounter with Y" is held.
func TestRefusedDirectEncounter(t *testing.T) {
	text := "Mediators meet leaders\nLOME, March 3 - The mediators held talks on Saturday with President Koffi Adamo.\nDiplomats said Adamo had refused any direct encounter with Premier Seko Baruma until the dispute was settled."
	rec := corefRecord(t, text)
	if heldAll(rec, "Koffi Adamo", "Seko Baruma") {
		t.Errorf("a refused encounter read as held, got %s", dump(rec))
	}
	text = "Leaders meet\nLOME, March 3 - President Koffi Adamo had a direct encounter with Premier Seko Baruma on Saturday in Lome."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Koffi Adamo", "Seko Baruma") {
		t.Errorf("want the direct encounter held, got %s", dump(rec))
	}
}

// "X held separate talks with A and B. X was joined by C and D": the
// host's companions sat at each of the encounters told one after the
// other (hostSplitSittings; p3418, p760, p2741). The negative cases:
// "A was joined by E" names a companion of one side, who did not sit with
// the other; after "X dined with A on Tuesday and the two held talks on
// Wednesday", "At the dinner, X was joined by C" is of one sitting of the
// same sides (sharedBeyond).
func TestHostCompanionsJoinSeparateTalks(t *testing.T) {
	text := "Mediator sees both leaders\nLOME, March 3 - President Faure Dossou held separate talks here on Saturday with Premier Kofi Adjavon and President Paul Hounkpe.\nDossou was joined by President Amadou Keita of Mali and President Ibrahim Sani of Niger."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Faure Dossou", "Kofi Adjavon", "Amadou Keita", "Ibrahim Sani") || !heldAll(rec, "Faure Dossou", "Paul Hounkpe", "Amadou Keita", "Ibrahim Sani") {
		t.Errorf("want the host's companions at both encounters, got %s", dump(rec))
	}
	if heldAll(rec, "Kofi Adjavon", "Paul Hounkpe") {
		t.Errorf("the two sides read as meeting, got %s", dump(rec))
	}
	text = "Mediator sees both leaders\nLOME, March 3 - President Faure Dossou held separate talks here on Saturday with Premier Kofi Adjavon and President Paul Hounkpe.\nAdjavon was joined by Foreign Minister Esi Mensa."
	rec = corefRecord(t, text)
	if heldAll(rec, "Paul Hounkpe", "Esi Mensa") {
		t.Errorf("one side's companion sat with the other, got %s", dump(rec))
	}
	text = "Leaders dine and talk\nNEW DELHI, Dec 4 - President Ivo Sandrek dined with Premier Tomas Ardell at his residence on Tuesday night, and the two leaders held formal talks at the palace on Wednesday.\nAt the dinner, Ardell was joined by Foreign Minister Pavel Oresh."
	rec = corefRecord(t, text)
	n := 0
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && slices.Contains(m.Participants, "Pavel Oresh") {
			n++
		}
	}
	if n > 1 {
		t.Errorf("a companion at one sitting of the same sides sat at both, got %s", dump(rec))
	}
}

// "have faced each other since the standoff began in May 2020": a month
// of a year that closes a "since" span is background, as a year alone is
// (frame.sinceSpanYear; p3416, the shape in p2020, p2175, p1858), so "on
// July 24" told next is the publication's July. The negative case: "The
// standoff began in May 2020." with no "since" still sets the story there.
func TestSinceMonthYearSetsNoStory(t *testing.T) {
	const head = "Neighbours hold talks\nNEW DELHI, Aug 15 - Velmora and Kestria held talks on Monday at the border post.\n"
	rec := run(t, head+"Troops of the two armies have faced each other since the standoff began in May 2020.\nThe round came weeks after Minister Arun Pathavi met Minister Li Wenbo in Dunmore on July 24.\n", "2023-08-15")
	if m := mustMeeting(t, rec, "Arun Pathavi", "Li Wenbo"); m.Date != "2023-07-24" {
		t.Errorf("a since-span month sets no story: want 2023-07-24, got %q: %s", m.Date, dump(rec))
	}
	rec = run(t, head+"The standoff began in May 2020.\nMinister Arun Pathavi met Minister Li Wenbo in Dunmore on July 24.\n", "2023-08-15")
	if m := mustMeeting(t, rec, "Arun Pathavi", "Li Wenbo"); m.Date != "2020-07-24" {
		t.Errorf("a month of a year told alone still sets the story: want 2020-07-24, got %q: %s", m.Date, dump(rec))
	}
}
