package store

import (
	"cmp"
	"slices"
)

// The MET_WITH fold of metwith.go, computed in Go from meetings the
// caller holds in memory: the offline import writes the aggregates into
// the importer's files instead of rebuilding them after the import. Each
// property is the same fold over the pair's meetings as metGroup and
// metTop compute in Cypher, so the result is the one RebuildMet gives.

// metInput is what the aggregate needs of one meeting, as the graph
// holds it once written.
type metInput struct {
	id     string
	d      string   // dateStart, "" when undated
	actors []string // distinct attendee ids
	places []string // ids of the places it was held in
	// rep is its earliest published report (by the source's published,
	// then source id): the evidence and source id; hasRep false when it
	// has none.
	repEv, repSrc string
	hasRep        bool
}

// metAcc is one pair's aggregate as it is being folded.
type metAcc struct {
	lo, hi      string
	n           int64
	first, last string
	lmK         string // dateStart + " " + id of the latest meeting
	lmID        string
	lmEv, lmSrc string
	places      map[string]string // place id → latest dateStart there
}

// metCalc folds meetings into their pairs, in the order pairs first
// appear: all pairs, or those of one shard.
type metCalc struct {
	pairs map[[2]string]*metAcc
	order []*metAcc
	shard int // the pairs pairShard gives this one, or all when -1
}

func newMetCalc() *metCalc { return newMetShard(-1) }

func newMetShard(shard int) *metCalc {
	return &metCalc{pairs: map[[2]string]*metAcc{}, shard: shard}
}

// metShards is how many parts the offline import folds the MET_WITH
// aggregates in, in parallel, and writes them in, one file each: fixed,
// not the number of cores, so that the files are the same on every
// machine.
const metShards = 4

// pairShard is the shard of the pair lo, hi (FNV-1a of both ids), the
// same whatever the process.
func pairShard(lo, hi string) int {
	h := uint32(2166136261)
	for i := 0; i < len(lo); i++ {
		h = (h ^ uint32(lo[i])) * 16777619
	}
	h = (h ^ ' ') * 16777619
	for i := 0; i < len(hi); i++ {
		h = (h ^ uint32(hi[i])) * 16777619
	}
	return int(h % metShards)
}

// add folds one meeting into each pair of its attendees.
func (c *metCalc) add(m metInput) {
	k := m.d + " " + m.id
	ev, src := "", ""
	if m.hasRep {
		ev, src = m.repEv, m.repSrc
	}
	for i, a := range m.actors {
		for _, b := range m.actors[i+1:] {
			if a == b {
				continue
			}
			lo, hi := a, b
			if hi < lo {
				lo, hi = hi, lo
			}
			if c.shard >= 0 && pairShard(lo, hi) != c.shard {
				continue
			}
			p := c.pairs[[2]string{lo, hi}]
			if p == nil {
				p = &metAcc{lo: lo, hi: hi}
				c.pairs[[2]string{lo, hi}] = p
				c.order = append(c.order, p)
			}
			p.n++
			if m.d > "" {
				if p.first == "" || m.d < p.first {
					p.first = m.d
				}
				if m.d > p.last {
					p.last = m.d
				}
			}
			if p.lmID == "" || k > p.lmK {
				p.lmK, p.lmID, p.lmEv, p.lmSrc = k, m.id, ev, src
			}
			for _, pl := range m.places {
				if p.places == nil {
					p.places = map[string]string{}
				}
				if d, ok := p.places[pl]; !ok || m.d > d {
					p.places[pl] = m.d
				}
			}
		}
	}
}

// topPlaces is metTop: the metPlaces places met at most recently (latest
// date first, then place id), with that date (metUndated for none).
func (p *metAcc) topPlaces() (ids, dates []string) {
	ids = make([]string, 0, len(p.places))
	for id := range p.places {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		if c := cmp.Compare(p.places[b], p.places[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	ids = ids[:min(len(ids), metPlaces)]
	dates = make([]string, len(ids))
	for i, id := range ids {
		dates[i] = cmp.Or(p.places[id], metUndated)
	}
	return ids, dates
}

// earliestReport picks the report metMeeting takes: the smallest
// (published, source id).
func earliestReport(reps []metReport) (metReport, bool) {
	var best metReport
	found := false
	for _, r := range reps {
		if !found || r.published < best.published || (r.published == best.published && r.source < best.source) {
			best, found = r, true
		}
	}
	return best, found
}

type metReport struct {
	source, published, evidence string
}
