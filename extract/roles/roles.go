// Package roles reads the negotiations of a story: which sides negotiate
// (parties) and who brokers between them (mediators). Each sentence is
// read for "between A and B" over a negotiation noun, "A-B talks",
// "mediated by X", "X, a key mediator", "through X's facilitation",
// "under the auspices of X", a plan X put forward; then the meeting frames
// add weaker evidence: talks over a dispute between the people of two
// sides, and a third side that met each of two sides apart (shuttling).
// Strong evidence wins over weak when they disagree (Settle).
//
// Input: the resolved story with its argument reader, sentence by sentence
// (Sentence), then the story's joined meeting frames (MeetingSides,
// Shuttles). Output: Roles, settled into party pairs with their topic and
// mediators, as actor indexes. It reads the story and never changes it; it
// is a stage of its own because negotiations are a second reading of the
// story beside the meetings, which only the record brings together.
package roles

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// negNouns name a negotiation or the dispute it settles.
var negNouns = lex("negNouns")

// auxWords may stand between a mediator and its verb: "X has offered to
// mediate", "X will help broker".
var auxWords = lex("auxWords")

// coConvenors: talks "co-hosted" or "co-chaired" by third parties are
// run jointly by them, which is brokering (a lone host is only a venue).
var coConvenors = lex("coConvenors")

// jointBodyNouns name a standing body two sides set up together, whose
// co-chairs are their own: "a joint committee co-chaired by A and B".
var jointBodyNouns = lex("jointBodyNouns")

// jointBodyBefore: the hyphenated "co-" verb ending at v ("co-chaired")
// follows a jointBodyNouns noun ("a coordinating committee co-chaired
// by A and B").
func jointBodyBefore(toks []text.Token, v int) bool {
	return v >= 3 && toks[v-1].Text == "-" && toks[v-2].Lower == "co" && jointBodyNouns[toks[v-3].Lower]
}

// withNegNouns take the other side of a negotiation in a "with" phrase:
// "talks with the rebels", "a truce with the army".
var withNegNouns = lex("withNegNouns")

// compound is the word a token ends, with hyphenated halves joined: the
// "fire" of "cease-fire" gives "ceasefire", so that both spellings of a
// compound read alike.
func compound(toks []text.Token, k int) string {
	if k+2 < len(toks) && toks[k+1].Text == "-" && toks[k+1].Glued && toks[k+2].Glued && toks[k+2].Word && !toks[k].Cap {
		return toks[k].Lower + toks[k+2].Lower
	}
	if k >= 2 && toks[k].Glued && toks[k-1].Text == "-" && toks[k-1].Glued && toks[k-2].Word && !toks[k-2].Cap {
		return toks[k-2].Lower + toks[k].Lower
	}
	return toks[k].Lower
}

// sentEnvoyNouns: "as the special envoy of B" names who sent the envoy.
var sentEnvoyNouns = lex("sentEnvoyNouns")

// envoyOfRole reads "X ... as the special envoy of B" from the "as" at k:
// the sentence's first person X was sent by the body B, which Settle
// makes a mediator when X is one.
func (d *Reader) envoyOfRole(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	e := k + 1
	if e < len(toks) && toks[e].Lower == "the" {
		e++
	}
	for n := 0; n < 2 && e < len(toks) && toks[e].Word && !toks[e].Cap && !sentEnvoyNouns[toks[e].Lower]; n++ {
		e++
	}
	if e+2 >= len(toks) || !sentEnvoyNouns[toks[e].Lower] || toks[e+1].Lower != "of" {
		return
	}
	var body int = -1
	if ms := d.actorList(si, e+2); len(ms) > 0 && d.Cast.Actors[ms[0]].Kind != graph.Person {
		body = ms[0]
	}
	if body < 0 {
		return
	}
	for _, m := range d.Ments[si] {
		if m.I < k && m.Kind == mention.Person && m.Actor >= 0 {
			r.envoyOf = append(r.envoyOf, [2]int{m.Actor, body})
			return
		}
	}
}

// teamsForSides: "negotiators for A and B" names the two sides.
var teamsForSides = lex("teamsForSides")

// mediatorNouns are what third parties are called.
var mediatorNouns = lex("mediatorNouns")

// Reader reads the roles of one story.
type Reader struct {
	*actors.Story
	arg  *args.Reader
	home int // the state whose capital the story is filed from, -1 when none (WithHome)
	// agencyHome: home is the state of the national agency the dateline
	// credits (WithAgencyHome), wherever the story is filed from.
	agencyHome bool
}

// New is a Reader of the story.
func New(st *actors.Story, arg *args.Reader) *Reader { return &Reader{st, arg, -1, false} }

// Roles collects party and mediator evidence over the whole article.
// Evidence is strong (the text names the sides or calls someone a
// mediator) or weak (the sides are inferred from the people who met; a
// third party is inferred from "negotiators from" or a proposal it made).
type Roles struct {
	pairs      []Pair // in order of first evidence
	pairIdx    map[[2]int]int
	mediators  []int
	weakMeds   []int
	seenMed    map[[2]int]bool // (actor, weak) already listed
	weakRoles  bool            // set while reading weak evidence
	chairs     []chair         // who chaired talks (Settle decides)
	underChair bool            // chairOf is reading "under the chairmanship of X"
	envoyOf    [][2]int        // (person, body that sent them): "as the envoy of B"
	behalfOf   [][2]int        // (agent, principal): "X, who chairs the talks on behalf of B" (onbehalf.go)
	sentBy     [][2]int        // (person, body): "X, the former president sent by B"
	bodyHeads  [][2]int        // (body, person): "the X Commission, chaired by P" (mediatorhead.go)
	served     [][2]int        // (person, body their post serves) that mediator() added
	ownStates  []int           // states told brokering on their leader or envoy (whosegovernment.go)
	direct     map[int]bool    // mediators added on evidence of their own
	offer      bool            // set while reading an offer to mediate
	noBroker   bool            // the text denies any third party: "No outside party brokers the talks"
	brokered   bool            // set while adding a pair kept only beside a mediator
	leaders    bool            // set while adding two people as the sides
	people     bool            // set while reading sides that may be two people ("talks between X and Y")
	signers    *[2]int         // the signatories a pair is read from (signedByRoles)
	shuttled   bool            // set while adding the two a go-between goes between (shuttledSides)
	blocs      bool            // set while reading "A-B talks" or "talks between A and B" (blocside.go)
	grouped    bool            // set while reading a group's listed sides (groupedsides.go)
	// pluralSide is the state told against a plural of movements not yet
	// named ("A's government and the rebel movements"), once hasPlural.
	pluralSide int
	hasPlural  bool
	// rebelSide is the state told against "the rebels" not yet named
	// ("A's government and the rebels began talks"), once hasRebels;
	// rebelNoun is that plural, rebelsDone once the movement is named
	// (negotiators.go).
	rebelSide             int
	rebelNoun             string
	hasRebels, rebelsDone bool
	// signedFor are the collectives signatories signed for, in order
	// (signedForSides).
	signedFor []int
	// loose are "between A and B" of two collectives under any noun, read
	// only when brokers stand with no sides (looseBetween).
	loose []Pair
	// visited are the two sides a broker met apart, read only when
	// brokers stand with no sides (visitedsides.go).
	visited []Pair
	// chairList is the sentence and token span of the last people a
	// "co-chairs" names (coChairList): its "and" joins brokers, not sides.
	chairList [3]int
}

// Pair is two sides of a negotiation and its topic ("peace talks").
type Pair struct {
	A, B     int // actor indexes
	Topic    string
	weak     bool
	brokered bool // kept only beside a mediator: two people as the sides, a rift
	leaders  bool // two people as the sides: void unless their sentence names a broker
	void     bool // voided by keepBrokeredLeaders, unless read again
	signed   bool // read from "signed by A, by B": by holds A and B
	by       [2]int
	shuttled bool // only a go-between's two ends: yields to any other pair of either side
	grouped  bool // read only from a group's list (groupedsides.go): yields to its chair
}

// Named is every actor some evidence gives a role, strong or weak, before
// Settle decides: the record keeps them all.
func (r *Roles) Named() []int {
	var out []int
	for _, p := range r.pairs {
		out = append(out, p.A, p.B)
	}
	out = append(out, r.mediators...)
	for _, c := range r.chairs {
		out = append(out, c.actor)
	}
	return append(out, r.weakMeds...)
}

func (r *Roles) addPair(a, b int, topic string) {
	if a < 0 || b < 0 || a == b {
		return
	}
	if a > b {
		a, b = b, a
	}
	if r.pairIdx == nil {
		r.pairIdx = map[[2]int]int{}
	}
	if i, ok := r.pairIdx[[2]int{a, b}]; ok {
		r.pairs[i].weak = r.pairs[i].weak && r.weakRoles
		r.pairs[i].shuttled = r.pairs[i].shuttled && r.shuttled
		r.pairs[i].grouped = r.pairs[i].grouped && r.grouped
		if r.pairs[i].void {
			// Read again: the new evidence decides.
			r.pairs[i].void, r.pairs[i].leaders, r.pairs[i].brokered = false, r.leaders, r.brokered
		}
		return
	}
	r.pairIdx[[2]int{a, b}] = len(r.pairs)
	p := Pair{A: a, B: b, Topic: topic, weak: r.weakRoles, brokered: r.brokered, leaders: r.leaders, shuttled: r.shuttled, grouped: r.grouped}
	if r.signers != nil {
		p.signed, p.by = true, *r.signers
	}
	r.pairs = append(r.pairs, p)
}

func (r *Roles) addMediator(a int) {
	if a < 0 {
		return
	}
	if r.direct == nil {
		r.direct = map[int]bool{}
	}
	r.direct[a] = true
	r.addListed(a)
}

// addServed adds the body s that mediator p's post serves, on p's
// evidence alone: a body that sent p (sentBy) takes its place.
func (r *Roles) addServed(p, s int) {
	r.served = append(r.served, [2]int{p, s})
	r.addListed(s)
}

// addListed lists a as a mediator, strong or weak as the evidence read.
func (r *Roles) addListed(a int) {
	if r.seenMed == nil {
		r.seenMed = map[[2]int]bool{}
	}
	w := 0
	list := &r.mediators
	if r.weakRoles {
		w, list = 1, &r.weakMeds
	}
	if !r.seenMed[[2]int{a, w}] {
		r.seenMed[[2]int{a, w}] = true
		*list = append(*list, a)
	}
}

// Settle decides the roles: strong mediators win over any party evidence;
// weak mediators count unless the text makes them a side; weak party pairs
// count unless a side is a mediator.
func (r *Roles) Settle() (pairs []Pair, meds []int) {
	strongSide := map[int]bool{}
	for _, p := range r.pairs {
		if !p.weak {
			strongSide[p.A], strongSide[p.B] = true, true
		}
	}
	meds = slices.Clone(r.mediators)
	isMed := map[int]bool{}
	for _, m := range meds {
		isMed[m] = true
	}
	for _, m := range r.weakMeds {
		if !strongSide[m] && !isMed[m] {
			meds = append(meds, m)
			isMed[m] = true
		}
	}
	for _, p := range r.pairs {
		if p.void {
			continue
		}
		// A signatory the story makes a mediator signed as witness: the
		// state their post serves is no side by it (p251).
		if p.signed && (isMed[p.by[0]] || isMed[p.by[1]]) {
			continue
		}
		if !isMed[p.A] && !isMed[p.B] {
			pairs = append(pairs, p)
		}
	}
	// The listed chair of many-party talks brokers them (groupedsides.go).
	pairs = r.dropGroupedChairs(pairs)
	// "X ... as the special envoy of B" (p144, p166): the body that sent
	// a mediator brokers too.
	sides := map[int]bool{}
	for _, p := range pairs {
		sides[p.A], sides[p.B] = true, true
	}
	for _, e := range r.envoyOf {
		if isMed[e[0]] && !isMed[e[1]] && !sides[e[1]] {
			meds = append(meds, e[1])
			isMed[e[1]] = true
		}
	}
	// "the X Commission, chaired by P", where the story makes the
	// Commission a broker (setOffBodyHead, mediatorhead.go): P brokers.
	for _, e := range r.bodyHeads {
		if isMed[e[0]] && !isMed[e[1]] && !sides[e[1]] {
			meds = append(meds, e[1])
			isMed[e[1]] = true
		}
	}
	// A chair of talks brokers them unless the chair is one of their
	// sides (one side's leader chairing talks with the other); a summit's
	// chair is none (chairsTalks, chairedTalks). Sides the story does not
	// read leave the chair a broker still ("talks convened by X", p239;
	// "chaired by the head of the OSCE Mission, X", p110; p192, p215).
	for _, c := range r.chairs {
		if r.noBroker {
			break // the text says no third party brokers (p167)
		}
		// A chair whose state already brokers sits for it ("a round
		// brokered by A and B ... A's deputy minister and B's envoy
		// chaired the opening session", p37).
		if c.needSides && len(sides) == 0 {
			continue
		}
		if !sides[c.actor] && !sides[c.side] && !isMed[c.actor] && (c.state < 0 || !isMed[c.state]) {
			meds = append(meds, c.actor)
			isMed[c.actor] = true
		}
	}
	// "X, the former president sent by B" (p221, p222): X brokers for B,
	// and the state X's post serves, brought in by X alone, does not.
	for _, e := range r.sentBy {
		if !isMed[e[0]] || sides[e[1]] {
			continue
		}
		if !isMed[e[1]] {
			meds = append(meds, e[1])
			isMed[e[1]] = true
		}
		for _, s := range r.served {
			if s[0] == e[0] && s[1] != e[1] && !r.direct[s[1]] && isMed[s[1]] {
				meds = slices.DeleteFunc(meds, func(m int) bool { return m == s[1] })
				isMed[s[1]] = false
			}
		}
	}
	// "Minister X, whose government has served as facilitator"
	// (whosegovernment.go): the state brokers, read after the chairs so
	// that a chair of that state still brokers in person (p251).
	for _, s := range r.ownStates {
		if !isMed[s] && !sides[s] {
			meds = append(meds, s)
			isMed[s] = true
		}
	}
	// "X, who chairs the talks on behalf of B" (onbehalf.go): read after
	// the chairs, whom it most often tells.
	meds = r.settleBehalf(meds, isMed, sides)
	// Two people as the sides ("talks between Karume and Hamad", p248;
	// p253) are a dispute of leaders only where a third party brokers it:
	// without one the two are more often partners at a meeting. So with
	// a rift (riftRoles).
	if len(meds) == 0 {
		pairs = slices.DeleteFunc(pairs, func(p Pair) bool { return p.brokered })
	}
	return r.sidesSeenApartPairs(r.looseFallback(dropShuttledEnds(yieldWeakPairs(pairs)), meds, isMed), meds, isMed), meds
}

// yieldWeakPairs drops the pairs read only from who met (weak) when the
// text names the sides of a negotiation itself (a strong pair): a story
// that tells "talks between A and B" and has A's leader meet C's tells C
// as a host, a go-between or a partner on the way, not a second dispute.
func yieldWeakPairs(pairs []Pair) []Pair {
	if !slices.ContainsFunc(pairs, func(p Pair) bool { return !p.weak }) {
		return pairs
	}
	return slices.DeleteFunc(pairs, func(p Pair) bool { return p.weak })
}

