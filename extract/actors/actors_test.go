package actors

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

func resolveText(s string) *Story {
	g := gazetteer.Load()
	t := text.Read(s)
	return Resolve(g, t, mention.Find(g, t))
}

// A surname alone is the person first named in full; a title before the
// name gives the post and the side; a demonym and the country's name are
// one state.
func TestResolve(t *testing.T) {
	st := resolveText("Qatari Prime Minister Ana Lind met Egypt's Foreign Minister Omar Haddad in Cairo.\n" +
		"Lind later told Haddad that Qatar would host the next round.")
	find := func(name string) *Actor {
		for _, a := range st.Cast.Actors {
			if a.Name() == name {
				return a
			}
		}
		t.Fatalf("no actor %q among %d", name, len(st.Cast.Actors))
		return nil
	}
	lind, haddad, qatar := find("Ana Lind"), find("Omar Haddad"), find("Qatar")
	if lind.Kind != graph.Person || qatar.Kind != graph.State || qatar.Code != "QA" {
		t.Errorf("kinds: %+v %+v", lind, qatar)
	}
	if len(lind.Positions) != 1 || lind.Positions[0].Title != "Prime Minister" || st.Cast.Actors[lind.Positions[0].Org] != qatar {
		t.Errorf("Lind's posts %+v", lind.Positions)
	}
	if len(haddad.Positions) != 1 || st.Cast.Actors[haddad.Affiliation].Code != "EG" {
		t.Errorf("Haddad's posts %+v", haddad.Positions)
	}
	for _, m := range st.Ments[1] {
		if m.Text == "Lind" && st.Cast.Actors[m.Actor] != lind || m.Text == "Qatar" && st.Cast.Actors[m.Actor] != qatar {
			t.Errorf("%q resolved to %+v", m.Text, st.Cast.Actors[m.Actor])
		}
	}
}

// On any input every link the stage makes points into the cast.
func TestResolveContract(t *testing.T) {
	words := []string{"Qatar", "Qatari", "Doha", "U.S.", "UN", "Minister", "Prime", "President", "Ana", "Lind", "al-", "bin",
		"'s", "met", "the", "and", ",", ".", "(", ")", "\"", "-", "Mr.", "Messrs.", "Hamas", "Forces", "Council", "of", "\n",
		"envoy", "chief", "delegation", "led", "by", "Omar", "Haddad"}
	r := rand.New(rand.NewSource(3))
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := r.Intn(60); k >= 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteByte(' ')
		}
		st := resolveText(b.String())
		in := func(i int) bool { return i >= -1 && i < len(st.Cast.Actors) }
		for _, ms := range st.Ments {
			for _, m := range ms {
				if !in(m.Actor) {
					t.Fatalf("%q: mention %q links to %d", b.String(), m.Text, m.Actor)
				}
			}
		}
		for _, a := range st.Cast.Actors {
			if !in(a.Affiliation) {
				t.Fatalf("%q: affiliation %d", b.String(), a.Affiliation)
			}
			for _, p := range a.Positions {
				if !in(p.Org) {
					t.Fatalf("%q: post in %d", b.String(), p.Org)
				}
			}
		}
	}
}

// A title with no name after a state, possessive or after "the", is the one
// person of the story holding that post; with two holders it is no one.
func TestTitleWithoutName(t *testing.T) {
	st := resolveText("Chilean President Ana Soto and Peruvian Foreign Minister Omar Haddad arrived in Lima.\n" +
		"The Chilean president later met Peru's foreign minister.")
	var got []string
	for _, m := range st.Ments[1] {
		if m.Actor >= 0 && st.Cast.Actors[m.Actor].Kind == graph.Person {
			got = append(got, m.Text+"="+st.Cast.Actors[m.Actor].Name())
		}
	}
	if strings.Join(got, ",") != "president=Ana Soto,foreign minister=Omar Haddad" {
		t.Errorf("title references %v", got)
	}
	st = resolveText("Chilean Minister Ana Soto and Chilean Minister Luis Vega arrived.\nThe Chilean minister spoke.")
	for _, m := range st.Ments[1] {
		if m.Actor >= 0 && st.Cast.Actors[m.Actor].Kind == graph.Person {
			t.Errorf("%q resolved to %s though two people hold the post", m.Text, st.Cast.Actors[m.Actor].Name())
		}
	}
}

// A side's description is linked to the side named before it — the state
// first named with its government, the body whose name the noun ends, the
// group named last — or dropped: it never makes an actor.
func TestDescriptionsResolve(t *testing.T) {
	st := resolveText("Chile's government and the Southern Liberation Front have fought for years. Peru's government hosts the talks.\n" +
		"The rebels and the government agreed; the front clapped. The union said nothing.")
	got := map[string]string{}
	for _, ms := range st.Ments {
		for _, m := range ms {
			if m.Kind == mention.Described {
				t.Errorf("%q left as a description", m.Text)
			}
			if m.Actor >= 0 {
				got[m.Text] = st.Cast.Actors[m.Actor].Name()
			}
		}
	}
	want := map[string]string{"rebels": "Southern Liberation Front", "government": "Chile", "front": "Southern Liberation Front"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q -> %q, want %q", k, got[k], v)
		}
	}
	if _, ok := got["union"]; ok {
		t.Errorf("'the union' with no union named before resolved to %q", got["union"])
	}
	for _, a := range st.Cast.Actors {
		if n := strings.ToLower(a.Name()); n == "rebels" || n == "union" || n == "government" {
			t.Errorf("a description made an actor %q", a.Name())
		}
	}
}
