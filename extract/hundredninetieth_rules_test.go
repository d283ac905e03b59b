package extract

import (
	"testing"
)

// Issue 14's hundred-and-ninetieth round: met pairs, the people who come
// with a leader (p1172-p1177: a state visit with two ministers in
// attendance, a first trip abroad with a businessmen's dinner, a 1950s
// call at the White House joined by the secretary of state, talks joined
// later by a third minister, a one-on-one followed by an expanded summit
// and separate ministers' talks, a Kremlin visit with a minister who
// stayed at home); each rule with sentences of its own.

// "Y joined the conversation" after a call told just before puts Y in
// that talk, as "joined the meeting" does (joinedTheTalk, merge.go;
// p1174). The negative cases: "joined the conversation on social media"
// and "joined the national conversation" join no one.
func TestJoinedTheConversation(t *testing.T) {
	text := "Leaders meet at palace\nPrime Minister Anna Berg called on President Tomas Varga at the palace yesterday for a talk of about an hour. Foreign Minister Lars Holm joined the conversation, which an aide called friendly."
	rec := corefRecord(t, text)
	if meetingWith(rec, "Lars Holm", "Tomas Varga") == nil {
		t.Errorf("the joiner of the conversation is not in the talk: %+v", rec.Meetings)
	}
	for _, tail := range []string{
		"Foreign Minister Lars Holm joined the conversation on social media, praising the visit.",
		"Foreign Minister Lars Holm joined the national conversation about pensions.",
	} {
		rec = corefRecord(t, "Leaders meet at palace\nPrime Minister Anna Berg called on President Tomas Varga at the palace yesterday for a talk of about an hour. "+tail)
		if meetingWith(rec, "Lars Holm", "Tomas Varga") != nil {
			t.Errorf("%q put the minister in the talk", tail)
		}
	}
}

// A person named only as the one a monument honours ("laid a wreath at
// the monument to X") or a building bears ("an institute bearing Y's
// name") is no party to a meeting told in the same sentence
// (dropHonoured, merge.go; p1173, p986). The negative case: a person
// also told as meeting someone stays in that meeting.
func TestHonouredNameNoParticipant(t *testing.T) {
	text := "Visit ends\nPresident Anna Berg held talks with President Tomas Varga on Monday. Before the meeting, Berg laid a wreath at the monument to Oskar Lind and visited the old port."
	rec := corefRecord(t, text)
	if m := meetingWith(rec, "Anna Berg", "Oskar Lind"); m != nil {
		t.Errorf("the man the monument honours met the visitor: %+v", *m)
	}
	if meetingWith(rec, "Anna Berg", "Tomas Varga") == nil {
		t.Errorf("the talks were lost: %+v", rec.Meetings)
	}
	text = "Visit ends\nPresident Anna Berg held talks with President Tomas Varga on Monday. Before the meeting, Berg laid a wreath at the monument to Oskar Lind. Later Berg met Oskar Lind, the mayor, at the city hall."
	rec = corefRecord(t, text)
	if meetingWith(rec, "Anna Berg", "Oskar Lind") == nil {
		t.Errorf("a person also told meeting the visitor was dropped: %+v", rec.Meetings)
	}
}
