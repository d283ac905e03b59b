package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// Reversible merges. Merging actor B into A moves every relationship of B
// onto A (a relationship A already has keeps A's properties, its source
// list gaining B's), adds B's names to A's aliases and deletes B. A
// (:Merge) node keeps who did it, when, and a snapshot of everything the
// merge changed: B's labels and properties, B's relationships, and A's
// properties and touched relationships as they were. Split restores all of
// it exactly and marks the merge undone; the :Merge nodes stay as the
// audit trail.

// mergeTypes are the relationship types an actor can have; each is
// written by a statement of its own, since types cannot be parameters.
var mergeTypes = []string{"NAMED", "MENTIONED_IN", "HOLDS_POSITION", "AFFILIATED_WITH", "PARTY_TO", "MEDIATES", "ATTENDED"}

// snapRel is one relationship of the merged-away actor.
type snapRel struct {
	Type  string         `json:"type"`
	Out   bool           `json:"out"`   // from the actor to Other
	Other string         `json:"other"` // element id at merge time, only to pair up
	Label string         `json:"label"` // Other's identifying label and key
	Key   string         `json:"key"`
	Value string         `json:"value"`
	Props map[string]any `json:"props"`
	// Kept says A already had this relationship; KeptProps are its
	// properties before the merge.
	Kept      bool           `json:"kept"`
	KeptProps map[string]any `json:"keptProps,omitempty"`
	// Loop says it joined B and A, and was dropped rather than made a loop.
	Loop bool `json:"loop,omitempty"`
}

type mergeSnapshot struct {
	Gone      map[string]any `json:"gone"`
	GoneKind  string         `json:"goneKind"`
	KeepProps map[string]any `json:"keepProps"`
	Rels      []snapRel      `json:"rels"`
}

// The MET_WITH aggregates are not moved but recomputed (metwith.go).
const qActorRels = `
MATCH (a:Actor {id: $id})-[r]-(o) WHERE type(r) <> 'MET_WITH'
RETURN type(r) AS type, startNode(r) = a AS out, elementId(o) AS other, properties(r) AS props,
  CASE WHEN o:Actor THEN 'Actor' WHEN o:Meeting THEN 'Meeting' WHEN o:Negotiation THEN 'Negotiation'
       WHEN o:Source THEN 'Source' WHEN o:Name THEN 'Name' WHEN o:Place THEN 'Place' END AS label,
  coalesce(o.id, o.key) AS value, CASE WHEN o:Name THEN 'key' ELSE 'id' END AS key`

const qActorProps = `MATCH (a:Actor {id: $id}) RETURN properties(a) AS props`

// The statements below are formatted per relationship type and direction
// from mergeTypes and the fixed label list; values are parameters.
const (
	qRelFind = `MATCH (a:Actor {id: $id}), (o:%s {%s: $value})
OPTIONAL MATCH (a)%s(o) WHERE $title IS NULL OR r.title = $title
RETURN r IS NOT NULL AS present, properties(r) AS props`
	qRelCreate = `MATCH (a:Actor {id: $id}), (o:%s {%s: $value})
CREATE (a)%s(o) SET r = $props`
	qRelSetProps = `MATCH (a:Actor {id: $id})%s(o:%s {%s: $value}) WHERE $title IS NULL OR r.title = $title SET r = $props`
	qRelDelete   = `MATCH (a:Actor {id: $id})%s(o:%s {%s: $value}) WHERE $title IS NULL OR r.title = $title DELETE r`
)

var mergeLabels = []string{"Actor", "Meeting", "Negotiation", "Source", "Name", "Place"}

// relTitle is what tells apart two relationships of one type between the
// same nodes: a post's title (one person may hold two posts in one state);
// nil for the other types.
func relTitle(rel snapRel) any {
	if rel.Type == "HOLDS_POSITION" {
		if t, ok := rel.Props["title"].(string); ok {
			return t
		}
	}
	return nil
}

// relPattern is the pattern for a relationship r of an allow-listed type
// between a and o.
func relPattern(typ string, out bool) (string, error) {
	if !slices.Contains(mergeTypes, typ) {
		return "", fmt.Errorf("relationship type %q cannot be merged", typ)
	}
	if out {
		return "-[r:" + typ + "]->", nil
	}
	return "<-[r:" + typ + "]-", nil
}

