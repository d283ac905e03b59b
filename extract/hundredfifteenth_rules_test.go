package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-fifteenth round: meetings not read, each shape
// with sentences of its own.

// "X met A, B and C in turn": a list of the people met closed by "in
// turn", "one by one" or "one after another" tells one meeting with each,
// and the people of the list did not meet one another (meeting.inTurn,
// meeting/distribute.go; p725). With an unread subject the list's people
// stay apart; with a named one each meets it. The negative cases: "in
// turn" after "who" ("B, who in turn met C") is no list told one by one,
// and "A and B met in turn" with nobody named after the predicate stays
// one meeting.
func TestMetListInTurn(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO, May 5 - In the evening the visiting delegation met Lena Berg, Omar Haddad and Ines Valdez in turn at the hotel.",
		"Talks\nOSLO, May 5 - The mediators received Lena Berg and Omar Haddad one by one on Monday.",
	} {
		got := pairsOf(t, text)
		if slices.Contains(got, "Lena Berg|Omar Haddad") {
			t.Errorf("%q: people met in turn paired with each other: %v", text, got)
		}
	}
	text := "Talks\nOSLO, May 5 - Envoy Rosa Quint on Monday met Lena Berg, Omar Haddad and Ines Valdez in turn at the palace."
	got := pairsOf(t, text)
	for _, want := range []string{"Lena Berg|Rosa Quint", "Omar Haddad|Rosa Quint", "Ines Valdez|Rosa Quint"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q: pairs %v, want %s", text, got, want)
		}
	}
	if slices.Contains(got, "Lena Berg|Omar Haddad") {
		t.Errorf("%q: people met in turn paired with each other: %v", text, got)
	}
	// Negative: "in turn" after "who" tells a consequence; Quint's meeting
	// with Berg and Haddad stays whole.
	text = "Talks\nOSLO, May 5 - Envoy Rosa Quint met Lena Berg and Omar Haddad on Monday, who in turn briefed the cabinet."
	if got := pairsOf(t, text); !slices.Contains(got, "Lena Berg|Omar Haddad") {
		t.Errorf("%q: pairs %v, want Berg and Haddad together", text, got)
	}
}

// The people of a meeting named, inverted, in the sentence after it:
// "Present for most of it were A and B" (a span of the sitting between
// "Present" and the verb), "With them were A and B", "Across the table
// from him sat A and B", and "X was flanked by A and B" (roster.go
// invertedPresence, escortVerbs; p723, p727). The negative cases: "With
// them were the hopes of millions" and "Present for most of it was a
// sense of relief" list no one, and "Across the street sat a crowd" is no
// table of the meeting.
func TestPresenceListAfterMeeting(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"Talks\nOSLO, May 5 - Lena Berg held talks with Omar Haddad in Oslo on Monday. Present for most of it were Ines Valdez and Rosa Quint.", "Lena Berg", "Ines Valdez"},
		{"Talks\nOSLO, May 5 - Lena Berg held talks with Omar Haddad in Oslo on Monday. With them were Ines Valdez and Rosa Quint.", "Omar Haddad", "Rosa Quint"},
		{"Talks\nOSLO, May 5 - President Lena Berg hosted Peru's two top envoys at talks in Oslo on Monday. Across the table from her sat Omar Haddad and Ines Valdez.", "Lena Berg", "Omar Haddad"},
		{"Talks\nOSLO, May 5 - Lena Berg held talks with Omar Haddad in Oslo on Monday. Berg was flanked by Ines Valdez and Rosa Quint.", "Omar Haddad", "Ines Valdez"},
	} {
		if got := pairsOf(t, c.text); !slices.Contains(got, pairKey(c.a, c.b)) {
			t.Errorf("%q: pairs %v, want %s with %s", c.text, got, c.a, c.b)
		}
	}
	for _, text := range []string{
		"Talks\nOSLO, May 5 - Lena Berg held talks with Omar Haddad in Oslo on Monday. With them were the hopes of millions.",
		"Talks\nOSLO, May 5 - Lena Berg held talks with Omar Haddad in Oslo on Monday. Present for most of it was a sense of relief.",
		"Talks\nOSLO, May 5 - Lena Berg held talks with Omar Haddad in Oslo on Monday. Across the street sat a crowd. Ines Valdez spoke in Bergen.",
	} {
		for _, p := range pairsOf(t, text) {
			if p != "Lena Berg|Omar Haddad" {
				t.Errorf("%q: pair %s beyond the talks", text, p)
			}
		}
	}
}

// pairKey is the pair of two names as pairsOf writes it.
func pairKey(a, b string) string {
	p := []string{a, b}
	slices.Sort(p)
	return p[0] + "|" + p[1]
}

// "X arrived by helicopter, accompanied by Y": the participle after a
// comma tells Y came with the person who opens the sentence, as "X was
// accompanied by Y" does, and Y joins the meeting the story tells X at
// (participleSubject, roster.go; p726). The negative cases: a sentence
// opened by a description ("The delegation, accompanied by Y") has no
// named subject, and companions told with no meeting of theirs join
// nothing.
func TestParticipleAccompanied(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO, May 5 - Lena Berg sat down with Omar Haddad on Monday in the village of Holt. Berg arrived by boat shortly after noon, accompanied by her adviser, Ines Valdez.",
		"Talks\nOSLO, May 5 - Lena Berg sat down with Omar Haddad on Monday in the village of Holt. Berg, accompanied by her adviser Ines Valdez, arrived by boat.",
	} {
		if got := pairsOf(t, text); !slices.Contains(got, pairKey("Ines Valdez", "Omar Haddad")) {
			t.Errorf("%q: pairs %v, want Valdez with Haddad", text, got)
		}
	}
	text := "Talks\nOSLO, May 5 - Lena Berg flew to Bergen on Monday, accompanied by her adviser, Ines Valdez. Omar Haddad met Rosa Quint in Oslo on Tuesday."
	for _, p := range pairsOf(t, text) {
		if p != "Omar Haddad|Rosa Quint" {
			t.Errorf("%q: pair %s beyond the one meeting", text, p)
		}
	}
}
