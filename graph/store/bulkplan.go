package store

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/parley-dev/parley/graph"
)

// BulkItem is one unit of a bulk import: a validated record, where it came
// from, and optionally the id its single meeting must have (GDELT events
// carry their own: "gdelt:<GlobalEventID>").
type BulkItem struct {
	Line      int // line in the input, for reports
	Record    graph.Record
	MeetingID string // overrides graph.MeetingID for the record's meeting(s) when set
	// MeetingIDs overrides the id of the record's meetings one by one (""
	// keeps the computed one): a meeting several records report under one
	// known id, as an event all of whose attendees have a record.
	MeetingIDs []string
	// Digest, when set, fingerprints the item (its record and meeting
	// ids): an item whose source the graph already holds with the same
	// digest was imported before, unchanged, and is skipped — so importing
	// a data set again changes nothing, even where resolving its names
	// against the whole graph would now decide otherwise.
	Digest string
	// AdoptKind lets an actor take the kind the graph already knows its
	// exact name under (when exactly one kind is known), for sources such
	// as GDELT whose kinds are guesses.
	AdoptKind bool
}

// Planner resolves records to rows exactly as the per-record write path
// (LoadRecord) does — graph.NewPlan against the actors sharing a name key —
// but against an in-memory index of every actor seen so far, filled from
// the database once per key (through lookup) and kept up to date with what
// the import itself writes. It is not safe for concurrent use.
type Planner struct {
	lookup func(ctx context.Context, keys []string) ([]graph.Candidate, error)
	byKey  map[string][]string         // name key → actor ids
	actors map[string]*graph.Candidate // id → candidate (name, kind, all keys)
	looked map[string]bool             // keys already asked of the database
	tick   int                         // advances whenever an actor is added or changed
	ticks  map[string]int              // actor id → tick of its last change

	// Meetings, for graph.Consolidate: every meeting this import wrote or
	// the database returned, indexed by each pair of its participants (a
	// known meeting shares at least two participants with a new one).
	known    func(ctx context.Context, pairs [][2]string) ([]graph.KnownMeeting, error)
	meetings map[string]*graph.KnownMeeting
	byPair   map[[2]string][]string
	fetched  map[[2]string]bool
	fromDB   map[string]bool // actors that were in the database before this import wrote them

	// Automatic merges: autos returns the state of merges made by earlier
	// imports (nil: resolve directly and make none, as offline generation
	// does); autoStates holds the answers.
	autos      func(ctx context.Context, ids []string) (map[string]graph.AutoState, error)
	autoStates map[string]graph.AutoState
}

// WithAutoMerges makes the planner record, as LoadRecord does, a mention
// taken for a known actor under a name it was not known by as a node of its
// own plus an automatic merge into that actor (graph.PlanRecord). states
// returns what became of merges made by earlier imports.
func (p *Planner) WithAutoMerges(states func(ctx context.Context, ids []string) (map[string]graph.AutoState, error)) *Planner {
	p.autos = states
	return p
}

// NewPlanner returns a planner. lookup returns the actors known under
// name keys, known the meetings attended by both actors of each pair; both
// may be nil (an empty graph, as when generating data offline).
func NewPlanner(lookup func(ctx context.Context, keys []string) ([]graph.Candidate, error),
	known func(ctx context.Context, pairs [][2]string) ([]graph.KnownMeeting, error)) *Planner {
	return &Planner{
		lookup: lookup, byKey: map[string][]string{}, actors: map[string]*graph.Candidate{}, looked: map[string]bool{}, ticks: map[string]int{},
		known: known, meetings: map[string]*graph.KnownMeeting{}, byPair: map[[2]string][]string{},
		fetched: map[[2]string]bool{}, fromDB: map[string]bool{},
	}
}

// PlanBatch resolves items in order, exactly as loading them one by one
// would: actors against those known so far, then meetings consolidated
// with the known meetings sharing two participants (graph.Consolidate).
func (p *Planner) PlanBatch(ctx context.Context, items []BulkItem) ([]graph.Plan, error) {
	var all []graph.Plan
	for len(items) > 0 {
		plans, err := p.PlanPrefix(ctx, items)
		if err != nil {
			return nil, err
		}
		all = append(all, plans...)
		items = items[len(plans):]
	}
	return all, nil
}

