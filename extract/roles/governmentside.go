package roles

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's fortieth round: a state told as its government, joined to
// the movement it negotiates with.

// governmentNouns name a state's government in a phrase that stands for
// the state as a side ("the government of B", "B's interim government",
// "the Indian government").
var governmentNouns = lex("governmentNouns")

// pactVerbs, said of two sides as one subject, tell them agreeing:
// "A and B signed a ceasefire", "A and B agreed to lock up the arms".
var pactVerbs = lex("pactVerbs")

// armedConflictWords tell a sentence of an armed conflict, in which a
// body joined to a government as its counterpart is an armed movement
// the text names like a council or a front ("the National Council of Y
// ... since the group agreed to a ceasefire").
var armedConflictWords = lex("armedConflictWords")

// governmentSides reads "the government of A and G signed a ceasefire",
// "A's government and G agreed to ...", "the Indian government and G
// signed a framework agreement" (p220, p196, p188, p251, p157, p273): a
// state told as its government and a movement joined to it as one subject
// of a pact verb, or in a sentence that names a negotiation, are the two
// sides. The movement may follow its description in apposition ("the last
// rebel movement still fighting it, G,", p273). The movement is a group,
// or a body the text names like a council when the sentence tells an
// armed conflict (p220's council, in a ceasefire).
func (d *Reader) governmentSides(si int, hasNeg bool, r *Roles) {
	toks := d.Sents[si].Toks
	if cooperationFramed(toks) || adjudicated(toks) {
		return
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "and" || toks[k-1].Text == "," {
			continue
		}
		state := d.governmentEndingAt(si, k)
		if state < 0 {
			continue
		}
		m, e := d.counterpartAfter(si, k+1)
		if m == nil || !(hasNeg || pactVerbAfter(toks, e)) {
			continue
		}
		switch d.Cast.Actors[m.Actor].Kind {
		case graph.Group:
			d.pairRole(r, state, m.Actor, d.topicAt(&d.Sents[si], k))
		case graph.Organization:
			// Not a collective by itself (an agency of no state): the
			// conflict makes it the armed side, and a body named as a
			// government of its own is a second government at the table
			// (selfGoverning).
			if anyCompound(toks, armedConflictWords) || d.selfGoverning(m.Actor) {
				r.addPair(state, m.Actor, d.topicAt(&d.Sents[si], k))
			}
		}
	}
}

// governmentEndingAt is the state whose government the phrase just
// before k names — "the government of A", "A's (interim) government",
// "the A-ian government" — else -1.
func (d *Reader) governmentEndingAt(si, k int) int {
	toks := d.Sents[si].Toks
	if m := d.MentionEndingAt(si, k); m != nil && m.Actor >= 0 && m.I >= 2 && toks[m.I-1].Lower == "of" && governmentNouns[toks[m.I-2].Lower] {
		return d.stateOf(m)
	}
	g := k - 1
	if !governmentNouns[toks[g].Lower] {
		return -1
	}
	if st := d.nationalGovernment(si, g); st >= 0 {
		return st
	}
	// "the Indian government": the state's demonym (or name) right before
	// the noun.
	if m := d.MentionEndingAt(si, g); m != nil && m.I >= 1 && toks[m.I-1].Lower == "the" {
		return d.stateOf(m)
	}
	// "A's seven-party government", "A's internationally recognised
	// government": up to four lower-case modifiers after a possessive. A
	// government told with an article of its own ("A said a conservative
	// interim government and ...") is not said to be A's.
	for e := g - 1; e >= 0 && g-e <= 5; e-- {
		if toks[e].Text == "'s" || toks[e].Text == "'" {
			return d.stateOf(d.MentionEndingAt(si, e))
		}
		if !(toks[e].Word && !toks[e].Cap || toks[e].Text == "-") || appositionDets[toks[e].Lower] {
			return -1
		}
	}
	return -1
}

// stateOf is the state a mention names (a state, its demonym or its
// capital), else -1.
func (d *Reader) stateOf(m *mention.Mention) int {
	if m == nil || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.State {
		return -1
	}
	return m.Actor
}

// counterpartAfter is the actor named as the second conjunct from k —
// "the G", or "the <description>, G," in apposition — and where the
// conjunct ends.
func (d *Reader) counterpartAfter(si, k int) (*mention.Mention, int) {
	toks := d.Sents[si].Toks
	if m := d.FirstActor(si, k, 3, false); m != nil {
		for e := k; e < m.I; e++ {
			if toks[e].Text == "," {
				return nil, -1
			}
		}
		return m, m.J
	}
	// "the last rebel movement still fighting it, G," — a description in
	// lower case, then the name set off by commas.
	e := k
	for ; e < len(toks) && e < k+10 && toks[e].Word && !toks[e].Cap; e++ {
	}
	if e == k || e >= len(toks) || toks[e].Text != "," {
		return nil, -1
	}
	m := d.FirstActor(si, e+1, 2, false)
	if m == nil || m.J >= len(toks) || toks[m.J].Text != "," {
		return nil, -1
	}
	return m, m.J + 1
}

