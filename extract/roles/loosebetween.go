package roles

import (
	"github.com/parley-dev/parley/extract/mention"
)

// Issue 14's hundred-and-seventieth round: sides told apart from the
// brokering.

// looseBetween notes "between A and B" where A and B are two collectives
// named right after "between" — "relations between A and B", "the
// frontier between A and B" — whatever noun the phrase hangs from. Alone
// it makes no negotiation (a border, a trade route or a friendship lies
// between two states as often); Settle reads it only when the story has a
// broker and no sides at all ("X signed the principles of relations
// between A and B" after "the two first met through the good offices of
// C"): the brokered process then is between them.
func (d *Reader) looseBetween(si int, r *Roles) {
	toks := d.Sents[si].Toks
	for k, t := range toks {
		if t.Lower != "between" || datedInstrumentBetween(toks, k) {
			// "under an 1890 treaty between A and B": an old instrument's
			// signatories (datedinstrument.go) are no fallback sides.
			continue
		}
		a, b := d.arg.BetweenPair(si, k)
		if a == nil || b == nil || a.Actor < 0 || b.Actor < 0 || a.Actor == b.Actor {
			continue
		}
		n := a.J
		for n < b.I && toks[n].Lower != "and" {
			n++ // over the head noun of a demonym: "the Ruritanian government and"
		}
		if !d.looseSide(a, k+1) || !d.looseSide(b, n+1) {
			continue
		}
		r.loose = append(r.loose, Pair{A: min(a.Actor, b.Actor), B: max(a.Actor, b.Actor), Topic: d.topicAt(&d.Sents[si], k), weak: true})
	}
}

// looseSide: the mention names a collective by itself (no person, no city
// standing for its state) and starts at k or after one "the" there.
func (d *Reader) looseSide(m *mention.Mention, k int) bool {
	if m.Kind == mention.Person || m.Kind == mention.City || m.Desc || !d.IsSide(m.Actor) {
		return false
	}
	return m.I == k || m.I == k+1
}

// looseFallback is Settle's last resort: with brokers and no pair, the
// first "between A and B" of collectives that are neither brokers.
func (r *Roles) looseFallback(pairs []Pair, meds []int, isMed map[int]bool) []Pair {
	if len(pairs) > 0 || len(meds) == 0 || r.noBroker {
		return pairs
	}
	for _, l := range r.loose {
		if isMed[l.A] || isMed[l.B] {
			continue
		}
		return append(pairs, l)
	}
	return pairs
}
