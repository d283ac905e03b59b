package extract

import (
	"testing"
	"time"
)

// Issue 14's two-hundred-and-ninety-fourth round: persons (p1796-p1801:
// romanized given names cut at the hyphen, places read as people,
// particles and titles around names); each rule with sentences of its own.

// "Yoon Seok-young": "young" closes Korean given names as "min" and "sun"
// do (lexicon [romanizedSyllables]; p1796, p642). After a first syllable
// of four letters no other test took it, and the name was cut at the
// hyphen, "Yoon Seok" (a three-letter one, "Choi Hee-young", was read).
func TestRomanizedSyllableYoung(t *testing.T) {
	pub := time.Date(2011, 4, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ s, name string }{
		{"Trade Minister Choi Hee-young met the visiting envoy Jan Berg in Seoul on Tuesday.", "Choi Hee-young"},
		{"Trade Minister Yoon Seok-young met the visiting envoy Jan Berg in Seoul on Tuesday.", "Yoon Seok-young"},
	} {
		rec := recordAt(t, "Envoy in Seoul\n\nSEOUL, April 6 (Yonhap) -- "+c.s, pub)
		if !hasPerson(rec, c.name) {
			t.Errorf("%s: want a person %q: %s", c.s, c.name, dump(rec))
		}
		if !metPair(rec, "Jan Berg", c.name) {
			t.Errorf("%s: want Berg with %s: %s", c.s, c.name, dump(rec))
		}
	}
}

// Two capitalized words joined by a hyphen, with no given name, title or
// honorific before them and a preposition or determiner right before,
// are one word (mention.LedPairCompound, lexicon [compoundLeads]; p1798,
// p1010, p721, p107, p309, p485): a place's compound ("this X-Y village",
// "fighting in X-Y", a spa's doubled name) stood for a person of its own
// and joined meetings. A double-barrelled surname is still resolved to the
// full name the story gives, and a titled one is still a person.
func TestLoneHyphenCompoundIsNoPerson(t *testing.T) {
	pub := time.Date(1961, 9, 5, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"Mr. Jan Berg met Mr. Ola Nord for two hours in this Vall-Dorne village on Monday.",
		"Mr. Jan Berg met Mr. Ola Nord in Oslo on Monday. Mr. Berg leaves for Sarn-Sarn on Wednesday.",
		"Mr. Jan Berg met Mr. Ola Nord in Oslo on Monday. They spoke of the fighting in Kessel-Varo.",
	} {
		rec := recordAt(t, "TALKS IN NORLAND\n\nOSLO, Sept. 4 -- "+s, pub)
		if !metPair(rec, "Jan Berg", "Ola Nord") {
			t.Errorf("%s: want Berg with Nord: %s", s, dump(rec))
		}
		for _, n := range []string{"Vall-Dorne", "Sarn-Sarn", "Kessel-Varo"} {
			if hasPerson(rec, n) {
				t.Errorf("%s: %q is no person: %s", s, n, dump(rec))
			}
		}
	}
	// A double-barrelled surname after the full name, or after a title.
	for _, c := range []struct{ s, name string }{
		{"Mr. Anton Kreil-Berger met Mr. Jan Berg in Oslo on Monday. Kreil-Berger said the talks went well.", "Anton Kreil-Berger"},
		{"Premier Kreil-Berger met Mr. Jan Berg in Oslo on Monday.", "Kreil-Berger"},
	} {
		rec := recordAt(t, "TALKS IN NORLAND\n\nOSLO, Sept. 4 -- "+c.s, pub)
		if !metPair(rec, "Jan Berg", c.name) {
			t.Errorf("%s: want Berg with %s: %s", c.s, c.name, dump(rec))
		}
	}
}

// A personal name takes no article: after "the", a two-word name followed
// by "during", "that" or "which", or by "basin", names a river or a body,
// not a person (lexicon [theNameFollowers], [areaNouns]; p61, p434, p536).
// The river stood for a person and joined the meeting told before.
func TestTheNameBeforeRelativeIsNoPerson(t *testing.T) {
	pub := time.Date(2016, 6, 8, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"Jan Berg met Ola Nord in Oslo on Tuesday. The two ministers spoke of the waters of the Kura Dagh during the dry months.",
		"Jan Berg met Ola Nord in Oslo on Tuesday. The two ministers reviewed the quotas drawn from the Kura Dagh that both states share.",
		"Jan Berg met Ola Nord in Oslo on Tuesday. The two ministers spoke of new dams in the Kura Dagh basin.",
	} {
		rec := recordAt(t, "Water talks\n\nOSLO, June 8 (Reuters) -- "+s, pub)
		if !metPair(rec, "Jan Berg", "Ola Nord") {
			t.Errorf("%s: want Berg with Nord: %s", s, dump(rec))
		}
		if hasPerson(rec, "Kura Dagh") {
			t.Errorf("%s: the river is no person: %s", s, dump(rec))
		}
	}
}
