package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-sixty-first round: parties missed where the
// text names them only as "the two sides", "the two presidents" or by
// their capitals (p998-p1003: a summit whose communique has "Washington
// and Moscow" agree, peace talks opened between a government and a
// guerrilla army before two guarantor states, a government and its
// opposition signing a memorandum before a facilitator, a secretary of
// state's talks in a capital that opens its sentences, two presidents
// who agreed to resume border negotiations, and a courtesy call where no
// negotiation is told); each rule with sentences of its own.

// A capital that opens its sentence is a name, though its "-ing" ending
// looked like a gerund's to the test for ordinary words that open
// sentences (endingLikeWord, mention/mentions.go; p1001): "Beijing and
// Hanoi agreed to resume negotiations" names two sides. The negative
// case: the capital set off by a comma as the venue stays a place, no
// side.
func TestInitialCapitalWithGerundEnding(t *testing.T) {
	got, _ := rolesIn(t, "Officials said the dispute had dragged on for years. Beijing and Hanoi agreed on Tuesday to resume negotiations on the maritime boundary.")
	if !slices.Equal(got, []string{"China", "Vietnam"}) {
		t.Errorf("want the parties China and Vietnam, got %v", got)
	}
	got, _ = rolesIn(t, "Laos and Cambodia held border talks on Monday. Beijing, where the talks were held, sent no observer.")
	if slices.Contains(got, "China") {
		t.Errorf("the venue read as a side: %v", got)
	}
}

// "The two presidents", "the two sides" of a sentence that tells both a
// negotiation and a meeting of their own stand for the people the
// meetings stage resolved for that meeting, whose states are the parties,
// before the sides of the story's held meetings (toldSides,
// roles/describedpair.go; p1002): a summit the meetings stage did not
// read, then "the two presidents agreed to resume negotiations on the
// border", names two parties. The negative case: the same sentence
// telling a meeting over cooperation, no negotiation, makes no parties.
func TestTwoPresidentsOfTheirOwnMeeting(t *testing.T) {
	lead := "The presidents of Chad and Niger, Ali Brahim and Musa Kader, signed on Tuesday in the Malian capital a package of accords on trade and transit. "
	got, _ := rolesIn(t, lead+"An aide to Brahim said that the two presidents agreed to resume negotiations on the border within weeks.")
	if !slices.Equal(got, []string{"Chad", "Niger"}) {
		t.Errorf("want the parties Chad and Niger, got %v", got)
	}
	got, _ = rolesIn(t, lead+"An aide to Brahim said that the two presidents would meet again next month to discuss cultural exchanges.")
	if len(got) > 0 {
		t.Errorf("a meeting over cooperation read as a negotiation: %v", got)
	}
}
