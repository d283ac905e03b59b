package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-eighth round: an untargeted batch
// (p3080-p3085: regional dailies on Southeast Asian insurgencies and
// border talks, 1977-2015 — a Bangkok daily on a Burmese ceasefire with
// a Kachin group, a Manila daily on a Mindanao accord initialed in Kuala
// Lumpur, a Bangkok daily on southern Thailand's dialogue, a Bangkok
// daily on a Thai-Cambodian boundary memorandum, a Manila daily on a
// safety pact with the communist-led front, a Kuala Lumpur daily on two
// prime ministers' border talks); each rule with sentences of its own.

// "The two leaders were joined for most of the afternoon sitting by A
// and B": an adjunct of up to eight words (the sitting, the time) may stand
// between "were joined" and its "by" (joinedByPeople; p3085, p1178). The
// negative case: a longer complement ("joined in their call for an end
// to the fighting in the north by X") is no sitting the joiner came to.
func TestJoinedByPastALongAdjunct(t *testing.T) {
	const lead = "Leaders confer\nLIMA, May 6 - President Tomas Berg held talks with Prime Minister Jan Kowal at the palace on Monday."
	for _, line := range []string{
		"The two leaders were joined for most of the afternoon sitting by Senator Ana Ruiz.",
		"The two leaders were joined at the start of the second day by Senator Ana Ruiz.",
	} {
		rec := corefRecord(t, lead+"\n"+line)
		if !heldAll(rec, "Tomas Berg", "Jan Kowal", "Ana Ruiz") {
			t.Errorf("%q: want Ruiz with Berg and Kowal: %s", line, dump(rec))
		}
	}
	line := "The two leaders were joined in their call for an end to the fighting in the north by Senator Ana Ruiz."
	rec := corefRecord(t, lead+"\n"+line)
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("%q: a shared call made a meeting: %s", line, dump(rec))
	}
}

// "were joined by the Home Affairs Minister, Tan Sri X": a prefix of
// honour that is no title word (namePrefixes: "Tan Sri", "Datuk Seri")
// may open the name after the comma of a described object, as "Dr" or
// "Mr" may (DescribedObject; p3085). The negative case: the same phrase
// after a verb of no meeting ("were praised by") meets no one.
func TestHonourPrefixAfterDescribedJoiner(t *testing.T) {
	const lead = "Leaders confer\nLIMA, May 6 - President Tomas Berg held talks with Prime Minister Jan Kowal at the palace on Monday."
	for _, line := range []string{
		"The two leaders were joined by the Home Affairs Minister, Tan Sri Karim Osman, and the Works Minister, Mr Hugo Lind.",
		"The two leaders were joined at lunch by the Works Minister, Datuk Seri Karim Osman.",
	} {
		rec := corefRecord(t, lead+"\n"+line)
		if !heldAll(rec, "Tomas Berg", "Jan Kowal", "Karim Osman") {
			t.Errorf("%q: want Osman with Berg and Kowal: %s", line, dump(rec))
		}
	}
	line := "The two leaders were praised by the Home Affairs Minister, Tan Sri Karim Osman."
	rec := corefRecord(t, lead+"\n"+line)
	if heldAll(rec, "Tomas Berg", "Karim Osman") {
		t.Errorf("%q: praise made a meeting: %s", line, dump(rec))
	}
}

// "KUALA LUMPUR, Fri. -": a dateline's weekday cut to its first letters
// and a period, as the Malaysian and Singapore broadsheets print it, is
// the filing day that "today" and "yesterday" count from
// (text.DatelineWeekday; p3085, p862). The negative cases: the cut
// weekday with no period, and one followed by a date, are no weekday
// dateline.
func TestAbbreviatedWeekdayDateline(t *testing.T) {
	for raw, want := range map[string]time.Weekday{
		"Talks end\nPORTO ALTO, Fri. - The talks ended.":   time.Friday,
		"Talks end\nPORTO ALTO, Wed. -- The talks ended.":  time.Wednesday,
		"Talks end\nPORTO ALTO, Thurs. - The talks ended.": time.Thursday,
	} {
		if wd, ok := text.DatelineWeekday(raw); !ok || wd != want {
			t.Errorf("%q: got %v %v, want %v", raw, wd, ok, want)
		}
	}
	for _, raw := range []string{
		"Talks end\nPORTO ALTO, Fri - The talks ended.",
		"Talks end\nPORTO ALTO, Fri. May 2 - The talks ended.",
	} {
		if wd, ok := text.DatelineWeekday(raw); ok {
			t.Errorf("%q: read as a weekday dateline (%v)", raw, wd)
		}
	}
	// Printed on Tuesday, filed on Monday: "yesterday" is Sunday.
	rec := corefRecord(t, "Leaders confer\nPORTO ALTO, Mon. - President Tomas Berg held talks with Prime Minister Jan Kowal yesterday.")
	if m, ok := heldMeeting(rec, "Tomas Berg", "Jan Kowal"); !ok || m.Date != "2025-05-04" {
		t.Errorf("want the talks on Sunday, got %q: %s", m.Date, dump(rec))
	}
}

// "was received at the palace by the Yang di-Pertuan Agong, Tuanku X": the
// Malaysian king's title ends in "Agong" (lexicon titleHeads), so the
// ruler named after it is the host, and the title's words stand in no
// one's name ("a call on the Yang di-Pertuan Agong Sultan Y"; p3085,
// p782). The negative case: no person is named by the title's words.
func TestAgongEndsTheKingsTitle(t *testing.T) {
	rec := corefRecord(t, "Visit ends\nLIMA, May 6 - Prime Minister Jan Kowal was received on Monday at the palace by the Yang di-Pertuan Agong, Tuanku Karim Osman.")
	if !slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool {
		return slices.Contains(m.Participants, "Jan Kowal") && slices.ContainsFunc(m.Participants, func(p string) bool { return strings.HasSuffix(p, "Karim Osman") })
	}) {
		t.Errorf("want Kowal received by Osman: %s", dump(rec))
	}
	rec = corefRecord(t, "Visit ends\nLIMA, May 6 - Prime Minister Jan Kowal paid a call on the Yang di-Pertuan Agong Sultan Karim Osman at the palace.")
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && strings.Contains(a.Name, "Pertuan") {
			t.Errorf("the title read as a person %q: %s", a.Name, dump(rec))
		}
	}
}