// keepBrokeredLeaders voids the pairs of two people as the sides that
// the sentence just read added (from index pairs on) unless it also named
// a broker (seenMed grew past meds): "the talks between Karume and
// Hamad, facilitated by X" (p248), "X, who facilitated the talks between
// Gbagbo and Soro" (p253) tell a brokered dispute of two leaders in one
// sentence; two people "between" whom talks are told with no broker by
// are more often the envoys of two states.
func (r *Roles) keepBrokeredLeaders(pairs, meds int) {
	if len(r.seenMed) > meds {
		return
	}
	for i := pairs; i < len(r.pairs); i++ {
		if r.pairs[i].leaders {
			r.pairs[i].void = true
		}
	}
}

// Sentence reads one sentence for parties and mediators.
func (d *Reader) Sentence(si int, r *Roles) {
	s := &d.Sents[si]
	toks := s.Toks
	hasNeg := false
	for k := range toks {
		if negNouns[compound(toks, k)] {
			hasNeg = true
			break
		}
	}
	// Talks framed as cooperation, or a dispute taken to a court, join
	// no sides by "A and B" (read once per sentence).
	conjSides := hasNeg && !cooperationFramed(toks) && !adjudicated(toks)
	lastBy := byNone
	medsBefore := len(r.seenMed)
	defer r.keepBrokeredLeaders(len(r.pairs), medsBefore)
	defer d.jointBrokers(si, medsBefore, r)
	d.teamPairs(si, r)
	d.headedTeamsAcross(si, r)
	d.genericTeamSides(si, r)
	d.delegationHeadsSides(si, r)
	d.governmentSides(si, hasNeg, r)
	d.bargainedSides(si, conjSides, r)
	d.exchangedSides(si, r) // "A and B exchanged prisoners" (exchangedsides.go)
	d.signedWith(si, r)
	d.signedForSides(si, r)
	d.signedDocumentSides(si, r)
	d.pluralCounterpart(si, r)
	d.governmentAndRebels(si, hasNeg, r)
	d.rebelsNamed(si, r)
	d.foughtGovernment(si, r) // "X has fought the government in C"
	d.jointTeamSides(si, r)
	d.looseBetween(si, r)
	for k, t := range toks {
		// "The signatories are A, B and C" (signatorylist.go).
		d.signatoriesListed(si, k, r)
		d.ledMediationWith(si, k, r)
		// "as mediators alongside X" (ascoagents.go).
		d.asRoleCoAgents(si, k, r)
		d.spentOnMediation(si, k, r)
		d.troikaMembers(si, k, r)
		// "A and B signed as witnesses for the co-sponsors"
		// (witnessguarantors.go).
		d.guarantorWitnesses(si, k, r)
		// "the proposal which X put to both sides" (putsides.go).
		d.proposalPutTo(si, k, r)
		if t.Lower == "invitation" {
			// "A and B met at the invitation of X" (invitation.go).
			d.invitingThird(si, k, r)
		}
		// "X's role is to bring together A and B" (broughttogether.go).
		d.broughtTogether(si, k, r)
		// "A and B were mandated to help the two parties" (helpedsides.go).
		d.helpedSidesBrokers(si, k, r)
		// "Minister X, whose government has served as facilitator"
		// (whosegovernment.go).
		d.whoseGovernmentBroker(si, k, r)
		if t.Lower == "by" {
			// "He is assisted by A and B", of a mediator (assisted.go).
			d.assistantsOfMediator(si, k, r)
			// "the X Commission, chaired by P" (mediatorhead.go).
			d.setOffBodyHead(si, k, r)
			if k > 0 && toks[k-1].Lower != "and" {
				// A "by" of another verb ends the agent phrase "and by"
				// may continue: in "facilitated by A, began with a
				// ceremony addressed by B and by C" C addresses, not
				// facilitates (the four-hundred-and-twenty-second round,
				// p2569); the mediator and chair cases below set it again.
				lastBy = byNone
			}
		}
		switch {
		case t.Lower == "on" && k+3 < len(toks) && toks[k+1].Lower == "behalf" && toks[k+2].Lower == "of":
			// "mediated by X on behalf of B", "X shuttled between them on
			// behalf of B": the body a mediator of this sentence acts for
			// sent them, so it brokers too (p154, p166).
			if len(r.seenMed) > medsBefore {
				for _, m := range d.actorList(si, k+3) {
					// A body, not a state: "signed on behalf of Israel" is a
					// side's delegate, never its broker.
					if d.Cast.Actors[m].Kind == graph.Organization {
						d.mediator(r, m)
					}
				}
			}
		case t.Lower == "between" && d.groupedBetween(si, k, r):
			// "talks between A and the six powers, namely B, C and D"
			// (groupedsides.go).
		case t.Lower == "among":
			// "talks among A, B and C" (amongsides.go).
			d.amongSides(si, k, r)
		case t.Lower == "involving":
			// "the six-party talks, involving A, B and C" (amongsides.go).
			d.involvedSides(si, k, r)
		case t.Lower == "between" && k > 0 && relationNouns[toks[k-1].Lower]:
			// "trade between A and B": a relation, no negotiation.
		case t.Lower == "between" && datedInstrumentBetween(toks, k):
			// "under an 1890 treaty between A and B" (datedinstrument.go).
		case t.Lower == "between" && (nearWord(toks, k, 5, negNouns, mediatorNouns, frame.MeetingNouns, mediatorVerbs) || rowBetween(toks, k) || conferenceBetween(toks, k)):
			// "the row between A and B" (rownoun.go) as "the dispute
			// between A and B"; "the conference between A and B"
			// (conferencebetween.go) as "the talks between A and B".
			a, b := d.arg.BetweenPair(si, k)
			if sides := d.betweenList(si, k); len(sides) >= 3 {
				// "negotiations between A, B and C" (betweenlist.go).
				d.pairEach(r, sides, d.topicAt(s, k))
			} else if a != nil && b != nil {
				r.people, r.blocs = true, true
				d.pairRole(r, a.Actor, b.Actor, d.topicAt(s, k))
				r.people, r.blocs = false, false
				// "between the government and the rebels": a plural
				// stands for every movement (genericsides.go).
				d.genericBetween(si, k, r)
			} else if x, y := d.theirGovernments(si, k); x >= 0 {
				d.pairRole(r, x, y, d.topicAt(s, k))
			} else {
				// "mediator between the company and the union"
				// (genericsides.go).
				d.genericBetween(si, k, r)
			}
		case t.Lower == "and" && conjSides && !ownedConjunct(toks, k) && !r.inChairList(si, k):
			if a, b := d.arg.ConjPair(si, k); a != nil && b != nil && !relationBetween(toks, a.I) && !d.demonymsOfPosts(si, a, b, toks) && !d.withGuestsOfThirdSide(si, a, b, toks) && !placeModifier(toks, a.J) && !placeModifier(toks, b.J) && !asThirdParties(toks, a.J, k, b.J) && !observerListItem(toks, a.I) && !locatedConjuncts(toks, a.I, k, b.I) && !d.negOnlyInLaterClause(si, k) && !createdContent(toks, a.I) && !featureOfConjuncts(toks, a.I) && !topicConjuncts(toks, a.I) && !parallelPhrases(toks, a.I, k, b.I) && !amongCompany(toks, b.J) {
				d.pairRole(r, a.Actor, b.Actor, d.topicAt(s, k))
				d.listSides(si, k, r) // "the teams of A, the B and the C"
			} else if a == nil {
				// "A, B and C" (amongsides.go).
				d.listSides(si, k, r)
			}
		case t.Text == "," && conjSides && s.Title:
			// "A, B open peace talks" (headlinepair.go).
			if a, b := d.headlinePair(si, k); a != nil && !d.demonymsOfPosts(si, a, b, toks) {
				d.pairRole(r, d.fullGroup(a.Actor), d.fullGroup(b.Actor), d.topicAt(s, k))
			}
		case t.Text == "-" && t.Glued:
			d.hyphenRoles(si, k, r)
		case t.Lower == "with" && k > 0 && negotiateVerbs[toks[k-1].Lower]:
			// "A is negotiating with B" (negotiators.go).
			d.negotiatingWith(si, k, r)
		case t.Lower == "with" && k > 0 && possessiveNegNouns[compound(toks, k-1)]:
			d.possessiveWith(si, k, r)
		case withNegNouns[compound(toks, k)] && k+1 < len(toks) && toks[k+1].Lower == "with":
			if x := d.FirstActor(si, k+2, 4, true); x != nil && d.Cast.Actors[x.Actor].Kind == graph.Group {
				for _, m := range d.Ments[si] {
					if m.Actor >= 0 && !m.Desc && m.Actor != x.Actor && m.I < k && d.IsSide(m.Actor) {
						d.pairRole(r, m.Actor, x.Actor, d.topicAt(s, k))
						break
					}
				}
			}
		case t.Lower == "by" && k > 0 && d.headedMediationBody(si, k-1):
			// "The mediation team is chaired by X" (mediationbody.go):
			// before "chaired by" after talks, whose chair Settle may
			// fold into a state that brokers.
			d.headedBodyRoles(si, k, r)
		case t.Lower == "by" && k > 0 && (mediatorVerbs[toks[k-1].Lower] || coConvenors[compound(toks, k-1)] || lastBy == byMediator && toks[k-1].Lower == "and"):
			// "facilitated by A, and by B": the second agent of the
			// same verb.
			lastBy = byMediator
			if coConvenors[compound(toks, k-1)] && jointBodyBefore(toks, k-1) {
				// "a coordinating committee co-chaired by A and B": the
				// heads of a joint body are its two sides' own, no
				// brokers (the hundred-and-sixty-fourth round, p1020,
				// p380); "a conference co-chaired by A and B" still is.
				continue
			}
			if coConvenors[compound(toks, k-1)] && mention.PrefixEnd(toks, k+1) > k+1 {
				// "co-chaired by Datuk X and Undersecretary Y": persons
				// who co-chair are mostly the two sides' own (p419), so a
				// prefixed co-chair is left unread, as before the
				// prefix was read (actorList).
				continue
			}
			agents := d.byAgents(si, k+1)
			if coConvenors[compound(toks, k-1)] && d.personCoChairsOfGathering(si, k-1, agents) {
				// "The summit was co-chaired by A and President B":
				// leaders presiding over a gathering (cochairedgathering.go).
				continue
			}
			for _, m := range agents {
				d.mediator(r, m)
			}
		case severVerbs[t.Lower]:
			d.riftRoles(si, k, r)
		case tieOpenVerbs[t.Lower]:
			d.openedTiesRoles(si, k, r)
		case t.Lower == "by" && k > 0 && signVerbs[toks[k-1].Lower]:
			d.signedByRoles(si, k, r)
		case t.Lower == "by" && (ledTalks(toks, k-1) || ledMediationAct(toks, k-1) >= 0):
			// "after ten days of talks led by the African Union" (p193,
			// p214); "mediation efforts led by X", "the mediation is led
			// by X" (ledMediationAct).
			d.ledByBody(si, k, r)
		case t.Lower == "by" && arrangedTalksBy(toks, k):
			// "a ceasefire arranged by X" (arrangedby.go): X set up the
			// talks or truce between the sides and brokers them as a
			// chair does (Settle keeps X only beside sides X is not).
			for _, m := range d.byAgents(si, k+1) {
				d.chairOf(r, m)
			}
		case t.Lower == "by" && k > 0 && (chairVerbs[toks[k-1].Lower] && (chairsTalks(toks, k-1) || d.pronounChairsTalks(si, k-1)) || presidedOverBy(toks, k) || lastBy == byChair && toks[k-1].Lower == "and"):
			lastBy = byChair
			for _, m := range d.byAgents(si, k+1) {
				d.chairOf(r, m)
			}
		case t.Lower == "by" && hostedMeeting(toks, k) && d.hostingEnvoyBody(si, k+1) >= 0:
			// "at a meeting hosted by the UN Secretary-General's special
			// adviser, X": the envoy's body brokers (hostedby.go).
			d.mediator(r, d.hostingEnvoyBody(si, k+1))
		case t.Lower == "by" && hostedTalks(toks, k):
			// "after a day of talks hosted by President X" (hostedby.go):
			// a person hosting talks runs them as a chair does.
			for _, m := range d.byAgents(si, k+1) {
				if d.Cast.Actors[m].Kind == graph.Person && !d.namedBefore(si, k, m) {
					d.chairOf(r, m)
				}
			}
		case t.Lower == "of" && underChairmanship(toks, k) && (chairsTalks(toks, k-3) || chairedClause(toks, k-3)):
			// "talks between the two leaders under the chairmanship of
			// X" (p819): the chair of the talks, read as "talks chaired
			// by X" is (Settle keeps X only beside sides X is not).
			r.underChair = true
			for _, m := range d.byAgents(si, k+1) {
				d.chairOf(r, m)
			}
			r.underChair = false
		case coChairNouns[t.Lower] && k >= 2 && t.Glued && toks[k-1].Text == "-" && toks[k-2].Lower == "co":
			// "the co-chairs A, B and C" (cochairs.go).
			d.coChairList(si, k, r)
		case t.Lower == "separate" && separateWith(toks, k) >= 0:
			// "X held separate meetings with A and with B"
			// (separatemeetings.go).
			d.separateMeetings(si, k, r)
		case brokerDenials[t.Lower] && deniesBroker(toks, k+1):
			// "No outside party brokers the talks" (p167), "No third party
			// took part" (p197), "without any mediator" (p196).
			r.noBroker = true
		case leadVerbs[t.Lower] && hyphenLedTalks(toks, k):
			// "UN-led peace talks" (apposedpost.go).
			d.hyphenLedBody(si, k, r)
		case (leadVerbs[t.Lower] || mediationRunVerbs[t.Lower]) && ledMediationObject(toks, k+1):
			// "X, who has led the mediation" (p239), "X chairs the
			// mediation" (p497), "who conducts the facilitation" (p88).
			d.ledMediation(si, k, r)
		case t.Lower == "chair" && k >= 2 && toks[k-1].Lower == "the" && (toks[k-2].Lower == "in" || takeVerbs[toks[k-2].Lower]):
			// "with X in the chair" (p96, p144), "X took the chair" (p69):
			// X chairs the talks the story tells.
			d.chairTaken(si, k-2, r)
		case chairVerbs[t.Lower] && chairedTalks(toks, k+1) || presidedOverTalks(toks, k):
			// "X chaired the opening session of the conference", "X,
			// who chaired the talks" (p241, p215, p192): the active chair,
			// kept as "talks chaired by X" is (Settle).
			e := subjectEnd(toks, k)
			ms := d.listEndingAt(si, appositionStart(toks, e))
			if c := apposedRelative(toks, e); len(ms) == 0 && c > 0 {
				ms = d.listEndingAt(si, c)
			}
			for _, m := range ms {
				d.chairOf(r, m)
			}
		case t.Lower == "whom" && k > 0 && toks[k-1].Text == "," && appointedMediator(toks, k):
			// "X and Y, whom the union named as its mediators"
			for _, m := range d.listEndingAt(si, k-1) {
				d.mediator(r, m)
			}
		case t.Lower == "whose":
			d.whoseBrokered(si, k, r)
		case mediatingWords[t.Lower] && len(d.mediatingGroupMembers(si, k)) > 0:
			// "the mediating group of six nations: A, B, C and D"
			// (mediatinggroup.go).
			for _, m := range d.mediatingGroupMembers(si, k) {
				d.mediator(r, m)
			}
		case mediatorVerbs[t.Lower] && k > 0 && !brokerNoun(toks, k):
			if toks[k-1].Text == "-" && toks[k-1].Glued {
				if m := d.MentionEndingAt(si, k-1); m != nil && m.Actor >= 0 {
					d.mediator(r, m.Actor)
				}
				continue
			}
			if k+1 < len(toks) && toks[k+1].Lower == "by" {
				// A passive ("the talks were mediated by X"): its subject
				// is what was brokered; the agent is read at "by".
				continue
			}
			if sponsoredSigning(toks, k) {
				// "X sponsored on Monday the signing of an agreement
				// between A and B" (sponsoredsigning.go).
				continue
			}
			if t.Lower == "sponsoring" && !wordAhead(toks, k, 4, negNouns) && !wordAhead(toks, k, 4, frame.MeetingNouns) {
				// "X and Y are sponsoring the talks" brokers them; "X is
				// sponsoring a resolution" sponsors no talks.
				continue
			}
			if k+1 < len(toks) && toks[k+1].Lower == "role" {
				// "X played a facilitating role": the clause's subject.
				d.roleSubject(si, k, r)
				continue
			}
			v := k
			if k >= 2 && toks[k-1].Lower == "and" && hostVerbs[toks[k-2].Lower] {
				// "X, who hosted and mediated the talks", "talks that Q
				// hosted and facilitated" (p236, p215): the subject of
				// the host verb the mediating one is joined to.
				v = k - 2
			}
			ms := d.listEndingAt(si, subjectEnd(toks, v))
			if len(ms) == 0 {
				// "X, head of the Y centre, facilitated" (p204): the
				// subject before its apposition.
				ms = d.apposedSubject(si, subjectEnd(toks, v))
			}
			if len(ms) == 0 {
				ms = d.describedMediator(si, subjectEnd(toks, v))
			}
			if len(ms) == 0 {
				// "A and B, the conference's two sponsors, brokered"
				// (apposedbodies.go).
				ms = d.apposedBodies(si, subjectEnd(toks, v))
			}
			if c := apposedRelative(toks, subjectEnd(toks, v)); len(ms) == 0 && c > 0 {
				ms = d.listEndingAt(si, c)
			}
			if len(ms) == 0 {
				// "X chairs the group and mediates" (chairclause.go).
				ms = d.chairClauseSubject(si, v)
			}
			if c := relativeSkipped(toks, subjectEnd(toks, v)); len(ms) == 0 && c > 0 {
				// "Kenya, which has hosted the talks since 2001,
				// facilitated them" (relativesubject.go).
				ms = d.listEndingAt(si, c)
			}
			if len(ms) == 0 {
				// "X was invited by both sides to facilitate"
				// (invitedbroker.go).
				ms = d.invitedBroker(si, v)
			}
			if s := d.stateOfTitledSubject(si, subjectEnd(toks, v)); len(ms) == 0 && s >= 0 {
				// "Kenya's president mediated" (titledsubject.go).
				ms = []int{s}
			}
			if len(ms) == 0 {
				ms = d.openingPronounBroker(si, v)
			} else {
				// "He and the UN envoy X facilitated" (pronounbroker.go).
				ms = append(ms, d.pronounConjunctBroker(si, v, ms)...)
			}
			// An offer to mediate ("Turkish President X, who has offered
			// to mediate", p50) is the state's policy told of its leader:
			// the state offers with them, however the post is told.
			r.offer = v >= 2 && toks[v-1].Lower == "to" && offerVerbs[toks[v-2].Lower]
			if r.offer && pastOffer(toks, v-2) {
				r.offer = false
				continue
			}
			for _, m := range ms {
				d.mediator(r, m)
			}
			r.offer = false
			if len(ms) > 0 {
				d.coBrokers(si, k, r)
				// "X is mediating together with Y" (companionbrokers.go).
				d.companionBrokers(si, k, r)
			}
		case mediatorNouns[t.Lower] || k >= 2 && t.Glued && toks[k-1].Text == "-" && mediatorNouns[compound(toks, k)]:
			if strings.HasSuffix(t.Lower, "s") {
				// "the guarantors, which also include A, B and C"
				for _, m := range d.includedMediators(si, k) {
					d.mediator(r, m)
				}
			}
			// "the guarantor countries, which are A, B and C"
			// (mediatorcopula.go).
			for _, m := range d.copulaMediators(si, k) {
				d.mediator(r, m)
			}
			// "the four mediators were A, B and C" (mediatorcopula.go).
			for _, m := range d.subjectCopulaMediators(si, k) {
				d.mediator(r, m)
			}
			d.mediatorNounRoles(si, k, r)
			if k > 0 && toks[k-1].Lower == "as" {
				// "X, who acts as facilitator together with Y"
				// (companionbrokers.go).
				d.companionBrokers(si, k, r)
			}
		case mediationTeams[t.Lower] && d.mediationBody(si, k) && len(d.includedMediators(si, k)) > 0:
			// "the mediation team, which includes also A, B and C"
			for _, m := range d.includedMediators(si, k) {
				d.mediator(r, m)
			}
		case mediationTeams[t.Lower] && d.mediationBody(si, k) && len(d.memberList(si, k)) > 0:
			// "the mediating team was made up of A, B and C"
			// (mediationbody.go).
			for _, m := range d.memberList(si, k) {
				d.mediator(r, m)
			}
		case t.Lower == "as":
			d.envoyOfRole(si, k, r)
		case t.Lower == "behalf":
			// "X, who chairs the talks on behalf of B" (onbehalf.go).
			d.behalfOfRole(si, k, r)
		case senderVerbs[t.Lower] && k+1 < len(toks) && toks[k+1].Lower == "by":
			d.sentByRole(si, k, r)
		case teamsForSides[t.Lower] && k+1 < len(toks) && toks[k+1].Lower == "for":
			// "negotiators for A and B": the teams of two sides, named by
			// the sides or their capitals (p164, p169; p103, p110, p155).
			if ms := d.teamSides(si, k+2); len(ms) == 2 {
				d.pairRole(r, ms[0], ms[1], d.topicAt(s, k))
			}
		case (t.Lower == "negotiators" || t.Lower == "delegations") && k+1 < len(toks) && toks[k+1].Lower == "from" && len(d.delegationsMetSides(si, k+2)) == 2:
			// "Delegations from A and B met in P": the two whose
			// delegations meet are the sides (delegationsmet.go).
			ms := d.delegationsMetSides(si, k+2)
			prev := r.weakRoles
			r.weakRoles = true
			d.pairRole(r, ms[0], ms[1], d.topicAt(s, k))
			r.weakRoles = prev
		case (t.Lower == "negotiators" || t.Lower == "delegations") && k+1 < len(toks) && toks[k+1].Lower == "from":
			r.weakRoles = true
			for _, m := range d.actorList(si, k+2) {
				d.mediator(r, m)
			}
			r.weakRoles = false
		case proposalNouns[t.Lower]:
			d.proposalRoles(si, k, r)
		case shuttleVerbs[t.Lower] && shuttleTail(toks, shuttleObjectEnd(toks, k)) || shuttleMoves[t.Lower] && shuttleTail(toks, afterShuttleMeans(toks, k)) || goneBetween(toks, k):
			// "A and B were carrying messages back and forth": carrying
			// proposals between the sides is brokering (SCHEMA); so is
			// going between them ("X was shuttling between the two
			// delegations").
			ms, a := d.listSpanEndingAt(si, appositionStart(toks, subjectEnd(toks, spentBefore(toks, k))))
			if len(ms) > 0 && a > 0 && toks[a-1].Lower == "between" {
				// "X shuttled between A and B carrying messages": the
				// names before the participle are the sides the verb
				// before read (shuttledSides), no subject of this one.
				continue
			}
			if len(ms) > 0 && destinationList(toks, a) {
				// "X flew to A and B carrying proposals": the places
				// before the participle are where the carrier went
				// (destinationList, carrier.go); a person there is still
				// the carrier ("X's ambassador to A, Y, who has carried").
				ms = slices.DeleteFunc(ms, func(m int) bool { return d.Cast.Actors[m].Kind != graph.Person })
			}
			if len(ms) == 0 {
				// "The three men have spent months shuttling" after a
				// sentence naming three people (countedshuttlers.go).
				ms = d.countedShuttlers(si, subjectEnd(toks, spentBefore(toks, k)))
			}
			if len(ms) == 0 {
				// "X, whose officials had been carrying messages"
				// (carrier.go).
				ms = d.whoseStaffShuttler(si, k)
			}
			if len(ms) == 0 {
				ms = d.apposedShuttler(si, subjectEnd(toks, spentBefore(toks, k)))
			}
			if c := envoyApposedRelative(toks, subjectEnd(toks, spentBefore(toks, k))); len(ms) == 0 && c > 0 {
				// "X, an envoy of President Y who has shuttled between":
				// the envoy shuttles, not the one who sent him (the
				// hundred-and-eighty-sixth round; p1153).
				ms = d.listEndingAt(si, c)
			}
			if len(ms) == 0 {
				ms = d.shuttleSubject(si, k)
			}
			if len(ms) == 0 {
				ms = d.bodyShuttler(si, k)
			}
			if len(ms) == 0 && d.carrierSubject(si, k, r) {
				continue
			}
			if len(ms) == 0 {
				ms = d.describedMediator(si, k)
			}
			for _, m := range ms {
				d.mediator(r, m)
			}
			if len(ms) > 0 {
				// "X shuttled between them along with Y"
				// (companionbrokers.go).
				d.companionBrokers(si, k, r)
			}
			d.shuttledSides(si, k, shuttleBetween(toks, k), ms, r)
		case mediationNoun(toks, k) && k+2 < len(toks) && mediationHeads[toks[k+1].Lower] && (toks[k+2].Lower == "of" || toks[k+2].Lower == "by") && (k == 0 || !earlierMediationMods[toks[k-1].Lower]):
			// "a mediation mission by X and Y", "the mediation efforts
			// of X": the noun the mediation word modifies is the act,
			// its agent the broker (the two-hundred-and-sixty-sixth
			// round, p1629). The agent may be told by posts and names
			// ("by the presidents of A and B, X and Y"): every actor up
			// to the clause's end brokers.
			for _, m := range d.agentPhraseActors(si, k+3) {
				d.mediator(r, m)
			}
		case mediationNoun(toks, k) && k+1 < len(toks) && (toks[k+1].Lower == "of" || mediationByAgent(toks, k)):
			// "through the facilitation of X", "under the auspices of X";
			// "after a mediation by X" (mediationByAgent)
			ms := d.actorList(si, k+2)
			if len(ms) == 0 {
				// "under the auspices of the Chairman of the Soviet
				// Council of Ministers, Mr. X": a title phrase set off
				// before the name, read as after "by" (byAgents; the
				// four-hundred-and-twenty-second round, p2567).
				if p, bodies := d.titlePhrasePerson(si, k+2); p != nil {
					ms = append([]int{p.Actor}, bodies...)
				}
			}
			if len(ms) == 0 {
				// "by the mediation of the co-chairs of G, which
				// are A, B and C" (bodychairs.go).
				ms = d.chairsOfBody(si, k+2)
			}
			// "of the envoy, A, and of President B" (ofconjunct.go).
			ms = append(ms, d.ofConjunctBrokers(si, k)...)
			for _, m := range ms {
				d.mediator(r, m)
			}
			if o := d.firstMentionAt(si, k+2); o != nil && o.Kind != mention.Person {
				// "under mediation of EU High Representative X"
				// (bodytitled.go).
				if p := d.titledAfterBody(si, o.J); p >= 0 {
					r.addMediator(p) // the body is the one they serve
				}
			}
			// "thanked X for its facilitation of the talks"
			if x := d.creditedFor(si, k); x >= 0 {
				d.mediator(r, x)
			}
		case mediationNoun(toks, k):
			// "through Qatari and Egyptian mediation", "Egypt's mediation",
			// "Gambian good offices"
			e := k
			if t.Lower == "offices" {
				e-- // the "good" before it
			}
			if e > 0 && (toks[e-1].Text == "'s" || toks[e-1].Text == "'") {
				e--
			}
			// "X, by his good offices, prevailed upon" (possessivebroker.go)
			if e > 0 {
				d.mediator(r, d.possessiveMediationOwner(si, e-1))
				// "X, whose good offices brought both sides
				// together" (possessivebroker.go).
				d.mediator(r, d.whoseMediationOwner(si, e))
				// "X has offered its good offices", "X, who tendered
				// his good offices to A and B" (offeredoffices.go)
				for _, m := range d.offeredOfficesOwners(si, e-1) {
					d.mediator(r, m)
				}
			}
			for e > 0 {
				m := d.MentionEndingAt(si, e)
				if m == nil || m.Actor < 0 {
					break
				}
				d.mediator(r, m.Actor)
				e = m.I
				if e > 0 && (toks[e-1].Lower == "and" || toks[e-1].Text == ",") {
					e--
				} else {
					break
				}
			}
			// "thanked X for its mediation" (creditedFor, withas.go).
			if x := d.creditedFor(si, k); x >= 0 {
				d.mediator(r, x)
			}
		}
	}
}

