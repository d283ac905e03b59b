package store

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Who met whom, kept rather than recomputed: one (:Actor)-[:MET_WITH]->(:Actor)
// relationship per pair of actors that attended a meeting together, stored
// once, from the actor with the smaller id to the other, keyed by
// pair = "<lower id> <higher id>" (unique: the met_with_pair constraint).
// It carries, over all the pair's meetings:
//
//	count        the meetings, dated or not
//	first, last  the earliest and latest dateStart of the dated ones (absent if none)
//	places, placeNames, placeLast
//	             at most metPlaces places, those met at most recently first
//	             (by the latest dateStart there, then place id), with that date
//	             (metUndated when met there undated only; a database written
//	             before it holds the empty string, which a fold reads as
//	             metUndated);
//	             absent when no place is known (metPlaceLists)
//	lastMeeting, lastEvidence, lastSource
//	             the latest meeting (by dateStart, then id; undated ones
//	             last) and the evidence of its earliest published report
//
// Every write that can change a pair's meetings keeps it exact, in the
// write's own transaction: a meeting created by the write is added to its
// pairs (each property above is a fold that gives the same result in any
// order); a meeting that existed before is compared with what it was
// before the write (metChange): told again with nothing its pairs read
// changed, it changes nothing; new attendees' pairs take it in by the
// same fold; new places or another earliest report update the pairs it
// already counted (qMetTouch); a new date has its pairs recomputed from
// their meetings. A merge recomputes the kept actor's pairs, a split both
// actors'. RebuildMet recomputes everything from the meetings.

// metPlaces bounds the places kept per pair.
const metPlaces = 10

// metUndated stands for "met there undated" in placeLast: it sorts before
// every date, as the empty string would, but unlike it the offline
// importer can write it as a list's only element (an empty field is null
// there), so no list is left for FinishOffline to set.
const metUndated = "-"

// metMeeting adds, to rows holding a meeting m, what the aggregate needs of
// it: d its dateStart (empty when undated), ps its places (with d, or
// metUndated) and rep its earliest published report as [published, source
// id, evidence].
const metMeeting = `
WITH *, coalesce(m.dateStart, '') AS d
WITH *, [(m)-[:HELD_IN]->(p:Place) | {id: p.id, name: coalesce(p.name, ''), d: CASE d WHEN '' THEN '` + metUndated + `' ELSE d END}] AS ps,
  reduce(x = null, r IN [(m)-[rep:REPORTED_IN]->(s:Source) | [coalesce(s.published, ''), s.id, coalesce(rep.evidence, '')]] |
    CASE WHEN x IS NULL OR r[0] < x[0] OR (r[0] = x[0] AND r[1] < x[1]) THEN r ELSE x END) AS rep`

// metGroup groups rows (lo, hi, m with metMeeting's columns) — m a meeting
// both attended, lo.id < hi.id — into one row per pair, its aggregate r
// (created empty if new), and what the rows add: n, first, last, lm (the
// latest meeting: {k: dateStart + ' ' + id, id, ev, src}) and places.
const metGroup = `
WITH lo, hi, count(m) AS n, min(CASE WHEN d > '' THEN d END) AS first, max(CASE WHEN d > '' THEN d END) AS last,
  collect({k: d + ' ' + m.id, id: m.id, ev: coalesce(rep[2], ''), src: coalesce(rep[1], '')}) AS lasts,
  collect(ps) AS pss
WITH lo, hi, n, first, last, reduce(x = null, l IN lasts | CASE WHEN x IS NULL OR l.k > x.k THEN l ELSE x END) AS lm,
  reduce(acc = [], x IN pss | acc + x) AS places
MERGE (lo)-[r:MET_WITH {pair: lo.id + ' ' + hi.id}]->(hi)`

// metCands is a pair r's kept places as metTop's candidates.
const metCands = `[i IN range(0, size(coalesce(r.places, [])) - 1) | {id: r.places[i], name: r.placeNames[i],
    d: CASE r.placeLast[i] WHEN '' THEN '` + metUndated + `' ELSE r.placeLast[i] END}]`