func relQuery(format string, rel snapRel, patternFirst bool) (string, error) {
	pat, err := relPattern(rel.Type, rel.Out)
	if err != nil {
		return "", err
	}
	if !slices.Contains(mergeLabels, rel.Label) || (rel.Key != "id" && rel.Key != "key") {
		return "", fmt.Errorf("cannot merge through a %s node", rel.Label)
	}
	if patternFirst {
		return fmt.Sprintf(format, pat, rel.Label, rel.Key), nil
	}
	return fmt.Sprintf(format, rel.Label, rel.Key, pat), nil
}

// MergeActors merges actor goneID into keepID, recording who did it and
// how to undo it. Both must exist and be of the same kind.
func (s *Store) MergeActors(ctx context.Context, keepID, goneID, by string) (graph.MergeInfo, error) {
	if keepID == goneID {
		return graph.MergeInfo{}, graph.Invalid("actors", "an actor cannot be merged into itself")
	}
	var info graph.MergeInfo
	err := s.inWrite(ctx, func(tx neo4j.ManagedTransaction) error {
		var err error
		info, err = mergeTx(ctx, tx, keepID, goneID, by, mergeID(keepID, goneID), "")
		if err != nil {
			return err
		}
		return metBump(ctx, tx)
	})
	if err != nil {
		return graph.MergeInfo{}, fmt.Errorf("merging %s into %s: %w", goneID, keepID, err)
	}
	return info, nil
}

// mergeTx merges within a transaction. record names the record whose load
// made an automatic merge; "" for a merge an editor asked for.
func mergeTx(ctx context.Context, tx neo4j.ManagedTransaction, keepID, goneID, by, id, record string) (graph.MergeInfo, error) {
	var info graph.MergeInfo
	err := func() error {
		// Lock both actors first, so that two merges of one pair at once
		// run one after the other and the second finds its actor gone.
		if _, err := run(ctx, tx, `MATCH (a:Actor) WHERE a.id IN [$keep, $gone] SET a.locked = true REMOVE a.locked`,
			map[string]any{"keep": keepID, "gone": goneID}); err != nil {
			return err
		}
		keep, err := oneMap(ctx, tx, qActorProps, map[string]any{"id": keepID}, "props")
		if err != nil {
			return err
		}
		gone, err := oneMap(ctx, tx, qActorProps, map[string]any{"id": goneID}, "props")
		if err != nil {
			return err
		}
		keep, gone = withoutCount(keep), withoutCount(gone)
		if keep == nil || gone == nil {
			missing := keepID
			if keep != nil {
				missing = goneID
			}
			return fmt.Errorf("actor %q: %w", missing, graph.ErrNotFound)
		}
		if keep["kind"] != gone["kind"] {
			return graph.Invalid("actors", fmt.Sprintf("%s is a %v and %s a %v: only actors of one kind merge", keepID, keep["kind"], goneID, gone["kind"]))
		}
		snap := mergeSnapshot{Gone: gone, GoneKind: fmt.Sprint(gone["kind"]), KeepProps: keep}
		res, err := tx.Run(ctx, qActorRels, map[string]any{"id": goneID})
		if err != nil {
			return err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return err
		}
		for _, rec := range recs {
			m := rec.AsMap()
			rel := snapRel{Type: fmt.Sprint(m["type"]), Out: m["out"] == true, Other: fmt.Sprint(m["other"]),
				Label: fmt.Sprint(m["label"]), Key: fmt.Sprint(m["key"]), Value: fmt.Sprint(m["value"])}
			rel.Props, _ = m["props"].(map[string]any)
			if rel.Label == "Actor" && rel.Value == keepID {
				rel.Loop = true
				snap.Rels = append(snap.Rels, rel)
				continue
			}
			q, err := relQuery(qRelFind, rel, false)
			if err != nil {
				return err
			}
			res, err := tx.Run(ctx, q, map[string]any{"id": keepID, "value": rel.Value, "title": relTitle(rel)})
			if err != nil {
				return err
			}
			found, err := res.Single(ctx)
			if err != nil {
				return err
			}
			props := rel.Props
			if found.AsMap()["present"] == true {
				rel.Kept = true
				rel.KeptProps, _ = found.AsMap()["props"].(map[string]any)
				props = unionSources(rel.KeptProps, rel.Props)
				q, err = relQuery(qRelSetProps, rel, true)
			} else {
				q, err = relQuery(qRelCreate, rel, false)
			}
			if err != nil {
				return err
			}
			if _, err := run(ctx, tx, q, map[string]any{"id": keepID, "value": rel.Value, "props": props, "title": relTitle(rel)}); err != nil {
				return err
			}
			snap.Rels = append(snap.Rels, rel)
		}
		aliases := mergedAliases(keep, gone)
		if _, err := run(ctx, tx, `
MATCH (a:Actor {id: $keep}), (b:Actor {id: $gone})
DETACH DELETE b
SET a.aliases = CASE WHEN size($aliases) > 0 THEN $aliases END
SET a.search = reduce(t = '', k IN COLLECT { MATCH (a)-[:NAMED]->(n:Name) RETURN n.key ORDER BY n.key } | t + ' | ' + k)`,
			map[string]any{"keep": keepID, "gone": goneID, "aliases": aliases}); err != nil {
			return err
		}
		if err := countMeetings(ctx, tx, counted{actors: []string{keepID}}); err != nil {
			return err
		}
		if err := metRecountActors(ctx, tx, []string{keepID}, false); err != nil {
			return err
		}
		data, err := json.Marshal(snap)
		if err != nil {
			return fmt.Errorf("snapshot: %w", err)
		}
		info = graph.MergeInfo{
			ID: id, KeepID: keepID, KeepName: fmt.Sprint(keep["name"]), GoneID: goneID, GoneName: fmt.Sprint(gone["name"]),
			GoneAliases: propStrings(gone["aliases"]), By: by,
			At: time.Now().UTC().Format(time.RFC3339), Auto: record != "", Record: record,
		}
		_, err = run(ctx, tx, `
CREATE (m:Merge {id: $id, keep: $keep, keepName: $keepName, gone: $gone, goneName: $goneName, goneAliases: $goneAliases,
                 by: $by, at: $at, snapshot: $snapshot,
                 undone: false, auto: $auto, record: $record})`,
			map[string]any{"id": info.ID, "keep": keepID, "keepName": info.KeepName, "gone": goneID, "goneName": info.GoneName,
				"goneAliases": info.GoneAliases, "by": by, "at": info.At,
				"snapshot": string(data), "auto": info.Auto, "record": record})
		return err
	}()
	return info, err
}