// ownedConjunct: "A and its allied B", "A and their B": the second
// conjunct belongs to the first, so the two are one side, not two.
func ownedConjunct(toks []text.Token, k int) bool {
	return k+1 < len(toks) && (toks[k+1].Lower == "its" || toks[k+1].Lower == "their")
}

// genericNegNouns are negotiation nouns any meeting may have ("talks");
// cooperationCues name what partners cooperate on.
var (
	genericNegNouns = lex("genericNegNouns")
	cooperationCues = lex("cooperationCues")
)

// cooperationFramed: the sentence's only negotiation nouns are the
// generic ones of any meeting, and it names what the sides cooperate on
// ("the two governments opened talks on kava exports and shipping",
// "A and B agree joint border patrols after talks"): two partners at
// talks, not two sides of a negotiation. A noun that frames a
// negotiation by itself ("negotiations", "dispute", "deal") overrides.
func cooperationFramed(toks []text.Token) bool {
	cue := false
	for k := range toks {
		w := compound(toks, k)
		if negNouns[w] && !genericNegNouns[w] {
			return false
		}
		cue = cue || cooperationCues[w]
	}
	return cue
}

// adjudicationNouns: a dispute taken to arbitration or to court.
var adjudicationNouns = lex("adjudicationNouns")

// adjudicated: the sentence tells a dispute taken "to arbitration" or
// "to the international court": its two sides are litigants before a
// third body, which the sentence does not make a negotiation.
func adjudicated(toks []text.Token) bool {
	for k, t := range toks {
		if t.Lower != "to" {
			continue
		}
		if wordAhead(toks, k, 3, adjudicationNouns) {
			return true
		}
	}
	return false
}

// instrumentToAdjudicate: the court or the arbitration is what a signed
// instrument commits its sides to ("signed a special agreement to refer
// their dispute to the International Court", "an agreement to submit the
// dispute to arbitration"). The instrument was negotiated between the
// sides, who are its parties and not only litigants (issue 14's
// five-hundred-and-twenty-sixth round; p3188, p3062, p1202, p1546).
func instrumentToAdjudicate(toks []text.Token) bool {
	for v, t := range toks {
		if !signedDocumentVerbs[t.Lower] {
			continue
		}
		n := signedObject(toks, v)
		if n < 0 || n+2 >= len(toks) || toks[n+1].Lower != "to" || !toks[n+2].Word {
			continue
		}
		for k := n + 2; k < len(toks); k++ {
			if toks[k].Lower == "to" && wordAhead(toks, k, 3, adjudicationNouns) {
				return true
			}
		}
	}
	return false
}

