package store_test

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
)

// undatedRecord adds one meeting with no date to the fixture's cast.
func undatedRecord() graph.Record {
	return graph.Record{
		ID:     "fixture-undated",
		Source: graph.Source{Title: "Undated report", Publisher: "Wire C", URL: "https://example.org/undated", Published: "2025-02-01"},
		Actors: []graph.Actor{{Name: "Hakan Fidan", Kind: graph.Person}, {Name: "Rustem Umerov", Kind: graph.Person}},
		Meetings: []graph.Meeting{{Participants: []string{"Hakan Fidan", "Rustem Umerov"}, Place: "Ankara",
			Status: graph.Held, Mode: graph.InPerson, Evidence: "Fidan received Umerov in Ankara."}},
	}
}

func TestOverviewCountsAndBusiest(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	recs := append(graphtest.Fixture(), undatedRecord())
	for _, r := range recs {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	// What the records say, computed independently of the store.
	kinds := map[graph.Kind]map[string]bool{}
	attended := map[string]int{}
	places := map[string]int{}
	meetings, newest := 0, ""
	for _, r := range recs {
		for _, a := range r.Actors {
			if kinds[a.Kind] == nil {
				kinds[a.Kind] = map[string]bool{}
			}
			kinds[a.Kind][a.Name] = true
		}
		for _, m := range r.Meetings {
			meetings++
			for _, p := range m.Participants {
				attended[p]++
			}
			if m.Place != "" {
				places[m.Place]++
			}
		}
		if r.Source.Published > newest {
			newest = r.Source.Published
		}
	}
	o, err := st.Overview(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	c := o.Counts
	if c.Meetings != meetings || c.Sources != len(recs) || c.Places != len(places) || c.Negotiations != 4 {
		t.Errorf("counts %+v, want %d meetings, %d sources, %d places, 4 negotiations", c, meetings, len(recs), len(places))
	}
	if c.Persons != len(kinds[graph.Person]) || c.States != len(kinds[graph.State]) ||
		c.Organizations != len(kinds[graph.Organization]) || c.Groups != len(kinds[graph.Group]) {
		t.Errorf("actor counts %+v, want %d persons %d states %d organizations %d groups", c,
			len(kinds[graph.Person]), len(kinds[graph.State]), len(kinds[graph.Organization]), len(kinds[graph.Group]))
	}
	if o.Newest != newest || len(o.Sources) != 5 || o.Sources[0].Published != newest {
		t.Errorf("newest %q, sources %+v; want newest %s first of 5", o.Newest, o.Sources, newest)
	}
	for i := 1; i < len(o.Sources); i++ {
		if o.Sources[i].Published > o.Sources[i-1].Published {
			t.Errorf("sources not newest first: %+v", o.Sources)
		}
	}
	// Busiest actors: the top counts, in order.
	counts := make([]int, 0, len(attended))
	for _, n := range attended {
		counts = append(counts, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(counts)))
	if len(o.Actors) != 5 {
		t.Fatalf("actors %+v, want 5", o.Actors)
	}
	for i, a := range o.Actors {
		if a.Meetings != counts[i] || attended[a.Name] != a.Meetings {
			t.Errorf("actor %d: %s with %d meetings; records give %d, rank %d wants %d", i, a.Name, a.Meetings, attended[a.Name], i, counts[i])
		}
	}
	if len(o.Places) == 0 || places[o.Places[0].Name] != o.Places[0].Meetings {
		t.Errorf("busiest place %+v, records give %v", o.Places, places)
	}
	for _, p := range o.Places {
		if p.Meetings > o.Places[0].Meetings {
			t.Errorf("places not busiest first: %+v", o.Places)
		}
	}
	if len(o.Negotiations) != 4 || len(o.Negotiations[0].Parties) != 2 || o.Negotiations[0].Meetings < o.Negotiations[3].Meetings {
		t.Errorf("negotiations %+v", o.Negotiations)
	}
	// Latest meetings: dated, newest first, with participants.
	if len(o.Meetings) != 5 {
		t.Fatalf("meetings %d, want 5", len(o.Meetings))
	}
	for i, m := range o.Meetings {
		if m.Date == "" || len(m.Participants) < 2 || (i > 0 && m.Date > o.Meetings[i-1].Date) {
			t.Errorf("meeting %d: %+v", i, m)
		}
	}
}

func TestTimelineHistogram(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	recs := append(graphtest.Fixture(), undatedRecord())
	for _, r := range recs {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]map[string]int{"year": {}, "month": {}, "day": {}}
	undated, fidan := 0, map[string]int{}
	for _, r := range recs {
		for _, m := range r.Meetings {
			if m.Date == "" {
				undated++
				continue
			}
			want["year"][m.Date[:4]]++
			want["month"][m.Date[:7]]++
			want["day"][m.Date]++
			for _, p := range m.Participants {
				if p == "Hakan Fidan" {
					fidan[m.Date[:7]]++
				}
			}
		}
	}
	for bucket, w := range want {
		tl, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: bucket})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for i, b := range tl.Buckets {
			got[b.Key] = b.Count
			if i > 0 && b.Key <= tl.Buckets[i-1].Key {
				t.Errorf("%s buckets out of order: %v", bucket, tl.Buckets)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(w) || tl.Undated != undated || tl.Total != graphtest.FixtureMeetings+undated {
			t.Errorf("%s: got %v undated %d total %d; want %v undated %d", bucket, got, tl.Undated, tl.Total, w, undated)
		}
	}
	// An actor: Fidan's meetings, his undated one in its lane.
	tl, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: "month", ActorID: "person:hakan-fidan"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, b := range tl.Buckets {
		got[b.Key] = b.Count
	}
	if fmt.Sprint(got) != fmt.Sprint(fidan) || tl.Undated != 1 {
		t.Errorf("Fidan by month: %v undated %d; want %v and 1", got, tl.Undated, fidan)
	}
	// The actor by name is resolved after the id finds nothing, to the
	// same histogram; an actor no meeting of which is in the period, an
	// empty one; an actor nobody knows, not found.
	byName, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: "month", ActorID: "Hakan Fidan"})
	if err != nil || fmt.Sprint(byName) != fmt.Sprint(tl) {
		t.Errorf("Fidan by name: %+v, %v; by id %+v", byName, err, tl)
	}
	for _, ref := range []string{"person:hakan-fidan", "Hakan Fidan"} {
		none, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: "month", ActorID: ref, From: "1901-01-01", To: "1901-12-31"})
		if err != nil || none.Total != 0 || len(none.Buckets) != 0 {
			t.Errorf("%s in 1901: %+v, %v; want nothing and no error", ref, none, err)
		}
	}
	if _, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: "month", ActorID: "zzqxv wqkzj"}); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown actor: %v, want not found", err)
	}
	// A period keeps only the months in it, and no undated meeting.
	tl, err = st.Timeline(ctx, graph.TimelineQuery{Bucket: "month", From: "2024-03-01", To: "2024-04-30"})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range tl.Buckets {
		if b.Key != "2024-03" && b.Key != "2024-04" || b.Count != want["month"][b.Key] {
			t.Errorf("March–April: bucket %+v, want %d", b, want["month"][b.Key])
		}
	}
	if tl.Undated != 0 || len(tl.Buckets) != 2 {
		t.Errorf("March–April: %+v", tl)
	}
	if _, err := st.Timeline(ctx, graph.TimelineQuery{Bucket: "week"}); err == nil {
		t.Error("bucket week accepted")
	}
}

