package extract

import (
	"testing"
	"time"
)

// Issue 14's hundred-and-sixty-ninth round: an untargeted batch
// (p1046-p1051: a wire's report of talks opened after a border war, a
// broadsheet's account of two leaders' meeting at a country house, a
// ministry's readout of a minister's visit, a non-native English agency's
// report of an agreement initialled, mediators carrying drafts between
// two sides who never met, two leaders' talk at an airport in 1959);
// each rule with sentences of its own.

var hundredsixtyninthPub = time.Date(2024, 3, 17, 0, 0, 0, 0, time.UTC) // a Sunday

// "The two envoys" after a sentence that names more people than two
// stands for the two the sentence before opens with as its joined
// subject ("A and B met C on Saturday. The two envoys then went to see
// D"): those two go on, C was only met (openingPair, coref/coref.go;
// p1050). The negative case: a sentence before whose subject is one
// person ("A met B and C") leaves "the two envoys" unread, as before.
func TestTwoAfterJoinedSubject(t *testing.T) {
	text := "Envoys shuttle\nMarta Lindqvist and Tomas Okafor met Colonel Ruben Asare in Accra on Saturday. The two envoys then went to see Pedro Alves Mensah."
	wantHeldOn(t, hundredsixtyninthPub, text, "Marta Lindqvist", "Pedro Alves Mensah", "")
	wantHeldOn(t, hundredsixtyninthPub, text, "Tomas Okafor", "Pedro Alves Mensah", "")
	noneHeld(t, hundredsixtyninthPub, text, "Pedro Alves Mensah", "Ruben Asare")
	neg := "Envoys shuttle\nMarta Lindqvist met Tomas Okafor and Colonel Ruben Asare in Accra on Saturday. The two envoys then went to see Pedro Alves Mensah."
	noneHeld(t, hundredsixtyninthPub, neg, "Marta Lindqvist", "Pedro Alves Mensah")
}

// A title's initials standing alone stand for the one person the story
// gave that title before a name, as readouts shorten their principal's
// post ("Home Affairs Minister Dr. X visited ... HAM called on Y")
// (acronymTitles, actors/positions.go; p1048). The negative case: two
// people given the title ("Prime Minister A ... and Prime Minister B")
// leave "the PM" unread.
func TestTitleInitialsStandForHolder(t *testing.T) {
	text := "Minister visits\nHome Affairs Minister Dr. Lena Varga arrived in Nairobi on Monday. HAM called on President Samuel Otieno on Tuesday."
	wantHeldOn(t, hundredsixtyninthPub, text, "Lena Varga", "Samuel Otieno", "2024-03-12")
	neg := "Leaders meet\nPrime Minister Lena Varga and Prime Minister Piet Brand arrived in Nairobi on Monday. The PM called on President Samuel Otieno on Tuesday."
	noneHeld(t, hundredsixtyninthPub, neg, "Lena Varga", "Samuel Otieno")
	noneHeld(t, hundredsixtyninthPub, neg, "Piet Brand", "Samuel Otieno")
}

// A rounded stretch of time may run on ("and a quarter") and be followed
// by where it was spent before its time, and the time is still the
// meeting's, not a topic's ("talked for about an hour and a quarter at
// the state house this afternoon") (AfterApproxSpan, frame/predicates.go;
// p1051). The negative case: a time inside a topic that follows the
// stretch ("talked for about an hour about the accord signed on Monday")
// still dates no meeting.
func TestApproxSpanThenPlaceThenTime(t *testing.T) {
	wantHeldOn(t, hundredsixtyninthPub, "Governors confer\nGovernor Ruth Adeyemi and Senator Paul Okafor talked for about an hour and a quarter at the state house this afternoon.", "Paul Okafor", "Ruth Adeyemi", "2024-03-17")
	for _, m := range heldAt(t, "Governors confer\nGovernor Ruth Adeyemi and Senator Paul Okafor talked for about an hour about the accord signed on Monday.", hundredsixtyninthPub) {
		if m.Date == "2024-03-11" {
			t.Errorf("the topic's time dated the meeting: %v", m)
		}
	}
}

// Two people who "initialled" a text together met as two who "signed" it
// do, when the sentence says where or when ("A and B initialled today in
// P the final text"), the non-native order with the object last included
// (jointSigning, meeting/meetings.go; p491). The negative
// case: one person initialling a decree that names another is no
// meeting of the two.
func TestJointInitialling(t *testing.T) {
	wantHeldOn(t, hundredsixtyninthPub, "Text agreed\nForeign Minister Ana Reyes and Mr Tomas Berg initialled today in Vienna the final text of the accord.", "Ana Reyes", "Tomas Berg", "2024-03-17")
	wantHeldOn(t, hundredsixtyninthPub, "Text agreed\nForeign Minister Ana Reyes and Mr Tomas Berg initialed the final draft of the treaty in Vienna on Friday.", "Ana Reyes", "Tomas Berg", "2024-03-15")
	noneHeld(t, hundredsixtyninthPub, "Decree issued\nForeign Minister Ana Reyes initialled today in Vienna a decree naming Mr Tomas Berg as envoy.", "Ana Reyes", "Tomas Berg")
}
