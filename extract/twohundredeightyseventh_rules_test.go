package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-eighty-seventh round: a stranger's batch from
// Latin America, the Caribbean and South and Southeast Asia (p1754-p1759:
// an agency on a deal of a ruling party and the opposition, an agency in
// translation on a national dialogue, a government information service on
// talks convened by a regional body, an agency on a prime minister's call
// to the opposition leader, an agency on two rivals' meeting after an
// election, an agency on a government's agreement with a movement); each
// rule with sentences of its own.

// "the Tanzeem-e-Amal Pakistan (TAP)": capitalized words, some joined by
// hyphens to syllables, the last a country's name, before an acronym that
// spells all their initials, are one name, a movement of that country,
// not the state with the acronym for an alias (nationEndedName, mention
// mentions.go; p1759, p1333, p738). "Alliance for the Re-founding of Togo
// (ART)": a syllable glued by a hyphen belongs to the word before it, and
// the first word may take two connectors (acronymDefinedName; p1443).
func TestNationEndedMovementName(t *testing.T) {
	rec := extractAt(t, "Talks\nLAHORE, March 3 - The government and the Tanzeem-e-Amal Pakistan (TAP) held talks here on Monday. Interior Minister Bilal Rana said the TAP had agreed to end its march.")
	mustActor(t, rec, "Tanzeem-e-Amal Pakistan", graph.Group)
	if a := actorNamed(rec, "Pakistan"); a != nil && slices.Contains(a.Aliases, "TAP") {
		t.Errorf("the movement's acronym given to the state: %s", dump(rec))
	}
	if p, _ := roleNames(rec); !slices.Contains(p, "Tanzeem-e-Amal Pakistan") {
		t.Errorf("parties %v, want the movement among them: %s", p, dump(rec))
	}
	rec = extractAt(t, "Talks\nDJIBOUTI, March 3 - Envoys of Togo and of the Alliance for the Re-founding of Togo (ART) met in Djibouti on Monday.")
	mustActor(t, rec, "Alliance for the Re-founding of Togo", graph.Group)
	// A state's government under its style stays the state.
	rec = extractAt(t, "Talks\nOSLO, March 3 - The Government of the Republic of Ghana (GRG) and the Northern Front met in Oslo on Monday.")
	if a := actorNamed(rec, "Government of the Republic of Ghana"); a != nil {
		t.Errorf("a state's government read as a body of its own: %s", dump(rec))
	}
}

// "after he met in this capital on April 28 with X": an agency writing in
// translation says "in this capital" ("in this city", "in this village")
// for "here", the dateline's city, whatever the meeting's day
// (demonstrativeHere, meeting when.go; p1755, p1045).
func TestInThisCapitalIsTheDateline(t *testing.T) {
	for _, text := range []string{
		"Talks resume\n\nLIMA, May 6 (Agency) The President, Rosa Quint, announced the new talks last week, after she met in this capital on April 28 with the businessman Tomas Ferro.",
		"Talks resume\n\nLIMA, May 6 (Agency) The President, Rosa Quint, had met in this city on April 20 with the businessman Tomas Ferro, her office said today.",
	} {
		rec := extractAt(t, text)
		m := meetingOf(rec, "Rosa Quint", "Tomas Ferro")
		if m == nil || m.Place != "Lima" {
			t.Errorf("%q: want the meeting of Quint and Ferro in Lima, got %s", text, dump(rec))
		}
	}
}

// "A's spokesman said the telephone call went on for 40 minutes", "The
// spokesman said the call came a day before ...": a call noun with "the"
// after a held call the story told is that call retold, and the people
// of its clause who were not in the call report or comment on it; no
// call of theirs (callRetold, meeting callsequel.go; p1757, p886). A
// meeting verb in such a line ("the call came two days after A met B in
// X") keeps its own meeting.
func TestRetoldCallNounNoNewCall(t *testing.T) {
	lead := "PM phones rival\n\nACCRA, May 6 (Agency) - Prime Minister Kofi Mensah today spoke by telephone with opposition leader Ama Owusu and asked her to lunch on Friday.\n\n"
	for _, s := range []string{
		"PM's spokesman Yaw Boateng said the telephone call went on for some 40 minutes.",
		"Spokesman Yaw Boateng said the call came a day before Mensah was to open the Volta Bridge.",
	} {
		rec := extractAt(t, lead+s)
		for _, m := range rec.Meetings {
			if m.Status == graph.Held && slices.Contains(m.Participants, "Yaw Boateng") {
				t.Errorf("%q: the spokesman put in a call: %s", s, dump(rec))
			}
		}
		if m := meetingOf(rec, "Kofi Mensah", "Ama Owusu"); m == nil || m.Mode != graph.Call {
			t.Errorf("%q: want the call of Mensah and Owusu kept: %s", s, dump(rec))
		}
	}
	rec := extractAt(t, lead+"The call came two days after Mensah met the envoy Kwame Asante in Kumasi.")
	if m := meetingOf(rec, "Kofi Mensah", "Kwame Asante"); m == nil {
		t.Errorf("want the meeting of Mensah and Asante kept: %s", dump(rec))
	}
}
