package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// trailingCallGerunds open a trailing adjunct of sequence that tells a
// conversation of the main clause's subject with someone else: "met B on
// Tuesday after speaking by telephone with C", "a day after talking by
// phone with C"; "calling" only with "on", a visit paid ("a day after
// calling on C"). lexicon trailingCallGerunds.
var trailingCallGerunds = lex("trailingCallGerunds")

// phoneWords: "by telephone", "by phone", "on the telephone".
var phoneWords = lex("phoneWords")

// trailingCall: the sentence's held meeting of one subject A with B goes
// on with "(a day) after speaking by telephone with C" or "(a day) after
// calling on C": A's encounter with C is another one, a call or the
// visit, on the day the distance puts it — C never met B (issue 14's
// four-hundred-and-sixtieth round, p2794, p2795, p1119). It returns the
// frames with that encounter added, and C taken off the main meeting when
// a reading put it there.
func (d *Reader) trailingCall(si int, out []Frame) []Frame {
	toks := d.Sents[si].Toks
	for p := 1; p+3 < len(toks); p++ {
		if toks[p].Lower != "after" || !trailingCallGerunds[toks[p+1].Lower] {
			continue
		}
		mode, w := graph.Call, -1 // w: the preposition before C
		switch {
		case toks[p+1].Lower == "calling" && toks[p+2].Lower == "on":
			mode, w = graph.InPerson, p+2
		case toks[p+1].Lower != "calling":
			w = phonedWith(toks, p+2)
		}
		if w < 0 {
			continue
		}
		c := d.titledPersonAfter(si, w)
		subj := d.leadSubjects(si, p)
		if c < 0 || len(subj) != 1 || subj[0] == c {
			continue
		}
		main := -1
		for i, f := range out {
			if f.Status == graph.Held && slices.Contains(f.Parts, subj[0]) && f.Mode != graph.Call {
				main = i
				break
			}
		}
		if main < 0 {
			continue
		}
		if slices.Contains(out[main].Parts, c) {
			if len(out[main].Parts) < 3 {
				continue
			}
			out[main].Parts = slices.DeleteFunc(slices.Clone(out[main].Parts), func(a int) bool { return a == c })
		}
		other := withParts(out[main], []int{subj[0], c})
		other.Mode = mode
		other.Place = ""
		if mode == graph.InPerson {
			other.Place = d.PlaceOf(si, w, w, len(toks))
			if other.Place != "" && !namedIn(toks, w, len(toks), other.Place) {
				other.Place = ""
			}
		}
		other.Date = shiftDay(out[main].Date, trailingDistance(toks, p))
		out[main].Split = true
		out = append(out, other)
	}
	return out
}

// phonedWith: the tokens from i are a phone phrase, "by telephone" or "on
// the phone", then "with" or "to"; the index of that preposition, or -1.
func phonedWith(toks []text.Token, i int) int {
	e := i
	if e+1 < len(toks) && toks[e].Lower == "by" && phoneWords[toks[e+1].Lower] {
		e += 2
	} else if e+2 < len(toks) && toks[e].Lower == "on" && toks[e+1].Lower == "the" && phoneWords[toks[e+2].Lower] {
		e += 3
	} else {
		return -1
	}
	if e < len(toks) && (toks[e].Lower == "with" || toks[e].Lower == "to") {
		return e
	}
	return -1
}

// trailingDistance: the days a measured distance before "after" at p puts
// between the main clause's day and the adjunct's — "a day after", "two
// days after" — as a negative count; 0 with none.
func trailingDistance(toks []text.Token, p int) int {
	if p >= 2 && dayUnits[toks[p-1].Lower] {
		if n, ok := dayCounts[toks[p-2].Lower]; ok {
			return -n
		}
	}
	return 0
}

// titledPersonAfter: the person named within six tokens after w, past at
// most a run of title words ("with Prime Minister X"), or -1.
func (d *Reader) titledPersonAfter(si, w int) int {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.I > w && m.I <= w+6 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && titleRun(toks, w+1, m.I) {
			return m.Actor
		}
	}
	return -1
}