// PlanPrefix plans as many of items, from the first, as can be written in
// one transaction: it stops before an item that would create an actor
// under the id of a mention an earlier item merges away (the merges are
// made at the end of the transaction, and would take the new actor with
// them). It plans at least one item.
func (p *Planner) PlanPrefix(ctx context.Context, items []BulkItem) ([]graph.Plan, error) {
	keys := lookupKeys(items)
	if err := p.prefetch(ctx, keys); err != nil {
		return nil, err
	}
	// Plan every item in parallel against the actors known at the start of
	// the batch, then walk them in order: an item whose candidates have
	// changed since (an earlier item of the batch added or renamed an
	// actor under one of its keys) is planned again, so the result is
	// exactly that of planning one by one.
	start := p.tick
	plans := make([]graph.Plan, len(items))
	parallel(len(items), func(i int) { plans[i] = p.resolve(items[i], keys[i]) })
	// Merges planned here may have been made (or undone) by an earlier
	// import: ask once for the batch, and plan those items again.
	redo := make([]bool, len(items))
	if p.autos != nil {
		var ids []string
		for _, pl := range plans {
			for _, am := range pl.AutoMerges {
				if _, ok := p.autoStates[am.ID]; !ok {
					ids = append(ids, am.ID)
				}
			}
		}
		if len(ids) > 0 {
			states, err := p.autos(ctx, ids)
			if err != nil {
				return nil, err
			}
			if p.autoStates == nil {
				p.autoStates = map[string]graph.AutoState{}
			}
			for _, id := range ids {
				p.autoStates[id] = states[id]
			}
			for i, pl := range plans {
				redo[i] = slices.ContainsFunc(pl.AutoMerges, func(am graph.AutoMerge) bool { return states[am.ID] != graph.AutoNew })
			}
		}
	}
	pendingGone := map[string]bool{}
	for i, it := range items {
		if redo[i] || p.changedSince(keys[i], start) {
			plans[i] = p.resolve(it, keys[i])
		}
		if i > 0 && collides(plans[i], pendingGone) {
			plans = plans[:i]
			break
		}
		for _, am := range plans[i].AutoMerges {
			pendingGone[am.GoneID] = true
		}
		p.record(&plans[i], it)
	}
	if p.known != nil {
		var pairs [][2]string
		for _, pl := range plans {
			for _, m := range pl.Meetings {
				forPairs(m.ParticipantIDs, func(k [2]string) {
					if !p.fetched[k] && p.fromDB[k[0]] && p.fromDB[k[1]] {
						p.fetched[k] = true
						pairs = append(pairs, k)
					}
				})
			}
		}
		for start := 0; start < len(pairs); start += 2000 {
			ks, err := p.known(ctx, pairs[start:min(start+2000, len(pairs))])
			if err != nil {
				return nil, err
			}
			for _, k := range ks {
				if _, ok := p.meetings[k.ID]; !ok {
					km := k
					p.index(&km)
				}
			}
		}
	}
	for i := range plans {
		p.Consolidate(&plans[i])
	}
	return plans, nil
}

// collides reports whether a plan writes, as an actor of its own, an id
// that an earlier plan of the batch merges away.
func collides(pl graph.Plan, gone map[string]bool) bool {
	if len(gone) == 0 {
		return false
	}
	own := map[string]bool{}
	for _, am := range pl.AutoMerges {
		own[am.GoneID] = true
		if gone[am.KeepID] {
			return true
		}
	}
	for _, a := range pl.Actors {
		if gone[a.ID] && !own[a.ID] {
			return true
		}
	}
	return false
}

func forPairs(ids []string, f func([2]string)) {
	for i := 0; i < len(ids); i++ {
		for j := i + 1; j < len(ids); j++ {
			a, b := ids[i], ids[j]
			if a == b {
				continue
			}
			if b < a {
				a, b = b, a
			}
			f([2]string{a, b})
		}
	}
}

func (p *Planner) index(k *graph.KnownMeeting) {
	_, had := p.meetings[k.ID]
	p.meetings[k.ID] = k
	forPairs(k.ParticipantIDs, func(pair [2]string) {
		// Only a meeting indexed before can be in a pair's list: the
		// lists of a busy pair are long, and searching them for every
		// new meeting was quadratic in its meetings.
		if !had || !slices.Contains(p.byPair[pair], k.ID) {
			p.byPair[pair] = append(p.byPair[pair], k.ID)
		}
	})
}

