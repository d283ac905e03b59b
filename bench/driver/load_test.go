package main

import (
	"context"
	"regexp"
	"strconv"
	"testing"
)

// The load summary covers the whole run: a sample at start and one at the
// end at least, and min ≤ mean ≤ max.
func TestSampleLoad(t *testing.T) {
	stop := sampleLoad(context.Background(), 1<<62) // no tick: the start and end samples
	got := stop()
	m := regexp.MustCompile(`^(\d+\.\d)–(\d+\.\d), mean (\d+\.\d), (\d+) samples$`).FindStringSubmatch(got)
	if m == nil {
		t.Fatalf("summary %q", got)
	}
	lo, _ := strconv.ParseFloat(m[1], 64)
	hi, _ := strconv.ParseFloat(m[2], 64)
	mean, _ := strconv.ParseFloat(m[3], 64)
	if n, _ := strconv.Atoi(m[4]); n != 2 || lo > mean || mean > hi {
		t.Errorf("summary %q: want 2 samples, min ≤ mean ≤ max", got)
	}
}
