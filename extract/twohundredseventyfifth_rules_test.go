package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-seventy-fifth round: dates of meetings
// (p1682-p1687: a king's reception told with the Hijri date beside the
// Gregorian one, a Saudi agency, Mecca, 2007; four leaders' talks "late on
// Wednesday" running overnight, a Belarusian agency, Minsk, 2015; a
// summit's first day, its second to come and a meeting recalled, a U.S.
// wire, Geneva, 1985; talks "late on Tuesday" after an opening on Monday,
// a British wire, Sattahip, 2002; dates written 29.03.2019, an
// Azerbaijani agency in English, 2019; a treaty signed "late tonight"
// under a dateline of the day before publication, an Indian broadsheet,
// Simla, 1972); each rule with sentences of its own.

func twohundredseventyfifthRecord(t *testing.T, pub, text string) graph.Record {
	t.Helper()
	p, err := time.Parse("2006-01-02", pub)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Extract(Article{ID: "t", Text: text, Published: p})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// "was held in Oslo on 14.05.2021." : a day in figures with its year that
// closes the sentence keeps its day; the full stop glued after the year
// is no further figure of a longer run (frame.fullStopAfter; p1686). The
// negative case: a run of four figures ("1.2.2021.3") is no date.
func TestDottedDayClosingSentence(t *testing.T) {
	rec := twohundredseventyfifthRecord(t, "2021-05-15", "Ministers met\nOslo, 15.05.2021 (NTB) - The meeting between Prime Minister Arne Solli of Norway and President Piet Oster of Finland was held in Oslo on 14.05.2021. The two discussed fisheries.")
	if m := meetingOf(rec, "Arne Solli", "Piet Oster"); m == nil || m.Date != "2021-05-14" {
		t.Errorf("want Solli with Oster on 2021-05-14: %s", dump(rec))
	}
	rec = twohundredseventyfifthRecord(t, "2021-05-15", "Ministers met\nOslo (NTB) - Prime Minister Arne Solli of Norway met President Piet Oster of Finland in Oslo under clause 14.05.2021.3 of the accord.")
	if m := meetingOf(rec, "Arne Solli", "Piet Oster"); m != nil && m.Date == "2021-05-14" {
		t.Errorf("a clause number is no date: %s", dump(rec))
	}
}

// An agency readout's adjuncts between "received" and its guests may hold
// the venue's town ("at X Palace in Y"), "late" or "early" before the
// day, and the date spelt out after it between commas, in another
// calendar and then the Gregorian one ("late on Tuesday, Safar 15, 1430 H
// corresponding to February 10, 2009,"): the titled people after them are
// still the guests received (args.ObjectAfterAdjuncts, datedApposition;
// p1682, the "late on" of p1683 and p1685). The negative case: a letter
// received after such adjuncts seats no one.
func TestReadoutAdjunctsWithDateApposition(t *testing.T) {
	for _, s := range []string{
		"King Omar Dulin received at Noor Palace in Sarna late on Tuesday, Safar 15, 1430 H corresponding to February 10, 2009, President Karel Voss of Ruritania and Prime Minister Anton Brill.",
		"King Omar Dulin received at Noor Palace late on Tuesday President Karel Voss of Ruritania.",
		"King Omar Dulin received at Noor Palace on Tuesday, February 10, 2009, President Karel Voss of Ruritania.",
	} {
		rec := twohundredseventyfifthRecord(t, "2009-02-11", "Audience\nSARNA, Feb 11 (ANA) - "+s)
		if m := meetingWith(rec, "Omar Dulin", "Karel Voss"); m == nil || m.Date != "2009-02-10" {
			t.Errorf("%s: want Dulin with Voss on 2009-02-10: %s", s, dump(rec))
		}
	}
	rec := twohundredseventyfifthRecord(t, "2009-02-11", "Audience\nSARNA, Feb 11 (ANA) - King Omar Dulin received at Noor Palace late on Tuesday, February 10, 2009, a letter from President Karel Voss of Ruritania.")
	if m := meetingWith(rec, "Omar Dulin", "Karel Voss"); m != nil && m.Status == "held" {
		t.Errorf("a letter seats no one: %s", dump(rec))
	}
}

// "met first with Y and then with Z" after a lead that dates the day's
// talks: "first" opens a sequence of the day's scenes that "then" goes on
// with, no time before the story's day, so the meetings are the lead's
// day's (meeting.sequenceFirst; p548). The negative case: "first met" is
// a meeting before the story's day and keeps no day of it.
func TestSequenceFirstIsTheStoryDay(t *testing.T) {
	lead := "Talks in Sarna\nSARNA, June 12 (ANA) - Arlandian and Borovian envoys spent Wednesday in separate rooms of a hotel in Sarna, with Ruritania acting as go-between, officials said. "
	rec := twohundredseventyfifthRecord(t, "2024-06-12", lead+"Ruritania's foreign minister, Omar Dulin, met first with the Arlandian envoy Karel Voss and then with the Borovian envoy Anton Brill, carrying notes between the rooms.")
	for _, p := range []string{"Karel Voss", "Anton Brill"} {
		if m := meetingOf(rec, "Omar Dulin", p); m == nil || m.Date != "2024-06-12" {
			t.Errorf("want Dulin with %s on 2024-06-12: %s", p, dump(rec))
		}
	}
	rec = twohundredseventyfifthRecord(t, "2024-06-12", lead+"Ruritania's foreign minister, Omar Dulin, first met the Arlandian envoy Karel Voss at a conference, and then became his friend.")
	if m := meetingOf(rec, "Omar Dulin", "Karel Voss"); m != nil && m.Date == "2024-06-12" {
		t.Errorf("a first meeting is no scene of the story's day: %s", dump(rec))
	}
}
