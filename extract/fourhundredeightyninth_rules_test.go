package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-eighty-ninth round: a targeted batch
// (p2966-p2971: person-name boundaries after titles with inner hyphens or
// prepositions — an ambassador-at-large in Jaffna, an adviser on foreign
// affairs in Dhaka, a special assistant on foreign affairs in Islamabad,
// a personal envoy of the Secretary-General in Rabat, an
// Under-Secretary-General in Pyongyang, mediators in Maputo); each rule
// with sentences of its own.

// "Adviser on Foreign Affairs X", "Special Assistant to the President
// on Foreign Affairs X": "on" after a title word opens its complement as
// "for" and "of" do, so the portfolio is no part of the name (p2571,
// p801, p2920, p2103, p2967, p2968). The negative case: "on" after a
// title word that is a date ("the Minister on Friday Ana Lind") opens no
// complement.
func TestTitleOnComplementEndsBeforeTheName(t *testing.T) {
	for _, c := range []struct{ line, name string }{
		{"Adviser on Foreign Affairs Tomas Varenko met Prime Minister Aldo Pirelli on Monday.", "Tomas Varenko"},
		{"Special Assistant to the President on Foreign Affairs Kamal Idrisi met President Aldo Pirelli on Monday.", "Kamal Idrisi"},
		{"Special Envoy on Climate Change Rita Molnar met President Aldo Pirelli on Monday.", "Rita Molnar"},
		{"The Adviser to the President on Water Resources and Energy Piet Brandolt met President Aldo Pirelli on Monday.", "Piet Brandolt"},
	} {
		rec := corefRecord(t, "Envoys visit\n"+c.line)
		if !heldAll(rec, c.name, "Aldo Pirelli") {
			t.Errorf("%q: want %s meeting Aldo Pirelli, got %v: %s", c.line, c.name, personNames(rec), dump(rec))
		}
	}
	// A story that writes "adviser" in lower case too reads the
	// sentence's first word as a common one; the complement after it
	// still ends before the name.
	text := "Envoys visit\nThe security adviser arrived on Sunday. Adviser on Foreign Affairs Tomas Varenko met President Aldo Pirelli on Monday."
	if rec := corefRecord(t, text); !heldAll(rec, "Tomas Varenko", "Aldo Pirelli") {
		t.Errorf("%q: want Tomas Varenko meeting Aldo Pirelli, got %v", text, personNames(rec))
	}
	line := "President Aldo Pirelli met Senator Ana Lind on Monday and Foreign Minister Tomas Varenko on Tuesday."
	rec := corefRecord(t, "Envoys visit\n"+line)
	if !slices.Contains(personNames(rec), "Ana Lind") || !slices.Contains(personNames(rec), "Tomas Varenko") {
		t.Errorf("%q: want Ana Lind and Tomas Varenko, got %v", line, personNames(rec))
	}
}

// "Ambassador-at-Large for War Crimes Issues X", "Ambassador-at-Large
// X": a title joined by hyphens ("Ambassador-at-Large") ends in a word
// that is no title word, but it is still the title's: the preposition
// after it opens the title's complement (p2966) and the name begins after
// it (p2947, p343). The negative case: a name after a hyphened place
// ("Stratford-upon-Avon for Ana Lind") is no title's.
func TestHyphenedTitleOpensItsComplement(t *testing.T) {
	for _, c := range []struct{ line, name string }{
		{"Ambassador-at-Large for Refugee Issues Piet Brandolt met President Omar Kessely on Wednesday.", "Piet Brandolt"},
		{"Ambassador-at-Large for Arctic Affairs Rita Molnar met President Omar Kessely on Wednesday.", "Rita Molnar"},
		{"Ambassador-at-Large Rita Molnar met President Omar Kessely on Wednesday.", "Rita Molnar"},
	} {
		rec := corefRecord(t, "Envoys visit\n"+c.line)
		if !heldAll(rec, c.name, "Omar Kessely") {
			t.Errorf("%q: want %s meeting Omar Kessely, got %v: %s", c.line, c.name, personNames(rec), dump(rec))
		}
	}
	line := "President Omar Kessely left Stratford-upon-Avon for Oxford with Ana Lind on Wednesday."
	rec := corefRecord(t, "Envoys visit\n"+line)
	if slices.Contains(personNames(rec), "Oxford") {
		t.Errorf("%q: a place read as a person: %v", line, personNames(rec))
	}
}

// "The mediators, including A of the X and the former official B, had
// proposed ...": the participle after the mediators' noun lists its
// members as "the guarantors, which include A and B" does
// (includedMediators; p2971). The negative case: "the sides, including
// A," lists no mediator.
func TestMediatorsIncludingListsTheBrokers(t *testing.T) {
	lead := "Talks resume\nTalks between the government of Norland and the Liberation Front resumed in Kessa on Monday under the auspices of international mediators.\n"
	rec := corefRecord(t, lead+"The mediators, including Ana Lind of the Red Cross and the former Danish official Piet Brandolt, had put forward a proposal on the provinces.")
	_, mediators := roleNames(rec)
	if !slices.Contains(mediators, "Ana Lind") || !slices.Contains(mediators, "Piet Brandolt") {
		t.Errorf("want Ana Lind and Piet Brandolt among the mediators, got %v: %s", mediators, dump(rec))
	}
	rec = corefRecord(t, lead+"The delegations, including Ana Lind of the Liberation Front, had put forward a proposal on the provinces.")
	if _, mediators := roleNames(rec); slices.Contains(mediators, "Ana Lind") {
		t.Errorf("a delegate read as a mediator: %v", mediators)
	}
}
