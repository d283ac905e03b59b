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

// metChange tells a known meeting's change apart: nothing its pairs read;
// new attendees (their pairs with everyone, each once); new places or
// another earliest report (the old attendees' pairs, touched); a new
// date or anything a write cannot do (a recount).
func TestMetChange(t *testing.T) {
	base := metState{d: "2024-05-01", places: []string{"p:a A"}, rep: []string{"2024-05-02", "s1", "met"}, who: []string{"a", "c"}}
	with := func(f func(*metState)) metState {
		s := base
		s.places, s.rep, s.who = slices.Clone(base.places), slices.Clone(base.rep), slices.Clone(base.who)
		f(&s)
		return s
	}
	ac := [][2]string{{"a", "c"}}
	for _, tc := range []struct {
		name  string
		after metState
		want  metDelta
	}{
		{"told again, nothing new", base, metDelta{}},
		{"one new attendee", with(func(s *metState) { s.who = []string{"a", "b", "c"} }),
			metDelta{added: [][2]string{{"a", "b"}, {"b", "c"}}}},
		{"two new attendees", with(func(s *metState) { s.who = []string{"a", "b", "c", "d"} }),
			metDelta{added: [][2]string{{"a", "b"}, {"a", "d"}, {"b", "c"}, {"b", "d"}, {"c", "d"}}}},
		{"place added", with(func(s *metState) { s.places = []string{"p:a A", "p:b B"} }), metDelta{touched: ac}},
		{"earlier report", with(func(s *metState) { s.rep = []string{"2024-05-01", "s2", "met"} }), metDelta{touched: ac}},
		{"evidence rewritten", with(func(s *metState) { s.rep[2] = "they met" }), metDelta{touched: ac}},
		{"place and attendee added", with(func(s *metState) {
			s.places = []string{"p:a A", "p:b B"}
			s.who = []string{"a", "c", "e"}
		}), metDelta{touched: ac, added: [][2]string{{"a", "e"}, {"c", "e"}}}},
		{"date made precise", with(func(s *metState) { s.d = "2024-05-01T10" }), metDelta{recount: true}},
		{"date unset", with(func(s *metState) { s.d = "" }), metDelta{recount: true}},
		{"place gone", with(func(s *metState) { s.places = nil }), metDelta{recount: true}},
		{"place renamed", with(func(s *metState) { s.places = []string{"p:a Aa"} }), metDelta{recount: true}},
		{"attendee gone", with(func(s *metState) { s.who = []string{"a"} }), metDelta{recount: true}},
		{"attendee replaced", with(func(s *metState) { s.who = []string{"a", "b"} }), metDelta{recount: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := metChange(base, tc.after); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("metChange = %+v; want %+v", got, tc.want)
			}
		})
	}
}
