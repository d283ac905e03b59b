// Package auth holds Parley's users, their roles and the signed session
// tokens the web server issues. Passwords are stored as bcrypt hashes in a
// JSON file; tokens are HMAC-SHA256-signed and expire.
package auth

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// Role is what a user may do.
type Role string

// Roles, each allowed what the one before it is.
const (
	// Analyst reads the graph and runs read-only Cypher.
	Analyst Role = "analyst"
	// Editor may also load, ingest, merge and split.
	Editor Role = "editor"
)

// Allows reports whether the role may do what need requires.
func (r Role) Allows(need Role) bool {
	return r == Editor || (r == Analyst && need == Analyst)
}

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return r == Analyst || r == Editor }

// User is one account.
type User struct {
	Name string `json:"name"`
	Role Role   `json:"role"`
	Hash string `json:"hash"` // bcrypt
}

// ErrBadCredentials is a wrong user name or password, deliberately not
// saying which.
var ErrBadCredentials = errors.New("wrong user name or password")

// ErrBadToken is a token that is malformed, forged or expired.
var ErrBadToken = errors.New("invalid or expired session")

// Users is the set of accounts, read from and saved to a JSON file. The
// file is re-read when it changes (see refresh), so that adding, removing
// or demoting a user takes effect without a restart.
type Users struct {
	mu    sync.RWMutex
	path  string
	users []User
	// What the file looked like when last read: a change of modification
	// time or size makes refresh read it again. While the file was read
	// within racyWindow of its modification, it could have changed again
	// within the same timestamp, so it is re-read on every refresh.
	mod  time.Time
	size int64
	racy bool
	// A changed file that could not be used, already reported: its
	// modification time (zero when it is missing).
	badMod time.Time
	badSet bool
	// OnError is told when a changed file cannot be used; the last good
	// set of users stays in force.
	OnError func(error)
}

// racyWindow is longer than any file system's timestamp granularity.
const racyWindow = 2 * time.Second

type usersFile struct {
	Users []User `json:"users"`
}

// LoadUsers reads a users file; a missing file is an empty set that Save
// will create.
func LoadUsers(path string) (*Users, error) {
	u := &Users{path: path}
	st, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return u, nil
	}
	if err != nil {
		return nil, fmt.Errorf("users file: %w", err)
	}
	users, err := readUsers(path)
	if err != nil {
		return nil, err
	}
	u.users = users
	u.stamp(st, time.Now())
	return u, nil
}

func readUsers(path string) ([]User, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("users file: %w", err)
	}
	var f usersFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("users file %s: %w", path, err)
	}
	for i, usr := range f.Users {
		if usr.Name == "" || !usr.Role.Valid() || !strings.HasPrefix(usr.Hash, "$2") {
			return nil, fmt.Errorf("users file %s: user %d needs a name, a role (analyst or editor) and a bcrypt hash", path, i)
		}
	}
	return f.Users, nil
}

// stamp remembers what the file looked like when read; u.mu is held.
func (u *Users) stamp(st os.FileInfo, readAt time.Time) {
	u.mod, u.size = st.ModTime(), st.Size()
	u.racy = readAt.Sub(u.mod) < racyWindow
}

