package roles

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-twenty-fifth round: the sides of a
// many-party accord told as its list of signatories, "The signatories
// are A, B and C, which back the government, and D and E, which back
// the rebels." Each listed state or group signed as a side, as "signed
// by A, by B and by C" reads them (signedby.go), and as weakly: a
// signatory may sign as witness, which the story may tell elsewhere.

// signatoriesListed reads the list after "signatories are" at k (the
// noun). A relative clause set off after the first list ("..., which
// back the government, and D and E") is skipped to the ", and" that
// goes on with the list.
func (d *Reader) signatoriesListed(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k+2 >= len(toks) || !signatoryListNouns[toks[k].Lower] || !signatoryListCopulas[toks[k+1].Lower] {
		return
	}
	items := d.closedList(si, k+2)
	if len(items) == 0 {
		return
	}
	if j := listResumed(toks, k+2); j > 0 {
		items = append(items, d.closedList(si, j)...)
	}
	var sides []int
	seen := map[int]bool{}
	for _, m := range items {
		if s := d.Side(m); s >= 0 && d.IsSide(s) && !seen[s] {
			seen[s] = true
			sides = append(sides, m)
		}
	}
	if len(sides) < 3 {
		return
	}
	topic := d.topicAt(&d.Sents[si], k)
	r.weakRoles = true
	d.pairEach(r, sides, topic)
	r.weakRoles = false
}

// listResumed: after token k, a comma and a relative word ("which",
// "whose") open a clause on the list so far, and a later ", and" goes on
// with the list; the token after that "and", or -1.
func listResumed(toks []text.Token, k int) int {
	rel := -1
	for j := k; j+1 < len(toks); j++ {
		if rel < 0 && toks[j].Text == "," && frame.RelativeWords[toks[j+1].Lower] {
			rel = j
			continue
		}
		if rel >= 0 && toks[j].Text == "," && toks[j+1].Lower == "and" && j+2 < len(toks) {
			return j + 2
		}
	}
	return -1
}

// closedList is actorList from token k without a last item that opens a
// new clause ("A, B and C, and D watched": D is the subject of
// "watched"): the last item must end the sentence or be followed by a
// comma and a relative word.
func (d *Reader) closedList(si, k int) []int {
	toks := d.Sents[si].Toks
	items := d.actorList(si, k)
	if len(items) == 0 {
		return nil
	}
	last := items[len(items)-1]
	for _, m := range d.Ments[si] {
		if m.Actor != last || m.I < k {
			continue
		}
		j := m.J
		if j >= len(toks) || toks[j].Text == "." || toks[j].Text == ";" || toks[j].Text == "," && j+1 < len(toks) && frame.RelativeWords[toks[j+1].Lower] {
			return items
		}
		break
	}
	return items[:len(items)-1]
}