// The home page's queries stay on the count store and the indexes: no
// scan of every meeting, whatever the size of the graph.
func TestHomeQueryPlans(t *testing.T) {
	st := graphtest.Store(t)
	loadSeed(t, st)
	plans, err := st.HomePlans(graphtest.Context(t))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(plans["counts"], "NodeCountFromCountStore"); n != 8 || strings.Contains(plans["counts"], "LabelScan") {
		t.Errorf("counts: %d count-store reads, want 8:\n%s", n, plans["counts"])
	}
	if strings.Contains(plans["table"], "Sort@") || strings.Count(plans["tableCount"], "NodeCountFromCountStore") != 1 ||
		strings.Count(plans["tableCount"], "RelationshipCountFromCountStore") != 1 || strings.Contains(plans["tableCount"], "Scan") {
		t.Errorf("the table of every meeting sorts them, or counts them by scanning:\n%s\n%s", plans["table"], plans["tableCount"])
	}
	for _, name := range []string{"sources", "meetings", "table"} {
		if !strings.Contains(plans[name], "NodeIndexSeekByRange") || strings.Contains(plans[name], "n:Meeting\n") ||
			strings.Contains(plans[name], "LabelScan") && strings.Contains(plans[name], "Meeting") {
			t.Errorf("%s does not read through the index:\n%s", name, plans[name])
		}
	}
	// The timeline reads the DateKeys and their degrees, never a meeting;
	// its undated lane is two counts from the count store.
	if !strings.Contains(plans["timeline"], "getDegree((d)<-[:DATED]-())") || strings.Contains(plans["timeline"], "Meeting") {
		t.Errorf("timeline reads meetings, not the DateKeys' degrees:\n%s", plans["timeline"])
	}
	if !strings.Contains(plans["undated"], "NodeCountFromCountStore") || !strings.Contains(plans["undated"], "RelationshipCountFromCountStore") ||
		strings.Contains(plans["undated"], "Scan") || strings.Contains(plans["undated"], "Seek") {
		t.Errorf("the undated lane is not read from the count store:\n%s", plans["undated"])
	}
	// The busiest actors and negotiations are the top of an index of
	// their kept counts; places (a few thousand) are ranked by degree.
	for _, name := range []string{"actors", "negotiations"} {
		if !strings.Contains(plans[name], "PartialTop") || !strings.Contains(plans[name], "NodeIndexSeekByRange") || strings.Contains(plans[name], "LabelScan") {
			t.Errorf("%s are not read from the top of the meetings index:\n%s", name, plans[name])
		}
	}
	if !strings.Contains(plans["places"], "getDegree") {
		t.Errorf("places counts meetings by expanding, not by degree:\n%s", plans["places"])
	}
}

