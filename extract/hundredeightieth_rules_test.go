package extract

import (
	"testing"
)

// Issue 14's hundred-and-eightieth round: met pairs where both people are
// found but no meeting is read (p1112-p1117: "the A-B meeting", "during
// talks between A and B", "A and B, who met on Saturday", "at a joint news
// conference, A and B", a participant told by a pronoun and a title in
// the next sentence, and a delegation head's talks); each rule with
// sentences of its own.

// hundredeightiethMeeting is the held meeting of a and b in text: its
// place, date and whether there is one.
func hundredeightiethMeeting(t *testing.T, text, a, b string) (place, date string, found bool) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, a, b); m != nil && m.Status == "held" {
		return m.Place, m.Date, true
	}
	return "", "", false
}

// A relative clause on two people listed at the head of the sentence
// holds their meeting: "A and B, who met on Saturday, shook hands" — the
// meeting verb has no object, its people are the pair before "who"
// (pairRelative, listedBefore, meeting/frames.go; p1114). The negative
// case: a relative clause on the second of two objects ("praised A and
// B, who met on Saturday") is left as told, and so are one on a single
// person ("A, who met on Saturday, ...") and one opened by "whose" ("A and
// B, whose aides met ...", "whose government hosted the talks": p973).
func TestPairBeforeRelativeMeeting(t *testing.T) {
	text := "Leaders meet\nPresident Ola Brandt and Prime Minister Ivo Marek, who met on Saturday in Vienna, agreed to reopen the border crossings."
	if place, date, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); !ok || place != "Vienna" || date != "2025-05-03" {
		t.Errorf("want the Brandt-Marek meeting in Vienna on 2025-05-03, got %v %q %q", ok, place, date)
	}
	text = "Leaders meet\nAustrian President Ola Brandt and Hungary's Prime Minister Ivo Marek, who met on Saturday, shook hands for a long minute."
	if _, _, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); !ok {
		t.Errorf("want the Brandt-Marek meeting past the describing words")
	}
	text = "Leaders meet\nThe minister Anna Lind praised Ola Brandt and Ivo Marek, who met on Saturday."
	if _, _, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); ok {
		t.Errorf("want no meeting from a relative clause on an object list")
	}
	text = "Leaders meet\nPresident Ola Brandt and Prime Minister Ivo Marek, whose aides met on Saturday, issued separate statements."
	if _, _, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); ok {
		t.Errorf("want no meeting of the pair from a clause on their aides")
	}
	text = "Leaders meet\nPresident Ola Brandt, who met on Saturday with the press, thanked Prime Minister Ivo Marek for his letter."
	if _, _, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); ok {
		t.Errorf("want no meeting from a relative clause on one person")
	}
}

// A meeting noun told by the surnames of two people joined by a hyphen,
// after "the" or a possessive ("the A-B meeting on Saturday", "Monday's
// A-B talks"), is the meeting of those two, each the one person of the
// story whose name ends so (hyphenPair, meeting/frames.go; p1112). The
// negative case: "a A-B meeting" whose date "remains undecided" is only
// wished for.
func TestHyphenPairMeetingNoun(t *testing.T) {
	text := "Leaders meet\nChancellor Ola Brandt flew in from Graz. President Ivo Marek waited at the gate. The Brandt-Marek meeting on Saturday lasted an hour."
	if _, date, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); !ok || date != "2025-05-03" {
		t.Errorf("want the Brandt-Marek meeting on 2025-05-03, got %v %q", ok, date)
	}
	text = "Leaders meet\nChancellor Ola Brandt flew in from Graz. President Ivo Marek waited at the gate. A date for a Brandt-Marek meeting remains undecided."
	if _, _, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); ok {
		t.Errorf("want no held meeting from a meeting only wished for")
	}
}

// A town's name after "the" and before "Hotel" is the hotel's, not the
// place of the story: "at the Shangri-La Hotel" under a SINGAPORE
// dateline is in Singapore (townNamedVenue, mention/mentions.go; lexicon
// [townNamedVenues]; p1114). The negative case: "in Shangri-La" still
// places the meeting in the town.
func TestTownNamedHotelIsNoPlace(t *testing.T) {
	text := "Leaders meet\nSINGAPORE, May 6 (Reuters) - Foreign Minister Ola Brandt and Foreign Minister Ivo Marek met on Monday at the Shangri-La Hotel."
	if place, _, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); !ok || place != "Singapore" {
		t.Errorf("want the Brandt-Marek meeting in Singapore, got %v %q", ok, place)
	}
	text = "Leaders meet\nSINGAPORE, May 6 (Reuters) - Foreign Minister Ola Brandt and Foreign Minister Ivo Marek met on Monday in Shangri-La."
	if place, _, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); !ok || place != "Shangri-La" {
		t.Errorf("want the Brandt-Marek meeting in Shangri-La, got %v %q", ok, place)
	}
}

// A talk verb right after "agreed to" (or "promised to", "decided to")
// tells a conversation agreed on, not held: "A and B agreed to speak by
// telephone before the summit" is a planned call (agreedToTalkVerbs,
// meeting/when.go; p1112). The negative case: "A and B spoke by telephone
// on Friday and agreed to cooperate" stays a held call.
func TestAgreedToSpeakIsPlanned(t *testing.T) {
	text := "Leaders meet\nPresident Ola Brandt and Prime Minister Ivo Marek agreed to speak by telephone before the next summit in Oslo."
	if _, _, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); ok {
		t.Errorf("want no held call from a call agreed on")
	}
	text = "Leaders meet\nPresident Ola Brandt and Prime Minister Ivo Marek spoke by telephone on Friday and agreed to cooperate."
	if _, _, ok := hundredeightiethMeeting(t, text, "Ola Brandt", "Ivo Marek"); !ok {
		t.Errorf("want the held call kept")
	}
}
