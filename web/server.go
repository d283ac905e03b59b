// Package web is Parley's HTTP server: the JSON API under /api and, later,
// the explorer UI. It speaks the domain (package graph) and reaches the
// database only through the Store interface it declares.
package web

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/graph"
)

// Store is what the server needs of the database.
type Store interface {
	Ping(ctx context.Context) error
	FindActor(ctx context.Context, ref string) (graph.ActorRef, error)
	SearchActors(ctx context.Context, q graph.ActorQuery) (graph.ActorPage, error)
	Met(ctx context.Context, actorID string, f graph.MetFilter) (graph.MetResult, error)
}

// Options tune the server.
type Options struct {
	// RequestTimeout bounds each API request, database work included.
	RequestTimeout time.Duration
}

// Server serves the API.
type Server struct {
	store Store
	log   *slog.Logger
	opts  Options
}

// New returns the HTTP handler for the whole application.
func New(store Store, logger *slog.Logger, opts Options) http.Handler {
	if opts.RequestTimeout == 0 {
		opts.RequestTimeout = 15 * time.Second
	}
	s := &Server{store: store, log: logger, opts: opts}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.ContextWithFallback = true
	_ = r.SetTrustedProxies(nil)
	r.Use(requestID(), accessLog(logger), recovery(logger))
	s.routes(r)
	return r
}

// routes lists every endpoint in one place.
func (s *Server) routes(r *gin.Engine) {
	api := r.Group("/api", timeout(s.opts.RequestTimeout))
	api.GET("/health", s.handle(s.health))
	api.GET("/actors", s.handle(s.searchActors))
	api.GET("/met", s.handle(s.met))
	r.NoRoute(func(c *gin.Context) {
		writeError(c, http.StatusNotFound, "not_found", "no such endpoint: "+c.Request.URL.Path)
	})
}
