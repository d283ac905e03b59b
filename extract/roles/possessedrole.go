package roles

import (
	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-fifty-seventh round: "X ended Y's role as
// mediator", "thanked the OAS for its role as facilitator", "asked X to
// continue his role as facilitator" (p3379, p2741, p55). The role is its
// possessor's, not the clause subject's that the plain "as" reading
// takes: Y, or the actor the possessive pronoun stands for.

// possessedRoleNouns name a part one plays, owned by a possessive before
// it and told by "as" after it.
var possessedRoleNouns = lex("possessedRoleNouns")

// possessedRoleMediator reads the "as" at a after "Y's role" or "its
// role": the possessor brokers. It reports whether the construction was
// there with a possessor found; the caller then reads nothing else of it.
func (d *Reader) possessedRoleMediator(si, a int, r *Roles) bool {
	toks := d.Sents[si].Toks
	n := a - 1
	if n < 1 || !possessedRoleNouns[toks[n].Lower] {
		return false
	}
	p := n - 1
	if toks[p].Text == "'s" || toks[p].Text == "'" {
		m := d.MentionEndingAt(si, p)
		if m == nil || m.Actor < 0 || m.Desc {
			return false
		}
		d.mediator(r, m.Actor)
		return true
	}
	if !possessiveDets[toks[p].Lower] {
		return false
	}
	// A pronoun: the last actor named before it in the sentence whose kind
	// it may stand for ("its" a body or state, "his"/"her" a person).
	own := -1
	for _, m := range d.Ments[si] {
		if m.J > p {
			break
		}
		if m.Actor < 0 || m.Desc {
			continue
		}
		person := d.Cast.Actors[m.Actor].Kind == graph.Person
		switch toks[p].Lower {
		case "its":
			if !person {
				own = m.Actor
			}
		case "his", "her":
			if person {
				own = m.Actor
			}
		default:
			own = m.Actor
		}
	}
	if own < 0 {
		return false
	}
	d.mediator(r, own)
	return true
}
