package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-sixteenth round: names read wrongly, each shape
// with sentences of its own.

// Initials run together with the surname ("K.L.Orlov", "J.Holm"), as
// Russian and other readouts write them, and one initial opening a name
// that no title or given name opens ("... and J. Holm"), are the person's
// name (mention.extendRun, initialsBefore; p729). The name is written
// with a space before the surname, so that the surname stands for it
// later. The negative case: "Plan B. Officials" holds no person, the word
// after the letter being a common one.
func TestInitialsGluedToSurname(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"VIENNA, May 5 - Deputy Foreign Minister K.L.Orlov met Ambassador Ruth Gale in Vienna on Monday.", "K.L. Orlov"},
		{"VIENNA, May 5 - The visit follows the accord reached by the Presidents P.T.Marek and J.Holm in the spring.", "P.T. Marek"},
		{"VIENNA, May 5 - The visit follows the accord reached by the Presidents P.T.Marek and J.Holm in the spring.", "J. Holm"},
		{"VIENNA, May 5 - The talks were held between Lena Berg and J. Holm in the old town hall on Monday.", "J. Holm"},
	} {
		got := names(personsOf(t, c.text))
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: persons %v, want %s", c.text, got, c.want)
		}
	}
	text := "VIENNA, May 5 - The ministry kept to Plan B. Officials said the talks would go on in Vienna."
	for _, n := range names(personsOf(t, text)) {
		if n != "" {
			t.Errorf("%q: persons %v, want none", text, names(personsOf(t, text)))
			break
		}
	}
	// The surname alone stands for the person named with initials.
	text = "VIENNA, May 5 - Deputy Foreign Minister K.L.Orlov met Ambassador Ruth Gale in Vienna on Monday. Orlov said the talks were useful."
	if got := names(personsOf(t, text)); slices.Contains(got, "Orlov") {
		t.Errorf("%q: persons %v, want Orlov as K.L. Orlov", text, got)
	}
}
