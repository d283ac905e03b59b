package extract

import (
	"strings"
	"testing"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/graph"
)

// States since renamed (former-states.tsv) are states in a story of their
// time, under their name of that time, and the graph files every one of
// them under a state it knows (graph/states.tsv), so old and new names
// still join there.
func TestRenamedStatesJoinTheGraph(t *testing.T) {
	for _, col := range gazetteer.ReadRows("former-states.tsv") {
		// A record names a state by its common name, whatever form the
		// text gave.
		if _, ok := graph.StateName(col[1]); !ok {
			t.Errorf("%s (%s): not a state graph/states.tsv knows", col[1], col[0])
		}
	}
}

func TestRenamedStateAsSide(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: strings.Join([]string{
		"Neighbours settle frontier quarrel",
		"Zaire and Dahomey yesterday signed an accord ending their quarrel over the river frontier.",
		"The Zairean foreign minister, Jean Bokanga, and the Dahomeyan foreign minister, Paul Adjovi, signed it in Lagos in the presence of General Obi Nwosu, who has mediated between the two countries since January.",
	}, "\n")})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]graph.Kind{}
	for _, a := range rec.Actors {
		kinds[a.Name] = a.Kind
	}
	for _, s := range []string{"Zaire", "Dahomey"} {
		if kinds[s] != graph.State {
			t.Errorf("%s: kind %q, want a state; actors %v", s, kinds[s], kinds)
		}
	}
	parties := map[string]bool{}
	for _, n := range rec.Negotiations {
		for _, p := range n.Parties {
			parties[p] = true
		}
	}
	if !parties["Zaire"] || !parties["Dahomey"] {
		t.Errorf("parties %v, want Zaire and Dahomey; negotiations %+v", parties, rec.Negotiations)
	}
}

// "Persian" names a language and a gulf: no state comes of it.
func TestPersianIsNoState(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Gulf talks\nForeign Minister Lena Okoro met Foreign Minister Tomas Varga on a ship in the Persian Gulf on Monday, and they spoke in Persian."})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Name == "Persia" {
			t.Errorf("Persia read as an actor: %+v", a)
		}
	}
}
