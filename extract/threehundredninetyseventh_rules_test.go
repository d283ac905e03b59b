package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-ninety-seventh round: descriptions that refer
// to a person named in the headline or an earlier sentence (p2414-p2419: a
// wire on a president hosting a prime minister at a resort, an old wire on
// two dictators at a frontier station, a broadsheet on a head of government
// receiving a neighbour's prime minister, a wire on a stopover on the way to
// a summit, an agency on a visiting premier, a daily on a president and an
// opposition leader); each rule with sentences of its own.

// heldPair397: rec holds a held meeting with both a and b.
func heldPair397(rec graph.Record, a, b string) bool {
	for _, m := range rec.Meetings {
		if m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return true
		}
	}
	return false
}

// "X, the German Foreign Minister, was received by the Italian Premier":
// the description in apposition to X names X and is passed over, and the
// later one, capitalized as older copy writes posts, stands for the
// premier named before without his state (coref.DemonymPost,
// cappedPost, apposedAfterName, statelessHolder; p2415's shape). The
// lower-case form reads the same.
func TestCappedDemonymPostAfterApposition(t *testing.T) {
	lead := "Talks in Rome\nROME, May 4 - Premier Paolo Ferrante opened the spring fair today.\n"
	for _, s := range []string{
		"Heinz Vollmer, the German Foreign Minister, was received by the Italian Premier at his office on Tuesday.",
		"Heinz Vollmer, the German foreign minister, was received by the Italian premier at his office on Tuesday.",
	} {
		rec := corefRecord(t, lead+s)
		if !heldPair397(rec, "Heinz Vollmer", "Paolo Ferrante") {
			t.Errorf("%q: want Vollmer met Ferrante: %s", s, dump(rec))
		}
	}
}

// The person of the description's state named last is passed over when he
// holds another post of that state and someone else holds the described
// one: "the Italian Premier" after "the Italian Foreign Minister" is the
// premier (coref.otherPost; p2415's shape).
func TestDemonymPostSkipsOtherPost(t *testing.T) {
	text := "Talks in Rome\nROME, May 4 - Premier Paolo Ferrante opened the spring fair today.\n" +
		"Marco Lenzi, the Italian Foreign Minister, greeted reporters at the fair.\n" +
		"Heinz Vollmer, the German Foreign Minister, was received by the Italian Premier at his office on Tuesday."
	rec := corefRecord(t, text)
	if !heldPair397(rec, "Heinz Vollmer", "Paolo Ferrante") || heldPair397(rec, "Heinz Vollmer", "Marco Lenzi") {
		t.Errorf("want Vollmer met Ferrante, not Lenzi: %s", dump(rec))
	}
}

// A description with no holder of its state named before it does not reach
// forward to one the story names later with the post alone: "met the
// French President" is not the American president of the next sentence.
func TestDemonymPostNotLaterHolder(t *testing.T) {
	text := "Talks in Rome\nROME, May 4 - Premier Paolo Ferrante opened the spring fair today.\n" +
		"Heinz Vollmer, the German Foreign Minister, met the French President in Paris on Tuesday.\n" +
		"He goes on to Washington to see President Walter Hale next month."
	rec := corefRecord(t, text)
	if heldPair397(rec, "Heinz Vollmer", "Walter Hale") {
		t.Errorf("want no held meeting of Vollmer and Hale: %s", dump(rec))
	}
}

// "The two leaders" after a lead naming a third leader only in a relative
// clause of plans (", where he is to sign a pact with C") stands for the
// lead's two principals: C is met only in what is to come (coref.
// plannedRelative in leadHolders; p2417's shape). Before, the lead held
// three leaders and the description read none.
func TestTwoLeadersSkipPlannedRelative(t *testing.T) {
	lead := "Talks in Oslo\nOSLO, May 5 - Chancellor Dieter Kolbe stopped in Norway on Monday for talks with Prime Minister Ingrid Dahl on his way to Ottawa, "
	for _, rel := range []string{
		"where he is to sign a trade pact with Prime Minister Paul Gagnon.",
		"where he will sign a trade pact with Prime Minister Paul Gagnon.",
	} {
		rec := corefRecord(t, lead+rel+"\nThe two leaders talked for about an hour at the airport, an aide said.")
		if !heldPair397(rec, "Dieter Kolbe", "Ingrid Dahl") || heldPair397(rec, "Dieter Kolbe", "Paul Gagnon") {
			t.Errorf("%q: want Kolbe met Dahl, not Gagnon: %s", rel, dump(rec))
		}
	}
}
