package extract

import (
	"slices"
	"testing"
)

// Issue 14's three-hundred-and-ninety-sixth round: family names in
// capitals and name order in official readouts (p2408-p2413); each rule
// with sentences of its own.

// A readout's closing attendance line ("The meeting was attended by A and
// B") joins the story's first meeting, not an earlier encounter told in
// between in the past perfect and dated before it (p2412, p2408).
func TestAttendanceSkipsRecalledMeeting(t *testing.T) {
	rec := corefRecord(t, "Summit Meeting\n\nOn Tuesday, Mr. VARGA Tamas, Prime Minister of Norland, sat down for talks with Dr. Pedro ALVEZ, President of the Republic of Chile, who is visiting Norland.\nPrime Minister Varga welcomed President Alvez.\nThe two leaders affirmed that they would strengthen their partnership.\nPresident Alvez explained that he had met with Prime Minister Hugo BRANDT in Oslo on Monday.\nThe two leaders exchanged views on regional affairs.\nThe meeting was attended by Mr. OKADA Ren, Deputy Chief Cabinet Secretary, and Ms. Clara RIOS, Minister for Foreign Affairs of Chile.")
	var lead, recalled bool
	for _, m := range rec.Meetings {
		hasAlvez := slices.ContainsFunc(m.Participants, func(p string) bool { return p == "Pedro ALVEZ" || p == "Pedro Alvez" })
		hasRios := slices.ContainsFunc(m.Participants, func(p string) bool { return p == "Clara RIOS" || p == "Clara Rios" })
		hasBrandt := slices.ContainsFunc(m.Participants, func(p string) bool { return p == "Hugo BRANDT" || p == "Hugo Brandt" })
		if hasAlvez && hasRios && !hasBrandt {
			lead = true
		}
		if hasBrandt && hasRios {
			recalled = true
		}
	}
	if !lead || recalled {
		t.Errorf("want the attendants at the summit, not at the recalled meeting: %s", dump(rec))
	}
}

// The attendance stays with the recalled meeting when it follows it at
// once or points back at it ("that conversation"; p173, p1735).
func TestAttendancePointedAtRecalledMeeting(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nOn Tuesday, Foreign Minister Anna Velde met Foreign Minister Tomas Oster in Valmore.\nThe two ministers discussed trade.\nOster had received Paul Imre in Karsby on Monday.\nVelde said the talks went well.\nMaria Kovel was present at that conversation also.")
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Maria Kovel") && slices.Contains(m.Participants, "Anna Velde") {
			t.Errorf("want Maria Kovel not at the ministers' talks: %s", dump(rec))
		}
	}
}
