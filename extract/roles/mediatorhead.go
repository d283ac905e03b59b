package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-twenty-second round: the head of a body the
// sentence makes a mediator, told in a clause set off after its name.

// mediatorHeadClause: the head verb's subject, whose last word is at e,
// is a relative pronoun or an apposition set off by a comma after a
// body's name, or the comma itself before a bare participle — "the X
// Panel, which is led by P", "the X Initiative, a foundation headed by
// P", "X, a Geneva-based group chaired by P", "the X Commission, chaired
// by P" — with the body's acronym in brackets before the comma or not
// ("the X Panel (XP), which is chaired by P"), and
// that body is a mediation body by its name (mediationBody) or the agent
// of a mediation verb ("facilitated by the X", "brokered by X"). The
// head of the body that brokers brokers too, as with "the panel is
// chaired by P". A side's own body ("talks with the rebel front, which is
// led by P", "the delegation of X, a party headed by P") names no
// mediation: nothing is read.
func (d *Reader) mediatorHeadClause(si, e int) bool {
	toks := d.Sents[si].Toks
	if e < 2 {
		return false
	}
	c := -1
	switch {
	case toks[e].Text == ",":
		// "the X Commission, chaired by P": the participle right after
		// the comma (the three-hundred-and-sixty-first round).
		c = e
	case frame.RelativeWords[toks[e].Lower] && toks[e-1].Text == ",":
		c = e - 1
	case toks[e].Word && !toks[e].Cap:
		// ", a foundation", ", a Geneva-based association of churches"
		for i := e; i > 0 && e-i <= 6; i-- {
			t := toks[i]
			if (t.Lower == "a" || t.Lower == "an" || t.Lower == "the") && toks[i-1].Text == "," {
				c = i - 1
				break
			}
			if !t.Word && !(t.Text == "-" && t.Glued) {
				return false
			}
		}
	}
	if c < 1 {
		return false
	}
	c = acronymStart(toks, c)
	if d.mediationBody(si, c-1) {
		return true
	}
	m := d.MentionEndingAt(si, c)
	if m == nil || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind == graph.Person {
		return false
	}
	a := m.I
	if a > 0 && toks[a-1].Lower == "the" {
		a--
	}
	return a >= 2 && toks[a-1].Lower == "by" && mediatorVerbs[toks[a-2].Lower]
}

// acronymStart: the comma at c follows a body's acronym in brackets
// ("the X Implementation Panel (XIP), which is chaired by P", p1781):
// the index of the opening bracket, where the body's name ends; c when
// no such acronym stands there.
func acronymStart(toks []text.Token, c int) int {
	if c >= 3 && toks[c-1].Text == ")" && toks[c-3].Text == "(" && toks[c-2].Cap && strings.ToUpper(toks[c-2].Text) == toks[c-2].Text {
		return c - 3
	}
	return c
}

// Issue 14's three-hundred-and-sixty-first round: the head of a body
// told in a clause set off after its name, where the sentence itself
// makes the body no broker but the story does elsewhere: "the ceremony
// was attended by the members of the X Commission, chaired by P" and,
// two sentences on, "the Commission facilitated the negotiations"
// (p2199); "the X Panel (XP), which is chaired by P" (p1781). Read here,
// the pair (body, head) waits for Settle, which makes the head a broker
// once the body brokers: the head of a brokering body brokers in person,
// as with "the panel is chaired by P". A body that is no broker (a
// ministry, a side's own front) leaves its head alone.

// setOffBodyHead records (body, head) at the "by" at k after a head verb
// (bodyHeadVerbs) in a clause set off after an organization's name.
func (d *Reader) setOffBodyHead(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k < 3 || !bodyHeadVerbs[toks[k-1].Lower] {
		return
	}
	e := k - 2
	for e > 0 && headedAux[toks[e].Lower] {
		e--
	}
	c := -1
	switch {
	case toks[e].Text == ",":
		c = e
	case frame.RelativeWords[toks[e].Lower] && e > 0 && toks[e-1].Text == ",":
		c = e - 1
	}
	if c < 1 {
		return
	}
	m := d.MentionEndingAt(si, acronymStart(toks, c))
	if m == nil || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Organization {
		return
	}
	head := d.titledHead(si, k+1)
	if head < 0 {
		for _, a := range d.byAgents(si, k+1) {
			if d.Cast.Actors[a].Kind == graph.Person {
				head = a
				break
			}
		}
	}
	if head >= 0 {
		r.bodyHeads = append(r.bodyHeads, [2]int{m.Actor, head})
	}
}
