package roles

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-thirty-eighth round: the witnesses of a
// signing who sign for the process's guarantors or co-sponsors, "X and
// Y signed the treaty as witnesses on behalf of the co-sponsors", "the
// prime ministers of C and D signed as witnesses for their guarantor
// states", "Envoys of E and F, states which act as guarantors, signed
// the text as witnesses" (p2044, p2062, p2065). A witness alone is no
// broker (a host or a side's own leader may sign as one), but a witness
// the sentence ties to the guarantors signs for a third party of the
// talks: the states the signers serve broker them. The persons are left
// as they were (the golds mostly keep only the state of a leader who
// signs as witness, p755, p1764).

// witnessGuarantorNouns: "guarantors", "co-sponsors".
var witnessGuarantorNouns = lex("witnessGuarantorNouns")

// relativePrepositions open a relative clause with its pronoun: "in
// which", "at which".
var relativePrepositions = map[string]bool{"in": true, "at": true, "during": true, "on": true}

// witnessAfter: the sign verb at v is followed, past an object of up to
// three words ("the document", "the act") and an optional "also", by
// "as" and "witness"/"witnesses" (after an optional "a"): the index of
// the witness noun, else -1.
func witnessAfter(toks []text.Token, v int) int {
	for a := v + 1; a < len(toks) && a <= v+4; a++ {
		if toks[a].Lower != "as" {
			if !toks[a].Word || toks[a].Cap {
				return -1
			}
			continue
		}
		w := a + 1
		if w < len(toks) && toks[w].Lower == "a" {
			w++
		}
		if w < len(toks) && (toks[w].Lower == "witness" || toks[w].Lower == "witnesses") {
			return w
		}
		return -1
	}
	return -1
}

// guarantorWitnesses reads the sign verb at k of "X signed (the
// document) as witness(es)" when the sentence names the guarantors or
// co-sponsors: the states among the signers (the subject before k, with
// the demonyms of its appositions), and the state each person signer
// serves, are mediators. Relative clauses inside the subject ("..., the
// states which act as guarantors of the Xian settlement,") are skipped,
// since their names are not the signers.
func (d *Reader) guarantorWitnesses(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if !signVerbs[toks[k].Lower] || witnessAfter(toks, k) < 0 {
		return
	}
	cue := false
	for w := range toks {
		if witnessGuarantorNouns[compound(toks, w)] {
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	e := subjectEnd(toks, k)
	// The subject opens after a preposition's relative word whose clause
	// holds the verb ("..., in which the presidents of C and D signed"),
	// else at the sentence start; any other relative word opens a clause
	// inside the subject ("X, who has led the talks, signed", "the states
	// that stand as guarantors"), skipped below up to its comma.
	start := 0
	for c := e - 1; c > 0; c-- {
		if toks[c].Text == ";" {
			start = c + 1
			break
		}
		if frame.RelativeWords[toks[c].Lower] && relativePrepositions[toks[c-1].Lower] {
			start = c + 1
			break
		}
	}
	var states []int
	skip := false
	for c := start; c < e; c++ {
		switch {
		case toks[c].Text == ",":
			skip = false
			continue
		case frame.RelativeWords[toks[c].Lower] || toks[c].Lower == "that":
			skip = true
		}
		if skip {
			continue
		}
		m := d.MentionEndingAt(si, c+1)
		if m == nil || m.Actor < 0 || m.I < start {
			continue
		}
		x := d.Cast.Actors[m.Actor]
		switch x.Kind {
		case graph.State:
			states = append(states, m.Actor)
		case graph.Person:
			if s := d.servedBody(m.Actor); s >= 0 && d.Cast.Actors[s].Kind == graph.State {
				states = append(states, s)
			}
		}
	}
	for _, s := range states {
		d.mediator(r, s)
	}
}
