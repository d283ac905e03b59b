package auth

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestUsersFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "users.json")
	u, err := LoadUsers(path)
	if err != nil || u.Len() != 0 {
		t.Fatalf("missing file: %v, %d users", err, u.Len())
	}
	if err := u.Set("ana", Analyst, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	if err := u.Set("ed", Editor, "short"); err == nil {
		t.Fatal("a short password was accepted")
	}
	if err := u.Set("ed", "admin", "correct horse battery"); err == nil {
		t.Fatal("an unknown role was accepted")
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("users file mode %v, err %v", info.Mode(), err)
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), "correct horse") {
		t.Fatal("the password is stored in clear")
	}
	again, err := LoadUsers(path)
	if err != nil {
		t.Fatal(err)
	}
	if role, err := again.Check("ana", "correct horse battery"); err != nil || role != Analyst {
		t.Fatalf("good password: %v %v", role, err)
	}
	for _, c := range [][2]string{{"ana", "wrong password!!"}, {"nobody", "correct horse battery"}, {"", ""}} {
		if _, err := again.Check(c[0], c[1]); err != ErrBadCredentials {
			t.Errorf("Check(%q, %q) = %v", c[0], c[1], err)
		}
	}
	if err := os.WriteFile(path, []byte(`{"users":[{"name":"x","role":"root","hash":"plain"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadUsers(path); err == nil {
		t.Fatal("a bad users file loaded")
	}
}

func TestTokens(t *testing.T) {
	tok, err := NewTokens("", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	s, sess := tok.Issue("ana", Analyst)
	got, err := tok.Verify(s)
	if err != nil || got.User != "ana" || got.Role != Analyst || !got.Expires.Equal(sess.Expires) {
		t.Fatalf("Verify = %+v, %v", got, err)
	}
	other, _ := NewTokens("", time.Hour)
	for name, bad := range map[string]string{
		"other key": func() string { s, _ := other.Issue("ana", Editor); return s }(),
		"tampered":  strings.Replace(s, s[:4], "AAAA", 1),
		"no dot":    "abc",
		"empty":     "",
		"huge":      strings.Repeat("a", 2000) + "." + "b",
	} {
		if _, err := tok.Verify(bad); err != ErrBadToken {
			t.Errorf("%s: Verify = %v", name, err)
		}
	}
	tok.now = func() time.Time { return time.Now().Add(2 * time.Hour) }
	if _, err := tok.Verify(s); err != ErrBadToken {
		t.Fatal("an expired token verified")
	}
	if _, err := NewTokens("too short", time.Hour); err == nil {
		t.Fatal("a short secret was accepted")
	}
	if !Editor.Allows(Analyst) || Analyst.Allows(Editor) || !Analyst.Allows(Analyst) {
		t.Fatal("role order")
	}
}

// A changed users file is read again on the next check: by modification
// time and size, and, while the file is so new that a second change could
// share its timestamp, by content. A file that cannot be used leaves the
// last good set in force and is reported once.
func TestUsersFileReloads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "users.json")
	write := func(role Role, mod time.Time) {
		t.Helper()
		data := `{"users": [{"name": "ed", "role": "` + string(role) + `", "hash": "$2a$10$abcdefghijklmnopqrstuu5Jz6Q0Yx1f5m1v2o3p4q5r6s7t8u9v0w"}]}`
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-time.Hour)
	write(Editor, old)
	u, err := LoadUsers(path)
	if err != nil {
		t.Fatal(err)
	}
	var reported []error
	u.OnError = func(err error) { reported = append(reported, err) }
	if r, ok := u.Role("ed"); !ok || r != Editor {
		t.Fatalf("ed: %q %v", r, ok)
	}
	// Another modification time (an old one, so not racy), another size.
	write(Analyst, old.Add(time.Minute))
	if r, ok := u.Role("ed"); !ok || r != Analyst {
		t.Fatalf("after demotion: %q %v", r, ok)
	}
	// Unusable: half-written, then gone. The last good set stays.
	if err := os.WriteFile(path, []byte(`{"users": [{"name": "ed", "ro`), 0o600); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if r, ok := u.Role("ed"); !ok || r != Analyst {
			t.Fatalf("with a broken file: %q %v", r, ok)
		}
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if r, ok := u.Role("ed"); !ok || r != Analyst {
		t.Fatalf("with no file: %q %v", r, ok)
	}
	if len(reported) != 2 {
		t.Fatalf("reported %d errors, want 2 (broken, then gone): %v", len(reported), reported)
	}
	// A fresh file changed again within its timestamp, same size: the
	// content is compared while the file is new.
	now := time.Now().Truncate(time.Second)
	write(Editor, now)
	fresh, err := LoadUsers(path)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	same := strings.Replace(string(data), `"name": "ed"`, `"name": "xy"`, 1)
	if err := os.WriteFile(path, []byte(same), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, now, now); err != nil {
		t.Fatal(err)
	}
	if _, ok := fresh.Role("ed"); ok {
		t.Fatal("a same-size change within the timestamp was missed")
	}
	if _, ok := fresh.Role("xy"); !ok {
		t.Fatal("the renamed user is unknown")
	}
	// Remove saves the file; a user not there is an error.
	if err := fresh.Remove("xy"); err != nil || fresh.Len() != 0 {
		t.Fatalf("remove: %v, %d left", err, fresh.Len())
	}
	if err := fresh.Remove("xy"); err == nil {
		t.Fatal("removing an absent user succeeded")
	}
}

// Every token names its session, and no two sessions share an ID.
func TestTokensCarrySessionIDs(t *testing.T) {
	tk, err := NewTokens("", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for range 1000 {
		token, s := tk.Issue("ana", Analyst)
		v, err := tk.Verify(token)
		if err != nil || v.ID != s.ID || len(s.ID) < 20 || seen[s.ID] {
			t.Fatalf("session %+v verified as %+v, %v", s, v, err)
		}
		seen[s.ID] = true
	}
}
