package store

import (
	"context"
	"fmt"

	"github.com/parley-dev/parley/graph"
)

// qListPlaces counts each place's meetings as known on $asOf (all when empty);
// a place with none known by then is not listed.
const qListPlaces = `
MATCH (p:Place)
WHERE $q = '' OR p.id STARTS WITH $q OR toLower(p.name) CONTAINS toLower($text)
WITH p, COLLECT { MATCH (p)<-[:HELD_IN]-(m:Meeting) WHERE ` + meetingKnown + `
    AND ($actor = '' OR EXISTS { (:Actor {id: $actor})-[:ATTENDED]->(m) })
    AND ($negotiation = '' OR EXISTS { (m)-[:PART_OF]->(:Negotiation {id: $negotiation}) })
    AND ($from = '' OR m.dateEnd >= $from) AND ($to = '' OR m.dateStart <= $to)
    RETURN m.dateStart } AS dates
WHERE ($asOf = '' AND $actor = '' AND $negotiation = '' AND $from = '' AND $to = '') OR size(dates) > 0
WITH p, dates, size(dates) AS n
` + qListPlacesRows

// qListActorPlaces: the same for one actor's meetings, starting from them
// rather than from every place.
const qListActorPlaces = `
MATCH (:Actor {id: $actor})-[:ATTENDED]->(m:Meeting)-[:HELD_IN]->(p:Place)
WHERE ($q = '' OR p.id STARTS WITH $q OR toLower(p.name) CONTAINS toLower($text)) AND ` + meetingKnown + `
  AND ($negotiation = '' OR EXISTS { (m)-[:PART_OF]->(:Negotiation {id: $negotiation}) })
  AND ($from = '' OR m.dateEnd >= $from) AND ($to = '' OR m.dateStart <= $to)
WITH p, collect(m.dateStart) AS dates, count(m) AS n
` + qListPlacesRows

const qListPlacesRows = `WITH p, dates, n AS meetings
ORDER BY meetings DESC, p.name
WITH collect({id: p.id, name: p.name, meetings: meetings,
              first: reduce(f = null, d IN dates | CASE WHEN f IS NULL OR d < f THEN d ELSE f END),
              last: reduce(l = null, d IN dates | CASE WHEN l IS NULL OR d > l THEN d ELSE l END)}) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS items`

// qListNegotiations reads negotiations as known on $asOf (all when empty):
// parties and mediators from sources published by then, meetings reported
// by then; a negotiation with none of these is not listed.
const qListNegotiations = `
MATCH (n:Negotiation)
WHERE $q = '' OR toLower(n.topic) CONTAINS toLower($q)
   OR EXISTS { (a:Actor)-[:PARTY_TO|MEDIATES]->(n) WHERE a.id = $q }
WITH n, COLLECT { MATCH (n)<-[:PART_OF]-(m:Meeting) WHERE ` + meetingKnown + ` RETURN m.dateStart } AS dates,
   [(a:Actor)-[r:PARTY_TO]->(n) WHERE ` + relKnown + ` | {id: a.id, name: a.name, kind: a.kind}] AS parties,
   [(a:Actor)-[r:MEDIATES]->(n) WHERE ` + relKnown + ` | {id: a.id, name: a.name, kind: a.kind}] AS mediators
WHERE $asOf = '' OR size(dates) + size(parties) + size(mediators) > 0
WITH n, dates, parties, mediators
ORDER BY size(dates) DESC, n.topic
WITH collect({id: n.id, topic: n.topic, topics: coalesce(n.topics, []), meetings: size(dates),
   parties: parties, mediators: mediators,
   first: reduce(f = null, d IN dates | CASE WHEN f IS NULL OR d < f THEN d ELSE f END),
   last: reduce(l = null, d IN dates | CASE WHEN l IS NULL OR d > l THEN d ELSE l END)}) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS items`

