package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's eleventh round: mediators told by a chair, an appointment or
// a deal their work brokered rather than by a mediating verb or noun.

// chairVerbs: "talks chaired by X", "convened by X" (Settle keeps X only
// beside a negotiation whose sides X is not).
var chairVerbs = lex("chairVerbs")

// chairsTalks: what the chair verb at v runs is talks, the nearest
// negotiation noun or session within eight words before it ("talks in
// the capital chaired by", "the process is chaired by", "The session was
// chaired by", p158), and not a summit ("the
// summit, chaired by X," is a gathering of leaders, no brokering).
func chairsTalks(toks []text.Token, v int) bool {
	for e := v - 1; e >= 0 && v-e <= 8; e-- {
		if negNouns[toks[e].Lower] || chairedObjects[toks[e].Lower] {
			return toks[e].Lower != "summit"
		}
	}
	if n := parentheticalSubject(toks, v); n >= 0 {
		return (negNouns[toks[n].Lower] || chairedObjects[toks[n].Lower]) && toks[n].Lower != "summit"
	}
	return false
}

// parentheticalOpeners open a clause or an apposition set off by commas
// after a subject noun: "The talks, the first since ..., were chaired
// by", "The round, which is expected to last ..., is chaired by".
var parentheticalOpeners = map[string]bool{"which": true, "that": true, "the": true, "a": true, "an": true, "its": true, "their": true}

// parentheticalSubject: the passive verb at v ("chaired", "convened")
// follows a subject noun set off from it by a parenthetical between
// commas that the eight-word reach of chairsTalks does not cross ("The
// talks, the first since the fighting ended in September, were chaired
// by X", p1980; "The round, which may run for weeks, is chaired by X",
// p809).
// The parenthetical must open with a relative pronoun or a determiner
// (a participle clause, "The meeting, held at the hall of X's office,
// was chaired by", often tells a local official presiding, p373) and
// hold words only. It returns the index of the noun before the opening
// comma, or -1.
func parentheticalSubject(toks []text.Token, v int) int {
	c := v - 1
	for n := 0; n < 2 && c >= 0 && verbAux[toks[c].Lower]; n++ {
		c--
	}
	if c < 0 || toks[c].Text != "," {
		return -1
	}
	for o := c - 1; o >= 1 && c-o <= 30; o-- {
		t := toks[o]
		if t.Text == "," {
			if o+1 < c && parentheticalOpeners[toks[o+1].Lower] && toks[o-1].Word {
				return o - 1
			}
			return -1
		}
		if !t.Word && t.Text != "-" && t.Text != "'s" {
			return -1
		}
	}
	return -1
}

// chairedClause: what runs "under the chairmanship of" at u is talks
// told earlier in its clause, past the place and time the chair phrase
// often follows ("a round of talks ... held in a body's office in a city
// under the co-chairmanship of", p1965; "A and B met for days at a
// palace under the chairmanship of", p558): a negotiation
// noun other than a summit's, or a verb of meeting, before u and after
// the clause's last semicolon or the sentence's opening (issue 14's
// three-hundred-and-twenty-second round). The chair read so brokers only
// beside sides the story reads (needSides).
func chairedClause(toks []text.Token, u int) bool {
	for e := u - 1; e >= 0 && toks[e].Text != ";"; e-- {
		if toks[e].Lower == "summit" {
			return false
		}
		if negNouns[toks[e].Lower] || clauseMeetVerbs[toks[e].Lower] {
			return true
		}
	}
	return false
}

// clauseMeetVerbs tell a sitting whose chair "under the chairmanship of"
// names.
var clauseMeetVerbs = map[string]bool{"met": true, "meet": true, "meets": true, "convened": true}

// chairNounsOf: "under the chairmanship of X", "under the
// co-chairmanship of X" (lexicon "presenceNouns" reads the same nouns as
// putting X at the meeting).
var chairNounsOf = map[string]bool{"chairmanship": true, "cochairmanship": true}

// underChairmanship: token k is the "of" of "under the chairmanship of"
// (or "co-chairmanship").
func underChairmanship(toks []text.Token, k int) bool {
	if k < 3 || !chairNounsOf[toks[k-1].Lower] {
		return false
	}
	b := k - 2
	if b >= 2 && toks[b].Text == "-" && toks[b-1].Lower == "co" {
		b -= 2
	}
	return b >= 1 && toks[b].Lower == "the" && toks[b-1].Lower == "under"
}

