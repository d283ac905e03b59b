package extract

import (
	"slices"
	"strings"
	"testing"
)

// Issue 14's seventy-fifth round: an untargeted batch, and the shape it
// shared with the probe, each with sentences of its own.

// "A, B and C, the guarantors": a coordinated list set off by a comma
// before a plural mediator phrase is described whole by it, so every
// item brokers, not only the last one apposed to the comma (p482, p388;
// "the two guarantor states" after "A and B", p166). A report verb after
// the phrase makes it the subject of an attribution, which describes no
// list.
func TestListApposedToPluralMediators(t *testing.T) {
	for _, text := range []string{
		"Colombia and Venezuela resumed talks on their river border on Monday. Brazil, Mexico and the United States, the other guarantors, sent envoys to the talks.",
		"Colombia and Venezuela resumed talks on their river border on Monday. The accord was witnessed by the foreign ministers of Brazil, Mexico and the United States, the three guarantor countries.",
	} {
		_, meds := rolesIn(t, text)
		for _, want := range []string{"Brazil", "Mexico", "United States"} {
			if !slices.Contains(meds, want) {
				t.Errorf("%q: mediators %v, want %s", text, meds, want)
			}
		}
	}
	// Negative: an attribution after the list names its sources.
	_, meds := rolesIn(t, "The talks between Colombia and Venezuela, the mediators said, were close to a deal on the river border.")
	if slices.Contains(meds, "Colombia") {
		t.Errorf("a side before an attribution made a mediator: %v", meds)
	}
}

// "the Mayor of X Y, Z W": a name after "of" following a town's post is
// the town, not a person, and says nothing of where a meeting was; the
// story's other uses of the name are the town too (p334, p484). A
// longer run with no comma may hold the holder's own name, and keeps its
// person.
func TestMayorOfTownIsNoPerson(t *testing.T) {
	text := "The Mayor of Bridport, Ann Reeve, and the Mayor of Biala Gora, Piotr Brzoza, signed the text at the town hall on Saturday. Reeve will lead a return visit to Biala Gora in May."
	ps := personsOf(t, text)
	if _, ok := ps["Biala Gora"]; ok {
		t.Errorf("%q: the town made a person: %v", text, names(ps))
	}
	for _, m := range heldAt(t, "Title\n"+text, corefPub) {
		if m.Place == "Biala Gora" {
			t.Errorf("%q: the post's town placed the signing: %v", text, m)
		}
	}
	text = "Links with Poland were sealed when the mayor of Biala Gora put his name to the text. Mayor Ann Reeve will lead a return visit to Biala Gora in May."
	if ps := personsOf(t, text); len(ps["Biala Gora"]) > 0 || slices.Contains(names(ps), "Biala Gora") {
		t.Errorf("%q: the town made a person: %v", text, names(ps))
	}
	// Negative: three words after the post, no comma: the holder's name.
	text = "Mayor Ann Reeve met the Mayor of Lipno Jan Brzoza on Saturday."
	if ps := names(personsOf(t, text)); !slices.ContainsFunc(ps, func(n string) bool { return strings.HasSuffix(n, "Jan Brzoza") }) {
		t.Errorf("%q: the holder's name was lost: %v", text, ps)
	}
}

// "Cllr X Y": a local councillor's honorific, as British and Irish local
// papers write it, opens the name without being part of it, also in an
// apposition after a post ("the leader of the council, Cllr X Y,"),
// where the run read as no person at all (p334; p383's and p484's names
// kept it). Nothing here could over-fire that "Mr" does not already.
func TestCouncillorHonorific(t *testing.T) {
	text := "Mayor Piotr Brzoza travelled to Bridport, where he was welcomed by the leader of the district council, Cllr Ann Reeve, and taken on a tour."
	ps := names(personsOf(t, text))
	if !slices.Contains(ps, "Ann Reeve") {
		t.Errorf("%q: persons %v, want Ann Reeve", text, ps)
	}
	// Opening the sentence, and before a surname alone: never kept.
	text = "Cllr Ann Reeve met Mayor Piotr Brzoza in Bridport on Monday. Cllr Reeve said the town was proud."
	for _, n := range names(personsOf(t, text)) {
		if strings.Contains(n, "Cllr") {
			t.Errorf("%q: the honorific kept in a name: %q", text, n)
		}
	}
}
