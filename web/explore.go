package web

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/graph"
)

// actor: GET /api/actors/{id}?asOf= — the profile. The id may also be a
// name or alias, resolved as in search.
func (s *Server) actor(c *gin.Context) error {
	asOf, err := dateBound(c, "asOf", true)
	if err != nil {
		return err
	}
	a, err := s.store.FindActor(c.Request.Context(), c.Param("id"))
	if err != nil {
		return err
	}
	p, err := s.store.Profile(c.Request.Context(), a.ID, asOf)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, p)
	return nil
}

// actorParam resolves an actor parameter (id, name or alias) to its id;
// "" when the parameter is absent.
func (s *Server) actorParam(c *gin.Context, name string, required bool) (string, error) {
	v, err := text(c, name)
	if err != nil {
		return "", err
	}
	if v == "" {
		if required {
			return "", graph.Invalid(name, "is required: an actor's name, alias or id")
		}
		return "", nil
	}
	a, err := s.store.FindActor(c.Request.Context(), v)
	if err != nil {
		return "", err
	}
	return a.ID, nil
}

// placeParam reads a place by name or id.
func placeParam(c *gin.Context) (string, error) {
	v, err := text(c, "place")
	if err != nil || v == "" {
		return "", err
	}
	if strings.HasPrefix(v, "place:") {
		return v, nil
	}
	if graph.Slug(v) == "" {
		return "", graph.Invalid("place", "names no place")
	}
	return graph.PlaceID(v), nil
}

// meetings: GET /api/meetings?actor=&with=&place=&negotiation=&from=&to=&status=&sort=&limit=&offset=
func (s *Server) meetings(c *gin.Context) error {
	var q graph.MeetingQuery
	f, err := s.meetingFilter(c)
	if err != nil {
		return err
	}
	if err := f.resolveActor(c, s.store); err != nil {
		return err
	}
	q.ActorID, q.PlaceID, q.NegotiationID, q.From, q.To, q.AsOf = f.actor, f.place, f.negotiation, f.from, f.to, f.asOf
	if q.WithID, err = s.actorParam(c, "with", false); err != nil {
		return err
	}
	status, err := oneOf(c, "status", "held", "planned", "cancelled", "denied")
	if err != nil {
		return err
	}
	q.Status = graph.Status(status)
	sort, err := oneOf(c, "sort", "date", "-date")
	if err != nil {
		return err
	}
	q.Oldest = sort == "date"
	if q.Limit, q.Offset, err = page(c, 50); err != nil {
		return err
	}
	res, err := s.store.Meetings(c.Request.Context(), q)
	if err != nil {
		return err
	}
	return respond(c, res, func() table { return meetingsCSV(res.Items) })
}

// meeting: GET /api/meetings/{id}
func (s *Server) meeting(c *gin.Context) error {
	asOf, err := dateBound(c, "asOf", true)
	if err != nil {
		return err
	}
	m, err := s.store.Meeting(c.Request.Context(), c.Param("id"), asOf)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, m)
	return nil
}

// graph: GET /api/graph?actor=&depth=1|2&limit=&edges= — the neighbourhood for
// the explorer; without actor, the busiest part of the whole graph.
func (s *Server) graph(c *gin.Context) error {
	// Subgraph resolves a name or alias itself, after trying the id.
	id, err := text(c, "actor")
	if err != nil {
		return err
	}
	depth, err := intParam(c, "depth", 1, 1, 2)
	if err != nil {
		return err
	}
	limit, err := intParam(c, "limit", 200, 1, 5000)
	if err != nil {
		return err
	}
	asOf, err := dateBound(c, "asOf", true)
	if err != nil {
		return err
	}
	// The met edges among the nodes, strongest first: five per node unless
	// asked (edgesTruncated says the cap cut).
	edges, err := intParam(c, "edges", graph.DefaultEdges(limit), 1, graph.MaxEdges)
	if err != nil {
		return err
	}
	q := graph.GraphQuery{ActorID: id, Depth: depth, Limit: limit, EdgeLimit: edges, AsOf: asOf}
	if q.From, err = dateBound(c, "from", false); err != nil {
		return err
	}
	if q.To, err = dateBound(c, "to", true); err != nil {
		return err
	}
	if q.PlaceID, err = placeParam(c); err != nil {
		return err
	}
	g, err := s.store.Subgraph(c.Request.Context(), q)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, g)
	return nil
}

