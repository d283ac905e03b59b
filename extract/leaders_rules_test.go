package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/extract/gazetteer"
)

// A leader the text ties to no state takes the state the gazetteer's
// leaders table knows them by, when the story names that state
// (actors.knownLeaders): the two who met over a dispute are then its
// sides. The negative case: a state the story never names is not brought
// in, so no negotiation is read from the leaders alone.
func TestKnownLeadersSides(t *testing.T) {
	lead := "Fishing talks\nOSLO - "
	meeting := "Alexander Stubb met Mette Frederiksen in Oslo on Tuesday to settle the long-running fishing dispute. "
	sides := negotiationSides(t, lead+meeting+"Trawlers from Finland and Denmark have clashed in the Baltic since spring.")
	if !slices.Contains(sides, "Denmark–Finland") {
		t.Errorf("want Denmark and Finland as the sides, got %v", sides)
	}
	if sides := negotiationSides(t, lead+meeting+"Officials said the talks would go on."); len(sides) != 0 {
		t.Errorf("states the story never names brought in as sides: %v", sides)
	}
}

// The table keys a name with its accents, hyphens and dots folded, so a
// story's spelling finds the row the Historian's spelling wrote.
func TestLeaderKeySpellings(t *testing.T) {
	g := gazetteer.Load()
	for _, name := range []string{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Frank Walter Steinmeier", "Frank-Walter Steinmeier"} {
		if _, ok := g.Leaders[gazetteer.LeaderKey(name)]; !ok {
			t.Errorf("%s: not found", name)
		}
	}
	if len(g.Leaders) < 1000 {
		t.Errorf("leaders table has %d rows, want the ~1,300 of leaders.tsv", len(g.Leaders))
	}
}

// Sides read only from who met yield to sides the text names itself
// (roles.yieldWeakPairs): a story of talks between two states whose
// minister also met a third state's leader over the dispute tells the
// third as a host, not as a second dispute.
func TestWeakPairsYieldToNamedSides(t *testing.T) {
	sides := negotiationSides(t, "GENEVA - Talks between Armenia and Azerbaijan resumed in Geneva on Monday. "+
		"Armenian Foreign Minister Aram Petrosyan met Swiss President Hans Muller on Tuesday to discuss the dispute.")
	if slices.Contains(sides, "Armenia–Switzerland") {
		t.Errorf("the host's meeting made a second dispute: %v", sides)
	}
	if !slices.Contains(sides, "Armenia–Azerbaijan") {
		t.Errorf("want Armenia and Azerbaijan as the sides, got %v", sides)
	}
	// With no sides named, the meeting's own still count.
	sides = negotiationSides(t, "GENEVA - Armenian Foreign Minister Aram Petrosyan met Swiss President Hans Muller on Tuesday to discuss the border dispute.")
	if !slices.Contains(sides, "Armenia–Switzerland") {
		t.Errorf("want Armenia and Switzerland from the meeting alone, got %v", sides)
	}
}
