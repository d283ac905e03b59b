// Package web is Parley's HTTP server: the JSON API under /api and the
// explorer UI at /. It speaks the domain (package graph) and reaches the
// database only through the Store interface it declares.
package web

import (
	"cmp"
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/auth"
	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
)

// Store is what the server needs of the database.
type Store interface {
	CheckSchema(ctx context.Context) error
	FindActor(ctx context.Context, ref string) (graph.ActorRef, error)
	SearchActors(ctx context.Context, q graph.ActorQuery) (graph.Page[graph.ActorHit], error)
	Met(ctx context.Context, actorID string, f graph.MetFilter) (graph.MetResult, error)
	Profile(ctx context.Context, id, asOf string) (graph.Profile, error)
	Meetings(ctx context.Context, q graph.MeetingQuery) (graph.Page[graph.MeetingView], error)
	Meeting(ctx context.Context, id, asOf string) (graph.MeetingView, error)
	Subgraph(ctx context.Context, q graph.GraphQuery) (graph.Subgraph, error)
	Paths(ctx context.Context, fromID, toID string, maxLen, limit int) ([]graph.Path, error)
	PlacesFor(ctx context.Context, q graph.PlaceQuery) (graph.Page[graph.PlaceView], error)
	Negotiations(ctx context.Context, q, asOf string, limit, offset int) (graph.Page[graph.NegotiationView], error)
	Cypher(ctx context.Context, query string, params map[string]any, lim graph.ConsoleLimits) (graph.CypherResult, error)
	LoadRecord(ctx context.Context, r graph.Record) (store.LoadStats, error)
	MergeActors(ctx context.Context, keepID, goneID, by string) (graph.MergeInfo, error)
	CreateSession(ctx context.Context, id, user string, expires time.Time) error
	SessionActive(ctx context.Context, id string) (bool, error)
	RevokeSession(ctx context.Context, id string) error
	SplitActors(ctx context.Context, mergeID, by string) (graph.MergeInfo, error)
	Merges(ctx context.Context, limit, offset int) (graph.Page[graph.MergeInfo], error)
	Overview(ctx context.Context, limit int) (graph.Overview, error)
	Timeline(ctx context.Context, q graph.TimelineQuery) (graph.Timeline, error)
	SourceExists(ctx context.Context, id string) (bool, error)
}

// Options tune the server.
type Options struct {
	// RequestTimeout bounds each API request, database work included;
	// DefaultRequestTimeout when 0. cmd sets it a margin above the
	// database's query timeout so that the query's own limit is the one
	// that applies.
	RequestTimeout time.Duration
	// Console bounds analysts' Cypher; ConsoleConcurrency caps how many
	// console queries run at once (more get 429).
	Console            graph.ConsoleLimits
	ConsoleConcurrency int
	// Users and Tokens turn authentication on. Without Users every request
	// acts as a local editor: for a server on loopback only (cmd refuses
	// to serve beyond localhost without users).
	Users  *auth.Users
	Tokens *auth.Tokens
	// SecureCookies marks the session cookie Secure (serving over TLS).
	SecureCookies bool
	// CORSOrigins may call the API from other origins; none by default.
	CORSOrigins []string
	// AllowedHosts are the host names (Host header, port ignored) Parley
	// answers to besides localhost and IP addresses; "*" allows any.
	AllowedHosts []string
	// Compress says which clients get gzipped answers: by default all but
	// those on the server's own machine (CompressRemote).
	Compress Compression
	// LoginEvery is how often a client address or user name that failed
	// to sign in loginBurst times may try once more; 30 s when 0.
	LoginEvery time.Duration
	// MaxDocument bounds a record or article posted to /api/records or
	// /api/ingest; 16 MiB by default. Other bodies have small fixed limits.
	MaxDocument int64
}

// DefaultRequestTimeout is the store's default query timeout (30 s) plus
// RequestMargin.
const DefaultRequestTimeout = 30*time.Second + RequestMargin

// RequestMargin is what a request may take beyond its database query:
// decoding, extraction, encoding the answer.
const RequestMargin = 5 * time.Second

// Server serves the API.
type Server struct {
	store   Store
	log     *slog.Logger
	opts    Options
	console chan struct{} // semaphore for console queries
	logins  *auth.Throttle
}