// chairedObjects are what an active chair runs that is talks: "chaired
// the talks", "chaired the opening session" (a summit or a council is a
// gathering of members, no brokering).
var chairedObjects = lex("chairedObjects")

// chairedTalks: the object from token k — "the", then at most two
// lower-case modifiers ("opening", "final") — is talks.
func chairedTalks(toks []text.Token, k int) bool {
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	for n := 0; n < 3 && k < len(toks) && toks[k].Word && !toks[k].Cap; n, k = n+1, k+1 {
		if chairedObjects[toks[k].Lower] {
			return true
		}
	}
	return false
}

// brokerDenials open a denial that any third party brokers ("No outside
// party brokers the talks", "without any mediator"); thirdParties are
// the words of such a party.
var (
	brokerDenials = lex("brokerDenials")
	thirdParties  = lex("thirdParties")
)

// deniesBroker: from token k, an optional "any" or "a", an optional
// "outside" or "third", then a thirdParties word.
func deniesBroker(toks []text.Token, k int) bool {
	if k < len(toks) && (toks[k].Lower == "any" || toks[k].Lower == "a") {
		k++
	}
	if k < len(toks) && (toks[k].Lower == "outside" || toks[k].Lower == "third") {
		return k+1 < len(toks) && thirdParties[toks[k+1].Lower]
	}
	return k < len(toks) && mediatorNouns[toks[k].Lower]
}

// takeVerbs: "X took the chair".
var takeVerbs = lex("takeVerbs")

// chairTaken reads the chair of "with X in the chair" and "X took the
// chair" at token v ("in" or the verb): the person right before "in", or
// the verb's subject, a name set off after its description too ("The
// British foreign secretary, X, took the chair", p69).
func (d *Reader) chairTaken(si, v int, r *Roles) {
	toks := d.Sents[si].Toks
	e := v
	if takeVerbs[toks[v].Lower] {
		e = subjectEnd(toks, v)
	}
	ms := d.listEndingAt(si, e)
	if len(ms) == 0 && e > 1 && toks[e-1].Text == "," {
		if m := d.MentionEndingAt(si, e-1); m != nil && m.Actor >= 0 && m.Kind == mention.Person && nameStart(toks, m) > 0 && toks[nameStart(toks, m)-1].Text == "," {
			ms = []int{m.Actor}
		}
	}
	for _, m := range ms {
		d.chairOf(r, m)
	}
}

// nameStart is where person mention m's name begins, with the
// capitalized words of its own title right before it ("Lord X").
func nameStart(toks []text.Token, m *mention.Mention) int {
	b := m.I
	for b > 0 && m.I-b < 3 && toks[b-1].Word && toks[b-1].Cap {
		b--
	}
	return b
}

// relationNouns: "trade between A and B" is no negotiation of A and B.
var relationNouns = lex("relationNouns")

// relationBetween: the phrase opening at token i is the object of a
// "between" that a relation noun governs ("trade between A and B",
// "trade between the A and B").
func relationBetween(toks []text.Token, i int) bool {
	if i > 0 && toks[i-1].Lower == "the" {
		i--
	}
	return i >= 2 && toks[i-1].Lower == "between" && (relationNouns[toks[i-2].Lower] || datedInstrumentBetween(toks, i-1))
}

// appointVerbs: "X, whom the union appointed as its mediator".
var appointVerbs = lex("appointVerbs")

// chair is an actor who chaired talks, with the side it sits on.
// state is the state a person chair's post serves (-1 when none).
// needSides: the chair was read from "under the chairmanship of X",
// which a body's rotating chair also takes ("a meeting of the council,
// held under the chairmanship of X"): it brokers only beside sides the
// story reads.
type chair struct {
	actor, side, state int
	needSides          bool
}

// chairOf records a chair of talks and, for a person, the body they
// serve, as mediator() does.
func (d *Reader) chairOf(r *Roles, a int) {
	if a < 0 {
		return
	}
	add := func(x, body int) {
		if x >= 0 {
			r.chairs = append(r.chairs, chair{actor: x, side: d.Side(x), state: body, needSides: r.underChair})
		}
	}
	// The state a person chair's post serves: a state's delegate chairing
	// talks the state brokers sits for it (p37), as the thirtieth round
	// read a state's envoy; a body's envoy brokers in person (p103).
	state := -1
	if x := d.Cast.Actors[a]; x.Kind == graph.Person {
		if b := d.servedBody(a); b >= 0 && d.Cast.Actors[b].Kind == graph.State {
			state = b
		}
	}
	add(a, state)
	if x := d.Cast.Actors[a]; x.Kind == graph.Person {
		if b := d.servedBody(a); b >= 0 && !d.demonymPost(a, b) {
			r.served = append(r.served, [2]int{a, b})
			add(b, -1)
		}
	}
}