// metTop keeps the metPlaces places of the list cands met at most recently.
const metTop = `
  UNWIND cands AS p
  WITH p.id AS pid, p.name AS pname, max(p.d) AS pd
  ORDER BY pd DESC, pid
  LIMIT 10
  RETURN collect(pid) AS pids, collect(pname) AS pnames, collect(pd) AS pds
}`

// metSet writes the aggregate as computed (the rows were all the pair's
// meetings).
const metSet = metGroup + `
WITH lo, hi, r, n, first, last, places, lm
CALL (places) {
  WITH places AS cands` + metTop + `
SET r.count = n, r.first = first, r.last = last,` + metPlaceLists + `,
    r.lastMeeting = lm.id, r.lastEvidence = lm.ev, r.lastSource = lm.src` + metKeys

// metPlaceLists sets the place lists from metTop's columns; a pair that
// met at no known place has none (no property, not []): the offline
// importer cannot write an empty list, and so a load through it and one
// through Cypher leave the same graph without setting lists afterwards.
// Readers take a missing list as empty.
const metPlaceLists = `
    r.places = CASE WHEN size(pids) > 0 THEN pids END,
    r.placeNames = CASE WHEN size(pids) > 0 THEN pnames END,
    r.placeLast = CASE WHEN size(pids) > 0 THEN pds END`

// metFold adds meetings new to the graph to what the aggregate holds; each
// property is a fold that gives the same result in any order.
const metFold = metGroup + `
WITH lo, hi, r, n, first, last, places, lm,
  lm.k > coalesce(r.last, '') + ' ' + coalesce(r.lastMeeting, '') AS newer
CALL (r, places) {
  WITH ` + metCands + ` + places AS cands` + metTop + `
SET r.count = coalesce(r.count, 0) + n,
    r.first = CASE WHEN r.first IS NULL OR first < r.first THEN first ELSE r.first END,
    r.last = CASE WHEN r.last IS NULL OR last > r.last THEN last ELSE r.last END,` + metPlaceLists + `,
    r.lastMeeting = CASE WHEN newer THEN lm.id ELSE r.lastMeeting END,
    r.lastEvidence = CASE WHEN newer THEN lm.ev ELSE r.lastEvidence END,
    r.lastSource = CASE WHEN newer THEN lm.src ELSE r.lastSource END` + metKeys

// metKeys sets, after r.count, the pair's ordering keys (metOrderKey): an
// actor's pairs strongest first, ties by the counterpart's id, are a
// prefix of the met_with_lo_key and met_with_hi_key indexes in index
// order, so a page of them reads a page of index entries (qMetPairs,
// qNeighboursPair) however many pairs the actor has. lo and hi are the
// pair's actors.
const metKeys = `
SET r.loKey = lo.id + ' ' + ` + metCountKey + ` + ' ' + hi.id,
    r.hiKey = hi.id + ' ' + ` + metCountKey + ` + ' ' + lo.id`

// metCountKey is r.count as metOrderKey writes it.
const metCountKey = `right('0000000000' + toString(9999999999 - r.count), 10)`

// metOrderKey is the ordering key of the pair of actors self and other
// met n times, as self's side of it: self's id, then the count written so
// that string order is the count's descending order, then other's id,
// separated by spaces (which ids never hold: graph.Slug) so that the keys
// of one actor are exactly those starting with its id and a space, and
// sort like (count descending, other's id).
func metOrderKey(self, other string, n int64) string {
	return fmt.Sprintf("%s %010d %s", self, 9999999999-n, other)
}

