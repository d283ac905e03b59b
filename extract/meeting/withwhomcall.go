package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// withWhomCallVerbs tell a conversation in a relative clause on its other
// party: "B, with whom he spoke by telephone", "with whom he had discussed
// the terms in a phone call". lexicon withWhomCallVerbs.
var withWhomCallVerbs = lex("withWhomCallVerbs")

// withWhomCall: "A thanked B, with whom he had discussed the terms in a
// phone call on Wednesday", "A agreed ... at the urging of B, with whom he
// spoke by telephone on Wednesday": the main clause's verb is no meeting
// word, and the call is told only in the relative clause on B, whose "he"
// or "she" is the sentence's subject A. A and B held that call, on the
// relative clause's day (issue 14's five-hundred-and-forty-second round,
// p3284, p1284). The clause must name the phone ("by telephone", "a phone
// call"): "B, with whom he discussed trade" without it tells no encounter
// of its own. It returns the frames with the call added when no reading
// of the sentence already has A and B meet.
func (d *Reader) withWhomCall(si int, out []Frame) []Frame {
	toks := d.Sents[si].Toks
	for c := 1; c+5 < len(toks); c++ {
		if toks[c].Text != "," || toks[c+1].Lower != "with" || toks[c+2].Lower != "whom" ||
			toks[c+3].Lower != "he" && toks[c+3].Lower != "she" {
			continue
		}
		v := c + 4
		if toks[v].Lower == "had" || toks[v].Lower == "has" {
			v++
		}
		if v >= len(toks) || !withWhomCallVerbs[toks[v].Lower] {
			continue
		}
		end := v + 1
		for end < len(toks) && toks[end].Text != "," && toks[end].Text != "." && toks[end].Text != ";" {
			end++
		}
		if !slices.ContainsFunc(toks[v+1:end], func(t text.Token) bool { return phoneWords[t.Lower] }) {
			continue
		}
		b := -1
		for _, m := range d.Ments[si] {
			if m.J == c && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				b = m.Actor
			}
		}
		subj := d.leadSubjects(si, c)
		if len(subj) == 0 {
			subj = d.honorificSubject(si)
		}
		if b < 0 || len(subj) != 1 || subj[0] == b {
			continue
		}
		told := slices.ContainsFunc(out, func(f Frame) bool {
			return slices.Contains(f.Parts, subj[0]) && slices.Contains(f.Parts, b)
		})
		if told {
			continue
		}
		out = append(out, Frame{Parts: []int{subj[0], b}, Status: graph.Held, Mode: graph.Call,
			Date: d.dateOf(si, v, c+1, end, graph.Held), Evidence: d.Sents[si].Text, Sent: si})
	}
	return out
}

// honorificSubject: the person a sentence opens with after an honorific
// and its full stop ("Mr. A said ..."), which leadSubjects does not read
// past (p1284); nil when it opens otherwise.
func (d *Reader) honorificSubject(si int) []int {
	toks := d.Sents[si].Toks
	if len(toks) < 3 || !honorifics[toks[0].Lower] || toks[1].Text != "." {
		return nil
	}
	for _, m := range d.Ments[si] {
		if m.I <= 2 && m.J > 2 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return []int{m.Actor}
		}
	}
	return nil
}
