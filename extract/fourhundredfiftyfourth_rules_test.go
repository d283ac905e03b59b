package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-fifty-fourth round: an untargeted batch
// (p2756-p2761: an Azerbaijani agency on a border commission in Tbilisi,
// a Kazakh agency on a foreign minister's talks in Ashgabat, a Kyrgyz
// agency on border talks before a regional summit, an Armenian agency on
// transit talks after a war, a Turkmen agency on Afghan talks it hosted,
// a Georgian outlet on its mediation of a detainee release); each rule
// with sentences of its own.

// "discussed the A-B-C railway": states joined by hyphens before a
// railway, pipeline or road name the route the talks were about, not
// sides that met (linkCompound; p2757, p381). The negative cases: "the
// A-B talks", "A-B border consultations" still name the sides.
func TestLinkCompoundNamesNoSides(t *testing.T) {
	lead := "Ministers confer\nForeign Minister Dana Orlova held talks with Foreign Minister Batyr Amanov in Ashgabat on Monday.\n"
	for _, line := range []string{
		"The parties also discussed freight on the Kazakhstan-Turkmenistan-Iran railway and grain supplies.",
		"Officials also discussed the Uzbekistan-China gas pipeline and new customs posts.",
		"The sides also talked about the Kazakhstan-China highway.",
	} {
		rec := corefRecord(t, lead+line)
		for _, m := range rec.Meetings {
			if slices.Contains(m.Participants, "China") || slices.Contains(m.Participants, "Iran") {
				t.Errorf("%q: a route's states met: %s", line, dump(rec))
			}
		}
	}
	for _, line := range []string{
		"Earlier, the Kazakhstan-China talks ended in Astana without an agreement.",
		"Earlier, Kazakhstan-China border consultations were held in Astana.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Kazakhstan", "China") {
			t.Errorf("%q: want the Kazakhstan-China meeting: %s", line, dump(rec))
		}
	}
}

// fourhundredfiftyfourthPostOf: the organization of the person's post
// whose title is title, "" when none.
func fourhundredfiftyfourthPostOf(rec graph.Record, name, title string) (string, bool) {
	for _, a := range rec.Actors {
		if a.Name != name {
			continue
		}
		for _, p := range a.Positions {
			if p.Title == title {
				return p.Organization, true
			}
		}
	}
	return "", false
}

// "X, chairman of the commission, while the B side was headed by Y": the
// state past ", while" opens the next clause and is no complement of X's
// title (complementBroken; p2756, p2588, p368, p60). The negative case: a
// complement before the comma is still X's.
func TestClauseOpenerBreaksTitleComplement(t *testing.T) {
	lead := "Border talks open\nThe border commissions of Azerbaijan and Georgia met in Tbilisi on Friday.\n"
	rec := corefRecord(t, lead+"The Azerbaijani team was headed by Deputy Foreign Minister Anar Guliyev, head of the working group, while the Georgian team was under Deputy Foreign Minister Levan Beridze.\n"+
		"Afterwards the Azerbaijani deputy minister was received by Foreign Minister Nino Gelashvili of Georgia.")
	if org, _ := fourhundredfiftyfourthPostOf(rec, "Anar Guliyev", "head"); org == "Georgia" {
		t.Errorf("Guliyev heads no Georgian body: %s", dump(rec))
	}
	if !heldAll(rec, "Anar Guliyev", "Nino Gelashvili") {
		t.Errorf("want the Guliyev-Gelashvili meeting: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The Georgian team was under Levan Beridze, head of the border service of Georgia, while Anar Guliyev led the other side.")
	if org, ok := fourhundredfiftyfourthPostOf(rec, "Levan Beridze", "head of the border service"); ok && org != "Georgia" {
		t.Errorf("want Beridze's post of Georgia: %s", dump(rec))
	}
}
