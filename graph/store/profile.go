package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// qProfile reads an actor as known on $asOf (everything when empty): posts,
// memberships and roles whose sources had been published by then, and
// meetings reported by then.
const qProfile = `
MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases,
  [(a)-[r:HOLDS_POSITION]->(o:Actor) WHERE ` + relKnown + ` | {title: r.title, id: o.id, name: o.name, kind: o.kind,
      start: r.start, end: r.end, sources: r.sources}] AS positions,
  [(p:Actor)-[r:HOLDS_POSITION]->(a) WHERE ` + relKnown + ` | {title: r.title, id: p.id, name: p.name, kind: p.kind}] AS holders,
  [(a)-[r:AFFILIATED_WITH]->(o:Actor) WHERE ` + relKnown + ` | {id: o.id, name: o.name, kind: o.kind}] AS affiliations,
  [(x:Actor)-[r:AFFILIATED_WITH]->(a) WHERE ` + relKnown + ` | {id: x.id, name: x.name, kind: x.kind}] AS members,
  [(a)-[r:PARTY_TO|MEDIATES]->(n:Negotiation) WHERE ` + relKnown + ` | {id: n.id, topic: n.topic,
      role: CASE type(r) WHEN 'PARTY_TO' THEN 'party' ELSE 'mediator' END}] AS roles,
  COUNT { MATCH (a)-[:ATTENDED]->(m:Meeting) WHERE ` + meetingKnown + ` } AS meetings,
  COLLECT { MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Actor) WHERE o <> a AND ` + meetingKnown + `
            WITH o, count(*) AS n ORDER BY n DESC, o.name LIMIT 25
            RETURN {id: o.id, name: o.name, kind: o.kind, count: n} } AS counterparts,
  COLLECT { MATCH (a)-[:MENTIONED_IN]->(s:Source) WHERE $asOf = '' OR (s.published <> '' AND s.published <= $asOf)
            RETURN s.published } AS published`

// Profile answers "who is this actor", as known on asOf (a date; "" for
// everything on record). It returns graph.ErrNotFound for an unknown id.
func (s *Store) Profile(ctx context.Context, id, asOf string) (graph.Profile, error) {
	res, err := s.read(ctx, qProfile, map[string]any{"id": id, "asOf": asOf})
	if err != nil {
		return graph.Profile{}, fmt.Errorf("profile of %s: %w", id, err)
	}
	if len(res.Records) == 0 {
		return graph.Profile{}, fmt.Errorf("actor %q: %w", id, graph.ErrNotFound)
	}
	rec := res.Records[0]
	var p graph.Profile
	if p.ActorRef, err = actorRef(rec, "id", "name", "kind"); err != nil {
		return p, err
	}
	if p.Aliases, err = strs(rec, "aliases"); err != nil {
		return p, err
	}
	n, err := integer(rec, "meetings")
	if err != nil {
		return p, err
	}
	p.Meetings = int(n)
	p.Positions, p.Holders, p.Roles = []graph.PositionView{}, []graph.HolderView{}, []graph.RoleView{}
	p.Counterparts = []graph.CounterpartCount{}
	positions, err := maps(rec, "positions")
	if err != nil {
		return p, err
	}
	for _, m := range positions {
		srcs, err := toStrings(m["sources"], "sources")
		if err != nil {
			return p, err
		}
		p.Positions = append(p.Positions, graph.PositionView{Title: mapStr(m, "title"), Organization: refOf(m),
			Start: mapStr(m, "start"), End: mapStr(m, "end"), Sources: srcs})
	}
	holders, err := maps(rec, "holders")
	if err != nil {
		return p, err
	}
	for _, m := range holders {
		p.Holders = append(p.Holders, graph.HolderView{Title: mapStr(m, "title"), Person: refOf(m)})
	}
	if p.Affiliations, err = refs(rec, "affiliations"); err != nil {
		return p, err
	}
	if p.Members, err = refs(rec, "members"); err != nil {
		return p, err
	}
	roles, err := maps(rec, "roles")
	if err != nil {
		return p, err
	}
	for _, m := range roles {
		p.Roles = append(p.Roles, graph.RoleView{
			Negotiation: graph.NegotiationRef{ID: mapStr(m, "id"), Topic: mapStr(m, "topic")},
			Role:        graph.Role(mapStr(m, "role")),
		})
	}
	cps, err := maps(rec, "counterparts")
	if err != nil {
		return p, err
	}
	for _, m := range cps {
		n, _ := m["count"].(int64)
		p.Counterparts = append(p.Counterparts, graph.CounterpartCount{Actor: refOf(m), Count: int(n)})
	}
	published, err := strs(rec, "published")
	if err != nil {
		return p, err
	}
	p.Sources = len(published)
	for _, d := range published {
		if d == "" {
			continue
		}
		if p.FirstSeen == "" || d < p.FirstSeen {
			p.FirstSeen = d
		}
		if d > p.LastSeen {
			p.LastSeen = d
		}
	}
	return p, nil
}

func refOf(m map[string]any) graph.ActorRef {
	return graph.ActorRef{ID: mapStr(m, "id"), Name: mapStr(m, "name"), Kind: graph.Kind(mapStr(m, "kind"))}
}

func refs(rec *neo4j.Record, key string) ([]graph.ActorRef, error) {
	v, ok := rec.Get(key)
	if !ok {
		return nil, fmt.Errorf("result has no column %q", key)
	}
	return mapRefs(v)
}