// pactVerbAfter: a pact verb follows the conjunct at e, at most three
// words on ("today signed", "agreed early on Wednesday").
func pactVerbAfter(toks []text.Token, e int) bool {
	for i := e; i >= 0 && i < len(toks) && i < e+4; i++ {
		if pactVerbs[toks[i].Lower] {
			return true
		}
		if toks[i].Text == "," {
			return false
		}
	}
	return false
}

// possessiveNegNouns, after a side's possessive and before "with", tell
// that side negotiating with or disputing the other: "A's dispute with B",
// "A's talks with B", "A's negotiations with B".
var possessiveNegNouns = lex("possessiveNegNouns")

// possessiveWith reads "A's (long) dispute with B", "A's talks with B",
// "A's negotiations with B" at the "with" at k (p272, p274, p276): the
// possessive side and the side after "with" are the two parties, both
// states or groups. Talks framed as cooperation ("A's talks with B on
// tourism") are left to the partners they are.
func (d *Reader) possessiveWith(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	n := k - 1
	if n < 2 || !possessiveNegNouns[compound(toks, n)] || cooperationFramed(toks) || adjudicated(toks) {
		return
	}
	e := n
	for e > 0 && n-e < 2 && toks[e-1].Word && !toks[e-1].Cap && !functionWords[toks[e-1].Lower] {
		e-- // "Chad's long dispute", "Iraq's border talks"
	}
	if e < 2 || toks[e-1].Text != "'s" && toks[e-1].Text != "'" {
		return
	}
	a := d.MentionEndingAt(si, e-1)
	b := d.firstSideAfter(si, k+1)
	if a != nil && a.Actor >= 0 && b < 0 {
		b = d.blocAfter(si, k+1) // "A's talks with the European Union"
	}
	if a == nil || a.Actor < 0 || b < 0 || !d.possessiveSide(a.Actor) {
		return
	}
	r.blocs = true
	d.pairRole(r, a.Actor, b, d.topicAt(&d.Sents[si], n))
	r.blocs = false
}

// firstSideAfter is the state or group named first within three words of
// k, before any comma, else -1.
func (d *Reader) firstSideAfter(si, k int) int {
	toks := d.Sents[si].Toks
	for e := k; e < len(toks) && e < k+3; e++ {
		if toks[e].Text == "," {
			return -1
		}
	}
	m := d.FirstActor(si, k, 3, false)
	if m == nil {
		return -1
	}
	if x := d.Cast.Actors[m.Actor].Kind; x != graph.State && x != graph.Group {
		return -1
	}
	return m.Actor
}

// jointBrokers reads "together with A and B" in a sentence that made
// someone a mediator: the states and bodies listed after it broker
// jointly with them ("X and Y acted as mediators in the talks, together
// with Z", p190; "the mediation that Q, together with E and U, has been
// conducting", p100; "its efforts together with S and U for the
// mediation", p86). A person listed so is left out: a leader may come
// "together with" their own delegation, and so is what is said of a side.
func (d *Reader) jointBrokers(si int, medsBefore int, r *Roles) {
	if len(r.seenMed) == medsBefore {
		return
	}
	toks := d.Sents[si].Toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower != "together" || toks[k+1].Lower != "with" {
			continue
		}
		// Said of a side ("A, together with its ally C, rejected the
		// plan"), it lists that side's friends, not brokers.
		e := k
		if e > 0 && toks[e-1].Text == "," {
			e--
		}
		if m := d.MentionEndingAt(si, e); m != nil && m.Actor >= 0 && !slices.Contains(r.mediators, m.Actor) {
			continue
		}
		for _, m := range d.actorList(si, k+2) {
			if x := d.Cast.Actors[m].Kind; x == graph.State || x == graph.Organization {
				d.mediator(r, m)
			}
		}
	}
}

// Issue 14's eighty-fifth round: a national government facing a regional
// one ("talks between A's national government and the Autonomous X
// Government", p161; "consultations between the national government and
// the Autonomous X Government ..., A's Minister for X Affairs said",
// p377).

// nationalWords set a state's own government apart from a region's:
// "the national government", "the central government".
var nationalWords = lex("nationalWords")

// selfGoverning: an organization whose name ends in a government noun
// ("the Autonomous X Government", "the Kurdistan Regional Government") is
// the government of a territory of its own, a side when it faces a state
// told as its government.
func (d *Reader) selfGoverning(a int) bool {
	name := strings.Fields(strings.ToLower(d.Cast.Actors[a].Name()))
	return len(name) >= 2 && governmentNouns[name[len(name)-1]]
}

// nationalGovernment is the state of "the national government" ending at
// g: the one state the sentence names, else -1. The article says whose it
// is no more than that, so two states named leave it unread.
func (d *Reader) nationalGovernment(si, g int) int {
	toks := d.Sents[si].Toks
	if g < 2 || !nationalWords[toks[g-1].Lower] || toks[g-2].Lower != "the" {
		return -1
	}
	st := -1
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.State || m.Actor == st {
			continue
		}
		if st >= 0 {
			return -1
		}
		st = m.Actor
	}
	return st
}
