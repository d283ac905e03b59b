package extract

import (
	"slices"
	"testing"
)

// Issue 14's twelfth round: rules for constructions the twelfth probe
// batch (p105-p110) showed beside earlier rounds, each with sentences of
// its own.

// "A, whose T X had insisted on (asked for, proposed) the meeting, was
// represented by Y": A sent Y, so X stayed away and is in no meeting the
// sentence tells, neither by the meeting noun of the "whose" clause nor
// by Y's attendance (p104, p106, and p108 where the same shape keeps its
// president out). A "whose" clause of a side not represented by someone
// else keeps its person.
func TestRepresentedSideLeaderAbsent(t *testing.T) {
	text := "Talks\nPresident Ada Lind received President Kofi Mensah in Accra on Monday. Togo, whose president Ali Traore had proposed the meeting, was represented by its envoy Rosa Quint, who attended the talks as an observer."
	got := pairsOf(t, text)
	for _, p := range got {
		if slices.Contains([]string{"Ali Traore|Rosa Quint", "Ada Lind|Ali Traore", "Ali Traore|Kofi Mensah"}, p) {
			t.Errorf("%q: pair %s, Traore stayed away (pairs %v)", text, p, got)
		}
	}
	if !slices.Contains(got, "Ada Lind|Kofi Mensah") {
		t.Errorf("%q: pairs %v, want Lind and Mensah", text, got)
	}
	text = "Talks\nTogo, whose president Ali Traore had insisted on the meeting, was represented by the adviser Rosa Quint."
	if got := pairsOf(t, text); len(got) != 0 {
		t.Errorf("%q: pairs %v, want none", text, got)
	}
	// Not represented by another: the "whose" clause's person met.
	text = "Talks\nTogo, whose president Ali Traore met Kofi Mensah in Lome on Monday, signed the accord."
	if got := pairsOf(t, text); !slices.Contains(got, "Ali Traore|Kofi Mensah") {
		t.Errorf("%q: pairs %v, want Traore and Mensah", text, got)
	}
}

// A verb of refusal governing the meeting word, right before it or past a
// determiner ("had refused a meeting with X", "has ruled out meeting X",
// "turned down a meeting"; p62, p110) tells a meeting not held; a meeting
// held in the same story stays held.
func TestRefusedMeetingNotHeld(t *testing.T) {
	for _, text := range []string{
		"Talks\nPresident Ada Lind has ruled out meeting the rebel leader Kofi Mensah until the prisoners are freed.",
		"Talks\nPresident Ada Lind had refused a meeting with Kofi Mensah in Accra in May.",
		"Talks\nPresident Ada Lind turned down a meeting with Kofi Mensah on Monday.",
	} {
		if got := pairsOf(t, text); len(got) != 0 {
			t.Errorf("%q: held pairs %v, want none", text, got)
		}
	}
	text := "Talks\nPresident Ada Lind had refused a meeting with Kofi Mensah in May. She met Rosa Quint in Accra on Monday."
	if got := pairsOf(t, text); !slices.Equal(got, []string{"Ada Lind|Rosa Quint"}) {
		t.Errorf("%q: held pairs %v, want Lind and Quint alone", text, got)
	}
}

// Translated readouts name the visitor after "received" by a title with
// its "of" complements and no article ("received Minister of Trade of
// the Republic of A X", p98, p105): X is the object, and a portfolio
// coordinated inside the title ("Minister of Industry and Mineral
// Resources of A X", p105) is no name.
func TestReceivedTitleWithComplements(t *testing.T) {
	for text, want := range map[string]string{
		"Talks\nOn Monday, Prime Minister Ana Lind received Minister of Trade of the Republic of Ghana Kofi Mensah in Oslo.":       "Ana Lind|Kofi Mensah",
		"Talks\nPrime Minister Ana Lind received Minister of Energy and Mineral Resources of Ghana Kofi Mensah in Oslo on Monday.": "Ana Lind|Kofi Mensah",
		"Talks\nAna Lind held talks with Minister of Lands and Natural Resources of Ghana Kofi Mensah in Oslo on Monday.":          "Ana Lind|Kofi Mensah",
	} {
		if got := pairsOf(t, text); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: held pairs %v, want %s", text, got, want)
		}
	}
}

