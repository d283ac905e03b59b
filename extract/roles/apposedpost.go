package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// ofComplementPerson: the mention m is the complement of a person's
// title named before it — "President X of Gabon", "Vice-President X of
// southern Sudan" (one lower-case word may open the complement) — so an
// apposition or a verb after m is said of the person, not of the state
// (p199, p216, p217). Nil when m is no such complement.
func (d *Reader) ofComplementPerson(si int, m *mention.Mention) *mention.Mention {
	if m == nil || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind == graph.Person {
		return nil
	}
	toks := d.Sents[si].Toks
	o := m.I - 1
	if o > 0 && toks[o].Word && !toks[o].Cap && toks[o].Lower != "of" {
		o--
	}
	if o < 1 || toks[o].Lower != "of" {
		return nil
	}
	if p := d.MentionEndingAt(si, o); p != nil && p.Actor >= 0 && p.Kind == mention.Person {
		return p
	}
	return nil
}

// coBrokers reads "X brokered the deal with A and B" (p194, p217): after
// the object of an active brokering verb whose subject is a mediator, a
// "with" phrase naming states or bodies gives those who brokered it
// alongside X. It is weak evidence: "brokered a truce with the rebels"
// names a side, and Settle keeps a side of the story out of the brokers.
func (d *Reader) coBrokers(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		if !toks[e].Word {
			return
		}
		if toks[e].Lower != "with" {
			continue
		}
		r.weakRoles = true
		for _, m := range d.actorList(si, e+1) {
			if d.Cast.Actors[m].Kind != graph.Person {
				r.addMediator(m)
			}
		}
		r.weakRoles = false
		return
	}
}

// leadVerbs: "talks led by X".
var leadVerbs = lex("leadVerbs")

// ledTalks: the verb at k is a lead verb right after a negotiation noun
// ("talks led by"), a summit's lead excepted.
func ledTalks(toks []text.Token, k int) bool {
	if k < 1 || !leadVerbs[toks[k].Lower] {
		return false
	}
	w := compound(toks, k-1)
	return negNouns[w] && w != "summit"
}

// ledByBody reads the agent of "talks led by X" at the "by" at k: an
// organization that leads talks is the third party running them (p193,
// p214). A state or a person there may lead its own side's team, so only
// a body is taken.
//
// Mediation itself led by someone ("papal mediation led by Cardinal X",
// p230) is brokering whoever leads it, as is leading "the mediation team"
// (p239; ledMediation).
func (d *Reader) ledByBody(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	n := ledMediationAct(toks, k-1)
	anyone := n >= 0
	agents := d.byAgents(si, k+1)
	if anyone && mediationHeads[toks[n+1].Lower] {
		// "mediation efforts led by the president of A, X, and the crown
		// prince of B, Y": read as "mediation efforts by" is, every actor
		// to the phrase's end.
		agents = d.agentPhraseActors(si, k+1)
	}
	if anyone && len(agents) == 0 {
		// "led by Cardinal X": the person after their own title.
		for _, m := range d.Ments[si] {
			if m.Kind == mention.Person && m.Actor >= 0 && m.Title != "" && m.TI == k+1 {
				agents = append(agents, m.Actor)
			}
		}
	}
	for _, m := range agents {
		if anyone || d.Cast.Actors[m].Kind == graph.Organization {
			d.mediator(r, m)
		}
	}
}

// ledMediationAct is where the act of brokering that is the subject of
// the passive lead verb at v stands: "mediation led by", "mediation
// efforts led by", "the mediation is led by" (a mediationHeads word after
// the noun, headedAux words before the verb); -1 when there is none. A
// spent mediation ("an earlier mediation led by X") leads no part of the
// talks told. Issue 14's five-hundred-and-twenty-fourth round (p3178,
// p2406, p2946).
func ledMediationAct(toks []text.Token, v int) int {
	if v < 1 || !leadVerbs[toks[v].Lower] {
		return -1
	}
	n := v - 1
	for n > 0 && v-n <= 2 && headedAux[toks[n].Lower] {
		n--
	}
	if n > 0 && mediationHeads[toks[n].Lower] {
		n--
	}
	if !mediationNouns[toks[n].Lower] || toks[n].Lower == "auspices" || toks[n].Lower == "aegis" {
		return -1
	}
	if n > 0 && earlierMediationMods[toks[n-1].Lower] {
		return -1
	}
	return n
}

