package roles

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's thirty-first round: a negotiation told of "the two sides".

// pairDets and the plural nouns after them describe the two sides of a
// story together: "the two leaders", "both governments".
var (
	sideGroupNouns   = lex("sideGroupNouns")
	personGroupNouns = lex("personGroupNouns")
)

// DescribedSides: a sentence that tells a negotiation of "the two
// governments", "the two sides" or "the two leaders" — an agreement
// reached, a dispute or war ended or settled, proposals exchanged ("the
// two leaders signed a declaration ending the state of war", "the two
// governments would have to settle the status of the town", p207; "the
// two sides exchanged written proposals", p208) — makes parties of the two
// sides the story's held meetings bring together, when they are exactly
// two. Weak evidence: a side named a mediator elsewhere wins. When the
// story's meetings bring more sides together (a host who received the two
// leaders, a third state at another meeting), "the two sides" or "the two
// governments" are those of the meeting told last before the sentence,
// when it had exactly two (nearestSides). "The two leaders" are left
// unread there: with three sides met, they may be any two of the people.
// A sentence that tells a meeting of its own between exactly two sides
// takes those before either (toldSides).
func (d *Reader) DescribedSides(ms []meeting.Frame, r *Roles) {
	var sides, homeSides []int
	for _, m := range ms {
		if m.Status != graph.Held {
			continue
		}
		home := d.homeSideOf(m, d.postSide)
		standIn := d.homeStandIn(m, d.postSide)
		for _, p := range m.Parts {
			sd := d.postSide(p)
			if sd < 0 {
				sd = home
			}
			if sd >= 0 && d.IsSide(sd) && !d.formerSide(p, sd) && !slices.Contains(sides, sd) {
				sides = append(sides, sd)
			}
			if sd = d.postSide(p); sd < 0 {
				sd = standIn
			}
			if sd >= 0 && d.IsSide(sd) && !d.formerSide(p, sd) && !slices.Contains(homeSides, sd) {
				homeSides = append(homeSides, sd)
			}
		}
	}
	if len(sides) < 2 {
		sides = nil
	}
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		k := twoSidesAt(toks)
		if k < 0 || !negotiationTold(toks) {
			k = brokeredBetween(toks)
		}
		border, taken := false, false
		they := si > 0 && sidesContinued(d.Sents[si-1].Toks, toks)
		if k < 0 {
			k, border = borderTaken(toks, they), true
			taken = k >= 0
		}
		if k < 0 {
			// "The two sides discussed the water dispute" (round 165):
			// read as the border is, a dispute between others left out.
			k = disputeTaken(toks, they)
			taken = k >= 0
		}
		if k < 0 {
			continue
		}
		pair := sides
		if own := d.toldSides(ms, si); len(own) == 2 && !border {
			pair = own
		} else if len(pair) > 2 && sideGroupNouns[toks[k].Lower] {
			pair = d.nearestSides(ms, si)
		} else if pair == nil && (taken || d.agencyHome) && len(homeSides) == 2 {
			// A home agency's readout gives its own leader no state
			// ("HANOI - Prime Minister X held talks with Cambodian Prime
			// Minister Y ... The two sides agreed to complete the border
			// demarcation"): the sides taking up their border are the
			// home state and the guest's (homeStandIn; issue 14's
			// two-hundred-and-eighty-first round, p1704, p786). A
			// national agency's credit tells its leader's state plainly
			// enough for any negotiation "the two sides" are told of
			// ("SINGAPORE (Agency) - Prime Minister X and his Singapore
			// counterpart Y ... the two sides had agreed on the water
			// price": the three-hundred-and-twenty-ninth round).
			pair = homeSides
		}
		if (len(pair) != 2 || d.brokerSide(r, ms, pair)) && len(sides) > 2 {
			// "the two governments" of a mediated story: the sides met
			// less the broker's (unbrokeredSides).
			pair = d.unbrokeredSides(r, ms, sides)
		}
		if len(pair) != 2 || d.brokerSide(r, ms, pair) {
			continue
		}
		// "the sides exchanged views on the border dispute between C and
		// D": the border is the others', whom the two only discussed.
		if border && d.othersBetween(si, pair) {
			continue
		}
		r.weakRoles = true
		r.addPair(pair[0], pair[1], d.topicAt(&d.Sents[si], k))
		r.weakRoles = false
	}
}

// brokerSide: a side of the pair is the state of a person who sat at
// one of the held meetings as a broker the text itself names (a
// mediator by strong evidence): the witness of a signing "whose country
// has mediated between A and B" brings the state to the table as its
// third party, so "the two sides" are not it (issue 14's
// two-hundred-and-eighty-second round, p1377).
func (d *Reader) brokerSide(r *Roles, ms []meeting.Frame, pair []int) bool {
	for _, m := range ms {
		if m.Status != graph.Held {
			continue
		}
		for _, p := range m.Parts {
			if d.Cast.Actors[p].Kind != graph.Person || !r.seenMed[[2]int{p, 0}] {
				continue
			}
			if sd := d.postSide(p); sd >= 0 && slices.Contains(pair, sd) {
				return true
			}
		}
	}
	return false
}