// path: GET /api/path?from=&to=&max= — shortest connections.
func (s *Server) path(c *gin.Context) error {
	from, err := s.actorParam(c, "from", true)
	if err != nil {
		return err
	}
	to, err := s.actorParam(c, "to", true)
	if err != nil {
		return err
	}
	maxLen, err := intParam(c, "max", 6, 1, 10)
	if err != nil {
		return err
	}
	limit, err := intParam(c, "limit", 5, 1, 50)
	if err != nil {
		return err
	}
	paths, err := s.store.Paths(c.Request.Context(), from, to, maxLen, limit)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, gin.H{"from": from, "to": to, "paths": paths})
	return nil
}

// places: GET /api/places?q=&actor=&negotiation=&from=&to=&asOf=&limit=&offset=
func (s *Server) places(c *gin.Context) error {
	q, err := text(c, "q")
	if err != nil {
		return err
	}
	asOf, err := dateBound(c, "asOf", true)
	if err != nil {
		return err
	}
	limit, offset, err := page(c, 50)
	if err != nil {
		return err
	}
	pq := graph.PlaceQuery{Text: q, AsOf: asOf, Limit: limit, Offset: offset}
	if pq.ActorID, err = s.actorParam(c, "actor", false); err != nil {
		return err
	}
	if pq.NegotiationID, err = text(c, "negotiation"); err != nil {
		return err
	}
	if pq.From, err = dateBound(c, "from", false); err != nil {
		return err
	}
	if pq.To, err = dateBound(c, "to", true); err != nil {
		return err
	}
	res, err := s.store.PlacesFor(c.Request.Context(), pq)
	if err != nil {
		return err
	}
	return respond(c, res, func() table { return placesCSV(res.Items) })
}

// negotiations: GET /api/negotiations?q=&actor=&asOf=&limit=&offset=
func (s *Server) negotiations(c *gin.Context) error {
	q, err := text(c, "q")
	if err != nil {
		return err
	}
	asOf, err := dateBound(c, "asOf", true)
	if err != nil {
		return err
	}
	if id, err := s.actorParam(c, "actor", false); err != nil {
		return err
	} else if id != "" {
		q = id
	}
	limit, offset, err := page(c, 50)
	if err != nil {
		return err
	}
	res, err := s.store.Negotiations(c.Request.Context(), q, asOf, limit, offset)
	if err != nil {
		return err
	}
	return respond(c, res, func() table { return negotiationsCSV(res.Items) })
}

// cypherRequest is the body of POST /api/cypher.
type cypherRequest struct {
	Query  string         `json:"query"`
	Params map[string]any `json:"params"`
}

// maxCypherBody bounds the console's request body.
const maxCypherBody = 64 << 10

// cypher: POST /api/cypher — analysts' read-only Cypher.
func (s *Server) cypher(c *gin.Context) error {
	var req cypherRequest
	dec := json.NewDecoder(http.MaxBytesReader(c.Writer, c.Request.Body, maxCypherBody))
	dec.UseNumber()
	if err := dec.Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe):
			return graph.Invalid("body", "is larger than 64 KiB")
		case errors.Is(err, io.EOF):
			return graph.Invalid("body", `is empty: send {"query": "...", "params": {...}}`)
		}
		return graph.Invalid("body", "is not JSON of the form {\"query\": \"...\", \"params\": {...}}")
	}
	params, err := cypherParams(req.Params)
	if err != nil {
		return err
	}
	select {
	case s.console <- struct{}{}:
		defer func() { <-s.console }()
	default:
		writeError(c, http.StatusTooManyRequests, "busy", "too many console queries are running; try again shortly")
		return nil
	}
	res, err := s.store.Cypher(c.Request.Context(), req.Query, params, s.opts.Console)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, res)
	return nil
}

// cypherParams turns JSON numbers into the integers or floats Cypher
// expects.
func cypherParams(in map[string]any) (map[string]any, error) {
	out := make(map[string]any, len(in))
	for k, v := range in {
		out[k] = jsonToCypher(v)
	}
	return out, nil
}

func jsonToCypher(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = jsonToCypher(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = jsonToCypher(x[k])
		}
	}
	return v
}