// apposedPerson: from token k a title and, after a comma, the person
// holding it ("Prime Minister, Lars Dahl"); nil when none.
func (d *Reader) apposedPerson(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	if k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "'") {
		k++
	}
	for k < len(toks) && toks[k].Word && mention.IsTitleWord(toks[k].Lower) {
		k++
	}
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I == k && m.Kind == mention.Person && m.Actor >= 0 {
			return m
		}
	}
	return nil
}

// titledPersonAt is the person named right after a title that opens at
// token k, or at k+1 after one lowercase modifier, with the title's
// complement between them: "the former President of Nigeria X", "the
// President of the Republic Y".
func (d *Reader) titledPersonAt(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	if k < len(toks) && toks[k].Word && !toks[k].Cap && k+1 < len(toks) && toks[k+1].Cap {
		k++
	}
	var title *mention.Mention
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.I == k && m.Kind == mention.TitleRef {
			title = m
		}
	}
	if title == nil {
		return nil
	}
	e := title.J
	if e+1 < len(toks) && toks[e].Lower == "of" {
		for e++; e < len(toks) && (toks[e].Lower == "the" || toks[e].Cap && toks[e].Word); e++ {
			if m := d.personAt(si, e); m != nil {
				return m
			}
		}
	}
	return d.personAt(si, e)
}

// personAt is the resolved person mention starting at token k.
func (d *Reader) personAt(si, k int) *mention.Mention {
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.I == k && m.Kind == mention.Person && m.Actor >= 0 {
			return m
		}
	}
	return nil
}

// phraseStart is where the noun phrase of mention m starts: a person's
// title and the state or demonym describing it come first ("Swiss
// diplomat X", "Norway's envoy X").
func (d *Reader) phraseStart(si int, m *mention.Mention) int {
	toks := d.Sents[si].Toks
	e := m.PhraseStart()
	if m.Kind != mention.Person {
		return e
	}
	if mention.AfterTitleComplement(toks, e) {
		// "Ambassador to Chile X": back to the title.
		if tr := d.ComplementTitle(si, e); tr != nil {
			e = tr.I
		}
	}
	for e > 0 && (actors.TitleWordLower(toks[e-1]) || toks[e-1].Text == "-" && toks[e-1].Glued) {
		e--
	}
	if e > 0 && (toks[e-1].Text == "'s" || toks[e-1].Text == "'") {
		e--
	}
	if o := d.MentionEndingAt(si, e); o != nil && o.Desc {
		e = o.I
		// "former South African Deputy President X": the modifier
		// before the demonym belongs to the title too.
		for e > 0 && actors.TitleWordLower(toks[e-1]) {
			e--
		}
	}
	return e
}

// staffNouns after an institution or state stand for it: "UN personnel".
var staffNouns = lex("staffNouns")

// mediationNouns name the act of brokering: "X's mediation", "through
// X's facilitation", "under the auspices of X".
var mediationNouns = lex("mediationNouns")

// patronageNouns name a patron's wing ("auspices", "sponsorship",
// "patronage"): after "under the" they name the brokering act.
var patronageNouns = lex("patronageNouns")

// agentPhraseActors are the actors named from token k to the end of the
// phrase: a verb, a relative word, a semicolon or a colon ends it.
func (d *Reader) agentPhraseActors(si, k int) []int {
	toks := d.Sents[si].Toks
	end := len(toks)
	for e := k; e < len(toks); e++ {
		if toks[e].Text == ";" || toks[e].Text == ":" || frame.RelativeWords[toks[e].Lower] || e > k && frame.LooksVerb(toks, e) && !toks[e].Cap {
			end = e
			break
		}
	}
	var out []int
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I >= k && m.J <= end && m.Actor >= 0 && !slices.Contains(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	return out
}

// mediationHeads are the nouns a mediation word modifies that still name
// the brokering act: "a mediation mission by X", "mediation efforts of Y".
var mediationHeads = lex("mediationHeads")

// mediationNoun: the word at k names the act of brokering ("mediation",
// "auspices"), or is the "offices" of "good offices", the diplomats' word
// for it ("the good offices of X", "Gambian good offices", p213, p289),
// or the "diplomacy" of "shuttle diplomacy", a go-between's trips between
// the sides ("the shuttle diplomacy of X", "X's shuttle diplomacy").
func mediationNoun(toks []text.Token, k int) bool {
	if k > 0 && toks[k].Lower == "diplomacy" && toks[k-1].Lower == "shuttle" {
		return true
	}
	if k >= 2 && patronageNouns[toks[k].Lower] && toks[k-1].Lower == "the" && toks[k-2].Lower == "under" {
		// "under the sponsorship of X", "under the patronage of Y": the
		// talks held under a patron's wing, as under its auspices, are
		// brokered by it; the bare noun is not ("state sponsorship of X").
		// Issue 14's four-hundred-and-eighty-seventh round (p2956, p1643,
		// p1996).
		return true
	}
	return mediationNouns[toks[k].Lower] || toks[k].Lower == "offices" && k > 0 && toks[k-1].Lower == "good"
}

// mediationByAgent: the mediation noun at k takes its agent after "by" —
// "after a mediation by X", "the facilitation by X" — X brokered, as in
// "the mediation of X". Only the noun itself before "by": "the mediation
// was rejected by X" has a verb between and X is no broker (the
// two-hundred-and-tenth round).
// An earlier process ("earlier mediation by X collapsed") brokered no
// part of the talks told: earlierMediationMods right before the noun.
func mediationByAgent(toks []text.Token, k int) bool {
	if k > 0 && earlierMediationMods[toks[k-1].Lower] {
		return false
	}
	return k+1 < len(toks) && toks[k+1].Lower == "by" && toks[k].Lower != "auspices" && toks[k].Lower != "aegis"
}

// earlierMediationMods tell a spent mediation: "earlier mediation by X".
var earlierMediationMods = lex("earlierMediationMods")

// shuttleVerbs with shuttleObjects tell someone carrying proposals
// between the sides: "conveying messages back and forth", "passing
// proposals between them".
var (
	shuttleVerbs   = lex("shuttleVerbs")
	shuttleObjects = lex("shuttleObjects")
)

// shuttleMoves tell someone going between the sides: "shuttled between
// the two delegations".
var shuttleMoves = lex("shuttleMoves")

// shuttleObjectEnd is where the object of the shuttle verb at k ends:
// a shuttleObjects word right after it or after one lower-case modifier
// ("carried written proposals"), or the second of two coordinated nouns
// ("carrying maps and proposals"); -1 when there is none.
func shuttleObjectEnd(toks []text.Token, k int) int {
	for _, n := range []int{1, 2, 3} {
		o := k + n
		if o >= len(toks) || !shuttleObjects[toks[o].Lower] {
			continue
		}
		between := toks[k+1 : o]
		if o+2 < len(toks) && toks[o+1].Lower == "and" && shuttleObjects[toks[o+2].Lower] {
			o += 2 // "passed maps and proposals from one side to the other"
		}
		switch {
		case n == 1:
			return o + 1
		case n == 2 && between[0].Word && !between[0].Cap && !functionWords[between[0].Lower]:
			return o + 1
		case n == 2 && possessiveDets[between[0].Lower]:
			return o + 1 // "carried its answers" (p130), "their proposals"
		case n == 3 && between[0].Word && !between[0].Cap && !functionWords[between[0].Lower] && between[1].Lower == "and":
			return o + 1
		}
	}
	return -1
}

// spendVerbs take a stretch of time before the verb of what was done in
// it: "spent much of Sunday carrying texts".
var spendVerbs = lex("spendVerbs")

// spentBefore is where the verb that governs the shuttle verb at k stands:
// "X, a Swiss diplomat, spent much of Sunday carrying texts between the
// two delegations" (p345; "has spent five months shuttling", p164;
// "spent weeks carrying drafts", p242; p130, p65): the subject is the
// spending verb's, up to six words of time before k. Else k itself.
func spentBefore(toks []text.Token, k int) int {
	for v := k - 1; v >= 0 && k-v <= 7; v-- {
		if !toks[v].Word {
			return k
		}
		if spendVerbs[toks[v].Lower] {
			return v
		}
	}
	return k
}

// shuttleTail: after the object, "back and forth", "between" or "from
// one side to the other".
func shuttleTail(toks []text.Token, k int) bool {
	if k < 0 {
		return false
	}
	if k < len(toks) && toks[k].Lower == "between" {
		return true
	}
	if k+2 < len(toks) && toks[k].Lower == "from" && toks[k+1].Lower == "one" {
		// "from one side to the other", "from one hotel floor to the
		// other" (p123)
		for e := k + 2; e < len(toks) && e <= k+5; e++ {
			if toks[e].Lower == "to" && e+2 < len(toks) && toks[e+1].Lower == "the" && toks[e+2].Lower == "other" {
				return true
			}
		}
	}
	if k+2 < len(toks) && toks[k].Lower == "to" && toks[k+1].Lower == "the" {
		// "carried its answers to the rebel delegation" (p130): one
		// side's word taken to the other side's team.
		for e := k + 2; e < len(toks) && e <= k+4; e++ {
			if sideNouns[toks[e].Lower] || sideLeadershipNouns[toks[e].Lower] {
				// "to the rebel leadership" (p1350): one side's
				// leaders stand for it as its team does.
				return true
			}
		}
	}
	return k+2 < len(toks) && toks[k].Lower == "back" && toks[k+1].Lower == "and" && toks[k+2].Lower == "forth"
}

// shuttleSubject: a shuttle verb whose subject is not right before it —
// a pronoun ("during which he carried proposals", p123), a verb
// coordinated with an earlier one ("X has met A every morning, and then
// carried its answers to B", p130) or a participle after a comma — has
// the sentence's first person as its subject, when that person opens the
// sentence's first clause.
func (d *Reader) shuttleSubject(si, k int) []int {
	toks := d.Sents[si].Toks
	v := k - 1
	for v >= 0 && (toks[v].Lower == "then" || toks[v].Lower == "also" || auxWords[toks[v].Lower]) {
		v--
	}
	// A participle clause set off by a comma ("X, shuttling between A
	// and B, won", "X flew to Doha, carrying messages between the two
	// camps"; p159, p237, p240) says what the sentence's subject did.
	if v < 0 || toks[v].Lower != "he" && toks[v].Lower != "she" && toks[v].Lower != "and" && toks[v].Text != "," {
		return nil
	}
	for _, m := range d.Ments[si] {
		if m.I >= v {
			break
		}
		if m.Kind == mention.Person && m.Actor >= 0 {
			if m.I > 8 {
				return nil // not the subject that opens the sentence
			}
			return []int{m.Actor}
		}
	}
	return nil
}

// openingPronounBroker: a sentence that opens with "he" or "she" whose
// first clause, naming no one before the verb at v, goes on to broker
// ("He brokered the talks", "She had sounded out both sides for weeks and
// brokered the meeting") tells of the first person named in the sentence
// before ("The deal was the work of X of Y."; p855). When that sentence
// opens with the same pronoun, or names no person, the subject is left
// unread.
func (d *Reader) openingPronounBroker(si, v int) []int {
	toks := d.Sents[si].Toks
	if si == 0 || v < 1 || v > 12 || toks[0].Lower != "he" && toks[0].Lower != "she" {
		return nil
	}
	for e := 1; e < v; e++ {
		if !toks[e].Word {
			return nil
		}
	}
	for _, m := range d.Ments[si] {
		if m.I > 0 && m.I < v {
			return nil
		}
	}
	prev := d.Sents[si-1].Toks
	if len(prev) > 0 && prev[0].Lower == toks[0].Lower {
		return nil
	}
	for _, m := range d.Ments[si-1] {
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return []int{m.Actor}
		}
	}
	return nil
}

// roleSubject: "X played a mediating role": the first actor of the clause
// before the verb at k is the mediator.
func (d *Reader) roleSubject(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	v := k - 1
	if v >= 0 && appositionDets[toks[v].Lower] {
		v--
	}
	if v < 0 || !roleVerbs[toks[v].Lower] {
		return
	}
	if possibleRole(toks, v) {
		return
	}
	cs, _ := d.Sents[si].Clause(v)
	for _, m := range d.Ments[si] {
		if m.I >= cs && m.I < v && m.Actor >= 0 && !m.Desc {
			d.mediator(r, m.Actor)
			return
		}
	}
}

// roleVerbs take "a ... role" as object: "played a facilitating role".
var roleVerbs = lex("roleVerbs")

// possibleRole: the role verb at v follows a modal of possibility, maybe
// past one adverb ("Officials said X could also play a mediating role",
// "Y might play a facilitating role"): the text weighs a role nobody has
// taken, as an offer not yet taken up, so it names no mediator. "X will
// play a facilitating role" (a role agreed) and "X played a mediating
// role" still do.
func possibleRole(toks []text.Token, v int) bool {
	m := v - 1
	if m >= 1 && strings.HasSuffix(toks[m].Lower, "ly") || m >= 1 && roleModalAdverbs[toks[m].Lower] {
		m--
	}
	return m >= 0 && possibilityModals[toks[m].Lower]
}

// possibilityModals before "play a ... role" make the role a possibility
// only; roleModalAdverbs may stand between ("could also play").
var (
	possibilityModals = lex("possibilityModals")
	roleModalAdverbs  = lex("roleModalAdverbs")
)

// pairEach records every two of sides (mentions) as the two sides of one
// negotiation: the parties of many-party talks.
func (d *Reader) pairEach(r *Roles, sides []int, topic string) {
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			d.pairRole(r, sides[i], sides[j], topic)
		}
	}
}

// pairRole records two sides; sides inferred from people are weak
// evidence.
func (d *Reader) pairRole(r *Roles, a, b int, topic string) {
	// Weak when inferred from people, or when the caller reads weak
	// evidence (signedByRoles).
	weak := r.weakRoles || d.Cast.Actors[a].Kind == graph.Person || d.Cast.Actors[b].Kind == graph.Person
	sa, sb := d.Side(a), d.Side(b)
	ca, cb := sa >= 0 && d.IsSide(sa), sb >= 0 && d.IsSide(sb)
	if r.people && d.Cast.Actors[a].Kind == graph.Person && d.Cast.Actors[b].Kind == graph.Person && (!ca || !cb || sa == sb) {
		// Two leaders "between" whom talks are told, or who sign in a
		// "signed by" chain, whose sides the story does not tell apart —
		// one of no state or group, or both of the same one — are
		// themselves the sides (p248, p253): kept only where their
		// sentence names a broker (keepBrokeredLeaders) and the story
		// keeps one (Settle).
		prev := r.weakRoles
		prevB := r.brokered
		r.weakRoles, r.brokered, r.leaders = true, true, true
		r.addPair(a, b, topic)
		r.weakRoles, r.brokered, r.leaders = prev, prevB, false
		return
	}
	if r.blocs && ca != cb && (d.bloc(sa) || d.bloc(sb)) {
		ca, cb = true, true
	}
	if d.companyAgainstState(sa, sb) || d.labourSides(sa, sb) {
		// "A and X Corp reached an agreement" (companyside.go); "talks
		// between X Ltd and the Y union" (genericsides.go).
		ca, cb = true, true
	}
	if !ca || !cb {
		return
	}
	prev := r.weakRoles
	r.weakRoles = weak
	r.addPair(sa, sb, topic)
	r.weakRoles = prev
}

