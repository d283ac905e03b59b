package roles

// amongNegNouns name a negotiation whose sides an "among" list may give:
// "talks among A, B and C", "a deal among A, B and C". The nouns of a
// gathering ("a summit among") are left out: a summit's members are no
// sides by that.
var amongNegNouns = lex("amongNegNouns")

// amongSides reads "talks among A, B and C" at the "among" at k: the
// states and groups listed are the sides of one negotiation, as "talks
// between A and B" are for two. Every two of them are paired; talks
// framed as cooperation or a case taken to a court join none.
func (d *Reader) amongSides(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k == 0 || k+1 >= len(toks) || !amongNegNouns[compound(toks, k-1)] || cooperationFramed(toks) || adjudicated(toks) {
		return
	}
	var sides []int
	for _, m := range d.actorList(si, k+1) {
		if s := d.Side(m); s >= 0 && d.IsCollective(s) {
			sides = append(sides, m)
		}
	}
	if len(sides) < 2 {
		return
	}
	topic := d.topicAt(&d.Sents[si], k-1)
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			d.pairRole(r, sides[i], sides[j], topic)
		}
	}
}
