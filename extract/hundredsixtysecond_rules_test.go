package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-sixty-second round: met pairs missed although
// both people are found (p1004-p1009: a summit of a negotiating format
// named by its label, a group of mediators that "met", a photo caption,
// a fireside tete-a-tete, a premier who "sat down with" another, and
// two leaders told as "They" after a sentence that names them but tells
// no meeting); each rule with sentences of its own.

// "They" opening a sentence, the sentence before telling no meeting but
// naming two people joined by "and" ("the pledge made by Chancellor A
// and Kenyan President B"), stands for those two (TheyNamedPair,
// coref/coref.go; p1009). The negative cases: a sentence before that
// names three people, or two not joined ("A said B had ..."), gives no
// pair.
func TestTheyAfterTwoNamedWithoutMeeting(t *testing.T) {
	lead := "Trade officials of the two countries will gather in Vienna next week. "
	text := lead + "The talks follow the pledge made in March by Chancellor Ilse Brandauer and Kenyan President Samuel Otieno to double trade. They spoke by phone for an hour on Sunday."
	if !hasHeld(t, text, "Ilse Brandauer", "Samuel Otieno") {
		t.Errorf("want Brandauer and Otieno met: %v", heldPairs(t, text))
	}
	for _, text := range []string{
		lead + "The talks follow the pledge made in March by Chancellor Ilse Brandauer, Kenyan President Samuel Otieno and Minister Lars Eke. They spoke by phone for an hour on Sunday.",
		lead + "Chancellor Ilse Brandauer said Kenyan President Samuel Otieno had made a pledge in March. They spoke by phone for an hour on Sunday.",
	} {
		if hasHeld(t, text, "Ilse Brandauer", "Samuel Otieno") {
			t.Errorf("a pair read without two joined names: %v", heldPairs(t, text))
		}
	}
}

// A meeting with no time of its own dated "before" or "after" an event
// noun the sentence just before told with its time ("the day before the
// announcement", after "last month's announcement") takes that time, a
// day shifted by "the day before" (toldEventTime, meeting/when.go;
// p1009). The negative case: an event noun the sentence before does not
// hold leaves the publication month.
func TestDatedByEventOfSentenceBefore(t *testing.T) {
	call := " Chancellor Ilse Brandauer and President Samuel Otieno spoke by phone the day before the "
	for _, c := range []struct{ text, want string }{
		{"The two governments made their announcement on April 14 that trade would double." + call + "announcement.", "2025-04-13"},
		{"Last month's announcement by the two governments surprised the markets." + call + "announcement.", "2025-04"},
		{"The two governments made their announcement on April 14 that trade would double." + call + "election.", "2025-05"},
	} {
		got := datesHeld(t, c.text, "Ilse Brandauer", "Samuel Otieno")
		if !slices.Equal(got, []string{c.want}) {
			t.Errorf("%q: want the call on %s, got %v", c.text, c.want, got)
		}
	}
}

// A titled speaker after a comma whose report closes the sentence with a
// clause of time ("..., government spokesman X told journalists in the
// capital once the guests had flown home.") is the source, not one of
// those who met (speakerTail, args/participants.go; p1008). The negative
// case: a closing clause that tells a meeting of its own ("after talks
// with Y") keeps the speaker in it.
func TestTrailingSpeakerWithClauseOfTime(t *testing.T) {
	text := "Chancellor Ilse Brandauer received President Samuel Otieno at the state house on Tuesday, government spokesman Karl Wendt told journalists in the capital once the guests had flown home."
	if !hasHeld(t, text, "Ilse Brandauer", "Samuel Otieno") || hasHeld(t, text, "Karl Wendt", "Samuel Otieno") {
		t.Errorf("want Brandauer and Otieno met, without the spokesman: %v", heldPairs(t, text))
	}
	text = "Chancellor Ilse Brandauer received President Samuel Otieno at the state house on Tuesday, government spokesman Karl Wendt told journalists after talks with Otieno."
	if !hasHeld(t, text, "Karl Wendt", "Samuel Otieno") {
		t.Errorf("a spokesman's own talks lost: %v", heldPairs(t, text))
	}
}
