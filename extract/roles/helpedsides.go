package roles

// Issue 14's two-hundred-and-ninety-eighth round: a third party told by
// the help it gives both sides, "the bloc charged A and B to help the
// two parties settle their quarrel", "Norway's role is to help both
// sides resume": the two sides are the ones helped, so the actors
// named right before "to help" (a pair or list, or the possessor of a
// "role") broker between them, and are no pair of sides of their own
// (p1823, p1645).

// helpedSides are the plural side nouns after "help the two".
var helpedSides = lex("helpedSides")

// helpedSidesBrokers reads "to help the two parties", "to help both sides"
// at k ("help"): the actors named right before "to" are mediators.
func (d *Reader) helpedSidesBrokers(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if toks[k].Lower != "help" || k < 2 || toks[k-1].Lower != "to" || k+2 >= len(toks) {
		return
	}
	n := k + 1
	switch {
	case toks[n].Lower == "the" && toks[n+1].Lower == "two":
		n += 2
	case toks[n].Lower == "both":
		n++
	default:
		return
	}
	if n >= len(toks) || !helpedSides[toks[n].Lower] {
		return
	}
	e := k - 1
	// "X's role was to help": the role's possessor.
	if e >= 3 && roleCopulas[toks[e-1].Lower] && toks[e-2].Lower == "role" && toks[e-3].Text == "'s" {
		e -= 3
	}
	for _, a := range d.listEndingAt(si, e) {
		d.mediator(r, a)
	}
}
