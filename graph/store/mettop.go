package store

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The strongest pairs of the whole graph, kept between requests.
//
// The depth-1 graph's met edges (qEdgesPairs) need, among busy nodes, the
// graph's strongest $scan pairs (the top of the met_with_count index):
// about 22,000 db hits for 4,000 pairs at 1M meetings, the same list for
// every request until a pair's count changes. So the Store reads it once
// (strongRead) and passes each request only the pairs of that list among
// its own nodes (qEdgesPairsCached), as long as the graph is unchanged.
//
// Unchanged is told by the database, not by this process: the other
// writers (parley import, load, merges and splits, the offline import)
// are other processes. Every transaction that changes MET_WITH ends with
// qMetBump, which gives the single (:MetVersion {id: 'met'}) node a new
// random token (the met_version_id constraint keeps it single); a request
// reads that token in its own query (one index seek) and uses the list
// only when the token is the one the list was read with. A random token,
// not a counter, because a wiped and reloaded database would count again
// from the start.
//
// The list is read in a write transaction that first writes the version
// node (and undoes it): that takes the node's write lock, so the read waits for
// a writer that has bumped the token and not yet finished (a transaction
// holds its locks until it is applied). Without it, a read during a
// writer's commit could see the new token beside the old counts and keep
// them as current.
type strongest struct {
	mu   sync.Mutex
	list *strongList // nil until read; replaced, never changed
	// refreshing is set while a goroutine reads the list again; after it,
	// none starts before next (the list's reads take at most a tenth of the
	// time while the graph keeps changing, as during an import).
	refreshing bool
	next       time.Time
	wg         sync.WaitGroup
	// uses counts the requests by how they used the list (tests).
	uses [listFilled + 1]int
}

// strongList is the graph's strongest scan pairs as read with token.
type strongList struct {
	token  string
	scan   int   // the pairs read: the list serves requests for that many
	floor  int64 // the count of the last pair read; 0 if there were fewer than scan
	pairs  []strongPair
	byPair map[string]int // "lo hi" to its index in pairs
	// byLo holds, for each actor, the indexes in pairs of the pairs it is
	// the lower end of, strongest first: a neighbourhood's pairs are found
	// from its nodes when they have fewer than the list has above its cut.
	byLo map[string][]int32
}

// strongPair is one of the graph's strongest pairs.
type strongPair struct {
	key    string // "lo hi", the pair's key
	lo, hi string // in key
	count  int64
	places []string
	last   string
}

const (
	// qMetBump marks the end of a write that changed MET_WITH aggregates
	// (strongest). Run it last in the transaction: the node's lock is then held
	// only through the commit.
	qMetBump = `MERGE (v:MetVersion {id: 'met'}) SET v.token = randomUUID()`

	// qMetTopRead reads the graph's strongest $scan pairs with the token
	// they are current for, the version node locked first (strongest).
	qMetTopRead = `
MERGE (v:MetVersion {id: 'met'}) ON CREATE SET v.token = randomUUID()
// The lock, taken by a write that reads nothing (SET v.token = v.token
// would read the token before waiting, and write that back over the
// writer's).
SET v.locked = true REMOVE v.locked
WITH v
WITH v.token AS token
CALL () {
  MATCH ()-[r:MET_WITH]->() WHERE r.count > 0
  WITH r ORDER BY r.count DESC LIMIT $scan
  RETURN collect([r.pair, r.count, coalesce(r.placeNames, []), coalesce(r.last, '')]) AS top
}
RETURN token, top`
)

// metBump runs qMetBump in tx.
func metBump(ctx context.Context, tx neo4j.ManagedTransaction) error {
	if _, err := run(ctx, tx, qMetBump, nil); err != nil {
		return fmt.Errorf("marking the met-with aggregates changed: %w", err)
	}
	return nil
}

// strongKept is how many of the graph's strongest pairs the Store keeps
// at least, more than a request reads when it has to read them itself
// (edgeParams's scan): the list is read once per change of the graph, and
// the lower its floor, the more neighbourhoods it decides without looking
// their pairs up one by one (at 1M meetings the 50,000th pair has 3
// meetings, the 4,000th 12, while a neighbourhood of an actor of 100-499
// meetings keeps edges of 3 to 13).
const strongKept = 150000