// refresh re-reads the file when it has changed since it was last read:
// one stat per call, a read only after a change. A file that has gone or
// cannot be parsed (for instance half-written) leaves the last good set
// in force and is reported to OnError once.
func (u *Users) refresh() {
	st, err := os.Stat(u.path)
	u.mu.RLock()
	same := err == nil && !u.racy && st.ModTime().Equal(u.mod) && st.Size() == u.size
	u.mu.RUnlock()
	if same {
		return
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	now := time.Now()
	var users []User
	if err == nil {
		users, err = readUsers(u.path)
	}
	if err != nil {
		var mod time.Time
		if st != nil {
			mod = st.ModTime()
		}
		if u.OnError != nil && (!u.badSet || !mod.Equal(u.badMod)) {
			u.OnError(err)
		}
		u.badMod, u.badSet = mod, true
		return
	}
	u.users, u.badSet = users, false
	u.stamp(st, now)
}

// Role is the current role of a user, reading the file again if it has
// changed; false when there is no such user (any more).
func (u *Users) Role(name string) (Role, bool) {
	u.refresh()
	u.mu.RLock()
	defer u.mu.RUnlock()
	i := slices.IndexFunc(u.users, func(x User) bool { return x.Name == name })
	if i < 0 {
		return "", false
	}
	return u.users[i].Role, true
}

// Len is the number of users.
func (u *Users) Len() int {
	u.mu.RLock()
	defer u.mu.RUnlock()
	return len(u.users)
}

// Set adds or replaces a user with a new password, and saves the file
// (mode 0600).
func (u *Users) Set(name string, role Role, password string) error {
	if strings.TrimSpace(name) == "" || strings.ContainsAny(name, " \t\n:") {
		return errors.New("a user name must be non-empty and without spaces or colons")
	}
	if !role.Valid() {
		return fmt.Errorf("role %q: want analyst or editor", role)
	}
	if len(password) < 12 {
		return errors.New("a password needs at least 12 characters")
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return fmt.Errorf("hashing: %w", err)
	}
	u.refresh()
	u.mu.Lock()
	defer u.mu.Unlock()
	u.users = slices.DeleteFunc(u.users, func(x User) bool { return x.Name == name })
	u.users = append(u.users, User{Name: name, Role: role, Hash: string(hash)})
	return u.save()
}

// Remove deletes a user and saves the file; a server reading the file
// refuses the user's sessions from its next request.
func (u *Users) Remove(name string) error {
	u.refresh()
	u.mu.Lock()
	defer u.mu.Unlock()
	n := len(u.users)
	u.users = slices.DeleteFunc(u.users, func(x User) bool { return x.Name == name })
	if len(u.users) == n {
		return fmt.Errorf("no user %q in %s", name, u.path)
	}
	return u.save()
}

// save writes the file (mode 0600) through a temporary file and a rename,
// so that a server re-reading it never sees it half-written; u.mu is held.
func (u *Users) save() error {
	data, err := json.MarshalIndent(usersFile{Users: u.users}, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(u.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("users file: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".users-*.json")
	if err != nil {
		return fmt.Errorf("users file: %w", err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("users file: %w", err)
	}
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("users file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("users file: %w", err)
	}
	if err := os.Rename(tmp.Name(), u.path); err != nil {
		return fmt.Errorf("users file: %w", err)
	}
	if st, err := os.Stat(u.path); err == nil {
		u.stamp(st, time.Now())
	}
	return nil
}

// dummyHash is compared against when the user does not exist, so that a
// wrong name takes as long as a wrong password.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("parley-no-such-user"), bcrypt.DefaultCost)

// Check verifies a password and returns the user's role.
func (u *Users) Check(name, password string) (Role, error) {
	u.refresh()
	u.mu.RLock()
	i := slices.IndexFunc(u.users, func(x User) bool { return x.Name == name })
	var usr User
	if i >= 0 {
		usr = u.users[i]
	}
	u.mu.RUnlock()
	hash := []byte(usr.Hash)
	if i < 0 {
		hash = dummyHash
	}
	if err := bcrypt.CompareHashAndPassword(hash, []byte(password)); err != nil || i < 0 {
		return "", ErrBadCredentials
	}
	return usr.Role, nil
}

// Session is who a token speaks for, with which role, until when. ID
// names the session where the server records it, so that it can be
// revoked before it expires.
type Session struct {
	ID      string    `json:"i"`
	User    string    `json:"u"`
	Role    Role      `json:"r"`
	Expires time.Time `json:"e"`
}

// Tokens issues and verifies signed session tokens.
type Tokens struct {
	key []byte
	ttl time.Duration
	now func() time.Time
}

// NewTokens makes a token issuer. An empty secret gets a random key, so
// sessions end when the server restarts.
func NewTokens(secret string, ttl time.Duration) (*Tokens, error) {
	key := []byte(secret)
	if secret == "" {
		key = make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, err
		}
	} else if len(secret) < 32 {
		return nil, errors.New("the session secret needs at least 32 characters")
	}
	if ttl <= 0 {
		ttl = 8 * time.Hour
	}
	return &Tokens{key: key, ttl: ttl, now: time.Now}, nil
}

// Issue signs a new session for user, with a random ID.
func (t *Tokens) Issue(user string, role Role) (string, Session) {
	var id [16]byte
	_, _ = rand.Read(id[:]) // crypto/rand.Read never fails
	s := Session{ID: base64.RawURLEncoding.EncodeToString(id[:]), User: user, Role: role,
		Expires: t.now().Add(t.ttl).UTC().Truncate(time.Second)}
	payload, _ := json.Marshal(s)
	p := base64.RawURLEncoding.EncodeToString(payload)
	return p + "." + t.sign(p), s
}

// Verify checks a token's signature and expiry.
func (t *Tokens) Verify(token string) (Session, error) {
	p, sig, ok := strings.Cut(token, ".")
	if !ok || len(token) > 1024 || subtle.ConstantTimeCompare([]byte(sig), []byte(t.sign(p))) != 1 {
		return Session{}, ErrBadToken
	}
	payload, err := base64.RawURLEncoding.DecodeString(p)
	if err != nil {
		return Session{}, ErrBadToken
	}
	var s Session
	if err := json.Unmarshal(payload, &s); err != nil || s.ID == "" || !s.Role.Valid() || !t.now().Before(s.Expires) {
		return Session{}, ErrBadToken
	}
	return s, nil
}

func (t *Tokens) sign(p string) string {
	m := hmac.New(sha256.New, t.key)
	m.Write([]byte(p))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}
