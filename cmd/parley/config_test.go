package main

import (
	"net"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
)

// composeFile is the part of docker-compose.yml the checks read.
type composeFile struct {
	Services map[string]struct {
		Environment map[string]string `yaml:"environment"`
		Ports       []string          `yaml:"ports"`
		Healthcheck struct {
			Test []string `yaml:"test"`
		} `yaml:"healthcheck"`
		DependsOn map[string]struct {
			Condition string `yaml:"condition"`
		} `yaml:"depends_on"`
	} `yaml:"services"`
}

// interpolation is compose's ${VAR:-default}, read as with VAR unset.
var interpolation = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}`)

func readCompose(t *testing.T) composeFile {
	t.Helper()
	data, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var c composeFile
	if err := yaml.Unmarshal(data, &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	for name, svc := range c.Services {
		for k, v := range svc.Environment {
			svc.Environment[k] = strings.ReplaceAll(interpolation.ReplaceAllString(v, "$2"), "$$", "$")
		}
		c.Services[name] = svc
	}
	return c
}

// TestComposeFile runs the compose file's Parley environment through the
// configuration check serve itself applies (loadConfig, listenAddr): it
// must be valid and listen on all of the container's interfaces, or the
// published port reaches no one (issue 12). The port must be published
// on the host's loopback only, and the Neo4j service must carry the same
// LOAD CSV hardening as tools/neo4j and a health check Parley waits for.
func TestComposeFile(t *testing.T) {
	c := readCompose(t)
	parley, ok := c.Services["parley"]
	if !ok {
		t.Fatal("no parley service")
	}
	cfg, err := loadConfig(func(k string) string { return parley.Environment[k] })
	if err != nil {
		t.Fatalf("the compose environment is refused: %v", err)
	}
	addr, narrowed, err := cfg.listenAddr()
	if err != nil || narrowed {
		t.Fatalf("in its container Parley would listen on %q (narrowed to loopback: %v, err %v): the published port would reach no one", addr, narrowed, err)
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil || (host != "" && host != "0.0.0.0" && host != "::") {
		t.Fatalf("listen address %q is not all interfaces (%v)", addr, err)
	}
	if cfg.neo4j.URI != "bolt://neo4j:7687" || cfg.neo4j.Password == "" {
		t.Errorf("Neo4j: %s with password %q, want the neo4j service with its password", cfg.neo4j.URI, cfg.neo4j.Password)
	}
	if len(parley.Ports) == 0 {
		t.Fatal("parley publishes no port")
	}
	for _, p := range parley.Ports {
		if !strings.HasPrefix(p, "127.0.0.1:") || !strings.HasSuffix(p, ":"+port) {
			t.Errorf("parley port %q: want 127.0.0.1:<host port>:%s (loopback on the host, the port Parley listens on)", p, port)
		}
	}
	if parley.DependsOn["neo4j"].Condition != "service_healthy" {
		t.Errorf("parley does not wait for a healthy neo4j: %+v", parley.DependsOn)
	}

	neo, ok := c.Services["neo4j"]
	if !ok {
		t.Fatal("no neo4j service")
	}
	if len(neo.Healthcheck.Test) == 0 {
		t.Error("the neo4j service has no health check")
	}
	for _, p := range neo.Ports {
		if !strings.HasPrefix(p, "127.0.0.1:") {
			t.Errorf("neo4j port %q is published beyond the host's loopback", p)
		}
	}
	// The official image turns NEO4J_a_b__c into setting a.b_c. The
	// settings and values must be those tools/neo4j/Launcher.java sets.
	launcher, err := os.ReadFile("../../tools/neo4j/Launcher.java")
	if err != nil {
		t.Fatal(err)
	}
	settings := map[string]string{}
	for k, v := range neo.Environment {
		if name, ok := strings.CutPrefix(k, "NEO4J_"); ok && name != "AUTH" {
			settings[strings.NewReplacer("__", "_", "_", ".").Replace(name)] = v
		}
	}
	for setting, want := range map[string]string{
		"internal.dbms.cypher_ip_blocklist":             "0.0.0.0/0,::/0",
		"dbms.security.allow_csv_import_from_file_urls": "false",
	} {
		if got := settings[setting]; got != want {
			t.Errorf("neo4j service: %s = %q, want %q", setting, got, want)
		}
		if !strings.Contains(string(launcher), `"`+setting+`"`) {
			t.Errorf("tools/neo4j/Launcher.java does not set %s", setting)
		}
	}
	// A transaction's memory is bounded in both, at a quarter of the heap.
	if !strings.Contains(string(launcher), `cfg.put("db.memory.transaction.max", txMemory)`) ||
		!strings.Contains(string(launcher), "maxMemory() / 4") {
		t.Error("tools/neo4j/Launcher.java does not bound a transaction's memory at a quarter of the heap")
	}
	if got, heap := settings["db.memory.transaction.max"], settings["server.memory.heap.max_size"]; got == "" || heap != "1g" || got != "256m" {
		t.Errorf("neo4j service: db.memory.transaction.max = %q with heap %q, want 256m, a quarter of 1g", got, heap)
	}
	if !strings.Contains(string(launcher), `cfg.put("internal.dbms.cypher_ip_blocklist", "0.0.0.0/0,::/0")`) {
		t.Error("tools/neo4j/Launcher.java does not block every address for LOAD CSV")
	}
}

// TestDockerignore: the build context leaves out the data, the binaries,
// the Neo4j jars, node_modules and .git, and keeps what the build needs.
func TestDockerignore(t *testing.T) {
	data, err := os.ReadFile("../../.dockerignore")
	if err != nil {
		t.Fatal(err)
	}
	lines := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			lines[strings.TrimSuffix(strings.TrimPrefix(l, "/"), "/")] = true
		}
	}
	for _, want := range []string{".git", ".data", "bin", "tools/neo4j/lib", "**/node_modules"} {
		if !lines[want] {
			t.Errorf(".dockerignore does not leave out %s", want)
		}
	}
	for l := range lines {
		for _, kept := range []string{"web/dist", "web", "go.mod", "go.sum", "cmd", "seed", "extract", "graph"} {
			if l == kept || l == kept+"/**" {
				t.Errorf(".dockerignore leaves out %s, which the image's build needs", l)
			}
		}
	}
}

func TestConfigReaderUser(t *testing.T) {
	cfg, err := loadConfig(env(map[string]string{
		"NEO4J_USER": "neo4j", "NEO4J_PASSWORD": "writer-password",
		"NEO4J_READER_USER": "analyst", "NEO4J_READER_PASSWORD": "reader-password",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.neo4j.ReaderUser != "analyst" || cfg.neo4j.ReaderPassword != "reader-password" || cfg.neo4j.User != "neo4j" {
		t.Fatalf("reader %q/%q, writer %q", cfg.neo4j.ReaderUser, cfg.neo4j.ReaderPassword, cfg.neo4j.User)
	}
	if cfg, err := loadConfig(env(nil)); err != nil || cfg.neo4j.ReaderUser != "" {
		t.Fatalf("default: reader %q, %v", cfg.neo4j.ReaderUser, err)
	}
	for _, e := range []map[string]string{{"NEO4J_READER_USER": "analyst"}, {"NEO4J_READER_PASSWORD": "x"}} {
		if _, err := loadConfig(env(e)); err == nil || !strings.Contains(err.Error(), "NEO4J_READER_USER and NEO4J_READER_PASSWORD") {
			t.Errorf("%v: err = %v, want both or neither", e, err)
		}
	}
}

// Unset, NEO4J_URI follows NEO4J_BOLT_PORT, the port tools/neo4j (and so
// `make run`) starts the local server on; set, it wins.
func TestConfigDefaultURIFollowsBoltPort(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{nil, "neo4j://127.0.0.1:7687"},
		{map[string]string{"NEO4J_BOLT_PORT": "7794"}, "neo4j://127.0.0.1:7794"},
		{map[string]string{"NEO4J_BOLT_PORT": "7794", "NEO4J_URI": "bolt://db.example.org:7687"}, "bolt://db.example.org:7687"},
	} {
		cfg, err := loadConfig(env(tc.env))
		if err != nil || cfg.neo4j.URI != tc.want {
			t.Errorf("%v: URI %q, %v; want %q", tc.env, cfg.neo4j.URI, err, tc.want)
		}
	}
	for _, bad := range []string{"x", "0", "65536", "-1", "7687 "} {
		if _, err := loadConfig(env(map[string]string{"NEO4J_BOLT_PORT": bad})); err == nil || !strings.Contains(err.Error(), "NEO4J_BOLT_PORT") {
			t.Errorf("NEO4J_BOLT_PORT %q: err = %v, want it named", bad, err)
		}
	}
}
