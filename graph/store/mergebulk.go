package store

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// Automatic merges of a bulk batch, made set by set: the same changes and
// the same snapshots as mergeTx, one merge at a time, but in a handful of
// statements for all the merges of a round instead of a dozen round trips
// per merge. A round holds merges that touch distinct actors, so each
// snapshot is taken as the graph stands just before its own merge.

// qMergeSnapshots reads, for each merge, both actors' properties and the
// merged-away actor's relationships; qMergeKept then finds, for each of
// those, the kept actor's relationship of the same type and direction (and
// title, for posts) to the same node, if any — between two bound nodes,
// so Neo4j expands the smaller side.
const qMergeSnapshots = `
UNWIND $merges AS m
MATCH (keep:Actor {id: m.keep})
MATCH (gone:Actor {id: m.gone})
RETURN m.id AS id, properties(keep) AS keepProps, properties(gone) AS goneProps,
  [(gone)-[r]-(o) WHERE type(r) <> 'MET_WITH' | {type: type(r), out: startNode(r) = gone, props: properties(r), other: elementId(o),
     label: CASE WHEN o:Actor THEN 'Actor' WHEN o:Meeting THEN 'Meeting' WHEN o:Negotiation THEN 'Negotiation'
       WHEN o:Source THEN 'Source' WHEN o:Name THEN 'Name' WHEN o:Place THEN 'Place' END,
     key: CASE WHEN o:Name THEN 'key' ELSE 'id' END, value: coalesce(o.id, o.key), loop: o = keep}] AS rels`

// qMergeKept is formatted per type and direction (a typed pattern lets
// Neo4j walk only that type's relationships).
const qMergeKept = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.keep})
MATCH (o) WHERE elementId(o) = row.other
OPTIONAL MATCH (a)%s(o) WHERE row.title IS NULL OR r.title = row.title
RETURN row.i AS i, collect(properties(r))[0] AS kept`

// Per relationship type and direction (types cannot be parameters; they
// come from mergeTypes): create the moved relationships, update the kept.
const (
	qMergeCreate = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.keep})
MATCH (o) WHERE elementId(o) = row.other
CREATE (a)%s(o) SET r = row.props`
	qMergeUpdate = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.keep})%s(o)
WHERE elementId(o) = row.other AND (row.title IS NULL OR r.title = row.title)
SET r = row.props`
	qMergeFinish = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.keep})
MATCH (b:Actor {id: row.gone})
DETACH DELETE b
SET a.aliases = CASE WHEN size(row.aliases) > 0 THEN row.aliases END
SET a.search = reduce(t = '', k IN COLLECT { MATCH (a)-[:NAMED]->(n:Name) RETURN n.key ORDER BY n.key } | t + ' | ' + k)
CREATE (m:Merge {id: row.id, keep: row.keep, keepName: row.keepName, gone: row.gone, goneName: row.goneName,
                 goneAliases: row.goneAliases, by: 'auto', at: row.at, snapshot: row.snapshot,
                 undone: false, auto: true, record: row.record})`
)

// autoMergesTx makes a batch's automatic merges in order, round by round,
// then recomputes the MET_WITH aggregates of the actors kept, once for all
// rounds (a merge only adds meetings to the kept actor, and drops the
// merged-away actor's aggregates with it).
func autoMergesTx(ctx context.Context, tx neo4j.ManagedTransaction, autos []bulkAuto, log *slog.Logger) error {
	var keeps []string
	kept := map[string]bool{}
	for _, a := range autos {
		if !kept[a.merge.KeepID] {
			kept[a.merge.KeepID] = true
			keeps = append(keeps, a.merge.KeepID)
		}
	}
	defer func(t0 time.Time) {
		log.Debug("automatic merges, met-with", "actors", len(keeps), "took", time.Since(t0).Round(time.Millisecond))
	}(time.Now())
	if err := autoMergeRounds(ctx, tx, autos, log); err != nil {
		return err
	}
	if len(keeps) == 0 {
		return nil
	}
	return metRecountActors(ctx, tx, keeps, false)
}

func autoMergeRounds(ctx context.Context, tx neo4j.ManagedTransaction, autos []bulkAuto, log *slog.Logger) error {
	for len(autos) > 0 {
		touched := map[string]bool{}
		n := 0
		for n < len(autos) && !touched[autos[n].merge.KeepID] && !touched[autos[n].merge.GoneID] {
			touched[autos[n].merge.KeepID], touched[autos[n].merge.GoneID] = true, true
			n++
		}
		t0 := time.Now()
		if err := autoMergeRound(ctx, tx, autos[:n], log); err != nil {
			return err
		}
		log.Debug("automatic merges, round", "merges", n, "took", time.Since(t0).Round(time.Millisecond))
		autos = autos[n:]
	}
	return nil
}

