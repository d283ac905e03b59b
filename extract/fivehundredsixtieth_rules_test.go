package extract

import "testing"

// Issue 14's five-hundred-and-sixtieth round: a targeted batch on persons
// (p3392-p3397: an agency on two premiers' minority declarations in Bonn,
// 1955; a wire on a ship's crew freed at the truce village, 1968; an agency
// on a crown prince and the opposition societies, 2014; an agency on a
// president's stop at an air base with tribal chiefs, 2004-2007; an Indian
// agency on a state's talks with two Marxist-Leninist parties, 2004; a
// Spanish agency on two leaders given a border proposal, 2002); each rule
// with sentences of its own.

// "Al-X", the Arabic article capitalized and glued to one capitalized word
// with no given name before it, is a society's, a movement's or a
// mosque's name ("the Al-Nawar society", "fighters of Al-Rimah"), resolved
// as a lone word is, not a person of its own (p3394, p3395, p3376, p1489).
// The negative case: a person's surname written so at the head of a
// sentence still resolves to the full name the story gives.
func TestArticleCompoundNoPerson(t *testing.T) {
	text := "Talks resume\nPrime Minister Karim Haddad met the leaders of Al-Nawar on Tuesday.\nFighters loyal to Al-Rimah attacked a convoy near the border, officials said."
	rec := corefRecord(t, text)
	for _, n := range []string{"Al-Nawar", "Al-Rimah"} {
		if hasPerson(rec, n) {
			t.Errorf("%s read as a person, got %s", n, dump(rec))
		}
	}
	text = "Talks resume\nPrime Minister Karim al-Haddad met Foreign Minister Omar Tayyeb on Tuesday.\nAl-Haddad said the talks had gone well."
	rec = corefRecord(t, text)
	if !hasPerson(rec, "Karim al-Haddad") || !metPair(rec, "Karim al-Haddad", "Omar Tayyeb") {
		t.Errorf("want the premier and his talks, got %s", dump(rec))
	}
}

// A hyphenated pair of capitalized words in brackets right after a body's
// name is part of that name, the body's faction or creed: "the Workers'
// Party of Velmar (Marxist-Leninist)", "the Council of Osland
// (Brand-Tarro)" (p3396, p3095, p319, p922). The negative case: a person
// named in full before the brackets is still read.
func TestBracketedCompoundNoPerson(t *testing.T) {
	text := "Talks open\nThe state government today began talks with the leaders of the Workers' Party of Velmar (Marxist-Leninist) and of the Council of Osland (Brand-Tarro).\nHome Minister Ravi Sethna led the government side."
	rec := corefRecord(t, text)
	for _, n := range []string{"Marxist-Leninist", "Brand-Tarro"} {
		if hasPerson(rec, n) {
			t.Errorf("%s read as a person, got %s", n, dump(rec))
		}
	}
	if !hasPerson(rec, "Ravi Sethna") {
		t.Errorf("want the minister, got %s", dump(rec))
	}
}

// "the Minister-President of X-Y", "the premier of X-Y": a pair compound
// right after a post's title and "of" is the land the post governs, not a
// person, though a headline names its first word alone ("for the X
// border") (p3392, p2883). The negative case: the post's holder named in
// apposition is still read.
func TestPostOfCompoundNoPerson(t *testing.T) {
	text := "Premiers sign pact on the Rendal border\nBONN, May 4 (Reuter) - Chancellor Otto Brenner and Prime Minister Lars Vinding met for two hours today.\nHerr Udo Falk, the Minister-President of Rendal-Holm, who took part in the talks, told reporters that the Land would act."
	rec := corefRecord(t, text)
	if hasPerson(rec, "Rendal-Holm") {
		t.Errorf("the land read as a person, got %s", dump(rec))
	}
	if !hasPerson(rec, "Udo Falk") {
		t.Errorf("want the minister-president, got %s", dump(rec))
	}
}

// "Said", capitalized inside a sentence and followed by a capitalized
// name word, is a given name, not the verb, which running text writes in
// lower case: "the opposition leader Said X Y met ..." (p3096, p2005,
// p3375). The
// negative case: "said" in lower case before a name still reports.
func TestCapitalSaidOpensName(t *testing.T) {
	text := "Leaders meet\nPresident Emil Darov and the opposition leader Said Tahir Nazarov met in Kabul on Monday."
	rec := corefRecord(t, text)
	if !metPair(rec, "Emil Darov", "Said Tahir Nazarov") {
		t.Errorf("want the leader named with his given name and the meeting, got %s", dump(rec))
	}
	text = "Leaders meet\nPresident Emil Darov met the opposition on Monday, said Tahir Nazarov, a spokesman."
	rec = corefRecord(t, text)
	if hasPerson(rec, "Said Tahir Nazarov") {
		t.Errorf("the lower-case verb read as a name, got %s", dump(rec))
	}
}
