package store

import (
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// This file maps between driver values and graph types, in both
// directions, so that a driver change touches one file.

func rows[T any](items []T, f func(T) map[string]any) map[string]any {
	out := make([]map[string]any, len(items))
	for i, it := range items {
		out[i] = f(it)
	}
	return map[string]any{"rows": out}
}

func sourceParams(s graph.SourceRow) map[string]any {
	return map[string]any{"id": s.ID, "url": s.URL, "title": s.Title, "publisher": s.Publisher, "published": s.Published, "text": s.Text}
}

func actorParams(a graph.ActorRow) map[string]any {
	return map[string]any{"id": a.ID, "name": a.Name, "kind": string(a.Kind), "aliases": a.Aliases, "keys": a.Keys}
}

func positionParams(p graph.PositionRow) map[string]any {
	return map[string]any{"person": p.PersonID, "org": p.OrgID, "title": p.Title, "start": p.Start, "end": p.End}
}

func edgeParams(e graph.EdgeRow) map[string]any {
	return map[string]any{"from": e.FromID, "to": e.ToID}
}

func roleParams(r graph.RoleRow) map[string]any {
	return map[string]any{"actor": r.ActorID, "negotiation": r.NegotiationID}
}

func negotiationParams(n graph.NegotiationRow) map[string]any {
	return map[string]any{"id": n.ID, "topic": n.Topic}
}

func placeParams(p graph.PlaceRow) map[string]any {
	return map[string]any{"id": p.ID, "name": p.Name}
}

func meetingParams(m graph.MeetingRow) map[string]any {
	return map[string]any{
		"id": m.ID, "date": m.Date, "dateStart": m.DateStart, "dateEnd": m.DateEnd,
		"status": string(m.Status), "mode": string(m.Mode),
		"place": m.PlaceID, "negotiation": m.NegotiationID, "participants": m.ParticipantIDs,
		"evidence": m.Report.Evidence, "attribution": m.Report.Attribution,
		"reportStatus": string(m.Report.Status), "reportMode": string(m.Report.Mode),
		"reportDate": m.Report.Date, "reportPlace": m.Report.Place,
	}
}

func knownMeeting(rec *neo4j.Record) (graph.KnownMeeting, error) {
	var k graph.KnownMeeting
	var err error
	for col, dst := range map[string]*string{"id": &k.ID, "date": &k.Date, "dateStart": &k.DateStart, "dateEnd": &k.DateEnd, "place": &k.PlaceID} {
		if *dst, err = str(rec, col); err != nil {
			return k, err
		}
	}
	if k.ParticipantIDs, err = strs(rec, "participants"); err != nil {
		return k, err
	}
	reports, err := maps(rec, "reports")
	if err != nil {
		return k, err
	}
	for _, r := range reports {
		k.Reports = append(k.Reports, graph.ReportRow{
			SourceID: mapStr(r, "source"), Published: mapStr(r, "published"), Evidence: mapStr(r, "evidence"),
			Status: graph.Status(mapStr(r, "status")), Mode: graph.Mode(mapStr(r, "mode")), Date: mapStr(r, "date"),
		})
	}
	return k, nil
}

func candidate(rec *neo4j.Record) (graph.Candidate, error) {
	var c graph.Candidate
	var err error
	if c.ID, err = str(rec, "id"); err != nil {
		return c, err
	}
	if c.Name, err = str(rec, "name"); err != nil {
		return c, err
	}
	kind, err := str(rec, "kind")
	if err != nil {
		return c, err
	}
	c.Kind = graph.Kind(kind)
	if c.Keys, err = strs(rec, "keys"); err != nil {
		return c, err
	}
	if c.Aliases, err = strs(rec, "aliases"); err != nil {
		return c, err
	}
	// posts: [org name, start, end] each; absent from older queries.
	if v, ok := rec.Get("posts"); ok && v != nil {
		list, ok := v.([]any)
		if !ok {
			return c, fmt.Errorf("posts is %T, not a list", v)
		}
		for _, x := range list {
			p, err := toStrings(x, "post")
			if err != nil || len(p) != 3 {
				return c, fmt.Errorf("post %v: not [org, start, end]", x)
			}
			c.Posts = append(c.Posts, graph.Post{Org: p[0], Start: p[1], End: p[2]})
		}
	}
	return c, nil
}

// str reads a string column; null reads as "".
func str(rec *neo4j.Record, key string) (string, error) {
	v, ok := rec.Get(key)
	if !ok {
		return "", fmt.Errorf("result has no column %q", key)
	}
	if v == nil {
		return "", nil
	}
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("column %q is %T, not a string", key, v)
	}
	return s, nil
}

func strs(rec *neo4j.Record, key string) ([]string, error) {
	v, ok := rec.Get(key)
	if !ok {
		return nil, fmt.Errorf("result has no column %q", key)
	}
	return toStrings(v, key)
}

func toStrings(v any, what string) ([]string, error) {
	if v == nil {
		return nil, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%s is %T, not a list", what, v)
	}
	out := make([]string, 0, len(list))
	for _, x := range list {
		s, ok := x.(string)
		if !ok {
			return nil, fmt.Errorf("%s holds %T, not a string", what, x)
		}
		out = append(out, s)
	}
	return out, nil
}

func integer(rec *neo4j.Record, key string) (int64, error) {
	v, ok := rec.Get(key)
	if !ok {
		return 0, fmt.Errorf("result has no column %q", key)
	}
	if v == nil {
		return 0, nil
	}
	n, ok := v.(int64)
	if !ok {
		return 0, fmt.Errorf("column %q is %T, not an integer", key, v)
	}
	return n, nil
}
