package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/graph"
)

// homeRoutes registers the home page's and the timeline's endpoints.
func (s *Server) homeRoutes(api *gin.RouterGroup) {
	api.GET("/overview", s.handle(s.overview))
	api.GET("/timeline", s.handle(s.timeline))
}

// overview: GET /api/overview?limit= — counts, newest sources, busiest
// actors, places and negotiations, latest meetings.
func (s *Server) overview(c *gin.Context) error {
	limit, err := intParam(c, "limit", 8, 1, 50)
	if err != nil {
		return err
	}
	o, err := s.store.Overview(c.Request.Context(), limit)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, o)
	return nil
}

// timeline: GET /api/timeline?bucket=day|month|year&actor=&place=&negotiation=&from=&to=&asOf=
// — meetings per period, undated ones apart.
func (s *Server) timeline(c *gin.Context) error {
	var q graph.TimelineQuery
	var err error
	if q.Bucket, err = oneOf(c, "bucket", graph.BucketDay, graph.BucketMonth, graph.BucketYear); err != nil {
		return err
	}
	if q.Bucket == "" {
		q.Bucket = graph.BucketMonth
	}
	f, err := s.meetingFilter(c)
	if err != nil {
		return err
	}
	// Timeline resolves a name or alias itself, after trying the id in the
	// histogram's own query: an id costs no lookup of its own.
	q.ActorID, q.PlaceID, q.NegotiationID, q.From, q.To, q.AsOf = f.actor, f.place, f.negotiation, f.from, f.to, f.asOf
	t, err := s.store.Timeline(c.Request.Context(), q)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, t)
	return nil
}

// meetingFilter is the six filters /api/timeline and /api/meetings share,
// read and checked in one place so that both answer the same selection.
type meetingFilter struct {
	actor, place, negotiation string
	from, to, asOf            string
}

// resolveActor turns the actor as typed into its id (FindActor).
func (f *meetingFilter) resolveActor(c *gin.Context, st Store) error {
	if f.actor == "" {
		return nil
	}
	a, err := st.FindActor(c.Request.Context(), f.actor)
	if err != nil {
		return err
	}
	f.actor = a.ID
	return nil
}

func (s *Server) meetingFilter(c *gin.Context) (meetingFilter, error) {
	var f meetingFilter
	var err error
	// The actor as typed: /api/meetings resolves it (resolveActor), the
	// timeline's store call tries it as an id in its own query first.
	if f.actor, err = text(c, "actor"); err != nil {
		return f, err
	}
	if f.place, err = placeParam(c); err != nil {
		return f, err
	}
	if f.negotiation, err = text(c, "negotiation"); err != nil {
		return f, err
	}
	if f.from, err = dateBound(c, "from", false); err != nil {
		return f, err
	}
	if f.to, err = dateBound(c, "to", true); err != nil {
		return f, err
	}
	f.asOf, err = dateBound(c, "asOf", true)
	return f, err
}
