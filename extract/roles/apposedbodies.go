package roles

// Issue 14's two-hundred-and-sixty-third round: states or bodies that
// broker talks are often told with what they are set off by commas
// between them and the verb, "A and B, the conference's two sponsors,
// brokered the gathering" (p1615), "X, the council of the country's
// churches, had brokered the talks" (p190). The apposition names no one
// of its own: the states or bodies before it are the verb's subject, as
// a person before "head of the Y centre," is (apposedSubject).

// apposedBodies is the list of actors before an apposition ending at the
// comma e-1 that a determiner opens and that names no actor: "A and B,
// the two sponsors, brokered". An apposition that names an actor ("X,
// the capital of Y,") may be the subject itself, and is left unread.
func (d *Reader) apposedBodies(si, e int) []int {
	toks := d.Sents[si].Toks
	if e < 3 || toks[e-1].Text != "," {
		return nil
	}
	c := e - 2
	for c > 0 && c >= e-12 && toks[c].Text != "," {
		c--
	}
	if c <= 0 || toks[c].Text != "," || !appositionDets[toks[c+1].Lower] {
		return nil
	}
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.Actor >= 0 && m.I > c && m.I < e-1 {
			return nil
		}
	}
	return d.listEndingAt(si, c)
}