// byAgents reads the agent of a passive "by" at token k: a title phrase
// with its complements and, after a comma, the person holding it ("by
// the Special Envoy for the Lakes Region, X"; "by the Prime Minister of A
// and chair of B, X"), else a list of actors ("by A, B and C").
func (d *Reader) byAgents(si, k int) []int {
	if p, bodies := d.titlePhrasePerson(si, k); p != nil {
		out := append([]int{p.Actor}, bodies...)
		if q := d.coordinatedAgent(si, p); q != nil {
			out = append(out, q.Actor)
		}
		return out
	}
	if out := d.actorList(si, k); len(out) > 0 {
		return out
	}
	if p := d.lowerTitledPerson(si, k); p != nil {
		return []int{p.Actor}
	}
	return nil
}

// lowerTitledPerson is the person named after a lower-case title with
// its modifiers from token k: "facilitated by former Tanzanian president
// X" (p248), "by former Kenyan president X" (p95), nil when anything else
// comes first.
func (d *Reader) lowerTitledPerson(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	titled := false
	for e := k; e < len(toks) && e-k < 6; e++ {
		t := toks[e]
		if titled {
			if p := d.personAt(si, e); p != nil {
				return p
			}
		}
		switch {
		case t.Lower == "the" || formerWords[t.Lower]:
		case t.Word && !t.Cap && titleWord(t.Lower):
			titled = true
		case t.Cap && d.demonymAt(si, e):
		default:
			return nil
		}
	}
	return nil
}

// demonymAt: a demonym mention starts at token e ("Tanzanian").
func (d *Reader) demonymAt(si, e int) bool {
	for _, m := range d.Ments[si] {
		if m.I == e && m.J == e+1 && m.Kind == mention.Demonym {
			return true
		}
	}
	return false
}

// formerWords before a title say its holder left the post.
var formerWords = lex("formerWords")

// titlePhrasePerson: from token k a title phrase — title words, names and
// the words that join complements ("of", "for", "the", "and"), with at
// most two other lower-case words right before a title word ("pro
// tempore president") — then a comma and a person named within five
// tokens (after their own title: "former Nigerian President X"); nil when
// the phrase holds no title word or anything else breaks it. The states
// and bodies the phrase names right after "of" are those whose posts the
// person holds ("the Prime Minister of A and chair of B"): they broker
// with them.
func (d *Reader) titlePhrasePerson(si, k int) (*mention.Mention, []int) {
	toks := d.Sents[si].Toks
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	titled := false
	for e := k; e < len(toks) && e-k < 18; e++ {
		t := toks[e]
		switch {
		case t.Text == ",":
			if !titled || e == k {
				return nil, nil
			}
			for mi := range d.Ments[si] {
				m := &d.Ments[si][mi]
				if m.Kind == mention.Person && m.I >= k && m.I < e && !titleOnly(toks, m.I, m.J) {
					// The phrase names its person itself ("the former
					// President of A X"): actorList reads it.
					return nil, nil
				}
			}
			for mi := range d.Ments[si] {
				m := &d.Ments[si][mi]
				if m.Kind == mention.Person && m.Actor >= 0 && m.I > e && m.I <= e+6 && titledRun(toks, e+1, m.I) {
					return m, d.postBodies(si, k, e)
				}
			}
			return nil, nil
		case t.Text == "-" && t.Glued || t.Text == "'s":
		case !t.Word:
			return nil, nil
		case mention.IsTitleWord(t.Lower):
			titled = true
		case t.Cap || phraseJoins[t.Lower]:
		case e+1 < len(toks) && mention.IsTitleWord(toks[e+1].Lower),
			e+2 < len(toks) && toks[e+1].Word && !toks[e+1].Cap && mention.IsTitleWord(toks[e+2].Lower):
		default:
			return nil, nil
		}
	}
	return nil, nil
}

// postBodies are the states, groups and organizations named right after
// "of" in tokens [i, j), cities aside.
func (d *Reader) postBodies(si, i, j int) []int {
	toks := d.Sents[si].Toks
	var out []int
	for _, m := range d.Ments[si] {
		if m.I > i && m.J <= j && m.Actor >= 0 && !m.Desc && m.Kind != mention.City && m.Kind != mention.Person && toks[m.I-1].Lower == "of" {
			out = append(out, m.Actor)
		}
	}
	return out
}

