package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/text"
)

// People who waited outside a meeting (the three-hundred-and-eighty-
// seventh round): "A and B sat in an anteroom during the talks", "A and
// B waited next door, in an adjoining room, while the leaders met",
// "with A and B, who stayed downstairs until the talks ended". A waiting
// verb, a place apart from
// the meeting room after it and then an adjunct ("while", "during",
// "throughout") holding the meeting word: the people named before the
// waiting verb kept out of the meeting the adjunct tells. Both the place
// and the adjunct are asked for, so "remained in Geneva for talks with
// B" (the subject stayed on to meet B) keeps its subject.
var (
	waitVerbs   = lex("waitVerbs")
	waitPlaces  = lex("waitPlaces")
	waitAsides  = lex("waitAsides")
	waitStopper = map[string]bool{".": true, ";": true}
)

// waitedAside is the token of the waiting verb whose adjunct holds the
// meeting word at k, or -1.
func waitedAside(toks []text.Token, k int) int {
	for v := k - 1; v >= 0; v-- {
		if waitStopper[toks[v].Text] {
			return -1
		}
		if !waitVerbs[toks[v].Lower] {
			continue
		}
		place, aside := false, false
		for e := v + 1; e < k; e++ {
			switch {
			case waitPlaces[toks[e].Lower]:
				place = true
			case place && waitAsides[toks[e].Lower]:
				aside = true
			case aside && toks[e].Text == ",":
				aside = false // the adjunct closed before the meeting word
			}
		}
		if place && aside {
			return v
		}
		return -1
	}
	return -1
}

// dropWaiters removes from list the actors this sentence names only before
// the waiting verb at v.
func (d *Reader) dropWaiters(si, v int, list []int) []int {
	before, after := map[int]bool{}, map[int]bool{}
	for _, m := range d.Ments[si] {
		if m.Actor < 0 {
			continue
		}
		if m.J <= v {
			before[m.Actor] = true
		} else {
			after[m.Actor] = true
		}
	}
	return slices.DeleteFunc(list, func(a int) bool { return before[a] && !after[a] })
}
