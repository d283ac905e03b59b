package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-ninety-second round: time spent on a mediation
// tells who brokers it. "X, who has spent nearly two years on the
// mediation between A and B, waited" and "X has spent months on the
// mediation" name X a mediator, as spending time carrying texts between
// the sides does (spentBefore). The noun must follow "on" and a
// determiner ("on the mediation", "on his mediation") and end its phrase
// (no "mediation team" or "mediation's"), the spending verb must stand at
// most six words before it, and the subject is a person: the one whose
// relative clause or apposition holds the verb, or the clause's subject
// right before it.
func (d *Reader) spentOnMediation(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k < 3 || !mediationNoun(toks, k) || toks[k-2].Lower != "on" || !spentMediationDets[toks[k-1].Lower] {
		return
	}
	if k+1 < len(toks) && toks[k+1].Word && !spentMediationAfter[toks[k+1].Lower] {
		return // "on the mediation team", "on the mediation's terms"
	}
	v := spentBefore(toks, k-2)
	if v == k-2 {
		return
	}
	e := subjectEnd(toks, v)
	if e == v && v > 0 && toks[v-1].Text == "," {
		return // "..., spending months on the mediation": no subject here
	}
	m := d.MentionEndingAt(si, e)
	if m == nil && e > 1 && toks[e-1].Text == "," {
		// "X, a Kenyan diplomat, who has spent": the name before the
		// apposition.
		m = d.MentionEndingAt(si, appositionStart(toks, e))
	}
	if m == nil || m.Actor < 0 || m.Kind != mention.Person || d.Cast.Actors[m.Actor].Kind != graph.Person {
		return
	}
	d.mediator(r, m.Actor)
}

// spentMediationDets stand between "on" and the mediation noun.
var spentMediationDets = lex("spentMediationDets")

// spentMediationAfter may follow the noun inside its phrase's end.
var spentMediationAfter = lex("spentMediationAfter")
