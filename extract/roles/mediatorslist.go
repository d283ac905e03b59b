package roles

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-fifty-fifth round: the persons a plural
// mediators' noun introduces, each with an apposition or a title of its
// own: "The mediators — A, the AU envoy, and B, Ethiopia's special envoy
// — announced the deal" (p962), "The mediators, A and B of X, the
// Archbishop of Y C and the Italian deputy D, carried the texts" (p846).
// The plain list ("the mediators, A and B,") is read by apposedMediators;
// an apposition or a title inside it ends that list at its first item.

// apposedListOpeners open the list after the noun.
var apposedListOpeners = map[string]bool{",": true, "—": true, "–": true, "-": true, ":": true}

// apposedListGoesOn are the words after a comma inside the list that
// keep it going: an apposition's determiner or a further item.
var apposedListGoesOn = lex("apposedListGoesOn")

// mediatorPersonsListed reads the list after the plural mediator noun at
// k: with a dash the list runs to the closing dash; with a comma or a
// colon, to a comma followed by anything but an apposition's determiner,
// "and", or a capitalised word (the clause's verb: "..., carried the
// texts"). Every person named in it, two at least, is a mediator, and
// with them the body an "of" phrase after the noun names ("the mediators
// of the OSCE Minsk Group - A of X, B of Y and C of Z -"). Nil
// when the noun is singular, nothing opens a list, the list opens with a
// lower-case word other than a determiner ("the mediators, who met A and
// B, said"), or fewer than two persons are named.
func (d *Reader) mediatorPersonsListed(si, k int) []int {
	toks := d.Sents[si].Toks
	if !strings.HasSuffix(toks[k].Lower, "s") || k+2 >= len(toks) {
		return nil
	}
	// "the mediators of the OSCE Minsk Group - A of X, B of Y and C of Z
	// -": the body the mediators serve, before the list.
	o, body := k+1, -1
	if toks[k+1].Lower == "of" {
		m := d.FirstActor(si, k+2, 2, false)
		if m == nil || d.Cast.Actors[m.Actor].Kind == graph.Person || m.J+1 >= len(toks) {
			return nil
		}
		o, body = m.J, m.Actor
	}
	if !apposedListOpeners[toks[o].Text] {
		return nil
	}
	if f := toks[o+1]; !f.Cap && !apposedListGoesOn[f.Lower] {
		// "the mediators, who met A and B, said": a relative clause,
		// whose objects are no mediators.
		return nil
	}
	open := toks[o].Text
	dash := open != "," && open != ":"
	end := -1
	for i := o + 1; i < len(toks) && i < o+45; i++ {
		t := toks[i]
		if t.Text == "." || t.Text == ";" || t.Text == "(" {
			break
		}
		if dash && t.Text == open {
			end = i
			break
		}
		if !dash && t.Text == "," && i+1 < len(toks) {
			n := toks[i+1]
			if !n.Cap && !apposedListGoesOn[n.Lower] {
				end = i
				break
			}
		}
	}
	if end < 0 {
		return nil
	}
	var out []int
	for _, m := range d.Ments[si] {
		if m.I <= o || m.J > end || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if !slices.Contains(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	if len(out) < 2 {
		return nil
	}
	if body >= 0 {
		out = append(out, body)
	}
	return out
}