// phraseJoins join a title to its complements.
var phraseJoins = map[string]bool{"of": true, "for": true, "the": true, "and": true, "to": true, "on": true}

// titleOnly: tokens [i, j) are all title words (a title the mention stage
// took for the person it describes).
func titleOnly(toks []text.Token, i, j int) bool {
	for e := i; e < j && e < len(toks); e++ {
		if !mention.IsTitleWord(toks[e].Lower) {
			return false
		}
	}
	return true
}

// titledRun: tokens [i, j) are title words and names only, the person's
// own title before their name; an abbreviated title keeps its stop
// ("the Chairman of X, Mr. Y"; the four-hundred-and-twenty-second round,
// p2567).
func titledRun(toks []text.Token, i, j int) bool {
	for e := i; e < j && e < len(toks); e++ {
		if toks[e].Text == "." && e > i && mention.IsTitleWord(toks[e-1].Lower) {
			continue
		}
		if !toks[e].Word || !toks[e].Cap && !mention.IsTitleWord(toks[e].Lower) {
			return false
		}
	}
	return true
}

// appointedMediator: "whom" at k opens "whom B appointed ... as its
// mediator(s)" — an appointing verb within six words, then "as" and a
// mediator noun within five more, no comma between.
func appointedMediator(toks []text.Token, k int) bool {
	for v := k + 1; v < len(toks) && v <= k+6; v++ {
		if toks[v].Text == "," {
			return false
		}
		if !appointVerbs[toks[v].Lower] {
			continue
		}
		for a := v + 1; a < len(toks) && a <= v+5; a++ {
			if toks[a].Text == "," {
				return false
			}
			if toks[a].Lower != "as" {
				continue
			}
			for n := a + 1; n < len(toks) && n <= a+5; n++ {
				if toks[n].Text == "," {
					return false
				}
				if mediatorNouns[toks[n].Lower] {
					return true
				}
			}
			return false
		}
		return false
	}
	return false
}

// whoseBrokered reads "X, whose mediation had brokered the deal", "X,
// whose Crisis Group had brokered ...", "X, the retired general whose
// facilitation brokered ...": the owner of what brokered is a mediator,
// and so is any actor the possessed phrase names (the body through which
// they worked, a co-broker "with Y"). A passive ("whose talks were
// brokered by Y") names the broker at "by" instead.
func (d *Reader) whoseBrokered(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	v := -1
	for e := k + 1; e < len(toks) && e <= k+8; e++ {
		if toks[e].Text == "," || toks[e].Text == ";" {
			return
		}
		if mediatorVerbs[toks[e].Lower] {
			v = e
			break
		}
	}
	if v < 0 || v+1 < len(toks) && toks[v+1].Lower == "by" {
		return
	}
	if v+1 < len(toks) && earlierAccordWords[toks[v+1].Lower] {
		// "whose leaders had brokered earlier, short-lived agreements"
		// (p344, p426): the clause tells who brokered before, not who
		// brokers the talks of the story.
		return
	}
	owner := d.whoseOwner(si, k)
	if owner == nil {
		return
	}
	var inner []int
	for _, m := range d.Ments[si] {
		if m.I > k && m.J <= v && m.Actor >= 0 && !m.Desc {
			inner = append(inner, m.Actor)
		}
	}
	if mediationNouns[toks[k+1].Lower] {
		// "whose mediation": they brokered for the body they serve.
		d.mediator(r, owner.Actor)
	} else {
		// "whose Crisis Group": the body they worked through, named
		// there, not their state.
		r.addMediator(owner.Actor)
	}
	for _, a := range inner {
		r.addMediator(a)
	}
}

// whoseOwner is the antecedent of "whose" at k: the name right before
// its comma, or before an apposition that "whose" closes ("X, the
// retired general whose").
func (d *Reader) whoseOwner(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	if k < 1 {
		return nil
	}
	if toks[k-1].Text == "," {
		if m := d.MentionEndingAt(si, k-1); m != nil && m.Actor >= 0 {
			return m
		}
		return nil
	}
	for b := k - 1; b >= 2 && k-b <= 6; b-- {
		if !toks[b].Word {
			return nil
		}
		if appositionDets[toks[b].Lower] && toks[b-1].Text == "," {
			if m := d.MentionEndingAt(si, b-1); m != nil && m.Actor >= 0 {
				return m
			}
			return nil
		}
	}
	return nil
}

// The agent phrase a sentence's last "by" opened, so that "and by" takes
// the same verb.
const (
	byNone = iota
	byMediator
	byChair
)
