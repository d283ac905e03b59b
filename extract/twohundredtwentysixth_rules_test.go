package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-twenty-sixth round: a stranger's batch
// (p1388-p1393: a wire's Soviet leader in Bonn, a regional paper's summit
// at a country estate, an agency's fuel-swap signing in Tehran, a
// broadsheet's cease-fire brokered in London, a wire's televised talks in
// Caracas with foreign ministers as witnesses, a 1953 wire's signing in
// Cairo); each rule with sentences of its own.

// "A, B and C attended as witnesses, together with D": an attendance
// with no object but a capacity ("as witnesses", "as observers") is the
// meeting just told, as "were also present" is, and the person named
// after "together with" sat there too (attendedAs, attendedAlongside,
// merge.go; p1392). The negative cases: "attended as students" is no
// capacity at talks, and the one named in a relative clause after
// "together with" ("who read a message from D") is not brought in; nor is
// a person named before a state that "attended as an observer", nor one
// who "took part as an observer" in talks the story has not told, into a
// meeting it tells after.
func TestAttendedAsWitnesses(t *testing.T) {
	text := "Rivals hold talks\nVALMORA, May 8 - President Teodor Brandis and opposition leader Ilse Marak held talks at the presidential palace on Thursday.\n" +
		"The foreign ministers of Arland, Beloria and Cestia, Paul Arven, Rita Lomas and Oskar Feld, attended as witnesses, together with the papal envoy, Marco Bellini, who read a message from Cardinal Ugo Sarti."
	rec := run(t, text, "2014-05-09")
	for _, p := range []string{"Paul Arven", "Rita Lomas", "Oskar Feld", "Marco Bellini"} {
		if !metPair(rec, "Teodor Brandis", p) {
			t.Errorf("%s not at the talks with Teodor Brandis; meetings %+v", p, rec.Meetings)
		}
	}
	if metPair(rec, "Teodor Brandis", "Ugo Sarti") {
		t.Errorf("Ugo Sarti (named in the relative clause) put at the talks")
	}
	neg := "Rivals hold talks\nVALMORA, May 8 - President Teodor Brandis and opposition leader Ilse Marak held talks at the presidential palace on Thursday.\n" +
		"Their sons, Paul Arven and Oskar Feld, attended as students at the same university in the 1990s."
	rec = run(t, neg, "2014-05-09")
	if metPair(rec, "Teodor Brandis", "Paul Arven") || metPair(rec, "Paul Arven", "Oskar Feld") {
		t.Errorf("attendance as students put at the talks; meetings %+v", rec.Meetings)
	}
	state := "Rivals hold talks\nVALMORA, May 8 - President Teodor Brandis and opposition leader Ilse Marak held talks at the presidential palace on Thursday.\n" +
		"Paul Arven, Beloria's foreign minister, stayed at home, and Norway attended as an observer."
	rec = run(t, state, "2014-05-09")
	if metPair(rec, "Teodor Brandis", "Paul Arven") {
		t.Errorf("a person named before a state's attendance put at the talks; meetings %+v", rec.Meetings)
	}
	later := "Officials discuss refugees\nVALMORA, May 8 - Officials of Arland and Beloria discussed refugee returns on Wednesday. An envoy, Marco Bellini, took part as an observer.\n" +
		"The previous day, Foreign Secretary Rita Lomas had met the head of the refugee agency's office, Oskar Feld, in the port city of Sarno."
	rec = run(t, later, "2014-05-09")
	if metPair(rec, "Rita Lomas", "Marco Bellini") {
		t.Errorf("an observer of untold talks put at the meeting told after; meetings %+v", rec.Meetings)
	}
}

// "A held talks with B on Sunday and was also received by C": a passive
// second predicate of the same subject after "and" tells a second
// encounter, A with C, not B with C (passiveConjunct, frame/predicates.go;
// p1390). The negative case: "The treaty was signed by A and B, and was
// witnessed by C" is one occasion; the witness stays at the signing.
func TestPassiveSecondConjunct(t *testing.T) {
	text := "Leaders meet\nVALMORA, May 17 - President Arlo Venn, who arrived on Saturday, held talks with President Ida Holm on Sunday and was also received by the Grand Mufti, Sheikh Omar Dalal."
	rec := run(t, text, "2010-05-17")
	if !metPair(rec, "Arlo Venn", "Ida Holm") || !metPair(rec, "Arlo Venn", "Omar Dalal") {
		t.Errorf("want Venn with Holm and Venn with Dalal; meetings %+v", rec.Meetings)
	}
	if metPair(rec, "Ida Holm", "Omar Dalal") {
		t.Errorf("Holm and Dalal put together; meetings %+v", rec.Meetings)
	}
	signed := "Treaty signed\nVALMORA, May 17 - The treaty was signed by Foreign Minister Arlo Venn and by Foreign Minister Ida Holm on Monday, and was witnessed by Secretary-General Omar Dalal."
	rec = run(t, signed, "2010-05-17")
	if !metPair(rec, "Arlo Venn", "Omar Dalal") {
		t.Errorf("the witness left out of the signing; meetings %+v", rec.Meetings)
	}
}
