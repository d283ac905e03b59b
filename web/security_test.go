package web_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/auth"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/web"
)

// localRequest is a request addressed to localhost, as a browser on this
// machine or curl sends it (httptest's default host, example.com, is one
// Parley does not answer to).
func localRequest(method, path, body string) *http.Request {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Host = "localhost:8080"
	return req
}

func do(h http.Handler, method, path, body string, hdr map[string]string) *httptest.ResponseRecorder {
	req := localRequest(method, path, body)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// noStore is for tests of what the server does before any database work
// (headers, limits, refusals): they need no Neo4j, and a nil store makes
// any database call they would make by mistake fail loudly.
var noStore web.Store

func TestSecurityHeadersAndCORS(t *testing.T) {
	h := web.New(noStore, slog.New(slog.DiscardHandler), web.Options{CORSOrigins: []string{"https://briefings.example.org"}})
	for _, path := range []string{"/", "/api/openapi.json", "/api/nothing"} {
		rec := do(h, http.MethodGet, path, "", nil)
		for k, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"X-Frame-Options":        "DENY",
		} {
			if got := rec.Header().Get(k); got != want {
				t.Errorf("GET %s: %s = %q, want %q", path, k, got, want)
			}
		}
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-eval") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("GET %s: CSP %q", path, csp)
		}
	}
	if got := do(h, http.MethodGet, "/api/openapi.json", "", map[string]string{"Origin": "https://evil.example"}).Header().Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("an unlisted origin got Access-Control-Allow-Origin %q", got)
	}
	if got := do(h, http.MethodOptions, "/api/actors", "", map[string]string{"Origin": "https://briefings.example.org"}).Header().Get("Access-Control-Allow-Origin"); got != "https://briefings.example.org" {
		t.Errorf("the listed origin got %q", got)
	}
}