// Failed sign-ins allowed per client address and per user name, then one
// more every loginEvery.
const (
	loginBurst = 10
	loginEvery = 30 * time.Second
)

// New returns the HTTP handler for the whole application.
func New(store Store, logger *slog.Logger, opts Options) http.Handler {
	if opts.RequestTimeout == 0 {
		opts.RequestTimeout = DefaultRequestTimeout
	}
	if opts.ConsoleConcurrency <= 0 {
		opts.ConsoleConcurrency = 4
	}
	if opts.MaxDocument <= 0 {
		opts.MaxDocument = 16 << 20
	}
	if opts.Users != nil && opts.Tokens == nil {
		opts.Tokens, _ = auth.NewTokens("", 0)
	}
	s := &Server{store: store, log: logger, opts: opts, console: make(chan struct{}, opts.ConsoleConcurrency),
		logins: auth.NewThrottle(loginBurst, cmp.Or(opts.LoginEvery, loginEvery))}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.ContextWithFallback = true
	r.HandleMethodNotAllowed = true
	_ = r.SetTrustedProxies(nil)
	r.Use(requestID(), accessLog(logger), recovery(logger), securityHeaders(), s.allowedHost(), s.cors(), s.sameOrigin())
	s.routes(r)
	// Compression wraps the whole engine (compress.go), so every answer,
	// refusals included, is gzipped alike for clients that accept it.
	return &app{Handler: compressed(r, opts.Compress), engine: r}
}

// app is the handler New makes: the engine behind its compression, kept
// so that Routes can list the engine's endpoints.
type app struct {
	http.Handler
	engine *gin.Engine
}

// routes lists every endpoint in one place.
func (s *Server) routes(r *gin.Engine) {
	open := r.Group("/api", timeout(s.opts.RequestTimeout))
	open.GET("/health", s.handle(s.health))
	open.GET("/openapi.json", serveOpenAPI)
	open.POST("/login", bodyType(jsonType), s.handle(s.login))
	open.POST("/logout", s.handle(s.logout))

	api := r.Group("/api", timeout(s.opts.RequestTimeout), s.authenticate())
	api.GET("/me", s.handle(s.me))
	api.GET("/actors", s.handle(s.searchActors))
	api.GET("/actors/:id", s.handle(s.actor))
	api.GET("/met", s.handle(s.met))
	api.GET("/meetings", s.handle(s.meetings))
	api.GET("/meetings/:id", s.handle(s.meeting))
	api.GET("/graph", s.handle(s.graph))
	api.GET("/path", s.handle(s.path))
	api.GET("/places", s.handle(s.places))
	api.GET("/negotiations", s.handle(s.negotiations))
	api.POST("/cypher", bodyType(jsonType), s.handle(s.cypher))
	api.GET("/export.graphml", s.handle(s.exportGraphML))
	api.GET("/merges", s.handle(s.merges))
	s.homeRoutes(api)

	edit := api.Group("", requireRole(auth.Editor))
	edit.POST("/records", bodyType(jsonType), s.handle(s.postRecord))
	edit.POST("/ingest", bodyType(textType), s.handle(s.ingest))
	edit.POST("/merges", bodyType(jsonType), s.handle(s.merge))
	edit.POST("/merges/:id/undo", s.handle(s.split))
	s.previewRoutes(edit)
	r.NoRoute(s.ui())
	r.NoMethod(func(c *gin.Context) {
		writeError(c, http.StatusMethodNotAllowed, "method_not_allowed",
			c.Request.Method+" is not allowed here; allowed: "+c.Writer.Header().Get("Allow"))
	})
}

// Media types of request bodies: JSON for structured requests, plain
// UTF-8 text for an article to ingest.
const (
	jsonType = "application/json"
	textType = "text/plain"
)

// Route is one registered endpoint.
type Route struct{ Method, Path string }

// Routes lists the endpoints of a handler made by New, for documentation
// checks; none for any other handler.
func Routes(h http.Handler) []Route {
	a, ok := h.(*app)
	if !ok {
		return nil
	}
	var out []Route
	for _, r := range a.engine.Routes() {
		out = append(out, Route{r.Method, r.Path})
	}
	return out
}