// Consolidate points a plan's meetings at the known meetings they describe,
// as LoadRecord does, and records the result.
func (p *Planner) Consolidate(pl *graph.Plan) {
	if len(pl.Meetings) == 0 {
		return
	}
	// A mention about to be merged into a known actor is that actor for
	// matching, as in LoadRecord; the rows keep the mention's own id.
	keep := map[string]string{}
	for _, am := range pl.AutoMerges {
		keep[am.GoneID] = am.KeepID
	}
	own := make([][]string, len(pl.Meetings))
	for i := range pl.Meetings {
		own[i] = pl.Meetings[i].ParticipantIDs
		if len(keep) > 0 {
			ids := slices.Clone(own[i])
			for j, id := range ids {
				if k, ok := keep[id]; ok {
					ids[j] = k
				}
			}
			pl.Meetings[i].ParticipantIDs = ids
		}
	}
	defer func() {
		for i := range pl.Meetings {
			pl.Meetings[i].ParticipantIDs = own[i]
		}
	}()
	// The candidates are the planner's own meetings, not copies: at a
	// busy pair they are thousands per row. Consolidate only reads them.
	known := make(map[string][]*graph.KnownMeeting)
	for _, m := range pl.Meetings {
		seen := map[string]bool{}
		forPairs(m.ParticipantIDs, func(pair [2]string) {
			for _, id := range p.byPair[pair] {
				if !seen[id] {
					seen[id] = true
					known[m.ID] = append(known[m.ID], p.meetings[id])
				}
			}
		})
	}
	graph.Consolidate(pl.Meetings, known)
	for _, m := range pl.Meetings {
		k, ok := p.meetings[m.ID]
		if !ok {
			k = &graph.KnownMeeting{ID: m.ID}
		}
		k.Date, k.DateStart, k.DateEnd = m.Date, m.DateStart, m.DateEnd
		if k.PlaceID == "" {
			k.PlaceID = m.PlaceID
		}
		parts := slices.Clone(k.ParticipantIDs)
		for _, id := range m.ParticipantIDs {
			if !slices.Contains(parts, id) {
				parts = append(parts, id)
			}
		}
		k.ParticipantIDs = parts
		r := m.Report
		r.Evidence, r.Attribution = "", "" // not needed to consolidate
		if i := slices.IndexFunc(k.Reports, func(x graph.ReportRow) bool { return x.SourceID == r.SourceID }); i >= 0 {
			k.Reports[i] = r
		} else {
			k.Reports = append(k.Reports, r)
		}
		p.index(k)
	}
}

// Prefetch asks the database, in one query, for every name key of items
// not asked before.
func (p *Planner) Prefetch(ctx context.Context, items []BulkItem) error {
	return p.prefetch(ctx, lookupKeys(items))
}

func lookupKeys(items []BulkItem) [][]string {
	out := make([][]string, len(items))
	parallel(len(items), func(i int) { out[i] = graph.LookupKeys(items[i].Record) })
	return out
}

