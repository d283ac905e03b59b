package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's eighty-third round: states read as the participants of talks
// whose people the story names, each shape with sentences of its own.

// "A and B resumed talks on Tuesday" and, a sentence or two on, "A's team
// was led by X and B's side by Y. The two ministers met for three hours":
// one encounter, told first by its sides and then by its people, who give
// no day of their own (p530, p297, p362). The states are no pair of their
// own.
func TestStatesTalksFoldIntoNextSentencesPeople(t *testing.T) {
	text := "Talks\nGhana and Togo resumed talks in Lome on Tuesday over their shared border. The Ghanaian delegation was led by Foreign Minister Kofi Addo and the Togolese side by Foreign Minister Yao Agbeko. The two ministers met for three hours and agreed on a survey."
	got := pairsOf(t, text)
	if slices.Contains(got, "Ghana|Togo") {
		t.Errorf("the states stayed a pair beside their people: %v", got)
	}
	if !slices.Contains(got, "Kofi Addo|Yao Agbeko") {
		t.Errorf("pairs %v, want Kofi Addo|Yao Agbeko", got)
	}
	for _, m := range heldAt(t, text, corefPub) {
		if slices.Contains(m.Participants, "Kofi Addo") && m.Date != "2025-05-06" {
			t.Errorf("the people's meeting took date %q, want the sides' day 2025-05-06", m.Date)
		}
	}
	// Minimal pair: the people's meeting told far from the sides' report
	// may be another round; the sides' meeting stays.
	far := "Talks\nGhana and Togo resumed talks in Lome on Tuesday over their shared border. The border was drawn in 1914. Farmers on both sides have long crossed it freely. Traders say the crossings are busy. The Ghanaian delegation was led by Foreign Minister Kofi Addo and the Togolese side by Foreign Minister Yao Agbeko. The two ministers met for three hours."
	if got := pairsOf(t, far); !slices.Contains(got, "Ghana|Togo") {
		t.Errorf("a report four sentences on was folded into the sides' meeting: %v", got)
	}
}

// "the Surinamese side": the country data gives only "Surinamer", so the
// common demonym named no state and a gapped "and the Surinamese side by
// Y" put Y on the other side (p530, p392, p457).
func TestSurinameseNamesSuriname(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Talks\nGuyana and Suriname held border talks on Monday. The Guyanese delegation was headed by Foreign Minister Anil Persaud and the Surinamese side by Foreign Minister Ria Kromo. The two ministers met for an hour.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Name != "Ria Kromo" {
			continue
		}
		if a.Kind != graph.Person || len(a.Positions) == 0 || a.Positions[0].Organization != "Suriname" {
			t.Errorf("Ria Kromo: %+v, want a post in Suriname", a)
		}
		return
	}
	t.Errorf("Ria Kromo not found: %+v", rec.Actors)
}

// "A and B held talks in X on Tuesday. A's chief negotiator Y met Z in X
// on Tuesday": Z, of no side the story states, sat for B, so the states'
// meeting is their people's (p261, p335, p430). A people's meeting with
// no side known at all says nothing of who sat for the states.
func TestStatesTalksFoldWithOneSideUnstated(t *testing.T) {
	text := "Talks\nBelgium and Poland held talks in Ghent on Tuesday on river transport. Belgium's chief negotiator Anna Claes met Jan Nowak in Ghent on Tuesday."
	got := pairsOf(t, text)
	if slices.Contains(got, "Belgium|Poland") || !slices.Contains(got, "Anna Claes|Jan Nowak") {
		t.Errorf("pairs %v, want Anna Claes|Jan Nowak alone", got)
	}
	// Minimal pair: neither person's side is stated; the states stay.
	text = "Talks\nBelgium and Poland held talks in Ghent on Tuesday on river transport. Anna Claes met Jan Nowak in Ghent on Tuesday."
	if got := pairsOf(t, text); !slices.Contains(got, "Belgium|Poland") {
		t.Errorf("the states' meeting folded into people of no stated side: %v", got)
	}
}
