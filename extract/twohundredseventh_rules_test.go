package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-seventh round: an untargeted batch, picked as
// a stranger would (p1274-p1279: an old broadsheet's prime ministers'
// border talks, a wire's guarantor powers' conference, a local paper's
// talks brokered by a former president, an Asian daily's round of talks
// abroad, a West African paper's mediation visit to a junta, a Spanish
// agency's resumed guerrilla dialogue); each rule with sentences of its
// own.

// A dateline whose city carries its country ("LOSVIK, Arland, March 18
// -") or whose full stop runs into a dash ("LOSVIK, Sept. 10.—") gives
// the day the story's "today", "yesterday" and weekdays count from when
// the paper printed it a day later (text.DatelineDate, extract.filingDay;
// p1274, p1277). The negative cases: a lead line that only names a city,
// a country and a month in running text is no dateline, and a dateline
// two weeks older than the paper lends no day.
func TestDatelineWithCountryOrRunOnDash(t *testing.T) {
	pub := time.Date(2003, 3, 19, 0, 0, 0, 0, time.UTC)
	for _, opening := range []string{"LOSVIK, Arland, March 18 - ", "LOSVIK, Arland, March 18 (Wire) - ", "LOSVIK, March 18.—", "LOSVIK, March 18. — ", "Losvik, North Arland, 18 March -- "} {
		text := "Envoys confer\n\n" + opening + "Foreign Minister Lena Okoro met her counterpart Tomas Varga here yesterday."
		rec := twohundredseventhRecord(t, text, pub)
		m := meetingWith(rec, "Lena Okoro", "Tomas Varga")
		if m == nil || m.Date != "2003-03-17" {
			t.Errorf("%q: want the meeting on 2003-03-17: %s", opening, dump(rec))
		}
	}
	for _, c := range []struct{ text, note string }{
		{"Envoys confer\n\nLosvik, Arland, March 18 is when Foreign Minister Lena Okoro met her counterpart Tomas Varga, a day before the vote, officials said yesterday.", "running text"},
		{"Envoys confer\n\nLOSVIK, Arland, March 5 - Foreign Minister Lena Okoro met her counterpart Tomas Varga here yesterday.", "old dateline"},
	} {
		if day, _, ok := DatelineDate(c.text, pub); c.note == "running text" && ok {
			t.Errorf("%s: read a dateline day %v", c.note, day)
		}
		rec := twohundredseventhRecord(t, c.text, pub)
		if m := meetingWith(rec, "Lena Okoro", "Tomas Varga"); m != nil && m.Date == "2003-03-17" {
			t.Errorf("%s: the meeting took the dateline's yesterday: %s", c.note, dump(rec))
		}
	}
}

// twohundredseventhRecord extracts text published on pub.
func twohundredseventhRecord(t *testing.T, text string, pub time.Time) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// A lone word after a post's "of" and a compass word is the rest of a
// region's name the gazetteer lacks, not a person: "the Chief Minister
// of West Bengal, X" named a person "Bengal" beside X (mention/classify.go,
// regionCompassWords; p1274). The negative cases: the holder named after
// the comma stays a person, and a person named after "of" and a word
// that is no compass word keeps the earlier reading.
func TestCompassRegionAfterPostOf(t *testing.T) {
	for _, c := range []struct{ sentence, holder, region string }{
		{"Prime Minister Lena Okoro will see the Chief Minister of West Varnia, Tomas Varga, on Friday.", "Tomas Varga", "Varnia"},
		{"Prime Minister Lena Okoro met the Governor of North Osterland, Tomas Varga, on Friday.", "Tomas Varga", "Osterland"},
		{"Prime Minister Lena Okoro met the Premier of Eastern Kelvia, Tomas Varga, on Friday.", "Tomas Varga", "Kelvia"},
	} {
		rec := twohundredseventhRecord(t, "Talks go on\n\n"+c.sentence, time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC))
		if !hasPerson(rec, c.holder) || !hasPerson(rec, "Lena Okoro") {
			t.Errorf("%q: want %s and Lena Okoro as persons: %s", c.sentence, c.holder, dump(rec))
		}
		if hasPerson(rec, c.region) {
			t.Errorf("%q: %s read as a person: %s", c.sentence, c.region, dump(rec))
		}
	}
	rec := twohundredseventhRecord(t, "Talks go on\n\nPrime Minister Lena Okoro met the Minister of Foreign Affairs Tomas Varga on Friday.", time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC))
	if !hasPerson(rec, "Tomas Varga") {
		t.Errorf("a minister's name after his portfolio lost: %s", dump(rec))
	}
}

// A dispatch filed the day before its printing has that day for its own:
// a face-to-face meeting "this afternoon", told below the lead, keeps the
// dateline's city as a meeting of the printing day does (metToday,
// meeting/places.go; p1109, whose dateline the first rule of this round
// made the story's day), when the sentence dates it by the writer's own
// day ("today", "this afternoon"). The negative cases: a meeting further
// down dated weeks before, or by the weekday of the filing day ("on
// Wednesday", as TestDatelinePlacesLeadMeeting has it), takes no city.
func TestFiledDayMeetingKeepsDatelineCity(t *testing.T) {
	pub := time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC)
	lead := "Arland and Borvia accept mediation\n\nLOSVIK, May 8 (Wire) — The foreign ministers of Arland and Borvia agreed tonight to ask a retired judge to mediate their dispute over three islands.\nThe accord ends a crisis that brought the two countries close to war last month.\nUnder the accord both pledged not to use force.\n"
	rec := twohundredseventhRecord(t, lead+"Lena Okoro and Tomas Varga met for the first time this afternoon in the presence of the judge.", pub)
	m := meetingWith(rec, "Lena Okoro", "Tomas Varga")
	if m == nil || m.Date != "2024-05-08" || m.Place != "Losvik" {
		t.Errorf("want the meeting in Losvik on 2024-05-08: %s", dump(rec))
	}
	for _, when := range []string{"on April 20", "on Wednesday"} {
		rec = twohundredseventhRecord(t, lead+"Lena Okoro and Tomas Varga met for the first time "+when+" in the presence of the judge.", pub)
		if m := meetingWith(rec, "Lena Okoro", "Tomas Varga"); m != nil && m.Place == "Losvik" {
			t.Errorf("a meeting %s, told further down, took the dateline's city: %s", when, dump(rec))
		}
	}
}
