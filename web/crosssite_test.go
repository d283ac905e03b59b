package web_test

import (
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/auth"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/web"
)

// A write as a browser page might send it: where it claims to come from,
// where it is addressed, what its body is.
type crossSiteCase struct {
	origin, fetchSite, host, ctype string
}

// The classes each request header is drawn from. "" means the header is
// absent. Foreign origins include look-alikes of the server's own: another
// port, a suffix, a sandboxed frame ("null").
var (
	crossOrigins = []string{"", "http://localhost:8080", "https://evil.example", "http://localhost:9999",
		"http://localhost.evil.example:8080", "null"}
	crossFetchSites = []string{"", "same-origin", "none", "cross-site", "same-site"}
	crossHosts      = []string{"localhost:8080", "127.0.0.1:8080", "evil.example", "evil.example:8080", "localhost.evil.example:8080"}
	crossCtypes     = []string{"", "application/json", "text/plain; charset=utf-8", "application/x-www-form-urlencoded",
		"multipart/form-data; boundary=x", "application/json; charset=latin1"}
)

// A write endpoint, with a body that would succeed.
type writeEndpoint struct {
	path, body, ctype string // ctype: the one media type it takes; "" takes any (no body)
}

// expect is the documented rule: the Host must be one Parley answers to
// (421); then a browser's cross-site signal refuses (403): Sec-Fetch-Site
// when present decides, else an Origin naming another host; then the body
// must be of the endpoint's media type (415). 0: the request is allowed.
func (c crossSiteCase) expect(ep writeEndpoint) int {
	host, _, _ := net.SplitHostPort(c.host)
	if host == "" {
		host = c.host
	}
	if host != "localhost" && net.ParseIP(host) == nil {
		return http.StatusMisdirectedRequest
	}
	switch {
	case c.fetchSite != "":
		if c.fetchSite != "same-origin" && c.fetchSite != "none" {
			return http.StatusForbidden
		}
	case c.origin != "":
		u, err := url.Parse(c.origin)
		if err != nil || u.Host != c.host {
			return http.StatusForbidden
		}
	}
	if ep.ctype != "" {
		mt := strings.TrimSpace(strings.Split(c.ctype, ";")[0])
		if mt != ep.ctype || strings.Contains(c.ctype, "latin1") {
			return http.StatusUnsupportedMediaType
		}
	}
	return 0
}

func (c crossSiteCase) request(ep writeEndpoint, cookie string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, ep.path, strings.NewReader(ep.body))
	req.Host = c.host
	for k, v := range map[string]string{"Origin": c.origin, "Sec-Fetch-Site": c.fetchSite, "Content-Type": c.ctype, "Cookie": cookie} {
		if v != "" {
			req.Header.Set(k, v)
		}
	}
	return req
}