// SplitActors undoes a merge: the merged-away actor comes back with its
// labels, properties and relationships, and the kept actor is as it was.
func (s *Store) SplitActors(ctx context.Context, mergeID, by string) (graph.MergeInfo, error) {
	var info graph.MergeInfo
	err := s.inWrite(ctx, func(tx neo4j.ManagedTransaction) error {
		// Locking the merge first makes a second undo at once wait, then
		// find it undone.
		if _, err := run(ctx, tx, `MATCH (m:Merge {id: $id}) SET m.locked = true REMOVE m.locked`, map[string]any{"id": mergeID}); err != nil {
			return err
		}
		res, err := tx.Run(ctx, `MATCH (m:Merge {id: $id}) RETURN m.keep AS keep, m.gone AS gone, m.goneName AS goneName,
  m.by AS by, m.at AS at, m.snapshot AS snapshot, m.undone AS undone`, map[string]any{"id": mergeID})
		if err != nil {
			return err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return fmt.Errorf("merge %q: %w", mergeID, graph.ErrNotFound)
		}
		m := recs[0].AsMap()
		if m["undone"] == true {
			return graph.Invalid("merge", fmt.Sprintf("%s was already undone", mergeID))
		}
		keepID, goneID := fmt.Sprint(m["keep"]), fmt.Sprint(m["gone"])
		// Merges undo in reverse order: the kept actor must still stand, and
		// the merged-away one must not have come back under its id.
		res, err = tx.Run(ctx, `RETURN EXISTS { MATCH (:Actor {id: $keep}) } AS keep, EXISTS { MATCH (:Actor {id: $gone}) } AS gone`,
			map[string]any{"keep": keepID, "gone": goneID})
		if err != nil {
			return err
		}
		state, err := res.Single(ctx)
		if err != nil {
			return err
		}
		if v, _ := state.Get("keep"); v != true {
			return graph.Invalid("merge", fmt.Sprintf("%s cannot be undone: %s was merged away since; undo that merge first", mergeID, keepID))
		}
		if v, _ := state.Get("gone"); v == true {
			return graph.Invalid("merge", fmt.Sprintf("%s cannot be undone: %s exists again (loaded or restored since)", mergeID, goneID))
		}
		var snap mergeSnapshot
		dec := json.NewDecoder(strings.NewReader(fmt.Sprint(m["snapshot"])))
		dec.UseNumber()
		if err := dec.Decode(&snap); err != nil {
			return fmt.Errorf("merge %s: snapshot: %w", mergeID, err)
		}
		if _, err := run(ctx, tx, `
MATCH (a:Actor {id: $keep}) SET a = $keepProps
CREATE (b:Actor) SET b = $gone
FOREACH (_ IN CASE WHEN $kind = 'person' THEN [1] ELSE [] END | SET b:Person)
FOREACH (_ IN CASE WHEN $kind = 'state' THEN [1] ELSE [] END | SET b:State)
FOREACH (_ IN CASE WHEN $kind = 'organization' THEN [1] ELSE [] END | SET b:Organization)
FOREACH (_ IN CASE WHEN $kind = 'group' THEN [1] ELSE [] END | SET b:Group)`,
			map[string]any{"keep": keepID, "keepProps": fromJSON(snap.KeepProps), "gone": fromJSON(snap.Gone), "kind": snap.GoneKind}); err != nil {
			return err
		}
		for _, rel := range snap.Rels {
			if rel.Loop {
				// The loop joined the two actors: recreate it between them.
				pat, err := relPattern(rel.Type, rel.Out)
				if err != nil {
					return err
				}
				if _, err := run(ctx, tx, "MATCH (a:Actor {id: $gone}), (o:Actor {id: $keep}) CREATE (a)"+pat+"(o) SET r = $props",
					map[string]any{"gone": goneID, "keep": keepID, "props": fromJSON(rel.Props)}); err != nil {
					return err
				}
				continue
			}
			var q string
			params := map[string]any{"id": keepID, "value": rel.Value, "title": relTitle(rel)}
			if rel.Kept {
				q, err = relQuery(qRelSetProps, rel, true)
				params["props"] = fromJSON(rel.KeptProps)
			} else {
				q, err = relQuery(qRelDelete, rel, true)
			}
			if err != nil {
				return err
			}
			if _, err := run(ctx, tx, q, params); err != nil {
				return err
			}
			if q, err = relQuery(qRelCreate, rel, false); err != nil {
				return err
			}
			if _, err := run(ctx, tx, q, map[string]any{"id": goneID, "value": rel.Value, "props": fromJSON(rel.Props), "title": relTitle(rel)}); err != nil {
				return err
			}
		}
		if err := countMeetings(ctx, tx, counted{actors: []string{keepID, goneID}}); err != nil {
			return err
		}
		// The kept actor may have lost pairs: its aggregates are dropped
		// and both actors' recomputed.
		if err := metRecountActors(ctx, tx, []string{keepID, goneID}, true); err != nil {
			return err
		}
		info = graph.MergeInfo{ID: mergeID, KeepID: keepID, GoneID: goneID, GoneName: fmt.Sprint(m["goneName"]),
			KeepName: mapStr(m, "keepName"), GoneAliases: propStrings(m["goneAliases"]), Record: mapStr(m, "record"), Auto: m["auto"] == true,
			By: fmt.Sprint(m["by"]), At: fmt.Sprint(m["at"]), Undone: true, UndoneBy: by, UndoneAt: time.Now().UTC().Format(time.RFC3339)}
		if _, err = run(ctx, tx, `MATCH (m:Merge {id: $id}) SET m.undone = true, m.undoneBy = $by, m.undoneAt = $at`,
			map[string]any{"id": mergeID, "by": by, "at": info.UndoneAt}); err != nil {
			return err
		}
		return metBump(ctx, tx)
	})
	if err != nil {
		return graph.MergeInfo{}, fmt.Errorf("undoing %s: %w", mergeID, err)
	}
	return info, nil
}

