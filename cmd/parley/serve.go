package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/parley-dev/parley/auth"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/seed"
	"github.com/parley-dev/parley/web"
)

func newServeCmd(a *app) *cobra.Command {
	var noSeed bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the API and the explorer (address from PARLEY_ADDR, default :8080)",
		Long: `Serve Parley over HTTP. On start, and until it succeeds, Parley creates the
schema and loads the seed article (unless --no-seed); meanwhile the API
answers and /api/health says whether Neo4j is reachable.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			gcForServe(a.getenv)
			st, cfg, err := a.openStore(ctx, 0)
			if err != nil {
				return err
			}
			defer st.Close(context.WithoutCancel(ctx))
			opts, addr, err := a.webOptions(cfg)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("listen on %s: %w", cfg.addr, err)
			}
			// Answer the first request with the seed in place when Neo4j is
			// up; otherwise serve at once (health says 503) and keep trying.
			pctx, cancel := context.WithTimeout(ctx, 90*time.Second)
			err = st.WaitReady(pctx)
			cancel()
			if err == nil {
				err = a.prepareOnce(ctx, st, !noSeed)
			}
			if err != nil {
				a.logger.WarnContext(ctx, "database not ready; serving anyway and retrying", "err", err)
				go a.prepare(ctx, st, !noSeed)
			}
			return a.serve(ctx, ln, web.New(st, a.logger, opts), opts.RequestTimeout, drainTimeout)
		},
	}
	cmd.Flags().BoolVar(&noSeed, "no-seed", false, "do not load the seed article")
	return cmd
}

// webOptions sets up access control. Without a users file Parley has no
// accounts and so no authentication: it then listens on loopback only
// (":8080" becomes "127.0.0.1:8080"), unless PARLEY_INSECURE_NO_AUTH=1
// says the network is trusted (a container behind a loopback port).
func (a *app) webOptions(cfg config) (web.Options, string, error) {
	opts := web.Options{CORSOrigins: cfg.corsOrigins, AllowedHosts: cfg.allowedHosts, SecureCookies: cfg.secureCookies,
		RequestTimeout: web.DefaultRequestTimeout, Compress: cfg.compress}
	if cfg.neo4j.QueryTimeout > 0 {
		// The query's own timeout applies, not a shorter one of the request's.
		opts.RequestTimeout = cfg.neo4j.QueryTimeout + web.RequestMargin
	}
	addr, narrowed, err := cfg.listenAddr()
	if err != nil {
		return opts, "", err
	}
	if narrowed {
		a.logger.Info("no users configured: serving on loopback only", "addr", addr)
	}
	if !web.IsLoopback(addr) && len(cfg.allowedHosts) == 0 {
		a.logger.Info("answering only requests addressed to localhost or an IP address; set PARLEY_ALLOWED_HOSTS to the server's host names")
	}
	if cfg.usersFile == "" {
		return opts, addr, nil
	}
	users, err := auth.LoadUsers(cfg.usersFile)
	if err != nil {
		return opts, "", err
	}
	if users.Len() == 0 {
		return opts, "", fmt.Errorf("%s has no users: add one with `parley user add NAME --role editor`", cfg.usersFile)
	}
	tokens, err := auth.NewTokens(cfg.sessionSecret, cfg.sessionTTL)
	if err != nil {
		return opts, "", fmt.Errorf("PARLEY_SESSION_SECRET: %w", err)
	}
	users.OnError = func(err error) {
		a.logger.Error("the changed users file cannot be used; the last good one stays in force", "err", err)
	}
	opts.Users, opts.Tokens = users, tokens
	return opts, addr, nil
}

// prepare creates the schema and loads the seed, retrying while Neo4j is
// unreachable so that the server can start before the database does.
func (a *app) prepare(ctx context.Context, st *store.Store, loadSeed bool) {
	for attempt := 0; ; attempt++ {
		err := a.prepareOnce(ctx, st, loadSeed)
		if err == nil {
			return
		}
		if attempt%10 == 0 {
			a.logger.WarnContext(ctx, "preparing the database failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(2 * time.Second):
		}
	}
}

func (a *app) prepareOnce(ctx context.Context, st *store.Store, loadSeed bool) error {
	if err := st.EnsureSchema(ctx); err != nil {
		return err
	}
	if !loadSeed {
		return nil
	}
	n, err := seed.Load(ctx, st)
	if err == nil {
		a.logger.InfoContext(ctx, "seed loaded", "records", n)
	}
	return err
}

// drainTimeout is how long a stopping server lets requests in flight finish.
const drainTimeout = 10 * time.Second

// serve runs the HTTP server until ctx ends, then drains requests in
// flight for up to drain. Writing an answer may take the request's
// timeout and a minute more (a large export to a slow client). Requests
// still running after the drain have their connections closed, which ends
// their contexts, and serve waits for their handlers to return: the caller
// closes the store next, and closing the driver under a query still using
// it is a data race in the driver.
func (a *app) serve(ctx context.Context, ln net.Listener, h http.Handler, requestTimeout, drain time.Duration) error {
	var running atomic.Int64
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			running.Add(1)
			defer running.Add(-1)
			h.ServeHTTP(w, r)
		}),
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      requestTimeout + time.Minute,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	a.logger.InfoContext(ctx, "serving", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), drain)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		if !waitIdle(&running, handlerGrace) {
			a.logger.WarnContext(ctx, "handlers still running after their connections were closed", "running", running.Load())
		}
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	a.logger.InfoContext(ctx, "stopped")
	return nil
}

// handlerGrace bounds the wait for handlers whose connections were closed:
// their queries follow the request's context, so they end promptly.
const handlerGrace = 5 * time.Second

// waitIdle polls until no handler runs or limit passes; it reports
// whether none runs. Polling keeps the counter a plain atomic, free of a
// WaitGroup's rule that an Add from zero must not race a Wait.
func waitIdle(running *atomic.Int64, limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for running.Load() > 0 {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(20 * time.Millisecond)
	}
	return true
}
