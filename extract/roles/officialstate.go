package roles

import (
	"slices"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-fourth round: "the government" resolved to
// the state whose official the story has already put at the talks, not
// the host state its dateline and venue name ("ARUSHA, Tanzania - B's
// prime minister and a rebel chief held talks at a Tanzanian lodge ...
// a truce between the government and the rebels").

// officialStates keeps, of the candidate states in order, those a person
// named up to sentence si serves (the person's affiliation, a post's grantor, or the state
// owning the title before the name: "X's Vice
// President N", "the Xian minister N"). A host or a venue has no official
// told yet; when every candidate or none has one, order is kept as it is.
func (d *Reader) officialStates(si int, order []int) []int {
	served := map[int]bool{}
	for s := 0; s <= si && s < len(d.Sents); s++ {
		for _, m := range d.Ments[s] {
			if m.Actor < 0 || m.Desc {
				continue
			}
			x := d.Cast.Actors[m.Actor]
			if x.Kind != graph.Person {
				continue
			}
			if x.Affiliation >= 0 {
				served[x.Affiliation] = true
			}
			for _, q := range x.Positions {
				if q.Org >= 0 {
					served[q.Org] = true
				}
			}
			if st := d.possessiveTitleState(s, m.I); st >= 0 {
				served[st] = true
			}
		}
	}
	var kept []int
	for _, a := range order {
		if served[a] {
			kept = append(kept, a)
		}
	}
	if len(kept) == 0 || len(kept) == len(order) {
		return order
	}
	return kept
}

// hostForGovernment: coreference gave "the government" state a, but
// another state told before has its official named and a has none
// (officialStates): a is the host, and the noun is resolved afresh.
func (d *Reader) hostForGovernment(si, k, a int, c sideClass, r *Roles) bool {
	if c != stateClass {
		return false
	}
	order, _ := d.mentionOrder(si, k, false, func(b int) bool { return !d.mediatorSide(b, r) && d.fitsClass(b, c) })
	kept := d.officialStates(si, order)
	return len(kept) < len(order) && !slices.Contains(kept, a)
}

// possessiveTitleState: the state owning the capitalised title just
// before the name at i — "B's First Vice President N" — else -1.
func (d *Reader) possessiveTitleState(si, i int) int {
	toks := d.Sents[si].Toks
	for e := i - 1; e >= 1 && i-e <= 5; e-- {
		if toks[e].Text == "'s" || toks[e].Text == "'" {
			if e == i-1 {
				return -1 // "B's N": no title
			}
			return d.stateOf(d.MentionEndingAt(si, e))
		}
		if !toks[e].Word || !toks[e].Cap {
			return -1
		}
	}
	return -1
}