// Places lists places with their meeting counts, busiest first, as known
// on asOf ("" for everything on record); text filters by name.
func (s *Store) Places(ctx context.Context, text, asOf string, limit, offset int) (graph.Page[graph.PlaceView], error) {
	return s.PlacesFor(ctx, graph.PlaceQuery{Text: text, AsOf: asOf, Limit: limit, Offset: offset})
}

// PlacesFor lists places with the meetings the filters keep (an actor's,
// a negotiation's, a period's, as known on a day), busiest first; with
// any filter, places left without meetings are not listed.
func (s *Store) PlacesFor(ctx context.Context, pq graph.PlaceQuery) (graph.Page[graph.PlaceView], error) {
	limit, offset, text := pq.Limit, pq.Offset, pq.Text
	page := graph.Page[graph.PlaceView]{Items: []graph.PlaceView{}, Limit: limit, Offset: offset}
	q := ""
	if graph.Key(text) != "" {
		q = graph.PlaceID(text)
	}
	query := qListPlaces
	if pq.ActorID != "" {
		query = qListActorPlaces
	}
	items, err := s.pageOf(ctx, query, map[string]any{"q": q, "text": text, "asOf": pq.AsOf, "limit": limit, "offset": offset,
		"actor": pq.ActorID, "negotiation": pq.NegotiationID, "from": pq.From, "to": pq.To}, &page.Total)
	if err != nil {
		return page, fmt.Errorf("listing places: %w", err)
	}
	for _, m := range items {
		n, _ := m["meetings"].(int64)
		page.Items = append(page.Items, graph.PlaceView{
			PlaceRef: graph.PlaceRef{ID: mapStr(m, "id"), Name: mapStr(m, "name")},
			Meetings: int(n), First: mapStr(m, "first"), Last: mapStr(m, "last"),
		})
	}
	return page, nil
}

// Negotiations lists negotiations with their parties and mediators, most
// meetings first, as known on asOf ("" for everything on record); q
// filters by topic words or a member actor's id.
func (s *Store) Negotiations(ctx context.Context, q, asOf string, limit, offset int) (graph.Page[graph.NegotiationView], error) {
	page := graph.Page[graph.NegotiationView]{Items: []graph.NegotiationView{}, Limit: limit, Offset: offset}
	items, err := s.pageOf(ctx, qListNegotiations, map[string]any{"q": q, "asOf": asOf, "limit": limit, "offset": offset}, &page.Total)
	if err != nil {
		return page, fmt.Errorf("listing negotiations: %w", err)
	}
	for _, m := range items {
		n, _ := m["meetings"].(int64)
		v := graph.NegotiationView{
			NegotiationRef: graph.NegotiationRef{ID: mapStr(m, "id"), Topic: mapStr(m, "topic")},
			Meetings:       int(n), First: mapStr(m, "first"), Last: mapStr(m, "last"),
		}
		var err error
		if v.Topics, err = toStrings(m["topics"], "topics"); err != nil {
			return page, err
		}
		if v.Parties, err = mapRefs(m["parties"]); err != nil {
			return page, err
		}
		if v.Mediators, err = mapRefs(m["mediators"]); err != nil {
			return page, err
		}
		page.Items = append(page.Items, v)
	}
	return page, nil
}

// pageOf runs a query returning total and items, the shape of the list
// queries above.
func (s *Store) pageOf(ctx context.Context, query string, params map[string]any, total *int) ([]map[string]any, error) {
	res, err := s.read(ctx, query, params)
	if err != nil {
		return nil, err
	}
	if len(res.Records) == 0 {
		return nil, nil
	}
	n, err := integer(res.Records[0], "total")
	if err != nil {
		return nil, err
	}
	*total = int(n)
	return maps(res.Records[0], "items")
}

func mapRefs(v any) ([]graph.ActorRef, error) {
	out := []graph.ActorRef{}
	list, _ := v.([]any)
	for _, x := range list {
		m, ok := x.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("holds %T, not a map", x)
		}
		out = append(out, refOf(m))
	}
	return out, nil
}
