package extract

import (
	"slices"
	"testing"
)

// Issue 14's eighty-eighth round: an untargeted batch, and the two shapes
// it exposed, each with sentences of its own.

// "A and her counterpart B agreed on Tuesday ... The two leaders met at
// the palace, joined by C and D": with no meeting told before, the plural
// subject stands for the two people the story named last, beside the
// people the clause names itself (p560, p305).
func TestPluralSubjectBesideJoiners(t *testing.T) {
	text := "Talks\nPresident Ana Ruiz of Chile and her Peruvian counterpart Jorge Salas agreed on Tuesday to reopen the border crossing. The two leaders met for two hours at the palace, joined for part of the meeting by Foreign Ministers Luis Pardo and Elena Vidal."
	got := pairsOf(t, text)
	for _, want := range []string{"Ana Ruiz|Jorge Salas", "Ana Ruiz|Luis Pardo", "Elena Vidal|Jorge Salas", "Elena Vidal|Luis Pardo"} {
		if !slices.Contains(got, want) {
			t.Errorf("pairs %v, want %s", got, want)
		}
	}
	// Negative: three people named before; "the two leaders" does not
	// settle which two, so none of them is put beside the joiners.
	three := "Talks\nPresident Ana Ruiz, President Jorge Salas and President Marta Olmos agreed on Tuesday to reopen the border crossing. The two leaders met for two hours at the palace, joined by Foreign Ministers Luis Pardo and Elena Vidal."
	for _, p := range pairsOf(t, three) {
		if p == "Ana Ruiz|Luis Pardo" || p == "Jorge Salas|Luis Pardo" || p == "Luis Pardo|Marta Olmos" {
			t.Errorf("a guess among three people: %v", pairsOf(t, three))
			break
		}
	}
}

// "A and B signed the accord at a lodge, with ministers looking on": a
// signing others watched is an encounter of its own, though its venue is
// no known place and it gives no day (p257, p564); so is "A and B put
// their signatures to the text in the hall, with C looking on".
func TestSigningWithOnlookers(t *testing.T) {
	signed := "Signing\nPresident Tomas Arce and President Ilse Varga signed the accord at a lakeside lodge, with ministers of both countries looking on."
	if got := pairsOf(t, signed); !slices.Contains(got, "Ilse Varga|Tomas Arce") {
		t.Errorf("pairs %v, want Ilse Varga|Tomas Arce", got)
	}
	put := "Signing\nMinister Tomas Arce and Minister Ilse Varga put their signatures to the text in the great hall, with Premier Omar Benali looking on."
	got := pairsOf(t, put)
	for _, want := range []string{"Ilse Varga|Tomas Arce", "Omar Benali|Tomas Arce"} {
		if !slices.Contains(got, want) {
			t.Errorf("pairs %v, want %s", got, want)
		}
	}
	// Negatives: one signatory makes no meeting, onlookers or not; and
	// without onlookers, place or day a joint signing still retells the
	// meeting told before it.
	for _, text := range []string{
		"Signing\nPresident Tomas Arce signed the decree at the palace, with ministers looking on.",
		"Signing\nPresident Tomas Arce and President Ilse Varga signed the accord at a lakeside lodge.",
	} {
		if got := pairsOf(t, text); len(got) > 0 {
			t.Errorf("%q: pairs %v, want none", text, got)
		}
	}
}