// hyphenLedTalks: the lead verb at k is glued to a hyphen after a name
// and a negotiation noun follows within two words: "UN-led peace talks",
// "AU-led talks" (p463, p214). "A Saudi-led coalition" leads no talks.
func hyphenLedTalks(toks []text.Token, k int) bool {
	if k < 2 || !toks[k].Glued || toks[k-1].Text != "-" || !toks[k-1].Glued {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+2 && toks[e].Word; e++ {
		if negNouns[compound(toks, e)] {
			return toks[e].Lower != "summit"
		}
	}
	return false
}

// hyphenLedBody reads the name before "-led talks" at the lead verb k:
// as for "talks led by X" (ledByBody), an organization that leads talks
// runs them as a third party, while a state may lead its own side.
func (d *Reader) hyphenLedBody(si, k int, r *Roles) {
	if m := d.MentionEndingAt(si, k-1); m != nil && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Organization {
		d.mediator(r, m.Actor)
	}
}

// mediationRunVerbs: "X chairs the mediation", "X joined the mediation".
var mediationRunVerbs = lex("mediationRunVerbs")

// ledMediationObject: the object from token o is the mediation ("the
// mediation", "the mediation team"), a lower-case modifier allowed
// before it: "the papal mediation" (p552), "the joint mediation".
func ledMediationObject(toks []text.Token, o int) bool {
	if o < len(toks) && (toks[o].Lower == "the" || toks[o].Lower == "its") {
		o++
	}
	if o+1 < len(toks) && toks[o].Word && !toks[o].Cap && mediationNouns[toks[o+1].Lower] {
		o++
	}
	return o < len(toks) && mediationNouns[toks[o].Lower]
}

// ledMediation reads "X, who has led the mediation team", "X led the
// mediation" at the lead verb at k: the subject brokers (p239, p230).
func (d *Reader) ledMediation(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	e := subjectEnd(toks, k)
	ms := d.listEndingAt(si, e)
	if p := d.ofComplementPerson(si, d.MentionEndingAt(si, e)); len(ms) == 1 && p != nil {
		// "President X of B, who heads the mediation committee": the
		// state completes the person's title; the person leads, as
		// carrierSubject reads it (the ninety-ninth round, p627).
		ms = []int{p.Actor}
	}
	if len(ms) == 0 && e < len(toks) && toks[e].Text == "," {
		// "X, the former secretary-general, who has led": the person
		// before the apposition.
		if c := appositionStart(toks, e+1); c < e+1 {
			ms = d.listEndingAt(si, c)
		}
	}
	if c := apposedRelative(toks, e); len(ms) == 0 && c > 0 {
		// "X, the Kenyan envoy who leads the mediation" (p247): the
		// person the apposition that holds the relative describes.
		ms = d.listEndingAt(si, c)
	}
	// Leading the mediation is chairing it: a state's minister who leads
	// the mediation his state brokers sits for it ("Qatar's Minister of
	// State X, who leads the mediation", p44), as a chair does (p37).
	for _, m := range ms {
		d.chairOf(r, m)
	}
}

// bodyEnvoyTitles end an envoy's post: "special envoy", "adviser".
var bodyEnvoyTitles = lex("bodyEnvoyTitles")

// bodyEnvoys: a body (an organization, not a state: a state's envoy may
// speak for a side) that the text makes a broker sends its envoy to the
// talks, so the person whose post is that body's envoy brokers too
// ("talks led by the African Union ... The AU envoy, X, chaired", p214;
// "the UN ... Jean Arnault, the personal envoy of the UN
// Secretary-General", p168). Read once the sentences are read: the envoy
// may be named before the body is made a broker.
func (d *Reader) bodyEnvoys(r *Roles) {
	bodies := map[int]bool{}
	for _, m := range r.mediators {
		if d.Cast.Actors[m].Kind == graph.Organization {
			bodies[m] = true
		}
	}
	if len(bodies) == 0 {
		return
	}
	for a, x := range d.Cast.Actors {
		if x.Kind != graph.Person || d.formerly(a) {
			continue
		}
		for _, p := range x.Positions {
			f := strings.Fields(strings.ToLower(p.Title))
			if p.Org >= 0 && bodies[p.Org] && len(f) > 0 && bodyEnvoyTitles[f[len(f)-1]] {
				r.addMediator(a)
				break
			}
		}
	}
}

// theMediatorApposed reads "The facilitator, X, said", "the chief
// mediator, X, met both sides" (the two-hundred-and-eighth round): a
// singular mediator noun after "the" and its lower-case modifiers (b is
// where they begin), with the person named between commas right after
// it (commaPerson), is that person's post. No body or state stands
// before the noun here ("the UN mediator, X" is read above). A modifier
// saying the post was left ("the former mediator, X") gives none, and a
// name the sentence's verb follows without a comma ("Unlike the
// mediator, X said") is no apposition. The person's actor, or -1.
func (d *Reader) theMediatorApposed(si, b, k int) int {
	toks := d.Sents[si].Toks
	if strings.HasSuffix(toks[k].Lower, "s") || k+2 >= len(toks) || toks[k+1].Text != "," {
		return -1
	}
	// The walk back to b passes a lower-case "the" but stops before a
	// capitalized one opening the sentence.
	det := b
	if toks[b].Lower != "the" || b == k {
		det = b - 1
	}
	if det < 0 || toks[det].Lower != "the" {
		return -1
	}
	for e := det + 1; e < k; e++ {
		if formerWords[toks[e].Lower] {
			return -1
		}
	}
	p := d.commaPerson(si, k+2)
	if p == nil || p.J >= len(toks) || toks[p.J].Text != "," {
		return -1
	}
	return p.Actor
}
