package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// A mediation is often told through the body that runs it and that body's
// head: "The mediation team is chaired by X", "the panel is chaired by
// X", "the mediation team of former heads of state led by X", "the ...
// Implementation Panel led by X" (p460, p461, p325, p447). The head of a
// body that mediates chairs the talks, whoever they are; a side's own team
// ("the government team is led by X") is no such body, so a team counts
// only when a mediation noun names it.
var (
	// mediationBodies run a mediation by their name alone: "the panel".
	mediationBodies = lex("mediationBodies")
	// mediationTeams do so after a mediation noun: "the mediation team".
	mediationTeams = lex("mediationTeams")
	// bodyHeadVerbs, passive before "by", tell who heads a body.
	bodyHeadVerbs = lex("bodyHeadVerbs")
	// headedAux may stand between the body and the verb: "is chaired by".
	headedAux = lex("headedAux")
	// mediatingWords name a team as a mediation noun does: "the mediating
	// team".
	mediatingWords = lex("mediatingWords")
	// bodyMemberVerbs, with "of" after them, list a body's members as its
	// predicate: "the mediation team was made up of A, B and C".
	bodyMemberVerbs = lex("bodyMemberVerbs")
	// clauseConjunctions open a new clause, which ends a list of members.
	clauseConjunctions = lex("clauseConjunctions")
)

// mediationBody: the word at i ends a mediation body's noun phrase: a
// team a mediation noun names ("the mediation team"), a panel named as a
// body ("the African Union High-Level Implementation Panel"), or "the
// panel" once the story has named one. A panel no name is given is often
// a side's own ("the government panel was headed by X", p396).
func (d *Reader) mediationBody(si, i int) bool {
	toks := d.Sents[si].Toks
	if i < 0 {
		return false
	}
	w := toks[i].Lower
	if mediationTeams[w] && i > 0 && (mediationNouns[toks[i-1].Lower] || mediatingWords[toks[i-1].Lower]) {
		return true
	}
	if !mediationBodies[w] {
		return false
	}
	if toks[i].Cap && i > 0 {
		return true
	}
	return i > 0 && toks[i-1].Lower == "the" && d.namedBody(si, w)
}

// namedBody: a sentence up to si names a body whose name holds the word
// w capitalized ("Panel of Eminent African Personalities") after a
// sentence's first word.
func (d *Reader) namedBody(si int, w string) bool {
	for s := 0; s <= si && s < len(d.Sents); s++ {
		for k, t := range d.Sents[s].Toks {
			if k > 0 && t.Cap && t.Lower == w {
				return true
			}
		}
	}
	return false
}

// headedMediationBody: the passive head verb at v has a mediation body
// as its subject, right before it (past "is", "was", "has been") or
// with an "of" complement of up to eight words between ("the mediation
// team of former African heads of state led by"). Punctuation other than
// a hyphen inside a compound ends the subject.
func (d *Reader) headedMediationBody(si, v int) bool {
	toks := d.Sents[si].Toks
	if !bodyHeadVerbs[toks[v].Lower] {
		return false
	}
	e := v - 1
	for e >= 0 && headedAux[toks[e].Lower] {
		e--
	}
	if d.mediationBody(si, e) || d.mediatorHeadClause(si, e) {
		return true
	}
	for i := e; i > 0 && v-i <= 9; i-- {
		if !toks[i].Word && !(toks[i].Text == "-" && toks[i].Glued) {
			return false
		}
		if toks[i].Lower == "of" && d.mediationBody(si, i-1) {
			return true
		}
	}
	return false
}

// headedBodyRoles reads the head of a mediation body at the "by" at k:
// each agent brokers in person. Not as a chair, which Settle folds into a
// state that brokers already: the head of a mediation team is a mediator
// named so, not a state's delegate (p460's retired general of the host
// state). A person brings the body their post serves ("the UN envoy"),
// but not their state: heads of such bodies are most often former
// leaders, whose nationality names no broker ("X, the retired Kenyan
// general", a post the record keeps without "retired").
func (d *Reader) headedBodyRoles(si, k int, r *Roles) {
	agents := d.byAgents(si, k+1)
	if len(agents) == 0 {
		if p := d.titledHead(si, k+1); p >= 0 {
			agents = append(agents, p)
		}
	}
	for _, m := range agents {
		r.addMediator(m)
		if d.Cast.Actors[m].Kind != graph.Person {
			continue
		}
		if b := d.servedBody(m); b >= 0 && d.Cast.Actors[b].Kind == graph.Organization {
			r.addServed(m, b)
		}
	}
}

