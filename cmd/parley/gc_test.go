package main

import (
	"runtime/debug"
	"testing"
)

// TestGCForServe checks that the server collects less often within a soft
// memory bound, and that GOGC and GOMEMLIMIT, when set, are left alone.
func TestGCForServe(t *testing.T) {
	// The settings are the process's: read them back and restore them.
	percent := debug.SetGCPercent(100)
	limit := debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	})

	for _, tc := range []struct {
		name        string
		env         map[string]string
		wantPercent int
		wantLimit   int64
	}{
		{"unset", nil, 400, serveMemoryLimit},
		{"GOGC set", map[string]string{"GOGC": "50"}, 100, serveMemoryLimit},
		{"GOMEMLIMIT set", map[string]string{"GOMEMLIMIT": "8GiB"}, 400, 1 << 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Start from known values: GOGC 100, a limit serve never sets.
			debug.SetGCPercent(100)
			debug.SetMemoryLimit(1 << 40)
			gcForServe(env(tc.env))
			if got := debug.SetGCPercent(100); got != tc.wantPercent {
				t.Errorf("GC percent = %d, want %d", got, tc.wantPercent)
			}
			if got := debug.SetMemoryLimit(-1); got != tc.wantLimit {
				t.Errorf("memory limit = %d, want %d", got, tc.wantLimit)
			}
		})
	}
}
