package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-seventy-first round: a broker's principal.
// One who brokers "on behalf of" a body B does it as B's envoy: "X, the
// retired general chairing the sessions on behalf of B" (p1856, p1925),
// "X, mediating on behalf of B" (p876, p575), "A and C, leading the
// mediation on behalf of B" (p1809), talks "hosted by A on behalf of B"
// (p1823). So B brokers too, as for "X ... as the special envoy of B"
// (envoyOf); read in Settle after the chairs, since the agent is often
// the chair of the talks. The agent is the nearest
// actor named before "on behalf of" within behalfReach tokens (no
// semicolon between); a title's demonym ("Kenyan mediator X") is no
// agent. Settle keeps B only when the agent is a mediator and B is no
// side, so a side's signatory "on behalf of the parties" or a negotiator
// "on behalf of his government" makes no broker.

// behalfReach: how far before "on behalf of" the agent may be named.
const behalfReach = 16

// behalfOfRole reads the "behalf" at k of "on behalf of B".
func (d *Reader) behalfOfRole(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k < 2 || toks[k-1].Lower != "on" || k+2 >= len(toks) || toks[k+1].Lower != "of" {
		return
	}
	bodies := d.actorList(si, k+2)
	if len(bodies) == 0 {
		bodies = d.modifiedPrincipal(si, k+2)
	}
	if len(bodies) == 0 {
		return
	}
	agent, end := -1, -1
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || m.Desc || m.J > k-1 || m.J < k-1-behalfReach || m.J <= end {
			continue
		}
		agent, end = m.Actor, m.J
	}
	if agent < 0 {
		return
	}
	for e := end; e < k-1; e++ {
		if toks[e].Text == ";" {
			return
		}
	}
	for _, b := range bodies {
		// A person "on behalf of" whom another facilitates is whose
		// envoy that one is, not thereby a broker ("facilitating on
		// behalf of the EU foreign policy chief X", p439), as
		// envoyOfRole reads only bodies.
		if b != agent && d.Cast.Actors[b].Kind != graph.Person {
			r.behalfOf = append(r.behalfOf, [2]int{agent, b})
		}
	}
}

// modifiedPrincipal reads the principal after lower-case modifiers that
// actorList does not pass: "of the regional X bloc", "of the six-nation
// X" (p1856, p1809). At most four such tokens (words, hyphens,
// numbers) stand between "of" and the name.
func (d *Reader) modifiedPrincipal(si, o int) []int {
	toks := d.Sents[si].Toks
	for e := o; e < len(toks) && e <= o+4; e++ {
		for _, m := range d.Ments[si] {
			if m.I == e && m.Actor >= 0 && !m.Desc {
				return []int{m.Actor}
			}
		}
		if t := toks[e]; t.Cap || !(t.Word || t.Text == "-" && t.Glued || mention.IsNumber(t.Text)) {
			return nil
		}
	}
	return nil
}

// settleBehalf adds to meds the principals of mediators (behalfOfRole)
// that are no side.
func (r *Roles) settleBehalf(meds []int, isMed, sides map[int]bool) []int {
	for _, e := range r.behalfOf {
		if isMed[e[0]] && !isMed[e[1]] && !sides[e[1]] {
			meds = append(meds, e[1])
			isMed[e[1]] = true
		}
	}
	return meds
}
