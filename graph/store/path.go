package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// MaxPathLength bounds /path: a connection through a meeting takes two
// hops (actor → meeting → actor), so 8 hops is four meetings or posts.
const MaxPathLength = 10

// Variable-length bounds cannot be parameters in Cypher; the bound is an
// integer checked against MaxPathLength before it is formatted in.
const qPath = `
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:ATTENDED|HOLDS_POSITION|AFFILIATED_WITH|PARTY_TO|MEDIATES*..%d]-(b))
RETURN p LIMIT $limit`

// Paths returns the shortest connections between two actors through
// meetings, posts, affiliations and negotiations, at most maxLen hops and
// limit paths. No connection is an empty list, not an error.
func (s *Store) Paths(ctx context.Context, fromID, toID string, maxLen, limit int) ([]graph.Path, error) {
	if maxLen < 1 || maxLen > MaxPathLength {
		return nil, graph.Invalid("max", fmt.Sprintf("must be from 1 to %d", MaxPathLength))
	}
	for _, id := range []string{fromID, toID} {
		if _, err := s.FindActor(ctx, id); err != nil {
			return nil, err
		}
	}
	out := []graph.Path{}
	if fromID == toID {
		return out, nil
	}
	res, err := s.read(ctx, fmt.Sprintf(qPath, maxLen), map[string]any{"from": fromID, "to": toID, "limit": limit})
	if err != nil {
		return nil, fmt.Errorf("paths from %s to %s: %w", fromID, toID, err)
	}
	for _, rec := range res.Records {
		v, _ := rec.Get("p")
		p, ok := v.(neo4j.Path)
		if !ok {
			return nil, fmt.Errorf("column p is %T, not a path", v)
		}
		out = append(out, pathOf(p))
	}
	return out, nil
}

// pathOf turns a driver path into the explorer's nodes and edges.
func pathOf(p neo4j.Path) graph.Path {
	byElement := make(map[string]string, len(p.Nodes))
	out := graph.Path{Nodes: make([]graph.Node, 0, len(p.Nodes)), Edges: make([]graph.Edge, 0, len(p.Relationships))}
	for _, n := range p.Nodes {
		node := nodeOf(n)
		byElement[n.ElementId] = node.ID
		out.Nodes = append(out.Nodes, node)
	}
	for _, r := range p.Relationships {
		e := graph.Edge{Source: byElement[r.StartElementId], Target: byElement[r.EndElementId]}
		switch r.Type {
		case "ATTENDED":
			e.Type = graph.EdgeAttended
		case "HOLDS_POSITION":
			e.Type = graph.EdgePosition
			e.Title, _ = r.Props["title"].(string)
		case "AFFILIATED_WITH":
			e.Type = graph.EdgeAffiliation
		case "PARTY_TO":
			e.Type = graph.EdgeParty
		case "MEDIATES":
			e.Type = graph.EdgeMediator
		default:
			e.Type = strings.ToLower(r.Type)
		}
		e.ID = e.Type + ":" + e.Source + "->" + e.Target
		out.Edges = append(out.Edges, e)
	}
	return out
}

// nodeOf reads a Parley node from a driver node.
func nodeOf(n neo4j.Node) graph.Node {
	prop := func(k string) string { s, _ := n.Props[k].(string); return s }
	node := graph.Node{ID: prop("id")}
	for _, l := range n.Labels {
		switch l {
		case "Actor":
			node.Type, node.Label, node.Kind = "actor", prop("name"), graph.Kind(prop("kind"))
		case "Negotiation":
			node.Type, node.Label = "negotiation", prop("topic")
		case "Meeting":
			node.Type, node.Label, node.Date = "meeting", "meeting "+prop("date"), prop("date")
		case "Place":
			node.Type, node.Label = "place", prop("name")
		}
	}
	return node
}
