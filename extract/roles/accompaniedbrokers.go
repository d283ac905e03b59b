package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-sixty-sixth round: a broker's companions,
// "He was accompanied by the Tunisian Prime Minister, Mr A, and the
// Kuwaiti Defence Minister, Sheikh B" after a sentence on the mediator
// (p627), "X was accompanied by UN envoy A and EU special representative
// B" (p3400). The people a broker brings along on the mission broker
// with them. Read after every other rule, since whether the subject
// brokers is told anywhere in the story.

// AccompaniedMediators: in "S was (is) accompanied by L", with S a person
// opening the sentence (or "He"/"She" opening it, standing for the first
// person of the sentence before) whom the story has made a mediator on
// evidence of their own or as a chair of talks, the people of the list L are mediators too.
// Settle still keeps a side of the story out of the brokers.
func (d *Reader) AccompaniedMediators(r *Roles) {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for k := 2; k+2 < len(toks); k++ {
			if toks[k].Lower != "accompanied" || toks[k+1].Lower != "by" || toks[k-1].Lower != "was" && toks[k-1].Lower != "is" {
				continue
			}
			s := d.accompaniedSubject(si, k-1)
			if s < 0 || !r.direct[s] && !r.chairedBy(s) {
				continue
			}
			for _, m := range d.companionPeople(si, k+2) {
				if m != s {
					d.mediator(r, m)
				}
			}
		}
	}
}

// chairedBy: person a chairs talks of the story (chairOf), which Settle
// keeps as brokering unless a is a side.
func (r *Roles) chairedBy(a int) bool {
	for _, c := range r.chairs {
		if c.actor == a {
			return true
		}
	}
	return false
}

// companionPeople: the people named from token i to the end of the
// clause (a relative pronoun or a semicolon ends it), their posts and
// states passed over; a person after "of" is told only to describe
// another ("Y, the wife of Z"), no companion.
func (d *Reader) companionPeople(si, i int) []int {
	toks := d.Sents[si].Toks
	end := len(toks)
	for e := i; e < len(toks); e++ {
		if toks[e].Text == ";" || frame.RelativeWords[toks[e].Lower] {
			end = e
			break
		}
	}
	var out []int
	for _, m := range d.Ments[si] {
		if m.I < i || m.I >= end || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(out, m.Actor) {
			continue
		}
		if m.I > 0 && toks[m.I-1].Lower == "of" {
			continue
		}
		out = append(out, m.Actor)
	}
	return out
}

// accompaniedSubject: the person whose name fills the tokens before the
// auxiliary at v, from the sentence's start; or, for "He"/"She" alone
// there, the first person named in the sentence before. Else -1.
func (d *Reader) accompaniedSubject(si, v int) int {
	toks := d.Sents[si].Toks
	if v == 1 && (toks[0].Lower == "he" || toks[0].Lower == "she") {
		if si == 0 {
			return -1
		}
		for _, m := range d.Ments[si-1] {
			if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return m.Actor
			}
		}
		return -1
	}
	for _, m := range d.Ments[si] {
		if m.I == 0 && m.J == v && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return m.Actor
		}
	}
	return -1
}