// metAttendeePairs turns rows holding a meeting m into one row per pair
// (lo, hi) of its attendees, lo.id < hi.id, keeping the other columns.
// Written as a MATCH of (lo:Actor)-[:ATTENDED]->(m)<-[:ATTENDED]-(hi:Actor)
// WHERE lo.id < hi.id, the comparison lets the planner seek one side by a
// range of the actor_id index (half of all actors, for each meeting) and
// join: with stale index statistics in the middle of an import it did, and
// the fold of 10,000 meetings ran into the 10-minute transaction timeout.
// Bound from a list, lo and hi have no index to seek.
const metAttendeePairs = `
WITH *, [(m)<-[:ATTENDED]-(x:Actor) | x] AS who
UNWIND who AS lo
UNWIND who AS hi
WITH * WHERE lo.id < hi.id`

const (
	// qMetFold adds the new meetings $ids to their pairs, reading each
	// meeting once. The pairs are formed from each meeting's list of
	// attendees (metAttendeePairs), so the planner has no way to reach
	// an actor other than through the meeting.
	qMetFold = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})` + metMeeting + metAttendeePairs + metFold

	// qMetFoldPairs adds a known meeting to the pairs of its attendees
	// that it was not counted in: $rows of {m: meeting id, lo, hi: the
	// pair's actor ids, lo < hi}.
	qMetFoldPairs = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.m})
MATCH (lo:Actor {id: row.lo})
MATCH (hi:Actor {id: row.hi})
WITH lo, hi, m` + metMeeting + metFold

	// qMetTouch takes into the pairs $rows ({m: meeting id, pair: the
	// pair's key}) the places of a known meeting they already count
	// (added places: the top ten of a list and a new candidate is the top
	// ten of all) and, where it is the pair's latest meeting, the
	// evidence of its earliest report. A pair's rows are grouped, so
	// that each pair is written once.
	qMetTouch = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.m})
WITH row, m` + metMeeting + `
WITH row.pair AS pair, collect(ps) AS pss, collect({id: m.id, ev: coalesce(rep[2], ''), src: coalesce(rep[1], '')}) AS reps
MATCH ()-[r:MET_WITH {pair: pair}]->()
WITH r, reduce(acc = [], x IN pss | acc + x) AS places, head([x IN reps WHERE x.id = r.lastMeeting]) AS lm
CALL (r, places) {
  WITH ` + metCands + ` + places AS cands` + metTop + `
SET` + metPlaceLists + `,
    r.lastEvidence = CASE WHEN lm IS NULL THEN r.lastEvidence ELSE lm.ev END,
    r.lastSource = CASE WHEN lm IS NULL THEN r.lastSource ELSE lm.src END`

	// qMetRecount recomputes every pair among the participants of the
	// meetings $ids from the pair's meetings, walking those of the actor
	// with fewer: once per actor, for all its pairs to recount (ys), not
	// once per pair (the participants of a meeting of k actors form
	// k(k-1)/2 pairs, and its least busy actor is the walked side of k-1).
	qMetRecount = `
UNWIND $ids AS id
MATCH (:Meeting {id: id})<-[:ATTENDED]-(a:Actor)
WITH id, collect(a) AS who
UNWIND who AS lo
UNWIND who AS hi
WITH DISTINCT lo, hi WHERE lo.id < hi.id
WITH lo, hi, COUNT { (lo)-[:ATTENDED]->() } <= COUNT { (hi)-[:ATTENDED]->() } AS loFewer
WITH CASE WHEN loFewer THEN lo ELSE hi END AS x, collect(CASE WHEN loFewer THEN hi ELSE lo END) AS ys
CALL (x, ys) {
  MATCH (x)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(y:Actor)
  WHERE y IN ys
  RETURN m, CASE WHEN x.id < y.id THEN x ELSE y END AS lo, CASE WHEN x.id < y.id THEN y ELSE x END AS hi
}
WITH lo, hi, m` + metMeeting + metSet

	// qMetActors recomputes the pairs of the actors $ids from their
	// meetings: all of each actor's pairs, or with $half only those where
	// it has the smaller id (RebuildMet: each pair once). A pair of two
	// actors of $ids is counted from the smaller id only. The other side
	// comes from each meeting's attendees, as in metAttendeePairs.
	qMetActors = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[:ATTENDED]->(m:Meeting)
UNWIND [(m)<-[:ATTENDED]-(b:Actor) WHERE b <> a | b] AS b
WITH a, b, m WHERE a.id < b.id OR NOT ($half OR b.id IN $ids)
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS lo, CASE WHEN a.id < b.id THEN b ELSE a END AS hi, m` + metMeeting + metSet

	qMetClearActor = `
MATCH (:Actor {id: $id})-[r:MET_WITH]-()
DELETE r`

	qMetDeleteAll = `
MATCH ()-[r:MET_WITH]->()
WITH r LIMIT 20000
DELETE r
RETURN count(*) AS n`

	// qMetMeetingPage pages through the meetings in id order (the
	// meeting_id constraint's index).
	qMetMeetingPage = `
MATCH (m:Meeting) WHERE m.id > $after
WITH m.id AS id ORDER BY id LIMIT $limit
RETURN collect(id) AS ids`
)

