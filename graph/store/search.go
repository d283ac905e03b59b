package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// The full-text index holds each actor's name and its folded name keys, so
// a query is folded the same way and every word must match, exactly, as a
// prefix or within a small edit distance: "al thani", "Al-Thani", "Sisi",
// "el Sisi" and "Burnz" all find their actor. With no text, actors are
// listed by how many meetings they attended.
const qSearchActors = `
CALL db.index.fulltext.queryNodes('actor_names', $lucene) YIELD node, score
WITH node AS a, score
WHERE ($kind = '' OR a.kind = $kind)
  AND ($role = '' OR ($role = 'party' AND EXISTS { (a)-[:PARTY_TO]->() })
                  OR ($role = 'mediator' AND EXISTS { (a)-[:MEDIATES]->() }))
WITH a, score, COUNT { (a)-[:ATTENDED]->() } AS meetings
ORDER BY score DESC, meetings DESC, a.name
WITH collect({a: a, score: score, meetings: meetings}) AS hits
RETURN size(hits) AS total,
       [x IN hits[$offset..$offset + $limit] | {id: x.a.id, name: x.a.name, kind: x.a.kind,
         aliases: x.a.aliases, score: x.score, meetings: x.meetings}] AS items`

const qListActors = `
MATCH (a:Actor)
WHERE ($kind = '' OR a.kind = $kind)
  AND ($role = '' OR ($role = 'party' AND EXISTS { (a)-[:PARTY_TO]->() })
                  OR ($role = 'mediator' AND EXISTS { (a)-[:MEDIATES]->() }))
WITH a, COUNT { (a)-[:ATTENDED]->() } AS meetings
ORDER BY meetings DESC, a.name
WITH collect({a: a, meetings: meetings}) AS hits
RETURN size(hits) AS total,
       [x IN hits[$offset..$offset + $limit] | {id: x.a.id, name: x.a.name, kind: x.a.kind,
         aliases: x.a.aliases, score: 0.0, meetings: x.meetings}] AS items`

// SearchActors finds actors by name or alias, best match first.
func (s *Store) SearchActors(ctx context.Context, q graph.ActorQuery) (graph.Page[graph.ActorHit], error) {
	if q.Limit <= 0 {
		q.Limit = 20
	}
	params := map[string]any{"kind": string(q.Kind), "role": string(q.Role), "limit": q.Limit, "offset": q.Offset}
	query := qListActors
	if lucene := luceneQuery(q.Text); lucene != "" {
		query, params["lucene"] = qSearchActors, lucene
	} else if strings.TrimSpace(q.Text) != "" {
		return graph.Page[graph.ActorHit]{Items: []graph.ActorHit{}, Limit: q.Limit, Offset: q.Offset}, nil
	}
	res, err := s.read(ctx, query, params)
	if err != nil {
		return graph.Page[graph.ActorHit]{}, fmt.Errorf("searching actors: %w", err)
	}
	page := graph.Page[graph.ActorHit]{Items: []graph.ActorHit{}, Limit: q.Limit, Offset: q.Offset}
	if len(res.Records) == 0 {
		return page, nil
	}
	rec := res.Records[0]
	total, err := integer(rec, "total")
	if err != nil {
		return page, err
	}
	page.Total = int(total)
	items, err := maps(rec, "items")
	if err != nil {
		return page, err
	}
	for _, it := range items {
		aliases, err := toStrings(it["aliases"], "aliases")
		if err != nil {
			return page, err
		}
		if aliases == nil {
			aliases = []string{}
		}
		score, _ := it["score"].(float64)
		meetings, _ := it["meetings"].(int64)
		page.Items = append(page.Items, graph.ActorHit{
			ActorRef: graph.ActorRef{ID: mapStr(it, "id"), Name: mapStr(it, "name"), Kind: graph.Kind(mapStr(it, "kind"))},
			Aliases:  aliases, Score: score, Meetings: int(meetings),
		})
	}
	return page, nil
}

// luceneQuery turns typed text into a Lucene query over the folded keys:
// each word required, matched exactly (boosted), as a prefix, or fuzzily
// when long enough for a typo to be told from another word. Folding leaves
// only letters and digits, so no Lucene syntax survives from the input.
func luceneQuery(text string) string {
	words := strings.Fields(graph.Key(text))
	if len(words) > 12 {
		words = words[:12]
	}
	var parts []string
	for _, w := range words {
		alts := []string{w + "^3", w + "*"}
		if n := len([]rune(w)); n >= 4 {
			alts = append(alts, w+"~1")
		}
		if n := len([]rune(w)); n >= 7 {
			alts[len(alts)-1] = w + "~2"
		}
		parts = append(parts, "+("+strings.Join(alts, " ")+")")
	}
	return strings.Join(parts, " ")
}