// Every meeting, unfiltered, pages through the index in the same order a
// filtered listing sorts them (dates newest or oldest first, undated last),
// with no meeting twice or missing.
func TestAllMeetingsPages(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	for _, r := range append(graphtest.Fixture(), undatedRecord()) {
		if _, err := st.LoadRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	for _, oldest := range []bool{false, true} {
		// The reference: the filtered path (a period that holds every dated meeting) plus the undated.
		var ids []string
		var dates []string
		seen := map[string]bool{}
		for offset := 0; ; offset += 7 {
			p, err := st.Meetings(ctx, graph.MeetingQuery{Oldest: oldest, Limit: 7, Offset: offset})
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != graphtest.FixtureMeetings+1 {
				t.Fatalf("total %d", p.Total)
			}
			for _, m := range p.Items {
				if seen[m.ID] {
					t.Fatalf("oldest=%v: %s twice", oldest, m.ID)
				}
				seen[m.ID] = true
				ids = append(ids, m.ID)
				dates = append(dates, m.Date)
			}
			if len(p.Items) < 7 {
				break
			}
		}
		if len(ids) != graphtest.FixtureMeetings+1 || dates[len(dates)-1] != "" {
			t.Fatalf("oldest=%v: %d meetings, last dated %q", oldest, len(ids), dates[len(dates)-1])
		}
		for i := 1; i < len(dates)-1; i++ {
			if oldest && dates[i] < dates[i-1] || !oldest && dates[i] > dates[i-1] {
				t.Errorf("oldest=%v: %s after %s", oldest, dates[i], dates[i-1])
			}
		}
		ref, err := st.Meetings(ctx, graph.MeetingQuery{Oldest: oldest, From: "1900", Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range ref.Items {
			if dates[i] != m.Date {
				t.Errorf("oldest=%v: row %d dated %s, the filtered listing says %s", oldest, i, dates[i], m.Date)
			}
		}
	}
}
