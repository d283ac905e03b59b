package main

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/loader"
	"github.com/parley-dev/parley/web"
)

// config is Parley's configuration, read from the environment with
// defaults that fit the local server `make neo4j` starts.
type config struct {
	neo4j store.Config
	addr  string
	// Access control: users file (empty: no authentication, loopback
	// only), the session signing secret (empty: random per process) and
	// lifetime, browser origins allowed to call the API.
	usersFile     string
	sessionSecret string
	sessionTTL    time.Duration
	corsOrigins   []string
	allowedHosts  []string // PARLEY_ALLOWED_HOSTS: host names served besides localhost and IPs
	secureCookies bool
	insecureOpen  bool            // PARLEY_INSECURE_NO_AUTH: serve beyond loopback without users
	compress      web.Compression // PARLEY_COMPRESS: which clients get gzip
}

func loadConfig(getenv func(string) string) (config, error) {
	get := func(key, def string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return def
	}
	// Unset, NEO4J_URI is the local server of tools/neo4j, on the port
	// its scripts (and so `make run`) start it on.
	port := get("NEO4J_BOLT_PORT", "7687")
	if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
		return config{}, fmt.Errorf("NEO4J_BOLT_PORT %q: not a port number", port)
	}
	c := config{
		neo4j: store.Config{
			URI:      get("NEO4J_URI", "neo4j://127.0.0.1:"+port),
			User:     get("NEO4J_USER", "neo4j"),
			Password: getenv("NEO4J_PASSWORD"),
			Database: get("NEO4J_DATABASE", "neo4j"),
		},
		addr: get("PARLEY_ADDR", ":8080"),
	}
	if c.neo4j.Password == "" {
		// The local development server runs without authentication.
		c.neo4j.User = ""
	}
	// The console's own database user, where the database has roles.
	c.neo4j.ReaderUser = getenv("NEO4J_READER_USER")
	c.neo4j.ReaderPassword = getenv("NEO4J_READER_PASSWORD")
	if (c.neo4j.ReaderUser == "") != (c.neo4j.ReaderPassword == "") {
		return c, fmt.Errorf("NEO4J_READER_USER and NEO4J_READER_PASSWORD go together: set both (the console's read-only user) or neither")
	}
	c.usersFile = getenv("PARLEY_USERS_FILE")
	c.sessionSecret = getenv("PARLEY_SESSION_SECRET")
	c.sessionTTL = 8 * time.Hour
	if v := getenv("PARLEY_SESSION_TTL"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("PARLEY_SESSION_TTL=%q: want a duration such as 8h", v)
		}
		c.sessionTTL = d
	}
	for _, o := range strings.Split(getenv("PARLEY_CORS_ORIGINS"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			c.corsOrigins = append(c.corsOrigins, o)
		}
	}
	for _, h := range strings.Split(getenv("PARLEY_ALLOWED_HOSTS"), ",") {
		if h = strings.TrimSpace(h); h != "" {
			c.allowedHosts = append(c.allowedHosts, h)
		}
	}
	c.secureCookies = getenv("PARLEY_SECURE_COOKIES") == "1"
	c.insecureOpen = getenv("PARLEY_INSECURE_NO_AUTH") == "1"
	if v := getenv("PARLEY_COMPRESS"); v != "" {
		m, err := web.ParseCompression(v)
		if err != nil {
			return c, fmt.Errorf("PARLEY_COMPRESS: %w", err)
		}
		c.compress = m
	}
	if v := getenv("PARLEY_QUERY_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("PARLEY_QUERY_TIMEOUT=%q: want a duration such as 30s", v)
		}
		c.neo4j.QueryTimeout = d
	}
	return c, nil
}

// listenAddr is serve's check of where it may listen. Without users there
// is no authentication, so Parley listens on loopback only: ":8080"
// becomes "127.0.0.1:8080" (narrowed is true) and any other host is an
// error, unless PARLEY_INSECURE_NO_AUTH says the network is trusted (a
// container whose port the host publishes on loopback). With users the
// address is taken as given. The compose file's test runs it too.
func (c config) listenAddr() (addr string, narrowed bool, err error) {
	if c.usersFile != "" || c.insecureOpen || web.IsLoopback(c.addr) {
		return c.addr, false, nil
	}
	host, port, err := net.SplitHostPort(c.addr)
	if err != nil {
		return "", false, fmt.Errorf("PARLEY_ADDR=%q: %w", c.addr, err)
	}
	if host != "" {
		return "", false, fmt.Errorf("PARLEY_ADDR=%s is beyond localhost: configure users (PARLEY_USERS_FILE, see `parley user add`) or set PARLEY_INSECURE_NO_AUTH=1 on a trusted network", c.addr)
	}
	return net.JoinHostPort("127.0.0.1", port), true, nil
}

// openStore opens the store and waits up to wait for Neo4j to answer.
func (a *app) openStore(ctx context.Context, wait time.Duration) (*store.Store, config, error) {
	cfg, err := loadConfig(a.getenv)
	if err != nil {
		return nil, cfg, err
	}
	st, err := store.Open(cfg.neo4j, a.logger)
	if err != nil {
		return nil, cfg, err
	}
	if wait > 0 {
		wctx, cancel := context.WithTimeout(ctx, wait)
		defer cancel()
		if err := st.WaitReady(wctx); err != nil {
			_ = st.Close(context.WithoutCancel(ctx))
			return nil, cfg, fmt.Errorf("neo4j at %s: %w (start one with `make neo4j`, or set NEO4J_URI)", cfg.neo4j.URI, err)
		}
	}
	return st, cfg, nil
}

// withStore runs fn with a store on a Neo4j that answered within 30
// seconds, its schema in place, and closes it after.
func (a *app) withStore(ctx context.Context, fn func(*store.Store) error) error {
	st, _, err := a.openStore(ctx, 30*time.Second)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	if err := st.EnsureSchema(ctx); err != nil {
		return err
	}
	return fn(st)
}

// parsePublished reads a --published flag; empty is the zero time.
func parsePublished(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--published %q: want a date as YYYY-MM-DD", s)
	}
	return t, nil
}

// report prints what a load did, and fails when anything was refused.
func (a *app) report(verb, noun string, sum loader.Summary, err error) error {
	fmt.Fprintf(a.stdout, "%s %d %s (%d meetings), refused %d\n", verb, sum.Loaded, noun, sum.Meetings, len(sum.Failed))
	for _, f := range sum.Failed {
		fmt.Fprintf(a.stdout, "  %s: %v\n", f.File, f.Err)
	}
	if err != nil {
		return err
	}
	if len(sum.Failed) > 0 {
		return fmt.Errorf("%d of %d %s refused", len(sum.Failed), len(sum.Failed)+sum.Loaded, noun)
	}
	return nil
}
