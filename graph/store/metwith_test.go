package store_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/synth"
)

// metWorld generates random records over a small cast, so that pairs meet
// often, meetings are reported again by other sources (consolidation:
// a new place, a new participant, a date made precise), and actors of one
// kind can be merged.
type metWorld struct {
	rng      *rand.Rand
	cast     []graph.Actor
	places   []string
	records  []graph.Record
	meetings []graph.Meeting // every meeting generated, to report again
	named    map[string]bool // names mentioned so far
}

func newMetWorld(seed uint64) *metWorld {
	w := &metWorld{rng: rand.New(rand.NewPCG(seed, seed^0x15)), named: map[string]bool{}}
	for i := 0; i < 14; i++ {
		w.cast = append(w.cast, synth.Actor(i))
	}
	for i := 0; i < 14; i++ {
		w.places = append(w.places, synth.Place(i)) // more than a pair keeps
	}
	return w
}

func (w *metWorld) date() string {
	day := 1 + w.rng.IntN(60)
	switch w.rng.IntN(6) {
	case 0:
		return "" // undated: counted, not in the dates
	case 1:
		return fmt.Sprintf("2024-%02d", 1+day/28)
	}
	return fmt.Sprintf("2024-%02d-%02d", 1+day/28, 1+day%28)
}

func (w *metWorld) record() graph.Record {
	n := len(w.records)
	r := graph.Record{
		ID: fmt.Sprintf("met-%04d", n),
		Source: graph.Source{URL: fmt.Sprintf("https://example.org/met/%d", n), Title: fmt.Sprintf("Report %d", n),
			Publisher: fmt.Sprintf("Outlet %d", w.rng.IntN(5)), Published: fmt.Sprintf("2024-03-%02d", 1+w.rng.IntN(28))},
	}
	inRecord := map[string]bool{}
	mention := func(a graph.Actor) {
		if !inRecord[a.Name] {
			inRecord[a.Name] = true
			r.Actors = append(r.Actors, a)
		}
	}
	for k := 1 + w.rng.IntN(3); k > 0; k-- {
		var m graph.Meeting
		if len(w.meetings) > 0 && w.rng.IntN(3) == 0 {
			// Reported again, perhaps with more: consolidated into the
			// meeting already in the graph.
			m = w.meetings[w.rng.IntN(len(w.meetings))]
			m.Participants = slices.Clone(m.Participants)
			if w.rng.IntN(2) == 0 {
				if a := w.cast[w.rng.IntN(len(w.cast))]; !slices.Contains(m.Participants, a.Name) {
					m.Participants = append(m.Participants, a.Name)
				}
			}
			if m.Place == "" && w.rng.IntN(2) == 0 {
				m.Place = w.places[w.rng.IntN(len(w.places))]
			}
		} else {
			for size := 2 + w.rng.IntN(3); len(m.Participants) < size; {
				if a := w.cast[w.rng.IntN(len(w.cast))]; !slices.Contains(m.Participants, a.Name) {
					m.Participants = append(m.Participants, a.Name)
				}
			}
			if w.rng.IntN(4) > 0 {
				m.Place = w.places[w.rng.IntN(len(w.places))]
			}
			m.Date = w.date()
			m.Status = graph.Held
		}
		m.Evidence = fmt.Sprintf("Report %d says meeting %d took place.", n, k)
		for i, p := range m.Participants {
			for _, a := range w.cast {
				if _, last, _ := strings.Cut(a.Name, " "); a.Kind == graph.Person && p == last {
					mention(graph.Actor{Name: last, Kind: graph.Person}) // a re-report of a surname mention
					continue
				}
				if a.Name != p {
					continue
				}
				// A person named by surname alone once known in full: an
				// automatic merge into the known actor.
				if first, last, ok := strings.Cut(a.Name, " "); ok && a.Kind == graph.Person && first != "" && w.named[a.Name] && w.rng.IntN(3) == 0 {
					a = graph.Actor{Name: last, Kind: graph.Person}
					m.Participants[i] = last
				}
				w.named[a.Name] = true
				mention(a)
			}
		}
		w.meetings = append(w.meetings, m)
		r.Meetings = append(r.Meetings, m)
	}
	w.records = append(w.records, r)
	return r
}

