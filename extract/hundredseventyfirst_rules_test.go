package extract

import (
	"testing"
)

// Issue 14's hundred-and-seventy-first round: places of meetings
// (p1058-p1063: a country residence, a small town named with its state, a
// mountain resort, a capital told by its country's adjective under
// another city's dateline, talks aboard a cruiser lying off a territory,
// and a leader's island retreat); each rule with sentences of its own.

// hundredseventyfirstPlace is the place of the held meeting of a and b in
// text, "" when there is none or it has no place.
func hundredseventyfirstPlace(t *testing.T, text, a, b string) string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, a, b); m != nil {
		return m.Place
	}
	return ""
}

// "aboard the frigate X in the Adriatic off Y": the sea the ship lay in,
// told between the ship and "off", no longer hides the ship from the
// coast it lay off (afloatOff, seaBefore, meeting/when.go; p1062). The
// negative case: a sea phrase after a noun that is no ship ("a naval
// exercise in the Adriatic off Y") places nothing off Y.
func TestMeetingAfloatInASeaOffCity(t *testing.T) {
	text := "Talks at sea\nROME, May 4 - Premier Ola Brandt and Chancellor Ivo Marek opened talks on Sunday aboard the frigate Falco in the Adriatic off Valletta."
	if got := hundredseventyfirstPlace(t, text, "Ola Brandt", "Ivo Marek"); got != "Valletta" {
		t.Errorf("want the Brandt-Marek meeting off Valletta, got %q", got)
	}
	text = "Talks at sea\nROME, May 4 - Premier Ola Brandt and Chancellor Ivo Marek opened talks on Sunday, a week after a naval exercise in the Adriatic off Valletta."
	if got := hundredseventyfirstPlace(t, text, "Ola Brandt", "Ivo Marek"); got == "Valletta" {
		t.Errorf("an exercise's place read as the meeting's: %q", got)
	}
}
