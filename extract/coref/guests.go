package coref

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// guestPlurals after "the" stand for the guests of the meeting just told:
// "the guests were greeted by X", "the visitors later held talks with X".
var guestPlurals = lex("guestPlurals")

// Guests reads "the guests" or "the visitors" (no name, "of" or possessive
// after it) in tokens [cs, ce) as the subject or object of the predicate
// at k (argumentOf, teamSubject) and returns the people of the meeting the
// story told in the sentence just before, less its hosts, the people that
// sentence names after "by" ("A, B and C sat down at the table. Before the
// talks the guests were greeted by D"; "The delegation, which included A
// and B, was welcomed by C. The visitors later held discussions with D":
// A and B, not C). nil when the clause has no such description or no
// meeting was told in the sentence before.
func (d *Resolver) Guests(si, k, cs, ce int, last Told) []int {
	if last.Sent < 0 || last.Sent != si-1 {
		return nil
	}
	toks := d.Sents[si].Toks
	ce = min(ce, len(toks))
	found := false
	for i := cs; i+1 < ce; i++ {
		if toks[i].Lower != "the" || !guestPlurals[toks[i+1].Lower] || toks[i+1].Cap {
			continue
		}
		if i+2 < len(toks) && (toks[i+2].Lower == "of" || toks[i+2].Cap || toks[i+2].Text == "'") {
			continue // "the guests of honour", "the visitors' book"
		}
		if argumentOf(toks, i, i+2, k) || guestSubject(toks, i+2, k) {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	hosts := d.agentsIn(last.Sent)
	var out []int
	add := func(p int) {
		if p >= 0 && d.Cast.Actors[p].Kind == graph.Person && !slices.Contains(hosts, p) && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	for _, p := range last.Parts {
		add(p)
	}
	if len(out) > 0 {
		// The meeting's people as the sentence names them: a member
		// list ("The delegation, which included A, B and C, was
		// welcomed by D") may reach the meeting only in part.
		for _, m := range d.Ments[last.Sent] {
			if !m.Desc {
				add(m.Actor)
			}
		}
	}
	return out
}

// agentsIn are the people sentence s names right after "by" (a title
// between allowed: "by President of Belarus X"), the hosts of a passive
// reception.
func (d *Resolver) agentsIn(s int) []int {
	toks := d.Sents[s].Toks
	var out []int
	for _, m := range d.Ments[s] {
		if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		for b := m.I - 1; b >= 0 && b >= m.I-5 && toks[b].Text != ","; b-- {
			if toks[b].Lower == "by" {
				out = append(out, m.Actor)
				break
			}
		}
	}
	return out
}

// guestSubject: the description ending at j is the subject of the
// meeting word at k, with only auxiliaries, teamGapWords and adverbs of
// sequence between them ("the visitors later held discussions with").
func guestSubject(toks []text.Token, j, k int) bool {
	if j > k || k-j > 4 {
		return false
	}
	for e := j; e < k; e++ {
		l := toks[e].Lower
		if !mention.Auxiliaries[l] && !teamGapWords[l] && !sequenceAdverbs[l] && !strings.HasSuffix(l, "ly") {
			return false
		}
	}
	return true
}
