package roles

// severVerbs, tieNouns and tieModifiers read a rift between states.
var (
	severVerbs   = lex("severVerbs")
	tieNouns     = lex("tieNouns")
	tieModifiers = lex("tieModifiers")
)

// riftRoles reads the sides of a rift from the verb at k that breaks or
// mends relations: "A, B and C cut their ties with D" (p240), "A and B
// restored full diplomatic relations" (p249). A rift is a dispute; its
// sides are a negotiation's only where the story has a third party
// brokering it (Settle), since most rifts told are no talks.
func (d *Reader) riftRoles(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	e := k + 1
	for e < len(toks) && e-k < 4 && tieModifiers[toks[e].Lower] {
		e++
	}
	if e >= len(toks) || !tieNouns[toks[e].Lower] {
		return
	}
	subj := d.listEndingAt(si, subjectEnd(toks, k))
	var sides [][2]int
	if e+1 < len(toks) && toks[e+1].Lower == "with" {
		for _, b := range d.actorList(si, e+2) {
			for _, a := range subj {
				sides = append(sides, [2]int{a, b})
			}
		}
	} else {
		for i := range subj {
			for j := i + 1; j < len(subj); j++ {
				sides = append(sides, [2]int{subj[i], subj[j]})
			}
		}
	}
	topic := d.topicAt(&d.Sents[si], k)
	prev := r.weakRoles
	r.weakRoles, r.brokered = true, true
	for _, p := range sides {
		d.pairRole(r, p[0], p[1], topic)
	}
	r.weakRoles, r.brokered = prev, false
}
