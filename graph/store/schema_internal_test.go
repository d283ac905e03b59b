package store

import (
	"strings"
	"testing"
)

// Every statement of the schema gives CheckSchema one name, the one it
// creates, and no two statements the same.
func TestSchemaNames(t *testing.T) {
	names := schemaNames()
	if len(names) != len(schema) {
		t.Fatalf("%d names for %d statements: %v", len(names), len(schema), names)
	}
	seen := map[string]bool{}
	for i, n := range names {
		if seen[n] || !strings.Contains(schema[i], " "+n+" IF NOT EXISTS") {
			t.Errorf("name %q of %q: repeated or not the statement's", n, schema[i])
		}
		seen[n] = true
	}
}
