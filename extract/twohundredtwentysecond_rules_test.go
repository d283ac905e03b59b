package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-twenty-second round: a stranger's batch
// (p1364-p1369: a Japanese premier's 1957 visit to Canberra told by a
// broadsheet, a 1975 wire story of a Townsville summit on Timor, two
// premiers' hotline talks at Davos in 1988, a 1996 peace accord signed
// in Abidjan, a 2013 Georgian-Russian meeting in Prague told in
// non-native English, a 2022 agency story of foreign ministers' talks in
// Tokyo); each rule with sentences of its own.

// twohundredtwentysecondRecord extracts text published on pub.
func twohundredtwentysecondRecord(t *testing.T, text string, pub time.Time) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// A dateline that gives a weekday in place of a date ("LOSVIK,
// Thursday.—", "LOSVIK, Friday (Wire). —") is the day the dispatch was
// filed, the day before its printing: its "this morning", "today" and
// "last night" count from that weekday (text.DatelineWeekday,
// extract.weekdayFiled; p1364, p1365, and p1286's "GODESBERG, Thursday
// Night."). The negative cases: a weekday dateline a week back is no
// filing of the day's news, and a weekday followed by a date is read as
// that date, not by this rule.
func TestWeekdayDatelineIsFilingDay(t *testing.T) {
	pub := time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC) // a Friday
	for _, c := range []struct{ dateline, when, date string }{
		{"LOSVIK, Thursday.—", "this morning", "2024-05-09"},
		{"LOSVIK, Thursday (Wire). —", "today", "2024-05-09"},
		{"LOSVIK, Wednesday.", "today", "2024-05-08"},
		{"LOSVIK, Thursday Night.", "last night", "2024-05-08"},
	} {
		text := "Premiers hold talks\n\n" + c.dateline + " The Prime Minister of Arland, Lena Okoro, and the President of Borvia, Tomas Varga, held talks at Parliament House " + c.when + ".\nThey discussed trade."
		rec := twohundredtwentysecondRecord(t, text, pub)
		m := meetingWith(rec, "Lena Okoro", "Tomas Varga")
		if m == nil || m.Date != c.date {
			t.Errorf("%s %s: want the talks on %s: %s", c.dateline, c.when, c.date, dump(rec))
		}
	}
	for _, c := range []struct{ dateline, date string }{
		{"LOSVIK, Saturday.—", "2024-05-10"},
		{"LOSVIK, Thursday May 2, 2024 -", "2024-05-10"},
	} {
		text := "Premiers hold talks\n\n" + c.dateline + " The Prime Minister of Arland, Lena Okoro, and the President of Borvia, Tomas Varga, held talks at Parliament House today.\nThey discussed trade."
		rec := twohundredtwentysecondRecord(t, text, pub)
		if m := meetingWith(rec, "Lena Okoro", "Tomas Varga"); m == nil || m.Date != c.date {
			t.Errorf("%s: want the talks on the printing day %s: %s", c.dateline, c.date, dump(rec))
		}
	}
}

// Those who "joined the leaders for the afternoon session" (or "joined
// them for the working session", "joined the two ministers for the
// talks") sat in on the meeting just told, whose sitting noun stands
// past the window attendsMeeting reads (joinedPeopleForSession,
// merge.go; lexicon "joinedPeopleNouns"; p1365, and p763's and p864's
// "joined them for most of the sessions"). The negative cases: joining
// the leaders for a photograph, or protesters for a march, is no sitting.
func TestJoinedLeadersForSession(t *testing.T) {
	pub := time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC)
	lead := "Leaders talk\n\nLOSVIK, May 8 (Wire) - Prime Minister Lena Okoro of Arland and President Tomas Varga of Borvia held talks in Losvik today. "
	for _, s := range []string{
		"Senator Ann Willis and General Omar Tadd joined the leaders for the afternoon session.",
		"Senator Ann Willis and General Omar Tadd joined them for the long afternoon session.",
		"Senator Ann Willis and General Omar Tadd joined the two leaders for the working session.",
	} {
		rec := twohundredtwentysecondRecord(t, lead+s, pub)
		if !metPair(rec, "Ann Willis", "Lena Okoro") || !metPair(rec, "Omar Tadd", "Tomas Varga") {
			t.Errorf("%q: want the joiners at the talks: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Senator Ann Willis and General Omar Tadd joined the leaders for a photograph.",
		"Senator Ann Willis and General Omar Tadd joined the protesters for a march.",
	} {
		rec := twohundredtwentysecondRecord(t, lead+s, pub)
		if metPair(rec, "Ann Willis", "Lena Okoro") {
			t.Errorf("%q: a joiner put at the talks: %s", s, dump(rec))
		}
	}
}

// "agreed to set up a hotline after five hours of talks": "set" before
// a particle is the phrasal verb of a thing made, not the "set" of a plan
// ("set to meet"), so the talks the agreement closed were held
// (setParticle, meeting/when.go; p1366's sentence before its hedge). The
// negative case: "are set to sign an accord after two days of talks"
// tells talks to come.
func TestSetUpIsNoPlan(t *testing.T) {
	pub := time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC)
	rec := twohundredtwentysecondRecord(t, "Hotline agreed\n\nLOSVIK, May 8 (Wire) - Prime Minister Lena Okoro and President Tomas Varga agreed on Wednesday to set up a hotline after five hours of talks.", pub)
	if !metPair(rec, "Lena Okoro", "Tomas Varga") {
		t.Errorf("want the talks held: %s", dump(rec))
	}
	rec = twohundredtwentysecondRecord(t, "Hotline agreed\n\nLOSVIK, May 8 (Wire) - Prime Minister Lena Okoro and President Tomas Varga are set to sign an accord after two days of talks.", pub)
	if metPair(rec, "Lena Okoro", "Tomas Varga") {
		t.Errorf("talks to come read as held: %s", dump(rec))
	}
}