// formerSide: person p stands for side sd only by a post the story told
// they left ("former South African president X", as servedBody reads
// it): a retired leader at a table sits there for no state, so "both
// sides" are not theirs (p1002: a mediating panel's chair met by the
// host of a summit).
func (d *Reader) formerSide(p, sd int) bool {
	return p != sd && d.Cast.Actors[p].Kind == graph.Person && (d.formerly(p) || d.leftPostOf(p, sd))
}

// leftPostOf: every post of person p that serves side sd is one p left,
// told after the name ("X, a former Kenyan president now chairing the
// panel", p1638): the apposition makes p no one at the table for sd,
// as a "former" before the name does (formerly, p1002), while the post p
// holds now (the panel's chair) still makes p its envoy (issue 14's
// two-hundred-and-sixty-seventh round).
func (d *Reader) leftPostOf(p, sd int) bool {
	left := false
	for _, q := range d.Cast.Actors[p].Positions {
		if q.Org != sd {
			continue
		}
		if !formerTitle(q.Title) {
			return false
		}
		left = true
	}
	return left
}

// toldSides are the two sides of a meeting the sentence si tells itself,
// held or planned, when every participant stands for a collective side
// and they are exactly two; nil otherwise. "The two presidents agreed to
// resume negotiations on the border" names the people the meetings stage
// resolved for the meeting the sentence tells, and their states are the
// sides, before the sides of the story's held meetings (a host and an
// envoy met at another table, a summit the meetings stage did not read:
// p1002).
func (d *Reader) toldSides(ms []meeting.Frame, si int) []int {
	var sides []int
	for _, m := range ms {
		if m.Sent != si {
			continue
		}
		for _, p := range m.Parts {
			sd := d.postSide(p)
			if sd < 0 || !d.IsSide(sd) {
				return nil
			}
			if !slices.Contains(sides, sd) {
				sides = append(sides, sd)
			}
		}
	}
	if len(sides) != 2 {
		return nil
	}
	return sides
}

// nearestSides are the sides of the held meeting told last at or before
// sentence si, when every participant stands for a collective side and
// they are exactly two ("The foreign ministers of A and B had met four
// times. The two sides disagreed until the last day", p229); nil when that
// meeting is not such a pair. Only the nearest meeting counts: "the two
// sides" refer back to the sides just told.
func (d *Reader) nearestSides(ms []meeting.Frame, si int) []int {
	last := -1
	for i, m := range ms {
		if m.Status == graph.Held && m.Sent <= si && (last < 0 || m.Sent >= ms[last].Sent) {
			last = i
		}
	}
	if last < 0 {
		return nil
	}
	var sides []int
	home := d.homeSideOf(ms[last], d.postSide)
	for _, p := range ms[last].Parts {
		sd := d.postSide(p)
		if sd < 0 {
			sd = home
		}
		if sd < 0 || !d.IsSide(sd) {
			return nil
		}
		if !slices.Contains(sides, sd) {
			sides = append(sides, sd)
		}
	}
	if len(sides) != 2 {
		return nil
	}
	return sides
}

// twoSidesAt is the noun of "the two X" or "both X" (X a plural noun for
// sides or their people), -1 when the sentence has none.
func twoSidesAt(toks []text.Token) int {
	for k := 1; k < len(toks); k++ {
		w := toks[k].Lower
		if !sideGroupNouns[w] && !personGroupNouns[w] {
			continue
		}
		if p := toks[k-1].Lower; p == "both" || p == "two" && k >= 2 && toks[k-2].Lower == "the" {
			return k
		}
		// "mediated between the neighbours": after "between", the sides
		// need no number (p279).
		if sideGroupNouns[w] && k >= 2 && toks[k-1].Lower == "the" && toks[k-2].Lower == "between" {
			return k
		}
	}
	return -1
}

// brokeredBetween is the sides' noun after "between" and a brokering
// verb — "X, who has mediated between the neighbours since 2002" (p279;
// "mediated between the two sides", p70, p244; "the two neighbours",
// p158): brokering between them is negotiating. -1 when there is none.
// Only the sides' own noun counts: "welcomed efforts to mediate between A
// and B" in a sentence on "the two leaders" is another war (p93).
func brokeredBetween(toks []text.Token) int {
	for k := 3; k < len(toks); k++ {
		if !sideGroupNouns[toks[k].Lower] {
			continue
		}
		b := k - 1
		if toks[b].Lower == "two" {
			b--
		}
		if b >= 2 && toks[b].Lower == "the" && toks[b-1].Lower == "between" && mediatorVerbs[toks[b-2].Lower] {
			return k
		}
	}
	return -1
}

