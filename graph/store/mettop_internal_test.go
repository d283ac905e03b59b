package store

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// randomPairs is a random graph's pairs, counts skewed towards one as in
// news (most pairs meet once), strongest first with ties in random order
// as the database's index returns them.
func randomPairs(rng *rand.Rand, actors, n int) []strongPair {
	seen := map[string]bool{}
	var ps []strongPair
	for len(ps) < n {
		a, b := fmt.Sprintf("a%03d", rng.IntN(actors)), fmt.Sprintf("a%03d", rng.IntN(actors))
		if a == b {
			continue
		}
		lo, hi := min(a, b), max(a, b)
		if seen[lo+" "+hi] {
			continue
		}
		seen[lo+" "+hi] = true
		count := int64(1)
		for rng.IntN(3) == 0 {
			count++
		}
		ps = append(ps, strongPair{key: lo + " " + hi, lo: lo, hi: hi, count: count})
	}
	rng.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
	slices.SortStableFunc(ps, func(a, b strongPair) int { return cmp.Compare(b.count, a.count) })
	return ps
}

// rank orders edges [lo, hi, count] as the edges queries do: count
// descending, then lo, then hi.
func rank(es [][3]any) {
	slices.SortFunc(es, func(a, b [3]any) int {
		return cmp.Or(cmp.Compare(b[2].(int64), a[2].(int64)), cmp.Compare(a[0].(string), b[0].(string)), cmp.Compare(a[1].(string), b[1].(string)))
	})
}

// TestStrongListAmongAndDecides draws random graphs, keeps their
// strongest pairs as the Store does, and for random node sets and caps
// requires (1) the same pairs whether found from the nodes' own pairs or
// by a pass over the list, and (2) that where the list says it decides,
// its pairs' top cap are the top cap of every pair among the nodes,
// including those the list left out.
func TestStrongListAmongAndDecides(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 15))
	decided, undecided := 0, 0
	for round := range 200 {
		actors := 10 + rng.IntN(60)
		all := randomPairs(rng, actors, 1+rng.IntN(actors*(actors-1)/4))
		scan := 1 + rng.IntN(len(all)+len(all)/4) // sometimes the whole graph
		l := newStrongList("t", scan, slices.Clone(all[:min(scan, len(all))]))
		var ids []string
		for a := range actors {
			if rng.IntN(3) > 0 {
				ids = append(ids, fmt.Sprintf("a%03d", a))
			}
		}
		rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
		limit := 1 + rng.IntN(20)
		byNodes, byPass := l.among(ids, limit, true), l.among(ids, limit, false)
		if !reflect.DeepEqual(byNodes, byPass) {
			t.Fatalf("round %d: from the nodes %v, by a pass %v", round, byNodes, byPass)
		}
		if !l.decides(byNodes, limit) {
			undecided++
			continue
		}
		decided++
		in := map[string]bool{}
		for _, id := range ids {
			in[id] = true
		}
		var want, got [][3]any
		for _, p := range all {
			if in[p.lo] && in[p.hi] {
				want = append(want, [3]any{p.lo, p.hi, p.count})
			}
		}
		for _, e := range byNodes {
			f := e.([]any)
			got = append(got, [3]any{f[0], f[1], f[2]})
		}
		rank(want)
		rank(got)
		if len(want) > limit != (len(got) > limit) {
			t.Fatalf("round %d: %d edges in all, %d from the list, cap %d", round, len(want), len(got), limit)
		}
		if !reflect.DeepEqual(want[:min(limit, len(want))], got[:min(limit, len(got))]) {
			t.Fatalf("round %d: the list decided (floor %d, cap %d) but its top differs:\n got %v\nwant %v",
				round, l.floor, limit, got[:min(limit, len(got))], want[:min(limit, len(want))])
		}
	}
	t.Logf("decided %d, undecided %d", decided, undecided)
	if decided < 20 || undecided < 20 {
		t.Fatalf("the random graphs did not exercise both answers: decided %d, undecided %d", decided, undecided)
	}
}
