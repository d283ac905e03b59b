package store_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/seed"
)

func loadSeed(t *testing.T, st *store.Store) {
	t.Helper()
	if _, err := seed.Load(graphtest.Context(t), st); err != nil {
		t.Fatal(err)
	}
}

func TestLoadIsIdempotent(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	loadSeed(t, st)
	first, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if first.Nodes == 0 || first.Relationships == 0 {
		t.Fatalf("seed loaded nothing: %+v", first)
	}
	loadSeed(t, st)
	second, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if first != second {
		t.Fatalf("loading twice changed the graph: %+v then %+v", first, second)
	}
}

func TestSeedAnswersWhoMetBurns(t *testing.T) {
	st := graphtest.Store(t)
	loadSeed(t, st)
	res, err := st.Met(graphtest.Context(t), "Burns", graph.MetFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Actor.Name != "William Burns" {
		t.Fatalf("Burns resolved to %+v", res.Actor)
	}
	want := []string{"David Barnea", "Mohammed bin Abdulrahman bin Jassim Al Thani"}
	var got []string
	for _, c := range res.Counterparts {
		got = append(got, c.Actor.Name)
		m := c.Meetings[0]
		if m.Place == nil || m.Place.Name != "Paris" || m.Date != "2024-05-24" {
			t.Errorf("meeting with %s: place %+v date %q, want Paris 2024-05-24", c.Actor.Name, m.Place, m.Date)
		}
		if len(m.Sources) != 1 || m.Sources[0].SourceID != "000_1776c86441fcbedf" || m.Sources[0].Publisher != "CBS News" {
			t.Errorf("meeting sources = %+v", m.Sources)
		}
		if m.Evidence == "" || !containsAll(m.Evidence, "Paris talks", "Barnea") {
			t.Errorf("evidence = %q", m.Evidence)
		}
		if m.Negotiation == nil {
			t.Errorf("meeting not linked to the hostage negotiation")
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("Burns met %v, want %v", got, want)
	}
}

func TestMetFilters(t *testing.T) {
	st := graphtest.Store(t)
	loadSeed(t, st)
	ctx := graphtest.Context(t)
	for _, tc := range []struct {
		name string
		f    graph.MetFilter
		want int
	}{
		{"no filter", graph.MetFilter{}, 2},
		{"in Paris", graph.MetFilter{PlaceID: graph.PlaceID("Paris")}, 2},
		{"in Cairo", graph.MetFilter{PlaceID: graph.PlaceID("Cairo")}, 0},
		{"that week", graph.MetFilter{From: "2024-05-20", To: "2024-05-26"}, 2},
		{"before", graph.MetFilter{To: "2024-05-23"}, 0},
		{"after", graph.MetFilter{From: "2024-05-25"}, 0},
		{"with Barnea", graph.MetFilter{With: "person:david-barnea"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := st.Met(ctx, "William Burns", tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Counterparts) != tc.want {
				t.Fatalf("%d counterparts, want %d: %+v", len(res.Counterparts), tc.want, res.Counterparts)
			}
		})
	}
	if _, err := st.Met(ctx, "Nobody Atall", graph.MetFilter{}); !errors.Is(err, graph.ErrNotFound) {
		t.Fatalf("unknown actor: err = %v, want ErrNotFound", err)
	}
}

func TestBadRecordWritesNothing(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	bad := graph.Record{
		ID: "bad",
		Actors: []graph.Actor{
			{Name: "Ann Example", Kind: graph.Person},
			{Name: "Ben Example", Kind: graph.Person},
		},
		Meetings: []graph.Meeting{
			{Participants: []string{"Ann Example", "Ben Example"}, Status: graph.Held, Date: "2024-01-02"},
			{Participants: []string{"Ann Example", "Cy Unknown"}, Status: graph.Held},
		},
	}
	_, err := st.LoadRecord(ctx, bad)
	var fe *graph.FieldError
	if !errors.As(err, &fe) || fe.Field != "meetings[1].participants[1]" {
		t.Fatalf("err = %v, want a FieldError on meetings[1].participants[1]", err)
	}
	c, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes != 0 {
		t.Fatalf("a refused record left %d nodes", c.Nodes)
	}
}

func TestActorsResolveAcrossRecords(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	recs := []graph.Record{
		{ID: "a", Actors: []graph.Actor{
			{Name: "William Burns", Kind: graph.Person, Aliases: []string{"Burns"}, Positions: []graph.Position{{Title: "Director", Organization: "CIA"}}},
			{Name: "CIA", Kind: graph.Organization},
		}},
		{ID: "b", Actors: []graph.Actor{
			{Name: "Burns", Kind: graph.Person},
			{Name: "Ann Other", Kind: graph.Person},
		}, Meetings: []graph.Meeting{{Participants: []string{"Burns", "Ann Other"}, Status: graph.Held}}},
		{ID: "c", Actors: []graph.Actor{
			{Name: "CIA Director William Burns", Kind: graph.Person, Aliases: []string{"William Burns"}},
		}},
		{ID: "d", Actors: []graph.Actor{
			{Name: "Nicholas Burns", Kind: graph.Person, Aliases: []string{"Burns"}},
		}},
	}
	for _, r := range recs {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatalf("record %s: %v", r.ID, err)
		}
	}
	page, err := st.SearchActors(ctx, graph.ActorQuery{Text: "Burns", Kind: graph.Person, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, it := range page.Items {
		names = append(names, it.Name)
	}
	slices.Sort(names)
	if want := []string{"Nicholas Burns", "William Burns"}; !slices.Equal(names, want) {
		t.Fatalf("persons named Burns: %v, want %v (one node for William Burns, one for Nicholas)", names, want)
	}
	res, err := st.Met(ctx, "William Burns", graph.MetFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Actor.ID != "person:william-burns" || len(res.Counterparts) != 1 || res.Counterparts[0].Actor.Name != "Ann Other" {
		t.Fatalf("record b's Burns is not William Burns: %+v", res)
	}
}

func TestSearchToleratesCaseAccentsAndTypos(t *testing.T) {
	st := graphtest.Store(t)
	loadSeed(t, st)
	ctx := graphtest.Context(t)
	for q, want := range map[string]string{
		"al thani": "Mohammed bin Abdulrahman bin Jassim Al Thani",
		"Al-Thani": "Mohammed bin Abdulrahman bin Jassim Al Thani",
		"Sisi":     "Abdel Fattah el-Sisi",
		"el Sisi":  "Abdel Fattah el-Sisi",
		"Sísi":     "Abdel Fattah el-Sisi",
		"Burnz":    "William Burns",
		"blink":    "Antony Blinken",
		"barnae":   "David Barnea",
	} {
		page, err := st.SearchActors(ctx, graph.ActorQuery{Text: q, Limit: 3})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if len(page.Items) == 0 || page.Items[0].Name != want {
			t.Errorf("search %q: got %+v, want %s first", q, page.Items, want)
		}
	}
	page, err := st.SearchActors(ctx, graph.ActorQuery{Text: `"); MATCH (n) DETACH DELETE n //`, Limit: 3})
	if err != nil {
		t.Fatalf("hostile query: %v", err)
	}
	_ = page
	if c, _ := st.Count(ctx); c.Nodes == 0 {
		t.Fatal("hostile search text changed the graph")
	}
}

func containsAll(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}
