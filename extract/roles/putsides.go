package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's hundred-and-ninety-fifth round: a proposal put to both sides.

// proposalPutVerbs hand a proposal to someone: "put", "presented",
// "submitted", "tabled".
var proposalPutVerbs = lex("proposalPutVerbs")

// proposalPutTo reads "the proposal which X put to both sides", "X
// presented a compromise plan to the two governments" and "X had
// submitted to both parties a draft": one who puts a proposal to both
// sides of a dispute carries proposals between them, which SCHEMA calls
// mediating. Only a proposal noun counts (the relative's antecedent just
// before the subject, or the verb's object), and only the sides' own
// noun after "to" ("both sides", "the two governments"): "journalists put
// questions to the two leaders" and "X put the plan to parliament" broker
// nothing. The subject is the name right before the verb (over
// auxiliaries and an apposition's closing comma); it brokers, with the
// body a person serves. k is the index of the verb.
func (d *Reader) proposalPutTo(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if !proposalPutVerbs[toks[k].Lower] {
		return
	}
	to := -1
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].Lower == "to" {
			to = j
			break
		}
		if !toks[j].Word {
			return
		}
	}
	if to < 0 {
		return
	}
	end := bothSidesAfter(toks, to+1)
	if end < 0 {
		return
	}
	proposed := false
	for j := k + 1; j < to; j++ {
		proposed = proposed || proposalNouns[toks[j].Lower]
	}
	for j := end; j < len(toks) && j <= end+3 && toks[j].Word; j++ {
		proposed = proposed || proposalNouns[toks[j].Lower]
	}
	e := subjectEnd(toks, k)
	m := d.MentionEndingAt(si, e)
	if m == nil && e > 0 && toks[e-1].Text == "," {
		// "the mediator, X, put": the name before the closing comma;
		// "X, a Swedish diplomat, presented": the name before the
		// apposition.
		if m = d.MentionEndingAt(si, e-1); m == nil {
			m = d.MentionEndingAt(si, appositionStart(toks, e))
		}
	}
	if m == nil || m.Actor < 0 || m.Kind == mention.NonActor {
		return
	}
	if !proposed {
		// "the proposal which X put to both sides", "a proposal that the
		// mediator, X, put": the relative's antecedent before the subject
		// and its title or apposition.
		for i := m.I - 1; i >= 1 && i >= m.I-10; i-- {
			if proposalRelative(toks[i].Lower) && proposalNouns[toks[i-1].Lower] {
				proposed = true
				break
			}
		}
	}
	if !proposed {
		return
	}
	d.mediator(r, m.Actor)
}

// proposalRelative: "which", "that" opening a relative clause on an object.
func proposalRelative(w string) bool { return w == "which" || w == "that" }

// bothSidesAfter is the index after "both sides", "the two governments",
// "both parties" starting at j, -1 when the words there are not the
// sides' own noun.
func bothSidesAfter(toks []text.Token, j int) int {
	switch {
	case j+1 < len(toks) && toks[j].Lower == "both" && sideGroupNouns[toks[j+1].Lower]:
		return j + 2
	case j+2 < len(toks) && toks[j].Lower == "the" && toks[j+1].Lower == "two" && sideGroupNouns[toks[j+2].Lower]:
		return j + 3
	}
	return -1
}
