package store_test

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
)

func report(id, publisher, published, date, place, evidence string, status graph.Status, attribution string) graph.Record {
	return graph.Record{
		ID:     id,
		Source: graph.Source{Publisher: publisher, Published: published, Title: id},
		Actors: []graph.Actor{
			{Name: "William Burns", Kind: graph.Person, Aliases: []string{"Burns"},
				Positions: []graph.Position{{Title: "Director", Organization: "CIA", Start: "2021-03", End: "2025-01"}}},
			{Name: "David Barnea", Kind: graph.Person, Aliases: []string{"Barnea"}},
		},
		Meetings: []graph.Meeting{{Participants: []string{"Burns", "Barnea"}, Date: date, Place: place,
			Status: status, Mode: graph.InPerson, Evidence: evidence, Attribution: attribution}},
	}
}

func TestOneMeetingManySources(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	recs := []graph.Record{
		report("cbs", "CBS News", "2024-05-25", "2024-05-24", "Paris", "Friday's Paris talks between Burns and Barnea.", graph.Held, "regional sources"),
		report("reuters", "Reuters", "2024-05-26", "2024-05", "Paris", "Burns and Barnea met in Paris this month.", graph.Held, ""),
		report("axios", "Axios", "2024-05-22", "2024-05-24", "Paris", "Burns and Barnea are expected in Paris on Friday.", graph.Planned, "according to Axios"),
		report("later", "Reuters", "2024-06-30", "2024-06-28", "Paris", "Burns and Barnea met again in Paris.", graph.Held, ""),
	}
	for _, r := range recs {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	page, err := st.Meetings(ctx, graph.MeetingQuery{Limit: 10, Oldest: true})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 2 {
		t.Fatalf("%d meetings, want 2 (the May meeting from three sources, the June one)", page.Total)
	}
	may, june := page.Items[0], page.Items[1]
	if may.Date != "2024-05-24" || may.Status != graph.Held || len(may.Sources) != 3 || may.SourceCount != 3 {
		t.Fatalf("May meeting: date %s status %s, %d reports from %d sources", may.Date, may.Status, len(may.Sources), may.SourceCount)
	}
	statuses := map[string]graph.Status{}
	for _, s := range may.Sources {
		statuses[s.SourceID] = s.Status
		if s.SourceID == "axios" && s.Attribution != "according to Axios" {
			t.Errorf("axios report attribution %q", s.Attribution)
		}
	}
	if statuses["axios"] != graph.Planned || statuses["cbs"] != graph.Held {
		t.Errorf("report statuses %v", statuses)
	}
	if june.Date != "2024-06-28" || len(june.Sources) != 1 {
		t.Fatalf("June meeting %+v", june)
	}
	for _, p := range may.Participants {
		if p.Name == "William Burns" && (len(p.Posts) != 1 || p.Posts[0] != "Director, CIA") {
			t.Errorf("Burns's posts on the meeting's date: %v", p.Posts)
		}
	}

	before, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if after, _ := st.Count(ctx); after != before {
		t.Fatalf("loading the sources again changed the graph: %+v → %+v", before, after)
	}

	// Posts over time: after the post ends, the meeting shows none.
	late := report("late", "AP", "2025-06-01", "2025-05-30", "Cairo", "Burns and Barnea met in Cairo.", graph.Held, "")
	if _, err := st.LoadRecord(ctx, late); err != nil {
		t.Fatal(err)
	}
	res, err := st.Meetings(ctx, graph.MeetingQuery{PlaceID: graph.PlaceID("Cairo"), Limit: 1})
	if err != nil || len(res.Items) != 1 {
		t.Fatalf("Cairo meeting: %v %+v", err, res)
	}
	for _, p := range res.Items[0].Participants {
		if p.Name == "William Burns" && len(p.Posts) != 0 {
			t.Errorf("in 2025-05 Burns is shown as %v, but the post ended 2025-01", p.Posts)
		}
	}
}

func TestGraphAsKnownOnADay(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	for _, r := range []graph.Record{
		report("axios", "Axios", "2024-05-22", "2024-05-24", "Paris", "Burns and Barnea are expected in Paris on Friday.", graph.Planned, ""),
		report("cbs", "CBS News", "2024-05-25", "2024-05-24", "Paris", "Friday's Paris talks between Burns and Barnea.", graph.Held, ""),
	} {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		asOf    string
		reports int
		status  graph.Status
	}{
		{"2024-05-21", 0, ""},
		{"2024-05-23", 1, graph.Planned},
		{"2024-05-25", 2, graph.Held},
		{"", 2, graph.Held},
	} {
		page, err := st.Meetings(ctx, graph.MeetingQuery{AsOf: tc.asOf, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if tc.reports == 0 {
			if page.Total != 0 {
				t.Errorf("as of %s: %d meetings, want none", tc.asOf, page.Total)
			}
		} else if page.Total != 1 || len(page.Items[0].Sources) != tc.reports || page.Items[0].Status != tc.status {
			t.Errorf("as of %s: %+v, want one meeting with %d reports, %s", tc.asOf, page.Items, tc.reports, tc.status)
		}
		g, err := st.Subgraph(ctx, graph.GraphQuery{ActorID: "person:william-burns", Depth: 1, Limit: 50, AsOf: tc.asOf})
		if err != nil {
			t.Fatal(err)
		}
		met := 0
		for _, e := range g.Edges {
			if e.Type == graph.EdgeMet {
				met++
			}
		}
		if (met > 0) != (tc.reports > 0) {
			t.Errorf("as of %s: %d met edges", tc.asOf, met)
		}
	}
}

// The profile and the places, as known on a day: what later sources added
// (a post, a role, a meeting and its place) is not there yet.
func TestProfileAndPlacesAsKnownOnADay(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	early := report("cbs", "CBS News", "2024-05-25", "2024-05-24", "Paris", "Friday's Paris talks between Burns and Barnea.", graph.Held, "")
	later := report("later", "Reuters", "2024-07-02", "2024-06-30", "Doha", "Burns and Barnea met in Doha.", graph.Held, "")
	later.Actors[1].Positions = []graph.Position{{Title: "Director", Organization: "Mossad"}}
	later.Negotiations = []graph.Negotiation{{Topic: "Gaza ceasefire", Parties: []string{"Israel"}, Mediators: []string{"Burns"}}}
	later.Actors = append(later.Actors, graph.Actor{Name: "Israel", Kind: graph.State})
	for _, r := range []graph.Record{early, later} {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		asOf                          string
		meetings, sources, roles, cps int
		barneaPosts                   int
		places                        []string
	}{
		{"2024-05-01", 0, 0, 0, 0, 0, nil},
		{"2024-06-01", 1, 1, 0, 1, 0, []string{"Paris"}},
		{"2024-07-02", 2, 2, 1, 1, 1, []string{"Doha", "Paris"}},
		{"", 2, 2, 1, 1, 1, []string{"Doha", "Paris"}},
	} {
		burns, err := st.Profile(ctx, "person:william-burns", tc.asOf)
		if err != nil {
			t.Fatal(err)
		}
		if burns.Meetings != tc.meetings || burns.Sources != tc.sources || len(burns.Roles) != tc.roles || len(burns.Counterparts) != tc.cps {
			t.Errorf("as of %q Burns has %d meetings, %d sources, %d roles, %d counterparts; want %d, %d, %d, %d",
				tc.asOf, burns.Meetings, burns.Sources, len(burns.Roles), len(burns.Counterparts), tc.meetings, tc.sources, tc.roles, tc.cps)
		}
		barnea, err := st.Profile(ctx, "person:david-barnea", tc.asOf)
		if err != nil {
			t.Fatal(err)
		}
		if len(barnea.Positions) != tc.barneaPosts {
			t.Errorf("as of %q Barnea holds %+v, want %d posts", tc.asOf, barnea.Positions, tc.barneaPosts)
		}
		places, err := st.Places(ctx, "", tc.asOf, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range places.Items {
			if p.Meetings != 1 {
				t.Errorf("as of %q %s has %d meetings, want 1", tc.asOf, p.Name, p.Meetings)
			}
			names = append(names, p.Name)
		}
		slices.Sort(names)
		if !slices.Equal(names, tc.places) || places.Total != len(tc.places) {
			t.Errorf("as of %q places %v (total %d), want %v", tc.asOf, names, places.Total, tc.places)
		}
	}
}

// Negotiations as known on a day: a mediator named only by a later source
// is not there yet, nor is a negotiation nothing had been said of.
func TestNegotiationsAsKnownOnADay(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	early := report("cbs", "CBS News", "2024-05-25", "2024-05-24", "Paris", "Friday's Paris talks between Burns and Barnea.", graph.Held, "")
	early.Actors = append(early.Actors, graph.Actor{Name: "Israel", Kind: graph.State}, graph.Actor{Name: "Qatar", Kind: graph.State})
	early.Negotiations = []graph.Negotiation{{Topic: "Gaza ceasefire", Parties: []string{"Israel"}}}
	later := report("later", "Reuters", "2024-07-02", "2024-06-30", "Doha", "Burns and Barnea met in Doha.", graph.Held, "")
	later.Actors = append(later.Actors, graph.Actor{Name: "Qatar", Kind: graph.State}, graph.Actor{Name: "Israel", Kind: graph.State})
	later.Negotiations = []graph.Negotiation{{Topic: "Gaza ceasefire", Parties: []string{"Israel"}, Mediators: []string{"Qatar"}}}
	for _, r := range []graph.Record{early, later} {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		asOf                      string
		total, mediators, parties int
	}{
		{"2024-05-01", 0, 0, 0},
		{"2024-06-01", 1, 0, 1},
		{"", 1, 1, 1},
	} {
		page, err := st.Negotiations(ctx, "", tc.asOf, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != tc.total {
			t.Fatalf("as of %q: %d negotiations, want %d", tc.asOf, page.Total, tc.total)
		}
		if tc.total == 0 {
			continue
		}
		n := page.Items[0]
		if len(n.Mediators) != tc.mediators || len(n.Parties) != tc.parties {
			t.Errorf("as of %q: %+v", tc.asOf, n)
		}
	}
}
