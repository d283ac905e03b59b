package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The MET_WITH fold of a bulk batch's new meetings, computed from the
// batch's own rows. A meeting new to the graph holds, once the batch's
// statements have run, exactly what the batch wrote of it: the date of
// its last row, its attendance, its places and its reports, each report's
// source written by the same batch. What qMetFold would read back from
// the graph for it (its pairs of attendees, its places, its earliest
// published report) is therefore known to the writer: metCalc folds it
// per pair in Go, as the offline import does, and Neo4j only merges one
// row into each pair's aggregate (qMetFoldRows) instead of expanding every
// meeting's attendance, places and reports and grouping them. Place names
// are the graph's (a place keeps the name it was created with, maybe by
// an earlier import), read in one statement.

// freshPlaces lists, once each, the places of the batch's meetings in
// fresh.
func (bt *bulkBatch) freshPlaces(fresh map[string]bool) []string {
	var ids []string
	seen := map[string]bool{}
	for _, r := range bt.heldIn {
		m, p := r["meeting"].(string), r["place"].(string)
		if fresh[m] && !seen[p] {
			seen[p] = true
			ids = append(ids, p)
		}
	}
	return ids
}

// metFoldRows returns qMetFoldRows's rows for the meetings fresh (new to
// the graph, written by this batch), one per pair in pair order, and the
// meetings it cannot compute (a report from a source the batch did not
// write: none today, but then the graph's fold is the exact one). names
// holds the graph's name of each place in the graph; a place it lacks has
// no HELD_IN (the statement matches the place) and is left out.
func (bt *bulkBatch) metFoldRows(fresh []string, names map[string]string) (rows []map[string]any, rest []string) {
	isFresh := make(map[string]bool, len(fresh))
	for _, id := range fresh {
		isFresh[id] = true
	}
	actors := map[string][]string{}
	for _, r := range bt.attended { // each (actor, meeting) once: bt.once
		if m := r["meeting"].(string); isFresh[m] {
			actors[m] = append(actors[m], r["actor"].(string))
		}
	}
	places := map[string][]string{}
	for _, r := range bt.heldIn {
		m, p := r["meeting"].(string), r["place"].(string)
		if _, ok := names[p]; ok && isFresh[m] {
			places[m] = append(places[m], p)
		}
	}
	reports := map[string][]metReport{}
	unknown := map[string]bool{}
	for _, r := range bt.reports { // each (meeting, source) once, its last row
		m := r["meeting"].(string)
		if !isFresh[m] {
			continue
		}
		src := r["source"].(string)
		s, ok := bt.sources[src]
		if !ok {
			unknown[m] = true
			continue
		}
		pub, _ := s["published"].(string)
		ev, _ := r["evidence"].(string)
		reports[m] = append(reports[m], metReport{source: src, published: pub, evidence: ev})
	}
	calc := newMetCalc()
	for _, id := range fresh {
		if unknown[id] {
			rest = append(rest, id)
			continue
		}
		d, _ := bt.meetings[bt.meetingIndex[id]]["dateStart"].(string)
		rep, ok := earliestReport(reports[id])
		calc.add(metInput{id: id, d: d, actors: actors[id], places: places[id],
			repEv: rep.evidence, repSrc: rep.source, hasRep: ok})
	}
	// One order for every writer of the same pairs.
	slices.SortFunc(calc.order, func(a, b *metAcc) int {
		return cmp.Or(cmp.Compare(a.lo, b.lo), cmp.Compare(a.hi, b.hi))
	})
	rows = make([]map[string]any, 0, len(calc.order))
	for _, p := range calc.order {
		pl := make([]map[string]any, 0, len(p.places))
		for id, d := range p.places {
			pl = append(pl, map[string]any{"id": id, "name": names[id], "d": d})
		}
		slices.SortFunc(pl, func(a, b map[string]any) int { return cmp.Compare(a["id"].(string), b["id"].(string)) })
		rows = append(rows, map[string]any{
			"lo": p.lo, "hi": p.hi, "n": p.n, "first": orNil(p.first), "last": orNil(p.last),
			"lm":     map[string]any{"k": p.lmK, "id": p.lmID, "ev": p.lmEv, "src": p.lmSrc},
			"places": pl,
		})
	}
	return rows, rest
}

// orNil is s, or null for "" (metGroup's min and max of no dated meeting).
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// placeNames returns the graph's names of the places ids it holds.
func placeNames(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	res, err := tx.Run(ctx, qPlaceNames, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("reading the names of %d places: %w", len(ids), err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the names of %d places: %w", len(ids), err)
	}
	for _, rec := range recs {
		id, err := str(rec, "id")
		if err != nil {
			return nil, err
		}
		name, err := str(rec, "name")
		if err != nil {
			return nil, err
		}
		out[id] = name
	}
	return out, nil
}

// bulkMetUpdate is metUpdate for a bulk batch: its new meetings folded
// from its rows (qMetFoldRows), the rest as metUpdate does.
func (b *BulkImporter) bulkMetUpdate(ctx context.Context, tx neo4j.ManagedTransaction, bt *bulkBatch, ids []string, existed map[string]bool) error {
	var fresh, others []string
	isFresh := map[string]bool{}
	for _, id := range ids { // each once: bt.meetings
		if existed[id] {
			others = append(others, id)
		} else {
			fresh = append(fresh, id)
			isFresh[id] = true
		}
	}
	if len(fresh) > 0 {
		t0 := time.Now()
		names, err := placeNames(ctx, tx, bt.freshPlaces(isFresh))
		if err != nil {
			return err
		}
		rows, rest := bt.metFoldRows(fresh, names)
		if len(rows) > 0 {
			if _, err := run(ctx, tx, qMetFoldRows, map[string]any{"rows": rows}); err != nil {
				return fmt.Errorf("adding %d new meetings (%d pairs) to met-with: %w", len(fresh)-len(rest), len(rows), err)
			}
		}
		b.s.log.Debug("bulk statement", "what", "met-with fold", "rows", len(fresh)-len(rest), "pairs", len(rows),
			"took", time.Since(t0).Round(time.Millisecond))
		others = append(others, rest...)
	}
	return metUpdate(ctx, tx, b.s.log, others, existed, true)
}
