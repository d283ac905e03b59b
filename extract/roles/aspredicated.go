package roles

import (
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// The subject of a mediator's predicate set off from it by an apposition.
// The actor an "as <mediator noun>" phrase is said of, when it is not at
// the head of the clause: a subject right before its verb after a
// relative clause or an apposition (p202: "The commission, which A, B and
// C set up, had offered to mediate, and its executive secretary, X,
// attended the talks as a facilitator"): X, not the states of the
// relative clause that opens the clause as read. (The absolute "with X as
// mediator", p203, was one article's construction and is not read.)

// asPredicated records the mediator of the "as" at token a when the
// construction names it, and reports whether it did.
func (d *Reader) asPredicated(si, a int, r *Roles) bool {
	toks := d.Sents[si].Toks
	if m := d.MentionEndingAt(si, a); m != nil && m.Actor >= 0 {
		// "X as mediator": the default reading's.
		return false
	}
	// The last actor before "as" whose next word (past a comma) is a
	// lower-case verb, with no actor between them: the verb's subject.
	cs, _ := d.Sents[si].Clause(max(0, a-1))
	var subj int = -1
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.J > a {
			break
		}
		if m.I < cs || m.Actor < 0 || m.Desc {
			continue
		}
		subj = -1
		v := m.J
		if v < a && toks[v].Text == "," {
			v++
		}
		if v < a && v > m.J && toks[v].Word && !toks[v].Cap && !functionWords[toks[v].Lower] {
			// Only past a comma: "X attended" right after its name is the
			// clause's own subject, which the default reading takes.
			subj = m.Actor
		}
	}
	if subj < 0 {
		return false
	}
	d.mediator(r, subj)
	return true
}

// apposedSubject: a person's name, then an apposition between commas that
// ends at e, then the mediating verb: "X, head of the Y centre,
// facilitated the talks" (p204), as "its executive secretary, X,
// attended the talks as a facilitator" (p202) names the person on the
// other side of the apposition. The person, not a body named inside the
// apposition, is the verb's subject.
func (d *Reader) apposedSubject(si, e int) []int {
	toks := d.Sents[si].Toks
	if e < 2 || toks[e-1].Text != "," {
		return nil
	}
	// A body's name in the apposition may be long: up to 16 words.
	c := e - 2
	for c > 0 && c >= e-16 && toks[c].Text != "," {
		c--
	}
	if c <= 0 || toks[c].Text != "," {
		return nil
	}
	m := d.MentionEndingAt(si, c)
	if m != nil && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
		return []int{m.Actor}
	}
	if m != nil && m.Actor >= 0 && !m.Desc && capacityApposition(toks, c+1) {
		// "X, in its capacity as chair of Y, facilitated the meeting",
		// "X, as chair of Y, convened the talks" (p856): an apposition
		// that tells in what capacity leaves any actor, state or body,
		// the verb's subject.
		return []int{m.Actor}
	}
	if b := d.describedBody(si, c); b != nil {
		// "The X Foundation, a Swiss charity, mediated"
		// (describedbody.go).
		return []int{b.Actor}
	}
	// "President X of Algeria, the union's chairman, brokered" (p217).
	if p := d.ofComplementPerson(si, m); p != nil {
		return []int{p.Actor}
	}
	return nil
}

// capacityApposition: the apposition opening at a tells in what capacity
// its subject acts: "as chair of Y", "in its capacity as chair of Y".
func capacityApposition(toks []text.Token, a int) bool {
	if a < len(toks) && toks[a].Lower == "as" {
		return true
	}
	return a+3 < len(toks) && toks[a].Lower == "in" && possessiveDets[toks[a+1].Lower] &&
		toks[a+2].Lower == "capacity" && toks[a+3].Lower == "as"
}
