package extract

import (
	"testing"
	"time"
)

// Issue 14's forty-fourth round: when meetings were held, told in the ways
// the forty-fourth probe batch (p296-p301) showed, each with sentences of
// its own.

// "The following morning, A was received by B", "the night before, A had
// dined with B", "the next evening": a part of a day counted from the
// meeting told before, as "the next day" is (p296's "The following
// morning, before flying home, Carrington was received by", p299's
// "arrived the following morning and was received by", p300's "over
// dinner ... the night before").
func TestDayPartCountedFromTheMeetingBefore(t *testing.T) {
	pub := time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "Border talks\nPresident Ana Soto met President Luis Vera in Quito on Wednesday. The following morning, Soto was received by Marta Ruiz, the mayor, in Guayaquil.",
		"Ana Soto", "Marta Ruiz", "2025-09-11")
	wantHeldOn(t, pub, "Border talks\nPresident Ana Soto met President Luis Vera in Quito on September 2. The night before, Soto had met Marta Ruiz, the mayor, in Guayaquil.",
		"Ana Soto", "Marta Ruiz", "2025-09-01")
	// Minimal pair: "the morning before the vote" counts from the vote.
	ms := heldAt(t, "Border talks\nPresident Ana Soto met President Luis Vera in Quito on September 2. Soto met Marta Ruiz, the mayor, in Guayaquil the morning before the vote.", pub)
	if m, ok := heldWith(ms, "Ana Soto", "Marta Ruiz"); ok && m.Date == "2025-09-01" {
		t.Errorf("the morning before the vote read as the day before the meeting: %v", ms)
	}
}

// "They initialled the text on Sunday evening. The following morning, A
// was received by B": the event told just before is no meeting, and the
// day counted from is the last one the sentence before tells, not an
// earlier meeting's or the publication's month (p296's "initialled it on
// Sunday evening" before "The following morning ... was received by";
// p300's "the night before", after a signing told on Monday).
func TestDayCountedFromTheSentenceBefore(t *testing.T) {
	pub := time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "Border talks\nPresident Ana Soto met President Luis Vera in Quito on Saturday. The two sides drafted the text and initialled it on Tuesday evening. The following morning, Soto was received by Marta Ruiz, the mayor, in Guayaquil.",
		"Ana Soto", "Marta Ruiz", "2025-09-10")
	// Minimal pair: a sentence before with no day leaves the count to the
	// meeting told before.
	wantHeldOn(t, pub, "Border talks\nPresident Ana Soto met President Luis Vera in Quito on Saturday. The two sides drafted the text. The following morning, Soto was received by Marta Ruiz, the mayor, in Guayaquil.",
		"Ana Soto", "Marta Ruiz", "2025-09-07")
}

// "Before the signing, A and B were received by C", "On the sidelines of
// the signing, A held talks with B", "held a closed meeting ... before the
// signing": the adjunct names an event the story told before with its
// day, and the meeting takes that day, not the publication's month
// (p280's "held a closed meeting for one hour before the signing", under a
// dateline with no date; p282's "Before the signing, Holm and Petersen
// were received by"; p300's "On the sidelines of the signing, Vahisalu
// also held talks with"; each signing told on Monday in the lead).
func TestDayOfAnEventToldBefore(t *testing.T) {
	pub := time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC)
	wantHeldOn(t, pub, "Border pact\nThe two countries signed a border pact on Tuesday in Quito. The pact ends years of quarrels over the river. Before the signing, Ana Soto and Luis Vera were received by Marta Ruiz, the mayor.",
		"Ana Soto", "Marta Ruiz", "2025-09-09")
	wantHeldOn(t, pub, "Border pact\nThe two countries signed a border pact on Tuesday in Quito. Officials signed the annexes in the afternoon. On the sidelines of the signing, Ana Soto held talks with Marta Ruiz, the mayor.",
		"Ana Soto", "Marta Ruiz", "2025-09-09")
	wantHeldOn(t, pub, "Border pact\nQUITO - The two countries signed a border pact on Tuesday at the palace. Ana Soto and Marta Ruiz, the mayor, held a closed meeting for an hour before the signing, officials said.",
		"Ana Soto", "Marta Ruiz", "2025-09-09")
	// Minimal pair: "before the signing of the annexes" names an event of
	// its own, not the one told before.
	ms := heldAt(t, "Border pact\nThe two countries signed a border pact on Tuesday in Quito. Before the signing of the annexes, Ana Soto and Luis Vera were received by Marta Ruiz, the mayor.", pub)
	if m, ok := heldWith(ms, "Ana Soto", "Marta Ruiz"); ok && m.Date == "2025-09-09" {
		t.Errorf("the signing of the annexes read as the signing told before: %v", ms)
	}
}
