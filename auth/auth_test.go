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
