package extract

import (
	"slices"
	"testing"
)

// Issue 14's eleventh round: rules for constructions the eleventh probe
// batch (p97-p104) showed beside earlier rounds, each with sentences of
// its own.

// Talks "chaired by" or "convened by" a third party between two sides
// make it a mediator, with the body a serving chair works for ("talks
// chaired by Angola's foreign minister, X", "convened by the Union's High
// Representative ..., X", "chaired by the Special Representative for the
// ... Dialogue, X", "the process is chaired by X"; p95, p99, p101, p103).
// A chair of one side's talks with another, or of a summit with no
// negotiation, is none.
func TestChairOfTalksMediates(t *testing.T) {
	for _, text := range []string{
		"Ghana and Togo held talks on the border dispute in Lome on Monday, chaired by Benin's foreign minister, Ada Houngbo.",
		"Ghana and Togo held talks on the border dispute in Lome on Monday. The talks were convened by the Benin Special Envoy for the Lakes Region, Ada Houngbo.",
	} {
		parties, meds := roleNames(run(t, text, "2024-05-02"))
		if !slices.Equal(parties, []string{"Ghana", "Togo"}) || !slices.Equal(meds, []string{"Ada Houngbo", "Benin"}) {
			t.Errorf("%q: parties %v mediators %v, want Ghana, Togo and Houngbo of Benin", text, parties, meds)
		}
	}
	// The chair is one side's leader: no mediator.
	text := "Ghana and Togo held talks on the border dispute in Accra on Monday, chaired by Ghana's president, Kwame Boateng."
	if _, meds := roleNames(run(t, text, "2024-05-02")); len(meds) != 0 {
		t.Errorf("%q: mediators %v, want none", text, meds)
	}
	// A summit's chair with no negotiation told: no role.
	text = "Leaders of eight states met in Lome on Monday for a summit on trade, chaired by Benin's president, Ada Houngbo."
	if parties, meds := roleNames(run(t, text, "2024-05-02")); len(meds) != 0 || len(parties) != 0 {
		t.Errorf("%q: parties %v mediators %v, want none", text, parties, meds)
	}
}

// "X, whom B appointed (named) as its mediator(s)" makes X — each of a
// coordinated X — a mediator (p95, p99); a former office-holder mediates
// without their state ("former Nigerian President X").
func TestAppointedAsMediator(t *testing.T) {
	text := "Ghana and Togo resumed talks on the border dispute on Monday. Former Malian President Ali Traore and former Senegalese Prime Minister Awa Ndiaye, whom the regional bloc named in May as its mediators between the two states, attended."
	_, meds := roleNames(run(t, text, "2024-05-02"))
	if !slices.Equal(meds, []string{"Ali Traore", "Awa Ndiaye"}) {
		t.Errorf("%q: mediators %v, want Traore and Ndiaye alone", text, meds)
	}
	text = "Ghana and Togo resumed talks on the border dispute on Monday. Ali Traore, whom the bloc named as its spokesman, attended."
	if _, meds := roleNames(run(t, text, "2024-05-02")); len(meds) != 0 {
		t.Errorf("%q: mediators %v, want none", text, meds)
	}
}

