package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-ninth round: the sides a broker went to see.

// sidesSeenApart notes the sides a broker met apart: a
// person the story makes a mediator (or who serves a body it makes one:
// "Yevgeny Primakov, head of the Russian commission", Russia brokering)
// who, at held meetings of their own, saw people of exactly two sides,
// one side at each — "the envoy met the king in Rabat and flew on to the
// Polisario's camps" — went between those two, as a go-between "shuttled
// between A and B" does. Every other person at those meetings must sit
// for one known side that is neither the broker's nor a broker: a
// meeting that mixes sides, or a person of no known side, leaves the
// visit unread. Two people of one state seen apart, who meet nowhere in
// the story ("the mediator met the exiled president in New York and the
// army commander at his headquarters"), are that state's rival leaders,
// the sides themselves. Settle takes the pair only where the story names no
// sides of its own (sidesSeenApartPairs).
func (d *Reader) sidesSeenApart(ms []meeting.Frame, r *Roles) {
	isMed := map[int]bool{}
	for _, m := range r.mediators {
		isMed[m] = true
	}
	for x, a := range d.Cast.Actors {
		if a.Kind != graph.Person || !isMed[x] && !isMed[d.Side(x)] {
			continue
		}
		own := d.Side(x)
		var sides, heads []int
		ok := true
		for _, m := range ms {
			if m.Status != graph.Held || !slices.Contains(m.Parts, x) {
				continue
			}
			side, head := -1, -1
			for _, p := range m.Parts {
				if p == x || isMed[p] || own >= 0 && d.Side(p) == own {
					continue
				}
				sd := d.Side(p)
				if sd < 0 || !d.IsSide(sd) || isMed[sd] || side >= 0 && sd != side {
					ok = false
					break
				}
				side = sd
				if head < 0 && d.Cast.Actors[p].Kind == graph.Person {
					head = p
				}
			}
			if !ok {
				break
			}
			if side >= 0 && !slices.Contains(sides, side) {
				sides = append(sides, side)
			}
			if head >= 0 && !slices.Contains(heads, head) {
				heads = append(heads, head)
			}
		}
		if ok && len(sides) == 2 {
			r.visited = append(r.visited, Pair{A: min(sides[0], sides[1]), B: max(sides[0], sides[1]), Topic: "negotiations", weak: true})
		}
		if ok && len(sides) == 1 && len(heads) == 2 && d.Cast.Actors[sides[0]].Kind == graph.State && !metTogether(ms, heads[0], heads[1]) {
			r.visited = append(r.visited, Pair{A: min(heads[0], heads[1]), B: max(heads[0], heads[1]), Topic: "negotiations", weak: true})
		}
	}
}

// metTogether: a held meeting of the story has both a and b.
func metTogether(ms []meeting.Frame, a, b int) bool {
	return slices.ContainsFunc(ms, func(m meeting.Frame) bool {
		return m.Status == graph.Held && slices.Contains(m.Parts, a) && slices.Contains(m.Parts, b)
	})
}

// sidesSeenApartPairs is Settle's fallback after looseFallback: with
// brokers and no pair, the two sides a broker saw apart.
func (r *Roles) sidesSeenApartPairs(pairs []Pair, meds []int, isMed map[int]bool) []Pair {
	if len(pairs) > 0 || len(meds) == 0 || r.noBroker {
		return pairs
	}
	for _, v := range r.visited {
		if !isMed[v.A] && !isMed[v.B] {
			return append(pairs, v)
		}
	}
	return pairs
}