// metKnown holds, for the meetings about to be written that the graph
// holds already, what their pairs' aggregates read of them before the
// write (metState).
type metKnown map[string]metState

func (k metKnown) has(id string) bool { _, ok := k[id]; return ok }

// metState is what a meeting gives its pairs' aggregates (metMeeting):
// its dateStart, its places ("id name") and its earliest published
// report; and its attendees. places and who are sorted.
type metState struct {
	d      string
	places []string
	rep    []string
	who    []string
}

// qMetStates returns metState's fields for those of the meetings $ids the
// graph holds.
const qMetStates = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
WITH m` + metMeeting + `
RETURN m.id AS id, d, [p IN ps | p.id + ' ' + p.name] AS places, coalesce(rep, []) AS rep,
  [(m)<-[:ATTENDED]-(x:Actor) | x.id] AS who`

// metExisting returns the meetings among ids already in the graph and
// their states; call it before writing them.
func metExisting(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (metKnown, error) {
	out, err := metStates(ctx, tx, ids)
	if err != nil {
		return nil, fmt.Errorf("looking up known meetings for met-with: %w", err)
	}
	return out, nil
}

func metStates(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (metKnown, error) {
	out := metKnown{}
	if len(ids) == 0 {
		return out, nil
	}
	res, err := tx.Run(ctx, qMetStates, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		var st metState
		id, err := str(rec, "id")
		if err != nil {
			return nil, err
		}
		if st.d, err = str(rec, "d"); err != nil {
			return nil, err
		}
		if st.places, err = strs(rec, "places"); err != nil {
			return nil, err
		}
		if st.rep, err = strs(rec, "rep"); err != nil {
			return nil, err
		}
		if st.who, err = strs(rec, "who"); err != nil {
			return nil, err
		}
		slices.Sort(st.places)
		slices.Sort(st.who)
		out[id] = st
	}
	return out, nil
}

// metDelta is how a write changed a known meeting's contribution to its
// pairs (metChange), each pair as [lower id, higher id].
type metDelta struct {
	// recount: the date changed (a first or last date cannot be taken
	// back from a pair's aggregate), or something this does not model.
	recount bool
	// added: the pairs of new attendees, which the meeting is new to.
	added [][2]string
	// touched: with new places or another earliest report, the pairs of
	// the attendees it had, which take the new places in and, where it
	// is their latest meeting, the report's evidence.
	touched [][2]string
}

// metChange compares a known meeting before and after a write. Writes
// only add attendees and places (merges come after), so a meeting that
// lost one, or changed its date, is recounted.
func metChange(before, after metState) metDelta {
	if before.d != after.d || !subset(before.who, after.who) || !subset(before.places, after.places) {
		return metDelta{recount: true}
	}
	var out metDelta
	if !slices.Equal(before.places, after.places) || !slices.Equal(before.rep, after.rep) {
		out.touched = pairsOf(before.who, nil)
	}
	out.added = pairsOf(after.who, before.who)
	return out
}

// pairsOf returns the pairs of who (sorted) that have at least one actor
// not in old (sorted), each once.
func pairsOf(who, old []string) [][2]string {
	var out [][2]string
	for i, x := range who {
		for _, y := range who[i+1:] {
			if !sortedHas(old, x) || !sortedHas(old, y) {
				out = append(out, [2]string{x, y})
			}
		}
	}
	return out
}

// subset reports whether every element of a is in b (sorted).
func subset(a, b []string) bool {
	for _, x := range a {
		if !sortedHas(b, x) {
			return false
		}
	}
	return true
}

// sortedHas reports whether x is in sorted.
func sortedHas(sorted []string, x string) bool {
	_, ok := slices.BinarySearch(sorted, x)
	return ok
}

// existingIDs runs query, which returns in one row the list ids of those
// of $ids the graph holds, and returns them as a set.
func existingIDs(ctx context.Context, tx neo4j.ManagedTransaction, query string, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	res, err := tx.Run(ctx, query, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return nil, err
	}
	known, err := strs(rec, "ids")
	if err != nil {
		return nil, err
	}
	for _, id := range known {
		out[id] = true
	}
	return out, nil
}

// metUpdate keeps the pairs of the meetings ids exact once they are
// written, and the ordering keys of their attendance: existed (from
// metExisting, taken before the write) says which were in the graph
// before; keyed, that the write set the keys of the new meetings'
// attendance itself (qBulkAttended), so only the known ones' are set here.
func metUpdate(ctx context.Context, tx neo4j.ManagedTransaction, log *slog.Logger, ids []string, existed metKnown, keyed bool) error {
	var fresh, known []string
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		if existed.has(id) {
			known = append(known, id)
		} else {
			fresh = append(fresh, id)
		}
	}
	t0 := time.Now()
	if len(fresh) > 0 {
		if _, err := run(ctx, tx, qMetFold, map[string]any{"ids": fresh}); err != nil {
			return fmt.Errorf("adding %d new meetings to met-with: %w", len(fresh), err)
		}
		log.Debug("bulk statement", "what", "met-with fold", "rows", len(fresh), "took", time.Since(t0).Round(time.Millisecond))
	}
	// A known meeting told again mostly changes nothing its pairs read
	// (another report, published later), adds attendees, a place or an
	// earlier report: each is taken in where it changes something
	// (metChange). A recount walks every pair's meetings, which for two
	// busy actors is thousands; it is left for a changed date.
	t0 = time.Now()
	after, err := metStates(ctx, tx, known)
	if err != nil {
		return fmt.Errorf("reading %d known meetings for met-with: %w", len(known), err)
	}
	var recount []string
	var pairs, touched []map[string]any
	for _, id := range known {
		d := metChange(existed[id], after[id])
		if d.recount {
			recount = append(recount, id)
		}
		for _, p := range d.added {
			pairs = append(pairs, map[string]any{"m": id, "lo": p[0], "hi": p[1]})
		}
		for _, p := range d.touched {
			touched = append(touched, map[string]any{"m": id, "pair": p[0] + " " + p[1]})
		}
	}
	if len(pairs) > 0 {
		if _, err := run(ctx, tx, qMetFoldPairs, map[string]any{"rows": pairs}); err != nil {
			return fmt.Errorf("adding %d new attendees' pairs to met-with: %w", len(pairs), err)
		}
	}
	if len(touched) > 0 {
		if _, err := run(ctx, tx, qMetTouch, map[string]any{"rows": touched}); err != nil {
			return fmt.Errorf("updating %d pairs of re-reported meetings in met-with: %w", len(touched), err)
		}
	}
	if len(recount) > 0 {
		if _, err := run(ctx, tx, qMetRecount, map[string]any{"ids": recount}); err != nil {
			return fmt.Errorf("recounting met-with for %d known meetings: %w", len(recount), err)
		}
	}
	if len(known) > 0 {
		log.Debug("bulk statement", "what", "met-with known meetings", "rows", len(known), "pairs", len(pairs), "touched", len(touched), "recounted", len(recount), "took", time.Since(t0).Round(time.Millisecond))
	}
	// A meeting written may be new, have a new attendee or a new date.
	rekey := known
	if !keyed {
		rekey = append(fresh, known...)
	}
	if len(rekey) == 0 {
		return nil
	}
	t0 = time.Now()
	if _, err := run(ctx, tx, qAttendedKeysOfMeetings, map[string]any{"ids": rekey}); err != nil {
		return fmt.Errorf("keying the attendance of %d meetings: %w", len(rekey), err)
	}
	log.Debug("bulk statement", "what", "attendance keys", "rows", len(rekey), "took", time.Since(t0).Round(time.Millisecond))
	return nil
}

// metRecountActors recomputes all the pairs of the actors ids; with clear,
// their aggregates are dropped first (a split: pairs may be left with no
// meeting).
func metRecountActors(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, clear bool) error {
	if clear {
		for _, id := range ids {
			if _, err := run(ctx, tx, qMetClearActor, map[string]any{"id": id}); err != nil {
				return fmt.Errorf("clearing met-with of %s: %w", id, err)
			}
		}
	}
	if _, err := run(ctx, tx, qMetActors, map[string]any{"ids": ids, "half": false}); err != nil {
		return fmt.Errorf("recounting met-with of %v: %w", ids, err)
	}
	// A merge moves attendance to the kept actor, a split gives it back.
	if _, err := run(ctx, tx, qAttendedKeysOfActors, map[string]any{"ids": ids}); err != nil {
		return fmt.Errorf("keying the attendance of %v: %w", ids, err)
	}
	return nil
}

// RebuildMet drops every MET_WITH aggregate and computes them all again
// from the meetings: it folds the meetings in, batch by batch in the order
// of their ids (each batch one transaction), with the import's own
// statement — the fold is exact in any order and any batching — and sets
// the ATTENDED ordering keys of the batch's meetings. Reads
// during the rebuild see it partly done; run it after an import that wrote
// meetings without the aggregates.
func (s *Store) RebuildMet(ctx context.Context) error {
	for {
		var n int64
		err := s.inWrite(ctx, func(tx neo4j.ManagedTransaction) error {
			res, err := tx.Run(ctx, qMetDeleteAll, nil)
			if err != nil {
				return err
			}
			rec, err := res.Single(ctx)
			if err != nil {
				return err
			}
			if n, err = integer(rec, "n"); err != nil {
				return err
			}
			return metBump(ctx, tx)
		})
		if err != nil {
			return fmt.Errorf("rebuilding met-with: deleting: %w", err)
		}
		if n == 0 {
			break
		}
	}
	after := ""
	for {
		res, err := s.read(ctx, qMetMeetingPage, map[string]any{"after": after, "limit": metRebuildBatch})
		if err != nil {
			return fmt.Errorf("rebuilding met-with: listing meetings: %w", err)
		}
		rec := res.Records[0]
		ids, err := strs(rec, "ids")
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			return nil
		}
		err = s.inWriteTimeout(ctx, 30*time.Minute, func(tx neo4j.ManagedTransaction) error {
			if _, err := run(ctx, tx, qMetFold, map[string]any{"ids": ids}); err != nil {
				return err
			}
			if _, err := run(ctx, tx, qAttendedKeysOfMeetings, map[string]any{"ids": ids}); err != nil {
				return err
			}
			return metBump(ctx, tx)
		})
		if err != nil {
			return fmt.Errorf("rebuilding met-with: meetings from %s: %w", ids[0], err)
		}
		after = ids[len(ids)-1]
	}
}

// metRebuildBatch is the meetings RebuildMet folds per transaction, as
// many as a bulk import batch holds.
const metRebuildBatch = 5000

const (
	// qMetKeysInSync compares the MET_WITH aggregates (count store) with
	// the entries of met_with_lo_key and met_with_hi_key.
	qMetKeysInSync = `