// proposalNouns: a state that puts forward the plan is carrying proposals
// between the sides (weak mediator evidence).
var proposalNouns = lex("proposalNouns")

// proposalRoles reads "Washington's proposed peace plan" and "a U.S.
// proposal".
func (d *Reader) proposalRoles(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	e := k
	for e > 0 && k-e < 3 && toks[e-1].Word && !toks[e-1].Cap && (toks[e-1].Lower == "peace" || toks[e-1].Lower == "proposed" ||
		toks[e-1].Lower == "draft" || toks[e-1].Lower == "new" || toks[e-1].Lower == "updated" || toks[e-1].Lower == "latest" || toks[e-1].Lower == "ceasefire") {
		e--
	}
	if e > 0 && (toks[e-1].Text == "'s" || toks[e-1].Text == "'") {
		e--
	}
	m := d.MentionEndingAt(si, e)
	if m == nil || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.State {
		return
	}
	r.weakRoles = true
	r.addMediator(m.Actor)
	r.weakRoles = false
}

// mediator records a mediator; a person brings the body they serve.
func (d *Reader) mediator(r *Roles, a int) {
	if a < 0 {
		return
	}
	r.addMediator(a)
	if d.Cast.Actors[a].Kind == graph.Person {
		if s := d.servedBody(a); s >= 0 && (r.offer || !d.demonymPost(a, s)) {
			r.addServed(a, s)
		}
	}
}

// servedBody is the body a person serves: the organization of their
// first post, else their affiliation (-1 when none).
// A former office-holder ("former Nigerian President X") serves no body
// by it: a retired leader mediates for the body that sent them, not for
// their state.
func (d *Reader) servedBody(a int) int {
	if d.formerly(a) {
		return -1
	}
	x := d.Cast.Actors[a]
	for _, p := range x.Positions {
		if p.Org >= 0 {
			if formerTitle(p.Title) {
				// The post told after the name ("X, the former British
				// foreign secretary, chaired", p241): left as above.
				return -1
			}
			return p.Org
		}
	}
	return x.Affiliation
}

// formerTitle: a post's title opens with a word saying its holder left
// it ("former foreign secretary", "ex-president").
func formerTitle(title string) bool {
	first, _, _ := strings.Cut(strings.ToLower(title), " ")
	return formerWords[first] || strings.HasPrefix(first, "ex-")
}

// mediatorNounRoles reads "X, a key mediator", "as the chief mediator",
// "an intermediary between A and B" and "intermediaries in A and B".
func (d *Reader) mediatorNounRoles(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	// "negotiators/mediators from A, B and C". With no actor after it
	// ("acted as mediators in the talks", p190, p193) the phrase names
	// no mediators, and the role is read from the subject below.
	if k+1 < len(toks) && (toks[k+1].Lower == "from" || toks[k+1].Lower == "in") && strings.HasSuffix(toks[k].Lower, "s") {
		if ms := d.actorList(si, k+2); len(ms) > 0 {
			for _, m := range ms {
				d.mediator(r, m)
			}
			return
		}
	}
	// "X, who has been named UN mediator", "the bloc appointed X as its
	// mediator" (appointedpost.go).
	if d.appointedPostHolder(si, k, r) {
		return
	}
	d.demonymMediators(si, k, r)
	// "The mediators — A, the AU envoy, and B, a former president —"
	// (mediatorslist.go).
	for _, m := range d.mediatorPersonsListed(si, k) {
		d.mediator(r, m)
	}
	// "the guarantor countries of the process are: A, B and C"
	h := bodyPluralHead(toks, k)
	if ms := d.colonList(si, h); len(ms) > 0 {
		for _, m := range ms {
			d.mediator(r, m)
		}
		return
	}
	for _, m := range d.apposedMediators(si, h) {
		d.mediator(r, m)
	}
	// Walk back over adjectives and a determiner, from the first word of a
	// hyphenated compound ("go-betweens").
	b := k
	if k >= 2 && toks[k].Glued && toks[k-1].Text == "-" {
		b = k - 2
	}
	for b > 0 && k-b < 4 && toks[b-1].Word && !toks[b-1].Cap && toks[b-1].Lower != "as" && !relativeOpeners[toks[b-1].Lower] {
		b--
		if hyphenModifierBefore(toks, b) {
			// "as third-party facilitator" (hyphenmodifier.go): the compound
			// modifier's first half.
			b -= 2
		}
	}
	// "Malaysia's facilitator X": the owner and the person both.
	named := d.titledMediator(si, b, k, r)
	if d.possessedMediator(si, b, k, r) || named {
		return
	}
	if b == k && d.acronymPost(si, k, r) {
		return
	}
	if d.ofBodyPost(si, b, k, r) {
		return
	}
	// "who has served as the UN mediator", "as ECOWAS mediator" (p169,
	// p154), "the UN mediator, X" (p164): a body's name before the noun
	// tells whose post it is; the subject of "as", or the person apposed,
	// takes the post. An organization whose post a person so holds
	// brokers with them (p169's UN, p164's UN mission: the twenty-second
	// round left the body out; the fifty-second measured both, postBody).
	// A post is one person's: a plural noun after "as" is a conjunction's
	// clause ("as Egyptian mediators shuttle", p52).
	// The body's name may run to several words ("the United Nations
	// mediator, X", "the African Union mediator"): it is the mention
	// ending where the modifiers begin, however long (the
	// two-hundred-and-eighth round; before it only a one-word name, "UN",
	// was read).
	if o := d.MentionEndingAt(si, b); o != nil && o.Actor >= 0 && d.Cast.Actors[o.Actor].Kind != graph.Person && !strings.HasSuffix(toks[k].Lower, "s") {
		a := o.I
		if a > 0 && toks[a-1].Lower == "the" {
			a--
		}
		if a > 0 && toks[a-1].Lower == "as" {
			if m := d.asSubject(si, a-1); m >= 0 {
				d.mediator(r, m)
				d.postBody(r, o.Actor)
			}
			return
		}
		// "the UN mediator, X" (p164): the person set off by commas
		// after the noun, or after its complement ("the AU mediator for
		// Sudan, X"), holds the post.
		if c := postComma(toks, k); c > 0 && c+1 < len(toks) {
			if p := d.commaPerson(si, c+1); p != nil {
				r.addMediator(p.Actor)
				d.postBody(r, o.Actor)
				return
			}
		}
		if p := d.personApposedTo(si, o.I, k); p >= 0 {
			d.mediator(r, p)
			d.postBody(r, o.Actor)
			return
		}
	}
	// "X, mediator": the actor set off by the comma before the noun.
	var apposed *mention.Mention
	if b > 0 && toks[b-1].Text == "," {
		apposed = d.MentionEndingAt(si, b-1)
	}
	// "President X of Gabon, the mediator": the person whose title the
	// apposed state completes (apposedpost.go).
	titled := d.ofComplementPerson(si, apposed)
	listed := d.listApposedMediators(si, b, k)
	switch {
	case b > 0 && toks[b-1].Lower == "as" && deniedAsVerb(toks, b-1):
		// "X would not act as a go-between", "X does not act as a
		// mediator": the post denied, no role (issue 14's
		// four-hundred-and-fifty-second round, p2744, p2494).
	case b > 0 && toks[b-1].Lower == "as" && d.possessedRoleMediator(si, b-1, r):
		// "ended Y's role as mediator", "for its role as facilitator"
		// (possessedrole.go): the possessor, not the clause's subject.
	case b > 0 && toks[b-1].Lower == "as" && !asClauseVerb(toks, k) && d.withAsMediator(si, b-1, r):
		// "with X as go-between" (withas.go): the actor "with" names.
	case b > 1 && toks[b-1].Lower == "as" && (toks[b-2].Lower == "acting" || toks[b-2].Lower == "serving"):
		// "with Mexico, Cuba and Norway acting as guarantors"; past the
		// auxiliaries of a finite verb, its subject: "X has been acting
		// as intermediary between A and B" (auxSubject, withas.go).
		ms := d.listEndingAt(si, b-2)
		if len(ms) == 0 {
			ms = d.auxSubject(si, b-2)
		}
		for _, m := range ms {
			d.mediator(r, m)
		}
	case b > 0 && toks[b-1].Lower == "as" && !asClauseVerb(toks, k) && d.asRelativeMediator(si, b-1, r):
		// "X, who is chairing the talks as a neutral broker"
		// (brokernoun.go): the person the relative clause describes.
	case b > 0 && toks[b-1].Lower == "as" && !asClauseVerb(toks, k) && d.countedMediators(si, b-1, r):
		// "A and B met C. The two heads of state, who came as
		// mediators, ..." (countedbrokers.go).
	case b > 0 && toks[b-1].Lower == "as" && asClauseVerb(toks, k):
		// "Talks ran past the deadline, as mediators pressed the rebels"
		// (p176; p37, p52): "as" opens a clause whose subject is the
		// mediators; the main clause's subject brokers nothing.
	case b > 0 && toks[b-1].Lower == "as" && d.asOwnSubject(si, b-1, r):
		// "asked X to act as mediator", "X, which hosted the talks
		// between A and B, also acted as mediator" (withas.go).
	case b > 0 && toks[b-1].Lower == "as" && d.asPredicated(si, b-1, r):
		// "X, ..., attended the talks as a facilitator": the actor the
		// phrase is said of (aspredicated.go).
	case b > 0 && toks[b-1].Lower == "as":
		// The clause's subject acts as mediator, each of a coordinated
		// one: "Egypt and Qatar acted as mediators".
		cs, _ := d.Sents[si].Clause(max(0, b-2))
		for _, m := range d.Ments[si] {
			if m.I >= cs && m.I < b && m.Actor >= 0 && !m.Desc {
				for _, a := range d.actorList(si, m.I) {
					d.mediator(r, a)
				}
				break
			}
		}
	case len(listed) > 0:
		// "A, B and C, the guarantors" (apposedlist.go): every item.
		for _, m := range listed {
			d.mediator(r, m)
		}
	case titled != nil:
		// "President X of Gabon, the mediator" (p199, p216): the post is
		// the person's; the state only completes their title.
		r.addMediator(titled.Actor)
	case apposed != nil && apposed.Actor >= 0:
		d.mediator(r, apposed.Actor)
	case d.theMediatorApposed(si, b, k) >= 0:
		// "The facilitator, X, said" (apposedpost.go).
		d.mediator(r, d.theMediatorApposed(si, b, k))
	default:
		d.copulaMediator(si, b, k, r)
	}
}

// deniedAsVerb: the "as" at a follows a verb of acting in a post ("act",
// "serve") that a negation of lexicon roleNegations stands right before,
// or one word before ("would not act as", "will no longer serve as",
// "does not act as"): the subject is said not to hold the post.
func deniedAsVerb(toks []text.Token, a int) bool {
	if a < 2 || !asPostVerbs[toks[a-1].Lower] {
		return false
	}
	for j := a - 2; j >= 0 && j >= a-3; j-- {
		if roleNegations[toks[j].Lower] {
			return true
		}
		if !toks[j].Word || toks[j].Cap {
			return false
		}
	}
	return false
}

// asPostVerbs hold a post "as" names: "act as mediator", "serve as".
var asPostVerbs = map[string]bool{"act": true, "acts": true, "acted": true, "serve": true, "serves": true, "served": true}

// postBody makes body b a mediator when it is an organization whose
// mediator's post a person of the sentence holds ("X, who has served as
// the UN mediator", p169; "the UN mediator, X", p164). Measured over the
// probe and the build half in the fifty-second round: the body given
// only when its post's holder is named gained p164 and p169 and lost
// nothing; given for the post alone, with no holder named, it made the
// UN a broker in one build-half article whose gold gives it no role. A
// state is left alone: its mediator is credited in person (demonymPost).
func (d *Reader) postBody(r *Roles, b int) {
	if d.Cast.Actors[b].Kind == graph.Organization {
		r.addMediator(b)
	}
}

// copulaMediator reads a singular mediator noun as the complement of a
// copula: "X remains the mediator for B" (p178), "X remains the
// facilitator for all the parties" (p189, p191), "X is the chief
// mediator". The copula's subject holds the post — the name right before
// it, or the name opening the sentence when a relative clause stands
// between ("X, who resigned ..., remains the mediator"); a body named
// after "for" is the one the post serves, so it brokers too. A negation
// before the noun ("is no longer the mediator") gives no role.
func (d *Reader) copulaMediator(si, b, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if k+1 < len(toks) && (toks[k+1].Text == "'s" || toks[k+1].Text == "'") {
		return
	}
	if strings.HasSuffix(toks[k].Lower, "s") {
		d.pluralCopulaMediators(si, b, k, r)
		return
	}
	v := -1
	for j := b; j < k; j++ {
		if roleNegations[toks[j].Lower] {
			return
		}
		if roleCopulas[toks[j].Lower] && v < 0 {
			v = j
		}
	}
	if v <= 0 {
		return
	}
	subj := -1
	if m := d.MentionEndingAt(si, v); m != nil && m.Actor >= 0 && !m.Desc {
		subj = m.Actor
	} else if p := d.whoCopulaSubject(si, v); p >= 0 {
		// "President X of B, who was the facilitator of the talks"
		// (whocopula.go).
		subj = p
	} else if toks[v-1].Text == "," {
		for _, m := range d.Ments[si] {
			if m.I == 0 && m.Actor >= 0 && !m.Desc && m.J < len(toks) && toks[m.J].Text == "," {
				subj = m.Actor
			}
		}
	}
	if subj < 0 {
		return
	}
	d.mediator(r, subj)
	if k+2 < len(toks) && toks[k+1].Lower == "for" {
		for _, m := range d.actorList(si, k+2) {
			if d.Cast.Actors[m].Kind == graph.Organization {
				d.mediator(r, m)
			}
		}
	}
}

// pluralRoleCopulas link a list to a plural post named after it.
var pluralRoleCopulas = lex("pluralRoleCopulas")

// pluralCopulaMediators reads a plural mediator noun as the complement of
// a plural copula whose subject is a list of two or more: "A, B, C and D
// are the guarantors of the protocol" (round 174, p1081): each item
// brokers. A single subject ("The two states are the guarantors")
// names no one, and a negation before the noun ("were never the
// mediators") gives no role.
func (d *Reader) pluralCopulaMediators(si, b, k int, r *Roles) {
	toks := d.Sents[si].Toks
	v := -1
	for j := b; j < k; j++ {
		if roleNegations[toks[j].Lower] {
			return
		}
		if pluralRoleCopulas[toks[j].Lower] && v < 0 {
			v = j
		}
	}
	if v <= 0 {
		return
	}
	list := d.listEndingAt(si, v)
	if len(list) < 2 {
		return
	}
	for _, a := range list {
		d.mediator(r, a)
	}
}

// asClauseVerb: a plural mediator noun at k after "as" is followed by a
// lower-case word that no role phrase continues with, the verb of the
// clause "as" opens.
func asClauseVerb(toks []text.Token, k int) bool {
	if !strings.HasSuffix(toks[k].Lower, "s") || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.Word && !n.Cap && !asRoleTails[n.Lower]
}

