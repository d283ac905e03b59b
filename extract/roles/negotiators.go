package roles

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-eleventh round: parties whose role was not
// read though their negotiation was — a bloc after a side's possessive, a
// side told by the verb "negotiating with", sides told only by their
// negotiators meeting, and "A's government and the rebels" with the
// rebels named a sentence later.

// possessiveSide: the side before "'s talks with" is a state or group, or
// a bloc of states ("the EU's negotiations with A"); any other
// organization's talks are its own business.
func (d *Reader) possessiveSide(a int) bool {
	return d.IsSide(a) && d.Cast.Actors[a].Kind != graph.Organization || d.bloc(a)
}

// blocAfter is the bloc of states (blocNames) named first within three
// words of k, before any comma, else -1: "A's talks with the European
// Union" names the bloc as the other side, as a state would be.
func (d *Reader) blocAfter(si, k int) int {
	toks := d.Sents[si].Toks
	for e := k; e < len(toks) && e < k+3; e++ {
		if toks[e].Text == "," {
			return -1
		}
	}
	if m := d.FirstActor(si, k, 3, false); m != nil && d.bloc(m.Actor) {
		return m.Actor
	}
	return -1
}

// negotiateVerbs before "with" tell their subject negotiating with the
// object: "A is negotiating with B", "A negotiated with B for months".
var negotiateVerbs = lex("negotiateVerbs")

// negotiatingAux may stand between the subject and a negotiateVerbs word:
// "A has still been negotiating with B".
var negotiatingAux = lex("negotiatingAux")

// negotiatingWith reads "A is negotiating with B", "A has been bargaining
// with B", "X of A, who is negotiating with B" at the "with" at k: the
// subject's side and the state, group or bloc after "with" are the two
// parties. The subject is the mention that ends right before the verb and
// its auxiliaries, or for "who" the person before the comma. Both sides
// must be named by their own names: a capital standing for a state may
// stand for a bloc seated there ("London was negotiating with Brussels"),
// and a demonym is no subject. A verb with "each other" or a plural
// subject is left to the sentences that name the sides (bargainedSides).
func (d *Reader) negotiatingWith(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k < 2 || !negotiateVerbs[toks[k-1].Lower] || cooperationFramed(toks) {
		return
	}
	e := k - 1
	for e > 0 && negotiatingAux[toks[e-1].Lower] {
		e--
	}
	if e == k-1 && toks[k-1].Lower == "negotiating" {
		return // "talks on negotiating with B": no subject of the verb
	}
	if e < 1 {
		return
	}
	a := d.subjectEndingAt(si, e)
	if a < 0 {
		return
	}
	b := d.namedSideAfter(si, k+1)
	if b < 0 || d.Side(a) == d.Side(b) {
		return
	}
	r.blocs = true
	d.pairRole(r, a, b, d.topicAt(&d.Sents[si], k-1))
	r.blocs = false
}

// subjectEndingAt is the actor of the mention ending at token e (a state,
// group, bloc or person, named by its name), or for "A, who" the person
// before the comma; else -1.
func (d *Reader) subjectEndingAt(si, e int) int {
	toks := d.Sents[si].Toks
	if toks[e-1].Lower == "who" && e >= 3 && toks[e-2].Text == "," {
		if m := d.MentionEndingAt(si, e-2); m != nil && m.Actor >= 0 && m.Kind == mention.Person {
			return m.Actor
		}
		return -1
	}
	m := d.MentionEndingAt(si, e)
	if m == nil || m.Actor < 0 || !ownNamed(m) || conjoinedBefore(toks, m.I) {
		return -1
	}
	return m.Actor
}

// conjoinedBefore: the mention starting at i is the last of a conjoined
// subject ("A and B negotiated with C", "A, B negotiated"): a plural
// subject is one side of its own, left to the sentences that name the
// sides (bargainedSides).
func conjoinedBefore(toks []text.Token, i int) bool {
	if i >= 2 && toks[i-1].Lower == "the" {
		i--
	}
	return i >= 1 && (toks[i-1].Lower == "and" || toks[i-1].Text == "," || toks[i-1].Lower == "or")
}

// ownNamed: a mention that names its actor — a state, group, organization
// or person by name, not a capital, demonym or description.
func ownNamed(m *mention.Mention) bool {
	switch m.Kind {
	case mention.State, mention.Group, mention.Org, mention.Person:
		return !m.Desc
	}
	return false
}

// namedSideAfter is the state, group or bloc named by its own name first
// within three words of k, before any comma, else -1.
func (d *Reader) namedSideAfter(si, k int) int {
	toks := d.Sents[si].Toks
	for e := k; e < len(toks) && e < k+3; e++ {
		if toks[e].Text == "," {
			return -1
		}
	}
	m := d.FirstActor(si, k, 3, false)
	if m == nil || !ownNamed(m) || m.Kind == mention.Person {
		return -1
	}
	if x := d.Cast.Actors[m.Actor].Kind; x == graph.State || x == graph.Group || d.bloc(m.Actor) {
		return m.Actor
	}
	return -1
}

// negotiatorTitles name a post that exists only for a negotiation: "chief
// negotiator", "negotiator".
var negotiatorTitles = lex("negotiatorTitles")

