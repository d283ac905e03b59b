package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-fifth round: meetings told inside
// subordinate and temporal clauses and noun phrases (p1262-p1267: two
// leaders "who met at" a crossing after midnight, a palace round table,
// envoys "who had met alone" and a president "who brought" them
// together, ministers' talks and leaders "who held their first summit"
// in a capital, rivals "who met late on Saturday", and party leaders
// "who met" at a state house); each rule with sentences of its own.

// A relative clause on a pair that opens the sentence tells the pair's
// meeting, when the pair is named with lower-case titles ("opposition
// leader B"), when an adverb of sequence stands before the verb ("who
// last met"), and when the clause tells a meeting noun with "held"
// ("who held talks", "who held their first summit"); pairRelative and
// titledStart, meeting/frames.go. The negative cases: a clause that plans
// ("who will meet", "who are to meet") or denies ("who have never met")
// tells no meeting held, and "who held a joint news conference" no
// meeting at all.
func TestPairRelativeClauseMeeting(t *testing.T) {
	for _, c := range []struct{ text, place, date string }{
		{"Talks\n\nPrime Minister Anton Merel and opposition leader Ilse Varga, who met on Monday, shook hands on the deal.", "", "2025-05-05"},
		{"Talks\n\nAnton Merel and Ilse Varga, who held talks in Tarnow on Monday, agreed to end the dispute.", "Tarnow", "2025-05-05"},
		{"Talks\n\nAnton Merel and Ilse Varga, who last met in Tarnow in January, agreed to end the dispute.", "Tarnow", "2025-01"},
		{"Talks\n\nAnton Merel and Ilse Varga, who held their first summit on Monday, agreed to end the dispute.", "", "2025-05-05"},
	} {
		rec := corefRecord(t, c.text)
		m := meetingWith(rec, "Anton Merel", "Ilse Varga")
		if m == nil || m.Status != graph.Held || m.Place != c.place || m.Date != c.date {
			t.Errorf("%q: want a held meeting in %q on %s: %s", c.text, c.place, c.date, dump(rec))
		}
	}
	for _, text := range []string{
		"Talks\n\nAnton Merel and Ilse Varga, who will meet in Tarnow on Friday, agreed to end the dispute.",
		"Talks\n\nAnton Merel and Ilse Varga, who are to meet in Tarnow on Friday, agreed to end the dispute.",
		"Talks\n\nAnton Merel and Ilse Varga, who have never met, agreed to end the dispute.",
		"Talks\n\nAnton Merel and Ilse Varga, who held a joint news conference on Monday, said the dispute was over.",
	} {
		rec := corefRecord(t, text)
		if m := meetingWith(rec, "Anton Merel", "Ilse Varga"); m != nil && m.Status == graph.Held {
			t.Errorf("%q: want no held meeting: %s", text, dump(rec))
		}
	}
}

// A fronted adjunct of sequence, "Following the talks with Y, X paid a
// courtesy call on Z", tells an earlier encounter of X with Y, and the
// main clause another of X with Z: Y was not at the call
// (frontedEarlier, meeting/distribute.go; p1265). The negative cases: a
// fronted meeting with no "with" phrase adds no one, and a main clause
// whose subject shares the call ("After a meeting with Y, X and Z held
// talks") keeps its own reading.
func TestFrontedEarlierEncounter(t *testing.T) {
	for _, text := range []string{
		"Talks\n\nFollowing the talks with Ilse Varga, Anton Merel paid a courtesy call on President Otto Lind.",
		"Talks\n\nAfter talks with Ilse Varga on Monday, Anton Merel called on President Otto Lind.",
	} {
		rec := corefRecord(t, text)
		if m := meetingWith(rec, "Anton Merel", "Ilse Varga"); m == nil || m.Status != graph.Held {
			t.Errorf("%q: want Merel's meeting with Varga: %s", text, dump(rec))
		}
		if m := meetingWith(rec, "Anton Merel", "Otto Lind"); m == nil {
			t.Errorf("%q: want Merel's call on Lind: %s", text, dump(rec))
		}
		if m := meetingWith(rec, "Ilse Varga", "Otto Lind"); m != nil {
			t.Errorf("%q: want Varga apart from the call on Lind: %s", text, dump(rec))
		}
	}
	text := "Talks\n\nAfter the talks, Anton Merel called on President Otto Lind."
	rec := corefRecord(t, text)
	if len(rec.Meetings) != 1 || meetingWith(rec, "Anton Merel", "Otto Lind") == nil {
		t.Errorf("%q: want the one call on Lind: %s", text, dump(rec))
	}
	text = "Talks\n\nAfter a meeting with Ilse Varga, Anton Merel and Otto Lind held talks."
	rec = corefRecord(t, text)
	if meetingWith(rec, "Anton Merel", "Otto Lind") == nil {
		t.Errorf("%q: want Merel's talks with Lind: %s", text, dump(rec))
	}
}

// "The breakthrough came three days after X flew to P following talks
// with Y": the sentence's subject is no person, so the talks are those of
// the person who opens the temporal clause (subordinateSubjects,
// meeting/apart.go; p1262). The negative cases: a clause whose subject is
// no person ("after the storm hit P, following talks with Y") gives no
// pair, and one told in the future none held.
func TestSubordinateClauseTalksWith(t *testing.T) {
	for _, text := range []string{
		"Talks\n\nAnton Merel met reporters.\n\nThe breakthrough came three days after President Otto Lind flew to Tarnow on Sunday following talks with Anton Merel.",
		"Talks\n\nAnton Merel met reporters.\n\nThe deal was sealed hours after Prime Minister Otto Lind returned to Tarnow on Sunday following talks with Merel.",
	} {
		rec := corefRecord(t, text)
		if m := meetingWith(rec, "Anton Merel", "Otto Lind"); m == nil || m.Status != graph.Held || m.Date != "2025-05-04" {
			t.Errorf("%q: want Lind's talks with Merel on Sunday: %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		"Talks\n\nAnton Merel met reporters.\n\nThe vote came a week after the storm hit Tarnow, following talks with Anton Merel.",
		"Talks\n\nAnton Merel met reporters.\n\nThe breakthrough will come after President Otto Lind flies to Tarnow following talks with Anton Merel.",
	} {
		rec := corefRecord(t, text)
		for _, m := range rec.Meetings {
			if m.Status == graph.Held && len(m.Participants) >= 2 {
				t.Errorf("%q: want no held meeting: %s", text, dump(rec))
			}
		}
	}
}
