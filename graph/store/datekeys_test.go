package store_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
)

// dateClassRecords are records whose meetings have a date of every kind
// the schema allows — a day, a month, a year, a period of days, a period
// of months, none — each later refined by a second source (a day inside
// the month, year or period), so that consolidation moves the meeting to
// another date.
func dateClassRecords() (first, refinements []graph.Record) {
	actors := []graph.Actor{}
	for i := range 6 {
		actors = append(actors, graph.Actor{Name: fmt.Sprintf("Envoy %c Tester", 'A'+i), Kind: graph.Person})
	}
	places := []string{"Geneva", "Doha", "Oslo"}
	dates := func(i int) (string, string) { // a date of class i%6, and a day inside it
		y := 2019 + i%4
		switch i % 6 {
		case 0:
			return fmt.Sprintf("%d-03-%02d", y, 1+i%27), fmt.Sprintf("%d-03-%02d", y, 1+i%27)
		case 1:
			return fmt.Sprintf("%d-%02d", y, 1+i%12), fmt.Sprintf("%d-%02d-15", y, 1+i%12)
		case 2:
			return fmt.Sprint(y), fmt.Sprintf("%d-07-04", y)
		case 3:
			return fmt.Sprintf("%d-12-30/%d-01-02", y, y+1), fmt.Sprintf("%d-12-31", y)
		case 4:
			return fmt.Sprintf("%d-05/%d-06", y, y), fmt.Sprintf("%d-06-01", y)
		}
		return "", ""
	}
	for i := range 36 {
		a, b := actors[i%6], actors[(i+1+i/6)%6]
		if a.Name == b.Name {
			b = actors[(i+2)%6]
		}
		date, day := dates(i)
		place := places[i%3]
		rec := func(id, date, published string) graph.Record {
			return graph.Record{
				ID:           id,
				Source:       graph.Source{Title: id, Publisher: "Wire", URL: "https://example.org/" + id, Published: published},
				Actors:       []graph.Actor{a, b},
				Negotiations: []graph.Negotiation{{Topic: fmt.Sprintf("Talks %d", i%2), Parties: []string{a.Name, b.Name}}},
				Meetings: []graph.Meeting{{Participants: []string{a.Name, b.Name}, Place: place, Date: date,
					Status: graph.Held, Mode: graph.InPerson, Evidence: fmt.Sprintf("%s met %s.", a.Name, b.Name)}},
			}
		}
		first = append(first, rec(fmt.Sprintf("dates-%02d", i), date, "2023-02-01"))
		if i%2 == 0 && day != "" {
			refinements = append(refinements, rec(fmt.Sprintf("dates-%02d-again", i), day, "2023-02-02"))
		}
	}
	return first, refinements
}

// The timeline read from the DateKeys equals the timeline computed from
// every meeting's own dates, for every bucket and period, after bulk and
// per-record writes and after consolidation moved meetings to other dates;
// the keys rebuilt from the meetings are the keys the writes kept.
func TestDateKeysMatchMeetings(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	first, refinements := dateClassRecords()
	var items []store.BulkItem
	for i, r := range first[:len(first)/2] {
		items = append(items, store.BulkItem{Line: i + 1, Record: r})
	}
	if _, err := bulkImport(ctx, st, items, store.BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, r := range append(append(first[len(first)/2:], graphtest.Fixture()...), refinements...) {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	o, err := st.Overview(ctx, 50)
	if err != nil {
		t.Fatal(err)
	}
	queries := []graph.TimelineQuery{{}, {AsOf: "2099-01-01"}, {AsOf: "2023-02-01"}}
	for _, p := range [][2]string{{"2020-01-01", "2020-12-31"}, {"2019-12-31", ""}, {"", "2021-06-30"}, {"2020-06-01", "2020-06-01"}, {"2024-03-01", "2024-04-30"}} {
		queries = append(queries, graph.TimelineQuery{From: p[0], To: p[1]}, graph.TimelineQuery{From: p[0], To: p[1], AsOf: "2099-01-01"})
	}
	for _, a := range o.Actors[:3] {
		queries = append(queries, graph.TimelineQuery{ActorID: a.ID}, graph.TimelineQuery{ActorID: a.ID, From: "2020-01-01"})
	}
	for _, p := range o.Places[:3] {
		queries = append(queries, graph.TimelineQuery{PlaceID: p.ID}, graph.TimelineQuery{PlaceID: p.ID, To: "2020-12-31"})
	}
	for _, n := range o.Negotiations[:3] {
		queries = append(queries, graph.TimelineQuery{NegotiationID: n.ID}, graph.TimelineQuery{NegotiationID: n.ID, PlaceID: o.Places[0].ID})
	}
	check := func(when string) {
		t.Helper()
		for _, q := range queries {
			for _, bucket := range []string{graph.BucketDay, graph.BucketMonth, graph.BucketYear} {
				q.Bucket = bucket
				got, err := st.Timeline(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				want, err := st.TimelineByScan(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %+v:\n got %+v\nwant %+v", when, q, got, want)
				}
			}
		}
	}
	check("as written")
	// The data holds every kind of date, coarse buckets and undated meetings.
	all, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: graph.BucketDay})
	if err != nil {
		t.Fatal(err)
	}
	coarse := 0
	for _, b := range all.Buckets {
		coarse += b.Coarse
	}
	if all.Undated == 0 || coarse == 0 || all.Total != o.Counts.Meetings {
		t.Fatalf("undated %d, coarse %d, total %d of %d meetings", all.Undated, coarse, all.Total, o.Counts.Meetings)
	}

	// The links and linked keys, as Dump lists them (a key left without
	// meetings by a date that changed stays, empty; the rebuild drops it).
	keys := func() (links, nodes []string) {
		t.Helper()
		d, err := st.Dump(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range d {
			switch {
			case strings.HasPrefix(l, "rel DATED"):
				links = append(links, l)
			case strings.HasPrefix(l, "node [DateKey]"):
				nodes = append(nodes, l)
			}
		}
		return links, nodes
	}
	links, nodes := keys()
	if len(links) != o.Counts.Meetings-all.Undated {
		t.Fatalf("%d DATED links for %d dated meetings", len(links), o.Counts.Meetings-all.Undated)
	}
	if err := st.DropDateKeys(ctx); err != nil {
		t.Fatal(err)
	}
	if err := st.EnsureSchema(ctx); err != nil { // finds the links missing and rebuilds them
		t.Fatal(err)
	}
	relinks, renodes := keys()
	if !reflect.DeepEqual(relinks, links) {
		t.Errorf("rebuilt links differ from the kept ones:\n%s\n---\n%s", strings.Join(relinks, "\n"), strings.Join(links, "\n"))
	}
	for _, n := range renodes {
		if !slices.Contains(nodes, n) {
			t.Errorf("rebuilt key %s was not kept", n)
		}
	}
	check("rebuilt")
}