// "X, whose mediation (facilitation, named body) had brokered the deal"
// makes X a mediator, and the body named as what brokered ("whose Crisis
// Group had brokered", "whose facilitation with Y"; p96, p100, p101),
// also after an apposition ("X, the retired general whose mediation
// brokered ..."). A passive ("whose talks were brokered by Y") does not.
func TestWhoseBrokered(t *testing.T) {
	cases := map[string][]string{
		"Ghana and Togo signed a border agreement on Monday. Benin, whose mediation had brokered the truce in 2019, welcomed it.":                        {"Benin"},
		"Ghana and Togo signed a border agreement on Monday. Ada Houngbo, the retired Beninese judge whose mediation had brokered it, watched.":          {"Ada Houngbo", "Benin"},
		"Ghana and Togo signed a border agreement on Monday. Former president Ada Houngbo, whose Volta Peace Foundation had brokered the deal, watched.": {"Ada Houngbo", "Volta Peace Foundation"},
	}
	for text, want := range cases {
		if _, meds := roleNames(run(t, text, "2024-05-02")); !slices.Equal(meds, want) {
			t.Errorf("%q: mediators %v, want %v", text, meds, want)
		}
	}
	text := "Ghana and Togo signed a border agreement on Monday. Benin, whose talks were brokered by Niger, welcomed it."
	if _, meds := roleNames(run(t, text, "2024-05-02")); slices.Contains(meds, "Benin") {
		t.Errorf("%q: mediators %v, Benin is none", text, meds)
	}
}

// "facilitated by the Prime Minister of A and chair of B, X, and by ...,
// Y": the agent is the person after the title phrase, with the states and
// bodies whose posts the phrase names; "and by" takes the same verb
// (p103, p104; the title phrase also in p99).
func TestFacilitatorAfterTitlePhrase(t *testing.T) {
	text := "Ghana and Togo agreed on Monday to settle the border dispute, at a meeting facilitated by the Prime Minister of Benin and chair of the Coastal Forum, Ada Houngbo, and by the President of Niger, Omar Sani."
	_, meds := roleNames(run(t, text, "2024-05-02"))
	for _, want := range []string{"Ada Houngbo", "Benin", "Omar Sani", "Niger"} {
		if !slices.Contains(meds, want) {
			t.Errorf("%q: mediators %v, want %s among them", text, meds, want)
		}
	}
	// A person named inside the phrase is its own agent, and the one a
	// relative clause after it met is none.
	text = "Ghana and Togo agreed on Monday to settle the border dispute, brokered by the former President of Benin Ada Houngbo, who met President Kwame Boateng in Accra."
	if _, meds := roleNames(run(t, text, "2024-05-02")); slices.Contains(meds, "Kwame Boateng") || !slices.Contains(meds, "Ada Houngbo") {
		t.Errorf("%q: mediators %v, want Houngbo and not Boateng", text, meds)
	}
}

// A mediator noun with its complement and then a list set off by dashes
// names the mediators, as a colon does ("the guarantor countries of the
// process: A, B and C"; p82): "the four guarantors of the 1950 treaty - A,
// B and C - steered the talks" (p102).
func TestDashListedMediators(t *testing.T) {
	text := "Ghana and Togo settled the border dispute in 2001. The three guarantors of the 1960 Lome Accord - Benin, Niger and Mali - had steered the negotiations since the war."
	_, meds := roleNames(run(t, text, "2024-05-02"))
	if !slices.Equal(meds, []string{"Benin", "Mali", "Niger"}) {
		t.Errorf("%q: mediators %v, want Benin, Mali and Niger", text, meds)
	}
}

// "The summit, chaired by X," is no brokering even beside a negotiation
// the story tells (p55's summit chair).
func TestSummitChairNoMediator(t *testing.T) {
	text := "Ghana and Togo held talks on the border dispute on Sunday. The summit, chaired by Benin's president, Ada Houngbo, opened in Lome on Monday."
	if _, meds := roleNames(run(t, text, "2024-05-02")); len(meds) != 0 {
		t.Errorf("%q: mediators %v, want none", text, meds)
	}
}

// "trade (ties, flights) between A and B" names a relation of two states,
// no negotiation, even in a sentence that tells one of another pair
// ("views on the peace process and on trade between A and B"; p94, and
// the construction in p97, p98, p102).
func TestRelationBetweenNoParties(t *testing.T) {
	text := "Ghana's foreign minister Ama Owusu met Togo's envoy Kofi Agbo in Accra on Monday. They exchanged views on the peace process and on the outlook for trade between Ghana and Togo."
	if got := partiesOf(t, "Talks\n"+text); len(got) != 0 {
		t.Errorf("%q: parties %v, want none", text, got)
	}
	text = "Ghana's foreign minister Ama Owusu met Togo's envoy Kofi Agbo in Accra on Monday. They discussed the peace talks between Ghana and Togo."
	if got := partiesOf(t, "Talks\n"+text); !slices.Equal(got, []string{"Ghana", "Togo"}) {
		t.Errorf("%q: parties %v, want Ghana and Togo", text, got)
	}
}