func autoMergeRound(ctx context.Context, tx neo4j.ManagedTransaction, autos []bulkAuto, log *slog.Logger) error {
	t0 := time.Now()
	lap := func(what string) {
		log.Debug("automatic merges", "step", what, "took", time.Since(t0).Round(time.Millisecond))
		t0 = time.Now()
	}
	params := make([]map[string]any, len(autos))
	byID := map[string]bulkAuto{}
	for i, a := range autos {
		params[i] = map[string]any{"id": a.merge.ID, "keep": a.merge.KeepID, "gone": a.merge.GoneID}
		byID[a.merge.ID] = a
	}
	res, err := tx.Run(ctx, qMergeSnapshots, map[string]any{"merges": params})
	if err != nil {
		return fmt.Errorf("reading what the automatic merges change: %w", err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return fmt.Errorf("reading what the automatic merges change: %w", err)
	}
	if len(recs) != len(autos) {
		return fmt.Errorf("automatic merges: %d of %d pairs of actors found", len(recs), len(autos))
	}
	lap("snapshots")
	// What the kept actors already have, for every relationship moved.
	lookups := map[string][]map[string]any{}
	nLookups := 0
	for _, rec := range recs {
		row := rec.AsMap()
		keep := byID[fmt.Sprint(row["id"])].merge.KeepID
		rels, _ := row["rels"].([]any)
		for _, x := range rels {
			m, _ := x.(map[string]any)
			if m["loop"] == true {
				continue
			}
			props, _ := m["props"].(map[string]any)
			k := fmt.Sprint(m["type"]) + "\x00" + fmt.Sprint(m["out"] == true)
			lookups[k] = append(lookups[k], map[string]any{"i": int64(nLookups), "keep": keep, "other": m["other"],
				"title": relTitle(snapRel{Type: fmt.Sprint(m["type"]), Props: props})})
			nLookups++
		}
	}
	keptProps := make([]map[string]any, nLookups)
	for k, rows := range lookups {
		typ, out, _ := strings.Cut(k, "\x00")
		pat, err := relPattern(typ, out == "true")
		if err != nil {
			return err
		}
		kres, err := tx.Run(ctx, fmt.Sprintf(qMergeKept, pat), map[string]any{"rows": rows})
		if err != nil {
			return fmt.Errorf("reading what the automatic merges keep: %w", err)
		}
		krecs, err := kres.Collect(ctx)
		if err != nil {
			return fmt.Errorf("reading what the automatic merges keep: %w", err)
		}
		for _, kr := range krecs {
			i, _ := kr.AsMap()["i"].(int64)
			keptProps[i], _ = kr.AsMap()["kept"].(map[string]any)
		}
	}
	lap("kept")
	li := 0
	creates := map[string][]map[string]any{}
	updates := map[string][]map[string]any{}
	var finish []map[string]any
	at := time.Now().UTC().Format(time.RFC3339)
	for _, rec := range recs {
		row := rec.AsMap()
		a := byID[fmt.Sprint(row["id"])]
		keep, _ := row["keepProps"].(map[string]any)
		gone, _ := row["goneProps"].(map[string]any)
		keep, gone = withoutCount(keep), withoutCount(gone)
		if keep["kind"] != gone["kind"] {
			return graph.Invalid("actors", fmt.Sprintf("%s is a %v and %s a %v: only actors of one kind merge", a.merge.KeepID, keep["kind"], a.merge.GoneID, gone["kind"]))
		}
		snap := mergeSnapshot{Gone: gone, GoneKind: fmt.Sprint(gone["kind"]), KeepProps: keep}
		rels, _ := row["rels"].([]any)
		for _, x := range rels {
			m, _ := x.(map[string]any)
			rel := snapRel{Type: fmt.Sprint(m["type"]), Out: m["out"] == true, Other: fmt.Sprint(m["other"]),
				Label: fmt.Sprint(m["label"]), Key: fmt.Sprint(m["key"]), Value: fmt.Sprint(m["value"])}
			rel.Props, _ = m["props"].(map[string]any)
			if _, err := relPattern(rel.Type, rel.Out); err != nil {
				return err
			}
			if m["loop"] == true {
				rel.Loop = true
				snap.Rels = append(snap.Rels, rel)
				continue
			}
			k := rel.Type + "\x00" + fmt.Sprint(rel.Out)
			kept := keptProps[li]
			li++
			if kept != nil {
				rel.Kept = true
				rel.KeptProps = kept
				updates[k] = append(updates[k], map[string]any{"keep": a.merge.KeepID, "other": rel.Other,
					"title": relTitle(rel), "props": unionSources(rel.KeptProps, rel.Props)})
			} else {
				creates[k] = append(creates[k], map[string]any{"keep": a.merge.KeepID, "other": rel.Other, "props": rel.Props})
			}
			snap.Rels = append(snap.Rels, rel)
		}
		data, err := json.Marshal(snap)
		if err != nil {
			return fmt.Errorf("snapshot: %w", err)
		}
		finish = append(finish, map[string]any{"id": a.merge.ID, "keep": a.merge.KeepID, "keepName": fmt.Sprint(keep["name"]),
			"gone": a.merge.GoneID, "goneName": fmt.Sprint(gone["name"]), "goneAliases": propStrings(gone["aliases"]),
			"aliases": mergedAliases(keep, gone), "at": at, "snapshot": string(data), "record": a.record})
	}
	lap("plan")
	for _, typ := range mergeTypes {
		for _, out := range []bool{true, false} {
			k := typ + "\x00" + fmt.Sprint(out)
			pat, err := relPattern(typ, out)
			if err != nil {
				return err
			}
			if rows := updates[k]; len(rows) > 0 {
				if _, err := run(ctx, tx, fmt.Sprintf(qMergeUpdate, pat), map[string]any{"rows": rows}); err != nil {
					return fmt.Errorf("automatic merges, kept %s: %w", typ, err)
				}
			}
			if rows := creates[k]; len(rows) > 0 {
				if _, err := run(ctx, tx, fmt.Sprintf(qMergeCreate, pat), map[string]any{"rows": rows}); err != nil {
					return fmt.Errorf("automatic merges, moved %s: %w", typ, err)
				}
			}
		}
	}
	lap("moves")
	if _, err := run(ctx, tx, qMergeFinish, map[string]any{"rows": finish}); err != nil {
		return fmt.Errorf("automatic merges: %w", err)
	}
	lap("finish")
	return nil
}
