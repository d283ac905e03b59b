package store_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph/graphtest"
)

// TestDatabaseRefusesLoadCSV: the Neo4j that tools/neo4j starts (and so
// `make test`, `make neo4j`) refuses LOAD CSV from the network and from
// files by itself, in a write transaction that no console check stands
// in front of. The refusal names the database setting; the local
// listener sees no connection.
func TestDatabaseRefusesLoadCSV(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	lis := newListener(t)
	u, err := url.Parse(lis.URL)
	if err != nil {
		t.Fatal(err)
	}
	port := u.Port()
	var urls []string
	for _, scheme := range []string{"http", "https", "ftp", "HTTP"} {
		for _, host := range []string{"127.0.0.1", "localhost", "[::1]", "[::ffff:127.0.0.1]", "127.1", "0.0.0.0"} {
			urls = append(urls, fmt.Sprintf("%s://%s:%s/x.csv", scheme, host, port))
		}
	}
	for _, u := range urls {
		for _, q := range []string{
			"LOAD CSV FROM '%s' AS row RETURN row",
			"LOAD CSV WITH HEADERS FROM '%s' AS row CREATE (:Evil {a: row.a})",
		} {
			err := st.WriteUnchecked(ctx, fmt.Sprintf(q, u))
			if err == nil {
				t.Errorf("%s: the database loaded it", u)
				continue
			}
			if strings.HasPrefix(u, "http://127.0.0.1") && !strings.Contains(err.Error(), "cypher_ip_blocklist") {
				t.Errorf("%s: %v, want a refusal naming the database's ip blocklist", u, err)
			}
		}
	}
	for _, u := range []string{"file:///etc/passwd", "file:///x.csv", "FILE:///x.csv", "file:/x.csv"} {
		err := st.WriteUnchecked(ctx, fmt.Sprintf("LOAD CSV FROM '%s' AS row RETURN row", u))
		if err == nil || !strings.Contains(err.Error(), "allow_csv_import_from_file_urls") {
			t.Errorf("%s: %v, want a refusal naming allow_csv_import_from_file_urls", u, err)
		}
	}
	lis.assertUntouched(t)
	if c, err := st.Count(ctx); err != nil || c.Nodes != 0 {
		t.Fatalf("%+v nodes after refused loads (%v)", c, err)
	}
}
