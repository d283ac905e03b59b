package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-sixth round: the precision of who met whom
// (p1268-p1273: an envoy's indirect talks on separate days, a secretary
// of state's separate meetings in a capital at war, a news agency's
// readout of a leader's in-person talks followed by phone calls, a
// summit with its reactions at home, a conference opened without an
// uninvited state, and a state visit's banquet, tea and talks with a
// private meeting only intended); each rule with sentences of its own.

// A meeting noun in an adjunct of another verb takes that verb's status:
// "he intended to raise human rights with X in a private meeting" tells a
// meeting to come, not one held (adjunctMeetingModal, meeting/when.go;
// p1273). The negative cases: the past verb ("raised ... in a private
// meeting"), a modal inside a relative clause set off by commas, and a
// modal before a "that" clause of a past act stay held.
func TestAdjunctMeetingModal(t *testing.T) {
	for _, c := range []struct {
		text string
		held bool
	}{
		{"Talks\n\nLabour leader Tomas Varga said he intended to raise human rights with Premier Omar Haddad in a private meeting.", false},
		{"Talks\n\nLabour leader Tomas Varga said he would press Premier Omar Haddad on the dam at their talks.", false},
		{"Talks\n\nLabour leader Tomas Varga plans to raise human rights with Premier Omar Haddad during the meeting.", false},
		{"Talks\n\nLabour leader Tomas Varga raised human rights with Premier Omar Haddad in a private meeting on Monday.", true},
		{"Talks\n\nLabour leader Tomas Varga, who will visit Lima next week, raised human rights with Premier Omar Haddad in a private meeting on Monday.", true},
		{"Talks\n\nLabour leader Tomas Varga would later say that he raised human rights with Premier Omar Haddad in a private meeting on Monday.", true},
	} {
		rec := corefRecord(t, c.text)
		if got := metPair(rec, "Tomas Varga", "Omar Haddad"); got != c.held {
			t.Errorf("%q: want held %v: %s", c.text, c.held, dump(rec))
		}
	}
}

// The person told of a meeting — "A informed B on the main points of his
// talks with C and on the coming meeting of X" — did not take part in it
// (informedOf, meeting/meetings.go; p1270). The negative cases: the
// talks themselves stay A's and C's, and a person met "on the sidelines
// of the meeting" (no inform verb) stays a participant.
func TestInformedOfMeetingNotThere(t *testing.T) {
	lead := "Talks\n\nPresident Lena Berg held talks with President Omar Haddad in Ostrava on Monday. On Tuesday Berg had a telephone conversation with Chancellor Ines Valdez."
	for _, tail := range []string{
		" Berg informed Valdez on the main points of her talks with Haddad and on the coming meeting of the guarantor states.",
		" Berg informed Valdez on the coming meeting of the guarantor states.",
		" Berg informed Valdez about the results of the meeting.",
	} {
		rec := corefRecord(t, lead+tail)
		if m := meetingWith(rec, "Lena Berg", "Ines Valdez"); m != nil && m.Status == "held" && m.Mode != "call" {
			t.Errorf("%q: want Valdez only on the call: %s", tail, dump(rec))
		}
		if !metPair(rec, "Lena Berg", "Omar Haddad") {
			t.Errorf("%q: want Berg and Haddad met: %s", tail, dump(rec))
		}
	}
	side := "Talks\n\nPresident Lena Berg met Chancellor Ines Valdez in Ostrava on Monday on the sidelines of the meeting of the guarantor states."
	if rec := corefRecord(t, side); !metPair(rec, "Lena Berg", "Ines Valdez") {
		t.Errorf("%q: want Berg and Valdez met: %s", side, dump(rec))
	}
}