// An earlier record, or a new one.
func (w *metWorld) pick() graph.Record {
	if len(w.records) > 0 && w.rng.IntN(4) == 0 {
		return w.records[w.rng.IntN(len(w.records))]
	}
	return w.record()
}

// checkMet rebuilds every aggregate from the meetings, both ways (meeting
// batches folded in; each actor's pairs from all its meetings), and
// requires what the writes maintained to be the same, and to agree with a
// count made here from the meetings.
func checkMet(t *testing.T, ctx context.Context, st *store.Store, when string) int {
	t.Helper()
	kept, err := st.MetLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts, err := st.MetCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := st.MetFromMeetings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameDump(t, when+": maintained counts vs the meetings", want, counts)
	// The ordering keys, from the counts made from the meetings.
	keys, err := st.MetKeyLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameDump(t, when+": maintained ordering keys vs the meetings", metKeysOf(t, want), keys)
	attended, err := st.AttendedKeyLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantAttended, err := st.AttendedKeysFromMeetings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameDump(t, when+": maintained attendance keys vs the meetings", wantAttended, attended)
	if err := st.RebuildMet(ctx); err != nil {
		t.Fatal(err)
	}
	rebuilt, err := st.MetLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameDump(t, when+": maintained vs rebuilt", rebuilt, kept)
	if err := st.RebuildMetByActors(ctx); err != nil {
		t.Fatal(err)
	}
	byActors, err := st.MetLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameDump(t, when+": maintained vs rebuilt actor by actor", byActors, kept)
	return len(kept)
}

// The MET_WITH aggregates stay exact through random bulk imports,
// per-record loads, consolidations, merges and splits.
func TestMetWithStaysExact(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	seed := uint64(15)
	if s := os.Getenv("PARLEY_MET_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		seed = n
	}
	t.Logf("seed %d (PARLEY_MET_SEED to replay)", seed)
	w := newMetWorld(seed)
	var done struct{ bulk, loads, consolidated, merges, splits, autoMerges int }
	pairs := 0
	for step := 0; step < 36; step++ {
		op := w.rng.IntN(10)
		t.Logf("step %d: op %d", step, op)
		switch {
		case op < 3:
			var items []store.BulkItem
			for k := 1 + w.rng.IntN(8); k > 0; k-- {
				items = append(items, store.BulkItem{Line: len(items) + 1, Record: w.pick()})
			}
			stats, err := bulkImport(ctx, st, items, store.BulkOptions{BatchMeetings: 1 + w.rng.IntN(5)})
			if err != nil {
				t.Fatalf("step %d, bulk import: %v", step, err)
			}
			done.bulk++
			done.autoMerges += stats.AutoMerges
		case op < 6:
			stats, err := st.LoadRecord(ctx, w.pick())
			if err != nil {
				t.Fatalf("step %d, load: %v", step, err)
			}
			done.loads++
			done.consolidated += stats.Merged
			done.autoMerges += stats.AutoMerges
		case op < 8:
			res, err := st.CypherUnchecked(ctx, `MATCH (a:Actor)-[:ATTENDED]->() WITH DISTINCT a RETURN a.id, a.kind ORDER BY a.id`)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rows) < 2 {
				continue
			}
			a := res.Rows[w.rng.IntN(len(res.Rows))]
			var same []string
			for _, b := range res.Rows {
				if b[1] == a[1] && b[0] != a[0] {
					same = append(same, fmt.Sprint(b[0]))
				}
			}
			if len(same) == 0 {
				continue
			}
			if _, err := st.MergeActors(ctx, fmt.Sprint(a[0]), same[w.rng.IntN(len(same))], "test"); err != nil {
				t.Fatalf("step %d, merge: %v", step, err)
			}
			done.merges++
		default: // undo a merge, an editor's or an automatic one
			standing := standingMerges(ctx, t, st)
			if len(standing) == 0 {
				continue
			}
			_, err := st.SplitActors(ctx, standing[w.rng.IntN(len(standing))], "test")
			if errors.Is(err, graph.ErrInvalid) {
				continue // merged away since, or back under its id: refused
			}
			if err != nil {
				t.Fatalf("step %d, split: %v", step, err)
			}
			done.splits++
		}
		if step%6 == 5 || os.Getenv("PARLEY_MET_EVERY") != "" {
			pairs = checkMet(t, ctx, st, fmt.Sprintf("step %d", step))
		}
	}
	pairs = checkMet(t, ctx, st, "the end")
	t.Logf("done %+v; %d pairs", done, pairs)
	if done.bulk == 0 || done.loads == 0 || done.consolidated == 0 || done.merges == 0 || done.splits == 0 || done.autoMerges == 0 || pairs < 20 {
		t.Fatalf("the random operations did not exercise every path: %+v, %d pairs", done, pairs)
	}
	checkMetReads(t, ctx, st)
}

