package roles

import "github.com/parley-dev/parley/graph"

// fightVerbs tell an armed side's war on a government: "X has fought the
// government in C", "the rebels fighting the government of S".
var fightVerbs = lex("fightVerbs")

// foughtGovernment reads the sides of a war a story of talks tells in a
// sentence of its own: "X has fought the government in C since 1975",
// "the rebels fighting the government of S" (the two-hundred-and-
// ninetieth round; p1180's "Savimbi's movement ... has fought the Marxist
// government in Luanda", p1774's "The rebels fighting the government in
// Bamako"). The government's state (a capital stands for it) and the
// group that fights it are the sides. The fighter is the group named
// right before the verb, past its auxiliaries and a comma-closed
// apposition ("X, backed by Y, has fought"), or a plural rebel noun
// ("the rebels") that stands, as in "between the government and the
// rebels", for the movements the story names. A sentence without talks
// in the story gives no negotiation: the pair is weak (Settle keeps it
// only where no stronger pair names the sides).
func (d *Reader) foughtGovernment(si int, r *Roles) {
	toks := d.Sents[si].Toks
	for k := 1; k+3 < len(toks); k++ {
		if !fightVerbs[toks[k].Lower] || toks[k+1].Lower != "the" {
			continue
		}
		e := k + 2
		for n := 0; n < 2 && e < len(toks) && toks[e].Lower != "government" && toks[e].Word; n++ {
			e++ // "the Marxist government", "the central government"
		}
		if e+2 >= len(toks) || toks[e].Lower != "government" || toks[e+1].Lower != "in" && toks[e+1].Lower != "of" {
			continue
		}
		fighters := d.fighterBefore(si, k, r)
		if len(fighters) == 0 {
			continue // the capital's state is added only for a war read
		}
		state := -1
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I != e+2 {
				continue
			}
			if s := d.Side(m.Actor); s >= 0 && d.Cast.Actors[s].Kind == graph.State {
				state = s
			} else if toks[e+1].Lower == "in" {
				state = d.CapitalSide(m) // "the government in Luanda"
			}
			break
		}
		if state < 0 {
			continue
		}
		for _, g := range fighters {
			if g != state {
				prev := r.weakRoles
				r.weakRoles = true
				r.addPair(state, g, d.topicAt(&d.Sents[si], k))
				r.weakRoles = prev
			}
		}
	}
}

// fighterBefore is the group whose verb is at k: the group named right
// before it (auxiliaries and an apposition between commas skipped), or
// the movements a plural rebel noun there stands for.
func (d *Reader) fighterBefore(si, k int, r *Roles) []int {
	toks := d.Sents[si].Toks
	v := k - 1
	for v >= 0 && auxWords[toks[v].Lower] {
		v--
	}
	if v >= 0 && toks[v].Text == "," {
		c := v - 1
		for c >= 0 && toks[c].Text != "," {
			c--
		}
		if c < 1 {
			return nil
		}
		v = c - 1
	}
	if v < 0 {
		return nil
	}
	if v > 0 && toks[v-1].Lower == "the" && rebelPlurals[toks[v].Lower] {
		// A plural stands for every movement named before, not the one
		// the coreference gave it.
		var out []int
		for _, g := range d.resolveGeneric(si, v, toks[v].Lower, groupClass, r) {
			if d.Cast.Actors[g].Kind == graph.Group {
				out = append(out, g)
			}
		}
		return out
	}
	if m := d.MentionEndingAt(si, v+1); m != nil && m.Actor >= 0 && !m.Desc {
		if g := d.Side(m.Actor); g >= 0 && d.body(g) && d.Cast.Actors[g].Affiliation < 0 {
			return []int{g} // a movement may be typed as a body
		}
	}
	return nil
}
