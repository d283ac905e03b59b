package roles

// Issue 14's four-hundred-and-eighty-fifth round: co-brokers joined to a
// role told after "as".

// asRoleCoAgents reads the brokers joined after a mediator noun told with
// "as": "Russia and Ukraine take part as mediators and guarantors
// alongside the OSCE" (p2947), "X, who acts as facilitator together with
// the former Spanish head of government Y" (p1330), "witnessed the
// signing as guarantors, along with Italian envoy Z" (p2185). Whoever
// holds the role with the subject holds it too; the subject itself is
// read by the rules of "as" (mediatorNounRoles). Only a mediator noun
// right after "as", at most one lower-case word between ("as joint
// mediators", "as a guarantor"), with a second noun after "and" allowed,
// opens the shape: "as talks went on alongside X" names no broker.
func (d *Reader) asRoleCoAgents(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if toks[k].Lower != "as" {
		return
	}
	e := k + 1
	if e < len(toks) && toks[e].Word && !toks[e].Cap && !mediatorNouns[toks[e].Lower] {
		e++
	}
	if e >= len(toks) || !mediatorNouns[toks[e].Lower] {
		return
	}
	e++
	if e+1 < len(toks) && toks[e].Lower == "and" && mediatorNouns[toks[e+1].Lower] {
		e += 2 // "as mediators and guarantors"
	}
	var next int
	switch {
	case e < len(toks) && toks[e].Lower == "alongside":
		next = e + 1
	default:
		var ok bool
		if next, ok = coAgentNext(toks, e); !ok {
			return
		}
	}
	for _, m := range d.actorList(si, next) {
		d.mediator(r, m)
	}
}
