package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-seventy-ninth round: a targeted batch
// (p2906-p2911: places — a place told in a relative clause about an
// earlier event, a city behind an adjective of its plight, a lead's city
// that belongs to another thing; wire copy and agencies, 2012-2023); each
// rule with sentences of its own.

// "in occupied X", "flew to war-torn Y, where he met Z": a word of the
// city's plight between the place preposition and the name keeps the
// city a place (not a capital standing for its government) and puts the
// meeting there, as "in X" does (mention.PlightStart; p2907, p2807). The
// negative case: a plight city the meeting's purpose names, with no
// place preposition before it, leaves the meeting where it was held.
func TestPlightAdjectiveBeforeTheCityKeepsThePlace(t *testing.T) {
	for _, c := range []struct{ line, place string }{
		{"Foreign Minister Marco Bellini flew on Tuesday to war-torn Tripoli, where he met Prime Minister Omar Dabiri.", "Tripoli"},
		{"Foreign Minister Marco Bellini met Prime Minister Omar Dabiri in war-torn Mogadishu on Thursday.", "Mogadishu"},
		{"Foreign Minister Marco Bellini held talks with Prime Minister Omar Dabiri in divided Nicosia on Friday.", "Nicosia"},
		{"Foreign Minister Marco Bellini and Prime Minister Omar Dabiri met in occupied Jerusalem on Wednesday evening.", "Jerusalem"},
	} {
		rec := corefRecord(t, "ROME, May 4 - Envoys confer\n"+c.line)
		if m, ok := heldMeeting(rec, "Marco Bellini", "Omar Dabiri"); !ok || m.Place != c.place {
			t.Errorf("%q: want the Bellini-Dabiri meeting in %s, got %q: %s", c.line, c.place, m.Place, dump(rec))
		}
	}
	line := "Foreign Minister Marco Bellini met Prime Minister Omar Dabiri in Lima on Monday to discuss aid for war-torn Tripoli."
	rec := corefRecord(t, "Envoys confer\n"+line)
	if m, ok := heldMeeting(rec, "Marco Bellini", "Omar Dabiri"); !ok || m.Place != "Lima" {
		t.Errorf("%q: want the meeting in Lima, got %q: %s", line, m.Place, dump(rec))
	}
}

// A lead with no dateline that flies its visitor "into war-torn X" sets
// the story in X: a meeting the next sentence tells with no city of its
// own ("held talks with Y at the airport") is there (leadCity, through
// mention.PlightPlace; p2910). The negative case: a dateline keeps the
// story where it is filed when the lead names the plight city only as
// the subject of aid.
func TestPlightCityOfTheLeadSetsTheStory(t *testing.T) {
	lead := "Minister makes surprise trip\nForeign Minister Marco Bellini became the first minister of his country to go to Somalia in a decade, flying on Thursday into war-torn Mogadishu for talks with its leaders.\n"
	rec := corefRecord(t, lead+"Bellini held talks with President Omar Dabiri at the airport.")
	if m, ok := heldMeeting(rec, "Marco Bellini", "Omar Dabiri"); !ok || m.Place != "Mogadishu" {
		t.Errorf("want the Bellini-Dabiri meeting in Mogadishu, got %q: %s", m.Place, dump(rec))
	}
	lead = "Minister pledges aid\nNAIROBI, May 4 - Foreign Minister Marco Bellini pledged more aid for war-torn Mogadishu on Thursday.\n"
	rec = corefRecord(t, lead+"Bellini held talks with President Omar Dabiri at the airport.")
	if m, ok := heldMeeting(rec, "Marco Bellini", "Omar Dabiri"); !ok || m.Place != "Nairobi" {
		t.Errorf("want the Bellini-Dabiri meeting in Nairobi, got %q: %s", m.Place, dump(rec))
	}
}
