package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-fifty-fourth round: participants not found and
// false persons, each shape with sentences of its own.

// A given name ending in "-ly" at the head of a sentence ("Anatoly",
// "Vitaly") was dropped as an adverb, and with an apposition after the
// name the whole person was lost (mention.lyGivenName,
// mention/mentions.go; p958). The negative case: an adverb of a frequent
// adjective ("Finally") before a name stays out of it.
func TestLyGivenNameOpensSentence(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"BERNE, May 4 - Anatoly Kuzmenko, a deputy trade minister, held talks with Rosa Quint in the capital on Monday.", "Anatoly Kuzmenko"},
		{"BERNE, May 4 - Vitaly Orlov met Rosa Quint at the embassy on Monday to discuss the grain corridor.", "Vitaly Orlov"},
	} {
		persons := actorsOf(t, c.text)[graph.Person]
		if !slices.Contains(persons, c.want) {
			t.Errorf("%q: persons %v, want %s", c.text, persons, c.want)
		}
	}
	text := "BERNE, May 4 - Finally Kuzmenko agreed to meet Rosa Quint at the embassy on Monday."
	for _, p := range actorsOf(t, text)[graph.Person] {
		if p == "Finally Kuzmenko" {
			t.Errorf("%q: adverb read into the name: %v", text, p)
		}
	}
}

// "the Amir": a title that is also a given name ("Amir Rostami") is a
// title right after "the" (mention.TheTitle, mention/classify.go;
// lexicon theTitles): "His Highness the Amir arrived" names no person
// "Amir" but stands for the ruler the story named with that title, as
// "the Emir" does (coref.lowerTitleAfter, actors.bareTitleRefs). A ruler's
// style before the bare title ("His Highness the Amir", "Her Majesty the
// Queen") opens the clause as a sentence start does
// (actors.styleOpening). p957 moves. The negative cases: "Amir" without
// "the" before it stays a given name, and a style after a verb is no
// subject's opening.
func TestTheAmirIsATitle(t *testing.T) {
	text := "DOHA, May 4 - His Highness the Amir Sheikh Nasser Al-Fadhil opened the session on Sunday. His Highness the Amir received visiting Foreign Minister Tom Hardy at the palace on Monday."
	persons := actorsOf(t, text)[graph.Person]
	if slices.Contains(persons, "Amir") {
		t.Errorf("%q: the title read as a person: %v", text, persons)
	}
	if got := pairsOf(t, text); !slices.Contains(got, "Nasser Al-Fadhil|Tom Hardy") {
		t.Errorf("%q: pairs %v, want Nasser Al-Fadhil|Tom Hardy", text, got)
	}
	text = "DOHA, May 4 - The Amir Sheikh Nasser Al-Fadhil opened the session on Sunday. On Monday, His Highness the Amir held talks with Tom Hardy in the capital."
	if got := pairsOf(t, text); !slices.Contains(got, "Nasser Al-Fadhil|Tom Hardy") {
		t.Errorf("%q: pairs %v, want Nasser Al-Fadhil|Tom Hardy", text, got)
	}
	// Negative: a given name, and a namesake's place after "the".
	text = "DOHA, May 4 - Amir Rostami met Tom Hardy at the palace on Monday."
	if got := pairsOf(t, text); !slices.Contains(got, "Amir Rostami|Tom Hardy") {
		t.Errorf("%q: pairs %v, want Amir Rostami|Tom Hardy", text, got)
	}
	text = "DOHA, May 4 - Tom Hardy laid flowers at the Amir Nadir memorial on Monday before he met Lena Berg."
	if persons := actorsOf(t, text)[graph.Person]; slices.Contains(persons, "Nadir") {
		t.Errorf("%q: a namesake's place read as a person: %v", text, persons)
	}
}

// "X, known as Y, the chief of staff": a nickname in apposition ("known
// as", "nicknamed", "called", with "also", "popularly" or "better"
// before them) no longer ends the apposition, so the title after its
// comma is still X's and X, titled, is kept as a person of the story
// (actors.nicknameAfter, in appositionAfter, actors/positions.go; lexicon
// nicknameLeads, nicknameAdverbs; p958). The negative case: a lower-case
// description after "known as" is no nickname, and the sentence reads as
// before.
func TestNicknameBeforeApposedTitle(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"BERNE, May 4 - The delegation was led by Ivan Petrov, known as Vanya, the chief of staff.", "Ivan Petrov"},
		{"BERNE, May 4 - The rebel side was led by Lena Berg, better known as Nana, a deputy commander.", "Lena Berg"},
	} {
		if persons := actorsOf(t, c.text)[graph.Person]; !slices.Contains(persons, c.want) {
			t.Errorf("%q: persons %v, want %s", c.text, persons, c.want)
		}
	}
	text := "BERNE, May 4 - Tom Hardy met Ivan Petrov, known as a hardliner, in Paris on Monday."
	if got := pairsOf(t, text); !slices.Contains(got, "Ivan Petrov|Tom Hardy") {
		t.Errorf("%q: pairs %v, want Ivan Petrov|Tom Hardy", text, got)
	}
}

// A European surname's particle after a title stays in the name:
// "President von der Leyen", "Minister de Vries" were cut to "Leyen" and
// "Vries" (mention.classifyRun, lexicon surnameParticles; p961, and the
// bad posts "President dos" and "Minister de" of p581 and p673), and a
// full name's surname alias keeps all its lower-case particles ("Rafael
// van der Berg" -> "van der Berg", not "der Berg"; extract.surname,
// record.go). The negative case: "al-" glued to the name after a title
// still drops ("President al-Sisi" -> "Sisi", as before).
func TestSurnameParticleAfterTitle(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"BERNE, May 4 - President von der Leyen met Tom Hardy at the embassy on Monday.", "von der Leyen"},
		{"BERNE, May 4 - Minister de Vries met Tom Hardy at the embassy on Monday.", "de Vries"},
		{"BERNE, May 4 - President al-Sisi met Tom Hardy at the embassy on Monday.", "Sisi"},
	} {
		pair := []string{c.want, "Tom Hardy"}
		slices.Sort(pair)
		if got := pairsOf(t, c.text); !slices.Contains(got, strings.Join(pair, "|")) {
			t.Errorf("%q: pairs %v, want %s and Tom Hardy", c.text, got, c.want)
		}
	}
	if got := surname("Rafael van der Berg"); got != "van der Berg" {
		t.Errorf("surname(Rafael van der Berg) = %q, want van der Berg", got)
	}
	if got := surname("Le Van Thanh"); got != "Van Thanh" {
		t.Errorf("surname(Le Van Thanh) = %q, want Van Thanh as before", got)
	}
}
