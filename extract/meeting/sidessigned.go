package meeting

// Issue 14's two-hundred-and-sixty-third round: a signing by states told
// first, then retold by the people who put their names to it, "Four
// states yesterday signed the framework ... Ministers A (X), B (Y) and C
// (Z) signed the document at a hotel": the retelling is the signatories'
// encounter, though its own clause tells no place or time, which the
// sentence before gave (p1613, p198, p730). A signing told without place
// or time after a meeting of people stays an act of that meeting.

// sidesSignedBefore: the sentence before si tells a signing, told where or
// when, of a text sides sign together that is no joint signing of people
// itself (jointSigning: its signatories are states or bodies, "Four of the
// countries signed", or one person).
func (d *Reader) sidesSignedBefore(si int) bool {
	p := si - 1
	if p < 0 || d.Sents[p].Title {
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
