package roles

import "github.com/parley-dev/parley/extract/text"

// tieOpenVerbs, tieAgreeVerbs and tieTimeWords read two states opening
// diplomatic relations.
var (
	tieOpenVerbs  = lex("tieOpenVerbs")
	tieAgreeVerbs = lex("tieAgreeVerbs")
	tieTimeWords  = lex("tieTimeWords")
)

// openedTiesRoles reads the sides of a normalization from the verb at k
// that opens diplomatic relations: "A and B established diplomatic
// relations" (p2379), "A and B today decided to establish diplomatic
// relations" (p2381), "A established diplomatic ties with B" (p1970).
// Unlike a rift (riftRoles), which most often tells no talks, opening
// relations is a step the two governments agreed, so the two are the
// sides of a negotiation on their own evidence, with no broker needed.
// Only "diplomatic" ties are read: "established trade ties" tells no
// such step; nor does one dated to a past year (datedStep).
func (d *Reader) openedTiesRoles(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	e := k + 1
	diplomatic := false
	for e < len(toks) && e-k < 4 && tieModifiers[toks[e].Lower] {
		diplomatic = diplomatic || toks[e].Lower == "diplomatic"
		e++
	}
	if !diplomatic || e >= len(toks) || !tieNouns[toks[e].Lower] {
		return
	}
	if datedStep(toks, e+1) {
		return
	}
	v := k
	if v > 1 && toks[v-1].Lower == "to" && tieAgreeVerbs[toks[v-2].Lower] {
		v -= 2
	}
	for v > 0 && tieTimeWords[toks[v-1].Lower] {
		v--
	}
	subj := d.listEndingAt(si, subjectEnd(toks, v))
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
	for _, p := range sides {
		d.pairRole(r, p[0], p[1], topic)
	}
}

// datedStep: the clause after the tie noun, to its comma or the end,
// holds a year ("established diplomatic relations in 1965"): the step is
// background history a story cites (p122), not the news of the day,
// which tells its day ("today", "on Sunday").
func datedStep(toks []text.Token, i int) bool {
	for ; i < len(toks) && toks[i].Text != "," && toks[i].Text != ";"; i++ {
		if isYear(toks[i].Text) {
			return true
		}
	}
	return false
}
