package store_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
)

// A hub whose counterparts tie on their counts (names outside ASCII
// among them), some of them also tied to it by a post or an affiliation,
// and a negotiation it is party to: the pages of counterparts and the
// neighbours read a page of the ordering keys at a time come in the order
// read from all the pairs and from the meetings, ties broken by id.
func TestOrderKeysTies(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	hub := graph.Actor{Name: "Orla Venterhaus", Kind: graph.Person,
		Positions: []graph.Position{{Title: "Envoy", Organization: "Quillmark Union"}}}
	names := []string{"Ábel Tornquist", "Łucja Berendt", "王 小明", "Ana Fairweather", "Ivo Brandvik",
		"Zora Mellin", "Ödön Kastel", "Бора Ленски", "Quillmark Union", "Pell Harrowgate"}
	// How often each meets the hub: ties at 3, 2 and 1.
	times := []int{3, 3, 3, 2, 2, 2, 1, 1, 1, 1}
	var recs []graph.Record
	day := 0
	for i, name := range names {
		kind := graph.Person
		if name == "Quillmark Union" {
			kind = graph.Organization
		}
		a := graph.Actor{Name: name, Kind: kind}
		if name == "Pell Harrowgate" {
			a.Affiliation = "Quillmark Union"
		}
		for k := 0; k < times[i]; k++ {
			day++
			date := fmt.Sprintf("2023-%02d-%02d", 1+day/28, 1+day%28)
			if k == 1 {
				date = "" // undated meetings count too
			}
			r := graph.Record{
				ID: fmt.Sprintf("ties-%02d-%d", i, k),
				Source: graph.Source{URL: fmt.Sprintf("https://example.org/ties/%d/%d", i, k), Title: "Talks",
					Publisher: "Tie Gazette", Published: "2023-12-01"},
				Actors: []graph.Actor{hub, a},
				Meetings: []graph.Meeting{{Participants: []string{hub.Name, name}, Date: date,
					Place: fmt.Sprintf("Harbour %d", day), Status: graph.Held,
					Evidence: fmt.Sprintf("The envoy sat down with guest %d on day %d.", i, day)}},
			}
			if i == 0 && k == 0 {
				r.Negotiations = []graph.Negotiation{{Topic: "river rights", Parties: []string{hub.Name, name}}}
			}
			recs = append(recs, r)
		}
	}
	for _, r := range recs {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	hubID := graph.ActorID(graph.Person, hub.Name)
	want, err := st.CounterpartsFromMeetings(ctx, hubID)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != len(names) {
		t.Fatalf("the hub met %d counterparts, want %d: %v", len(want), len(names), want)
	}
	for _, size := range []int{1, 2, 3, 4, 100} {
		checkCounterpartPages(t, ctx, st, hubID, graph.MetFilter{}, size, want)
	}
	kept, err := st.Met(ctx, hubID, graph.MetFilter{})
	if err != nil {
		t.Fatal(err)
	}
	counted, err := st.Met(ctx, hubID, graph.MetFilter{AsOf: "2099-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	ties := 0
	for i, c := range kept.Counterparts {
		o := counted.Counterparts[i]
		if c.Actor.ID != o.Actor.ID || c.Count != o.Count {
			t.Fatalf("counterpart %d: from the keys %s (%d), from the meetings %s (%d)", i, c.Actor.ID, c.Count, o.Actor.ID, o.Count)
		}
		if i > 0 && kept.Counterparts[i-1].Count == c.Count {
			ties++
		}
	}
	if ties < 6 {
		t.Fatalf("only %d ties among %+v", ties, kept.Counterparts)
	}
	// The post and the affiliation add to a pair's count (the union of
	// qNeighboursPairs keeps one row per id and weight: a pair met once
	// and tied otherwise weighs one).
	res, err := st.CypherUnchecked(ctx, `MATCH (a:Actor) RETURN a.id ORDER BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range res.Rows {
		id := fmt.Sprint(row[0])
		for limit := 1; limit <= len(names)+3; limit++ {
			paged, all, err := st.Neighbours(ctx, id, limit)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(paged, all) {
				t.Fatalf("neighbours of %s, first %d: a page of the keys gives %v; all the pairs %v", id, limit, paged, all)
			}
		}
	}
	// The hub's meetings, newest first, undated last, in pages.
	for _, size := range []int{1, 2, 3, 7} {
		checkMeetingPages(t, ctx, st, hubID, size)
	}
	paged, _, err := st.Neighbours(ctx, hubID, 100)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(paged, graph.ActorID(graph.Organization, "Quillmark Union")) || !slices.ContainsFunc(paged, func(id string) bool { return len(id) > 12 && id[:12] == "negotiation:" }) {
		t.Fatalf("neighbours of the hub %v lack the organization or the negotiation", paged)
	}
}

// EnsureSchema gives the ordering keys to a database written without them.
func TestOrderKeysFilledBySchema(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	w := newMetWorld(7)
	for i := 0; i < 12; i++ {
		if _, err := st.LoadRecord(ctx, w.record()); err != nil {
			t.Fatal(err)
		}
	}
	met, err := st.MetKeyLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	attended, err := st.AttendedKeyLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.DropOrderKeys(ctx); err != nil {
		t.Fatal(err)
	}
	if err := st.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	met2, err := st.MetKeyLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	attended2, err := st.AttendedKeyLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(met) < 5 || len(attended) < 10 {
		t.Fatalf("only %d pairs and %d attendances", len(met), len(attended))
	}
	sameDump(t, "met-with keys after EnsureSchema", met, met2)
	sameDump(t, "attendance keys after EnsureSchema", attended, attended2)
}
