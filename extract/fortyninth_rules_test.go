package extract

import (
	"slices"
	"testing"
)

// Issue 14's forty-ninth round: who met whom when the people are named
// apart from the meeting's predicate — a gerund after "after" or
// "before", a passive "were joined ... by", a colon list of the people a
// plural description stands for, a signing's agent after a building's
// name — the shapes the forty-ninth probe batch (p326-p331) and the
// probe's missed pairs showed, each with sentences of its own.

// hasAll: every pair of want is among got.
func hasAll(got, want []string) bool {
	for _, w := range want {
		if !slices.Contains(got, w) {
			return false
		}
	}
	return true
}

// "X reached A after meeting Y in B": the gerund's subject is the person
// the sentence opens with (p326, p330, p331); "A and his counterpart B
// agreed ... after meeting": with no object they met each other (p324).
// "after meeting the deadline" meets no one.
func TestGerundMeetingAfterPreposition(t *testing.T) {
	for text, want := range map[string][]string{
		"Talks\nKARELIA, May 5 - Envoy Ivo Brandt reached Tarnow late on Sunday after meeting the Dorvian trade minister, Lena Osk, in Velmar.":      {"Ivo Brandt|Lena Osk"},
		"Talks\nKARELIA, May 5 - Premier Ivo Brandt and his Dorvian counterpart Lena Osk settled the quarrel on Friday after meeting for two hours.": {"Ivo Brandt|Lena Osk"},
		"Talks\nKARELIA, May 5 - Ivo Brandt toured the harbour on Monday before meeting President Lena Osk in Velmar.":                               {"Ivo Brandt|Lena Osk"},
	} {
		if got := pairsOf(t, text); !hasAll(got, want) {
			t.Errorf("%q: pairs %v, want %v", text, got, want)
		}
	}
	text := "Talks\nKARELIA, May 5 - Ivo Brandt left the ministry on Sunday after meeting the deadline that Lena Osk had set."
	if got := pairsOf(t, text); len(got) != 0 {
		t.Errorf("a deadline met taken for a meeting: %v", got)
	}
}

// "They were joined (adjunct) by their ministers, X and Y" (p327, p312,
// p190): the people after "by" met the people of the meeting just told,
// though an adjunct stands between. A single subject is no such meeting
// ("he was joined by his wife").
func TestJoinedByPeopleAfterAdjunct(t *testing.T) {
	want := []string{"Ana Kovac|Ivan Horvat", "Ana Kovac|Marko Petrovic", "Ivan Horvat|Petar Lazic", "Ana Kovac|Petar Lazic"}
	for _, second := range []string{
		"They were joined on the second day by their defence ministers, Ana Kovac and Petar Lazic, who signed the annex.",
		"The two premiers were joined at noon by their finance ministers, Ana Kovac and Petar Lazic, for talks on the budget.",
	} {
		text := "Talks\nZAGREB, May 5 - Prime Minister Ivan Horvat of Croatia met Prime Minister Marko Petrovic of Montenegro in Zagreb on Tuesday. " + second
		if got := pairsOf(t, text); !hasAll(got, want) {
			t.Errorf("%q: pairs %v, want %v", second, got, want)
		}
	}
	text := "Talks\nZAGREB, May 5 - Prime Minister Ivan Horvat of Croatia met Prime Minister Marko Petrovic of Montenegro in Zagreb on Tuesday. In the evening Petrovic was joined at his hotel by his wife, Ana Kovac."
	if got := pairsOf(t, text); slices.Contains(got, "Ana Kovac|Ivan Horvat") {
		t.Errorf("a single subject's companion joined to the meeting: %v", got)
	}
}

// "Their ministers met ...: X for A and Y for B" (p330, p311): the colon
// lists the people the plural description stands for. A colon before a list that is not of people with their
// sides names no one who met.
func TestColonRosterOfPluralDescription(t *testing.T) {
	for text, want := range map[string][]string{
		"Talks\nTARNOW, May 5 - Their trade ministers had met the evening before to settle the annex: Ivo Brandt for Dorvia and Lena Osk for Karelia.":                     {"Ivo Brandt|Lena Osk"},
		"Talks\nTARNOW, May 5 - Their health ministers met in the morning to agree the protocol: Ivo Brandt for Dorvia, Lena Osk for Karelia and Omar Farid for Sildavia.": {"Ivo Brandt|Lena Osk", "Lena Osk|Omar Farid"},
	} {
		if got := pairsOf(t, text); !hasAll(got, want) {
			t.Errorf("%q: pairs %v, want %v", text, got, want)
		}
	}
	text := "Talks\nTARNOW, May 5 - Their finance ministers met on Thursday to discuss three things: the budget, the debt and a fund that Ivo Brandt and Lena Osk proposed."
	if got := pairsOf(t, text); len(got) != 0 {
		t.Errorf("a list of topics read as a roster: %v", got)
	}
}

// "was signed at the Palace of X by the Minister ..." (p331): the agent
// of a passive signing stands after a building's name with "of" inside
// it and "the" with a title before it. "by the end of the week" is no agent.
func TestSignedByTitledAgentAfterBuilding(t *testing.T) {
	text := "Talks\nTARNOW, May 5 - The protocol was signed in the Hall of Nations by the Dorvian Minister of Trade, Ivo Brandt, and the Karelian Minister of Trade, Lena Osk, on Monday."
	if got := pairsOf(t, text); !slices.Contains(got, "Ivo Brandt|Lena Osk") {
		t.Errorf("signatories after a building's name not joined: %v", got)
	}
	text = "Talks\nTARNOW, May 5 - Ivo Brandt said the accord would be signed at the Hall of Nations by the end of the week. Lena Osk agreed."
	if got := pairsOf(t, text); len(got) != 0 {
		t.Errorf("a time after \"by\" read as signatories: %v", got)
	}
}
