package main

import (
	"context"
	"fmt"
	"time"

	"github.com/parley-dev/parley/graph/store"
)

// config is Parley's configuration, read from the environment with
// defaults that fit the local server `make neo4j` starts.
type config struct {
	neo4j store.Config
	addr  string
}

func loadConfig(getenv func(string) string) (config, error) {
	get := func(key, def string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return def
	}
	c := config{
		neo4j: store.Config{
			URI:      get("NEO4J_URI", "neo4j://127.0.0.1:7687"),
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
	if v := getenv("PARLEY_QUERY_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("PARLEY_QUERY_TIMEOUT=%q: want a duration such as 30s", v)
		}
		c.neo4j.QueryTimeout = d
	}
	return c, nil
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
