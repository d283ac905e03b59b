package roles

import (
	"slices"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-fifty-fifth round: a mediator's assistants. "He
// is assisted by the Kenyan general A and the Sudanese general B" after
// the sentence naming the chief mediator (p838, p177): those who assist
// a mediator in the mediation broker with them. Only a subject already
// read as a mediator passes the role on, so that "The minister was
// assisted by his deputy" or a side's head "assisted by" advisers makes
// no mediator.

// assistVerbs take a mediator's assistants as their agents.
var assistVerbs = lex("assistVerbs")

// assistantsOfMediator reads the agents of the assist verb before the
// "by" at k, when its subject — a pronoun opening the sentence, read as
// the first person the sentence before names, or the person ending
// right before the verb's auxiliaries — is a mediator already.
func (d *Reader) assistantsOfMediator(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k < 2 || !assistVerbs[toks[k-1].Lower] {
		return
	}
	e := subjectEnd(toks, k-1)
	subj := -1
	switch {
	case e == 1 && (toks[0].Lower == "he" || toks[0].Lower == "she"):
		if si == 0 {
			return
		}
		for _, m := range d.Ments[si-1] {
			if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				subj = m.Actor
				break
			}
		}
	default:
		if m := d.MentionEndingAt(si, e); m != nil && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			subj = m.Actor
		}
	}
	if subj < 0 {
		return
	}
	chaired := slices.ContainsFunc(r.chairs, func(c chair) bool { return c.actor == subj })
	if !r.seenMed[[2]int{subj, 0}] && !chaired {
		return
	}
	for _, m := range d.assistants(si, k+1) {
		if chaired {
			// The chair's assistants chair with them, kept as the chair
			// is (Settle).
			d.chairOf(r, m)
		} else {
			d.mediator(r, m)
		}
	}
}

// assistants are the persons of the agent list from k: those byAgents
// reads, and a second titled person after "and" that it leaves ("the
// Kenyan general A and the former Finnish prime minister B").
func (d *Reader) assistants(si, k int) []int {
	var out []int
	for _, m := range d.byAgents(si, k) {
		if d.Cast.Actors[m].Kind == graph.Person {
			out = append(out, m)
		}
	}
	if len(out) != 1 {
		return out
	}
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.Actor != out[0] || m.I < k {
			continue
		}
		if m.J+1 < len(toks) && toks[m.J].Lower == "and" {
			if p := d.titledPersonAfter(si, m.J+1); p >= 0 && p != out[0] {
				out = append(out, p)
			}
		}
		break
	}
	return out
}

// titledPersonAfter is the person whose mention opens within seven words
// from k, past a title's words only (no punctuation, no other actor
// first); -1 when none.
func (d *Reader) titledPersonAfter(si, k int) int {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.I < k || m.Actor < 0 {
			continue
		}
		if m.I >= k+7 || d.Cast.Actors[m.Actor].Kind != graph.Person && !m.Desc {
			return -1
		}
		if m.Desc {
			continue
		}
		for i := k; i < m.I; i++ {
			if !toks[i].Word {
				return -1
			}
		}
		return m.Actor
	}
	return -1
}
