package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-sixtieth round: verb chains with several
// meetings in one sentence (p2192-p2197: a broadsheet's envoy who saw one
// prime minister, then flew and drove on to the other's capital for talks;
// a wire's secretary who conferred in one capital, then flew back to the
// other for a late-night session; an agency's president who went from one
// capital to the next; a minister who held talks in one capital, then flew
// to the other; a secretary who wrapped up talks in one capital, then flew
// to a third for talks with two ministers); each rule with sentences of
// its own.

// legMeetingOf returns the held meeting that has both a and b among its
// participants, and whether there is one.
func legMeetingOf(ms []graph.Meeting, a, b string) (graph.Meeting, bool) {
	for _, m := range ms {
		if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m, true
		}
	}
	return graph.Meeting{}, false
}

// A "then" after a comma or "and" with a past verb of travel after it
// opens a trip's next leg (text.NextLeg): its meeting is the traveller's
// with the people met there, at the leg's destination, on the day of the
// leg before when it tells none; the person met on the first leg is not
// at the second (meeting/nextleg.go; p2192, p2193, p2196, p2197, and
// p2152's leg across a buffer zone). The negative case: a "then" after a
// coordinated subject keeps the subject's pair.
func TestNextLegMeetsApart(t *testing.T) {
	for _, s := range []string{
		"Foreign Minister Arvo Telkin conferred for three hours with President Joren Vasko in Lusaka on Tuesday, then flew to Harare for talks with Premier Lena Dahlgren and Defense Minister Piet Oranje.",
		"Foreign Minister Arvo Telkin held talks with President Joren Vasko in Lusaka on Tuesday, and then flew back to Harare for a meeting with Premier Lena Dahlgren.",
		"French Secretary of State Arvo Telkin held talks with President Joren Vasko in Lusaka on Tuesday, then crossed the border to Harare for talks with Premier Lena Dahlgren.",
	} {
		ms := heldAt(t, "Envoy tours region\n"+s, corefPub)
		if _, ok := legMeetingOf(ms, "Joren Vasko", "Lena Dahlgren"); ok {
			t.Errorf("%q: want no meeting of Vasko and Dahlgren, got %v", s, ms)
		}
		first, ok1 := legMeetingOf(ms, "Arvo Telkin", "Joren Vasko")
		leg, ok2 := legMeetingOf(ms, "Arvo Telkin", "Lena Dahlgren")
		if !ok1 || !ok2 {
			t.Errorf("%q: want Telkin's meetings with Vasko and with Dahlgren, got %v", s, ms)
			continue
		}
		if leg.Place != "Harare" || leg.Date == "" || leg.Date != first.Date {
			t.Errorf("%q: want the leg's meeting in Harare on %q, got %q on %q", s, first.Date, leg.Place, leg.Date)
		}
	}
	together := "President Joren Vasko and Premier Lena Dahlgren then flew to Harare for talks with Defense Minister Piet Oranje on Tuesday."
	if _, ok := legMeetingOf(heldAt(t, "Leaders travel\n"+together, corefPub), "Joren Vasko", "Lena Dahlgren"); !ok {
		t.Errorf("%q: want the travelling pair to meet", together)
	}
}

// "then flew on to Y, where he met C": the "he" of the "where" clause on
// a next leg is the traveller, not the person met on the leg before, and
// the meeting takes the leg's day (tripSubject, legDay; p760).
func TestNextLegWhereClause(t *testing.T) {
	s := "Envoy Arvo Telkin saw President Joren Vasko in Lusaka on Tuesday morning, then drove on to Harare, where he met Premier Lena Dahlgren at night."
	ms := heldAt(t, "Envoy tours region\n"+s, corefPub)
	if _, ok := legMeetingOf(ms, "Joren Vasko", "Lena Dahlgren"); ok {
		t.Errorf("want no meeting of Vasko and Dahlgren, got %v", ms)
	}
	first, ok1 := legMeetingOf(ms, "Arvo Telkin", "Joren Vasko")
	leg, ok2 := legMeetingOf(ms, "Arvo Telkin", "Lena Dahlgren")
	if !ok1 || !ok2 {
		t.Fatalf("want Telkin's meetings with Vasko and with Dahlgren, got %v", ms)
	}
	if leg.Place != "Harare" || leg.Date == "" || leg.Date != first.Date {
		t.Errorf("want the leg's meeting in Harare on %q, got %q on %q", first.Date, leg.Place, leg.Date)
	}
}
