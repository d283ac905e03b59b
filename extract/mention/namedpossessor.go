package mention

import "github.com/parley-dev/parley/extract/text"

// Issue 14's four-hundred-and-eighth round: a group named with the man
// who leads it as its possessor ("X Y's Revolutionary Front", "Mr Z's
// Democratic Movement"). The run used to go on through "'s" into the
// group's head, so the side of the talks was one actor named "X Y's
// Revolutionary Front" that matched neither the group nor its leader.
// A body's own name takes "'s" after a common noun it is named for
// ("People's Liberation Front", "Women's Union"); a personal name before
// it is a possessor, and the group's name starts after it.

// namedPossessor: the word before the "'s" at j, in the run opened at i,
// is a proper name — capitalized, neither a common English word nor one
// the article writes in lower case — so "'s" ends the run. A saint's
// name ("St X's Hospital") stays in the body's name.
func (d *scanner) namedPossessor(toks []text.Token, i, j int) bool {
	if j < 1 || j <= i {
		return false
	}
	prev := toks[j-1]
	if !prev.Word || !prev.Cap || prev.Acronym || d.g.Common[prev.Lower] || d.lowerSeen[prev.Lower] {
		return false
	}
	if !endsInGroup(toks, j+1) {
		return false
	}
	switch toks[i].Lower {
	case "st", "saint", "ste", "san", "santa", "sao":
		return false
	}
	return true
}

// endsInGroup: the capitalized words from k end in a group's head
// ("Front", "Movement", "Party"): a body named for a person ("the King
// X's Institute", "St Y's College") keeps its possessor.
func endsInGroup(toks []text.Token, k int) bool {
	last := ""
	for end := k + 8; k < len(toks) && k < end && toks[k].Word && (toks[k].Cap || toks[k].Lower == "of"); k++ {
		if toks[k].Cap {
			last = toks[k].Lower
		} else if last != "" && (groupHeads[last] || orgHeads[last]) {
			break
		}
	}
	return groupHeads[last]
}
