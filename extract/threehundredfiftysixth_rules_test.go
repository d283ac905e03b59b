package extract

import "testing"

// Issue 14's three-hundred-and-fifty-sixth round: untitled full names in
// a lead or a sentence that gives no title (p2168-p2173: a wire on two
// men's first meeting, a paper on two party leaders' talks, a daily on a
// handshake brokered by a former official, a wire on a union founder and
// a minister, a wire on a signing of three leaders, an agency on an
// opposition leader received by two generals); each rule with sentences
// of its own.

// A full name given once, without a title, followed by ", who" is a
// person the relative clause describes and is kept when the person acts
// in the story (markRelativePersons, relativeperson.go; p2172, p876,
// p1222, p128, p930, p458). The negative cases: the same name with no
// relative clause, and one who only speaks.
func TestRelativeClauseKeepsUntitledPerson(t *testing.T) {
	lead := "Tomas Verhagen and Olu Banarji met in Lusaka on Monday. "
	for _, s := range []string{
		"Pavel Dorsky, who leads the smaller faction, also signed the memorandum.",
		"The rebel side was headed by Pavel Dorsky, who has lived in exile since 2001.",
	} {
		if got := personsOf(t, lead+s); got["Pavel Dorsky"] == nil {
			t.Errorf("%q: want Pavel Dorsky among the persons, got %v", s, names(got))
		}
	}
	for _, s := range []string{
		"Pavel Dorsky also signed the memorandum.",
		"\"The talks were useful,\" said Pavel Dorsky, who farms a plot near the border.",
	} {
		if got := personsOf(t, lead+s); got["Pavel Dorsky"] != nil {
			t.Errorf("%q: want no Pavel Dorsky, got %v", s, names(got))
		}
	}
}

// A full name given once, without a title, followed by an apposition whose
// noun only a person can be ("the former first lady", "a rights
// campaigner") is a person the apposition describes (markApposedPersons,
// relativeperson.go; p2170, p461). The negative cases: a place's
// apposition ("the border town") and the same name with none.
func TestApposedPersonNounKeepsUntitledPerson(t *testing.T) {
	lead := "Tomas Verhagen and Olu Banarji met in Lusaka on Monday. "
	for _, s := range []string{
		"The panel also includes Mira Castell, the Andorran former first lady, and a retired judge.",
		"The panel also includes Mira Castell, a veteran rights campaigner, and a retired judge.",
	} {
		if got := personsOf(t, lead+s); got["Mira Castell"] == nil {
			t.Errorf("%q: want Mira Castell among the persons, got %v", s, names(got))
		}
	}
	for _, s := range []string{
		"The panel also includes Mira Castell and a retired judge.",
		"The panel later travelled to Mira Castell, the border town, and a nearby camp.",
	} {
		if got := personsOf(t, lead+s); got["Mira Castell"] != nil {
			t.Errorf("%q: want no Mira Castell, got %v", s, names(got))
		}
	}
}
