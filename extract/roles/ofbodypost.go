package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-forty-sixth round: a mediator's post whose
// body an "of" complement names, its holder set off by commas after it.

// ofBodyPost reads "The mediator of the Economic Community of West
// African States (ECOWAS), former Nigerian President X, arrived", "The
// chief mediator of the regional authority (IGAD), Lt-Gen Y, said" and
// "the mediator of the AU in the crisis, Z,": a singular mediator noun
// after "the" and its lower-case modifiers (b is where they begin), an
// "of" complement naming an organization, its bracketed acronym and a
// short prepositional complement (postComma), then the person set off by
// commas (commaPerson). The post is the person's and the body's, as in
// "the UN mediator, X" (postBody; p2708, p2394, p2142). A post left
// ("the former mediator of the AU, X") gives none; a state after "of"
// ("the mediator of Kenya") is not read here, as a state's mediator is
// credited in person (demonymPost). It reports whether it gave roles.
func (d *Reader) ofBodyPost(si, b, k int, r *Roles) bool {
	toks := d.Sents[si].Toks
	if strings.HasSuffix(toks[k].Lower, "s") || k+3 >= len(toks) || toks[k+1].Lower != "of" {
		return false
	}
	det := b
	if toks[b].Lower != "the" || b == k {
		det = b - 1
	}
	if det < 0 || toks[det].Lower != "the" {
		return false
	}
	for e := det + 1; e < k; e++ {
		if formerWords[toks[e].Lower] {
			return false
		}
	}
	o := k + 2
	if toks[o].Lower == "the" {
		o++
	}
	var body *mention.Mention
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.I == o && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Organization {
			body = m
		}
	}
	if body == nil {
		return false
	}
	e := body.J
	if e+2 < len(toks) && toks[e].Text == "(" && toks[e+2].Text == ")" {
		e += 3 // "(ECOWAS)"
	}
	c := postComma(toks, e-1)
	if c < 0 || c+1 >= len(toks) {
		return false
	}
	p := d.commaPerson(si, c+1)
	if p == nil {
		return false
	}
	d.mediator(r, p.Actor)
	d.postBody(r, body.Actor)
	return true
}
