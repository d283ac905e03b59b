package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-sixty-fifth round: dates and places of
// meetings told indirectly (p1622-p1627: a second summit and the first
// recalled, a Japanese agency, Pyongyang, 2004; generals signing in a
// tent by a road with a secretary's talks of the week before, a U.S.
// wire, Kilometer 101, 1973; two leaders meeting at a state house in a
// neighbour's capital, a protocol signed there "last year", an
// Angolan agency, 1995; a treaty signed on an island and the leaders'
// meeting in June it came from, an Australian wire, Mataram, 2006; two
// presidents on a summit's sidelines, a call on Wednesday and a
// handshake recalled, a U.S. wire, Panama City, 2015; talks at a
// country house ending after six days, an Irish broadsheet, Weston
// Park, 2001); each rule with sentences of its own.

// "on 20 November last year", "in August last year": the year named
// after the day or month is counted from the publication, not the year
// nearest the time the story last told (frame.relativeYearAfter; p1624,
// where the Bicesse signing of 1991 told just before put the protocol
// in 1990, p747, p1342 "in February this year"). The negative case: a
// day with no year after it still takes the story's time.
func TestDayMonthRelativeYear(t *testing.T) {
	pub := time.Date(1995, 5, 7, 0, 0, 0, 0, time.UTC)
	story := time.Date(1991, 5, 31, 0, 0, 0, 0, time.UTC)
	for s, want := range map[string]string{
		"The protocol was initialled in that town on 20 November last year by both envoys .": "1994-11-20",
		"The protocol was signed on Nov. 20 , last year by the two envoys .":                 "1994-11-20",
		"The two men first met in Koram in August last year .":                               "1994-08",
		"They agreed in February this year to settle the border .":                           "1995-02",
		"The protocol was signed on 20 November by the two envoys .":                         "1991-11-20",
	} {
		toks := text.Tokenize(s)
		ds := frame.FindDatesIn(toks, 0, len(toks), pub, story)
		if len(ds) == 0 || ds[0].Value != want {
			t.Errorf("%s: want %s, got %+v", s, want, ds)
		}
	}
	rec := corefRecord(t, "Peace talks\nKORAM - Piet Oster received the rebel commander Jan Dorn at the palace on Monday. It was the first visit of Dorn to the palace. He and Oster first met quietly in Lisbon in August last year, talks that both sides hail as the start of the thaw.")
	found := false
	for _, m := range rec.Meetings {
		if m.Place == "Lisbon" && m.Date == "2024-08" {
			found = true
		}
	}
	if !found {
		t.Errorf("want the Lisbon meeting in 2024-08: %s", dump(rec))
	}
}

// "After the summit, A met C": an encounter told with no day after an
// adjunct naming a meeting the story told before is on that meeting's
// day and at its place, not on the day of the recalled meeting the
// sentence before told (meeting.toldMeeting; p1622, p227, p264). The
// negative case: the sentence with the adjunct that tells its own day
// keeps it.
func TestAfterTheSummitDay(t *testing.T) {
	rec := corefRecord(t, "Second summit\nKORAM - Borvian President Piet Oster and Arlander Prime Minister Jan Dorn held talks in Koram on Monday, their second summit in two years. The two leaders first met in Lisbon on March 3, 2023, when they signed a border declaration. After the summit, Oster met for about an hour with the opposition leader Ana Vel.")
	m := meetingOf(rec, "Piet Oster", "Ana Vel")
	if m == nil || m.Date != "2025-05-05" || m.Place != "Koram" {
		t.Errorf("want Oster with Vel in Koram on 2025-05-05: %s", dump(rec))
	}
	rec = corefRecord(t, "Second summit\nKORAM - Borvian President Piet Oster and Arlander Prime Minister Jan Dorn held talks in Koram on Monday, their second summit in two years. After the summit, Oster met the opposition leader Ana Vel in Koram on Tuesday.")
	m = meetingOf(rec, "Piet Oster", "Ana Vel")
	if m == nil || m.Date != "2025-05-06" {
		t.Errorf("want Oster with Vel on 2025-05-06: %s", dump(rec))
	}
}

// "The meeting, which ran for five hours, was hosted by X and was
// attended by Y": the host of the meeting told before sat at it, as the
// attendant did; the sentence tells no meeting of the two alone and
// places nothing by the agents' titles (meeting.HostedBy, merge.go
// partials; p1624, p1500). The negative case: "was hosted by X at the Y
// centre and brought together A and B" is a meeting of its own.
func TestMeetingHostedByJoinsMeetingBefore(t *testing.T) {
	rec := corefRecord(t, "Leaders meet\nKORAM - Borvian President Piet Oster and the rebel leader Jan Dorn met yesterday at State House in the capital. The meeting, which ran for five hours, was hosted by the Prime Minister of Norway, Ana Vel, and was attended by the envoy of the United Nations in Borvia, Bo Kram.")
	m := meetingOf(rec, "Piet Oster", "Jan Dorn", "Ana Vel", "Bo Kram")
	if m == nil || m.Date != "2025-05-05" {
		t.Errorf("want the four at one meeting on 2025-05-05: %s", dump(rec))
	}
	if metPair(rec, "Ana Vel", "Bo Kram") && m == nil {
		t.Errorf("the host and the attendant paired alone: %s", dump(rec))
	}
	rec = corefRecord(t, "Summit\nKORAM - Leaders of the region met on Monday. The meeting was hosted by President Piet Oster at the convention centre and brought together the presidents of Chile, Jan Dorn, and of Peru, Ana Vel.")
	if !metPair(rec, "Jan Dorn", "Ana Vel") || !metPair(rec, "Piet Oster", "Ana Vel") {
		t.Errorf("want the gathering's own meeting: %s", dump(rec))
	}
}
