package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-thirty-eighth round: group references to
// people named before (p2660-p2665: a 1990 wire on a superpower summit in
// a Nordic capital, a 1966 Indian paper on a Soviet-chaired conference, a
// Sudanese agency on water and foreign ministers' talks, a Korean agency
// on talks in the truce village, a 2008 wire on a mediator bringing two
// rivals together, a 1972 broadsheet on a summit agreement). Each rule
// has sentences of its own with invented names.

// "The two delegation heads met twice": a delegation noun before a noun
// for people is a compound whose head is people, those who lead the
// teams, read as the people the story names as leading a delegation (or
// named last), that many (coref delegationHeadNouns; p2665, p2663). The
// negative case: three leaders named where "the two" are meant yield no
// meeting.
func TestDelegationHeadsCompound(t *testing.T) {
	rec := corefRecord(t, "Border talks resume\nVALMORE, May 8 (Agency) - The northern delegation was led by Deputy Minister Ana Berg, and the southern one by Tomas Kell, a former judge. The two delegation heads met twice on Tuesday at the Lake Hotel.")
	if meetingWith(rec, "Ana Berg", "Tomas Kell") == nil {
		t.Errorf("want the delegation heads met: %s", dump(rec))
	}
	rec = corefRecord(t, "Border talks resume\nVALMORE, May 8 (Agency) - The northern delegation was led by Deputy Minister Ana Berg, the southern one by Tomas Kell and the observers by Ivo Lenk. The two delegation heads met twice on Tuesday at the Lake Hotel.")
	if len(rec.Meetings) != 0 {
		t.Errorf("three named, two meant: want no meeting: %s", dump(rec))
	}
}

// "X received both leaders", "X met the two men": a plural description
// after a person its own sentence names is the object, so the group is
// the people named before the sentence, that many, the subject left out
// of the count (coref objectGroup; p2660). The negative case: three
// people named before "the two leaders" leave the group unsaid.
func TestGroupObjectAfterNamedSubject(t *testing.T) {
	rec := corefRecord(t, "Leaders arrive\nVALMORE, May 8 (Agency) - President Karl Mott and Premier Ivo Lenk landed in the capital on Tuesday morning. King Oskar Dahl received both leaders at the palace in the afternoon.")
	if meetingWith(rec, "Oskar Dahl", "Karl Mott") == nil || meetingWith(rec, "Oskar Dahl", "Ivo Lenk") == nil {
		t.Errorf("want the king met both leaders: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders arrive\nVALMORE, May 8 (Agency) - Karl Mott and Ivo Lenk landed in the capital on Tuesday morning. Oskar Dahl met the two men at the palace in the afternoon.")
	if meetingWith(rec, "Oskar Dahl", "Ivo Lenk") == nil {
		t.Errorf("want Dahl met the two men: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders arrive\nVALMORE, May 8 (Agency) - President Karl Mott, Premier Ivo Lenk and Senator Ana Berg landed in the capital on Tuesday morning. King Oskar Dahl received the two leaders at the palace in the afternoon.")
	if len(rec.Meetings) != 0 {
		t.Errorf("three named, two meant: want no meeting: %s", dump(rec))
	}
}

// "X gave a dinner for both leaders": a meal given for a group the story
// named just before, that many, is an encounter of host and guests, as
// "for A and B" is (meeting mealForGuest; p2660). The negative case:
// three named before "the two men" leave the guests unsaid.
func TestMealForGroupDescription(t *testing.T) {
	rec := corefRecord(t, "Leaders arrive\nVALMORE, May 8 (Agency) - President Karl Mott and Premier Ivo Lenk landed in the capital on Tuesday morning. King Oskar Dahl gave a dinner for both leaders at the palace in the evening.")
	if meetingWith(rec, "Oskar Dahl", "Karl Mott") == nil || meetingWith(rec, "Oskar Dahl", "Ivo Lenk") == nil {
		t.Errorf("want the king dined with both leaders: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders arrive\nVALMORE, May 8 (Agency) - Karl Mott, Ivo Lenk and Ana Berg landed in the capital on Tuesday morning. Oskar Dahl gave a dinner for the two men at the palace in the evening.")
	if len(rec.Meetings) != 0 {
		t.Errorf("three named, two meant: want no meeting: %s", dump(rec))
	}
}
