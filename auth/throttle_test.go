package auth

import (
	"fmt"
	"testing"
	"time"
)

func TestThrottle(t *testing.T) {
	th := NewThrottle(3, time.Minute)
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	for i := range 3 {
		if w := th.Wait("10.0.0.1", "ana", now); w != 0 {
			t.Fatalf("attempt %d refused (%v) within the burst", i+1, w)
		}
		th.Failed("10.0.0.1", "ana", now)
	}
	if w := th.Wait("10.0.0.1", "ana", now); w < 59*time.Second || w > time.Minute {
		t.Fatalf("after 3 failures: wait %v, want about a minute", w)
	}
	// The same name from elsewhere, or another name from here, waits too.
	if th.Wait("10.0.0.2", "ANA ", now) == 0 {
		t.Error("another address guessing the same user (case and spaces aside) was let through")
	}
	if th.Wait("10.0.0.1", "ben", now) == 0 {
		t.Error("the same address guessing another user was let through")
	}
	if w := th.Wait("10.0.0.2", "ben", now); w != 0 {
		t.Errorf("an unrelated address and user wait %v", w)
	}
	// A minute later one more guess is allowed, and only one.
	later := now.Add(time.Minute)
	if w := th.Wait("10.0.0.1", "ana", later); w != 0 {
		t.Fatalf("a minute later: wait %v", w)
	}
	th.Failed("10.0.0.1", "ana", later)
	if th.Wait("10.0.0.1", "ana", later) == 0 {
		t.Error("the refilled guess was spent but sign-in is still open")
	}
}

func TestThrottleBoundsMemory(t *testing.T) {
	th := NewThrottle(3, time.Minute)
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	addr := func(i int) string { return fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255) }
	// A flood of made-up names and addresses, faster than buckets refill.
	for i := range 3 * maxBuckets {
		th.Failed(addr(i), fmt.Sprint("user", i), now)
	}
	if n := len(th.buckets); n > maxBuckets {
		t.Fatalf("%d buckets after a flood of names, want at most %d", n, maxBuckets)
	}
	// Once they have refilled they hold nothing: the next prune drops them all.
	th = NewThrottle(3, time.Minute)
	for i := range maxBuckets / 2 {
		th.Failed(addr(i), fmt.Sprint("user", i), now)
	}
	th.Failed("10.255.255.255", "late", now.Add(time.Hour))
	if n := len(th.buckets); n != 2 {
		t.Fatalf("%d buckets an hour later, want the 2 of the last failure", n)
	}
	if th.Wait(addr(1), "user1", now.Add(time.Hour)) != 0 {
		t.Error("a pruned bucket still throttles")
	}
}