func TestAuthentication(t *testing.T) {
	st := graphtest.Store(t)
	users, err := auth.LoadUsers(filepath.Join(t.TempDir(), "users.json"))
	if err != nil {
		t.Fatal(err)
	}
	for name, role := range map[string]auth.Role{"ana": auth.Analyst, "ed": auth.Editor} {
		if err := users.Set(name, role, "a long enough password"); err != nil {
			t.Fatal(err)
		}
	}
	tokens, err := auth.NewTokens("", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	h := web.New(st, slog.New(slog.DiscardHandler), web.Options{Users: users, Tokens: tokens})

	if rec := do(h, http.MethodGet, "/api/actors", "", nil); rec.Code != http.StatusUnauthorized {
		t.Fatalf("no session: %d", rec.Code)
	}
	if rec := do(h, http.MethodGet, "/api/health", "", nil); rec.Code != http.StatusOK {
		t.Fatalf("health without a session: %d", rec.Code)
	}
	if rec := do(h, http.MethodPost, "/api/login", `{"user": "ana", "password": "wrong password"}`, nil); rec.Code != http.StatusUnauthorized {
		t.Fatalf("wrong password: %d", rec.Code)
	}
	login := func(user string) (cookie, token string) {
		rec := do(h, http.MethodPost, "/api/login", `{"user": "`+user+`", "password": "a long enough password"}`, nil)
		if rec.Code != http.StatusOK {
			t.Fatalf("login %s: %d %s", user, rec.Code, rec.Body)
		}
		var body struct{ Token string }
		_ = json.Unmarshal(rec.Body.Bytes(), &body)
		c := rec.Result().Cookies()
		if len(c) != 1 || !c[0].HttpOnly || c[0].SameSite != http.SameSiteStrictMode {
			t.Fatalf("session cookie %+v", c)
		}
		return c[0].Name + "=" + c[0].Value, body.Token
	}
	anaCookie, anaToken := login("ana")
	edCookie, _ := login("ed")

	if rec := do(h, http.MethodGet, "/api/actors", "", map[string]string{"Cookie": anaCookie}); rec.Code != http.StatusOK {
		t.Fatalf("analyst with cookie: %d", rec.Code)
	}
	if rec := do(h, http.MethodGet, "/api/me", "", map[string]string{"Authorization": "Bearer " + anaToken}); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"analyst"`) {
		t.Fatalf("analyst with bearer token: %d %s", rec.Code, rec.Body)
	}
	if rec := do(h, http.MethodPost, "/api/cypher", `{"query": "RETURN 1 AS one"}`, map[string]string{"Cookie": anaCookie}); rec.Code != http.StatusOK {
		t.Fatalf("analyst runs read-only Cypher: %d %s", rec.Code, rec.Body)
	}
	record := `{"id": "r1", "source": {"published": "2024-01-02"}, "actors": [{"name": "Ann Example", "kind": "person"}, {"name": "Ben Example", "kind": "person"}], "negotiations": [], "meetings": [{"participants": ["Ann Example", "Ben Example"], "status": "held", "mode": "call", "evidence": "Ann called Ben."}]}`
	if rec := do(h, http.MethodPost, "/api/records", record, map[string]string{"Cookie": anaCookie}); rec.Code != http.StatusForbidden {
		t.Fatalf("analyst loads a record: %d", rec.Code)
	}
	if rec := do(h, http.MethodPost, "/api/records", record, map[string]string{"Cookie": edCookie}); rec.Code != http.StatusOK {
		t.Fatalf("editor loads a record: %d %s", rec.Code, rec.Body)
	}
	forged := strings.Replace(anaToken, anaToken[len(anaToken)-6:], "AAAAAA", 1)
	if rec := do(h, http.MethodGet, "/api/actors", "", map[string]string{"Authorization": "Bearer " + forged}); rec.Code != http.StatusUnauthorized {
		t.Fatalf("forged token: %d", rec.Code)
	}
	rec := do(h, http.MethodPost, "/api/logout", "", map[string]string{"Cookie": anaCookie})
	if c := rec.Result().Cookies(); rec.Code != http.StatusNoContent || len(c) != 1 || c[0].MaxAge >= 0 {
		t.Fatalf("logout: %d %+v", rec.Code, c)
	}
}

func TestRequestSizeLimits(t *testing.T) {
	h := web.New(noStore, slog.New(slog.DiscardHandler), web.Options{MaxDocument: 1 << 10})
	big := `{"id": "` + strings.Repeat("x", 2<<10) + `"}`
	if rec := do(h, http.MethodPost, "/api/records", big, nil); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "larger than") {
		t.Fatalf("oversized record: %d %s", rec.Code, rec.Body)
	}
	query := `{"query": "RETURN '` + strings.Repeat("x", 70<<10) + `'"}`
	if rec := do(h, http.MethodPost, "/api/cypher", query, nil); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "64 KiB") {
		t.Fatalf("oversized console query: %d %s", rec.Code, rec.Body)
	}
}

func TestConsoleConcurrencyCap(t *testing.T) {
	st := graphtest.Store(t)
	h := web.New(st, slog.New(slog.DiscardHandler), web.Options{ConsoleConcurrency: 1})
	slow := `{"query": "UNWIND range(1, 30000000) AS i WITH i WHERE i % 1000 = 0 RETURN count(*) AS n"}`
	// The slow query holds the one slot for about 3 s on a quiet machine;
	// on a loaded one it may run into the console's own time limit, which
	// frees the slot as well. Either way the slot must come back.
	first := make(chan *httptest.ResponseRecorder, 1)
	go func() { first <- do(h, http.MethodPost, "/api/cypher", slow, nil) }()
	time.Sleep(300 * time.Millisecond)
	if rec := do(h, http.MethodPost, "/api/cypher", `{"query": "RETURN 1"}`, nil); rec.Code != http.StatusTooManyRequests {
		t.Errorf("a second console query while the cap is taken: %d, want 429", rec.Code)
	}
	if rec := <-first; rec.Code != http.StatusOK && !(rec.Code == http.StatusBadRequest && strings.Contains(rec.Body.String(), "console's limit")) {
		t.Fatalf("the slow query: %d %s, want 200 or the console's time limit", rec.Code, rec.Body)
	}
	if rec := do(h, http.MethodPost, "/api/cypher", `{"query": "RETURN 1"}`, nil); rec.Code != http.StatusOK {
		t.Fatalf("after the slow query: %d", rec.Code)
	}
}

// After ten failed sign-ins, the address and the user name must wait, even
// with the right password; others are not held up (their wrong password
// is checked: 401, not 429).
func TestLoginThrottled(t *testing.T) {
	users, err := auth.LoadUsers(filepath.Join(t.TempDir(), "users.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ana", "ben"} {
		if err := users.Set(name, auth.Analyst, "a long enough password"); err != nil {
			t.Fatal(err)
		}
	}
	// A try comes back every hour, not every 30 s: under -race on a loaded
	// machine the ten failures (each a password hash) took longer than 30 s.
	h := web.New(noStore, slog.New(slog.DiscardHandler), web.Options{Users: users, LoginEvery: time.Hour})
	login := func(addr, user, password string) *httptest.ResponseRecorder {
		req := localRequest(http.MethodPost, "/api/login", `{"user": "`+user+`", "password": "`+password+`"}`)
		req.Header.Set("Content-Type", "application/json")
		req.RemoteAddr = addr + ":40000"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	for i := range 10 {
		if rec := login("203.0.113.7", "ana", "guess "+strconv.Itoa(i)); rec.Code != http.StatusUnauthorized {
			t.Fatalf("guess %d: %d %s", i+1, rec.Code, rec.Body)
		}
	}
	rec := login("203.0.113.7", "ana", "a long enough password")
	if rec.Code != http.StatusTooManyRequests {
		t.Fatalf("after 10 failures the right password: %d, want 429", rec.Code)
	}
	if ra, err := strconv.Atoi(rec.Header().Get("Retry-After")); err != nil || ra < 1 || ra > 3600 {
		t.Errorf("Retry-After %q", rec.Header().Get("Retry-After"))
	}
	if rec := login("198.51.100.9", "ana", "a long enough password"); rec.Code != http.StatusTooManyRequests {
		t.Errorf("the guessed user from another address: %d, want 429", rec.Code)
	}
	if rec := login("203.0.113.7", "ben", "a long enough password"); rec.Code != http.StatusTooManyRequests {
		t.Errorf("another user from the guessing address: %d, want 429", rec.Code)
	}
	if rec := login("198.51.100.9", "ben", "a wrong password"); rec.Code != http.StatusUnauthorized {
		t.Errorf("another user from another address: %d %s, want 401", rec.Code, rec.Body)
	}
}

// Reads are refused to a foreign Host too (DNS rebinding would read the
// API), names in AllowedHosts are served, a PARLEY_CORS_ORIGINS origin may
// write cross-site, and an undeclared method is 405 with Allow. No
// database is touched.
func TestHostsOriginsAndMethods(t *testing.T) {
	h := web.New(noStore, slog.New(slog.DiscardHandler), web.Options{
		AllowedHosts: []string{"Parley.Example.org"}, CORSOrigins: []string{"https://briefings.example.org"}})
	for host, want := range map[string]int{
		"evil.example": http.StatusMisdirectedRequest, "evil.example:8080": http.StatusMisdirectedRequest,
		"localhost.evil.example": http.StatusMisdirectedRequest, "parley.example.org.evil.example": http.StatusMisdirectedRequest,
		"parley.example.org": http.StatusOK, "PARLEY.example.org.:443": http.StatusOK, "localhost": http.StatusOK,
		"[::1]:8080": http.StatusOK, "127.0.0.1:8080": http.StatusOK, "192.0.2.10:8080": http.StatusOK,
	} {
		req := localRequest(http.MethodGet, "/api/openapi.json", "")
		req.Host = host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("GET with Host %q: %d, want %d", host, rec.Code, want)
		}
		if want != http.StatusOK && !strings.Contains(rec.Body.String(), `"unknown_host"`) {
			t.Errorf("Host %q: body %s", host, rec.Body)
		}
	}
	for origin, want := range map[string]int{
		"https://briefings.example.org": http.StatusNoContent, "https://other.example.org": http.StatusForbidden,
	} {
		rec := do(h, http.MethodPost, "/api/logout", "", map[string]string{"Origin": origin, "Sec-Fetch-Site": "cross-site"})
		if rec.Code != want {
			t.Errorf("logout from %s: %d, want %d", origin, rec.Code, want)
		}
	}
	for _, m := range []string{http.MethodDelete, http.MethodPut, http.MethodPatch} {
		rec := do(h, m, "/api/actors", "", nil)
		if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET" || !strings.Contains(rec.Body.String(), `"method_not_allowed"`) {
			t.Errorf("%s /api/actors: %d Allow %q %s", m, rec.Code, rec.Header().Get("Allow"), rec.Body)
		}
	}
	if rec := do(h, http.MethodGet, "/api/records", "", nil); rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "POST" {
		t.Errorf("GET /api/records: %d Allow %q", rec.Code, rec.Header().Get("Allow"))
	}
	if rec := do(h, http.MethodOptions, "/api/actors", "", map[string]string{"Origin": "https://briefings.example.org"}); rec.Code != http.StatusNoContent {
		t.Errorf("preflight: %d", rec.Code)
	}
}
