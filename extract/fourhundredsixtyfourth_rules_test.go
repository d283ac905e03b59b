package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-sixty-fourth round: a targeted batch on
// summit and conference participants named around the summit sentence
// (p2816-p2821: a 2000s wire on a Commonwealth summit in Valletta, a 1990s
// wire on a European security summit in Istanbul, a 2010s agency on a
// third round of nuclear talks in Moscow, a 1990s Malaysian agency on a
// regional summit in Kuala Lumpur, a 1990s wire on a ministers'
// conference in Barcelona, a 1990s wire on a summit in Havana); each rule
// with sentences of its own.

// "A, B and C were among the premiers who took part in the first
// session": a list told as some of a gathering's company met at
// the gathering, as the passive "was attended by A, B and C" does, when
// no meeting is told near for it to join (amongAttendants; p2732, p2817,
// p2819, p2820). Before, the list joined nothing and was lost.
func TestAmongTheLeadersWhoAttendedMeet(t *testing.T) {
	for _, line := range []string{
		"Prime Minister Jan Kowal, President Tomas Berg and Chancellor Ola Nowak were among the premiers who took part in the first session.",
		"Prime Minister Jan Kowal and President Tomas Berg were among the leaders who attended yesterday's informal summit.",
		"Foreign Minister Jan Kowal and Foreign Minister Tomas Berg were among the envoys that took part in the conference.",
	} {
		rec := corefRecord(t, "Leaders gather\nVARNA (Wire) - "+line)
		if !heldAll(rec, "Jan Kowal", "Tomas Berg") {
			t.Errorf("%q: want the listed leaders met: %s", line, dump(rec))
		}
	}
	// The negative case: a company that did something else than attend
	// names no gathering's people.
	rec := corefRecord(t, "Leaders gather\nVARNA (Wire) - Prime Minister Jan Kowal and President Tomas Berg were among the leaders who criticised the summit.")
	for _, m := range rec.Meetings {
		if m.Status == graph.Held {
			t.Errorf("critics of the summit read as its people: %s", dump(rec))
		}
	}
}

// amongAttendants reads only "among the ... who|that" right before the
// attendance: a relative on a named list ("A and B, who attended") or a
// denial ("who did not attend") is no such company.
func TestAmongAttendantsShape(t *testing.T) {
	for _, c := range []struct {
		s, word string
		want    bool
	}{
		{"Kowal and Berg were among the leaders who attended the summit.", "attended", true},
		{"Kowal and Berg were among the heads of government who also took part in the summit.", "part", true},
		{"Kowal and Berg, who attended the summit, spoke.", "attended", false},
		{"Kowal and Berg were among the leaders who did not attend the summit.", "attend", false},
		{"Kowal and Berg were among those who attended the summit.", "attended", false},
	} {
		toks := text.Tokenize(c.s)
		k := slices.IndexFunc(toks, func(t text.Token) bool { return t.Lower == c.word })
		if got := amongAttendants(toks, k); got != c.want {
			t.Errorf("%q at %q: amongAttendants = %v, want %v", c.s, c.word, got, c.want)
		}
	}
}

// "A and B were among the leaders who attended the summit": a list of
// those present, not two sides of a negotiation, though "summit" stands
// in the sentence (amongCompany; p2819, p2817). The negative case: the
// two who held the summit themselves stay its sides.
func TestAmongTheLeadersAreNoSides(t *testing.T) {
	rec := corefRecord(t, "Leaders gather\nVARNA (Wire) - Chilean President Jan Kowal and Peruvian Prime Minister Tomas Berg were among the leaders who attended the summit on Monday.")
	if len(rec.Negotiations) > 0 {
		t.Errorf("the company of a summit read as its sides: %s", dump(rec))
	}
	if !heldAll(rec, "Jan Kowal", "Tomas Berg") {
		t.Errorf("want the listed leaders met: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders gather\nVARNA (Wire) - Chilean President Jan Kowal and Peruvian Prime Minister Tomas Berg held a summit on Monday.")
	if len(rec.Negotiations) == 0 {
		t.Errorf("the two who held the summit lost their sides: %s", dump(rec))
	}
}
