package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-forty-second round: Oceania and Pacific
// outlets (p2684-p2689: a coup-era accord between an army and rebels, a
// governor-general's talks between two party leaders, a regional forum's
// first meeting, a prime minister's visit to a neighbour, a resettlement
// deal signed abroad, a minister's talks on an island state); each rule
// with sentences of its own.

// fourhundredfortysecondPersons lists the person actors of a text.
func fourhundredfortysecondPersons(t *testing.T, text string) []string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range rec.Actors {
		if a.Kind == "person" {
			out = append(out, a.Name)
		}
	}
	return out
}

// "Ratu Sir A B", later "Ratu B": the Fijian chief's style opens no name,
// so the short form is the same person and no actor of its own (words.txt
// honorifics; p2685, p2686). The negative case: a name with no style keeps
// its two persons apart.
func TestRatuStyleNoPersonOfItsOwn(t *testing.T) {
	text := "Leaders agree\nSUVA, May 4 - The Governor-General, Ratu Sir Josefa Waqanivalu, met the opposition leader, Dr Eroni Tavola, at Government House yesterday. Ratu Waqanivalu said the two had agreed on a review of the constitution."
	got := fourhundredfortysecondPersons(t, text)
	if !slices.Contains(got, "Josefa Waqanivalu") {
		t.Errorf("persons %v: no Josefa Waqanivalu", got)
	}
	for _, p := range got {
		if p == "Ratu Waqanivalu" || p == "Ratu" {
			t.Errorf("persons %v: the style made a person of its own", got)
		}
	}
	if !slices.Contains(got, "Eroni Tavola") {
		t.Errorf("persons %v: no Eroni Tavola", got)
	}
}
