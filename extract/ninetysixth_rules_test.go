package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's ninety-sixth round: negotiations whose sides are states,
// governments, armed groups or parties named in varied ways, with no
// mediator, each shape with sentences of its own.

// "Union Home Minister X", "the Union government": the bare word is the
// national government of a state that styles itself a union (India,
// Myanmar), the one the story names most, not a body called "Union" that
// then stands as a side of the talks (p609, p613).
func TestUnionGovernmentIsState(t *testing.T) {
	for _, c := range []struct{ text, person, state string }{
		{"Rebels sign accord\nNEW DELHI, May 3 - Union Home Minister Ravi Menon met the rebel leader Tomba Singh in New Delhi on Tuesday, and the two sides signed a peace accord. India had held talks with the group for ten years.", "Ravi Menon", "India"},
		{"Ceasefire text agreed\nYANGON, 4 June - Union Minister U Kyaw Lin and the rebel leader Saw Htoo signed a ceasefire agreement in Yangon on Tuesday after talks between Myanmar and the armed group.", "Kyaw Lin", "Myanmar"},
	} {
		rec, err := Extract(Article{ID: "t", Text: c.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range rec.Actors {
			if a.Name == "Union" {
				t.Errorf("%q: a body called Union: %+v", c.text, rec.Actors)
			}
		}
		i := slices.IndexFunc(rec.Actors, func(a graph.Actor) bool { return a.Kind == graph.Person && strings.Contains(a.Name, c.person) })
		if i < 0 || len(rec.Actors[i].Positions) == 0 || rec.Actors[i].Positions[0].Organization != c.state {
			t.Errorf("%q: want %s a minister of %s: %+v", c.text, c.person, c.state, rec.Actors)
		}
	}
	// Minimal pairs: with no union-styled state in the story, or with
	// "Union" the end of a longer name, the word is not read as a state.
	for _, text := range []string{
		"Talks in Oslo\nOSLO, May 3 - Union Minister Ravi Menon met Norwegian officials in Oslo on Tuesday.",
		"Talks in Oslo\nOSLO, May 3 - European Union Minister Ravi Menon met Indian officials in Oslo on Tuesday.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range rec.Actors {
			if a.Kind == graph.Person && a.Name == "Ravi Menon" && len(a.Positions) > 0 && (a.Positions[0].Organization == "India" || a.Positions[0].Organization == "Myanmar") {
				t.Errorf("%q: Union read as a state: %+v", text, a)
			}
		}
	}
}

// "A signed a peace accord with B", "A on Friday inked a memorandum of
// settlement with B and C": a signer whose pact settles a dispute and
// those it signs with are the sides, with no mediator, "between" or "A
// and B" subject to name them (p613).
func TestSignedSettlementWith(t *testing.T) {
	for _, text := range []string{
		"Accord signed\nMANILA, May 3 - The Moro Islamic Liberation Front signed a peace accord with the Philippines on Friday.",
		"Accord signed\nMANILA, May 3 - The Moro Islamic Liberation Front (MILF) on Friday inked a ceasefire agreement with the Philippine government, ending years of fighting.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, n := range rec.Negotiations {
			ok = ok || slices.Contains(n.Parties, "Moro Islamic Liberation Front") && len(n.Parties) == 2
		}
		if !ok {
			t.Errorf("%q: want the front and the state as sides: %+v", text, rec.Negotiations)
		}
	}
	// Minimal pairs: a pact of no dispute, or a place the signers come
	// "from", joins no sides.
	for _, text := range []string{
		"Accord signed\nMANILA, May 3 - The Philippines signed a trade agreement with Japan on Friday.",
		"Accord signed\nMANILA, May 3 - Two militias from the Philippines signed a peace accord with Japan on Friday.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Negotiations) > 0 {
			t.Errorf("%q: want no sides: %+v", text, rec.Negotiations)
		}
	}
}

// "Premier X of Communist China": a regime's word between the title's
// "of" and the state leaves the post the state's (p610).
func TestRegimeQualifiedState(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Talks end\nPremier Wu Lan of Communist China arrived in Rangoon on Monday for talks with Burmese leaders.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == "Wu Lan" })
	if i < 0 || len(rec.Actors[i].Positions) == 0 || rec.Actors[i].Positions[0].Organization != "China" {
		t.Errorf("want Wu Lan Premier of China: %+v", rec.Actors)
	}
	// Minimal pair: a qualifier before no state gives no state's post.
	rec, err = Extract(Article{ID: "t", Text: "Talks end\nSecretary Wu Lan of Communist Youth arrived in Rangoon on Monday for talks with Burmese leaders.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Name == "Wu Lan" && len(a.Positions) > 0 && a.Positions[0].Organization == "China" {
			t.Errorf("a post of a state the text does not name: %+v", a)
		}
	}
}

// "NEW DELHI - Prime Minister X and Premier Y of B ended talks on their
// border dispute": filed from the home capital, the one titled
// participant of no state across the table from a foreign state's people
// is of the home state, and the two states are the sides (p610).
func TestHomeCapitalSide(t *testing.T) {
	has := func(ns []graph.Negotiation, a, b string) bool {
		for _, n := range ns {
			if slices.Contains(n.Parties, a) && slices.Contains(n.Parties, b) {
				return true
			}
		}
		return false
	}
	rec, err := Extract(Article{ID: "t", Text: "Border talks end\nNEW DELHI, April 5 (AP) - Prime Minister Ravi Menon and President Karl Berg of Austria ended three days of talks on their border dispute today. Indian officials said the talks would resume in June.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if !has(rec.Negotiations, "India", "Austria") {
		t.Errorf("want India and Austria as sides: %+v", rec.Negotiations)
	}
	// Minimal pairs: filed from the foreign state's capital, or from a
	// city that is no capital, the titled participant gets no state; talks
	// on border trade tell no dispute at the table; a rebel leader or a
	// former prime minister holds no post of the home state's.
	for _, text := range []string{
		"Border talks end\nNEW DELHI, April 5 (AP) - Rebel leader Ravi Menon and President Karl Berg of Austria ended three days of talks on their border dispute today. Indian officials said the talks would resume in June.",
		"Border talks end\nNEW DELHI, April 5 (AP) - Former Prime Minister Ravi Menon and President Karl Berg of Austria ended three days of talks on their border dispute today. Indian officials said the talks would resume in June.",
		"Border talks end\nNEW DELHI, April 5 (AP) - Prime Minister Ravi Menon and President Karl Berg of Austria ended three days of talks on border trade today. Indian officials said the talks would resume in June.",
		"Border talks end\nVIENNA, April 5 (AP) - Prime Minister Ravi Menon and President Karl Berg of Austria ended three days of talks on their border dispute today. Indian officials said the talks would resume in June.",
		"Border talks end\nGENEVA, April 5 (AP) - Prime Minister Ravi Menon and President Karl Berg of Austria ended three days of talks on their border dispute today. Indian officials said the talks would resume in June.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if has(rec.Negotiations, "India", "Austria") {
			t.Errorf("%q: India read as a side: %+v", text, rec.Negotiations)
		}
	}
}
