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

// Users is the set of accounts, read from and saved to a JSON file.
type Users struct {
	mu    sync.RWMutex
	path  string
	users []User
}

type usersFile struct {
	Users []User `json:"users"`
}

// LoadUsers reads a users file; a missing file is an empty set that Save
// will create.
func LoadUsers(path string) (*Users, error) {
	u := &Users{path: path}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return u, nil
	}
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
	u.users = f.Users
	return u, nil
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
	u.mu.Lock()
	defer u.mu.Unlock()
	u.users = slices.DeleteFunc(u.users, func(x User) bool { return x.Name == name })
	u.users = append(u.users, User{Name: name, Role: role, Hash: string(hash)})
	data, err := json.MarshalIndent(usersFile{Users: u.users}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(u.path), 0o700); err != nil {
		return err
	}
	return os.WriteFile(u.path, append(data, '\n'), 0o600)
}

// dummyHash is compared against when the user does not exist, so that a
// wrong name takes as long as a wrong password.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("parley-no-such-user"), bcrypt.DefaultCost)

// Check verifies a password and returns the user's role.
func (u *Users) Check(name, password string) (Role, error) {
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

// Session is who a token speaks for, until when.
type Session struct {
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

// Issue signs a session for user.
func (t *Tokens) Issue(user string, role Role) (string, Session) {
	s := Session{User: user, Role: role, Expires: t.now().Add(t.ttl).UTC().Truncate(time.Second)}
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
	if err := json.Unmarshal(payload, &s); err != nil || !s.Role.Valid() || !t.now().Before(s.Expires) {
		return Session{}, ErrBadToken
	}
	return s, nil
}

func (t *Tokens) sign(p string) string {
	m := hmac.New(sha256.New, t.key)
	m.Write([]byte(p))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}