// Merges lists the merges, newest first.
func (s *Store) Merges(ctx context.Context, limit, offset int) (graph.Page[graph.MergeInfo], error) {
	page := graph.Page[graph.MergeInfo]{Items: []graph.MergeInfo{}, Limit: limit, Offset: offset}
	items, err := s.pageOf(ctx, `
MATCH (m:Merge)
WITH m ORDER BY m.at DESC, m.id
WITH collect(m {.id, .keep, .gone, .goneName, .by, .at, .undone, .undoneBy, .undoneAt, .auto, .record, .keepName, .goneAliases}) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS items`, map[string]any{"limit": limit, "offset": offset}, &page.Total)
	if err != nil {
		return page, fmt.Errorf("listing merges: %w", err)
	}
	for _, m := range items {
		undone, _ := m["undone"].(bool)
		auto, _ := m["auto"].(bool)
		page.Items = append(page.Items, graph.MergeInfo{ID: mapStr(m, "id"), KeepID: mapStr(m, "keep"), GoneID: mapStr(m, "gone"), KeepName: mapStr(m, "keepName"), GoneAliases: propStrings(m["goneAliases"]),
			GoneName: mapStr(m, "goneName"), By: mapStr(m, "by"), At: mapStr(m, "at"), Undone: undone,
			UndoneBy: mapStr(m, "undoneBy"), UndoneAt: mapStr(m, "undoneAt"), Auto: auto, Record: mapStr(m, "record")})
	}
	return page, nil
}

