package roles

import "github.com/parley-dev/parley/extract/text"

// Issue 14's two-hundred-and-ninety-first round: a go-between's companion
// in the act.

// companionBrokers reads "together with Y", "along with Y", "jointly
// with Y" in the clause of a brokering act whose subject the story has
// made a mediator (a mediating verb, a go-between's trips, "acts as
// facilitator"): "X shuttled between the delegations along with Y"
// (p1780), "X, which is mediating the talks together with the Y
// government", "X, who acts as facilitator together with Y", "hosted the
// talks as guarantor together with Y" (p973). Unlike a bare "with" (coBrokers, which may name the
// other side of a deal), the companion words tell a second agent of the
// same act, person or body; Settle still keeps a side of the story out
// of the brokers. The phrase must come within twelve words of the act,
// before any comma or sentence break.
func (d *Reader) companionBrokers(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	for e := k + 1; e+1 < len(toks) && e <= k+12; e++ {
		if !toks[e].Word && toks[e].Text != "-" {
			return
		}
		if companionWords[toks[e].Lower] && toks[e+1].Lower == "with" {
			end := companionListEnd(toks, e+2)
			for _, m := range d.actorList(si, e+2) {
				if d.namedWithin(si, m, e+2, end) {
					d.mediator(r, m)
				}
			}
			return
		}
	}
}

// companionWords, before "with", join a second agent to the act:
// "together with", "along with", "jointly with".
var companionWords = lex("companionWords")

// companionListEnd: where the list after "together with" ends, at the
// first comma that a lower-case word other than "and" follows ("together
// with Norway, also attended the ceremony"), or at a sentence break.
func companionListEnd(toks []text.Token, k int) int {
	for e := k; e < len(toks); e++ {
		switch toks[e].Text {
		case ";", ":", ".":
			return e
		case ",":
			if e+1 < len(toks) && toks[e+1].Word && !toks[e+1].Cap && toks[e+1].Lower != "and" && toks[e+1].Lower != "the" {
				return e
			}
		}
	}
	return len(toks)
}

// namedWithin: actor a has a mention starting in tokens [i, j) of
// sentence si.
func (d *Reader) namedWithin(si, a, i, j int) bool {
	for _, m := range d.Ments[si] {
		if m.Actor == a && m.I >= i && m.I < j {
			return true
		}
	}
	return false
}
