package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-eighth round: met pairs missed although
// both people are found (p860-p865: a plenary and a side meeting "sat
// down with", an audience, courtesy calls, a readout recalling meetings,
// people who "joined them for lunch", an attendee list with honorifics
// and post-nominals); sentences of its own.

// A bare title after a meeting verb or "with" — "met the President",
// "sat down with the President", "called on the President" — is the one
// person named in the ten sentences before with exactly that title, as a
// bare title that opens a clause is (bareTitleRefs, meetingObjectLead,
// actors/positions.go; p864). The negative case: two people hold the
// title, so the bare title stays unresolved and pairs no one.
func TestBareTitleObjectOfMeeting(t *testing.T) {
	for _, v := range []string{"met the President", "sat down with the President", "called on the President"} {
		text := "Border talks\nPresident Omar Halabi flew into Tunis on Monday for a two-day stay. Later that day Prime Minister Rafael Ortiz " + v + " at the guest palace."
		if got := pairsOf(t, text); !slices.Contains(got, "Omar Halabi|Rafael Ortiz") {
			t.Errorf("%s: want Omar Halabi|Rafael Ortiz, got %v", v, got)
		}
	}
	// Negative: two presidents named before; the title is nobody's.
	noPairNaming(t, "Border talks\nPresident Omar Halabi and President Lena Moss flew into Tunis on Monday for a two-day stay. Later that day Prime Minister Rafael Ortiz met the President at the guest palace.", "Rafael Ortiz")
}

// "C joined them for lunch" (a joining verb, a pronoun of people, "for",
// at most two lower-case words and a meal noun) puts C at the held
// meeting told just before, as "joined them for the working session"
// does (joinedThemForMeal, merge.go; p864). The negative case: "joined
// the queue for lunch" names no people to sit with and adds no one.
func TestJoinedThemForMeal(t *testing.T) {
	for _, v := range []string{"joined them for lunch", "joined them for a working dinner", "joined him for breakfast"} {
		text := "Water accord\nPrime Minister Rafael Ortiz held talks with President Omar Halabi in Tunis on Monday. Ambassador Nadia Kerr " + v + "."
		if got := pairsOf(t, text); !slices.Contains(got, "Nadia Kerr|Omar Halabi") {
			t.Errorf("%s: want Nadia Kerr|Omar Halabi, got %v", v, got)
		}
	}
	// The joiner's post in another city ("the envoy in Paris") is not the
	// meal's place: he still joins the talks in Tunis.
	got := pairsOf(t, "Water accord\nPrime Minister Rafael Ortiz held talks with President Omar Halabi in Tunis on Monday. Nadia Kerr, the ambassador in Paris, joined them for lunch.")
	if !slices.Contains(got, "Nadia Kerr|Omar Halabi") {
		t.Errorf("post in another city: want Nadia Kerr|Omar Halabi, got %v", got)
	}
	// Negative: a queue is no one to eat with.
	noPairNaming(t, "Water accord\nPrime Minister Rafael Ortiz held talks with President Omar Halabi in Tunis on Monday. Ambassador Nadia Kerr joined the queue for lunch.", "Nadia Kerr")
}

// "X recalled their meeting in Y in May" after a sentence that tells a
// held meeting of X and one other person (a readout's call) is a meeting
// of those two in Y, apart from the call (TheirReferents,
// coref/coref.go; p863); a sentence between that names no one ("The
// overview is as follows.") does not break the link. The negative cases:
// a clause whose person was not in that meeting, and a sentence between
// that names someone else, make no meeting in Y.
func TestTheirRecalledMeeting(t *testing.T) {
	sochi := func(text string) bool {
		for _, m := range heldAt(t, text, corefPub) {
			if m.Place == "Sochi" && slices.Contains(m.Participants, "Kenji Mori") && slices.Contains(m.Participants, "Ivan Sokolov") {
				return true
			}
		}
		return false
	}
	for _, mid := range []string{"", " The summary follows."} {
		text := "Leaders' call\nPrime Minister Kenji Mori held a telephone talk with President Ivan Sokolov on Monday." + mid + " Prime Minister Mori recalled their meeting in Sochi in May."
		if !sochi(text) {
			t.Errorf("%q: want a meeting of Mori and Sokolov in Sochi", text)
		}
	}
	// Negative: the person of the clause was not in the call.
	noPairNaming(t, "Leaders' call\nPrime Minister Kenji Mori held a telephone talk with President Ivan Sokolov on Monday. Minister Aiko Sato recalled their meeting in Sochi in May.", "Aiko Sato")
	// Negative: a sentence between names someone else.
	if text := "Leaders' call\nPrime Minister Kenji Mori held a telephone talk with President Ivan Sokolov on Monday. Minister Aiko Sato was also on the line. Prime Minister Mori recalled their meeting in Sochi in May."; sochi(text) {
		t.Errorf("%q: want no meeting in Sochi", text)
	}
}
