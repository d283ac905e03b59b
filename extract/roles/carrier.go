package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// locPreps before the names right before a shuttle verb make them the
// places a carrier went, not the carrier: "X flew to A and B carrying
// proposals from one government to the other" (issue 14's
// hundred-and-seventy-ninth round), where the capitals are no brokers; a
// person among those names is still the carrier ("A's ambassador to B, X,
// who has carried messages", p351).
var locPreps = lex("locPreps")

// destinationList: the names that begin at a follow a locPreps word, over
// the other names of their list ("to Quito and Lima", where a place after
// "to" names no actor and the list read back stops at the second).
func destinationList(toks []text.Token, a int) bool {
	i := a - 1
	for i >= 0 && a-i <= 8 && (toks[i].Cap || toks[i].Lower == "and" || toks[i].Text == ",") {
		i--
	}
	return i >= 0 && i < a && locPreps[toks[i].Lower]
}

// carrierSubject reads the subject of the shuttle verb at k when an
// adverb of time stands between them: "X then carried proposals between
// the two delegations" (p273), "X of B, who since 1982 has carried
// proposals between the two delegations" (p289). The subject is the
// person named right before (before ", who" for a relative clause), and
// it brokers. A state after "of" there completes the person's name: with
// a title before the name ("President X of B") it is the post's state,
// which brokers with them as any mediator's does; with none ("X of B")
// it is only where they come from, and the person brokers alone. False
// when there is no such subject.
func (d *Reader) carrierSubject(si, k int, r *Roles) bool {
	toks := d.Sents[si].Toks
	v := timeAdverbStart(toks, k)
	if v == k {
		return false // no adverb: the other readings cover it
	}
	m := d.MentionEndingAt(si, subjectEnd(toks, v))
	from := false
	if p := d.ofComplementPerson(si, m); p != nil {
		m, from = p, p.Title == ""
	}
	if m == nil || m.Actor < 0 || m.Kind != mention.Person {
		return false
	}
	if from {
		r.addMediator(m.Actor)
	} else {
		d.mediator(r, m.Actor)
	}
	return true
}

// timeAdverbStart walks back from the verb at k over auxiliaries and one
// adverb of time — "then", "since 1982", "in 1990" — and returns where
// they begin (k when there is no such adverb).
func timeAdverbStart(toks []text.Token, k int) int {
	v := k
	for v > 0 && auxWords[toks[v-1].Lower] {
		v--
	}
	switch {
	case v > 0 && timeAdverbs[toks[v-1].Lower]:
		v--
	case v > 1 && mention.IsNumber(toks[v-1].Text) && timePrepositions[toks[v-2].Lower]:
		v -= 2
	case timeSpanStart(toks, v) < v:
		v = timeSpanStart(toks, v)
	default:
		return k
	}
	for v > 0 && auxWords[toks[v-1].Lower] {
		v--
	}
	return v
}

// timeSpanStart is where a span of time ending right before v begins:
// "X, who through the winter months carried messages between the two
// delegations", "who over the past weeks has carried proposals" (the
// two-hundred-and-fifty-seventh round). The span is a spanTimePreps
// word, then up to three lower-case words ("the", "past", "winter")
// ending in a spanTimeNouns word. v when there is none.
func timeSpanStart(toks []text.Token, v int) int {
	if v < 2 || !spanTimeNouns[toks[v-1].Lower] {
		return v
	}
	for i := v - 2; i >= 0 && v-1-i <= 4; i-- {
		if spanTimePreps[toks[i].Lower] {
			return i
		}
		if !toks[i].Word || toks[i].Cap {
			return v
		}
	}
	return v
}

// spanTimePreps open a span of time, spanTimeNouns end it.
var (
	spanTimePreps = lex("spanTimePreps")
	spanTimeNouns = lex("spanTimeNouns")
)

// timeAdverbs and timePrepositions (with a year) tell when, between a
// subject and its verb.
var (
	timeAdverbs      = lex("carrierAdverbs")
	timePrepositions = lex("timePrepositions")
)

// whoseStaffShuttler reads the owner of a staff noun that is the subject
// of the shuttle verb at k in a relative clause: "X, whose officials had
// been carrying messages between the two sides" (p1350). The staff carry
// the messages for X, a state or body, which brokers. nil when the shape
// is not there or the owner is a person.
func (d *Reader) whoseStaffShuttler(si, k int) []int {
	toks := d.Sents[si].Toks
	e := k
	for e > 0 && k-e < 4 && (auxWords[toks[e-1].Lower] || strings.HasSuffix(toks[e-1].Lower, "ly")) {
		e--
	}
	if e < 4 || !staffNouns[toks[e-1].Lower] || toks[e-2].Lower != "whose" || toks[e-3].Text != "," {
		return nil
	}
	m := d.MentionEndingAt(si, e-3)
	if m == nil || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind == graph.Person {
		return nil
	}
	return []int{m.Actor}
}

// sideLeadershipNouns after "to the" and one side's name stand for that
// side as its team does: "carrying messages to the rebel leadership".
var sideLeadershipNouns = lex("sideLeadershipNouns")
