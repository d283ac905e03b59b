package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's ninetieth round: persons not found because the name stage
// left them without the title that stands before them, each shape with
// sentences of its own.

// "the Speaker of the National Assembly of X Y", "Chairman of the Z
// Assembly Y": the title's "of" complement is a body the mention stage
// reads as one institution's run ("Speaker of the National Assembly"),
// with no title mention left before it, and may name a second body or a
// state after it. Y, named once, was dropped as a name in passing; the
// title now reaches Y across the bodies (p408, p391, p574). The bodies
// describe the post and are no participants.
func TestTitleAcrossNestedBodies(t *testing.T) {
	for _, text := range []string{
		"Talks\nPresident Ana Lind arrived in Oslo on Monday for a state visit. Later, the Head of State met with Speaker of the National Assembly of Norway Jonas Berg.",
		"Talks\nPresident Ana Lind arrived in Oslo on Monday for a state visit. Later, the President met the Chairman of the Grand Assembly Jonas Berg.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == "Jonas Berg" })
		if i < 0 {
			t.Errorf("%q: Jonas Berg not found: %+v", text, rec.Actors)
			continue
		}
		if a := rec.Actors[i]; a.Kind != graph.Person || len(a.Positions) == 0 || a.Positions[0].Organization == "" {
			t.Errorf("%q: Jonas Berg %+v, want a post", text, a)
		}
		for _, m := range rec.Meetings {
			for _, p := range m.Participants {
				if p == "Norway" || strings.HasSuffix(p, "Assembly") {
					t.Errorf("%q: a body of the title became a participant: %v", text, m.Participants)
				}
			}
		}
	}
	// Minimal pair: a capitalized word that is no title before the
	// bodies ("the Library of the National Assembly") makes no post,
	// and no person is read out of the bodies' names.
	rec, err := Extract(Article{ID: "t", Text: "Talks\nOn Monday, Prime Minister Ana Lind toured the Library of the National Assembly of Norway in Oslo.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Name != "Ana Lind" && a.Kind == graph.Person {
			t.Errorf("a person read out of a body's name: %+v", a)
		}
	}
}

// "the Speaker of the Legislative Chamber X", "the Speaker of the Majlis
// Y": "chamber" and "majlis" end a body's name as "assembly" and
// "parliament" do, so the run splits at them; without them the body was
// read into the name ("Legislative Chamber X" a person, p525, p574).
func TestChamberAndMajlisEndABody(t *testing.T) {
	for text, want := range map[string]string{
		"Talks\nPresident Ana Lind arrived in Riga on Monday. She later had a meeting with the Speaker of the Legislative Chamber Jonas Berg.": "Ana Lind|Jonas Berg",
		"Talks\nPresident Ana Lind arrived in Tehran on Monday. She later had a meeting with the Speaker of the Majlis Ali Karimi.":            "Ali Karimi|Ana Lind",
	} {
		if got := pairsOf(t, text); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: pairs %v, want %s", text, got, want)
		}
	}
	// Minimal pair: a body named with "Chamber" before a name in
	// apposition keeps the name whole and the body out of the meeting.
	got := pairsOf(t, "Talks\nPresident Ana Lind arrived in Riga on Monday. She later met the head of the Latvian Chamber of Commerce, Jonas Berg.")
	if !slices.Equal(got, []string{"Ana Lind|Jonas Berg"}) {
		t.Errorf("pairs %v, want Ana Lind|Jonas Berg", got)
	}
}
