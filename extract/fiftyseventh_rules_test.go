package extract

import (
	"testing"
	"time"
)

// Issue 14's fifty-seventh round: the dates of meetings, told in the ways
// the fifty-seventh probe batch (p374-p379) and the probe before it
// showed, each with sentences of its own.

// A dispatch whose dateline gives the day before its printing ("KAMPALA,
// March 3 - ... met here today", printed on the 4th): its "today",
// "yesterday" and weekdays count from the dateline's day, the day it was
// filed (p332, p378).
func TestTodayOfADispatchIsItsDatelinesDay(t *testing.T) {
	pub := time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC) // a Thursday
	wantHeldOn(t, pub, "Lake talks\nKAMPALA, March 3 - The fisheries ministers Ana Soto and Luis Vera met here today to settle the quarrel over the lake.",
		"Ana Soto", "Luis Vera", "2021-03-03")
	wantHeldOn(t, pub, "Lake talks\nKAMPALA, March 3 - The fisheries ministers agreed on a truce on the lake. Their deputies, Ana Soto and Luis Vera, had met here yesterday to draft it.",
		"Ana Soto", "Luis Vera", "2021-03-02")
	// Minimal pairs: a dateline of the publication's own day, or one a
	// week back (no filing of the day's news), leaves "today" the
	// publication's.
	wantHeldOn(t, pub, "Lake talks\nKAMPALA, March 4 - The fisheries ministers Ana Soto and Luis Vera met here today to settle the quarrel over the lake.",
		"Ana Soto", "Luis Vera", "2021-03-04")
	wantHeldOn(t, pub, "Lake talks\nKAMPALA, February 25 - The fisheries ministers Ana Soto and Luis Vera met here today to settle the quarrel over the lake.",
		"Ana Soto", "Luis Vera", "2021-03-04")
}

// "The following morning President X received Y", "The next day Minister
// X travelled to Z, where she met Y": a day counted from the event told
// before opens the sentence and its subject follows with no comma; the
// capitalised word is the subject's title or name, not a noun the phrase
// modifies (p333, p374).
func TestDayCountedBeforeACapitalisedSubject(t *testing.T) {
	pub := time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC) // a Friday
	wantHeldOn(t, pub, "River talks\nAna Soto and Luis Vera held talks in Lima on Tuesday on the river. The following morning President Jorge Paz received Vera at the palace.",
		"Jorge Paz", "Luis Vera", "2025-09-10")
	wantHeldOn(t, pub, "River talks\nAna Soto and Luis Vera held talks in Lima on Tuesday on the river. The next day Minister Soto travelled to Cusco, where she met the mayor, Jorge Paz.",
		"Ana Soto", "Jorge Paz", "2025-09-10")
	// Minimal pair: the phrase inside the sentence, before a name that is
	// no subject of the clause ("said the next day Lima would..."), counts
	// no day from its place there.
	for _, m := range heldAt(t, "River talks\nAna Soto and Luis Vera held talks in Lima on Tuesday on the river. Jorge Paz met Vera at the palace, and officials said the next day Lima would host a summit.", pub) {
		if m.Date == "2025-09-10" {
			t.Errorf("a day counted from a phrase inside the sentence: %v", m)
		}
	}
}

// "The next day" with no meeting of the last sentences dated: it counts
// from the nearest single day told further back, past a step back told as
// a range ("Prior to the visit, the commission met on 1-2 May"), not from
// nothing (p333).
func TestNextDayCountsFromTheLastDayTold(t *testing.T) {
	pub := time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC)
	text := "State visit\nPresident Ana Soto of Peru paid a state visit to Chile from 3 to 6 May. On 4 May in Santiago the two Heads of State held talks on trade. The sides discussed the railway and the ports. Eight documents were signed. Prior to the visit, the joint commission met in Valparaiso on 1-2 May. The sides agreed to double their trade. The next day, President Soto travelled to Antofagasta, where she met the regional governor, Jorge Paz."
	wantHeldOn(t, pub, text, "Ana Soto", "Jorge Paz", "2026-05-05")
	// The day a report was made is no event to count from: "met on
	// Wednesday, the ministry said on Thursday ... The previous day, A had
	// met B" is Tuesday (p112).
	wantHeldOn(t, time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC), "River talks\nSenior officials of Peru and Bolivia met in La Paz on Wednesday to discuss the river, the ministry in Lima said on Thursday. The talks were calm. Farmers protested outside. Nothing was signed. The previous day, Ana Soto had met the mayor of El Alto, Jorge Paz, in El Alto.",
		"Ana Soto", "Jorge Paz", "2025-09-09")
	// Minimal pair: with no single day told before, "the next day" has
	// nothing to count from and the publication month stays.
	wantHeldOn(t, pub, "State visit\nPresident Ana Soto of Peru paid a state visit to Chile in May. The sides discussed the railway and the ports. Eight documents were signed. The sides agreed to double their trade. The next day President Soto travelled to Antofagasta, where she met the regional governor, Jorge Paz.",
		"Ana Soto", "Jorge Paz", "2026-05")
}
