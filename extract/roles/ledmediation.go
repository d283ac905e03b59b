package roles

import "github.com/parley-dev/parley/extract/text"

// ledMediationWith reads "the mediation he led with A and B", "the
// mediation Qatar conducted with A": the act of brokering named by its
// noun, led by one agent "with" others, makes those others co-brokers. The
// agent is one word or a name between the noun and the verb; the list
// after "with" is read as actors (actorList). A mediation "with" a side
// ("talks with the rebels") has no leading verb before "with" and is not
// read.
func (d *Reader) ledMediationWith(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if !mediationNoun(toks, k) {
		return
	}
	for v := k + 2; v < len(toks) && v <= k+4; v++ {
		if !ledMediationVerb(toks[v]) {
			if toks[v].Text == "," || toks[v].Lower == "with" {
				return
			}
			continue
		}
		if v+1 < len(toks) && toks[v+1].Lower == "with" {
			for _, m := range d.actorList(si, v+2) {
				d.mediator(r, m)
			}
		}
		return
	}
}

// ledMediationVerb: a verb of leading a mediation, "led" or "conducted".
func ledMediationVerb(t text.Token) bool {
	return t.Lower == "led" || t.Lower == "conducted" || t.Lower == "leads" || t.Lower == "conducts"
}
