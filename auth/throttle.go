package auth

import (
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Throttle slows password guessing: every failed sign-in spends a token
// from two buckets, the client address's and the user name's, and while
// either is empty sign-in is refused before the password is checked. The
// user name's bucket stops guessing one account from many addresses; the
// cost is that such guessing can lock its owner out for a while too.
type Throttle struct {
	every time.Duration // one more guess allowed per this long
	burst int           // failures allowed at once

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

// maxBuckets bounds memory under a flood of made-up names or addresses:
// refilled buckets are dropped first (a new one is the same), then, if the
// flood is fast enough to leave none refilled, arbitrary ones.
const maxBuckets = 10000

// NewThrottle allows burst failed attempts per address and per user name,
// then one more per every.
func NewThrottle(burst int, every time.Duration) *Throttle {
	return &Throttle{every: every, burst: burst, buckets: map[string]*bucket{}}
}

// Wait reports how long the client at addr must wait before trying to
// sign in as user; 0 means now.
func (t *Throttle) Wait(addr, user string, now time.Time) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	var wait time.Duration
	for _, key := range keys(addr, user) {
		b, ok := t.buckets[key]
		if !ok {
			continue
		}
		if tokens := b.lim.TokensAt(now); tokens < 1 {
			wait = max(wait, time.Duration((1-tokens)*float64(t.every)))
		}
	}
	return wait
}

// Failed records a failed attempt.
func (t *Throttle) Failed(addr, user string, now time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.buckets) >= maxBuckets {
		t.prune(now)
	}
	for _, key := range keys(addr, user) {
		b, ok := t.buckets[key]
		if !ok {
			b = &bucket{lim: rate.NewLimiter(rate.Every(t.every), t.burst)}
			t.buckets[key] = b
		}
		b.lim.AllowN(now, 1)
		b.seen = now
	}
}

// prune drops buckets that have refilled: they hold nothing a new one
// would not.
func (t *Throttle) prune(now time.Time) {
	full := time.Duration(t.burst) * t.every
	for k, b := range t.buckets {
		if now.Sub(b.seen) >= full {
			delete(t.buckets, k)
		}
	}
	for k := range t.buckets {
		if len(t.buckets) < maxBuckets*9/10 {
			break
		}
		delete(t.buckets, k)
	}
}

func keys(addr, user string) []string {
	return []string{"addr\x00" + addr, "user\x00" + strings.ToLower(strings.TrimSpace(user))}
}
