package extract

import (
	"slices"
	"testing"
)

// Issue 14's eighty-fifth round: the parties of bilateral talks when no
// negotiation is read or its parties are missed, each shape with sentences
// of its own.

// "talks between A's national government and the Autonomous Y
// Government", "consultations between the central government and the
// Autonomous Y Government ..., A's minister said": a state told as its
// own government ("national", "central", "federal") facing a body named
// as a government of its own are the two parties (p161, p377). The
// national government is the state only when the sentence names one;
// with two states named it stays unread, and a body that is no
// government ("the World Fisheries Council") is no side by this rule.
func TestNationalGovernmentFacesRegionalGovernment(t *testing.T) {
	want := []string{"Autonomous Madeira Government", "Portugal"}
	for _, text := range []string{
		"Island talks resume\nA fresh round of talks between Portugal's national government and the Autonomous Madeira Government began in Lisbon on Monday, officials said.",
		"Island talks resume\nThe second round of consultations between the central government and the Autonomous Madeira Government on fishing rights will be held in Funchal in May, Portugal's Minister for Island Affairs said on Monday.",
	} {
		if got := partiesOf(t, text); !slices.Equal(got, want) {
			t.Errorf("%q: parties %v, want %v", text, got, want)
		}
	}
	for _, text := range []string{
		"Island talks resume\nThe talks between the federal government and the Autonomous Madeira Government on fishing rights were held in Lisbon on Monday, Portugal and Spain said.",
		"Island talks resume\nTalks between Portugal's national government and the World Fisheries Council began in Lisbon on Monday, officials said.",
	} {
		if got := partiesOf(t, text); len(got) != 0 {
			t.Errorf("%q: parties %v, want none", text, got)
		}
	}
}

// "A and B signed a ceasefire agreement in P yesterday, after two days of
// talks": two sides (states, movements, bodies) joined as the subject of a
// signing that closes talks told after it met where they signed, as two
// people signing do (p546). Two sides told signing with no talks behind
// the text, or after something else than talks ("after years of
// fighting"), may have signed through envoys and make no meeting; nor is
// a name that only qualifies the signatories ("two Tuareg rebel
// movements", p154) a side that met.
func TestSidesSignAfterTalks(t *testing.T) {
	met := func(text string) [][]string { return participantsOf(t, "Mali and Tuareg rebels sign accord\n"+text) }
	for text, want := range map[string][]string{
		"The Nigerien government and the Northern Liberation Front signed a ceasefire agreement in Agadez yesterday, after two days of talks.": {"Niger", "Northern Liberation Front"},
		"Niger and Mali signed a border treaty in Agadez on Monday after three rounds of negotiations between their foreign ministries.":       {"Niger", "Mali"},
	} {
		got := met(text)
		if len(got) != 1 || !slices.Equal(got[0], want) {
			t.Errorf("%q: meetings %v, want one of %v", text, got, want)
		}
	}
	for _, text := range []string{
		"Niger and Mali signed a border treaty in Agadez yesterday.",
		"The Malian government and two Tuareg rebel movements signed an accord in Gao on Friday after a week of talks.",
		"The Nigerien government and the Northern Liberation Front signed a ceasefire agreement in Agadez yesterday, after years of fighting.",
	} {
		if got := met(text); len(got) != 0 {
			t.Errorf("%q: meetings %v, want none", text, got)
		}
	}
}

// "The government peace delegation was led by X, and the G delegation by
// Y": one lower-case word telling the delegation's business may stand
// between the noun of the state's own side and the delegation noun; X
// then stands for the state, which leaves the participants (p546). A
// function word between ("the government said the delegation was led
// by X") tells no side, and the state stays.
func TestHomeSideAcrossModifier(t *testing.T) {
	parts := func(text string) [][]string { return participantsOf(t, "Truce talks\n"+text) }
	text := "Niger and the Northern Liberation Front (NLF) held talks in Agadez yesterday. The government peace delegation was led by Interior Minister Jan Novak, and the NLF delegation by General Omar Said."
	if got := parts(text); len(got) != 1 || !slices.Equal(got[0], []string{"Jan Novak", "Omar Said"}) {
		t.Errorf("%q: meetings %v, want Jan Novak and Omar Said", text, got)
	}
	text = "Niger and the Northern Liberation Front (NLF) held talks in Agadez yesterday. The government said the delegation was led by General Omar Said."
	if got := parts(text); len(got) != 1 || !slices.Contains(got[0], "Niger") {
		t.Errorf("%q: meetings %v, want Niger kept", text, got)
	}
}

// participantsOf extracts text and lists each meeting's participants.
func participantsOf(t *testing.T, text string) [][]string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, m := range rec.Meetings {
		out = append(out, m.Participants)
	}
	return out
}
