package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The bulk path's MET_WITH upkeep. A meeting new to the graph has, once
// its batch is written, exactly the attendees, places, date and reports of
// the batch's own rows: the batch folds them per pair in Go (metCalc), then
// locks each pair's aggregate (creating the missing ones), reads it, adds
// the batch's part and writes it back — three statements per batch, no
// meeting read again. Meetings that were in the graph before the batch
// (re-reported: their date, place, reports or attendees may have changed)
// have their pairs recomputed from the meetings (qMetRecount), as before.

const (
	// qPlaceNames reads the names the places hold (a place keeps the name
	// it was created with).
	qPlaceNames = `
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN p.id AS id, coalesce(p.name, '') AS name`

	// qMetLock finds or creates each pair's aggregate, takes its write
	// lock (pairs in one order for every writer) and returns it as the
	// graph holds it once locked.
	qMetLock = `
UNWIND $rows AS row
MATCH (lo:Actor {id: row.lo})
MATCH (hi:Actor {id: row.hi})
MERGE (lo)-[r:MET_WITH {pair: row.pair}]->(hi)
SET r.locked = true REMOVE r.locked
RETURN row.pair AS pair, r.count AS count, r.first AS first, r.last AS last, r.places AS places,
  r.placeNames AS placeNames, r.placeLast AS placeLast, r.lastMeeting AS lastMeeting`

	// qMetWrite sets the aggregates computed from what qMetLock read.
	qMetWrite = `
UNWIND $rows AS row
MATCH ()-[r:MET_WITH {pair: row.pair}]->()
SET r += row.props`
)

