package extract

import "testing"

// Issue 14's three-hundred-and-eighty-seventh round: people around a
// meeting who were not in it — aides who waited in an ante-room,
// companions who stayed outside (p2354-p2359); each rule with sentences
// of its own.

// People who waited in a place apart while the meeting went on are no
// participants of it: a waiting verb, a place apart ("an ante-room", "an
// adjoining room", "outside") and an adjunct that holds the meeting word
// ("throughout the conversation", "while the two leaders talked")
// (meeting/waitedaside.go; p2354, p2355, p2273).
func TestWaitedOutsideTheMeeting(t *testing.T) {
	for _, text := range []string{
		"The Chancellor received the Premier at noon. Sir Roland Pike, who had come with the Premier from Lisbon, and Herr Anton Keller, the Foreign Minister, remained in an ante-room throughout the conversation, which lasted an hour.",
		"The Chancellor received the Premier at noon. The Foreign Minister, Mr. Roland Pike, and the Defence Minister, Mr. Anton Keller, waited in an adjoining room with their staffs while the two leaders talked.",
	} {
		if got := heldPairs(t, text); pairHeld(got, "Anton Keller", "Roland Pike") {
			t.Errorf("want no meeting of the two who waited outside, held %v in %q", got, text)
		}
	}
}

// The waiting of someone else's aides, told in a closed relative clause,
// and a stay in a city for talks leave the meeting's people in it.
func TestWaitedOutsideKeepsTheMeeting(t *testing.T) {
	for _, text := range []string{
		"Mr. Roland Pike, whose aides waited outside during the morning, held talks with Mr. Anton Keller on Monday.",
		"Mr. Roland Pike remained in Geneva during talks with Mr. Anton Keller on Monday.",
	} {
		if got := heldPairs(t, text); !pairHeld(got, "Anton Keller", "Roland Pike") {
			t.Errorf("want Pike and Keller met, held %v in %q", got, text)
		}
	}
}
