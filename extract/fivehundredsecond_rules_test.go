package extract

import (
	"slices"
	"testing"
)

// Issue 14's five-hundred-and-second round: a targeted batch (p3044-p3049:
// talks told through the sides' delegations, teams and panels, sides that
// are communities or camps — a 1999 wire on military talks at Kumanovo, a
// 1968 London daily on intercommunal talks in Nicosia, a 1998 agency on
// the Arusha talks on Burundi, a 2004 agency on a Casamance accord, a 2001
// Kathmandu daily on government-Maoist talks, a 1993 Manila daily on
// talks in Jakarta); each rule with sentences of its own.

// "The government panel was headed by A. The X panel was led by B": a
// panel right after its side's word is that side's team, as "delegation"
// is, so its head sat at the talks the story told (sidePanel; p3049,
// p396, p872). The negative case: "The panel also includes C" after
// the talks names a body of mediators, whose members are not added.
func TestFivehundredsecondSidePanelsHeaded(t *testing.T) {
	story := "Government and rebels open talks\nJAKARTA, May 5 - The government and the Free Marsh Front (FMF) held formal peace talks in a Jakarta hotel yesterday.\n" +
		"The government panel was headed by Ambassador Tomas Berg, a retired general. The FMF panel was led by its chairman, Ivo Rask, who flew in from Tripoli last week.\n"
	rec := corefRecord(t, story)
	if !heldAll(rec, "Tomas Berg", "Ivo Rask") {
		t.Errorf("want the two panels' heads met: %s", dump(rec))
	}
	rec = corefRecord(t, story+"The panel also includes former President Karl Moen and Senator Ana Ruiz.")
	if heldAll(rec, "Tomas Berg", "Karl Moen") || heldAll(rec, "Ivo Rask", "Ana Ruiz") {
		t.Errorf("a bare panel's members joined the talks: %s", dump(rec))
	}
}

// "The government delegation was led by A. The X delegation was headed
// by B": two sentences in a row, each opening on a side's team and its
// head, tell the sides of the talks even when the state's team is told by
// the generic noun alone, which stands for the story's state
// (headedTeamSide; p3049, p2140). The negative case: a government's team
// across from another state's is a visit's programme, no negotiation.
func TestFivehundredsecondGenericGovernmentTeamHeaded(t *testing.T) {
	for _, team := range []string{"delegation", "panel"} {
		rec := corefRecord(t, "Myanmar peace talks open in Oslo\nOSLO, May 5 - Peace talks on the future of Myanmar's northern hills opened here on Monday, with Norway as facilitator.\n"+
			"The government "+team+" was led by Interior Minister Tomas Berg. The Free Marsh Front "+team+" was headed by its chairman, Ivo Rask.")
		parties, _ := roleNames(rec)
		if !slices.Contains(parties, "Myanmar") || !slices.Contains(parties, "Free Marsh Front") {
			t.Errorf("%s: want Myanmar and the Front as parties, got %v: %s", team, parties, dump(rec))
		}
	}
	rec := corefRecord(t, "Myanmar and Thailand open trade fair\nBANGKOK, May 5 - A trade fair of Myanmar and Thailand opened here on Monday.\n"+
		"The government delegation was led by Interior Minister Tomas Berg. The Thai delegation was headed by its commerce minister, Ivo Rask.")
	if parties, _ := roleNames(rec); len(parties) > 0 {
		t.Errorf("two states' delegations made parties %v: %s", parties, dump(rec))
	}
}
