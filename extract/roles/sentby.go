package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's thirty-first round: a mediator sent by a body brokers for it.

// senderVerbs: "X, the former president sent by B", "X, the facilitator
// named by B".
var senderVerbs = lex("senderVerbs")

// sentByRole reads the participle at k, a sender verb before "by": the
// body after "by" sent the person whose apposition the participle closes
// ("X, the former Nigerian president sent by B", p222; "X, South
// Africa's deputy president and the facilitator named by B", p221).
// Settle makes B a mediator when X is one, in place of the state X's own
// post serves.
func (d *Reader) sentByRole(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	b := k + 2
	if b < len(toks) && toks[b].Lower == "the" {
		b++
	}
	ms := d.actorList(si, b)
	if len(ms) == 0 || d.Cast.Actors[ms[0]].Kind == graph.Person {
		return
	}
	body := ms[0]
	// Walk back over the apposition to its comma: no other comma, clause
	// or sentence boundary and no other person between.
	for c := k - 1; c >= 1 && k-c <= 12; c-- {
		t := toks[c]
		if t.Text == "," {
			if c+1 < k && !appositionOpens(toks[c+1]) {
				return
			}
			m := d.MentionEndingAt(si, c)
			if m != nil && m.Actor >= 0 && m.Kind == mention.Person {
				r.sentBy = append(r.sentBy, [2]int{m.Actor, body})
			}
			return
		}
		if !t.Word && t.Text != "'s" && t.Text != "'" && t.Text != "-" || mention.Auxiliaries[t.Lower] || functionWords[t.Lower] && !appositionDets[t.Lower] && !appositionLinks[t.Lower] {
			return
		}
	}
}

// appositionLinks join the words of a title phrase: "the envoy of the
// union and its chief facilitator".
var appositionLinks = map[string]bool{"and": true, "of": true, "for": true}

// appositionOpens: an apposition opens with a determiner ("the former
// president") or a name ("South Africa's deputy president").
func appositionOpens(t text.Token) bool { return t.Cap || appositionDets[t.Lower] }
