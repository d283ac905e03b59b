package web

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
)

// health answers 200 when Neo4j answers and holds Parley's schema, 503
// otherwise.
func (s *Server) health(c *gin.Context) error {
	// One query answers both: it fails when Neo4j does not answer.
	ctx := c.Request.Context()
	if err := s.store.CheckSchema(ctx); err != nil {
		s.log.WarnContext(ctx, "health check failed", "err", err)
		state := "unreachable"
		if errors.Is(err, graph.ErrNoSchema) {
			state = "no schema"
		}
		_, _, msg := errorStatus(err)
		c.JSON(http.StatusServiceUnavailable, gin.H{
			"status": "unavailable", "neo4j": state,
			"error": gin.H{"code": "unavailable", "message": msg},
		})
		return nil
	}
	c.JSON(http.StatusOK, gin.H{"status": "ok", "neo4j": "ok"})
	return nil
}

// searchActors: GET /api/actors?q=&kind=&role=&limit=&offset=
func (s *Server) searchActors(c *gin.Context) error {
	q, err := text(c, "q")
	if err != nil {
		return err
	}
	kind, err := oneOf(c, "kind", "person", "state", "organization", "group")
	if err != nil {
		return err
	}
	role, err := oneOf(c, "role", "party", "mediator")
	if err != nil {
		return err
	}
	limit, offset, err := page(c, 20)
	if err != nil {
		return err
	}
	res, err := s.store.SearchActors(c.Request.Context(), graph.ActorQuery{
		Text: q, Kind: graph.Kind(kind), Role: graph.Role(role), Limit: limit, Offset: offset,
	})
	if err != nil {
		return err
	}
	return respond(c, res, func() table { return actorsCSV(res.Items) })
}

// met: GET /api/met?actor=&with=&place=&from=&to=&asOf=&limit=&offset=&counterpartLimit=&counterpartOffset=
//
// Without with, limit or offset it answers with the counterparts and their
// summaries (count, first, last, places, latest meeting and its report):
// for a busy actor a page of its meetings with their participants and
// sources costs tens of times what its kept pairs do, and the summary
// answers "who met whom, where, when". A pair's meetings are one request
// further (with=), or a page of all of them (limit=).
func (s *Server) met(c *gin.Context) error {
	// Met resolves the actor itself (an id in its own first query).
	actor, err := text(c, "actor")
	if err != nil {
		return err
	}
	if actor == "" {
		return graph.Invalid("actor", "is required: an actor's name, alias or id")
	}
	var f graph.MetFilter
	if f.With, err = s.actorParam(c, "with", false); err != nil {
		return err
	}
	if f.PlaceID, err = placeParam(c); err != nil {
		return err
	}
	if f.From, err = dateBound(c, "from", false); err != nil {
		return err
	}
	if f.To, err = dateBound(c, "to", true); err != nil {
		return err
	}
	if f.AsOf, err = dateBound(c, "asOf", true); err != nil {
		return err
	}
	if f.Limit, f.Offset, err = page(c, 200); err != nil {
		return err
	}
	f.Summary = f.With == "" && !given(c, "limit") && !given(c, "offset")
	if f.CounterpartLimit, err = intParam(c, "counterpartLimit", store.DefaultCounterparts, 1, maxLimit); err != nil {
		return err
	}
	if f.CounterpartOffset, err = intParam(c, "counterpartOffset", 0, 0, 1_000_000); err != nil {
		return err
	}
	res, err := s.store.Met(c.Request.Context(), actor, f)
	if err != nil {
		return err
	}
	return respond(c, res, func() table { return metCSV(res) })
}