// asSubject is who is "as" the post at token k: the subject of its
// clause, or for a relative clause ("X, ..., who has served as") the
// person it describes; -1 when none.
func (d *Reader) asSubject(si, k int) int {
	toks := d.Sents[si].Toks
	cs, _ := d.Sents[si].Clause(max(0, k-1))
	for _, m := range d.Ments[si] {
		if m.I >= cs && m.I < k && m.Actor >= 0 && !m.Desc {
			return m.Actor
		}
	}
	for w := k - 1; w >= 0 && k-w <= 6; w-- {
		if toks[w].Lower != "who" {
			continue
		}
		for _, m := range d.Ments[si] {
			if m.I < w && m.Kind == mention.Person && m.Actor >= 0 {
				return m.Actor
			}
		}
		break
	}
	return -1
}

// possessedMediator reads a mediator noun [b, k] owned by a state or
// body: "Malaysia's facilitator, retired general X" (p109, p128), "the
// AU's mediator, Y" (p65), "Qatar's mediator has spent the week
// shuttling" (p130). The owner sent the third party, so it brokers too,
// and a person set off by commas right after a singular noun is that
// third party. A person owner ("the president's envoy") is no side of
// it and is left alone.
func (d *Reader) possessedMediator(si, b, k int, r *Roles) bool {
	toks := d.Sents[si].Toks
	p := k - 1
	for p >= b-1 && p > 0 && toks[p].Text != "'s" && toks[p].Text != "'" {
		p--
	}
	if p < b-1 || p < 1 {
		return false
	}
	o := d.MentionEndingAt(si, p)
	// "X, B's deputy president and the facilitator": the possessive
	// governs its own conjunct, not the noun phrase after "and"; both
	// conjuncts are said of the person the apposition follows (p221).
	for e := p + 1; e < k; e++ {
		if toks[e].Lower != "and" && toks[e].Text != "," {
			continue
		}
		if toks[e].Lower == "and" && o != nil && o.I >= 2 && toks[o.I-1].Text == "," {
			if x := d.MentionEndingAt(si, o.I-1); x != nil && x.Actor >= 0 && x.Kind == mention.Person {
				d.mediator(r, x.Actor)
				return true
			}
		}
		return false
	}
	// The owner may be marked as describing the person named after
	// ("the AU's mediator, X"): it still sent them.
	if o == nil || o.Actor < 0 || d.Cast.Actors[o.Actor].Kind == graph.Person {
		return false
	}
	d.mediator(r, o.Actor)
	if c := postComma(toks, k); c > 0 && c+1 < len(toks) && !strings.HasSuffix(toks[k].Lower, "s") {
		if p := d.commaPerson(si, c+1); p != nil {
			d.mediator(r, p.Actor)
			return true
		}
	}
	if p := d.personApposedTo(si, o.I, k); p >= 0 {
		d.mediator(r, p)
	}
	return true
}

// personApposedTo is the person a singular mediator noun phrase opening
// at token a (its owner, or the "the" before it) is set beside: "X, the
// AU's chief mediator" (p176), "X, the Malaysian facilitator" (p180);
// -1 when none. The noun at k must be singular: a plural after a comma
// is a list's item ("A, the two guarantors").
func (d *Reader) personApposedTo(si, a, k int) int {
	toks := d.Sents[si].Toks
	if strings.HasSuffix(toks[k].Lower, "s") {
		return -1
	}
	// "X, the acting UN mediator", "X, the chief United Nations
	// mediator": up to two lower-case modifiers before the body's name
	// still leave the apposition the person's (the two-hundred-and-eighth
	// round).
	for n := 0; n < 2 && a > 0 && apposedPostModifier(toks[a-1]); n++ {
		a--
	}
	if a > 0 && toks[a-1].Lower == "the" {
		a--
	}
	if a < 2 || toks[a-1].Text != "," {
		return -1
	}
	if m := d.MentionEndingAt(si, a-1); m != nil && m.Actor >= 0 && m.Kind == mention.Person {
		return m.Actor
	}
	return -1
}

// apposedPostModifier: a lower-case word that may stand between "the"
// and a body's name in a post told in apposition ("the acting UN
// mediator", "the chief AU facilitator"); no function word, so "the
// talks and the UN mediator" does not pass for one phrase.
func apposedPostModifier(t text.Token) bool {
	return t.Word && !t.Cap && !functionWords[t.Lower]
}

// commaPerson is the person named from token k after at most three
// lower-case or title words ("retired general X"), when a comma or the
// sentence's end closes the name; nil when none. A demonym among them
// tells the state whose title it is ("former Nigerien President X",
// "Ugandan President Y": the four-hundred-and-forty-sixth round) and
// widens the reach by its own words.
func (d *Reader) commaPerson(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	// "the mediator, who met President X, said": a relative clause, no
	// apposition.
	if k < len(toks) && relativeOpeners[toks[k].Lower] {
		return nil
	}
	reach := 3
	for e := k; e < min(len(toks), k+4); e++ {
		if toks[e].Cap && d.demonymAt(si, e) {
			reach++
		}
		// "head of state", "minister of state": a lower-case title's
		// "of" complement.
		if e > k && toks[e].Lower == "of" && toks[e-1].Word && !toks[e-1].Cap {
			reach += 2
		}
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < k || m.I > k+reach || m.Kind != mention.Person || m.Actor < 0 {
			continue
		}
		for e := k; e < m.PhraseStart(); e++ {
			if toks[e].Cap && d.demonymAt(si, e) {
				continue
			}
			if !toks[e].Word || toks[e].Cap && !mention.IsTitleWord(toks[e].Lower) {
				return nil
			}
		}
		if m.J < len(toks) && toks[m.J].Word {
			return nil
		}
		return m
	}
	return nil
}

// postComma is the comma that sets off the holder of the singular post
// noun at k: the next token, or the one closing a short prepositional
// complement of the noun ("the AU mediator for Sudan, X", "Malaysia's
// facilitator for the southern peace dialogue, X": the
// four-hundred-and-forty-sixth round); -1 when none. The complement
// runs over words and brackets only, at most eight tokens.
func postComma(toks []text.Token, k int) int {
	if k+1 < len(toks) && toks[k+1].Text == "," {
		return k + 1
	}
	if k+1 >= len(toks) || !postComplementPreps[toks[k+1].Lower] {
		return -1
	}
	for e := k + 2; e < len(toks) && e <= k+10; e++ {
		switch t := toks[e]; {
		case t.Text == ",":
			return e
		case !t.Word && t.Text != "(" && t.Text != ")" && t.Text != "-":
			return -1
		}
	}
	return -1
}

// postComplementPreps open a post noun's complement ("mediator for
// Sudan", "facilitator in the crisis", "envoy on the dispute").
var postComplementPreps = lex("postComplementPreps")

// colonList reads the actors a colon after the noun at k lists ("two
// guarantor countries: A, proposed by the government, and B"): the
// lowercase words of the noun phrase and its verb lead to the colon, and
// every item opens the list or follows a comma or "and", so that a
// name inside an item's own phrase ("by the government") is not one.
//
// A list set off by dashes after the noun and its complement reads the
// same way, up to the closing dash ("the four guarantors of the 1948
// treaty - A, B and C - had steered the talks").
func (d *Reader) colonList(si, k int) []int {
	toks := d.Sents[si].Toks
	c := k + 1
	for c < len(toks) && c-k <= 8 && toks[c].Word && !toks[c].Cap {
		c++
	}
	if e := ofComplementColon(toks, k); e > 0 && (c >= len(toks) || toks[c].Text != ":") {
		c = e
	}
	end := len(toks)
	if c >= len(toks) || toks[c].Text != ":" {
		if c = dashAfter(toks, k); c < 0 {
			return nil
		}
		for end = c + 1; end < len(toks) && !isDash(toks[end]); end++ {
		}
	}
	// A colon right after the noun itself labels a list of the mediators
	// ("Mediators: X, for the Y government; Z and W, of the V"): its items
	// may be people, and a semicolon parts them as a comma does. A noun
	// with a complement before the colon ("guarantor countries: A, B")
	// lists bodies only.
	label := c == k+1 && toks[c].Text == ":"
	var out []int
	for _, m := range d.Ments[si] {
		if m.I <= c || m.J > end || m.Actor < 0 || m.Desc || m.Kind == mention.Person && !label || m.Kind == mention.TitleRef {
			continue
		}
		b := m.I - 1
		if label && m.Kind == mention.Person {
			b = m.PhraseStart() - 1 // "and Archbishop X of Y"
		}
		if toks[b].Lower == "the" {
			b--
		}
		if t := toks[b].Text; b == c || t == "," || t == "and" || label && t == ";" {
			out = append(out, m.Actor)
		}
	}
	return out
}

// hyphenRoles reads "Iran-US talks", "the A-B boundary question" (a
// dispute word named as the matter at issue) and "US-mediated".
func (d *Reader) hyphenRoles(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	a := d.MentionEndingAt(si, k)
	aActor := -1
	if a != nil {
		aActor = a.Actor
	}
	if aActor < 0 {
		// "Sino-Indian", "Anglo-Egyptian": a combining form names the
		// first side (combiningform.go).
		aActor = d.combiningSide(toks, k)
	}
	if aActor < 0 {
		return
	}
	var b *mention.Mention
	for mi := range d.Ments[si] {
		if d.Ments[si][mi].I == k+1 {
			b = &d.Ments[si][mi]
		}
	}
	if b == nil || b.Actor < 0 || !toks[k+1].Glued {
		return
	}
	start := k - 1
	if a != nil {
		start = a.I
	}
	for e := b.J; e < len(toks) && e <= b.J+2; e++ {
		if recurringSummit(toks, start, e) {
			// "the fifth A-B summit" (recurringsummit.go).
			return
		}
		if negNouns[compound(toks, e)] || pairIssueAt(toks, e) {
			r.blocs = true
			d.pairRole(r, aActor, b.Actor, d.topicAt(&d.Sents[si], e))
			r.blocs = false
			return
		}
	}
}

// actorList reads "A, B and the C" from token k.
func (d *Reader) actorList(si, k int) []int {
	toks := d.Sents[si].Toks
	var out []int
	for k < len(toks) {
		for k < len(toks) && (toks[k].Lower == "the" || toks[k].Lower == "both") {
			k++
		}
		if e := mention.PrefixEnd(toks, k); e > k && d.personAt(si, e) != nil {
			// "facilitated by Datuk X", "chaired by Lt Gen Y": a prefix
			// of honour or rank that the person's mention leaves out
			// opens the item (the hundred-and-forty-ninth round).
			k = e
		}
		var m *mention.Mention
		for mi := range d.Ments[si] {
			if d.Ments[si][mi].I == k && d.Ments[si][mi].Actor >= 0 {
				m = &d.Ments[si][mi]
			}
		}
		if m == nil {
			// "the Geneva-based Centre for X": a city that stands for no
			// state describes the body after it too (p142; p123's Rome
			// is read as Italy above).
			if e := cityModifierEnd(d.Ments[si], toks, k); e > k {
				k = e
				continue
			}
			// "the regional bloc X" (describedagents.go).
			if e := describedBodyStart(d.Ments[si], toks, k); e > k {
				k = e
				continue
			}
			// "the former President of Nigeria X": a person whose title,
			// with its complement and a modifier before it, opens here.
			m = d.titledPersonAt(si, k)
		}
		if m == nil {
			// "mediated by President X of Zambia", "chaired by Foreign
			// Minister Y": the first item's capitalized title, which the
			// person's mention leaves out, as the list's later items
			// skip it (titledNext; p819).
			if j := d.titledNext(si, k); j > k {
				m = d.personAt(si, j)
			}
		}
		if m == nil {
			// "mediated by former Peruvian President X": a title run
			// with a lowercase modifier or a demonym inside it, which
			// neither the person's mention nor titledNext takes (the
			// hundred-and-eighty-sixth round; p1148).
			m = d.describedTitledPerson(si, k)
		}
		if m != nil && placeModifier(toks, m.J) {
			// "the Rome-based Community of X": a place glued to a
			// participle describes the body after it, which is the
			// item.
			k = m.J + 2
			continue
		}
		if m == nil {
			break
		}
		if len(out) > 0 && k > 0 && toks[k-1].Text == "," && ownsEnvoyApposition(toks, m.J) {
			// "brokered by X, President Y's special envoy": Y owns the
			// noun set beside X, who is the item; Y is whose envoy X
			// is, not another broker.
			break
		}
		// "Norway's Prime Minister, Lars Dahl": the name the described
		// title is set beside.
		if m.Desc {
			if p := d.apposedPerson(si, m.J); p != nil {
				// The comma after the apposition closes the list.
				out = append(out, p.Actor)
				break
			}
		}
		if p := d.demonymApposedPerson(si, m); p != nil {
			// "the mediation of the American Secretary of State, X": the
			// person and the state whose post the title tells (the
			// gold files list both for a minister brokering for a
			// state); the comma after the apposition closes the list,
			// as above.
			out = append(out, m.Actor, p.Actor)
			break
		}
		out = append(out, m.Actor)
		e := m.J
		if c := d.titleComplement(si, m); c != nil {
			// "President X of Norway and President Y of Brazil": the
			// state completes X's title; the list goes on after it, with
			// the next person's title.
			e = c.J
		}
		// "the mediation of the Community of X (CX) and the Y": the
		// body's acronym in brackets names the item again and does not
		// close the list (p2945, p816).
		e = acronymGlossEnd(toks, e)
		var more bool
		if k, more = frame.NextListItem(toks, e); more {
			if e > m.J {
				k = d.titledNext(si, k)
			}
			continue
		}
		// "A together with B and C" (describedagents.go).
		if k, more = coAgentNext(toks, e); more {
			continue
		}
		break
	}
	return out
}

// demonymApposedPerson: a demonym that opens a capitalized title whose
// holder is named after a comma — "the mediation of the American
// Secretary of State, X", "brokered by the Qatari Foreign Minister, Y"
// (the two-hundred-and-thirty-second round, p1427) — names the person
// as an item besides the state the demonym stands for.
// The title may hold "of" or "for" before a capitalized word ("Minister
// for Foreign Affairs"); a demonym before a lower-case noun ("the
// American team, X") or before no title word is not this shape. nil
// otherwise.
func (d *Reader) demonymApposedPerson(si int, m *mention.Mention) *mention.Mention {
	toks := d.Sents[si].Toks
	if m.Kind != mention.Demonym {
		return nil
	}
	e, titled := m.J, false
	for e < len(toks) && e < m.J+6 && toks[e].Word {
		switch {
		case toks[e].Cap:
			titled = titled || mention.IsTitleWord(toks[e].Lower)
		case (toks[e].Lower == "of" || toks[e].Lower == "for") && e > m.J && e+1 < len(toks) && toks[e+1].Cap:
		default:
			return nil
		}
		e++
	}
	if !titled || e >= len(toks) || toks[e].Text != "," {
		return nil
	}
	for mi := range d.Ments[si] {
		if p := &d.Ments[si][mi]; p.I == e+1 && p.Kind == mention.Person && p.Actor >= 0 && !p.Desc {
			return p
		}
	}
	return nil
}

// ownsEnvoyApposition: the mention ending at e is a possessive owner of
// an envoy's noun, up to two modifiers before it ("Y's special envoy",
// "Y's personal representative"), so the phrase describes the list item
// before the comma rather than opening a new one.
func ownsEnvoyApposition(toks []text.Token, e int) bool {
	if e >= len(toks) || toks[e].Text != "'s" && toks[e].Text != "'" {
		return false
	}
	for j := e + 1; j < len(toks) && j <= e+3; j++ {
		if ownedEnvoyNouns[toks[j].Lower] {
			return true
		}
		if !toks[j].Word || toks[j].Cap {
			return false
		}
	}
	return false
}

