package coref

import (
	"slices"
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

// sideTeamNouns after "the" and a demonym stand for the people of one
// side: "the Peruvian ministers", "the Iranian delegation".
var sideTeamNouns = lex("sideTeamNouns")

// SideTeam reads a side's team named by its demonym — "the Peruvian
// ministers", "the Iranian delegation", or the plural demonym alone, "the
// Austrians" — in tokens [cs, ce), as the subject or object of the
// predicate at k (argumentOf), and returns the people of that side in the
// meeting the story told last, within the three sentences before si: the
// team is those who sat at it for that state ("A and B were received by
// their Chilean counterparts C and D. The Peruvian ministers were also
// received by E": A and B). A participant is of the side by its
// affiliation, or, with none, by the nearest state named before its name
// in the sentence that told that meeting (none at all leaves it to the
// side, as a delegation's members listed after its noun). nil when the
// clause has no such team, the meeting was not told just before, or none
// of its people is of that side; state is the team's state.
func (d *Resolver) SideTeam(si, k, cs, ce int, last Told) (people []int, state int) {
	if last.Sent < 0 || last.Sent >= si || last.Sent < si-3 {
		return nil, -1
	}
	toks := d.Sents[si].Toks
	ce = min(ce, len(toks))
	st := -1
	for _, m := range d.Ments[si] {
		if m.Kind != mention.Demonym || m.Actor < 0 || m.I < cs+1 || m.J > ce || m.J != m.I+1 ||
			toks[m.I-1].Lower != "the" || d.Cast.Actors[m.Actor].Kind != graph.State {
			continue
		}
		end := m.J
		if end < ce && sideTeamNouns[toks[end].Lower] && !toks[end].Cap {
			end++ // "the Peruvian ministers"
		} else if !strings.HasSuffix(toks[m.I].Lower, "s") {
			continue // "the Peruvian" alone is no team; "the Austrians" is
		}
		if end < len(toks) && (toks[end].Lower == "of" || toks[end].Cap) {
			continue // "the Peruvian ministers of ...", a name after
		}
		if argumentOf(toks, m.I-1, end, k) || teamSubject(toks, end, k) {
			st = m.Actor
			break
		}
	}
	if st < 0 {
		return nil, -1
	}
	var out []int
	for _, p := range last.Parts {
		if p < 0 || d.Cast.Actors[p].Kind != graph.Person {
			continue
		}
		if d.ofSide(last.Sent, p, st) && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out, st
}

// ofSide: person p sat for state st in the meeting told in sentence s —
// its affiliation is st, or, with none, st is the state named nearest
// before its first name in s, or no state is named before it there ("The
// delegation, which included A and B, held talks with C's D").
func (d *Resolver) ofSide(s, p, st int) bool {
	if a := d.Cast.Actors[p].Affiliation; a >= 0 {
		return a == st
	}
	near := -1
	for _, m := range d.Ments[s] {
		if m.Actor == p && !m.Desc {
			return near < 0 || near == st
		}
		if m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.State {
			near = m.Actor
		}
	}
	return false
}

// teamGapWords may stand between a team and its meeting word: "the
// Iranian delegation held talks", "the ministers were also received".
var teamGapWords = lex("teamGapWords")

// teamSubject: the team ending at j is the subject of the meeting word at
// k, with only auxiliaries and teamGapWords between them.
func teamSubject(toks []text.Token, j, k int) bool {
	if j > k || k-j > 4 {
		return false
	}
	for e := j; e < k; e++ {
		if !mention.Auxiliaries[toks[e].Lower] && !teamGapWords[toks[e].Lower] {
			return false
		}
	}
	return true
}

// Issue 14's five-hundred-and-sixth round: the host of a signing
// ceremony stood among its people.

// HostedCeremony reads "X hosted the ceremony", "hosts the signing
// ceremony" — a hosting verb at k (hostedCeremonyVerbs), "the", at most one
// modifier and a hostedCeremonyNouns word — and returns the people of the held
// meeting the story told last, in si itself or within the three
// sentences before: the ceremony is the signing just told, and its host
// stood among its people (p3073, p166, p2108, p605). A negation after
// the verb ("hosted the ceremony but did not attend") tells none.
func (d *Resolver) HostedCeremony(si, k int, last Told) []int {
	if !last.Held || last.Sent < 0 || last.Sent > si || last.Sent < si-3 {
		return nil
	}
	toks := d.Sents[si].Toks
	if !hostedCeremonyVerbs[toks[k].Lower] || k+2 >= len(toks) || toks[k+1].Lower != "the" {
		return nil
	}
	h := k + 2
	if !hostedCeremonyNouns[toks[h].Lower] && h+1 < len(toks) && hostedCeremonyNouns[toks[h+1].Lower] && toks[h].Word && !toks[h].Cap {
		h++ // "the signing ceremony"
	}
	if !hostedCeremonyNouns[toks[h].Lower] || h+1 < len(toks) && toks[h+1].Lower == "of" {
		return nil // "hosted the ceremony of ...": another occasion named
	}
	for e := k + 1; e < len(toks); e++ {
		if toks[e].Lower == "not" || toks[e].Lower == "n't" || toks[e].Lower == "never" {
			return nil
		}
	}
	return d.peopleAt(last)
}

// hostedCeremonyVerbs and hostedCeremonyNouns: "X hosted the ceremony".
var (
	hostedCeremonyVerbs = lex("hostedCeremonyVerbs")
	hostedCeremonyNouns = lex("hostedCeremonyNouns")
)

// peopleAt: the people among the participants of a meeting told.
func (d *Resolver) peopleAt(last Told) []int {
	var out []int
	for _, p := range last.Parts {
		if p >= 0 && d.Cast.Actors[p].Kind == graph.Person && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}
