package web

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/graph"
)

// FuzzQueryParams: any query string is parsed into valid values or a 400
// naming the parameter; nothing panics.
func FuzzQueryParams(f *testing.F) {
	for _, s := range []string{
		"limit=10&offset=0", "limit=-1", "limit=99999999999999999999", "offset=%00",
		"from=2024-02-30", "from=2024&to=2024-05", "place=%E2%80%AE", "kind=person&role=party",
		"q=" + url.QueryEscape(`'); MATCH (n) DETACH DELETE n //`), "depth=2&asOf=2024-05-23",
	} {
		f.Add(s)
	}
	gin.SetMode(gin.ReleaseMode)
	f.Fuzz(func(t *testing.T, raw string) {
		c, _ := gin.CreateTestContext(httptest.NewRecorder())
		req, err := http.NewRequest(http.MethodGet, "/api/x?"+raw, nil)
		if err != nil {
			return
		}
		c.Request = req
		check := func(err error) {
			var fe *graph.FieldError
			if err != nil && !errors.As(err, &fe) {
				t.Fatalf("%q: %v is not a FieldError", raw, err)
			}
		}
		limit, offset, err := page(c, 20)
		check(err)
		if err == nil && (limit < 1 || limit > maxLimit || offset < 0) {
			t.Fatalf("%q: limit %d offset %d", raw, limit, offset)
		}
		for _, name := range []string{"from", "to", "asOf"} {
			d, err := dateBound(c, name, name != "from")
			check(err)
			if err == nil && d != "" {
				if _, err := graph.ParseDate(d); err != nil || len(d) != 10 {
					t.Fatalf("%q: %s = %q", raw, name, d)
				}
			}
		}
		v, err := oneOf(c, "kind", "person", "state")
		check(err)
		if err == nil && v != "" && v != "person" && v != "state" {
			t.Fatalf("%q: kind %q", raw, v)
		}
		q, err := text(c, "q")
		check(err)
		if len(q) > 200 {
			t.Fatalf("%q: text of %d bytes", raw, len(q))
		}
		p, err := placeParam(c)
		check(err)
		if err == nil && p != "" && len(p) < len("place:") {
			t.Fatalf("%q: place %q", raw, p)
		}
		_, err = intParam(c, "depth", 1, 1, 2)
		check(err)
	})
}