// "X, for his part, said ..." is an aside, no attendance: "part" puts its
// subject into a meeting only after "take" ("took part in the talks").
// The aside is in p41, p60, p67, p101 and p110, where it joined the
// speaker to the last meeting told.
func TestForHisPartNoAttendance(t *testing.T) {
	text := "Talks\nOn Monday Ada Lind held a video call with Kofi Mensah. Rosa Quint, for her part, said she was ready to talk."
	if got := pairsOf(t, text); !slices.Equal(got, []string{"Ada Lind|Kofi Mensah"}) {
		t.Errorf("%q: held pairs %v, want Lind and Mensah alone", text, got)
	}
	text = "Talks\nOn Monday Ada Lind held talks with Kofi Mensah in Accra. Rosa Quint also took part."
	if got := pairsOf(t, text); !slices.Contains(got, "Ada Lind|Rosa Quint") {
		t.Errorf("%q: held pairs %v, want Quint in the talks", text, got)
	}
}

// "X had insisted on the meeting" is a demand, not a claim reported: X,
// named once with a title, stays in the record as someone who acts
// (p104's president, whose only sentence is that one).
func TestInsistedOnActs(t *testing.T) {
	text := "Talks\nPresident Ada Lind met Kofi Mensah in Accra on Monday. Togo, whose president Ali Traore had insisted on the meeting, was represented by the adviser Rosa Quint."
	if actorNamed(run(t, text, "2024-05-07"), "Ali Traore") == nil {
		t.Errorf("%q: Traore dropped from the record", text)
	}
}

// A building named by its own noun after "the" or "at" ("at the
// Government Headquarters in Hanoi", "at State House", "the State
// Palace"; p98, p101, p105, p106, p109) is no person and no participant.
func TestBuildingNameNoPerson(t *testing.T) {
	for _, text := range []string{
		"Talks\nOn Monday, at the Government Headquarters in Accra, Prime Minister Ada Lind received Minister Kofi Mensah.",
		"Talks\nPresident Ada Lind welcomed Minister Kofi Mensah at State House in Accra on Monday.",
	} {
		rec := run(t, text, "2024-05-07")
		if got := pairsOf(t, text); !slices.Equal(got, []string{"Ada Lind|Kofi Mensah"}) {
			t.Errorf("%q: held pairs %v, want Lind and Mensah alone", text, got)
		}
		for _, a := range rec.Actors {
			if a.Kind == "person" && a.Name != "Ada Lind" && a.Name != "Kofi Mensah" {
				t.Errorf("%q: person %q", text, a.Name)
			}
		}
	}
}

// "both (deputy) prime ministers", "the two foreign ministers": title
// modifiers stand before the plural head of a description (p97, p107);
// "later that day" is a time, no clause break that would cut the
// predicate from its subject (p62, p107).
func TestBothTitledPluralLaterThatDay(t *testing.T) {
	text := "Talks\nPrime Minister Ada Lind and Prime Minister Kofi Mensah spoke by phone on Monday. Both deputy prime ministers later that day held separate calls with Rosa Quint."
	want := []string{"Ada Lind|Kofi Mensah", "Ada Lind|Rosa Quint", "Kofi Mensah|Rosa Quint"}
	if got := pairsOf(t, text); !slices.Equal(got, want) {
		t.Errorf("%q: held pairs %v, want %v", text, got, want)
	}
}

