package roles

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// ofConjunctBrokers: the brokers a mediation noun's "of" phrase at k (the
// noun; "of" at k+1) names past its first item by "and of" — "under the
// joint facilitation of the UN envoy, A, and of President B" (p3157),
// "with the mediation of the presidents of X, A, and of Y, B" (p685). The
// second "of" repeats the first, so its object brokers too, and so does a
// person set off by commas in the first item, whom the title before him
// hid from the list. The phrase ends at a verb or a relative word: an
// "and of" past them belongs to another phrase.
func (d *Reader) ofConjunctBrokers(si, k int) []int {
	toks := d.Sents[si].Toks
	for e := k + 2; e+2 < len(toks) && e <= k+24; e++ {
		t := toks[e]
		if t.Text == ";" || t.Text == ":" || frame.RelativeWords[t.Lower] || frame.LooksVerb(toks, e) && !t.Cap {
			return nil
		}
		if t.Lower != "and" || toks[e+1].Lower != "of" {
			continue
		}
		ms := d.actorList(si, e+2)
		if len(ms) == 0 {
			if p, _ := d.titlePhrasePerson(si, e+2); p != nil {
				ms = append(ms, p.Actor)
			}
		}
		if len(ms) == 0 {
			return nil
		}
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I > k+2 && m.J <= e && m.Kind == mention.Person && !m.Desc && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person && toks[m.I-1].Text == "," {
				ms = append(ms, m.Actor)
			}
		}
		return ms
	}
	return nil
}
