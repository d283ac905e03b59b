package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// acronymPost reads "X, the Southern Alliance (SA) mediator" and "the
// Southern Alliance (SA) facilitator, X" (p190, p426): a body's acronym in
// brackets between its name and the mediator noun at k still tells whose
// post it is, as the name alone does in "the UN mediator, X" (postBody).
// The person apposed holds the post and the body brokers with them. It
// reports whether it gave the roles.
func (d *Reader) acronymPost(si, k int, r *Roles) bool {
	body := d.bracketedBody(si, k)
	if body == nil || strings.HasSuffix(d.Sents[si].Toks[k].Lower, "s") {
		return false
	}
	p := d.personApposedTo(si, body.I, k)
	if p < 0 {
		toks := d.Sents[si].Toks
		if c := postComma(toks, k); c > 0 && c+1 < len(toks) {
			if m := d.commaPerson(si, c+1); m != nil {
				p = m.Actor
			}
		}
	}
	if p < 0 {
		return false
	}
	d.mediator(r, p)
	d.postBody(r, body.Actor)
	return true
}

// bracketedBody is the body named right before "(ACRONYM)" when that
// bracket stands right before token k; nil otherwise. Only a word of
// capitals in the bracket counts: a bracketed place or year ("the
// Council (Geneva) mediator") does not name the body again.
func (d *Reader) bracketedBody(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	if k < 4 || toks[k-1].Text != ")" || toks[k-3].Text != "(" || !toks[k-2].Word {
		return nil
	}
	if acr := toks[k-2].Text; len(acr) < 2 || strings.ToUpper(acr) != acr {
		return nil
	}
	m := d.MentionEndingAt(si, k-3)
	if m == nil || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind == graph.Person {
		return nil
	}
	return m
}

// acronymGlossEnd: the token after a bracketed acronym that starts at e
// ("(CPLP)"), else e. Only a word of capitals counts, as in
// bracketedBody: a bracketed place or date ("(Geneva)") is not the
// item's name again.
func acronymGlossEnd(toks []text.Token, e int) int {
	if e+2 >= len(toks) || toks[e].Text != "(" || toks[e+2].Text != ")" || !toks[e+1].Word {
		return e
	}
	if acr := toks[e+1].Text; len(acr) < 2 || strings.ToUpper(acr) != acr {
		return e
	}
	return e + 3
}
