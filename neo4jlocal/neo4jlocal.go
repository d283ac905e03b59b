// Package neo4jlocal drives the local Neo4j that Parley runs itself
// (tools/neo4j: start.sh, stop.sh, import.sh), for the commands that need
// the database stopped, such as the offline import. It holds no Cypher.
package neo4jlocal

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// Instance is a Neo4j started by tools/neo4j, described by the same
// environment its scripts read (NEO4J_HOME_DIR, NEO4J_BOLT_PORT,
// NEO4J_PID_FILE, ...), which is passed to them.
type Instance struct {
	Tools string // the tools/neo4j folder
	Port  string // its Bolt port
	env   []string
}

// ErrNotManaged says the URI names a server Parley does not run.
var ErrNotManaged = errors.New("not a Neo4j that Parley runs")

// scriptEnv are the variables tools/neo4j's scripts read.
var scriptEnv = []string{
	"NEO4J_HOME_DIR", "NEO4J_BOLT_PORT", "NEO4J_PID_FILE", "NEO4J_LOG_FILE", "NEO4J_HEAP", "NEO4J_PAGECACHE",
	"NEO4J_IMPORT_DIR", "NEO4J_ALLOW_CSV_FILES", "NEO4J_AUTH", "NEO4J_PASSWORD", "NEO4J_TX_TIMEOUT",
	"NEO4J_JAVA_HOME", "NEO4J_JAVA_OPTS", "NEO4J_START_TIMEOUT", "NEO4J_STOP_TIMEOUT",
	"NEO4J_IMPORT_HEAP", "NEO4J_IMPORT_MEMORY", "NEO4J_IMPORT_THREADS",
}

// Find returns the local instance behind uri: a loopback address on the
// Bolt port of tools/neo4j's configuration (NEO4J_BOLT_PORT, 7687 by
// default). Any other server — another host, another port — is not
// Parley's to stop, and Find returns ErrNotManaged. The tools folder is
// PARLEY_NEO4J_TOOLS, else tools/neo4j in the working folder or above.
func Find(uri string, getenv func(string) string) (*Instance, error) {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("NEO4J_URI %q: not a URI", uri)
	}
	port := getenv("NEO4J_BOLT_PORT")
	if port == "" {
		port = "7687"
	}
	host, uport := u.Hostname(), u.Port()
	if uport == "" {
		uport = "7687"
	}
	ip := net.ParseIP(host)
	loopback := host == "localhost" || (ip != nil && ip.IsLoopback())
	if !loopback || uport != port {
		return nil, fmt.Errorf("%w: NEO4J_URI %s is not the local Neo4j of tools/neo4j (bolt://127.0.0.1:%s, NEO4J_BOLT_PORT)", ErrNotManaged, uri, port)
	}
	tools := getenv("PARLEY_NEO4J_TOOLS")
	if tools == "" {
		dir, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "tools", "neo4j", "start.sh")); err == nil {
				tools = filepath.Join(dir, "tools", "neo4j")
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				return nil, fmt.Errorf("%w: tools/neo4j not found in the working folder or above (set PARLEY_NEO4J_TOOLS)", ErrNotManaged)
			}
			dir = parent
		}
	}
	if _, err := os.Stat(filepath.Join(tools, "import.sh")); err != nil {
		return nil, fmt.Errorf("%w: %s has no import.sh", ErrNotManaged, tools)
	}
	// The scripts see the process's environment with their own variables
	// as getenv has them.
	var env []string
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); !slices.Contains(scriptEnv, k) {
			env = append(env, kv)
		}
	}
	for _, k := range scriptEnv {
		if v := getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	return &Instance{Tools: tools, Port: port, env: env}, nil
}

func (in *Instance) run(ctx context.Context, script string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(in.Tools, script), args...)
	cmd.Env = in.env
	// Cancelled, the script is asked to stop (TERM), so that it stops the
	// importer and deletes a partial store, rather than killed outright.
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 2 * time.Minute
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return out.String(), fmt.Errorf("tools/neo4j/%s: %w\n%s", script, err, tail(out.String(), 40))
	}
	return out.String(), nil
}

// Start starts the instance (nothing if it runs) and waits for Bolt.
func (in *Instance) Start(ctx context.Context) error { _, err := in.run(ctx, "start.sh"); return err }

// Stop stops the instance cleanly (nothing if it is not running), and
// checks that nothing answers on its port any more: a server that
// tools/neo4j did not start with this NEO4J_HOME_DIR and NEO4J_PID_FILE
// (start.sh uses one it finds on its port) is not the one whose files an
// offline import would replace.
func (in *Instance) Stop(ctx context.Context) error {
	if _, err := in.run(ctx, "stop.sh"); err != nil {
		return err
	}
	if c, err := net.DialTimeout("tcp", "127.0.0.1:"+in.Port, 2*time.Second); err == nil {
		c.Close()
		return fmt.Errorf("%w: a server still answers on 127.0.0.1:%s after tools/neo4j/stop.sh: it was not started by tools/neo4j with this NEO4J_HOME_DIR and NEO4J_PID_FILE", ErrNotManaged, in.Port)
	}
	return nil
}

// Import runs the offline importer on the stopped instance with args
// (--nodes=..., --relationships=..., ...), replacing its database, and
// returns what it printed (its progress and summary).
func (in *Instance) Import(ctx context.Context, args ...string) (string, error) {
	return in.run(ctx, "import.sh", args...)
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
