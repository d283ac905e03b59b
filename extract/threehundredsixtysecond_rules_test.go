package extract

import (
	"slices"
	"strings"
	"testing"
)

// Issue 14's three-hundred-and-sixty-second round: title-only mentions of
// one office holder (p2204-p2209: a broadsheet's Pope and Patriarch, an
// agency's Emir, a wire's Sultan, a wire's Crown Prince, a wire's and a
// broadsheet's Secretary-General), linked to the person of the story who
// holds the title; each rule with sentences of its own.

// "X I, the <title>" and "Y Z I, who": the capital "I" between a name and
// a comma is a ruler's or patriarch's numeral, and the name with it a
// person who meets (firstRegnalNumeral, mention/mentions.go; p2204,
// p1312). The pronoun after a name and a comma stays a pronoun.
func TestFirstRegnalNumeral(t *testing.T) {
	for _, text := range []string{
		"MIRVALE, May 4 -- Pope Clement XV and Teodor I, the Patriarch of Velmar, met in Mirvale on Sunday.",
		"MIRVALE, May 4 -- Emperor Arno Veldt I, who had offered his palace, met Pope Clement XV in Mirvale on Sunday.",
	} {
		got := pairsOf(t, text)
		if !slices.ContainsFunc(got, func(p string) bool { return p == "Clement XV|Teodor I" || strings.HasSuffix(p, "Arno Veldt I") }) {
			t.Errorf("%q: pairs %v, want the numeral's holder paired with Clement XV", text, got)
		}
	}
	if got := personsOf(t, "As I told Ana Lind, I do not expect a deal, said Kofi Mensah."); slices.ContainsFunc(names(got), func(n string) bool { return n == "Lind I" || n == "Ana Lind I" }) {
		t.Errorf("a pronoun read as a numeral: %v", names(got))
	}
}

// "the <demonym> president" that no one of that state holds is not a
// holder of the bare post first named in a later paragraph with the title
// run on before his name ("President X, who ordered ..."), another
// state's head; only one named in apposition to the bare title ("The
// Prime Minister, Mr X,") is the demonym's holder (namedAfterBareTitle,
// actors/positions.go; p2208). The Secretary-General's talks then pair
// her with the minister named beside her, not with that head.
func TestDemonymTitleNotLaterNamedHead(t *testing.T) {
	text := "Talks\nLIMA (Wire) -- U.N. Secretary-General Ana Lind met for three hours with Kofi Mensah on Sunday over Peru's refusal to admit monitors.\n" +
		"Before seeing the Peruvian president, the Secretary-General held talks with Foreign Minister Omar Haddad.\n" +
		"The two men also met on Saturday.\n" +
		"Under the deal, monitors would visit eight sites.\n" +
		"President Rosa Quint, who had sent warships to the region, said she would study the text."
	got := pairsOf(t, text)
	if slices.Contains(got, "Ana Lind|Rosa Quint") {
		t.Errorf("pairs %v: the Peruvian president read as Rosa Quint", got)
	}
	if !slices.Contains(got, "Ana Lind|Omar Haddad") {
		t.Errorf("pairs %v, want Ana Lind|Omar Haddad", got)
	}
}
