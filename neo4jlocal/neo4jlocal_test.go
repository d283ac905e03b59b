package neo4jlocal

import (
	"errors"
	"testing"
)

// Only a loopback URI on the Bolt port tools/neo4j is configured with is
// Parley's own server; anything else is refused as not managed.
func TestFindRefusesServersParleyDoesNotRun(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	tools := map[string]string{"PARLEY_NEO4J_TOOLS": "../tools/neo4j"}
	for _, tc := range []struct {
		uri, port string
		managed   bool
	}{
		{"neo4j://127.0.0.1:7687", "", true},
		{"bolt://localhost:7687", "", true},
		{"bolt://[::1]:7698", "7698", true},
		{"bolt://127.0.0.1", "", true},
		{"bolt://127.0.0.1:7688", "", false},
		{"bolt://127.0.0.1:7687", "7698", false},
		{"neo4j+s://abcd.databases.neo4j.io", "", false},
		{"bolt://10.0.0.5:7687", "", false},
		{"bolt://db.example.org:7687", "", false},
	} {
		e := map[string]string{"NEO4J_BOLT_PORT": tc.port}
		for k, v := range tools {
			e[k] = v
		}
		in, err := Find(tc.uri, env(e))
		if tc.managed && (err != nil || in == nil) {
			t.Errorf("%s (port %q): %v, want the local instance", tc.uri, tc.port, err)
		}
		if !tc.managed && !errors.Is(err, ErrNotManaged) {
			t.Errorf("%s (port %q): %v, want ErrNotManaged", tc.uri, tc.port, err)
		}
	}
	if _, err := Find("127.0.0.1:7687", env(tools)); err == nil {
		t.Error("a URI without a scheme was taken")
	}
}
