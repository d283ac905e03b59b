package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-seventy-sixth round: a stranger's batch
// (p1688-p1693: a border protocol signed at a prime minister's office, a
// Caribbean daily, Port of Spain, 1970; a confederation pact, a French
// agency in English, Dakar, 1981; a president's official visit, a
// Mongolian agency in English, Ulaanbaatar, 2000; a border treaty under a
// headline in capitals and a title-case deck, an American wire, Lima,
// 1929; a minority autonomy agreement, a British broadsheet's
// correspondent, Paris, 1946; two presidents on a summit's sidelines and
// their security chiefs by phone, a Kyrgyz agency, Samarkand, 2022); each
// rule with sentences of its own.

func twohundredseventysixthRecord(t *testing.T, pub, text string) graph.Record {
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

// A title-case deck under a headline in capitals writes its verbs
// capitalized: "Bolivia Regains Strelsam, Paraguay Keeps Vorn" is two
// subjects, two verbs and their objects, though "Strelsam" and "Vorn"
// come again in the body; no person "Regains Strelsam" (mention
// headlineVerbName; p1691, p1180). The negative case: a deck's real name
// whose first word the body writes too stays a person.
func TestHeadlineDeckVerbIsNoName(t *testing.T) {
	body := "\n\nSTRELSAM, June 3 (AP). - The treaty was signed here today by Dr. Anton Verbeck, the Bolivian Foreign Minister, and Senor Paul Hadrell, the Paraguayan Ambassador. Under the treaty Strelsam returns to Bolivia and Vorn stays with Paraguay."
	rec := twohundredseventysixthRecord(t, "1929-06-04", "BORDER TREATY SIGNED\n\nBolivia Regains Strelsam, Paraguay Keeps Vorn Under New Terms"+body)
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && (strings.Contains(a.Name, "Regains") || strings.Contains(a.Name, "Keeps")) {
			t.Errorf("a deck's verb opens no name: %q in %s", a.Name, dump(rec))
		}
	}
	if !metPair(rec, "Anton Verbeck", "Senor Paul Hadrell") && !metPair(rec, "Anton Verbeck", "Paul Hadrell") {
		t.Errorf("want Verbeck with Hadrell: %s", dump(rec))
	}
	rec = twohundredseventysixthRecord(t, "1929-06-04", "BORDER TREATY SIGNED\n\nAnton Verbeck Signs for Bolivia"+body)
	if a := actorNamed(rec, "Anton Verbeck"); a == nil || a.Kind != graph.Person {
		t.Errorf("want the deck's name Anton Verbeck kept: %s", dump(rec))
	}
}

// A headline in capitals that opens with two towns joined by a hyphen
// ("ODESSA-KHERSON ROAD PACT SIGNED") names the route or the dispute, and
// its first town is no dateline's: the meeting "here" is in the town of
// the dateline under it (mention.joinedHyphen; p1691). The negative case:
// a dateline's dash set apart from the words ("ODESSA - The ...") still
// files the copy from its town. "Senor" is an honorific, not part of the
// name, since the two-hundred-and-ninety-fifth round.
func TestHyphenCompoundHeadlineIsNoDateline(t *testing.T) {
	rec := twohundredseventysixthRecord(t, "1931-06-04", "ODESSA-KHERSON ROAD PACT SIGNED AT KIEV\n\nKIEV, June 3 (AP). - The road pact was signed here this afternoon by Dr. Anton Verbeck, the Foreign Minister, and Senor Paul Hadrell, the Ambassador of Bolivia.")
	if m := meetingOf(rec, "Anton Verbeck", "Paul Hadrell"); m == nil || m.Place != "Kiev" {
		t.Errorf("want Verbeck with Hadrell in Kiev: %s", dump(rec))
	}
	rec = twohundredseventysixthRecord(t, "1931-06-04", "Road pact signed\n\nODESSA - The road pact was signed here this afternoon by Dr. Anton Verbeck, the Foreign Minister, and Senor Paul Hadrell, the Ambassador of Bolivia.")
	if m := meetingOf(rec, "Anton Verbeck", "Paul Hadrell"); m == nil || m.Place != "Odessa" {
		t.Errorf("want Verbeck with Hadrell in Odessa: %s", dump(rec))
	}
}

// An agency's report of a visit goes on through its day with "Then":
// "Then the Speaker P.Lusk met with President M.Vilnek" is a scene of the
// day of the talks told just before, not of the publication day
// (meeting.sequenceOpener; p1690, p1686, p1257). The negative case: a
// "then" inside the sentence, after a day of its own, keeps that day.
func TestThenOpensSameDayScene(t *testing.T) {
	lead := "Visit ends\n\nSucre, November 15 /AGENCY/ The official visit of President Milan Vilnek to Bolivia ended yesterday. On November 13 President of Bolivia Karel Ostrava held talks with President Milan Vilnek in the Quemado Palace in Sucre.\n\nThe sides discussed trade and the railway. The President expressed his hope for closer ties.\n\n"
	rec := twohundredseventysixthRecord(t, "2000-11-15", lead+"Then the Speaker of the Parliament Pavel Lusk met with President Milan Vilnek.")
	if m := meetingOf(rec, "Pavel Lusk", "Milan Vilnek"); m == nil || m.Date != "2000-11-13" {
		t.Errorf("want Lusk with Vilnek on 2000-11-13: %s", dump(rec))
	}
	rec = twohundredseventysixthRecord(t, "2000-11-15", lead+"On November 14 the Speaker of the Parliament Pavel Lusk met with President Milan Vilnek and then left for Potosi.")
	if m := meetingOf(rec, "Pavel Lusk", "Milan Vilnek"); m == nil || m.Date != "2000-11-14" {
		t.Errorf("want Lusk with Vilnek on 2000-11-14: %s", dump(rec))
	}
}
