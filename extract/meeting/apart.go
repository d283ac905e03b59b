package meeting

// People and days told apart from a meeting's predicate: a gerund's subject
// ("arrived after meeting X"), a colon list of the people a plural
// description stands for, the place of a meeting others were joined at,
// the day of talks a lead closed on.

import (
	"strings"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// gerundPreps govern a meeting gerund told as an earlier or later act of
// the main clause's subject: "arrived on Sunday after meeting X".
var gerundPreps = lex("gerundPreps")

// subjectJoiners may stand between two people of one coordinated subject
// besides capitalized words: "A and his Thai counterpart B".
var subjectJoiners = lex("subjectJoiners")

// gerundSubjects: a meeting verb in the gerund right after a preposition
// of time — "X arrived in Oslo on Sunday after meeting Y in Bergen", "A
// and his counterpart B agreed ... after meeting for an hour" — opens a
// clause that names no subject of its own: its subject is the person (or
// the coordinated people) the sentence opens with, or the one an opening
// "he" or "she" stands for. The gerund takes a person for object, or none
// with two people in that subject; "after meeting the deadline set by Y"
// names no one who met. nil otherwise.
func (d *Reader) gerundSubjects(si, cs, k int) []int {
	s := &d.Sents[si]
	toks := s.Toks
	if k < 2 || cs < k-1 || !gerundPreps[toks[k-1].Lower] || !strings.HasSuffix(toks[k].Lower, "ing") || frame.Triggers[toks[k].Lower] != frame.Meet {
		return nil
	}
	start := frame.AfterFrontedAdjunct(toks)
	var out []int
	end := start // where the subject read so far ends
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < start || m.Actor < 0 || m.Desc {
			continue
		}
		if m.I >= k-1 || !subjectGap(toks, end, m.I, len(out) == 0) {
			break
		}
		if d.Cast.Actors[m.Actor].Kind != graph.Person || !d.arg.Eligible(si, m) {
			break
		}
		out = append(out, m.Actor)
		end = m.J
	}
	if len(out) == 0 {
		if a := d.ref.PronounAntecedent(si, start); a >= 0 {
			out = []int{a}
		}
	}
	if len(out) == 0 {
		return nil
	}
	if d.arg.PersonObjectAfter(si, k) || d.arg.DescribedObject(si, k) {
		return out
	}
	if len(out) >= 2 && k+1 < len(toks) && (toks[k+1].Text == "," || frame.NounPreps[toks[k+1].Lower]) {
		return out // "A and B ... after meeting for an hour"
	}
	return nil
}

// subjectGap: tokens [i, j) may stand before (first) or between the
// people of a subject or a list: titles and other capitalized words, and
// between two people "and", a comma, a possessive and subjectJoiners.
func subjectGap(toks []text.Token, i, j int, first bool) bool {
	for e := i; e < j; e++ {
		t := toks[e]
		if t.Cap && t.Word {
			continue
		}
		if !first && (t.Lower == "and" || t.Text == "," || subjectJoiners[t.Lower]) {
			continue
		}
		return false
	}
	return true
}

// postHolderNouns name people in the plural by what they are: "their
// foreign ministers", "the two leaders".
var postHolderNouns = lex("personGroupNouns")

// colonRoster: a meeting of people described in the plural, whose names
// a colon lists after it each with the side they stand for — "Their
// ministers met ...: X for A, Y for B and Z for C" (p311, p330) — has
// those people. Every name must be a person's
// followed by "for" and a state or body, so that a colon opening a
// quotation or a list of topics names no one. nil otherwise.
func (d *Reader) colonRoster(si, cs, k int) []int {
	toks := d.Sents[si].Toks
	if !frame.AnyWord(toks, cs, k, postHolderNouns) {
		return nil
	}
	colon := -1
	for e := k + 1; e < len(toks); e++ {
		if toks[e].Text == ":" {
			colon = e
			break
		}
	}
	if colon < 0 {
		return nil
	}
	ms := d.Ments[si]
	var out []int
	next := colon + 1 // where the next list member must begin
	for mi := 0; mi < len(ms); mi++ {
		m := &ms[mi]
		if m.I <= colon {
			continue
		}
		if m.I != next || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person ||
			m.J+1 >= len(toks) || toks[m.J].Lower != "for" || mi+1 >= len(ms) || ms[mi+1].I != m.J+1 {
			return nil
		}
		out = append(out, m.Actor)
		side := &ms[mi+1]
		mi++
		next = side.J
		if next < len(toks) && (toks[next].Text == "," || toks[next].Lower == "and") {
			next++
			if next < len(toks) && toks[next].Lower == "and" {
				next++ // ", and"
			}
		} else {
			break
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// afterTalksDay: a held meeting told with no time of its own in the
// sentence right after one that closes on past talks — "A and B agreed on
// Friday to ..., after talks between their leaders in X. P hosted Q ..."
// (p312), "A and B will ..., after talks in X on Thursday. Their
// ministers met ..." (p330) — is those talks told with their
// people: the day that sentence tells. "" when it tells no single day or
// names no such talks.
func (d *Reader) afterTalksDay(si int) string {
	if si < 1 {
		return ""
	}
	pt := d.Sents[si-1].Toks
	for k := 1; k < len(pt); k++ {
		if frame.Triggers[pt[k].Lower] != frame.Talks {
			continue
		}
		if pastPreps[pt[k-1].Lower] || k > 1 && pastPreps[pt[k-2].Lower] && pt[k-1].Lower == "the" {
			return d.lastDay(si - 1)
		}
	}
	return ""
}

// lastHeldPlace is the place of the latest held meeting told before
// sentence si, "" when it has none.
func lastHeldPlace(prev []Frame, si int) string {
	for i := len(prev) - 1; i >= 0; i-- {
		if p := prev[i]; p.Sent < si && p.Status == graph.Held && p.Mode != graph.Call {
			return p.Place
		}
	}
	return ""
}
