package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-seventieth round: places of meetings
// (p1652-p1657: a president receiving three rulers on a cruiser at anchor
// in a lake of the Suez Canal, a U.S. wire, 1945; two dictators in a
// train at a frontier station, a U.S. wire, Hendaye, 1940; two
// presidents at the presidential residence "in the capital" under a
// Central Asian agency's dated dateline, Astana, 2013; an informal
// summit at a hot spring resort, a Japanese agency, Kawana, 1998; a
// president and a jailed leader whose meeting's place the next sentence
// tells, a South African agency, Cape Town, 1989; a chancellor and a
// president at a castle retreat, a French agency, Meseberg, 2018); each
// rule with sentences of its own.

// "In March A held talks with C in the same building": a held meeting
// with no place of its own that its sentence puts "in the same" venue
// took place where the meeting told before it did (meeting.SamePlaces;
// p1656, p1466); with no meeting placed before it, where the last city
// an earlier sentence puts something "in" (p225, p609). The negative
// case: "in the same room" tells who sat together, not where.
func TestSameVenueAnaphorPlace(t *testing.T) {
	rec := corefRecord(t, "Talks resume\nMADRID - Piet Oster and Jan Dorn met at the presidential palace in Lisbon on Monday. In March Oster held talks with Ana Vel in the same building, a meeting kept secret for a week.")
	if m := meetingOf(rec, "Piet Oster", "Ana Vel"); m == nil || m.Place != "Lisbon" {
		t.Errorf("want Oster with Vel in Lisbon: %s", dump(rec))
	}
	rec = corefRecord(t, "Fishing deal recalled\nREYKJAVIK - The fishing accord was signed in Lisbon twenty years ago today. Piet Oster and Jan Dorn met nine days before at a forum in the same city.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Place != "Lisbon" {
		t.Errorf("want Oster with Dorn in Lisbon: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks resume\nMADRID - Piet Oster and Jan Dorn met at the presidential palace in Lisbon on Monday. In March Oster held talks with Ana Vel in the same room, a meeting kept secret for a week.")
	if m := meetingOf(rec, "Piet Oster", "Ana Vel"); m == nil || m.Place == "Lisbon" {
		t.Errorf("want Oster with Vel, not placed by the room: %s", dump(rec))
	}
}

// "CITY. May 6. AGENCY - ...": a dateline with the city and the day each
// closed by a period, which the splitter cuts into three sentences, gives
// the city the story is filed from as "CITY. AGENCY -" does
// (mention.dayAfterPeriod; p1654, the undated form p707, p795), whichever
// way round the day is written.
func TestDatedPeriodDateline(t *testing.T) {
	for _, day := range []string{"May 6.", "6 May."} {
		rec := corefRecord(t, "Talks held\n\nALMATY. "+day+" KAZINFORM - Today President Piet Oster held talks with visiting Prime Minister Jan Dorn, Kazinform correspondent reports.")
		if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Place != "Almaty" {
			t.Errorf("%s: want Oster with Dorn in Almaty: %s", day, dump(rec))
		}
	}
}

// "X and Y took part in the conversations": those who sat in on the talk
// just told join its meeting, as "joined the conversation" and "took
// part in the talks" do (partInTheTalk; p1653, p1149, p915); the
// discussions, a meeting noun, already did. The negative case: "the
// conversation on social media" is no sitting.
func TestTookPartInTheConversation(t *testing.T) {
	for _, s := range []string{"took part in the conversations", "also took part in the conversation", "participated in the discussions"} {
		rec := corefRecord(t, "Leaders confer\nMADRID, May 5 (UP)—Piet Oster met Jan Dorn today in the special train at the frontier.\nThe two men talked in the dining car for most of the afternoon. Foreign Minister Ana Vel of Borvia and the Arland Foreign Minister, Leo Berg, "+s+".")
		if m := meetingOf(rec, "Piet Oster", "Jan Dorn", "Ana Vel", "Leo Berg"); m == nil {
			t.Errorf("%s: want Vel and Berg at the meeting: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, "Leaders confer\nMADRID, May 5 (UP)—Piet Oster met Jan Dorn today in the special train at the frontier.\nThe two men talked in the dining car for most of the afternoon. Foreign Minister Ana Vel of Borvia and the Arland Foreign Minister, Leo Berg, took part in the conversation on social media.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn", "Ana Vel", "Leo Berg"); m != nil {
		t.Errorf("want Vel at no meeting: %s", dump(rec))
	}
}

// "President A, PM B Agree to Boost Border Trade": a headline's verb,
// capitalized as the headline writes every word, is no part of the name
// before it (text.headlineVerbs; p615, p1035, p1652, p1653). The
// negative case: running text keeps a capitalized name that is also a
// verb ("Foreign Minister Leo Came").
func TestHeadlineVerbNoName(t *testing.T) {
	rec := corefRecord(t, "President Oster, PM Dorn Agree to Boost Border Trade\n\nLISBON, May 5 - President Piet Oster and Prime Minister Jan Dorn agreed on Monday to boost border trade after talks in Lisbon. Foreign Minister Leo Came also met Oster.")
	var names []string
	for _, a := range rec.Actors {
		if a.Kind == graph.Person {
			names = append(names, a.Name)
		}
	}
	if slices.Contains(names, "Dorn Agree") || !slices.Contains(names, "Jan Dorn") || !slices.Contains(names, "Leo Came") {
		t.Errorf("want Jan Dorn and Leo Came, no Dorn Agree: %v", names)
	}
}
