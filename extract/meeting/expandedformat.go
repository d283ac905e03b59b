package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// expandedFormatCues tell a later, wider session of talks already told
// (lexicon).
var expandedFormatCues = lex("expandedFormatCues")

// ExpandedFormats: readouts of former Soviet and other chanceries tell
// talks in two sessions, "narrow" (one on one) and then "extended" or
// "expanded", and name for the second only those who joined it: "At
// first the presidents talked one on one, then the talks continued in
// extended format with participation of ministers X and Y", "the talks
// went on later, with participation of X". The people after
// "with (the) participation of" sat with the principals, not apart from
// them: a held in-person meeting whose every participant is named after
// that phrase, in a sentence that tells a continuation or a wider format
// before it, takes in the participants of the nearest held in-person
// meeting told before it in that sentence or the three before (issue 14's
// three-hundred-and-thirty-third round; p2030, p2032, p2033, p1537,
// p1686).
func (d *Reader) ExpandedFormats(ms []Frame) {
	for i := range ms {
		m := &ms[i]
		if m.Status != graph.Held || !inPerson(*m) || len(m.Parts) == 0 {
			continue
		}
		p := d.participationOf(m.Sent)
		if p < 0 {
			continue
		}
		if slices.ContainsFunc(m.Parts, func(q int) bool { return !d.namedAfter(m.Sent, p, q) }) {
			// Some of its people are named before the phrase, or read
			// from a description ("the two presidents"): the sentence
			// tells its own meeting.
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := ms[j]
			if o.Sent < m.Sent-3 {
				break
			}
			if o.Status != graph.Held || !inPerson(o) || len(o.Parts) < 2 {
				continue
			}
			joined := slices.Clone(o.Parts)
			for _, q := range m.Parts {
				if !slices.Contains(joined, q) {
					joined = append(joined, q)
				}
			}
			m.Parts = joined
			break
		}
	}
}

// participationOf is the token of "participation" in "with (the)
// participation of" in sentence si, when a cue of a continued or wider
// session comes before it in the sentence; -1 otherwise.
func (d *Reader) participationOf(si int) int {
	toks := d.Sents[si].Toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "participation" || toks[k+1].Lower != "of" {
			continue
		}
		with := toks[k-1].Lower == "with" || k >= 2 && toks[k-1].Lower == "the" && toks[k-2].Lower == "with"
		if !with {
			continue
		}
		if slices.ContainsFunc(toks[:k], func(t text.Token) bool { return expandedFormatCues[t.Lower] }) {
			return k
		}
		return -1
	}
	return -1
}

// namedAfter: actor a is named in sentence si after token p, and not
// before it.
func (d *Reader) namedAfter(si, p, a int) bool {
	after := false
	for _, mt := range d.Ments[si] {
		if mt.Actor != a {
			continue
		}
		if mt.I < p {
			return false
		}
		after = true
	}
	return after
}
