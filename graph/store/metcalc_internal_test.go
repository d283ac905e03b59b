package store

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// The shards of the fold hold every pair once, each with the aggregate
// the whole fold gives it, and every shard holds some.
func TestMetShardsPartitionTheFold(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	var ms []metInput
	for i := range 2000 {
		m := metInput{id: fmt.Sprintf("meeting:%d", i), hasRep: true, repEv: "e", repSrc: "s"}
		if rng.IntN(4) > 0 {
			m.d = fmt.Sprintf("2024-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28))
		}
		for k := 2 + rng.IntN(3); len(m.actors) < k; {
			if a := fmt.Sprintf("person:a%d", rng.IntN(60)); !slices.Contains(m.actors, a) {
				m.actors = append(m.actors, a)
			}
		}
		if rng.IntN(3) > 0 {
			m.places = []string{fmt.Sprintf("place:p%d", rng.IntN(30))}
		}
		ms = append(ms, m)
	}
	whole := newMetCalc()
	var shards [metShards]*metCalc
	for s := range shards {
		shards[s] = newMetShard(s)
	}
	for _, m := range ms {
		whole.add(m)
		for _, c := range shards {
			c.add(m)
		}
	}
	seen := 0
	for s, c := range shards {
		if len(c.order) == 0 {
			t.Errorf("shard %d holds no pair of %d", s, len(whole.order))
		}
		for k, p := range c.pairs {
			w := whole.pairs[k]
			if w == nil || !reflect.DeepEqual(*w, *p) {
				t.Errorf("shard %d: pair %v is %+v, the whole fold %+v", s, k, *p, w)
			}
			seen++
		}
	}
	if seen != len(whole.pairs) {
		t.Errorf("the shards hold %d pairs, the whole fold %d", seen, len(whole.pairs))
	}
}

// metChange tells a known meeting's change apart: nothing its pairs read,
// new attendees only (their pairs with everyone, each once), or anything
// else, which recounts.
func TestMetChange(t *testing.T) {
	base := metState{d: "2024-05-01", places: []string{"p:a A"}, rep: []string{"2024-05-02", "s1", "met"}, who: []string{"a", "c"}}
	with := func(f func(*metState)) metState {
		s := base
		s.places, s.rep, s.who = slices.Clone(base.places), slices.Clone(base.rep), slices.Clone(base.who)
		f(&s)
		return s
	}
	for _, tc := range []struct {
		name    string
		after   metState
		recount bool
		added   [][2]string
	}{
		{"told again, nothing new", base, false, nil},
		{"one new attendee", with(func(s *metState) { s.who = []string{"a", "b", "c"} }), false, [][2]string{{"a", "b"}, {"b", "c"}}},
		{"two new attendees", with(func(s *metState) { s.who = []string{"a", "b", "c", "d"} }), false,
			[][2]string{{"a", "b"}, {"b", "c"}, {"b", "d"}, {"a", "d"}, {"c", "d"}}},
		{"date made precise", with(func(s *metState) { s.d = "2024-05-01T10" }), true, nil},
		{"date set", with(func(s *metState) { s.d = "" }), true, nil},
		{"place added", with(func(s *metState) { s.places = []string{"p:a A", "p:b B"} }), true, nil},
		{"earlier report", with(func(s *metState) { s.rep = []string{"2024-05-01", "s2", "met"} }), true, nil},
		{"evidence rewritten", with(func(s *metState) { s.rep[2] = "they met" }), true, nil},
		{"attendee gone", with(func(s *metState) { s.who = []string{"a"} }), true, nil},
		{"attendee replaced", with(func(s *metState) { s.who = []string{"a", "b"} }), true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recount, added := metChange(base, tc.after)
			if recount != tc.recount || !slices.Equal(added, tc.added) {
				t.Errorf("metChange = %v, %v; want %v, %v", recount, added, tc.recount, tc.added)
			}
		})
	}
}