// strongScan is how many pairs the Store keeps for a request that would
// read scan of them.
func (s *Store) strongScan(scan int) int {
	if s.scanPairs != 0 {
		return scan // tests: exactly as many as they ask for
	}
	return max(scan, strongKept)
}

// strongRead reads the strongest scan pairs of the graph into s.top.
func (s *Store) strongRead(ctx context.Context, scan int) error {
	t0 := time.Now()
	var token string
	var pairs []strongPair
	err := s.inWrite(ctx, func(tx neo4j.ManagedTransaction) error {
		res, err := tx.Run(ctx, qMetTopRead, map[string]any{"scan": scan})
		if err != nil {
			return err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return err
		}
		if token, err = str(rec, "token"); err != nil {
			return err
		}
		v, _ := rec.Get("top")
		rows, _ := v.([]any)
		pairs = make([]strongPair, 0, len(rows))
		names := map[string]string{}
		for _, row := range rows {
			p, err := strongRow(row, names)
			if err != nil {
				return err
			}
			pairs = append(pairs, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading the strongest pairs: %w", err)
	}
	l := newStrongList(token, scan, pairs)
	s.top.mu.Lock()
	s.top.list = l
	s.top.mu.Unlock()
	s.log.Debug("strongest pairs read", "pairs", len(pairs), "floor", l.floor, "took", time.Since(t0).Round(time.Millisecond))
	return nil
}

// newStrongList is the list of pairs, strongest first, read with token
// as the strongest scan of the graph.
func newStrongList(token string, scan int, pairs []strongPair) *strongList {
	var floor int64
	if len(pairs) == scan && scan > 0 {
		floor = pairs[len(pairs)-1].count
	}
	l := &strongList{token: token, scan: scan, floor: floor, pairs: pairs,
		byPair: make(map[string]int, len(pairs)), byLo: map[string][]int32{}}
	for i, p := range pairs {
		l.byPair[p.key] = i
		l.byLo[p.lo] = append(l.byLo[p.lo], int32(i))
	}
	return l
}

// strongRow decodes one row of qMetTopRead's list.
func strongRow(row any, names map[string]string) (strongPair, error) {
	f, ok := row.([]any)
	if !ok || len(f) != 4 {
		return strongPair{}, fmt.Errorf("strongest pairs: row %v", row)
	}
	pair, _ := f[0].(string)
	p := strongPair{key: pair}
	for i := 0; i < len(pair); i++ {
		if pair[i] == ' ' {
			p.lo, p.hi = pair[:i], pair[i+1:]
			break
		}
	}
	n, ok := f[1].(int64)
	if p.lo == "" || !ok {
		return strongPair{}, fmt.Errorf("strongest pairs: row %v", row)
	}
	p.count = n
	places, err := toStrings(f[2], "placeNames")
	if err != nil {
		return strongPair{}, err
	}
	// One copy of each place name (a few thousand places, 50,000 pairs).
	for i, n := range places {
		if k, ok := names[n]; ok {
			places[i] = k
		} else {
			names[n] = n
		}
	}
	p.places = places
	p.last, _ = f[3].(string)
	return p, nil
}

// strongRefresh reads the list again in the background, unless a read is
// under way already; the request that found it stale does not wait.
func (s *Store) strongRefresh(scan int) {
	s.top.mu.Lock()
	if s.top.refreshing || time.Now().Before(s.top.next) {
		s.top.mu.Unlock()
		return
	}
	s.top.refreshing = true
	s.top.wg.Add(1)
	s.top.mu.Unlock()
	go func() {
		defer s.top.wg.Done()
		ctx, cancel := context.WithTimeout(context.Background(), s.timeout)
		defer cancel()
		t0 := time.Now()
		err := s.strongRead(ctx, scan)
		wait := 9 * time.Since(t0)
		if err != nil {
			// A database that refuses the read (a user with reads only, a
			// server going down): the requests read the pairs themselves,
			// and the list is tried again a minute later, not on each.
			s.log.Warn("strongest pairs not kept", "err", err)
			wait = max(wait, time.Minute)
		}
		s.top.mu.Lock()
		s.top.refreshing = false
		s.top.next = time.Now().Add(wait)
		s.top.mu.Unlock()
	}()
}

// strongFor returns the list if it serves scan (nil if not), and, of its
// pairs stronger than its floor with both ends among ids, the strongest
// limit+1 and any as strong as the last of those, as [lower id, higher
// id, count] (qEdgesPairsCached's $strong). The others cannot be among the
// strongest limit+1 edges of the answer: every pair of the list above one
// of them is in the answer's ranking too (walked, if a node of it has few
// pairs), so it ranks below limit+1 others there as well.
func (s *Store) strongFor(ids []string, scan, limit int) (*strongList, []any) {
	s.top.mu.Lock()
	l := s.top.list
	s.top.mu.Unlock()
	if l == nil || l.scan < scan || (s.scanPairs != 0 && l.scan != scan) {
		return nil, nil
	}
	n := 0 // the list's pairs of the nodes
	for _, id := range ids {
		n += len(l.byLo[id])
	}
	// With the list long enough to reach pairs of two meetings
	// (strongKept), a neighbourhood of weak ties would pass over nearly all
	// of it: its nodes' own pairs (byLo) are then fewer.
	return l, l.among(ids, limit, n <= len(l.pairs)/8)
}

// among is strongFor's pairs for ids, found from the nodes' own pairs
// (byNodes) or by a pass over the list: the same either way.
func (l *strongList) among(ids []string, limit int, byNodes bool) []any {
	strong := []any{}
	var cut int64 // the count of the (limit+1)-th pair kept
	kept := func(p *strongPair) bool {
		return p.count > l.floor && p.count >= cut
	}
	keep := func(p *strongPair) {
		strong = append(strong, []any{p.lo, p.hi, p.count})
		if len(strong) == limit+1 {
			cut = p.count
		}
	}
	in := make(map[string]bool, len(ids))
	for _, id := range ids {
		in[id] = true
	}
	if byNodes {
		var idx []int32
		for _, id := range ids {
			for _, i := range l.byLo[id] {
				if in[l.pairs[i].hi] {
					idx = append(idx, i)
				}
			}
		}
		slices.Sort(idx) // strongest first
		for _, i := range idx {
			if !kept(&l.pairs[i]) {
				break
			}
			keep(&l.pairs[i])
		}
		return strong
	}
	for i := range l.pairs {
		p := &l.pairs[i]
		if !kept(p) {
			break // the list is strongest first
		}
		if in[p.lo] && in[p.hi] {
			keep(p)
		}
	}
	return strong
}

// decides says whether strong (strongFor's pairs for some nodes) holds
// the strongest limit met edges among those nodes on its own: the list
// holds every pair of the graph (no floor), or strong holds more than
// limit pairs, all stronger than the floor. Every pair left out of the
// list has at most the floor's count, so it ranks below limit+1 of the
// list's, and the list's own ties at the cut are all in strong. The
// nodes' pairs are then neither walked nor looked up: in a neighbourhood
// of busy actors that was most of the depth-1 graph's cost.
func (l *strongList) decides(strong []any, limit int) bool {
	return l.floor == 0 || len(strong) > limit
}

// listUse is how a request for the met edges among some nodes used the
// list of the strongest pairs.
type listUse int

const (
	listUnused  listUse = iota // stale or missing: the request read the pairs itself
	listRanked                 // ranked with the pairs walked and looked up (qEdgesPairsCached)
	listDecided                // the list held the answer (strongList.decides)
	listFilled                 // the rest met once, found in key order (qEdgesPairsFilled)
)

// strongCount counts a request by how it used the list.
func (s *Store) strongCount(how listUse) {
	s.top.mu.Lock()
	s.top.uses[how]++
	s.top.mu.Unlock()
}
