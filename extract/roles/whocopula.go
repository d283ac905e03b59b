package roles

import "github.com/parley-dev/parley/extract/mention"

// Issue 14's two-hundred-and-fifty-seventh round: the post of mediator
// told in a relative clause on a person, "President X of B, who was the
// facilitator of the talks since they began", "X, who remains the chief
// mediator". copulaMediator read the copula's subject only as the name
// right before it or the name opening the sentence; "who" stood between.

// whoCopulaSubject is the person a ", who" right before the copula at v
// describes: the name before the comma, or the person whose title a state
// after "of" completes ("President X of B"). -1 when there is none or it
// is no person.
func (d *Reader) whoCopulaSubject(si, v int) int {
	toks := d.Sents[si].Toks
	if v < 3 || toks[v-1].Lower != "who" || toks[v-2].Text != "," {
		return -1
	}
	m := d.MentionEndingAt(si, v-2)
	if p := d.ofComplementPerson(si, m); p != nil {
		m = p
	}
	if m == nil || m.Actor < 0 || m.Desc || m.Kind != mention.Person {
		return -1
	}
	return m.Actor
}
