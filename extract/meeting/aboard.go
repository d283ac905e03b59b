package meeting

import "github.com/parley-dev/parley/extract/text"

// signedAboard: the signing at k is told done aboard a craft later in its
// sentence, "aboard" or "on board" and, within the three words after it, a
// craft noun ("put their names to the treaty aboard an aircraft flying
// over the sea", "signed the accord on board the cruiser"). A craft holds
// its signatories together, an encounter of its own as a ceremony is
// (signedAtCeremony), though its venue is no place a gazetteer knows. The
// search stops at the clause's end or a clause of its own: "signed the
// accord and then flew home aboard a jet", "signed the pact, which lets
// inspectors aboard each other's ships" tell no venue of the signing.
func signedAboard(toks []text.Token, k int) bool {
	for w := k + 2; w+1 < len(toks); w++ {
		if clauseStop(toks[w]) {
			return false
		}
		at := w + 1
		switch {
		case toks[w].Lower == "aboard":
		case toks[w].Lower == "on" && toks[w+1].Lower == "board":
			at = w + 2
		default:
			continue
		}
		for g := at; g < len(toks) && g <= at+3 && toks[g].Word; g++ {
			if craftNouns[toks[g].Lower] {
				return true
			}
		}
	}
	return false
}

// signedAtNamedVenue: the signing at k is told done "at the" named building
// later in its clause, capitalized words closed by a venue noun ("put
// their names to a text at the X Hotel", "... to the act at the Y
// Palace"): the building holds its signatories together, an encounter of
// its own as a ceremony or a craft does (signedAtCeremony, signedAboard),
// though no gazetteer knows it (issue 14's four-hundred-and-ninety-fourth
// round, p2999, p102, p747). A lower-case venue ("at the palace") names no
// building of its own and is left to the meeting told before
// (signedAtVenue reads those only after a signing by sides).
func signedAtNamedVenue(toks []text.Token, k int) bool {
	for w := k + 2; w+2 < len(toks); w++ {
		if clauseStop(toks[w]) {
			return false
		}
		if toks[w].Lower != "at" || toks[w+1].Lower != "the" {
			continue
		}
		for g := w + 2; g < len(toks) && g <= w+5 && toks[g].Word && toks[g].Cap; g++ {
			if venueNouns[toks[g].Lower] && (g+1 >= len(toks) || !toks[g+1].Cap || !toks[g+1].Word) {
				return true
			}
		}
	}
	return false
}

// clauseStop: a token that closes the clause a signing is told in, or
// opens one of its own ("signed the treaty, which lets inspectors aboard
// each other's ships", "signed it before flying home aboard a jet").
func clauseStop(t text.Token) bool {
	switch t.Lower {
	case ";", ":", ".", "then", "which", "who", "whose", "that", "while", "before", "after", "when", "and", "but":
		return true
	}
	return false
}
