package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-fifty-first round: a targeted batch on
// title-only subjects in readouts (p2738-p2743: a UN readout from a
// regional forum, a foreign ministry's meeting overview, a presidential
// office's reception, a regional organization's release, a vice
// president's readout, a papal audience); each rule with sentences of
// its own.

// fourhundredfiftyfirstMet: one held meeting has both a and b among its
// participants.
func fourhundredfiftyfirstMet(rec graph.Record, a, b string) bool {
	return slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool {
		return m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b)
	})
}

// "The Head of State received X": a state agency's readout names its own
// president once and then by the post's description; the subject stands
// for the one head of state (a president, a king) named before it
// (p1995, p2083, p408, p795). The negative case: with no head of state
// named before it, the description stands for no one, not for a minister.
func TestHeadOfStateSubjectIsTheStorysPresident(t *testing.T) {
	for _, body := range []string{
		"President Arvid Lindqvist opened the forum in Tarnow on Monday.\nThe Head of State received Foreign Minister Teodor Balan on the sidelines of the forum.",
		"President Arvid Lindqvist opened the forum in Tarnow on Monday.\nLater, the Head of State met with Foreign Minister Teodor Balan.",
		"President Arvid Lindqvist opened the forum in Tarnow on Monday.\nOn the sidelines of the forum the Head of State held talks with Foreign Minister Teodor Balan.",
	} {
		rec := corefRecord(t, "Forum opens\n"+body)
		if !fourhundredfiftyfirstMet(rec, "Arvid Lindqvist", "Teodor Balan") {
			t.Errorf("%q: want Lindqvist to meet Balan: %s", body, dump(rec))
		}
	}
	rec := corefRecord(t, "Forum opens\nForeign Minister Marek Sobol opened the forum in Tarnow on Monday.\nThe Head of State received Trade Minister Teodor Balan on the sidelines of the forum.")
	if fourhundredfiftyfirstMet(rec, "Marek Sobol", "Teodor Balan") {
		t.Errorf("the Head of State read as a foreign minister: %s", dump(rec))
	}
}

// With two presidents named before it, "the Head of State" of a readout
// is its own, the one named first (p408, p2095), not the host named more
// often since.
func TestHeadOfStateSubjectIsThePresidentNamedFirst(t *testing.T) {
	rec := corefRecord(t, "State visit to Hungary\n"+
		"ASTANA, May 5 (Agency) - President of Kazakhstan Arvid Lindqvist arrived in Budapest for a two-day visit hosted by President of Hungary Marta Olah.\n"+
		"President Olah greeted the guest at the palace, and President Olah hosted a dinner in his honour.\n"+
		"Afterwards the Head of State held a meeting with Parliament Chairman Imre Fazekas.")
	if !fourhundredfiftyfirstMet(rec, "Arvid Lindqvist", "Imre Fazekas") {
		t.Errorf("want Lindqvist to meet Fazekas: %s", dump(rec))
	}
	if fourhundredfiftyfirstMet(rec, "Marta Olah", "Imre Fazekas") {
		t.Errorf("the Head of State read as the host: %s", dump(rec))
	}
}