// settleVerbs, endVerbs and proposalVerbs tell the two sides
// negotiating: "settle the status", "ending the state of war",
// "exchanged written proposals".
var (
	settleVerbs   = lex("settleVerbs")
	endVerbs      = lex("endVerbs")
	proposalVerbs = lex("proposalVerbs")
	bargainWords  = lex("bargainWords")
)

// negotiationTold: the sentence tells the sides negotiating — a dispute
// settled, a war or dispute ended, proposals passed between them — and is
// neither framed as cooperation nor taken to a court. An agreement or a
// dispute word alone is not enough: partners "agree to set up a joint
// patrol of the border" and leaders "discuss the war" in another land.
func negotiationTold(toks []text.Token) bool {
	if cooperationFramed(toks) || adjudicated(toks) {
		return false
	}
	for k, t := range toks {
		switch {
		case settleVerbs[t.Lower] && k+1 < len(toks) && (appositionDets[toks[k+1].Lower] || disputeWords[toks[k+1].Lower]):
			// Transitive: "settle the status", not "families who
			// settled in the south" (p223).
			return true
		case endVerbs[t.Lower] && anyCompound(toks[k+1:min(len(toks), k+6)], disputeWords):
			return true
		case bargainWords[t.Lower]:
			// Bargaining is what sides do: "the two sides have negotiated
			// the price" (p228, p188), "disagreed until the last day"
			// (p229), "push forward the negotiations" (p68) — unless over
			// what partners cooperate on ("to start negotiations on an
			// agreement on the protection of investment", p58).
			return !anyCompound(toks, cooperationCues)
		case proposalVerbs[t.Lower]:
			for e := k + 1; e < len(toks) && e <= k+3; e++ {
				if w := toks[e].Lower; strings.HasSuffix(w, "s") && proposalNouns[strings.TrimSuffix(w, "s")] {
					return true
				}
			}
		}
	}
	return false
}

// postSide is the side a participant stands for: the state of a person's
// post ("Argentina's foreign minister, X"), which says it more surely than
// a delegation the sentence names, else their side.
func (d *Reader) postSide(a int) int {
	if a >= 0 && d.Cast.Actors[a].Kind == graph.Person {
		for _, p := range d.Cast.Actors[a].Positions {
			if p.Org >= 0 && d.Cast.Actors[p.Org].Kind == graph.State {
				return p.Org
			}
		}
	}
	return d.Side(a)
}

// deadlockNegators and deadlockObjects: "without agreement", "failed to
// agree".
var (
	deadlockNegators = lex("deadlockNegators")
	deadlockObjects  = lex("deadlockObjects")
)

// deadlockTold: the sentence tells talks that ended without agreeing
// ("Czech and Slovak negotiators ended three days of talks without
// agreement", p172; "British and Argentine officials ended a second round
// of talks without agreeing on the wording", p208): the officials of the
// two states were negotiating, not only meeting.
func deadlockTold(toks []text.Token) bool {
	for k, t := range toks {
		if !deadlockNegators[t.Lower] {
			continue
		}
		for e := k + 1; e < len(toks) && e <= k+3; e++ {
			if deadlockObjects[toks[e].Lower] {
				return true
			}
		}
	}
	return false
}

// unbrokeredSides: the story's held meetings brought more than two sides
// together because a broker met each ("The envoy met A's President X in
// C, after talks with B's President Y ... the two governments had agreed
// to resume flights"): the sides less those of the mediators already read
// (strong evidence, the person or the state itself) are "the two sides"
// when exactly two remain and a broker sat with each of them at a held
// meeting (issue 14's five-hundred-and-sixty-seventh round, p1158, p481);
// nil otherwise. Sides a broker only briefed elsewhere, or that met no
// broker, are not its two ("Both Gulf states fear", p67).
func (d *Reader) unbrokeredSides(r *Roles, ms []meeting.Frame, sides []int) []int {
	var kept []int
	for _, sd := range sides {
		if r.seenMed[[2]int{sd, 0}] {
			continue
		}
		brokers := false
		for a := range d.Cast.Actors {
			if d.Cast.Actors[a].Kind == graph.Person && r.seenMed[[2]int{a, 0}] && d.postSide(a) == sd {
				brokers = true
				break
			}
		}
		if !brokers {
			kept = append(kept, sd)
		}
	}
	if len(kept) != 2 {
		return nil
	}
	for _, sd := range kept {
		if !d.satWithBroker(r, ms, sd) {
			return nil
		}
	}
	return kept
}

// satWithBroker: a held meeting has a participant of side sd (the side
// itself or a person whose post serves it) and a mediator already read.
func (d *Reader) satWithBroker(r *Roles, ms []meeting.Frame, sd int) bool {
	for _, m := range ms {
		if m.Status != graph.Held {
			continue
		}
		side, broker := false, false
		for _, p := range m.Parts {
			ps := d.postSide(p)
			if p == sd || ps == sd {
				side = true
			}
			if r.seenMed[[2]int{p, 0}] || ps >= 0 && r.seenMed[[2]int{ps, 0}] {
				broker = true
			}
		}
		if side && broker {
			return true
		}
	}
	return false
}
