package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-fifty-seventh round: "under mediation of EU
// High Representative X", "under the auspices of UN envoy X": the body's
// name opens the person's title, and the list read after "of" stopped at
// the body. The person whose title the body's name opens brokers with it
// (p1044).

// titledAfterBody is the person named right after the mention of a body
// ending at e, with only capitalised words of a title between ("EU" then
// "High Representative X"), or -1.
func (d *Reader) titledAfterBody(si, e int) int {
	toks := d.Sents[si].Toks
	for i := range d.Ments[si] {
		m := &d.Ments[si][i]
		if m.Kind != mention.Person || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person || m.I < e || m.I-e > 4 {
			continue
		}
		for j := e; j < m.I; j++ {
			if !toks[j].Word || !toks[j].Cap {
				return -1
			}
		}
		return m.Actor
	}
	return -1
}

// firstMentionAt is the mention opening at token k, past "the", or nil.
func (d *Reader) firstMentionAt(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	for i := range d.Ments[si] {
		if m := &d.Ments[si][i]; m.I == k && m.Actor >= 0 {
			return m
		}
	}
	return nil
}
