package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-fourteenth round: a stranger's batch
// (p1316-p1321: a 1963 party delegation's talks in Moscow, a 1995 wire on
// talks a European body mediated in Grozny, an Indian daily on two leaders
// at a summit in Kazan, a 1984 church meeting in a Salvadoran town, a 1989
// wire on a minister's trip to Nouakchott, a 1981 London summit told by an
// Irish broadsheet); each rule with sentences of its own.

// A known body's name in the other spelling ("Cooperation" for
// "Co-operation", "Organisation" for "Organization") is the body, not a
// name broken at its "and" (orgSpellings, gazetteer.go; p1317). The
// negative case: a body the gazetteer does not know keeps its own name.
func TestKnownBodyOtherSpelling(t *testing.T) {
	lead := "Truce talks resume\nNegotiators of Arland and the Borvian rebels met in Valdora on Monday for talks mediated by the "
	for _, body := range []string{"Organization for Security and Cooperation in Europe", "Organisation for Security and Cooperation in Europe"} {
		rec := corefRecord(t, lead+body+".")
		if !hasMediator(rec, body) {
			t.Errorf("%s: want the whole body a mediator: %s", body, dump(rec))
		}
		if slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool {
			return a.Name == "Organization for Security" || a.Name == "Organisation for Security"
		}) {
			t.Errorf("%s: want no half name as an actor: %s", body, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Council for Trade and Cooperation in Borvia.")
	if slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool {
		return a.Kind == graph.Organization && a.Name == "Council for Trade and Cooperation in Borvia"
	}) {
		t.Errorf("an unknown council: want it not read as a known body: %s", dump(rec))
	}
}

// "accompanied by their foreign ministers, A and B, who held a separate
// meeting": a pair set apart by a comma of apposition or a passive's "by"
// is the subject of its relative clause as a pair heading the sentence is
// (listedBefore, apposedPair, frames.go; p1321). The negative cases: a
// relative clause that tells no meeting ("who praised the accord") pairs
// no one, and a pair who "joined" the meeting just told (p1178) holds none
// of its own.
func TestApposedPairRelativeMeeting(t *testing.T) {
	lead := "Leaders agree on council\nVIENNA, Nov 3 - "
	for _, s := range []string{
		"The two leaders were accompanied by their foreign ministers, Mr Karl Dunmore and Mr Piet Lasko, who held a separate meeting in Vienna on Monday.",
		"The two leaders were accompanied by Mr Karl Dunmore and Mr Piet Lasko, who met in Vienna on Monday.",
	} {
		rec := corefRecord(t, lead+s)
		if !metPair(rec, "Karl Dunmore", "Piet Lasko") {
			t.Errorf("%q: want Dunmore and Lasko met: %s", s, dump(rec))
		}
	}
	s := "The two leaders were accompanied by their foreign ministers, Mr Karl Dunmore and Mr Piet Lasko, who praised the accord."
	if rec := corefRecord(t, lead+s); metPair(rec, "Karl Dunmore", "Piet Lasko") {
		t.Errorf("%q: want no meeting: %s", s, dump(rec))
	}
	// Joiners of the meeting just told hold no meeting of their own (it
	// would take the dateline's place, not that meeting's).
	s = "They were joined for part of the day by their foreign ministers, Mr Karl Dunmore and Mr Piet Lasko, who discussed trade."
	rec := corefRecord(t, lead+"Mr Tomas Verhoef and Mr Jan Kessel met at Mostra, a resort near Vienna, on Monday. "+s)
	for _, m := range rec.Meetings {
		if len(m.Participants) == 2 && slices.Contains(m.Participants, "Karl Dunmore") && slices.Contains(m.Participants, "Piet Lasko") {
			t.Errorf("%q: want no meeting of the joiners alone: %s", s, dump(rec))
		}
	}
}