// "A said (this) after co-chairing the border committee meeting with B":
// the speaker of a reporting verb before a preposition and a gerund that
// governs the meeting was at it, and a sentence-opening "He" is the
// person the sentence before is about (p109; p101's "told reporters after
// meeting B").
func TestSaidThisAfterGerundMeeting(t *testing.T) {
	for _, text := range []string{
		"Talks\nMinister Ada Lind said this after co-chairing the annual joint border committee meeting with Minister Kofi Mensah in Accra on Monday.",
		"Talks\nThe two states will open the border, Minister Ada Lind said on Monday. She said this after co-chairing the annual joint border committee meeting with Minister Kofi Mensah in Accra.",
	} {
		if got := pairsOf(t, text); !slices.Equal(got, []string{"Ada Lind|Kofi Mensah"}) {
			t.Errorf("%q: held pairs %v, want Lind and Mensah", text, got)
		}
	}
}

// "Earlier on the same day (in the day), the visitor held talks with C":
// the day's visit, told without a place of its own, was where the day's
// meeting with the same visitor was (p98, p105). A call keeps no place.
func TestSameDayVisitPlace(t *testing.T) {
	text := "Talks\nOn Monday, at the State Palace in Accra, President Ada Lind received Minister Kofi Mensah. Lind asked for more trade. Mensah praised the ties. Earlier on the same day, Minister Kofi Mensah held talks with Minister Rosa Quint."
	rec := run(t, text, "2024-05-07")
	if m := meetingWith(rec, "Kofi Mensah", "Rosa Quint"); m == nil || m.Place != "Accra" || m.Date != "2024-05-06" {
		t.Errorf("%q: want Mensah and Quint in Accra on 2024-05-06, got %s", text, dump(rec))
	}
	text = "Talks\nOn Monday, at the State Palace in Accra, President Ada Lind received Minister Kofi Mensah. Lind asked for more trade. Mensah praised the ties. Earlier on the same day, Minister Kofi Mensah spoke by phone with Minister Rosa Quint."
	rec = run(t, text, "2024-05-07")
	if m := meetingWith(rec, "Kofi Mensah", "Rosa Quint"); m == nil || m.Place != "" {
		t.Errorf("%q: want the call with no place, got %s", text, dump(rec))
	}
}

// "Chief negotiators for A and B met ... The A delegation was headed by X,
// director of the office for B, and the B delegation by Y": "for" joins
// the sides to the plural noun as "from" and "of" do, the next
// sentence's delegations name the people (p99, p103, p110), and the side
// a roster names outweighs a state read off an apposition (p103).
func TestNegotiatorsForSides(t *testing.T) {
	text := "Talks\nChief negotiators for Ghana and Togo met in Lome on Monday. The Ghanaian delegation was headed by Ada Lind, director of the government's office for Togo, and the Togolese delegation by Deputy Prime Minister Kofi Mensah."
	if got := pairsOf(t, text); !slices.Equal(got, []string{"Ada Lind|Kofi Mensah"}) {
		t.Errorf("%q: held pairs %v, want Lind and Mensah alone", text, got)
	}
}

// A name right after "at" with no title is where something is, not who
// ("paid a courtesy call on X at Perdana Putra", "the bridge at Gura
// Bicului"; p109, p110); a portfolio that is a noun of action ("Minister
// for Reintegration X", p110) is no part of the name.
func TestAtNameAndActionPortfolio(t *testing.T) {
	text := "Talks\nMinister Ada Lind met Kofi Mensah at Nkrumah Lodge in Accra on Monday and promised funds for the bridge at Volta Narrows."
	if got := pairsOf(t, text); !slices.Equal(got, []string{"Ada Lind|Kofi Mensah"}) {
		t.Errorf("%q: held pairs %v, want Lind and Mensah alone", text, got)
	}
	text = "Talks\nDeputy Prime Minister for Reintegration Ada Lind met Kofi Mensah in Accra on Monday."
	if got := pairsOf(t, text); !slices.Equal(got, []string{"Ada Lind|Kofi Mensah"}) {
		t.Errorf("%q: held pairs %v, want Lind and Mensah", text, got)
	}
	// "at X's invitation" keeps X a person.
	text = "Talks\nMinister Ada Lind visited Accra at Kofi Mensah's invitation and met him on Monday."
	if actorNamed(run(t, text, "2024-05-07"), "Kofi Mensah") == nil {
		t.Errorf("%q: Mensah dropped", text)
	}
}