CALL () { MATCH ()-[r:MET_WITH]->() RETURN count(r) AS pairs }
CALL () { MATCH ()-[r:MET_WITH]->() WHERE r.loKey IS NOT NULL RETURN count(r) AS lo }
CALL () { MATCH ()-[r:MET_WITH]->() WHERE r.hiKey IS NOT NULL RETURN count(r) AS hi }
CALL () { MATCH ()-[r:ATTENDED]->() RETURN count(r) AS attended }
CALL () { MATCH ()-[r:ATTENDED]->() WHERE r.key IS NOT NULL RETURN count(r) AS keyed }
RETURN pairs = lo AND pairs = hi AND attended = keyed AS ok`

	qMetSetKeys = `
MATCH (lo)-[r:MET_WITH]->(hi)
CALL (lo, r, hi) {` + metKeys + `
} IN TRANSACTIONS OF 10000 ROWS`

	qAttendedSetKeys = `
MATCH (a)-[r:ATTENDED]->(m)
CALL (a, r, m) {` + attendedKey + `
} IN TRANSACTIONS OF 10000 ROWS`
)

// SyncMetKeys gives the MET_WITH aggregates and the ATTENDED
// relationships of a database written before the ordering keys existed
// their keys, in transactions of 10,000. It costs a count of the keys'
// index entries when they are in place.
func (s *Store) SyncMetKeys(ctx context.Context) error {
	res, err := s.read(ctx, qMetKeysInSync, nil)
	if err != nil {
		return fmt.Errorf("checking the met-with keys: %w", err)
	}
	if ok, _ := res.Records[0].Get("ok"); ok == true {
		return nil
	}
	t0 := time.Now()
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.WithoutCancel(ctx))
	for _, q := range []string{qMetSetKeys, qAttendedSetKeys} {
		res, err := sess.Run(ctx, q, nil, neo4j.WithTxTimeout(time.Hour))
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("setting the ordering keys: %w", classify(ctx, err))
		}
	}
	s.log.Info("met-with and attendance ordering keys set", "took", time.Since(t0).Round(time.Millisecond))
	return nil
}

// attendedKey sets the ordering key of an ATTENDED relationship r from
// actor a to meeting m: a's id, m's dateStart written so that string order
// is the dates' descending order (each digit d as 9 - d; an undated
// meeting (an empty dateStart) as '~', after every date; none as '!', before
// them: the order of ORDER BY m.dateStart DESC), then m's id, separated by
// spaces. An actor's meetings newest first, ties by id, are the keys of
// the attended_key index starting with its id and a space, in index order
// (qMetPage). Written wherever attendance is created or moved and
// wherever a meeting's date may change: metUpdate, metRecountActors,
// RebuildMet, the offline import's files (attendedOrderKey).
const attendedKey = `
SET r.key = a.id + ' ' + CASE WHEN m.dateStart IS NULL THEN '!' WHEN m.dateStart = '' THEN '~'
  ELSE reduce(k = '', c IN split(m.dateStart, '') | k + CASE WHEN c >= '0' AND c <= '9' THEN toString(9 - toInteger(c)) ELSE c END) END
  + ' ' + m.id`

const (
	qAttendedKeysOfMeetings = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})<-[r:ATTENDED]-(a)` + attendedKey

	qAttendedKeysOfActors = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[r:ATTENDED]->(m)` + attendedKey
)

// attendedOrderKey is the key attendedKey writes for actor attending a
// meeting of that dateStart.
func attendedOrderKey(actor, dateStart, meeting string) string {
	d := []byte(dateStart)
	for i, c := range d {
		if c >= '0' && c <= '9' {
			d[i] = '9' - c + '0'
		}
	}
	if dateStart == "" {
		d = []byte("~")
	}
	return actor + " " + string(d) + " " + meeting
}