// propStrings reads a list-of-strings property; anything else is empty.
func propStrings(v any) []string {
	out := []string{}
	list, _ := v.([]any)
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// mergeID names a merge: short, URL-safe, unique per merge.
func mergeID(keep, gone string) string {
	var salt [8]byte
	_, _ = rand.Read(salt[:])
	h := sha256.Sum256([]byte(keep + "\x00" + gone + "\x00" + time.Now().UTC().String() + string(salt[:])))
	return "merge-" + hex.EncodeToString(h[:6])
}

func run(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) (neo4j.ResultSummary, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	return res.Consume(ctx)
}

// oneMap returns the map column of the first row, nil when there is none.
func oneMap(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any, col string) (map[string]any, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	m, _ := recs[0].AsMap()[col].(map[string]any)
	return m, nil
}

// unionSources is a kept relationship's properties with the merged one's
// sources added.
func unionSources(kept, merged map[string]any) map[string]any {
	out := make(map[string]any, len(kept))
	for k, v := range kept {
		out[k] = v
	}
	a, _ := kept["sources"].([]any)
	b, _ := merged["sources"].([]any)
	if len(b) == 0 {
		return out
	}
	union := slices.Clone(a)
	for _, x := range b {
		if !slices.Contains(union, x) {
			union = append(union, x)
		}
	}
	out["sources"] = union
	// A post known over two periods is known over both.
	if s, ok := merged["start"].(string); ok && s != "" {
		if k, ok := out["start"].(string); !ok || k == "" || s < k {
			out["start"] = s
		}
	}
	if e, ok := merged["end"].(string); ok && e != "" {
		if k, ok := out["end"].(string); !ok || k == "" || e > k {
			out["end"] = e
		}
	}
	return out
}

func mergedAliases(keep, gone map[string]any) []string {
	var out []string
	add := func(v any) {
		s, ok := v.(string)
		if ok && s != "" && graph.Key(s) != graph.Key(fmt.Sprint(keep["name"])) &&
			!slices.ContainsFunc(out, func(x string) bool { return graph.Key(x) == graph.Key(s) }) {
			out = append(out, s)
		}
	}
	for _, l := range []any{keep["aliases"], gone["aliases"]} {
		list, _ := l.([]any)
		for _, x := range list {
			add(x)
		}
	}
	add(gone["name"])
	return out
}

// fromJSON turns snapshot values back into property values: JSON numbers
// into integers or floats, lists into lists of them.
func fromJSON(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = jsonValue(v)
	}
	return out
}

func jsonValue(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	}
	return v
}
