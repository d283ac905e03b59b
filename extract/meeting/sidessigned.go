package meeting

import "github.com/parley-dev/parley/extract/text"

// Issue 14's two-hundred-and-sixty-third round: a signing by states told
// first, then retold by the people who put their names to it at a
// building, "Four states yesterday signed the framework ... Ministers A
// (X), B (Y) and C (Z) signed the document at a hotel": the retelling is
// the signatories' encounter, though its own clause tells no place or
// time the reader knows, which the sentence before gave (p1613, p198).
// Retold with no venue ("A and B signed the accord for their
// governments") the signing stays an act of no meeting of its own (the
// hundred-and-fifty-eighth round).

// sidesSignedBefore: the signing at k is told at a venue (signedAtVenue),
// and the sentence before si tells a signing, told where or when, of a
// text sides sign together that is no joint signing of people itself
// (jointSigning: its signatories are states or bodies, "Four of the
// countries signed", or one person).
func (d *Reader) sidesSignedBefore(si, k int) bool {
	p := si - 1
	if p < 0 || d.Sents[p].Title || !signedAtVenue(d.Sents[si].Toks, k) {
		return false
	}
	for j, t := range d.Sents[p].Toks {
		if t.Lower != "signed" {
			continue
		}
		if obj, _ := signedText(d.Sents[p].Toks, j); !obj || !d.toldWhereOrWhen(p, j) {
			continue
		}
		return !d.jointSigning(p, j)
	}
	return false
}

// signedAtVenue: "at" or "in" after the signing at k opens, within four
// words, a building (venueNouns): "signed the document at a hotel on the
// lake shore", "signed the text in the presidential palace".
func signedAtVenue(toks []text.Token, k int) bool {
	for w := k + 2; w+1 < len(toks); w++ {
		if toks[w].Text == "," || toks[w].Text == ";" {
			return false
		}
		if toks[w].Lower != "at" && toks[w].Lower != "in" {
			continue
		}
		for g := w + 1; g < len(toks) && g <= w+4 && toks[g].Word; g++ {
			if venueNouns[toks[g].Lower] {
				return true
			}
		}
	}
	return false
}