// parallel runs f(0..n-1) on every core.
func parallel(n int, f func(int)) {
	w := min(runtime.GOMAXPROCS(0), n)
	if w <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

func (p *Planner) prefetch(ctx context.Context, itemKeys [][]string) error {
	var keys []string
	for _, ks := range itemKeys {
		for _, k := range ks {
			if !p.looked[k] {
				p.looked[k] = true
				keys = append(keys, k)
			}
		}
	}
	if len(keys) == 0 || p.lookup == nil {
		return nil
	}
	cands, err := p.lookup(ctx, keys)
	if err != nil {
		return err
	}
	for _, c := range cands {
		if _, ok := p.actors[c.ID]; !ok {
			p.fromDB[c.ID] = true
		}
		p.learn(c.ID, c.Name, c.Kind, c.Keys, c.Aliases)
		for _, post := range c.Posts {
			p.learnPost(c.ID, post)
		}
	}
	return nil
}

// learn records an actor as the database holds it after a write: its
// name, every key, and its aliases accumulated (minus the name), as the
// actors statement keeps them.
func (p *Planner) learn(id, name string, kind graph.Kind, keys, aliases []string) {
	c, ok := p.actors[id]
	changed := !ok
	if !ok {
		c = &graph.Candidate{ID: id, Kind: kind}
		p.actors[id] = c
	}
	if c.Name != name {
		c.Name, changed = name, true
	}
	for _, k := range keys {
		if !slices.Contains(c.Keys, k) {
			c.Keys = append(c.Keys, k)
			p.byKey[k] = append(p.byKey[k], id)
			changed = true
		}
	}
	merged := slices.Clone(c.Aliases)
	for _, al := range aliases {
		if !slices.Contains(merged, al) {
			merged = append(merged, al)
		}
	}
	merged = slices.DeleteFunc(merged, func(x string) bool { return x == name })
	if !slices.Equal(merged, c.Aliases) {
		c.Aliases, changed = merged, true
	}
	if changed {
		p.tick++
		p.ticks[id] = p.tick
	}
}

func (p *Planner) changedSince(keys []string, tick int) bool {
	for _, k := range keys {
		for _, id := range p.byKey[k] {
			if p.ticks[id] > tick {
				return true
			}
		}
	}
	return false
}

// Plan resolves one item's actors (its keys must have been prefetched) and
// records them, so later items resolve against them. Its meetings are not
// consolidated yet (see PlanBatch).
func (p *Planner) Plan(it BulkItem) graph.Plan {
	plan := p.resolve(it, graph.LookupKeys(it.Record))
	p.record(&plan, it)
	return plan
}

// resolve plans an item against the actors known now; it only reads the
// planner, so items can be resolved in parallel.
func (p *Planner) resolve(it BulkItem, keys []string) graph.Plan {
	r := it.Record
	var cands []graph.Candidate
	seen := map[string]bool{}
	for _, k := range keys {
		for _, id := range p.byKey[k] {
			if !seen[id] {
				seen[id] = true
				c := *p.actors[id]
				c.Keys, c.Aliases, c.Posts = slices.Clone(c.Keys), slices.Clone(c.Aliases), slices.Clone(c.Posts)
				cands = append(cands, c)
			}
		}
	}
	if it.AdoptKind {
		r.Actors = slices.Clone(r.Actors)
		for i, a := range r.Actors {
			k := graph.Key(a.Name)
			kinds := map[graph.Kind]bool{}
			for _, c := range cands {
				if slices.Contains(c.Keys, k) {
					kinds[c.Kind] = true
				}
			}
			if len(kinds) == 1 && !kinds[a.Kind] {
				for kd := range kinds {
					r.Actors[i].Kind = kd
				}
			}
		}
	}
	if p.autos == nil {
		return graph.NewPlan(r, cands)
	}
	return graph.PlanRecord(r, cands, func(id string) graph.AutoState { return p.autoStates[id] })
}

// record sets the item's own meeting id and learns the plan's actors.
func (p *Planner) record(plan *graph.Plan, it BulkItem) {
	if it.MeetingID != "" {
		for i := range plan.Meetings {
			plan.Meetings[i].ID = it.MeetingID
			if i > 0 {
				plan.Meetings[i].ID += "-" + string(rune('a'+i-1))
			}
		}
	}
	for i, id := range it.MeetingIDs {
		if id != "" && i < len(plan.Meetings) {
			plan.Meetings[i].ID = id
		}
	}
	// A mention merged into a known actor is that actor from now on: its
	// names and posts are the known actor's, as the merge leaves them.
	keep := map[string]string{}
	for _, am := range plan.AutoMerges {
		keep[am.GoneID] = am.KeepID
	}
	names := map[string]string{}
	for _, a := range plan.Actors {
		names[a.ID] = a.Name
		if k, ok := keep[a.ID]; ok {
			if c := p.actors[k]; c != nil {
				p.learn(k, c.Name, c.Kind, a.Keys, append([]string{a.Name}, a.Aliases...))
			}
			continue
		}
		p.learn(a.ID, a.Name, a.Kind, a.Keys, a.Aliases)
	}
	for _, pos := range plan.Positions {
		id := pos.PersonID
		if k, ok := keep[id]; ok {
			id = k
		}
		p.learnPost(id, graph.Post{Org: names[pos.OrgID], Start: pos.Start, End: pos.End})
	}
	for _, e := range plan.Affiliations {
		id := e.FromID
		if k, ok := keep[id]; ok {
			id = k
		}
		p.learnPost(id, graph.Post{Org: names[e.ToID]})
	}
}

// learnPost adds a post to a known actor, widening the period of a post in
// the same organization as the store does.
func (p *Planner) learnPost(id string, post graph.Post) {
	c := p.actors[id]
	if c == nil || post.Org == "" {
		return
	}
	for i, q := range c.Posts {
		if q.Org != post.Org {
			continue
		}
		if post.Start != "" && (q.Start == "" || post.Start < q.Start) {
			c.Posts[i].Start = post.Start
		}
		if post.End != "" && (q.End == "" || post.End > q.End) {
			c.Posts[i].End = post.End
		}
		if c.Posts[i] != q {
			p.tick++
			p.ticks[id] = p.tick
		}
		return
	}
	c.Posts = append(c.Posts, post)
	p.tick++
	p.ticks[id] = p.tick
}
