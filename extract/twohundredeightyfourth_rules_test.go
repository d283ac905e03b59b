package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's two-hundred-and-eighty-fourth round: dates, relative and
// ranged (p1736-p1741: old broadsheets' "the 5th inst." and "the 12th
// ult.", datelines with dates, weekdays and "last week" against the
// publication, ranges of days); each rule with sentences of its own.

// An old paper dates a day by its ordinal and a Latin month word counted
// from the day it is written: "the 4th inst." is this month's 4th, "the
// 23d ult." last month's 23rd, and a list of days may share the word
// (frame.oldStyleDays; p1736, p1737, p1741). Without it the day went
// unread, and the meeting took the dateline's day or the month.
func TestOldStyleDayBeforeInstOrUlt(t *testing.T) {
	pub := time.Date(1890, 3, 10, 0, 0, 0, 0, time.UTC) // filed on the 9th
	for _, c := range []struct{ s, want string }{
		{"Mr. Halvard Brekke conferred with Count Anton Ferlach at the Palace on the 4th inst. for an hour.", "1890-03-04"},
		{"Mr. Halvard Brekke conferred with Count Anton Ferlach at Bergen on the 23d ult. for an hour.", "1890-02-23"},
		{"Mr. Halvard Brekke conferred with Count Anton Ferlach at Bergen on the 21st ultimo for an hour.", "1890-02-21"},
	} {
		rec := recordAt(t, "THE NORWEGIAN TALKS\n\nOSLO, March 9.--The King is at the coast.\n\n"+c.s, pub)
		m := meetingOf(rec, "Halvard Brekke", "Count Anton Ferlach")
		if m == nil {
			t.Fatalf("%s: want Brekke with Ferlach: %s", c.s, dump(rec))
		}
		if m.Date != c.want {
			t.Errorf("%s: date %q, want %q", c.s, m.Date, c.want)
		}
	}
	// A list of days before the word: the meeting takes one of them.
	s := "Mr. Halvard Brekke conferred with Count Anton Ferlach at Bergen on the 2d, 5th and 7th inst."
	rec := recordAt(t, "THE NORWEGIAN TALKS\n\nOSLO, March 9.--The King is at the coast.\n\n"+s, pub)
	m := meetingOf(rec, "Halvard Brekke", "Count Anton Ferlach")
	if m == nil {
		t.Fatalf("%s: want Brekke with Ferlach: %s", s, dump(rec))
	}
	if !slices.Contains([]string{"1890-03-02", "1890-03-05", "1890-03-07"}, m.Date) {
		t.Errorf("%s: date %q, want a day of the list", s, m.Date)
	}
}

// "Mr. de Brun", "Dr. van der Molen": an honorific's period before a
// family name that opens with its lower-case particle runs on into the
// name, as "Mr van Dam" without the period did (mention.particleSurname;
// p1737, p1299, p1343, p1697, "Mr. de Valera"). The run broke at the
// period and the person went unread.
func TestHonorificPeriodBeforeParticleSurname(t *testing.T) {
	pub := time.Date(1950, 5, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ s, name string }{
		{"Mr. Halvard Brekke had talks with Mr. de Brun in Oslo on Tuesday.", "de Brun"},
		{"Mr. de Brun had talks with Mr. Halvard Brekke in Oslo on Tuesday.", "de Brun"},
		{"Mr. Halvard Brekke had talks with Dr. van der Molen in Oslo on Tuesday.", "van der Molen"},
	} {
		rec := recordAt(t, "TALKS IN OSLO\n\nThe talks went on.\n\n"+c.s, pub)
		if !hasPerson(rec, c.name) {
			t.Errorf("%s: want a person %q: %s", c.s, c.name, dump(rec))
		}
		if !metPair(rec, "Halvard Brekke", c.name) {
			t.Errorf("%s: want Brekke with %s: %s", c.s, c.name, dump(rec))
		}
	}
}

// "In the afternoon X met Y", "X met Y in the afternoon": a part of a day
// the text does not name is a part of the day the story has reached, the
// latest day told before it (meeting.dayPartOfStory, storyDay; p1536,
// p1039, p1335, p1448, p163, p58, p1332, p1581). Without it the meeting
// took the publication's month. A call so told is on that day too, by
// round 285's late pass (extract.partOfDayOnly). The negative case: with
// no day told before, the month stays.
func TestDayPartIsTheStorysDay(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC) // a Monday
	lead := "The visiting Norland leader was welcomed at the state house on Monday morning with a band and a parade.\n\nAnna Veld is the first Norland leader to visit Sordan since the war.\n\n"
	for _, c := range []struct{ s, want string }{
		{lead + "In the afternoon Mrs Veld met the Premier, Jan Ostrov, who will retire in March, and they took questions from reporters afterwards.", "2025-05-05"},
		{"Anna Veld is the first Norland leader to visit Sordan since the war.\n\nMrs Veld met the Premier, Jan Ostrov, in the afternoon, and they took questions from reporters afterwards.", "2025-05"},
		{lead + "Mrs Veld spoke by telephone with the Premier, Jan Ostrov, who will retire in March, in the afternoon.", "2025-05-05"},
	} {
		rec := recordAt(t, "Veld in Sordan\n\n"+c.s, pub)
		m := meetingOf(rec, "Anna Veld", "Jan Ostrov")
		if m == nil {
			t.Fatalf("%s: want Veld with Ostrov: %s", c.s, dump(rec))
		}
		if m.Date != c.want {
			t.Errorf("%s: date %q, want %q", c.s, m.Date, c.want)
		}
	}
}
