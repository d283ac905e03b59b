package roles

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// coordinatedAgent reads a second agent joined by "and" to a first one
// named after its title and a comma: "facilitated by the mission's head,
// X, and her deputy for minority affairs, Y" (p129), "by the bloc's
// special envoy, X, and U.S. envoy Y, who ..." (p287). The title run of
// the first agent ends at its name, so the list reading of "by" never
// reaches the second. The second conjunct must be a title phrase that
// closes on its person — a comma, a relative pronoun or the sentence's
// end after the name — so that a new clause ("chaired by A's envoy, X,
// and the B delegation was headed by Y", p265) adds nobody. first is
// the first agent's mention; nil when there is no second agent.
func (d *Reader) coordinatedAgent(si int, first *mention.Mention) *mention.Mention {
	toks := d.Sents[si].Toks
	j := first.J
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	if j >= len(toks) || toks[j].Lower != "and" {
		return nil
	}
	j++
	if j < len(toks) && (toks[j].Lower == "the" || possessiveDets[toks[j].Lower]) {
		j++
	}
	titled := false
	for e := j; e < len(toks) && e-j < 10; e++ {
		if q := d.personAt(si, e); q != nil && e > j {
			if titled && q.Actor >= 0 && closesAgent(toks, q.J) {
				return q
			}
			return nil
		}
		t := toks[e]
		switch {
		case t.Text == ",":
			// Only the comma that sets off the name.
			if e+1 >= len(toks) || d.personAt(si, e+1) == nil {
				return nil
			}
		case t.Text == "'s" || t.Text == "-" && t.Glued:
		case !t.Word && !t.Cap:
			return nil
		case auxWords[t.Lower] || t.Lower == "by":
			// A verb or a passive's agent: a new clause.
			return nil
		case mention.IsTitleWord(t.Lower):
			titled = true
		}
	}
	return nil
}

// closesAgent: the name ending before token e closes its phrase: the
// sentence ends, or a comma, a semicolon or a relative pronoun follows.
func closesAgent(toks []text.Token, e int) bool {
	if e >= len(toks) {
		return true
	}
	switch t := toks[e]; {
	case t.Text == "," || t.Text == ";" || t.Text == ".":
		return true
	default:
		return frame.RelativeWords[t.Lower]
	}
}
