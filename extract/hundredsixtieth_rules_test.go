package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-sixtieth round: false and missed persons
// (p992-p997: a delegation listed by name after its titled head, a
// primate and a patriarch named by their titles, a government team and a
// rebel team whose members are given without titles, a nuncio, chants of
// "Viva X" in the crowd, initials and a nickname inside a name); each
// rule with sentences of its own.

// A person named once, in full and without a title, whom the text lists
// in one run with a person it keeps ("a delegation that included A, B and
// C", "X and Lt-Gen Y") is a member of the team the story follows and is
// kept (keepListMates, record.go; p992, p995). The negative cases: a
// name after the holder of a singular title ("Foreign Minister A and B",
// as the sixty-fourth round reads it) is not kept, a
// body's or a place's name listed next to a person ("the head of the
// Growers Association, Y", "A and X president B") stays out, and so does
// a full name dropped once with no kept person beside it.
func TestListMatesOfAKeptPersonAreKept(t *testing.T) {
	persons := func(text string) []string { return actorsOf(t, text)[graph.Person] }
	got := persons("Foreign Minister Olu Adeyemi headed a team that included Kwame Boateng, Sipho Ndlovu and Tunde Bakare. The team flew home on Sunday.")
	for _, want := range []string{"Olu Adeyemi", "Kwame Boateng", "Sipho Ndlovu", "Tunde Bakare"} {
		if !slices.Contains(got, want) {
			t.Errorf("want %s among the persons, got %v", want, got)
		}
	}
	got = persons("The army side was led by Soe Lwin and Lt-Gen Kyaw Htet, who arrived from the capital on Tuesday.")
	if !slices.Contains(got, "Soe Lwin") {
		t.Errorf("want Soe Lwin beside a titled list mate, got %v", got)
	}
	got = persons("Growers were cautious. The head of the Cocoa Growers Association, Kofi Mensah, asked for help. Minister Ama Owusu and Harbour Board chairman Yaw Darko disagreed.")
	for _, bad := range []string{"Cocoa Growers Association", "Harbour Board"} {
		if slices.Contains(got, bad) {
			t.Errorf("body %s read as a listed person: %v", bad, got)
		}
	}
	got = persons("The accord was drafted by Foreign Minister Olu Adeyemi and Kwame Boateng.")
	if slices.Contains(got, "Kwame Boateng") {
		t.Errorf("a name after a singular title's holder kept as a list mate: %v", got)
	}
	got = persons("The plan recalls the ideas of Kwame Boateng and Sipho Ndlovu, long forgotten.")
	if slices.Contains(got, "Kwame Boateng") || slices.Contains(got, "Sipho Ndlovu") {
		t.Errorf("names dropped in passing, with no kept person beside them, kept: %v", got)
	}
}

// The town of a dateline the gazetteer does not know ("KALVANO, May 4
// (Wire) -") is that place wherever its name stands alone in the story
// ("met at Kalvano", "sources close to Kalvano"), not a person
// (datelineTownElsewhere, mention/mentions.go; p994, p834). The negative
// case: without the dateline the same lone name is still read as it was,
// a person who meets.
func TestDatelineTownIsNoPersonElsewhere(t *testing.T) {
	body := "The two ministers met at Kalvano on Monday and agreed to reopen the border. Sources close to Kalvano said the talks would resume in June."
	got := actorsOf(t, "KALVANO, May 4 (Wire) - "+body)[graph.Person]
	if slices.Contains(got, "Kalvano") {
		t.Errorf("dateline town read as a person: %v", got)
	}
	got = actorsOf(t, "Foreign Minister Ruth Okello met Kalvano on Monday. Kalvano said the talks would resume in June.")[graph.Person]
	if !slices.Contains(got, "Kalvano") {
		t.Errorf("without a dateline, want the lone name Kalvano kept as a person, got %v", got)
	}
}

// "Nuncio" is a title head, as "ambassador" and "cardinal" are: the
// name in apposition after "the Nuncio," is a titled person ("the
// Nuncio, X, had pressed both camps"; "Apostolic Nuncio X"), kept though
// named once (lexicon titleHeads; p996). The negative case: "the
// Nuncio" with no name after it makes no person.
func TestNuncioIsATitle(t *testing.T) {
	lead := "The bishops brokered the talks between the two camps in Lusaka. "
	for _, text := range []string{
		"According to the bishops, the Nuncio, Piero Santangelo, had pressed both camps for weeks.",
		"Apostolic Nuncio Piero Santangelo had pressed both camps for weeks.",
	} {
		if got := actorsOf(t, lead+text)[graph.Person]; !slices.Contains(got, "Piero Santangelo") {
			t.Errorf("%q: want Piero Santangelo among the persons, got %v", text, got)
		}
	}
	if got := actorsOf(t, lead+"The Nuncio had pressed both camps for weeks.")[graph.Person]; len(got) > 0 {
		t.Errorf("a bare title made a person: %v", got)
	}
}
