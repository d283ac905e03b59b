package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// signVerbs take the signatories as agents ("signed by").
var signVerbs = lex("signedByVerbs")

// signedByRoles reads "The accord was signed by A, by B and by C"
// (p242, p251, p253): a chain of two or more agents, each with its own
// "by", names the sides of the accord. A signatory "for" a state or group
// ("by X for the government") signs as that side. Pairs with a signatory
// the story makes a mediator (the facilitator who signs as witness) are
// dropped when the roles settle.
func (d *Reader) signedByRoles(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	var agents []int
	for j := k; j >= 0; {
		m := d.signatoryAt(si, j+1)
		if m == nil {
			break
		}
		a := m.Actor
		e := m.J
		for ; e < len(toks) && toks[e].Text != "," && toks[e].Lower != "and" && toks[e].Lower != "by"; e++ {
			if toks[e].Lower == "for" && a == m.Actor {
				if x := d.FirstActor(si, e+1, 2, true); x != nil && d.IsSide(x.Actor) {
					a = x.Actor
					e = x.J - 1
				}
			}
		}
		agents = append(agents, a)
		j = nextSignatoryBy(toks, e)
	}
	if len(agents) < 2 {
		return
	}
	topic := d.topicAt(&d.Sents[si], k)
	// Weak: a signatory may sign as witness or guarantor, which the
	// story may tell elsewhere.
	r.weakRoles = true
	for i := range agents {
		for j := i + 1; j < len(agents); j++ {
			r.signers, r.people = &[2]int{agents[i], agents[j]}, true
			d.pairRole(r, agents[i], agents[j], topic)
			r.signers, r.people = nil, false
		}
	}
	r.weakRoles = false
}

// signatoryAt is the first actor named within four tokens of k, before
// any comma or "by", a person rather than the state their post is told
// of: the signatory of one "by" phrase.
func (d *Reader) signatoryAt(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	for e := k; e < len(toks) && e < k+4; e++ {
		if toks[e].Text == "," || toks[e].Lower == "by" {
			return nil
		}
		if p := d.personAt(si, e); p != nil {
			return p
		}
		for mi := range d.Ments[si] {
			if m := &d.Ments[si][mi]; m.I == e && m.Actor >= 0 {
				if m.J < len(toks) && (toks[m.J].Text == "'s" || toks[m.J].Text == "'") {
					break // "by B's Prime Minister, X": the person signs
				}
				if m.Desc {
					if p := d.apposedPerson(si, m.J); p != nil {
						return p
					}
				}
				return m
			}
		}
	}
	return nil
}

// nextSignatoryBy is the index of the "by" that opens the next phrase of
// the chain — right after ",", "and" or ", and" at e — else -1.
func nextSignatoryBy(toks []text.Token, e int) int {
	for i := e; i < len(toks) && i < e+3; i++ {
		switch {
		case toks[i].Lower == "by":
			return i
		case toks[i].Text == "," || toks[i].Lower == "and":
		default:
			return -1
		}
	}
	return -1
}
