package roles

import "github.com/parley-dev/parley/extract/mention"

// Issue 14's hundred-and-seventieth round: a body that carries the
// messages between two sides.

// bodyShuttler: a participle after a comma carrying messages ("A
// delegation from B was in the capital, carrying messages between the
// rebels and the government") whose sentence opens with a delegation,
// team or envoy "from" or "of" a collective: the collective is the go-between (shuttleSubject reads a person
// there, and a person named after B is no subject: "A delegation from B
// was in X-held Y, carrying ..."). A collective that is one of the two the messages go between is
// none.
func (d *Reader) bodyShuttler(si, k int) []int {
	toks := d.Sents[si].Toks
	v := k - 1
	for v >= 0 && auxWords[toks[v].Lower] {
		v--
	}
	if v < 0 || toks[v].Text != "," {
		return nil
	}
	o := 0
	if o < len(toks) && (toks[o].Lower == "a" || toks[o].Lower == "an" || toks[o].Lower == "the") {
		o++
	}
	if o+1 < len(toks) && toks[o].Word && !toks[o].Cap && !delegationNouns[toks[o].Lower] {
		o++ // one modifier: "a high-level delegation", "a royal envoy"
	}
	if o+2 >= len(toks) || !delegationNouns[toks[o].Lower] || toks[o+1].Lower != "from" && toks[o+1].Lower != "of" {
		return nil
	}
	var body *mention.Mention
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I >= v {
			break
		}
		if body == nil && m.I == o+2 && m.Actor >= 0 && m.Kind != mention.City && d.IsSide(m.Actor) {
			body = m
		}
	}
	if body == nil {
		return nil
	}
	if b := shuttleBetween(toks, k); b >= 0 {
		if x, y := d.arg.BetweenPair(si, b); x != nil && x.Actor == body.Actor || y != nil && y.Actor == body.Actor {
			return nil
		}
	}
	return []int{body.Actor}
}

// delegationNouns open a body sent by a side: "a delegation from B".
var delegationNouns = lex("bodyShuttlerNouns")
