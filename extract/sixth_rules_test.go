package extract

import (
	"slices"
	"testing"
)

// Issue 14's sixth round: rules for constructions the sixth probe batch
// (p57-p64) showed, each with sentences of its own.

// "In separate meetings, A and B told C ...": each of the people who told
// met the one they told, on their own; A never met B. "A and B each met
// C" reads the same way.
func TestSeparateMeetingsTold(t *testing.T) {
	for _, text := range []string{
		"Talks\nIn separate meetings on Monday, envoy Rosa Quint and envoy Omar Haddad told Foreign Minister Lena Berg that their sides wanted a truce.",
		"Talks\nIn separate meetings, Rosa Quint and Omar Haddad assured Foreign Minister Lena Berg of their support.",
		"Talks\nRosa Quint and Omar Haddad each met Foreign Minister Lena Berg in Oslo on Monday.",
	} {
		got := pairsOf(t, text)
		for _, want := range []string{"Lena Berg|Rosa Quint", "Lena Berg|Omar Haddad"} {
			if !slices.Contains(got, want) {
				t.Errorf("%q: pairs %v, want %s", text, got, want)
			}
		}
		if slices.Contains(got, "Omar Haddad|Rosa Quint") {
			t.Errorf("%q: pairs %v, the two who met separately did not meet", text, got)
		}
	}
	// Without a distributive cue the told one still joins a fronted meeting.
	got := pairsOf(t, "Talks\nAt a meeting on Monday, Rosa Quint and Omar Haddad told Foreign Minister Lena Berg that they wanted a truce.")
	for _, want := range []string{"Lena Berg|Rosa Quint", "Omar Haddad|Rosa Quint"} {
		if !slices.Contains(got, want) {
			t.Errorf("fronted meeting: pairs %v, want %s", got, want)
		}
	}
}

// A meeting the text says did not happen is not held: a meeting noun whose
// verb is negated ("did not take place", "never happened") or governed by
// a refusal ("refused a meeting with", "declined to meet").
func TestMeetingNotHeld(t *testing.T) {
	for _, text := range []string{
		"Talks\nA meeting between President Ada Lind and envoy Rosa Quint, announced by officials on Monday, did not take place.",
		"Talks\nThe talks between President Ada Lind and envoy Rosa Quint never took place, an aide said.",
		"Talks\nPresident Ada Lind had refused a meeting with envoy Rosa Quint in Geneva in September.",
		"Talks\nPresident Ada Lind declined to meet envoy Rosa Quint in Geneva in September.",
		"Talks\nPresident Ada Lind rejected talks with envoy Rosa Quint on Monday.",
	} {
		if got := pairsOf(t, text); slices.Contains(got, "Ada Lind|Rosa Quint") {
			t.Errorf("%q: pairs %v, the meeting was not held", text, got)
		}
	}
	// The negation is the meeting's own: a held meeting beside it stays.
	got := pairsOf(t, "Talks\nPresident Ada Lind met envoy Rosa Quint in Oslo on Monday, but a deal did not take shape.")
	if !slices.Contains(got, "Ada Lind|Rosa Quint") {
		t.Errorf("held meeting lost: pairs %v", got)
	}
}

// A demonym opening a group's name belongs to the name: "Sudanese Armed
// Forces" is one group, not Sudan and a group "Armed Forces".
func TestDemonymLedGroupName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Talks\nEnvoys of the Malian Armed Forces and the Free Hills Front met in Geneva on Monday, in talks mediated by Norway.", "Malian Armed Forces"},
		{"Talks\nThe Syrian Democratic Forces and the Damascus government held talks in Amman on Monday, mediated by Jordan.", "Syrian Democratic Forces"},
		{"Talks\nDelegates of the Libyan National Army and the Tripoli government met in Tunis on Monday, in talks brokered by the United Nations.", "Libyan National Army"},
	} {
		rec, err := Extract(Article{ID: "t", Text: tc.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, a := range rec.Actors {
			names = append(names, a.Name)
		}
		if !slices.Contains(names, tc.want) {
			t.Errorf("%q: actors %v, want %s", tc.text, names, tc.want)
		}
	}
}

// Demonyms the country data lacks ("Kazakh", "Uzbek") name their states;
// "the A-ian and B-ian foreign ministers held talks" is a meeting of the
// two states' ministers, a negotiation between the states only over a
// dispute.
func TestDemonymMinistersTalks(t *testing.T) {
	if got := partiesOf(t, "Talks\nThe Kazakh and Uzbek foreign ministers, Arman Seitov and Dilshod Karimov, held talks in Tashkent on Monday."); len(got) != 0 {
		t.Errorf("talks with no dispute: parties %v", got)
	}
	got := partiesOf(t, "Talks\nThe Kazakh and Uzbek foreign ministers, Arman Seitov and Dilshod Karimov, held talks on their border dispute in Tashkent on Monday.")
	if !slices.Equal(got, []string{"Kazakhstan", "Uzbekistan"}) {
		t.Errorf("talks over a dispute: parties %v, want Kazakhstan and Uzbekistan", got)
	}
}

// "X took part in the sessions": attendance of the sittings of talks
// already told. Over encounters one sentence told apart ("in separate
// meetings"), a plural joins each of them; sittings never reach forward
// to a meeting told after them.
func TestTookPartInSessions(t *testing.T) {
	got := pairsOf(t, "Talks\nIn separate meetings on Tuesday, envoy Omar Haddad and envoy Rosa Quint told Foreign Minister Lena Berg that they backed the truce. "+
		"The envoy Thomas Whitaker also took part in the two sessions.")
	for _, want := range []string{"Lena Berg|Thomas Whitaker", "Omar Haddad|Thomas Whitaker", "Rosa Quint|Thomas Whitaker"} {
		if !slices.Contains(got, want) {
			t.Errorf("pairs %v, want %s", got, want)
		}
	}
	if slices.Contains(got, "Omar Haddad|Rosa Quint") {
		t.Errorf("pairs %v: the separate meetings were joined", got)
	}
	got = pairsOf(t, "Talks\nPresident Ada Lind hosted President Kofi Mensah in Accra on Monday. President Jorge Alves took part in most of the sessions.")
	if !slices.Contains(got, "Ada Lind|Jorge Alves") {
		t.Errorf("pairs %v, want Ada Lind|Jorge Alves", got)
	}
	got = pairsOf(t, "Talks\nPresident Jorge Alves took part in most of the sessions. On the sidelines, President Ada Lind met President Kofi Mensah in Accra on Monday.")
	if slices.Contains(got, "Ada Lind|Jorge Alves") {
		t.Errorf("pairs %v: sittings joined a meeting told after them", got)
	}
}
