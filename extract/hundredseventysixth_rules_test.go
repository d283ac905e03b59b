package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-seventy-sixth round: dates of meetings
// (p1088-p1093: weekdays read against the publication day, "the previous
// day" and a night session, a meeting dated in the sentence after it, an
// old article's months told without their year, a conference's range of
// days, and "last week"); each rule with sentences of its own.

// hundredseventysixthMeeting is the held meeting of a and b in text
// published on pub, nil when there is none.
func hundredseventysixthMeeting(t *testing.T, text, pub, a, b string) *graph.Meeting {
	t.Helper()
	p, err := time.Parse("2006-01-02", pub)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Extract(Article{ID: "t", Text: text, Published: p})
	if err != nil {
		t.Fatal(err)
	}
	m := meetingWith(rec, a, b)
	if m == nil || m.Status != graph.Held {
		return nil
	}
	return m
}

// "A had held talks with B in April", told in November: a month told
// without its year after a pluperfect "had" is the one already past, not
// next year's nearest April (pluperfectBefore, frame/dates.go; p1091). The
// negative case: a plan told in the pluperfect ("had agreed to meet again
// in April") keeps the April ahead.
func TestPluperfectMonthIsPast(t *testing.T) {
	text := "Border talks resume\nQUITO, Nov. 20 - Vice President Ana Ruiz had held talks with Premier Karl Holt in Lima in April, officials said."
	m := hundredseventysixthMeeting(t, text, "2021-11-21", "Ana Ruiz", "Karl Holt")
	if m == nil || m.Date != "2021-04" {
		t.Errorf("want a held Ruiz-Holt meeting in 2021-04, got %+v", m)
	}
	text = "Border talks resume\nQUITO, Nov. 20 - Vice President Ana Ruiz had agreed to hold talks with Premier Karl Holt in Lima in April, officials said."
	if m := hundredseventysixthMeeting(t, text, "2021-11-21", "Ana Ruiz", "Karl Holt"); m != nil && m.Date == "2021-04" {
		t.Errorf("a planned meeting's April read as past: %+v", m)
	}
}

// "a withdrawal from the lands occupied in 1967": a year closing a
// participle phrase on a noun that a preposition governs, in a clause
// with a verb of its own, dates that noun's event and no longer sets the
// story in that year, so a month told after it without its year is the
// publication's (reducedRelativeBackground, frame/dates.go; p1091). The
// negative case: "The talks on the border ended in 1967", where the
// participle is the clause's own verb, still sets the story there.
func TestParticiplePhraseYearSetsNoStory(t *testing.T) {
	lead := "Peace offer in Lima\nLIMA, Nov. 20 - President Ana Ruiz met Premier Karl Holt at the palace on Sunday."
	text := lead + " In her speech Ruiz said her country would accept a withdrawal from the lands occupied in 1967.\nForeign Minister Luis Pardo met Foreign Minister Omar Said in Geneva in September."
	m := hundredseventysixthMeeting(t, text, "1977-11-21", "Luis Pardo", "Omar Said")
	if m == nil || m.Date != "1977-09" {
		t.Errorf("want a held Pardo-Said meeting in 1977-09, got %+v", m)
	}
	text = lead + " The talks on the border ended in 1967.\nForeign Minister Luis Pardo met Foreign Minister Omar Said in Geneva in September."
	if m := hundredseventysixthMeeting(t, text, "1977-11-21", "Luis Pardo", "Omar Said"); m == nil || m.Date != "1967-09" {
		t.Errorf("want the story kept in 1967 (1967-09), got %+v", m)
	}
}

// In a story whose lead tells a gathering of several days ("the forum,
// which ran from May 3-6"), a further encounter ("Ruiz also held talks
// with Pardo") told without a day of its own takes the gathering's month,
// not the day of the meeting told before it (leadRangeMonth,
// meeting/when.go; p1092). The negative case: with a lead of one day the
// further encounter still goes on from the day before it.
func TestFurtherEncounterInGatheringRange(t *testing.T) {
	body := "\nMinister Ana Ruiz met Minister Karl Holt on Tuesday to discuss fishing rights. Ruiz also held talks with Minister Luis Pardo on trade."
	text := "Ministers gather in Lima\nLIMA, May 7 - Foreign ministers of the region met at the Andean forum, which ran from May 3-6 in Lima." + body
	m := hundredseventysixthMeeting(t, text, "2021-05-07", "Ana Ruiz", "Luis Pardo")
	if m == nil || m.Date != "2021-05" {
		t.Errorf("want a held Ruiz-Pardo meeting in 2021-05, got %+v", m)
	}
	text = "Ministers gather in Lima\nLIMA, May 7 - Foreign ministers of the region met at the Andean forum in Lima on Tuesday." + body
	if m := hundredseventysixthMeeting(t, text, "2021-05-07", "Ana Ruiz", "Luis Pardo"); m == nil || m.Date != "2021-05-04" {
		t.Errorf("want the Ruiz-Pardo meeting on Tuesday's 2021-05-04, got %+v", m)
	}
}

// "A held talks with B at his residence. The talks, on Saturday, lasted
// three hours": a held meeting told without its day takes the day the
// next sentence sets off by commas right after "The talks" retelling it
// (retoldDay, meeting/when.go; the shape of p1090). The negative case:
// "The next talks, on Saturday, will ..." tells another meeting, whose
// day this one does not take.
func TestMeetingDatedInTheNextSentence(t *testing.T) {
	text := "Talks in Lima\nLIMA, Nov. 20.\nPresident Ana Ruiz held talks with Premier Karl Holt at his residence. The talks, on Saturday, lasted for three hours."
	m := hundredseventysixthMeeting(t, text, "1985-11-21", "Ana Ruiz", "Karl Holt")
	if m == nil || m.Date != "1985-11-16" {
		t.Errorf("want a held Ruiz-Holt meeting on 1985-11-16, got %+v", m)
	}
	text = "Talks in Lima\nLIMA, Nov. 20.\nPresident Ana Ruiz held talks with Premier Karl Holt at his residence. The next talks, on Saturday, will last for three hours."
	if m := hundredseventysixthMeeting(t, text, "1985-11-21", "Ana Ruiz", "Karl Holt"); m != nil && m.Date == "1985-11-16" {
		t.Errorf("the next talks' day read as this meeting's: %+v", m)
	}
}

// "A and B had their first formal talks with C": "had" governs the talks
// noun across three modifiers, a possessive among them, as it does across
// two ("had long talks"), so the talks took place (hadTalks,
// meeting/when.go; p1090). The negative case: a negation among the
// modifiers ("had no first formal talks") reads no meeting.
func TestHadTalksAcrossThreeModifiers(t *testing.T) {
	text := "Talks in Lima\nLIMA, Nov. 20 - President Ana Ruiz and Minister Luis Pardo had their first formal talks with Premier Karl Holt on Monday."
	if m := hundredseventysixthMeeting(t, text, "2021-11-21", "Ana Ruiz", "Karl Holt"); m == nil || m.Date != "2021-11-15" {
		t.Errorf("want a held Ruiz-Holt meeting on 2021-11-15, got %+v", m)
	}
	text = "Talks in Lima\nLIMA, Nov. 20 - President Ana Ruiz and Minister Luis Pardo had no first formal talks with Premier Karl Holt on Monday."
	if m := hundredseventysixthMeeting(t, text, "2021-11-21", "Ana Ruiz", "Karl Holt"); m != nil {
		t.Errorf("a negated meeting read as held: %+v", m)
	}
}