// ownedEnvoyNouns after a possessive name someone the owner sent: "the
// president's special envoy", "his personal representative".
var ownedEnvoyNouns = lex("ownedEnvoyNouns")

// titleComplement is the state or body right after person mention m that
// completes the person's title, "President X of Norway", closed by "and"
// or a comma. nil when none.
func (d *Reader) titleComplement(si int, m *mention.Mention) *mention.Mention {
	toks := d.Sents[si].Toks
	if m.Kind != mention.Person || m.J+2 >= len(toks) || toks[m.J].Lower != "of" {
		return nil
	}
	// "A of the Community of X and B": the body after its article
	// (issue 14's four-hundred-and-eighty-ninth round; p2971).
	start := m.J + 1
	if toks[start].Lower == "the" {
		start++
	}
	for mi := range d.Ments[si] {
		c := &d.Ments[si][mi]
		if c.I == start && c.Actor >= 0 && d.Cast.Actors[c.Actor].Kind != graph.Person && c.J < len(toks) && (toks[c.J].Lower == "and" || toks[c.J].Text == ",") {
			return c
		}
	}
	return nil
}

// describedTitledPerson is the person mention after a title run opening
// at token k that holds a lowercase title modifier or a demonym: "former
// Peruvian President X", "former President X", "Peruvian Foreign Minister
// X". Up to five words; nil when the run holds neither or ends on no
// person.
func (d *Reader) describedTitledPerson(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	j, described := k, false
	for j < len(toks) && j-k < 5 {
		if dm := d.demonymStarting(si, j); dm != nil {
			j, described = dm.J, true
			continue
		}
		if actors.TitleWordLower(toks[j]) {
			j, described = j+1, true
			continue
		}
		if toks[j].Word && toks[j].Cap && mention.IsTitleWord(toks[j].Lower) {
			j++
			continue
		}
		break
	}
	if !described || j == k {
		return nil
	}
	return d.personAt(si, j)
}

// demonymStarting is the demonym mention starting at token k, nil when
// none.
func (d *Reader) demonymStarting(si, k int) *mention.Mention {
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.I == k && m.Kind == mention.Demonym {
			return m
		}
	}
	return nil
}

// titledNext skips up to two title words at token k before a person's
// name ("and President Y of Brazil"): the index of the name, or k.
func (d *Reader) titledNext(si, k int) int {
	toks := d.Sents[si].Toks
	j := k
	for j < len(toks) && j-k < 2 && toks[j].Cap && mention.IsTitleWord(toks[j].Lower) {
		j++
	}
	if j == k {
		return k
	}
	for _, m := range d.Ments[si] {
		if m.I == j && m.Kind == mention.Person && m.Actor >= 0 {
			return j
		}
	}
	return k
}

// describedMediator reads a sentence opening "The Spanish diplomat has
// spent five months shuttling" (p164) or "The Peruvian diplomat had
// brokered the talks" (p181), whose subject ending before token e is a
// nationality and a diplomat's noun: it describes the person the
// sentence before named first (the envoy it told of), nil when none.
func (d *Reader) describedMediator(si, e int) []int {
	toks := d.Sents[si].Toks
	if si == 0 || e < 3 || e > 8 || len(toks) < 3 || toks[0].Lower != "the" || !diplomatNouns[toks[2].Lower] {
		return nil
	}
	// Only the verb's own words between the subject and the verb: "has
	// spent five months shuttling".
	for w := 3; w < e; w++ {
		if !toks[w].Word || toks[w].Cap {
			return nil
		}
	}
	if m := d.MentionEndingAt(si, 2); m == nil || m.Kind != mention.Demonym {
		return nil
	}
	for _, m := range d.Ments[si-1] {
		if m.Kind == mention.Person && m.Actor >= 0 {
			return []int{m.Actor}
		}
	}
	return nil
}

// teamSides reads the sides after "negotiators for" from token k: the
// actors of a list, where a capital stands for its government though
// "for" before it otherwise makes it a destination ("Negotiators for
// Manila and the MILF", p180; "Negotiators for Khartoum", p176; the
// construction also in p166 and p110).
func (d *Reader) teamSides(si, k int) []int {
	toks := d.Sents[si].Toks
	var out []int
	for k < len(toks) {
		for k < len(toks) && toks[k].Lower == "the" {
			k++
		}
		var m *mention.Mention
		for mi := range d.Ments[si] {
			if d.Ments[si][mi].I == k {
				m = &d.Ments[si][mi]
			}
		}
		if m == nil {
			break
		}
		a := m.Actor
		if a < 0 {
			a = d.CapitalSide(m)
		}
		if a < 0 || m.Desc {
			break
		}
		out = append(out, a)
		var more bool
		if k, more = frame.NextListItem(toks, m.J); !more {
			break
		}
	}
	return out
}

// locatedConjuncts: the first conjunct of "A and B" (A opening at token
// ai, the "and" at k, B opening at bi) follows "in" or "at", and so does
// the second or nothing stands between the "and" and it: "earlier rounds,
// in A in 2018 and in B in 2019, failed", "talks were held in A and B"
// name where talks took place, not who took part in them. A state after
// "from" ("delegations from A and B") still names a side.
func locatedConjuncts(toks []text.Token, ai, k, bi int) bool {
	at := func(i int) bool {
		if i > 0 && toks[i-1].Lower == "the" {
			i--
		}
		return i > 0 && (toks[i-1].Lower == "in" || toks[i-1].Lower == "at")
	}
	return at(ai) && (at(bi) || bi == k+1 || bi == k+2 && toks[k+1].Lower == "the")
}

// placeModifier: the name ending before token j is the first half of a
// hyphenated modifier ("Rome-based", "Geneva-based").
func placeModifier(toks []text.Token, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "-" && toks[j].Glued && toks[j+1].Glued && toks[j+1].Word && !toks[j+1].Cap
}

// cityModifierEnd: after a city mention at k glued to a participle
// ("Geneva-based"), the token after the participle; else k.
func cityModifierEnd(ms []mention.Mention, toks []text.Token, k int) int {
	for _, o := range ms {
		if o.I == k && o.Kind == mention.City && placeModifier(toks, o.J) {
			return o.J + 2
		}
	}
	return k
}

// nearWord: one of the word sets has a word within n tokens before k.
func nearWord(toks []text.Token, k, n int, sets ...map[string]bool) bool {
	for e := k - 1; e >= 0 && k-e <= n; e-- {
		for _, s := range sets {
			if s[toks[e].Lower] {
				return true
			}
		}
	}
	return false
}

// topicNouns head a negotiation's topic, best first; topicMods may
// qualify them. "pact" (round 148) names the topic of the sides a pact
// joins, which fell back to "negotiations" without it.
var topicNouns = []string{"negotiations", "talks", "agreement", "deal", "accord", "ceasefire", "truce",
	"treaty", "pact", "settlement", "dialogue", "process", "plan", "proposal", "discussions", "consultations",
	"mediation", "dispute", "conflict", "war"}

var topicMods = lex("topicMods")

// topicAt names a negotiation from its sentence: the best negotiation
// noun with the words that qualify it ("indirect peace talks").
func (d *Reader) topicAt(s *text.Sentence, k int) string {
	best, rank := -1, len(topicNouns)
	for e, t := range s.Toks {
		r := slices.Index(topicNouns, t.Lower)
		if r >= 0 && (r < rank || (r == rank && abs(e-k) < abs(best-k))) {
			best, rank = e, r
		}
	}
	if best < 0 {
		return "negotiations"
	}
	i := best
	for i > 0 && best-i < 4 && (topicMods[s.Toks[i-1].Lower] || topicMods[compound(s.Toks, i-1)]) {
		i--
	}
	return strings.ToLower(actors.JoinTokens(s, i, best+1))
}

// listEndingAt reads "Egypt, Qatar and the United States" backwards from
// token e.
func (d *Reader) listEndingAt(si, e int) []int {
	out, _ := d.listSpanEndingAt(si, e)
	return out
}

// listSpanEndingAt is listEndingAt with where the list begins (its first
// item's phrase, with the article before it; e when the list is empty).
func (d *Reader) listSpanEndingAt(si, e int) ([]int, int) {
	toks := d.Sents[si].Toks
	var out []int
	start := e
	for len(out) < 6 {
		m := d.MentionEndingAt(si, e)
		if m == nil && e > 0 && staffNouns[toks[e-1].Lower] {
			m = d.MentionEndingAt(si, e-1) // "UN personnel", "Swiss officials"
		}
		if m == nil || m.Actor < 0 {
			break
		}
		if postedForObject(toks, d.phraseStart(si, m)) {
			// "the envoy for Angola, X, who mediated": the country the
			// post serves in is no list item (postedfor.go).
			break
		}
		out = append(out, m.Actor)
		e = d.phraseStart(si, m)
		if e > 0 && toks[e-1].Lower == "the" {
			e--
		}
		if e > 1 && (toks[e-1].Lower == "his" || toks[e-1].Lower == "her") && toks[e-2].Lower == "and" && m.Kind == mention.Person {
			// "A and his French counterpart B": the conjunct's pronoun
			// is A's (the hundred-and-eighty-sixth round; p1150).
			e--
		}
		start = e
		if e > 0 && (toks[e-1].Lower == "and" || toks[e-1].Text == ",") {
			e--
			if e > 0 && toks[e-1].Text == "," {
				e--
			}
			continue
		}
		break
	}
	return out, start
}

// Shuttles reads mediation from who met whom: a third side that met
// each of two sides apart, when those two never met in the article, is
// carrying proposals between them. When the two are already known as
// sides, that makes the third a (weak) mediator; when the third also put
// forward a plan of its own (weak mediator evidence), it is a mediator and
// the two it went between are the sides.
func (d *Reader) Shuttles(ms []meeting.Frame, r *Roles) {
	d.bodyEnvoys(r)
	var tables [][]int // the sides at each held meeting; a phone round is one call each
	for _, m := range ms {
		if m.Status != graph.Held {
			continue
		}
		groups := [][]int{m.Parts}
		if m.Stars && len(m.Parts) > 2 {
			groups = nil
			for _, p := range m.Parts[1:] {
				groups = append(groups, []int{m.Parts[0], p})
			}
		}
		for _, g := range groups {
			var sides []int
			for _, p := range g {
				if s := d.Side(p); s >= 0 && d.IsSide(s) && !slices.Contains(sides, s) {
					sides = append(sides, s)
				}
			}
			if len(sides) >= 2 {
				tables = append(tables, sides)
			}
		}
	}
	// met reports whether a and b sat at one table without c (c < 0: any).
	met := func(a, b, c int) bool {
		return slices.ContainsFunc(tables, func(t []int) bool {
			return slices.Contains(t, a) && slices.Contains(t, b) && (c < 0 || !slices.Contains(t, c))
		})
	}
	var sides []int
	for _, t := range tables {
		for _, s := range t {
			if !slices.Contains(sides, s) {
				sides = append(sides, s)
			}
		}
	}
	for _, x := range sides {
		for i, a := range sides {
			for _, b := range sides[i+1:] {
				if a == x || b == x || met(a, b, -1) || !met(x, a, b) || !met(x, b, a) {
					continue
				}
				key := [2]int{min(a, b), max(a, b)}
				if _, paired := r.pairIdx[key]; paired {
					r.weakRoles = true
					r.addMediator(x)
					r.weakRoles = false
				} else if slices.Contains(r.weakMeds, x) && !r.goesBetween(x, a, b, met) && !r.goesBetween(x, b, a, met) {
					r.weakRoles = true
					r.addPair(a, b, "negotiations")
					r.weakRoles = false
					r.addMediator(x)
				}
			}
		}
	}
}

// goesBetween: the third side x already goes between a and the counterpart
// a is paired with (x met each apart), so a side x met beside them (b, a
// call to an ally) is no new counterpart of a.
func (r *Roles) goesBetween(x, a, b int, met func(a, b, c int) bool) bool {
	return slices.ContainsFunc(r.pairs, func(p Pair) bool {
		c := p.B
		if p.B == a {
			c = p.A
		} else if p.A != a {
			return false
		}
		return c != x && c != b && met(x, a, c) && met(x, c, a)
	})
}

// demonymsOfPosts: "the Russian and Kazakh foreign ministers held talks":
// two demonyms before the people's post tell a meeting of two states'
// officials, a negotiation between the states only over a dispute or
// with an agreement reached (as MeetingSides reads it).
func (d *Reader) demonymsOfPosts(si int, a, b *mention.Mention, toks []text.Token) bool {
	// "the foreign ministers of A and B", "the presidents of A and B"
	// (p50, p89): the same, with the states after the post.
	if a.Kind == mention.State && b.Kind == mention.State && a.I >= 2 && toks[a.I-1].Lower == "of" && titleWord(toks[a.I-2].Lower) {
		return !agreementTold(toks) && !anyCompound(toks, disputeWords) && !roundTold(toks)
	}
	if a.Kind != mention.Demonym || b.Kind != mention.Demonym || b.J >= len(toks) || b.HeadNoun == "" && toks[b.J].Cap {
		return false
	}
	if e := b.J; !(titleWord(toks[e].Lower) || e+1 < len(toks) && titleWord(toks[e+1].Lower)) {
		return false
	}
	return !agreementTold(toks) && !anyCompound(toks, disputeWords) && !deadlockTold(toks) && !roundTold(toks)
}

// disputeWords name the dispute a negotiation settles, not just a meeting.
var disputeWords = lex("disputeWords")

// MeetingSides: talks held over a dispute between the people of exactly
// two sides, with no one else at the table, make those sides parties
// ("the Indian foreign minister met his Pakistani counterpart for talks
// on the border dispute"), even when no mediator or "between" phrase
// names them. "Talks on the disputed frontier" tell a dispute too
// (contestedTold, p748). Weak evidence: a side named a mediator elsewhere
// wins.
func (d *Reader) MeetingSides(ms []meeting.Frame, r *Roles) {
	d.signedInstrumentSides(r)
	for _, m := range ms {
		if m.Status != graph.Held {
			continue
		}
		if sides := d.negotiatorsMet(m, r); sides != nil {
			// "A's chief negotiator X and his B counterpart Y resumed
			// talks" (negotiators.go).
			r.weakRoles = true
			r.addPair(sides[0], sides[1], d.topicAt(&d.Sents[m.Sent], 0))
			r.weakRoles = false
			continue
		}
		toks := d.beforeObjectRelative(m)
		agreed := agreementTold(toks)
		// The issue may come a sentence or two later (laterissue.go).
		later := -1
		if !agreed && !anyCompound(toks, disputeWords) && !contestedTold(toks) && !roundTold(toks) && !subjectTalksTold(toks) && !deadlockTold(toks) {
			if later = d.laterIssueTold(m, ms); later < 0 {
				continue
			}
		}
		var sides []int
		ok := true
		home := d.homeSideOf(m, d.Side)
		for _, p := range m.Parts {
			sd := d.Side(p)
			if sd < 0 && home >= 0 {
				sd = home
			}
			if sd < 0 || !d.IsSide(sd) {
				ok = false
				break
			}
			if !slices.Contains(sides, sd) {
				sides = append(sides, sd)
			}
		}
		// A host named only outside the agreement's sentence holds the
		// venue, no side of it (hostnotsigner.go).
		if agreed {
			sides = d.signersWithoutHost(m, sides)
		}
		// Three sides or more are parties only when the meeting reached
		// an agreement among them ("A of X, B of Y and C of Z met,
		// agreeing on a deal"); a summit is no negotiation by itself.
		if !ok || len(sides) < 2 || len(sides) > 2 && !agreed || d.othersBetween(m.Sent, sides) || later >= 0 && (d.othersBetween(later, sides) || d.otherStateNamed(later, sides)) {
			continue
		}
		r.weakRoles = true
		for a := range sides {
			for b := a + 1; b < len(sides); b++ {
				r.addPair(sides[a], sides[b], d.topicAt(&d.Sents[m.Sent], 0))
			}
		}
		r.weakRoles = false
	}
	d.sidesSeenApart(ms, r)
}