// Every write endpoint × every combination of origin, Sec-Fetch-Site,
// Host and media type that should be refused is refused with the right
// status and a JSON error, with and without users, and the graph in the
// test Neo4j is exactly as it was; the same writes sent same-origin then
// succeed, so the refusals are not an accident of the requests.
func TestCrossSiteWritesRefused(t *testing.T) {
	st := graphtest.Store(t)
	ctx := graphtest.Context(t)
	users, err := auth.LoadUsers(filepath.Join(t.TempDir(), "users.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := users.Set("ed", auth.Editor, "a long enough password"); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	modes := map[string]http.Handler{
		"no users": web.New(st, log, web.Options{}),
		"users":    web.New(st, log, web.Options{Users: users}),
	}
	rec := func(id, a, b string) string {
		return `{"id": "` + id + `", "source": {"published": "2024-01-02"}, "actors": [{"name": "` + a + `", "kind": "person"}, {"name": "` + b +
			`", "kind": "person"}], "negotiations": [], "meetings": [{"participants": ["` + a + `", "` + b + `"], "status": "held", "mode": "call", "evidence": "` + a + ` called ` + b + `."}]}`
	}
	// A graph to protect, and a merge to try undoing.
	for _, r := range []string{rec("base-1", "Ann Example", "Ben Example"), rec("base-2", "Cy Example", "Di Example")} {
		if w := do(modes["no users"], http.MethodPost, "/api/records", r, nil); w.Code != http.StatusOK {
			t.Fatalf("loading: %d %s", w.Code, w.Body)
		}
	}
	w := do(modes["no users"], http.MethodPost, "/api/merges", `{"keep": "Cy Example", "gone": "Di Example"}`, nil)
	var merge struct{ ID string }
	if err := json.Unmarshal(w.Body.Bytes(), &merge); w.Code != http.StatusOK || err != nil {
		t.Fatalf("merge: %d %s", w.Code, w.Body)
	}
	endpoints := []writeEndpoint{
		{"/api/records", rec("attack", "Eve Example", "Mal Example"), "application/json"},
		{"/api/ingest?id=attack.txt&published=2024-01-02", "Eve Example met Mal Example in Paris on Monday, officials said.", "text/plain"},
		{"/api/merges", `{"keep": "Ann Example", "gone": "Ben Example"}`, "application/json"},
		{"/api/merges/" + merge.ID + "/undo", "", ""},
		{"/api/cypher", `{"query": "RETURN 1 AS one"}`, "application/json"},
		{"/api/login", `{"user": "ed", "password": "a long enough password"}`, "application/json"},
		{"/api/logout", "", ""},
	}
	loginRec := do(modes["users"], http.MethodPost, "/api/login", `{"user": "ed", "password": "a long enough password"}`, nil)
	cookies := loginRec.Result().Cookies()
	if loginRec.Code != http.StatusOK || len(cookies) != 1 {
		t.Fatalf("login: %d", loginRec.Code)
	}
	cookie := cookies[0].Name + "=" + cookies[0].Value

	before, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	refused := map[int]int{}
	for mode, h := range modes {
		ck := ""
		if mode == "users" {
			ck = cookie
		}
		for _, ep := range endpoints {
			for _, o := range crossOrigins {
				for _, fs := range crossFetchSites {
					for _, host := range crossHosts {
						for _, ct := range crossCtypes {
							c := crossSiteCase{o, fs, host, ct}
							want := c.expect(ep)
							if want == 0 {
								continue
							}
							w := httptest.NewRecorder()
							h.ServeHTTP(w, c.request(ep, ck))
							var e struct {
								Error struct{ Code, Message string }
							}
							if w.Code != want || json.Unmarshal(w.Body.Bytes(), &e) != nil || e.Error.Code == "" {
								t.Fatalf("%s: POST %s %+v: %d %s, want %d with a JSON error", mode, ep.path, c, w.Code, w.Body, want)
							}
							refused[want]++
						}
					}
				}
			}
		}
	}
	after, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	countsAfter, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(before, after) || counts != countsAfter {
		t.Fatalf("refused writes changed the graph: %+v → %+v", counts, countsAfter)
	}
	total := refused[421] + refused[403] + refused[415]
	t.Logf("%d refused writes (421 host: %d, 403 cross-site: %d, 415 media type: %d); graph unchanged (%d nodes, %d relationships)",
		total, refused[421], refused[403], refused[415], counts.Nodes, counts.Relationships)
	if refused[421] == 0 || refused[403] == 0 || refused[415] == 0 {
		t.Fatalf("a class of refusal was never exercised: %v", refused)
	}

	// The same writes, same-origin as the explorer sends them (and as curl,
	// with neither header), go through.
	for i, c := range []crossSiteCase{
		{"http://localhost:8080", "same-origin", "localhost:8080", ""},
		{"", "", "127.0.0.1:8080", ""},
	} {
		for _, ep := range endpoints[:3-i] { // the merge, once
			c.ctype = ep.ctype
			if ep.ctype == "text/plain" {
				c.ctype = "text/plain; charset=utf-8"
			}
			ep.body = strings.ReplaceAll(ep.body, "attack", "allowed-"+string(rune('a'+i)))
			w := httptest.NewRecorder()
			modes["users"].ServeHTTP(w, c.request(ep, cookie))
			if w.Code != http.StatusOK {
				t.Fatalf("same-origin POST %s %+v: %d %s", ep.path, c, w.Code, w.Body)
			}
		}
	}
	if final, err := st.Count(ctx); err != nil || final == countsAfter {
		t.Fatalf("the allowed writes changed nothing: %+v (%v)", final, err)
	}
}