// "held a telephone talk with X" (the singular a ministry readout uses
// beside "telephone talks"; p100, p42) is a call.
func TestTelephoneTalkSingular(t *testing.T) {
	rec := run(t, "On May 3, Minister Ama Owusu held a telephone talk with Foreign Minister Kofi Agbo of Togo.", "2024-05-04")
	m := mustMeeting(t, rec, "Ama Owusu", "Kofi Agbo")
	if m.Mode != "call" || m.Date != "2024-05-03" {
		t.Errorf("meeting %+v, want a call on 2024-05-03", m)
	}
}

// A parenthetical after the subject, opened by a participle or a relative
// word and holding a clause break ("that", "before"), closed by a comma:
// the predicate after it has the name before it as subject ("X, sworn in
// that August, first met Y"; "X, whose party won the vote that ended
// ..., spoke by phone with Y"; p102, p65).
func TestParentheticalWithBreakKeepsSubject(t *testing.T) {
	for _, text := range []string{
		"Talks\nAma Owusu, sworn in that March, first met Kofi Agbo in Lome on April 2.",
		"Talks\nAma Owusu, whose party lost the vote that followed, met Kofi Agbo in Lome on April 2.",
		"Talks\nAma Owusu, sworn in the week before, met Kofi Agbo in Lome on April 2.",
	} {
		if got := pairsOf(t, text); !slices.Equal(got, []string{"Ama Owusu|Kofi Agbo"}) {
			t.Errorf("%q: want Owusu and Agbo, got %v", text, got)
		}
	}
}

// "the (Kyrgyz) town of X" names a place even when the gazetteer lacks
// it, and so does X alone elsewhere in the story ("told reporters in
// X", "Traders in X said"); "at the X state residence" names a building,
// no person (p97; the constructions with known places in p63, p75, p81,
// p83).
func TestTownOfAndBuildingNames(t *testing.T) {
	text := "Talks\nAma Owusu met Kofi Agbo in the Ghanaian town of Wenchiboro on Monday.\nTraders in Wenchiboro said they expected the border to reopen. On Tuesday President Yaw Mensah received Agbo at the Osu-Doku state residence."
	rec := run(t, text, "2024-05-02")
	m := mustMeeting(t, rec, "Ama Owusu", "Kofi Agbo")
	if m.Place != "Wenchiboro" {
		t.Errorf("meeting %+v, want it in Wenchiboro", m)
	}
	for _, a := range rec.Actors {
		if a.Name == "Wenchiboro" || a.Name == "Osu-Doku" {
			t.Errorf("%s is an actor (%s), want a place", a.Name, a.Kind)
		}
	}
}

// "A told reporters after meeting B", also with an aside after A ("A,
// for his part, told reporters after ..."): the audience is no one at the
// meeting, and A met B (p101; "told reporters after the talks" in p95).
func TestToldReportersAfterMeeting(t *testing.T) {
	for _, text := range []string{
		"Talks\nAma Owusu told reporters after meeting Kofi Agbo in Lome on Friday that the deal was close.",
		"Talks\nAma Owusu, for her part, told reporters after meeting Kofi Agbo in Lome on Friday that the deal was close.",
	} {
		if got := pairsOf(t, text); !slices.Equal(got, []string{"Ama Owusu|Kofi Agbo"}) {
			t.Errorf("%q: want Owusu and Agbo, got %v", text, got)
		}
	}
}
