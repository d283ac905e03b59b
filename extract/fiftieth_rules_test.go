package extract

import (
	"testing"
	"time"
)

// Issue 14's fiftieth round: the dates of meetings, told in the ways the
// fiftieth probe batch (p332-p337) and the probe before it showed, each
// with sentences of its own.

// A lead that dates the story's event ("signed an accord on Friday",
// "met in the capital on Tuesday"), and further down a held meeting told
// with no time of its own ("A held the closing session with B at the
// ministry", "A sat down with B at a hotel"): a scene of the lead's day,
// not some day of the publication month (p57, p170, p261, p265, p287,
// p323, p335).
func TestUndatedSceneTakesTheLeadsDay(t *testing.T) {
	pub := time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC) // a Friday
	wantHeldOn(t, pub, "River pact\nPeru and Bolivia signed a river pact in Lima on Tuesday after months of quarrels. Ana Soto, the Peruvian minister, sat down with her Bolivian counterpart, Luis Vera, at the palace.",
		"Ana Soto", "Luis Vera", "2025-09-09")
	wantHeldOn(t, pub, "River pact\nPeru and Bolivia ended their river talks on Wednesday. Ana Soto held the closing session with the head of the Bolivian delegation, Luis Vera, at the foreign ministry.",
		"Ana Soto", "Luis Vera", "2025-09-10")
	// Minimal pairs: a meeting told as done before ("had met"), under a
	// lead of talks to come, or timed by an event of its own keeps the
	// publication month.
	for _, text := range []string{
		"River pact\nPeru and Bolivia signed a river pact in Lima on Tuesday after months of quarrels. Ana Soto had previously met Luis Vera at the palace.",
		"River pact\nPeru and Bolivia are set to sign a river pact in Lima on Friday. Ana Soto met Luis Vera at the palace.",
		"River pact\nPeru and Bolivia signed a river pact in Lima on Tuesday. Before the signing of the annexes, Ana Soto met Luis Vera at the palace.",
	} {
		wantHeldOn(t, pub, text, "Ana Soto", "Luis Vera", "2025-09")
	}
}

// A lead that tells several days of talks ("agreed on Thursday after
// three days of talks"): a meeting told further down with no time of its
// own is the talks as a whole, over those days (p214); one that names a
// single sitting of them ("the closing session") is of the lead's day
// (p261).
func TestUndatedTalksOverSeveralDays(t *testing.T) {
	pub := time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "River pact\nPeru and Bolivia agreed on Thursday to share the river after three days of talks in Lima. Ana Soto met Luis Vera at a hotel by the sea.",
		"Ana Soto", "Luis Vera", "2025-09")
	wantHeldOn(t, pub, "River pact\nPeru and Bolivia agreed on Thursday to share the river after three days of talks in Lima. Ana Soto held the closing session with Luis Vera at a hotel by the sea.",
		"Ana Soto", "Luis Vera", "2025-09-11")
}

// "On the eve of the talks, A met B", "On the eve of these
// meetings, A held a call with B": the day before the event named, from
// the sentence that told it with its day, else from the lead's day, the
// first of a range (p94, p332, p336).
func TestMeetingOnTheEveOfAnEvent(t *testing.T) {
	pub := time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "River pact\nThe presidents of Peru and Bolivia held talks in Lima on Thursday. On the eve of the talks, Ana Soto met Luis Vera at a guesthouse in the capital.",
		"Ana Soto", "Luis Vera", "2025-09-10")
	wantHeldOn(t, pub, "River summit\nThe presidents of Peru and Bolivia met in Lima on September 9-10 and signed a river pact. On the eve of the summit, the two ministers, Ana Soto and Luis Vera, met in Cusco.",
		"Ana Soto", "Luis Vera", "2025-09-08")
	// Minimal pair: "on the eve of independence" names no event the story
	// dated: the publication month stays.
	wantHeldOn(t, pub, "River pact\nThe presidents of Peru and Bolivia met in Lima in August. Ana Soto met Luis Vera in Cusco on the eve of independence, aides said.",
		"Ana Soto", "Luis Vera", "2025-09")
}

// A dated line set off before the lead ("14 March 2024. On 13 March, A
// visited B") is the filing's day: the lead is the sentence after it, and
// "A also had a meeting with B" tells the meeting itself, not an event
// before the story's day as "had met" does (p46; p309's "ULAANBAATAR, 22
// May 2019 /AGENCY/."). A meeting timed by an event of its own ("before
// the end of her visit") keeps the month (p309).
func TestStoryDayPastADatedLine(t *testing.T) {
	pub := time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "River pact\n12 September 2025. On 10 September, Peru and Bolivia signed a river pact in Lima. In the framework of the visit, Ana Soto also had a meeting with Luis Vera.",
		"Ana Soto", "Luis Vera", "2025-09-10")
	wantHeldOn(t, pub, "River pact\n12 September 2025. On 10 September, Peru and Bolivia signed a river pact in Lima. Ana Soto also met Luis Vera before the end of her visit.",
		"Ana Soto", "Luis Vera", "2025-09")
}
