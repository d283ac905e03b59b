package web_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-dev/parley/auth"
	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/web"
)

// Two replicas of the server (two handlers, each with its own view of the
// users file and the same session secret) over the one test Neo4j: a
// session ends at once on both when it is signed out on either, when its
// user is removed from the file, and loses the editor role at once when
// the user is demoted. No restart, no waiting.
func TestSessionsEndAtOnceOnEveryReplica(t *testing.T) {
	st := graphtest.Store(t)
	path := filepath.Join(t.TempDir(), "users.json")
	admin, err := auth.LoadUsers(path) // as `parley user` edits the file
	if err != nil {
		t.Fatal(err)
	}
	for name, role := range map[string]auth.Role{"ana": auth.Analyst, "ed": auth.Editor, "eve": auth.Editor} {
		if err := admin.Set(name, role, "a long enough password"); err != nil {
			t.Fatal(err)
		}
	}
	const secret = "a shared secret of at least thirty-two characters"
	replica := func() http.Handler {
		users, err := auth.LoadUsers(path)
		if err != nil {
			t.Fatal(err)
		}
		tokens, err := auth.NewTokens(secret, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return web.New(st, slog.New(slog.DiscardHandler), web.Options{Users: users, Tokens: tokens})
	}
	a, b := replica(), replica()
	login := func(h http.Handler, user string) (bearer, cookie map[string]string) {
		t.Helper()
		rec := do(h, http.MethodPost, "/api/login", `{"user": "`+user+`", "password": "a long enough password"}`, nil)
		var body struct{ Token string }
		if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &body) != nil || body.Token == "" {
			t.Fatalf("login %s: %d %s", user, rec.Code, rec.Body)
		}
		c := rec.Result().Cookies()[0]
		return map[string]string{"Authorization": "Bearer " + body.Token}, map[string]string{"Cookie": c.Name + "=" + c.Value}
	}
	status := func(h http.Handler, method, path, body string, hdr map[string]string) int {
		return do(h, method, path, body, hdr).Code
	}
	both := func(what string, hdr map[string]string, want int) {
		t.Helper()
		for name, h := range map[string]http.Handler{"A": a, "B": b} {
			if got := status(h, http.MethodGet, "/api/me", "", hdr); got != want {
				t.Fatalf("%s: GET /api/me on replica %s: %d, want %d", what, name, got, want)
			}
		}
	}

	// Sign out on A: the bearer token and the cookie are refused on A and B.
	edBearer, edCookie := login(a, "ed")
	both("signed in on A", edBearer, http.StatusOK)
	both("signed in on A, cookie", edCookie, http.StatusOK)
	otherBearer, _ := login(b, "ed") // a second session of the same user
	if got := status(a, http.MethodPost, "/api/logout", "", edBearer); got != http.StatusNoContent {
		t.Fatalf("logout: %d", got)
	}
	both("after logout on A, its bearer token", edBearer, http.StatusUnauthorized)
	both("after logout on A, its cookie", edCookie, http.StatusUnauthorized)
	both("the same user's other session", otherBearer, http.StatusOK)
	// A cookie-only logout on B ends that session too.
	_, cookieB := login(b, "ana")
	if got := status(b, http.MethodPost, "/api/logout", "", cookieB); got != http.StatusNoContent {
		t.Fatalf("cookie logout: %d", got)
	}
	both("after cookie logout on B", cookieB, http.StatusUnauthorized)

	// Demote ed to analyst in the file: editor endpoints refuse at once on
	// both replicas; reads go on.
	edBearer, _ = login(a, "ed")
	merge := `{"keep": "nobody one", "gone": "nobody two"}`
	for name, h := range map[string]http.Handler{"A": a, "B": b} {
		if got := status(h, http.MethodPost, "/api/merges", merge, edBearer); got != http.StatusNotFound {
			t.Fatalf("editor merges on %s before the demotion: %d, want 404 (unknown actors)", name, got)
		}
	}
	if err := admin.Set("ed", auth.Analyst, "a long enough password"); err != nil {
		t.Fatal(err)
	}
	for name, h := range map[string]http.Handler{"A": a, "B": b} {
		if got := status(h, http.MethodPost, "/api/merges", merge, edBearer); got != http.StatusForbidden {
			t.Fatalf("demoted editor merges on %s: %d, want 403", name, got)
		}
		rec := do(h, http.MethodGet, "/api/me", "", edBearer)
		var me struct{ Role string }
		if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &me) != nil || me.Role != "analyst" {
			t.Fatalf("demoted editor's /api/me on %s: %d %s", name, rec.Code, rec.Body)
		}
	}

	// Remove eve from the file: her sessions are refused at once.
	eveBearer, eveCookie := login(b, "eve")
	both("eve signed in", eveBearer, http.StatusOK)
	if err := admin.Remove("eve"); err != nil {
		t.Fatal(err)
	}
	both("eve removed, bearer", eveBearer, http.StatusUnauthorized)
	both("eve removed, cookie", eveCookie, http.StatusUnauthorized)
	if got := status(a, http.MethodPost, "/api/login", `{"user": "eve", "password": "a long enough password"}`, nil); got != http.StatusUnauthorized {
		t.Fatalf("removed user signs in: %d", got)
	}

	// A user added to the file signs in without a restart.
	if err := admin.Set("new", auth.Analyst, "a long enough password"); err != nil {
		t.Fatal(err)
	}
	newBearer, _ := login(b, "new")
	both("a user added since the start", newBearer, http.StatusOK)
}