// negotiatorsMet: a held meeting of people of exactly two sides, one of
// them holding a negotiator's post, is a round of their negotiation
// ("A's chief negotiator X and his B counterpart Y resumed talks"): the
// two sides are parties though no dispute is named. A bloc counts as a
// side beside a state. A side the story already pairs with someone else
// is at the table of that negotiation: its negotiator welcomed by a host
// state (p427's "Thai Foreign Minister ... welcomed Peiris and
// Balasingham") makes the host no side; nor does a session with one the
// story names a mediator, or the mediator's state (p447).
func (d *Reader) negotiatorsMet(m meeting.Frame, r *Roles) []int {
	neg := false
	var sides []int
	for _, p := range m.Parts {
		x := d.Cast.Actors[p]
		if x.Kind != graph.Person {
			return nil
		}
		for _, ps := range x.Positions {
			if negotiatorTitle(ps.Title) {
				neg = true
			}
		}
		sd := d.Side(p)
		if sd < 0 || !d.IsSide(sd) && !d.bloc(sd) {
			return nil
		}
		if r.brokers(p) || r.brokers(sd) {
			return nil // a negotiator's session with the mediator (p447)
		}
		if !slices.Contains(sides, sd) {
			sides = append(sides, sd)
		}
	}
	if !neg || len(sides) != 2 || d.othersBetween(m.Sent, sides) {
		return nil
	}
	for _, p := range r.pairs {
		if (slices.Contains(sides, p.A) || slices.Contains(sides, p.B)) && !(slices.Contains(sides, p.A) && slices.Contains(sides, p.B)) {
			return nil
		}
	}
	return sides
}

// brokers: the story already names a as a mediator, strong or weak.
func (r *Roles) brokers(a int) bool {
	return slices.Contains(r.mediators, a) || slices.Contains(r.weakMeds, a)
}

// negotiatorTitle: the title's last word is a negotiator noun.
func negotiatorTitle(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	return len(f) > 0 && negotiatorTitles[f[len(f)-1]]
}

// rebelPlurals name an armed movement's fighters as a plural common noun
// that stands for the movement as a side: "the rebels".
var rebelPlurals = lex("rebelPlurals")

// governmentAndRebels notes "A's government and the rebels began peace
// talks": a state told as its government, joined to a plural of fighters
// that names no movement, in a sentence that names a negotiation. The
// movement is named later as "the rebels of G" (rebelsNamed); nothing is
// paired here.
func (d *Reader) governmentAndRebels(si int, hasNeg bool, r *Roles) {
	if r.hasRebels || !hasNeg {
		return
	}
	toks := d.Sents[si].Toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Lower != "and" || toks[k-1].Text == "," || toks[k+1].Lower != "the" || !rebelPlurals[toks[k+2].Lower] {
			continue
		}
		if state := d.governmentEndingAt(si, k); state >= 0 && d.Cast.Actors[state].Kind == graph.State {
			r.rebelSide, r.rebelNoun, r.hasRebels = state, toks[k+2].Lower, true
			return
		}
	}
}

// rebelsNamed reads "the rebels of G", "the rebels, G," after
// governmentAndRebels: G, a group, is the side across from the state.
func (d *Reader) rebelsNamed(si int, r *Roles) {
	if !r.hasRebels || r.rebelsDone {
		return
	}
	toks := d.Sents[si].Toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower != r.rebelNoun || toks[k].Cap && k > 0 || !(toks[k+1].Lower == "of" || toks[k+1].Text == ",") {
			continue
		}
		if m := d.FirstActor(si, k+2, 2, false); m != nil && d.Cast.Actors[m.Actor].Kind == graph.Group {
			r.addPair(r.rebelSide, m.Actor, d.topicAt(&d.Sents[si], k))
			r.rebelsDone = true
			return
		}
	}
}

// clauseJoiners open a coordinate clause after a comma: ", and C said".
var clauseJoiners = lex("clauseJoiners")

// negOnlyInLaterClause: "A and B want access to the waters, and C has
// said it would rather have no deal": every negotiation noun of the
// sentence stands after the first ", and" that opens a clause with a
// subject of its own (an actor named, or a pronoun) past the "and" at k.
// The deal is that later subject's concern; the states joined at k are
// only told wanting or saying something, and are no sides by "A and B".
func (d *Reader) negOnlyInLaterClause(si, k int) bool {
	toks := d.Sents[si].Toks
	b := -1
	for e := k + 1; e+2 < len(toks); e++ {
		if toks[e].Text == "," && clauseJoiners[toks[e+1].Lower] && d.clauseSubjectAt(si, e+2) {
			b = e
			break
		}
	}
	if b < 0 {
		return false
	}
	for e := 0; e < b; e++ {
		if negNouns[compound(toks, e)] {
			return false
		}
	}
	return true
}

// clauseSubjectAt: token e opens a clause's subject — a subject pronoun
// or an actor's own name (not a description such as "the rebels").
func (d *Reader) clauseSubjectAt(si, e int) bool {
	toks := d.Sents[si].Toks
	switch toks[e].Lower {
	case "it", "they", "he", "she", "we":
		return true
	}
	for _, m := range d.Ments[si] {
		if m.I == e && m.Actor >= 0 && !m.Desc {
			return true
		}
	}
	return false
}
