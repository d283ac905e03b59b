package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-thirty-first round: separate meetings told
// in one clause, kept apart (p1418-p1423: a 1962 broadsheet on a
// Secretary General who saw two delegates one after the other, a wire on
// a Gulf shuttle with a joint meeting and two audiences in one sentence,
// a West African paper on leaders who met two rivals separately, a news
// agency's readout of two sideline meetings, a local paper on talks
// whose sides never sat together, a news agency on a prime minister's
// two audiences in Tehran); each rule with sentences of its own.

// "A and B held talks with C and D separately": the cue closes the list
// of those met, so the whole subject met each of them on its own, and C
// never met D (cueAfterObjects, namedBefore, distribute.go; p1420). The
// negative cases: "A and B met separately with C" puts the cue before
// the object and still splits the subject, and "met C and D together"
// keeps one meeting.
func TestSeparatelyAfterObjectsSplitsObjects(t *testing.T) {
	lead := "Leaders visit Arland\n"
	rec := corefRecord(t, lead+"Borvian President Tomas Velk and Cardian President Anna Mirov held talks with Arlandian President Piet Oster and opposition leader Jan Dorn separately on Tuesday, officials said.")
	if meetingWith(rec, "Piet Oster", "Jan Dorn") != nil {
		t.Errorf("want Oster and Dorn apart: %s", dump(rec))
	}
	for _, p := range [][2]string{{"Tomas Velk", "Piet Oster"}, {"Anna Mirov", "Jan Dorn"}, {"Tomas Velk", "Anna Mirov"}} {
		if meetingWith(rec, p[0], p[1]) == nil {
			t.Errorf("want %s and %s paired: %s", p[0], p[1], dump(rec))
		}
	}
	rec = corefRecord(t, lead+"Borvian President Tomas Velk and Cardian President Anna Mirov met separately with Arlandian President Piet Oster on Tuesday, officials said.")
	if meetingWith(rec, "Tomas Velk", "Anna Mirov") != nil || meetingWith(rec, "Tomas Velk", "Piet Oster") == nil {
		t.Errorf("met separately with one host: want Velk and Mirov apart, each with Oster: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Borvian President Tomas Velk and Cardian President Anna Mirov held talks with Arlandian President Piet Oster and opposition leader Jan Dorn together on Tuesday, officials said.")
	if meetingWith(rec, "Piet Oster", "Jan Dorn") == nil {
		t.Errorf("met together: want Oster and Dorn paired: %s", dump(rec))
	}
}

// "saw A, and, later, B": a sequence adverb set off by commas after "and"
// opens a later encounter, as "and later B" does (sequenceAfterAnd,
// objectsInSequence, distribute.go; p1419). With a subject named, each
// object meets it on its own; with none read ("he saw ..."), A and B are
// not paired. The negative case: "saw A and B, and later left" names no
// second object and keeps A with B.
func TestAndCommaLaterSplitsObjects(t *testing.T) {
	lead := "Minister tours region\n"
	for _, adv := range []string{"later", "then"} {
		rec := corefRecord(t, lead+"Borvian Foreign Minister Tomas Velk on Tuesday saw the President, Piet Oster, and, "+adv+", Prime Minister Jan Dorn, with whom he signed a trade accord.")
		if meetingWith(rec, "Piet Oster", "Jan Dorn") != nil {
			t.Errorf("%s: want Oster and Dorn apart: %s", adv, dump(rec))
		}
		if meetingWith(rec, "Tomas Velk", "Piet Oster") == nil || meetingWith(rec, "Tomas Velk", "Jan Dorn") == nil {
			t.Errorf("%s: want Velk with each: %s", adv, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Borvian Foreign Minister Tomas Velk arrived in Koram on Monday. In the capital on Tuesday he saw the President, Piet Oster, and, later, Prime Minister Jan Dorn, with whom he signed a trade accord.")
	if meetingWith(rec, "Piet Oster", "Jan Dorn") != nil {
		t.Errorf("unread subject: want Oster and Dorn apart: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Borvian Foreign Minister Tomas Velk met President Piet Oster and Prime Minister Jan Dorn together on Tuesday, and later left for the airport.")
	if meetingWith(rec, "Piet Oster", "Jan Dorn") == nil {
		t.Errorf("one meeting: want Oster and Dorn paired: %s", dump(rec))
	}
}
