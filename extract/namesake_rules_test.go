package extract

import "testing"

// A bare name that several people of the story share is the one named
// before it whose own name it is: the surname that ends a Western name,
// else the family name that begins an East Asian one; of those, the first
// named (actors.namesake; p646, p586, p971). Before, such a name resolved
// to nobody, or became a person of its own.
func TestNamesakeFirstNamed(t *testing.T) {
	lead := "Envoys in the north\nKORAM - "
	rec := corefRecord(t, lead+"Northern leader Park Sung Ho received a letter from the Borvian president on Monday, officials said. "+
		"Borvian envoy Piet Oster dined with Park for three hours at the party headquarters. "+
		"Park Eun Mi, the leader's sister, also attended the dinner. "+
		"Park said the talks were candid.")
	if !metPair(rec, "Piet Oster", "Park Sung Ho") {
		t.Errorf("want Oster with Park Sung Ho: %s", dump(rec))
	}
	if hasPerson(rec, "Park") {
		t.Errorf("a bare family name shared by two people made a person of its own: %s", dump(rec))
	}
	// The negative case: a bare name told before any of its namesakes is
	// not given to one named later.
	rec = corefRecord(t, lead+"Park met Borvian envoy Piet Oster in Koram on Monday. "+
		"Park Sung Ho and Park Eun Mi are the heirs of the ruling family.")
	if metPair(rec, "Piet Oster", "Park Sung Ho") {
		t.Errorf("a bare name before its namesakes given to the first of them: %s", dump(rec))
	}
}

// The surname that ends a name wins over the same word inside another
// ("Tomas Reyes Amat, the son of President Luis Reyes ... Reyes"), and the
// name after a patronym particle is the father's, not the bearer's own
// ("Crown Prince Khalid bin Faisal" does not make him "Faisal").
func TestNamesakeOwnName(t *testing.T) {
	lead := "Secret channel\nKORAM - "
	rec := corefRecord(t, lead+"Borvian negotiators met an Arlander team led by Tomas Reyes Amat, the son of President Luis Reyes, in Koram in June. "+
		"In December, Borvian President Piet Oster and Reyes met in Koram for two hours.")
	if !metPair(rec, "Piet Oster", "Luis Reyes") || metPair(rec, "Piet Oster", "Tomas Reyes Amat") {
		t.Errorf("want Oster with Luis Reyes, not his son: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Arlander King Faisal bin Omar arrived in Koram on Thursday with Crown Prince Khalid bin Faisal. "+
		"On Friday President Piet Oster met King Faisal at the palace.")
	if !metPair(rec, "Piet Oster", "Faisal bin Omar") || metPair(rec, "Piet Oster", "Khalid bin Faisal") {
		t.Errorf("want Oster with the king, not the crown prince: %s", dump(rec))
	}
}

// An untitled one-word hyphenated name with a place, a demonym or an
// ordinary word among its parts ("the Koram-Lisbon railway", "Euro-Asian
// ties") names a route, a region or a thing, not a person
// (actors.placeCompound; p970, p1211, p557). The negative cases: a
// double-barrelled surname whose bearer was named in full before keeps
// him, and a hyphenated name of no such parts stays a person.
func TestPlaceCompoundNoPerson(t *testing.T) {
	lead := "Rail talks\nKORAM - "
	rec := corefRecord(t, lead+"Borvian President Piet Oster met Prime Minister Jan Dorn in Koram on Monday. "+
		"They discussed the Koram-Lisbon railway and Euro-Asian ties.")
	for _, n := range []string{"Koram-Lisbon", "Euro-Asian"} {
		if hasPerson(rec, n) {
			t.Errorf("%s read as a person: %s", n, dump(rec))
		}
	}
	rec = corefRecord(t, lead+"Borvian envoy Paul Vallon-France met Prime Minister Jan Dorn in Koram on Monday. "+
		"Vallon-France said the talks were useful, and Oster-Lund agreed.")
	if !metPair(rec, "Paul Vallon-France", "Jan Dorn") || hasPerson(rec, "Vallon-France") {
		t.Errorf("want the envoy named in full, once: %s", dump(rec))
	}
	if !hasPerson(rec, "Oster-Lund") {
		t.Errorf("a hyphenated surname of no place lost: %s", dump(rec))
	}
}

// A surname that is also a month and a modal ("May"), capitalized inside a
// sentence right after a given name, is part of the name: the modal is
// never capitalized there, and the month stands after a preposition or by
// a day number (mention.monthSurname; p1203, p1294). The negative cases:
// "in May" and "May 5" stay dates.
func TestMonthSurname(t *testing.T) {
	lead := "Summit\nKORAM - "
	rec := corefRecord(t, lead+"Borvian President Piet Oster received Arlander prime minister Ana May in Koram on Monday.")
	if !metPair(rec, "Piet Oster", "Ana May") {
		t.Errorf("want Oster with Ana May: %s", dump(rec))
	}
	for _, s := range []string{
		"Borvian President Piet Oster met Prime Minister Jan Dorn in Koram in May.",
		"Borvian President Piet Oster met Prime Minister Jan Dorn in Koram May 5.",
	} {
		rec = corefRecord(t, lead+s)
		if !metPair(rec, "Piet Oster", "Jan Dorn") || hasPerson(rec, "Koram May") {
			t.Errorf("%s: the month read into a name: %s", s, dump(rec))
		}
	}
}

// A lone unknown name right after a preposition is that preposition's
// object, so a verb after it is not the name's and casts no vote for a
// person: "the accord on Velmara signed in March", "the unrest in Dossa
// recalled by" (actors.singleCues, lexicon [objectPreps]; p617, p624,
// p661, p328, p345). The negative case: the same verb after the same
// name as a subject still makes a person.
func TestObjectOfPrepositionNoPerson(t *testing.T) {
	lead := "Border talks\nKORAM - "
	rec := corefRecord(t, lead+"Borvian President Piet Oster met Prime Minister Jan Dorn in Koram on Monday. "+
		"They reaffirmed the accord on Velmara signed in March and the truce along Dossa agreed last year.")
	for _, n := range []string{"Velmara", "Dossa"} {
		if hasPerson(rec, n) {
			t.Errorf("the object of a preposition before a verb made a person %q: %s", n, dump(rec))
		}
	}
	if !metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("want Oster with Dorn: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Borvian President Piet Oster met Prime Minister Jan Dorn in Koram on Monday. "+
		"Later, Velmara signed the accord.")
	if !hasPerson(rec, "Velmara") {
		t.Errorf("a lone name as the subject of a signing is a person: %s", dump(rec))
	}
}