// checkMetReads compares what /api/met and /api/graph answer from the
// aggregates with what they answer from the meetings (an as-of date after
// every report forces that path).
func checkMetReads(t *testing.T, ctx context.Context, st *store.Store) {
	t.Helper()
	res, err := st.CypherUnchecked(ctx, `MATCH (a:Actor)-[:MET_WITH]-() WITH DISTINCT a RETURN a.id ORDER BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) == 0 {
		t.Fatal("no actor has met another")
	}
	const later = "2099-12-31"
	rng := rand.New(rand.NewPCG(uint64(len(res.Rows)), 15))
	for _, row := range res.Rows {
		id := fmt.Sprint(row[0])
		kept, err := st.Met(ctx, id, graph.MetFilter{})
		if err != nil {
			t.Fatal(err)
		}
		counted, err := st.Met(ctx, id, graph.MetFilter{AsOf: later})
		if err != nil {
			t.Fatal(err)
		}
		if len(kept.Counterparts) == 0 || kept.Meetings != counted.Meetings || len(kept.Counterparts) != len(counted.Counterparts) {
			t.Fatalf("met %s: from the aggregate %d meetings, %d counterparts; from the meetings %d, %d",
				id, kept.Meetings, len(kept.Counterparts), counted.Meetings, len(counted.Counterparts))
		}
		summary, err := st.Met(ctx, id, graph.MetFilter{Summary: true})
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range kept.Counterparts {
			o := counted.Counterparts[i]
			if c.Actor.ID != o.Actor.ID || c.Count != o.Count || len(c.Meetings) != len(o.Meetings) {
				t.Fatalf("met %s, counterpart %d: from the aggregate %+v (%d in the page), from the meetings %+v (%d)",
					id, i, c.Actor, c.Count, o.Actor, o.Count)
			}
			// The summary read from the kept pair equals the one computed
			// from the meetings, and the page of meetings does not change it.
			s := summary.Counterparts[i]
			if len(s.Meetings) != 0 || !reflect.DeepEqual(withoutMeetings(c), withoutMeetings(o)) || !reflect.DeepEqual(withoutMeetings(c), s) {
				t.Fatalf("met %s, counterpart %d:\nsummary   %+v\naggregate %+v\nmeetings  %+v", id, i, s, withoutMeetings(c), withoutMeetings(o))
			}
		}
		want, err := st.CounterpartsFromMeetings(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		size := 2 + rng.IntN(4)
		checkCounterpartPages(t, ctx, st, id, graph.MetFilter{}, size, want)
		checkCounterpartPages(t, ctx, st, id, graph.MetFilter{AsOf: later}, size, want)
		g1, err := st.Subgraph(ctx, graph.GraphQuery{ActorID: id, Depth: 1, Limit: 200})
		if err != nil {
			t.Fatal(err)
		}
		g2, err := st.Subgraph(ctx, graph.GraphQuery{ActorID: id, Depth: 1, Limit: 200, AsOf: later})
		if err != nil {
			t.Fatal(err)
		}
		sameEdges(t, "graph of "+id+": from the aggregate vs from the meetings", g1, g2)
		checkNeighbours(t, ctx, st, id, 1+rng.IntN(4))
		// The met edges among the nodes, every pair looked up by its key
		// and every node's pairs walked: the same edges.
		for _, walk := range []int{-1, 1 << 30} {
			st.SetWalkPairs(walk)
			g3, err := st.Subgraph(ctx, graph.GraphQuery{ActorID: id, Depth: 1, Limit: 200})
			st.SetWalkPairs(0)
			if err != nil {
				t.Fatal(err)
			}
			sameEdges(t, fmt.Sprintf("graph of %s, pairs walked up to degree %d vs from the meetings", id, walk), g3, g2)
		}
		checkEdgeCap(t, ctx, st, id, g2, 1+rng.IntN(4))
		checkMeetingPages(t, ctx, st, id, 1+rng.IntN(3))
	}
}

// checkMeetingPages pages through the actor's meetings, size at a time,
// and requires each page to hold the meetings of that page of the order
// made straight from the meetings (newest first, then by id), those with
// another attendee listed under their counterparts.
func checkMeetingPages(t *testing.T, ctx context.Context, st *store.Store, id string, size int) {
	t.Helper()
	lines, err := st.MeetingsNewestFirst(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	for off := 0; off < len(lines); off += size {
		res, err := st.Met(ctx, id, graph.MetFilter{Limit: size, Offset: off, CounterpartLimit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		var want, got []string
		for _, l := range lines[off:min(off+size, len(lines))] {
			if f := strings.Fields(l); len(f) != 3 {
				t.Fatalf("meeting line %q", l)
			} else if f[2] == "false" {
				want = append(want, f[1])
			}
		}
		for _, c := range res.Counterparts {
			for _, m := range c.Meetings {
				if !slices.Contains(got, m.ID) {
					got = append(got, m.ID)
				}
			}
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("met %s, meetings %d to %d: %v; want %v (of %v)", id, off, off+size, got, want, lines)
		}
	}
}

// checkEdgeCap asks for the graph around id with at most cap met edges,
// from the aggregates (walked and looked up by key) and from the meetings,
// and requires the strongest cap met edges of full (the uncapped answer):
// most meetings first, then by source and target; the other edges all
// kept; and EdgesTruncated and Truncated saying what was cut.
func checkEdgeCap(t *testing.T, ctx context.Context, st *store.Store, id string, full graph.Subgraph, cap int) {
	t.Helper()
	var met, other []graph.Edge
	for _, e := range full.Edges {
		if e.Type == graph.EdgeMet {
			met = append(met, e)
		} else {
			other = append(other, e)
		}
	}
	if full.EdgesTruncated {
		t.Fatalf("graph of %s uncapped: edgesTruncated with %d met edges", id, len(met))
	}
	slices.SortFunc(met, func(a, b graph.Edge) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	want := slices.Clone(other)
	want = append(want, met[:min(cap, len(met))]...)
	slices.SortFunc(want, func(a, b graph.Edge) int { return cmp.Compare(a.ID, b.ID) })
	wantG := graph.Subgraph{Nodes: full.Nodes, Edges: want}
	for _, v := range []struct {
		name       string
		asOf       string
		walk, scan int
	}{
		{"aggregate", "", 0, 0},
		{"aggregate, looked up by key", "", -1, -1},
		// The strongest pairs of the graph read first, a few of them: the
		// answer is taken from them when they decide it, else looked up.
		{"aggregate, the strongest 1 read first", "", -1, 1},
		{"aggregate, the strongest 3 read first", "", -1, 3},
		{"aggregate, the strongest 8 read first", "", -1, 8},
		{"aggregate, walked", "", 1 << 30, 0},
		{"meetings", "2099-12-31", 0, 0},
	} {
		st.SetWalkPairs(v.walk)
		st.SetScanPairs(v.scan)
		g, err := st.Subgraph(ctx, graph.GraphQuery{ActorID: id, Depth: 1, Limit: 200, EdgeLimit: cap, AsOf: v.asOf})
		st.SetWalkPairs(0)
		st.SetScanPairs(0)
		if err != nil {
			t.Fatal(err)
		}
		what := fmt.Sprintf("graph of %s, %d met edges at most, from the %s", id, cap, v.name)
		if len(met) > 0 {
			sameEdges(t, what, g, wantG)
		}
		cut := len(met) > cap
		if g.EdgesTruncated != cut || g.Truncated != (cut || g.NodesTruncated) {
			t.Fatalf("%s: edgesTruncated %v, truncated %v; want %v (%d met edges)", what, g.EdgesTruncated, g.Truncated, cut, len(met))
		}
	}
}

func sameEdges(t *testing.T, what string, g1, g2 graph.Subgraph) {
	t.Helper()
	if len(g1.Nodes) != len(g2.Nodes) || len(g1.Edges) != len(g2.Edges) {
		t.Fatalf("%s: %d nodes, %d edges against %d, %d", what, len(g1.Nodes), len(g1.Edges), len(g2.Nodes), len(g2.Edges))
	}
	met := 0
	for i, e := range g1.Edges {
		o := g2.Edges[i]
		slices.Sort(e.Places)
		slices.Sort(o.Places)
		if e.ID != o.ID || e.Count != o.Count || e.Last != o.Last || (len(o.Places) <= 10 && !slices.Equal(e.Places, o.Places)) {
			t.Fatalf("%s, edge %d: %+v against %+v", what, i, e, o)
		}
		if e.Type == "met" {
			met++
		}
	}
	if len(g1.Nodes) > 1 && met == 0 {
		t.Fatalf("%s: %d nodes and no met edge", what, len(g1.Nodes))
	}
}

// checkCounterpartPages pages through the actor's counterparts, size at a
// time, and requires the pages, end to end, to hold each counterpart once,
// most meetings first, then by id, with the counts made straight
// from the meetings (want, as CounterpartsFromMeetings lines).
func checkCounterpartPages(t *testing.T, ctx context.Context, st *store.Store, id string, f graph.MetFilter, size int, want []string) {
	t.Helper()
	var got []graph.Counterpart
	f.CounterpartLimit = size
	for f.CounterpartOffset = 0; ; f.CounterpartOffset += size {
		res, err := st.Met(ctx, id, f)
		if err != nil {
			t.Fatal(err)
		}
		if res.CounterpartTotal != len(want) || res.CounterpartLimit != size || res.CounterpartOffset != f.CounterpartOffset {
			t.Fatalf("met %s (as of %q), page from %d: %d counterparts in all, page %d from %d; want %d, %d from %d",
				id, f.AsOf, f.CounterpartOffset, res.CounterpartTotal, res.CounterpartLimit, res.CounterpartOffset, len(want), size, f.CounterpartOffset)
		}
		if len(res.Counterparts) > size {
			t.Fatalf("met %s: a page of %d holds %d counterparts", id, size, len(res.Counterparts))
		}
		got = append(got, res.Counterparts...)
		if len(res.Counterparts) < size {
			break
		}
	}
	var lines []string
	for i, c := range got {
		lines = append(lines, fmt.Sprintf("%s %s %s %d", c.Actor.ID, c.Actor.Name, c.Actor.Kind, c.Count))
		if i > 0 {
			p := got[i-1]
			if p.Count < c.Count || (p.Count == c.Count && p.Actor.ID >= c.Actor.ID) {
				t.Fatalf("met %s (as of %q), pages of %d: %+v (%d) before %+v (%d)", id, f.AsOf, size, p.Actor, p.Count, c.Actor, c.Count)
			}
		}
	}
	slices.Sort(lines)
	w := slices.Sorted(slices.Values(want))
	if !slices.Equal(lines, w) {
		t.Fatalf("met %s (as of %q), pages of %d:\n%s\nwant, from the meetings:\n%s", id, f.AsOf, size, strings.Join(lines, "\n"), strings.Join(w, "\n"))
	}
}

// metKeysOf computes, from MetFromMeetings lines ("lo -> hi count first
// last"), the MetKeyLines the aggregates must hold.
func metKeysOf(t *testing.T, lines []string) []string {
	t.Helper()
	out := []string{}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) != 6 {
			t.Fatalf("met line %q", l)
		}
		n, err := strconv.ParseInt(f[3], 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s -> %s %s|%s", f[0], f[2], store.MetOrderKey(f[0], f[2], n), store.MetOrderKey(f[2], f[0], n)))
	}
	slices.Sort(out)
	return out
}

// checkNeighbours requires the first limit neighbours of the actor read a
// page of the ordering keys at a time to be those read from all its pairs,
// in the same order, for limit and a few larger ones.
func checkNeighbours(t *testing.T, ctx context.Context, st *store.Store, id string, limit int) {
	t.Helper()
	for _, n := range []int{limit, limit + 1, 2 * limit, 201} {
		paged, all, err := st.Neighbours(ctx, id, n)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(paged, all) {
			t.Fatalf("neighbours of %s, first %d: a page of the keys gives %v; all the pairs %v", id, n, paged, all)
		}
	}
}

// withoutMeetings is a counterpart's summary alone.
func withoutMeetings(c graph.Counterpart) graph.Counterpart {
	c.Meetings = []graph.MeetingView{}
	return c
}

// standingMerges are the ids of the merges in force (not undone).
func standingMerges(ctx context.Context, t *testing.T, st *store.Store) []string {
	t.Helper()
	log, err := st.Merges(ctx, 1000, 0)
	if err != nil {
		t.Fatal(err)
	}
	var standing []string
	for _, m := range log.Items {
		if !m.Undone {
			standing = append(standing, m.ID)
		}
	}
	return standing
}

// A database written before placeLast marked "met there undated" with
// "-" holds the empty string there: the writes after it fold it in as
// "-", so the aggregates come out as a rebuild gives them (undated places
// in the order of their ids, not the old mark's after the new).
func TestMetWithReadsTheOldUndatedMark(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	a, b := synth.Actor(0), synth.Actor(1)
	met := func(id, place string) graph.Record {
		return graph.Record{
			ID:     id,
			Source: graph.Source{URL: "https://example.org/" + id, Title: id, Publisher: "Outlet", Published: "2024-03-01"},
			Actors: []graph.Actor{a, b},
			Meetings: []graph.Meeting{{Participants: []string{a.Name, b.Name}, Place: place, Status: graph.Held,
				Evidence: a.Name + " and " + b.Name + " met in " + place + "."}},
		}
	}
	if _, err := st.LoadRecord(ctx, met("old-1", "Aden")); err != nil {
		t.Fatal(err)
	}
	if err := st.WriteUnchecked(ctx, `MATCH ()-[r:MET_WITH]->() WHERE '-' IN r.placeLast
SET r.placeLast = [d IN r.placeLast | CASE d WHEN '-' THEN '' ELSE d END]`); err != nil {
		t.Fatal(err)
	}
	if _, err := st.LoadRecord(ctx, met("new-1", "Zagreb")); err != nil {
		t.Fatal(err)
	}
	rows, err := st.ReadRows(ctx, `MATCH ()-[r:MET_WITH]->() RETURN r.placeNames, r.placeLast`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(rows); got != "[[[Aden Zagreb] [- -]]]" {
		t.Errorf("places and their dates %s, want [[[Aden Zagreb] [- -]]]", got)
	}
	checkMet(t, ctx, st, "a load over the old mark")
}

// TestMetPairsComeFromTheMeetings pins down how the fold (new meetings)
// and the recount of actors (merges, splits, RebuildMet) reach the other
// actor of each pair: through the meeting's attendance only. Written as a
// MATCH of two actors with lo.id < hi.id, the fold let the planner seek
// one side by a range of the actor_id index and join, and with stale
// index statistics midway through an import it chose to: the fold of
// 10,000 meetings ran into the transaction timeout. The planner's choice
// depends on statistics this test cannot set, so it checks the form the
// queries now have, for which no statistics make such a plan possible.
func TestMetPairsComeFromTheMeetings(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	reads, err := st.ExplainActorReads(ctx, store.QMetFold, map[string]any{"ids": []string{"m-1", "m-2"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(reads) > 0 {
		t.Errorf("the fold finds actors other than through the meetings: %q", reads)
	}
	reads, err = st.ExplainActorReads(ctx, store.QMetActors, map[string]any{"ids": []string{"a", "b"}, "half": false})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reads {
		if !strings.Contains(r, "WHERE id = id") {
			t.Errorf("the recount of actors finds actors other than its own by id: %q", r)
		}
	}
	if len(reads) != 1 {
		t.Errorf("the recount of actors reads actors by index %d times, want once (its own, by id): %q", len(reads), reads)
	}
}
