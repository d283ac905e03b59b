package coref

import (
	"strings"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// memberVerbs open a delegation's member list: "that included A and B".
var memberVerbs = lex("memberVerbs")

// delegationLeads tell who leads a delegation: "led", "at the head of".
var delegationLeads = lex("delegationLeads")

// Delegation reads "the delegation" (a delegation noun after "the", no
// name or "of" after it) in tokens [cs, ce), as the subject or object of
// the predicate at k (argumentOf), of sentence si and returns
// the people the story named as that delegation's leader and members,
// in the nearest of the three sentences before that names a delegation
// with its leader or members and tells no meeting of its own ("X arrived
// at the head of a delegation that included A and B. The delegation was
// received by Y"). nil when the clause has no such description or the
// story names no such people; ante is the sentence that names them.
func (d *Resolver) Delegation(si, k, cs, ce int) (people []int, ante int) {
	toks := d.Sents[si].Toks
	ce = min(ce, len(toks))
	found := false
	for i := cs; i+1 < ce; i++ {
		if toks[i].Lower == "the" && delegationNouns[toks[i+1].Lower] && !toks[i+1].Cap &&
			(i+2 >= len(toks) || toks[i+2].Lower != "of" && !toks[i+2].Cap) && argumentOf(toks, i, i+2, k) {
			found = true
			break
		}
	}
	if !found {
		return nil, -1
	}
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		st := d.Sents[s].Toks
		if !frame.AnyWord(st, 0, len(st), delegationNouns) {
			continue
		}
		if !frame.AnyWord(st, 0, len(st), delegationLeads) && !frame.AnyWord(st, 0, len(st), memberVerbs) {
			continue
		}
		for _, t := range st {
			if c, ok := frame.Triggers[t.Lower]; ok && c != frame.Weak {
				return nil, -1 // the sentence tells a meeting of its own
			}
		}
		var out []int
		for _, m := range d.Ments[s] {
			if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !contains(out, m.Actor) {
				out = append(out, m.Actor)
			}
		}
		if len(out) > 0 {
			return out, s
		}
	}
	return nil, -1
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// argumentOf: the description in tokens [i, j) is the predicate's subject
// — right before it, or before auxiliaries and an adverb ("the delegation
// was received by", "the guest later met") — or its object right after
// it ("received the delegation").
func argumentOf(toks []text.Token, i, j, k int) bool {
	if i == k+1 || i == k+2 && !toks[k+1].Cap && toks[k+1].Word && frame.Triggers[toks[k+1].Lower] == 0 && len(toks[k+1].Lower) <= 3 {
		return true // "received the delegation", "met with the delegation"
	}
	for e := j; e < k; e++ {
		l := toks[e].Lower
		if !mention.Auxiliaries[l] && l != "been" && !strings.HasSuffix(l, "ly") && !sequenceAdverbs[l] {
			return false
		}
	}
	return j <= k
}
