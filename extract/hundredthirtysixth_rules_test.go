package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-thirty-sixth round: parties lost because no
// negotiation is read (p848-p853: bilateral talks with no mediator, a
// negotiation named by its subject), with sentences of its own.

// "The government and X held talks ..." opening a sentence under a
// dateline: "the government" is the state of the dateline's city, as in
// "talks between the government and X" (homeSide, mention/mentions.go).
// The negative cases: a sentence that names the dateline's state itself
// ("at a Ugandan army camp") tells it as the venue and leaves "the
// government" unread; "The government and its allies" names no second
// side.
func TestGovernmentAndGroupOpening(t *testing.T) {
	for _, noun := range []string{"government", "military"} {
		text := "Talks open\nKAMPALA, May 2 - The " + noun + " and the Lord's Resistance Army held talks in Gulu on Monday, a spokesman said."
		if got := partiesOf(t, text); !slices.Equal(got, []string{"Lord's Resistance Army", "Uganda"}) {
			t.Errorf("%s: parties %v, want Uganda and the Lord's Resistance Army", noun, got)
		}
	}
	// Negative: the dateline's state named in the sentence as the venue.
	if got := partiesOf(t, "Talks open\nKAMPALA, May 2 - The government and the Lord's Resistance Army held talks at a Ugandan army camp on Monday."); slices.Contains(got, "Uganda") {
		t.Errorf("venue named: parties %v, want no Uganda", got)
	}
	// Negative: no second side after "and".
	if got := partiesOf(t, "Talks open\nKAMPALA, May 2 - The government and its allies held talks in Gulu on Monday."); len(got) != 0 {
		t.Errorf("its allies: parties %v, want none", got)
	}
}

// "The government held talks with X" opening a sentence under a
// dateline: the subject is the dateline's state, X the other side
// (openingTalksWith, mention/mentions.go). The negative cases: the
// dateline's state named in the sentence as the venue; a subject of
// "talks" that is not the opening "The government" ("A spokesman for the
// government held talks with ...") reads nothing new.
func TestGovernmentTalksWithOpening(t *testing.T) {
	for _, verb := range []string{"held talks", "resumed peace talks", "opened formal talks"} {
		text := "Talks open\nKAMPALA, May 2 - The government " + verb + " with the Lord's Resistance Army in Gulu on Monday."
		if got := partiesOf(t, text); !slices.Equal(got, []string{"Lord's Resistance Army", "Uganda"}) {
			t.Errorf("%s: parties %v, want Uganda and the Lord's Resistance Army", verb, got)
		}
	}
	if got := partiesOf(t, "Talks open\nKAMPALA, May 2 - The government held talks with the Lord's Resistance Army at a Ugandan army camp on Monday."); slices.Contains(got, "Uganda") {
		t.Errorf("venue named: parties %v, want no Uganda", got)
	}
	if got := partiesOf(t, "Talks open\nKAMPALA, May 2 - A spokesman for the government held talks with the Lord's Resistance Army in Gulu on Monday."); slices.Contains(got, "Uganda") {
		t.Errorf("not the opening subject: parties %v, want no Uganda", got)
	}
}

// "signed a memorandum of understanding" at a meeting whose sentence
// tells no dispute is no agreement reached (agreementTold, roles.go): the
// memorandum is what pactNouns leave out, not an "understanding". The
// negative case: "signed an understanding on the border" still tells one.
func TestMemorandumOfUnderstandingNoPact(t *testing.T) {
	if got := partiesOf(t, "Ministers meet\nGhanaian Foreign Minister Ana Lind and her Togolese counterpart Kofi Mensah met in Accra on Monday and signed a memorandum of understanding on road transport."); len(got) != 0 {
		t.Errorf("a memorandum: parties %v, want none", got)
	}
	if got := partiesOf(t, "Ministers meet\nGhanaian Foreign Minister Ana Lind and her Togolese counterpart Kofi Mensah met in Accra on Monday and signed an understanding on the border."); !slices.Equal(got, []string{"Ghana", "Togo"}) {
		t.Errorf("an understanding: parties %v, want Ghana and Togo", got)
	}
}
