package extract

import (
	"slices"
	"testing"
)

// Issue 14's five-hundred-and-sixty-ninth round: an untargeted batch
// (p3446-p3451: Myanmar, Thai, Indian, Chinese and wire outlets on
// Myanmar's ceasefires and peace talks, 1989-2024 — a wire on an
// intelligence chief's talks with a breakaway rebel force, a magazine on a
// state counsellor's meeting with northern groups flown in for a peace
// conference, a state daily on an informal meeting of ceasefire
// signatories, an agency on a UN envoy's visit, a Bangkok daily on a
// foreign minister's meeting with a detained leader, a Chinese agency on a
// mediated ceasefire); each rule with sentences of its own.

// fivehundredsixtyninthParties: the parties the record gives the text.
func fivehundredsixtyninthParties(t *testing.T, text string) []string {
	t.Helper()
	parties, _ := roleNames(corefRecord(t, text))
	return parties
}

// A government whose name says it is interim, rival or self-ruling
// ("Velrin Interim Government", "Government of National Unity") is a side
// of the talks a "between" names, as an armed group is (contestedGovernment,
// contestedGovernmentWords; p3449, p3294, p420, p1912, p2952). The negative
// case: a "Union Government" carries no such word and stays a body, no side.
func TestContestedGovernmentIsSide(t *testing.T) {
	text := "Envoy presses for talks\nNorway has sought to mediate between the Kandor Liberation Front and the opposition Velrin Interim Government since last year."
	if p := fivehundredsixtyninthParties(t, text); !slices.Contains(p, "Velrin Interim Government") {
		t.Errorf("want the interim government a party, got %v", p)
	}
	text = "Envoy presses for talks\nNorway has sought to mediate between the Kandor Liberation Front and the Government of National Unity (GNU) since last year."
	if p := fivehundredsixtyninthParties(t, text); !slices.Contains(p, "Government of National Unity") {
		t.Errorf("want the government of national unity a party, got %v", p)
	}
	text = "Envoy presses for talks\nNorway has sought to mediate between the Kandor Liberation Front and the Velrin Union Government since last year."
	if p := fivehundredsixtyninthParties(t, text); slices.Contains(p, "Velrin Union Government") {
		t.Errorf("a union government read as a side, got %v", p)
	}
}