// beforeObjectRelative is the meeting's sentence up to the relative
// clause that follows its last participant ("X received Y, who delivered
// a message about the efforts to end the war"): that clause tells the
// visitor's errand, not a dispute between the two who met, so its dispute
// or agreement words do not make them parties. A relative clause after
// an earlier participant ("X, who arrived on Monday, met Y over the
// border dispute") cuts nothing.
func (d *Reader) beforeObjectRelative(m meeting.Frame) []text.Token {
	toks := d.Sents[m.Sent].Toks
	last := -1
	for _, mn := range d.Ments[m.Sent] {
		if mn.Actor >= 0 && slices.Contains(m.Parts, mn.Actor) && mn.J > last {
			last = mn.J
		}
	}
	if last < 0 || last+1 >= len(toks) || toks[last].Text != "," || !frame.RelativeWords[toks[last+1].Lower] {
		return toks
	}
	return toks[:last]
}

// othersBetween: the sentence's "between" names a side other than sides
// ("the two ministers exchanged views on the peace process between A and
// B"): the dispute it tells is between those others, and the people who
// met only talk about it.
func (d *Reader) othersBetween(si int, sides []int) bool {
	other := func(m *mention.Mention) bool {
		if m == nil || m.Actor < 0 {
			return false
		}
		sd := d.Side(m.Actor)
		return sd >= 0 && d.IsSide(sd) && !slices.Contains(sides, sd)
	}
	for k, t := range d.Sents[si].Toks {
		if t.Lower != "between" {
			continue
		}
		if a, b := d.arg.BetweenPair(si, k); other(a) || other(b) {
			return true
		}
	}
	return false
}

// agreeVerbs with a pactNouns word after them tell an agreement reached:
// "agreeing on a deal", "signed a memorandum".
var (
	agreeVerbs = lex("agreeVerbs")
	pactNouns  = lex("pactNouns")
)

// agreementTold: an agreeing verb with a pact noun within four words after
// it. A hyphenated modifier counts as one word, so that "signed a
// non-aggression pact" and "reached a long-awaited deal" are told as
// "signed a pact" is (round 148: its hyphen and second half counted as
// two more words pushed the noun out of reach).
func agreementTold(toks []text.Token) bool {
	if endedWithAgreement(toks) {
		return true
	}
	for k, t := range toks {
		if !agreeVerbs[t.Lower] {
			continue
		}
		reach := k + 4
		for e := k + 1; e < len(toks) && e <= reach; e++ {
			if toks[e].Text == "-" && toks[e].Glued && e+1 < len(toks) && toks[e+1].Glued && toks[e+1].Word {
				reach += 2
			}
			// "signed a memorandum of understanding": a memorandum, which
			// pactNouns leave out, not an understanding reached.
			if pactNouns[toks[e].Lower] && !(e >= 2 && toks[e-1].Lower == "of" && toks[e-2].Lower == "memorandum") {
				return true
			}
		}
	}
	return false
}

// talksEndVerbs close a sitting: "ended two days of talks", "concluded
// three days of conversations".
var talksEndVerbs = lex("talksEndVerbs")

// endedWithAgreement: talks closed "with" the agreement they reached:
// "A and B ended their talks on Sunday with an understanding that
// ...", "concluded the conversations in the evening with an agreement to
// resume", "ended the talks with the draft of a provisional accord" (issue 14's two-hundred-and-sixty-seventh round;
// p1634, p1124, p1358, p638, p998). An end verb whose object, within six
// words, is a meeting's word (frame.Triggers), then "with" within ten
// words of it and a pactNouns word within six words after "with": the
// outcome told as how the sitting ended, as "reached an agreement" tells
// it. "The armistice that ended the war with a treaty" closes no sitting.
func endedWithAgreement(toks []text.Token) bool {
	for k, t := range toks {
		if !talksEndVerbs[t.Lower] {
			continue
		}
		n := -1
		for e := k + 1; e < len(toks) && e <= k+6 && toks[e].Word; e++ {
			if _, ok := frame.Triggers[toks[e].Lower]; ok {
				n = e
				break
			}
		}
		if n < 0 {
			continue
		}
		for w := n + 1; w < len(toks) && w <= n+10; w++ {
			if toks[w].Text == "." || toks[w].Text == ";" {
				break
			}
			if toks[w].Lower != "with" {
				continue
			}
			for e := w + 1; e < len(toks) && e <= w+6 && toks[e].Word; e++ {
				if pactNouns[toks[e].Lower] {
					return true
				}
			}
			break
		}
	}
	return false
}

// outcomeSignVerbs tell an instrument signed by those who met, whatever
// its name ("signed the Lahore Declaration").
var outcomeSignVerbs = lex("outcomeSignVerbs")

// settlementRefs name a settlement the story refers back to ("the
// accord", "the treaty"): the negotiation told only by its outcome.
var settlementRefs = lex("settlementRefs")

// instrumentNouns name what the sides sign: a settlement, or a
// declaration the story elsewhere calls one.
var instrumentNouns = lex("instrumentNouns")

// signedInstrumentSides reads "The declaration, signed at the palace,
// says A and B will ..." (round 174): a definite instrument told as
// signed, in a sentence that names exactly two states, "A and B", makes
// those states its parties when the story refers back to a settlement
// ("the accord", "the treaty": settlementReferred). A negotiation told
// only by its outcome has no talks noun and no meeting of the sides'
// people, so only the states named beside the instrument tell its sides.
// Weak: a side the story makes a mediator wins. "The declaration,
// signed on the visit, says A and B will deepen trade" in a story that
// never calls it an accord makes no parties.
func (d *Reader) signedInstrumentSides(r *Roles) {
	if !d.settlementReferred() {
		return
	}
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		if !definiteSigned(toks) {
			continue
		}
		var states []*mention.Mention
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.State && (len(states) == 0 || states[len(states)-1].Actor != m.Actor) {
				states = append(states, m)
			}
		}
		if len(states) != 2 || states[0].J >= len(toks) || toks[states[0].J].Lower != "and" || states[1].I != states[0].J+1 {
			continue
		}
		r.weakRoles = true
		r.addPair(states[0].Actor, states[1].Actor, d.topicAt(&d.Sents[si], 0))
		r.weakRoles = false
	}
}

// definiteSigned: "the" (one modifier allowed) and an instrumentNouns
// word, then an outcomeSignVerbs word within three tokens ("The
// declaration, signed at ...", "the treaty signed on Friday").
func definiteSigned(toks []text.Token) bool {
	for k, t := range toks {
		if !instrumentNouns[t.Lower] {
			continue
		}
		if !(k >= 1 && toks[k-1].Lower == "the" || k >= 2 && toks[k-2].Lower == "the" && toks[k-1].Word) {
			continue
		}
		for e := k + 1; e < len(toks) && e <= k+3; e++ {
			if outcomeSignVerbs[toks[e].Lower] {
				return true
			}
		}
	}
	return false
}

// settlementReferred: some sentence of the story refers to a settlement
// with a definite article ("The accord is only a beginning", "the
// peace treaty"), one modifier allowed between them. Then an instrument
// signed by the people of two sides at a meeting ("A and B signed the
// X Declaration") is that settlement, and the two sides are its parties
// (round 174): a negotiation told only by its outcome. A visit whose
// signing the story never calls an accord or a treaty ("signed
// memoranda on tourism") makes no parties.
func (d *Reader) settlementReferred() bool {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for k, t := range toks {
			if !settlementRefs[t.Lower] {
				continue
			}
			if k >= 1 && toks[k-1].Lower == "the" || k >= 2 && toks[k-2].Lower == "the" && toks[k-1].Word {
				return true
			}
		}
	}
	return false
}

// anyCompound: one of the words, hyphenated compounds joined, occurs in
// toks.
func anyCompound(toks []text.Token, words map[string]bool) bool {
	for k := range toks {
		if words[compound(toks, k)] {
			return true
		}
	}
	return false
}

// subjectEnd is where the subject of the verb at k ends: before the
// auxiliaries and adverbs in front of it ("X has reportedly brokered"),
// and before ", which" when a relative pronoun stands for the name before
// the comma ("X, which brokered the deal").
func subjectEnd(toks []text.Token, k int) int {
	e := k
	for e > 0 && k-e < 4 && (auxWords[toks[e-1].Lower] || strings.HasSuffix(toks[e-1].Lower, "ly")) {
		e--
	}
	if e > 1 && frame.RelativeWords[toks[e-1].Lower] && toks[e-2].Text == "," {
		e -= 2
	}
	return e
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// appositionStart: a subject that ends in an apposition between commas
// ("X, Oman's foreign minister, carried ...") ends before the apposition's
// first comma; e is the end of the subject as written.
func appositionStart(toks []text.Token, e int) int {
	if e < 2 || toks[e-1].Text != "," {
		return e
	}
	for c := e - 2; c > 0 && c >= e-10; c-- {
		if toks[c].Text == "," {
			return c
		}
	}
	return e
}

// formerly: the story names person a after a title that "former" (or
// "ex-", "retired") opens.
func (d *Reader) formerly(a int) bool {
	former := false
	d.titledMentions(a, func(_ int, toks []text.Token, m mention.Mention, b int) bool {
		for e := max(0, b-4); e < m.I; e++ {
			if l := toks[e].Lower; l == "former" || l == "ex" || l == "retired" {
				former = true
				return false
			}
		}
		return true
	})
	return former
}

// titledMentions calls f with each mention of person a, its sentence's
// tokens and where its title phrase begins (titleStart), until f returns
// false.
func (d *Reader) titledMentions(a int, f func(si int, toks []text.Token, m mention.Mention, b int) bool) {
	for si := range d.Ments {
		toks := d.Sents[si].Toks
		for _, m := range d.Ments[si] {
			if m.Actor == a && m.Kind == mention.Person && !f(si, toks, m, titleStart(toks, m)) {
				return
			}
		}
	}
}

// apposedRelative: a relative clause, ending at e, that opens right after
// an apposition's noun ("X, the OAS special representative who has
// mediated", p158; "X, the former U.S. Senate majority leader who chairs
// the talks", p177) is said of the person the apposition describes: the
// comma after that person's name; -1 when there is none.
func apposedRelative(toks []text.Token, e int) int {
	if e < 3 || !frame.RelativeWords[toks[e-1].Lower] || toks[e-2].Text == "," || toks[e-2].Cap || !toks[e-2].Word {
		return -1
	}
	for c := e - 3; c > 0 && c >= e-12; c-- {
		switch {
		case toks[c].Text == ",":
			if appositionDets[toks[c+1].Lower] {
				return c
			}
			return -1
		case toks[c].Text == "." && !toks[c].Glued, toks[c].Text == ";":
			return -1
		}
	}
	return -1
}

// envoyApposedRelative: the relative word ending at e closes an
// apposition set off by a comma that opens with a determiner and a
// diplomat's noun, a capitalized word maybe between ("X, an envoy of
// President Y who has shuttled", "X, an American envoy who"), though
// a name ends the apposition; the index of the comma, or -1. The verb is
// the envoy's: the name is only whose envoy he is.
func envoyApposedRelative(toks []text.Token, e int) int {
	if e < 5 || !frame.RelativeWords[toks[e-1].Lower] || toks[e-2].Text == "," {
		return -1
	}
	for c := e - 3; c > 0 && c >= e-10; c-- {
		switch {
		case toks[c].Text == ",":
			n := c + 2
			if n+1 < e-1 && toks[n].Cap && toks[n].Word {
				n++ // "an American envoy"
			}
			if n < e-1 && appositionDets[toks[c+1].Lower] && diplomatNouns[toks[n].Lower] {
				return c
			}
			return -1
		case toks[c].Text == "." && !toks[c].Glued, toks[c].Text == ";":
			return -1
		}
	}
	return -1
}

// titleStart is where the title phrase of person mention m begins: its
// own title, or one set off by a comma before the name ("a former
// Barbadian foreign minister, X"), which describes X too.
func titleStart(toks []text.Token, m mention.Mention) int {
	b := m.PhraseStart()
	if b >= 2 && toks[b-1].Text == "," && (actors.TitleWordLower(toks[b-2]) || mention.IsTitleWord(toks[b-2].Lower)) {
		b--
		for b > 0 && m.I-b < 8 && toks[b-1].Word && (actors.TitleWordLower(toks[b-1]) || toks[b-1].Cap) {
			b--
		}
	}
	return b
}

// demonymPost: the story tells person a's post in state s only by a
// demonym ("the Thai foreign minister, X", "French President X"), never
// by the state's name ("Switzerland's ambassador X", "President X of
// Algeria"). Such a mediator is credited in person: the state is not
// thereby a broker (p05, p27, p236, p237, p238).
func (d *Reader) demonymPost(a, s int) bool {
	byDemonym, byName := false, false
	d.titledMentions(a, func(si int, toks []text.Token, m mention.Mention, b int) bool {
		for _, x := range d.Ments[si] {
			if x.Actor != s {
				continue
			}
			before := x.I >= b-4 && x.J <= m.I
			after := x.I == m.J+1 && toks[m.J].Lower == "of"
			switch {
			case (before || after) && x.Kind != mention.Demonym:
				byName = true
				return false
			case before, x.Kind == mention.Demonym && apposedDemonym(toks, m.J, x.I):
				byDemonym = true
			}
		}
		return true
	})
	return byDemonym && !byName
}

// apposedDemonym: the demonym at token x opens, after its article, the
// apposition set off by the comma at c after a name: "X, a Swiss
// diplomat, spent much of Sunday carrying texts" (p345), "X, the Omani
// minister" — a nationality told of the person, as before the name.
func apposedDemonym(toks []text.Token, c, x int) bool {
	return c+2 == x && x < len(toks) && toks[c].Text == "," && appositionDets[toks[c+1].Lower]
}

// isDash: a dash that sets off a phrase, not one inside a compound.
func isDash(t text.Token) bool {
	return (t.Text == "-" || t.Text == "—" || t.Text == "–" || t.Text == "--") && !t.Glued
}

// dashAfter is the dash opening an apposition after the plural noun at k
// and its complement of up to ten words ("guarantors of the 1948 Rio de
// Janeiro Treaty -"); -1 when none.
func dashAfter(toks []text.Token, k int) int {
	if !strings.HasSuffix(toks[k].Lower, "s") {
		return -1
	}
	c := k + 1
	if c < len(toks) && toks[c].Lower == "of" {
		for c++; c < len(toks) && c-k <= 10 && (toks[c].Word || toks[c].Text == "-" && toks[c].Glued || mention.IsNumber(toks[c].Text)); c++ {
		}
	}
	if c < len(toks) && isDash(toks[c]) {
		return c
	}
	return -1
}