// titledHead is the person named after a title phrase of up to six words
// from token k, with no comma between: "led by former South African
// president X", "chaired by former UN Secretary-General X" (a title
// byAgents does not read when a capitalized body or a two-word demonym
// opens it); -1 when none.
func (d *Reader) titledHead(si, k int) int {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.Kind != mention.Person || m.Actor < 0 || m.I < k || m.I > k+6 {
			continue
		}
		for e := k; e < m.I; e++ {
			if !toks[e].Word && !(toks[e].Text == "-" && toks[e].Glued) {
				return -1
			}
		}
		return m.Actor
	}
	return -1
}

// includeVerbs list a body's members: "the guarantors, which also
// include A, B and C".
var includeVerbs = lex("includeVerbs")

// includedMediators reads the members that a relative clause right after
// a mediators' noun or a mediation body ending at token e lists: "Brazil
// coordinates the guarantors, which also include A, B and C" (p397), "X,
// chief of the mediation team, which includes also the UN, the AU and
// ECOWAS" (p496). Each member brokers with the body. nil when no such
// clause follows.
func (d *Reader) includedMediators(si, e int) []int {
	toks := d.Sents[si].Toks
	k := e + 1
	// "the mediators, including A and B,": the participle lists the
	// members as the relative clause does (issue 14's
	// four-hundred-and-eighty-ninth round; p2971).
	if k+2 < len(toks) && toks[k].Text == "," && toks[k+1].Lower == "including" {
		return d.actorList(si, k+2)
	}
	if k+3 >= len(toks) || toks[k].Text != "," || toks[k+1].Lower != "which" && toks[k+1].Lower != "who" {
		return nil
	}
	k += 2
	if toks[k].Lower == "also" {
		k++
	}
	if k+1 >= len(toks) || !includeVerbs[toks[k].Lower] {
		return nil
	}
	k++
	if toks[k].Lower == "also" {
		k++
	}
	return d.actorList(si, k)
}

// memberList are the persons a mediation body's predicate lists as its
// members: "the mediating team was made up of A, founder of X, B and
// C", "the mediation team consisted of A and B", "the mediation
// committee includes A and B" (the hundred-and-forty-ninth round). The
// body's word ends at e. An item may carry an apposition between commas
// ("A, founder of X,") and a capitalized title before its name
// ("Archbishop C"); the list ends at a semicolon or a clause's
// conjunction. nil when no such predicate follows.
func (d *Reader) memberList(si, e int) []int {
	toks := d.Sents[si].Toks
	k := e + 1
	for k < len(toks) && headedAux[toks[k].Lower] {
		k++
	}
	switch {
	case k+2 < len(toks) && toks[k].Lower == "made" && toks[k+1].Lower == "up" && toks[k+2].Lower == "of":
		k += 3
	case k+1 < len(toks) && bodyMemberVerbs[toks[k].Lower] && toks[k+1].Lower == "of":
		k += 2
	case k < len(toks) && includeVerbs[toks[k].Lower] && k > e+1:
		k++
	default:
		return nil
	}
	var out []int
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < k || m.Actor < 0 || m.Kind != mention.Person {
			continue
		}
		if clauseBreak(toks, k, m.I) {
			break
		}
		b := m.I
		for b > k && toks[b-1].Cap && toks[b-1].Word && (mention.IsTitleWord(toks[b-1].Lower) || mention.PrefixEnd(toks, b-1) == b) {
			b--
		}
		if b == k || toks[b-1].Text == "," || toks[b-1].Lower == "and" {
			out = append(out, m.Actor)
		}
	}
	return out
}

// clauseBreak: a semicolon or a clause's conjunction stands in [i,j).
func clauseBreak(toks []text.Token, i, j int) bool {
	for x := i; x < j && x < len(toks); x++ {
		if toks[x].Text == ";" || clauseConjunctions[toks[x].Lower] {
			return true
		}
	}
	return false
}