// metFoldBatch adds the batch's new meetings (those not in existed) to
// their pairs' aggregates.
func metFoldBatch(ctx context.Context, tx neo4j.ManagedTransaction, bt *bulkBatch, existed map[string]bool) error {
	type meeting struct {
		in   metInput
		reps []metReport
	}
	fresh := map[string]*meeting{}
	var order []*meeting
	for _, row := range bt.meetings {
		id := row["id"].(string)
		if existed[id] || fresh[id] != nil {
			continue
		}
		m := &meeting{in: metInput{id: id, d: row["dateStart"].(string)}}
		fresh[id] = m
		order = append(order, m)
	}
	if len(order) == 0 {
		return nil
	}
	for _, r := range bt.attended {
		if m := fresh[r["meeting"].(string)]; m != nil {
			m.in.actors = append(m.in.actors, r["actor"].(string))
		}
	}
	placeSet := map[string]bool{}
	for _, r := range bt.heldIn {
		if m := fresh[r["meeting"].(string)]; m != nil {
			p := r["place"].(string)
			m.in.places = append(m.in.places, p)
			placeSet[p] = true
		}
	}
	for _, r := range bt.reports {
		if m := fresh[r["meeting"].(string)]; m != nil {
			src := r["source"].(string)
			pub, _ := bt.sources[src]["published"].(string)
			m.reps = append(m.reps, metReport{source: src, published: pub, evidence: r["evidence"].(string)})
		}
	}
	calc := newMetCalc()
	for _, m := range order {
		if rep, ok := earliestReport(m.reps); ok {
			m.in.repEv, m.in.repSrc, m.in.hasRep = rep.evidence, rep.source, true
		}
		calc.add(m.in)
	}
	if len(calc.order) == 0 {
		return nil
	}
	names, err := placeNames(ctx, tx, placeSet)
	if err != nil {
		return err
	}

	pairs := slices.Clone(calc.order)
	slices.SortFunc(pairs, func(a, b *metAcc) int { return cmp.Or(cmp.Compare(a.lo, b.lo), cmp.Compare(a.hi, b.hi)) })
	rows := make([]map[string]any, len(pairs))
	for i, p := range pairs {
		rows[i] = map[string]any{"lo": p.lo, "hi": p.hi, "pair": p.lo + " " + p.hi}
	}
	res, err := tx.Run(ctx, qMetLock, map[string]any{"rows": rows})
	if err != nil {
		return fmt.Errorf("locking %d met-with aggregates: %w", len(rows), err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return fmt.Errorf("locking %d met-with aggregates: %w", len(rows), err)
	}
	held := make(map[string]*neo4j.Record, len(recs))
	for _, rec := range recs {
		pair, err := str(rec, "pair")
		if err != nil {
			return err
		}
		held[pair] = rec
	}
	out := make([]map[string]any, 0, len(pairs))
	for _, p := range pairs {
		pair := p.lo + " " + p.hi
		rec := held[pair]
		if rec == nil {
			continue // an actor is missing: no aggregate, as with the Cypher fold
		}
		props, err := metCombine(rec, p, names)
		if err != nil {
			return fmt.Errorf("met-with %s: %w", pair, err)
		}
		out = append(out, map[string]any{"pair": pair, "props": props})
	}
	if _, err := run(ctx, tx, qMetWrite, map[string]any{"rows": out}); err != nil {
		return fmt.Errorf("writing %d met-with aggregates: %w", len(out), err)
	}
	return nil
}

func placeNames(ctx context.Context, tx neo4j.ManagedTransaction, set map[string]bool) (map[string]string, error) {
	out := make(map[string]string, len(set))
	if len(set) == 0 {
		return out, nil
	}
	ids := make([]string, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	res, err := tx.Run(ctx, qPlaceNames, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("reading place names: %w", err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading place names: %w", err)
	}
	for _, rec := range recs {
		id, err := str(rec, "id")
		if err != nil {
			return nil, err
		}
		out[id], err = str(rec, "name")
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// metCombine is metFold in Go: the aggregate rec holds (empty for one
// just created) with the pair's new meetings p added.
func metCombine(rec *neo4j.Record, p *metAcc, names map[string]string) (map[string]any, error) {
	m := rec.AsMap()
	count, _ := m["count"].(int64)
	first, _ := m["first"].(string)
	last, _ := m["last"].(string)
	lastMeeting, hasLast := m["lastMeeting"].(string)
	ids, err := toStrings(m["places"], "places")
	if err != nil {
		return nil, err
	}
	pnames, err := toStrings(m["placeNames"], "placeNames")
	if err != nil {
		return nil, err
	}
	pdates, err := toStrings(m["placeLast"], "placeLast")
	if err != nil {
		return nil, err
	}
	if len(pnames) != len(ids) || len(pdates) != len(ids) {
		return nil, fmt.Errorf("place lists of %d, %d and %d elements", len(ids), len(pnames), len(pdates))
	}
	props := map[string]any{"count": count + p.n}
	if p.first != "" && (first == "" || p.first < first) {
		first = p.first
	}
	if p.last > last {
		last = p.last
	}
	props["first"], props["last"] = nullable(first), nullable(last)
	// metTop over the kept places and the new ones: per place its latest
	// date, the metPlaces latest first, then by id.
	merged := map[string]string{}
	name := map[string]string{}
	for i, id := range ids {
		merged[id], name[id] = pdates[i], pnames[i]
	}
	for id, d := range p.places {
		if cur, ok := merged[id]; !ok || d > cur {
			merged[id] = d
		}
		if _, ok := name[id]; !ok {
			name[id] = names[id]
		}
	}
	acc := metAcc{places: merged}
	top, dates := acc.topPlaces()
	tnames := make([]string, len(top))
	for i, id := range top {
		tnames[i] = name[id]
	}
	props["places"], props["placeNames"], props["placeLast"] = top, tnames, dates
	if !hasLast || p.lmK > last0(m)+" "+lastMeeting {
		props["lastMeeting"], props["lastEvidence"], props["lastSource"] = p.lmID, p.lmEv, p.lmSrc
	}
	return props, nil
}

// last0 is coalesce(r.last, '') as the aggregate held it.
func last0(m map[string]any) string {
	s, _ := m["last"].(string)
	return s
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
