package roles

import (
	"github.com/parley-dev/parley/extract/mention"
)

// signWithVerbs sign a pact; signWithStops end the list after "with".
var (
	signWithVerbs = lex("signWithVerbs")
	signWithStops = lex("signWithStops")
)

// signedWith: "A signed a peace accord with B", "A on Friday inked a
// memorandum of settlement with B and C": a signer whose pact settles a
// dispute (a disputeWords word in the object: peace, ceasefire,
// settlement, border) negotiated it with those it signs with, each a
// side — no mediator needed, no "between" or "A and B" subject. A pact
// of no dispute ("signed a trade agreement with B", "a revised agreement
// with X") joins no sides. The signer is the name right before the verb,
// across an adverb of day ("on Friday", "today") and a bracketed acronym;
// a place it comes "from" is no signer.
func (d *Reader) signedWith(si int, r *Roles) {
	toks := d.Sents[si].Toks
	if cooperationFramed(toks) || adjudicated(toks) {
		return
	}
	for k, t := range toks {
		infinitive := k > 0 && toks[k-1].Lower == "to" && signInfinitives[t.Lower]
		if !signWithVerbs[t.Lower] && !infinitive {
			continue
		}
		w, settles := -1, false
		for e := k + 1; e < len(toks) && e <= k+7; e++ {
			if toks[e].Lower == "with" {
				w = e
				break
			}
			if !toks[e].Word && toks[e].Text != "-" {
				break
			}
			settles = settles || disputeWords[toks[e].Lower]
		}
		if w < 0 || !settles {
			continue
		}
		a := -1
		if infinitive {
			a = d.travellerToSign(si, k)
		} else {
			a = d.signerBefore(si, k)
		}
		if a < 0 {
			continue
		}
		for _, b := range d.signedWithList(si, w+1) {
			if b != a {
				d.pairRole(r, a, b, d.topicAt(&d.Sents[si], k))
			}
		}
	}
}

// signArrivalVerbs tell the trip a signer made to sign; signInfinitives
// sign a pact after "to" ("flew to X to sign a truce with B").
var (
	signArrivalVerbs = lex("arrivalVerbs")
	signInfinitives  = lex("signInfinitives")
)

// travellerToSign: "A travelled to X on Thursday to sign a ceasefire with
// B": the signer of the "to sign" at k is the traveller named right
// before the trip's verb, when no comma stands between the trip and the
// signing. -1 when none.
func (d *Reader) travellerToSign(si, k int) int {
	toks := d.Sents[si].Toks
	if k < 3 || toks[k-1].Lower != "to" {
		return -1
	}
	for v := k - 2; v > 0; v-- {
		if !toks[v].Word {
			return -1
		}
		if signArrivalVerbs[toks[v].Lower] {
			return d.signerBefore(si, v)
		}
	}
	return -1
}

// signerBefore: the actor named right before the verb at k, -1 when none.
func (d *Reader) signerBefore(si, k int) int {
	toks := d.Sents[si].Toks
	v := k
	for v > 0 && auxWords[toks[v-1].Lower] {
		v--
	}
	switch {
	case v > 0 && (toks[v-1].Lower == "today" || toks[v-1].Lower == "yesterday" || toks[v-1].Lower == "tonight"):
		v--
	case v > 1 && toks[v-2].Lower == "on" && toks[v-1].Cap:
		v -= 2
	}
	if v > 2 && toks[v-1].Text == ")" && toks[v-3].Text == "(" {
		v -= 3
	}
	m := d.MentionEndingAt(si, v)
	if m == nil || m.Actor < 0 || m.Kind == mention.City {
		return -1
	}
	s := m.PhraseStart()
	if s > 0 && toks[s-1].Lower == "the" {
		s--
	}
	if s > 0 && (toks[s-1].Lower == "from" || toks[s-1].Lower == "in" || toks[s-1].Lower == "at") {
		return -1
	}
	return m.Actor
}

// signedWithList: the actors named after "with" at i, up to a comma or a
// signWithStops word ("with B and the C government in X").
func (d *Reader) signedWithList(si, i int) []int {
	toks := d.Sents[si].Toks
	var out []int
	for e := i; e < len(toks) && e < i+10; e++ {
		if toks[e].Text == "," || !toks[e].Word || signWithStops[toks[e].Lower] {
			break
		}
		for _, m := range d.Ments[si] {
			if m.I == e && m.Actor >= 0 && m.Kind != mention.City && m.Kind != mention.NonActor {
				out = append(out, m.Actor)
			}
		}
	}
	return out
}
