package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// theirCallNouns and theirCallMods: "in their (first) telephone talks".
// lexicon theirCallNouns, theirCallMods.
var (
	theirCallNouns = lex("theirCallNouns")
	theirCallMods  = lex("theirCallMods")
)

// theirCall: "A and B agreed Thursday to strengthen the alliance in their
// first telephone talks since ...": the clause's verb is no meeting word,
// and the phrase that tells the call comes after the clause's object (or
// after "amid ..."), so no trigger reads A and B as its callers. "their"
// points back to the subjects: A and B held that call, on the clause's
// day (issue 14's four-hundred-and-ninety-third round, p2991, p892). It
// returns the frames with the call added when no reading of the sentence
// already has A and B meet; a clause told as to come ("will discuss X in
// their phone talks") is left to the planned readings.
func (d *Reader) theirCall(si int, out []Frame) []Frame {
	toks := d.Sents[si].Toks
	for p := 2; p+3 < len(toks); p++ {
		if toks[p].Lower != "in" && toks[p].Lower != "during" || toks[p+1].Lower != "their" {
			continue
		}
		e := p + 2
		for e < len(toks) && e < p+4 && theirCallMods[toks[e].Lower] {
			e++
		}
		if e+1 >= len(toks) || !phoneWords[toks[e].Lower] || !theirCallNouns[toks[e+1].Lower] {
			continue
		}
		subj := d.leadSubjects(si, p)
		if len(subj) < 2 || slices.ContainsFunc(toks[:p], func(t text.Token) bool { return frame.PlannedWords[t.Lower] }) {
			continue
		}
		told := slices.ContainsFunc(out, func(f Frame) bool {
			return slices.Contains(f.Parts, subj[0]) && slices.Contains(f.Parts, subj[1])
		})
		if told {
			continue
		}
		out = append(out, Frame{Parts: slices.Clone(subj), Status: graph.Held, Mode: graph.Call,
			Date: d.dateOf(si, e+1, 0, p, graph.Held), Evidence: d.Sents[si].Text, Sent: si})
		break
	}
	return out
}
