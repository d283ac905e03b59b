package extract

// Meetings completed across sentences: people who join one reported
// nearby, and the same meeting reported twice.

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// refusalWords before an attendance word deny it: "would not attend".
var refusalWords = lex("refusalWords")

// attendWords put a lone person into a meeting reported nearby.
var attendWords = lex("attendWords")

// partial is one actor that a sentence puts into a meeting it does not
// otherwise describe ("X is also present", "Y mediated this meeting").
type partial struct {
	actor int
	// hosted: the actor hosted or chaired the talks an adjunct of its
	// sentence tells ("in talks hosted by X", hostedTalksAgent): it joins
	// no meeting when a meeting of that sentence already holds it.
	hosted bool
	// among: the actor is listed after "among them" following an
	// attendance whose subject names no one (amongAfterAttendance): the
	// list joins only the gathering its own sentence or the one before
	// tells, else forms its own.
	among bool
	place string
	date  string // the time the attendance sentence gives, "" when none
	si    int
	// plural: the attendance governs several sittings ("took part in
	// both sessions"), so the actor joins every encounter its sentence
	// split off, not one of them.
	plural bool
	// back: the attendance governs sittings, not a meeting noun ("took
	// part in most of the sessions"): sittings of talks already told.
	back bool
	// noun: the definite meeting noun the attendance governs ("were
	// present at the talks"): the talks told before, not a dinner or a
	// call told between them and the attendance.
	noun string
	// signing: the attendance governs a signing occasion ("attended the
	// ceremony", "witnessed the signing"): the actor joins only a
	// meeting told as a signing.
	signing bool
	// earlier: the attendance's object is a pronoun of people already
	// told ("joined them for lunch"): the actor joins a meeting of
	// another sentence, not one its own sentence goes on to tell ("A
	// and B joined them for lunch, and the talks continued").
	earlier bool
	// sitter: the actor sat in on the sitting, or on a share of it
	// (sitIn, portionOfSitting): an attendant seated at it, no side of
	// its talks, whose post may name no state ("Trade Minister X and
	// Foreign Minister Y sat in on the meeting" would leave the
	// principals' talks with no sides).
	sitter bool
	// witness: the actor stood behind the signatories or witnessed the
	// text they signed ("stood behind them", "The agreement was witnessed
	// by X"): a witness, seated at the signing but no side of it.
	witness bool
	// listed: one of two or more people a past passive of attendance
	// names as its agents ("The opening session was attended by A, B
	// and C"): with no meeting told near to join, the list is the
	// gathering's own (listedAttendance).
	listed bool
}

// relativeAttendEnd is where the time of the attendance at k may be read
// up to: the comma that closes a relative clause the attendance stands
// in ("A and B, who also attended the talks, read out a protocol to take
// effect from March 15": the date is the protocol's, not the talks'), or
// the sentence's end (the hundred-and-fifty-second round, p648).
func relativeAttendEnd(toks []text.Token, k int) int {
	rel := false
	for e := k - 1; e >= 1 && e >= k-4; e-- {
		if (toks[e].Lower == "who" || toks[e].Lower == "which") && toks[e-1].Text == "," {
			rel = true
			break
		}
	}
	if !rel {
		// "counted with the presence of the presidents A and B, whose
		// countries are guarantors of the Protocol of 1942": a relative
		// clause on the people listed after the attendance tells who they
		// are, not when they attended; its year is the protocol's (issue
		// 14's three-hundred-and-eighty-sixth round; p2181, p2291; "X,
		// who had arrived on Saturday" in p1643, "who has travelled
		// since 26 December" in p2299). A "which" clause may date the
		// sitting itself and is read.
		for e := k + 1; e+1 < len(toks); e++ {
			if toks[e].Text == "," && (toks[e+1].Lower == "whose" || toks[e+1].Lower == "who") {
				return e
			}
		}
		return len(toks)
	}
	for e := k + 1; e < len(toks); e++ {
		if toks[e].Text == "," {
			return e
		}
	}
	return len(toks)
}

// namedYear: the year at k is part of a name, "the Rio de Janeiro
// Protocol of 1942", "the Treaty of 1929": a capitalized word, "of" and
// the year alone. It dates the text named, not the attendance told (the
// ceremony "presided by X, as coordinator of the guarantors of the
// Protocol of 1942"; issue 14's three-hundred-and-eighty-sixth round,
// p2353; p2181 and p2291 carry the same year in a "whose" clause, which
// relativeAttendEnd leaves out).
func namedYear(toks []text.Token, k int) bool {
	if k < 2 || toks[k-1].Lower != "of" || !toks[k-2].Cap || !toks[k-2].Word || len(toks[k].Text) != 4 {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Word {
		return false // "of 1942 talks": a year before a noun
	}
	for _, r := range toks[k].Text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// sittingRunObject: at k a verb of running a sitting and its preposition,
// "presided over the" (lexicon sittingRunVerbs), the index of "the", or -1.
func sittingRunObject(toks []text.Token, k int) int {
	if !sittingRunVerbs[toks[k].Lower] || k+1 >= len(toks) {
		return -1
	}
	o := k + 1
	if toks[o].Lower == "over" {
		o++
	}
	if o == k+1 || o >= len(toks) || toks[o].Lower != "the" {
		return -1
	}
	return o
}

// hostedTalksAgent: the participle at k is a host's or chair's verb
// (hostedTalkVerbs) with its agent after "by", in a reduced relative on
// a sitting noun (hostedTalkNouns) that a preposition of circumstance
// opens, over at most a few lower-case words of measure: "A and B met
// face to face in X on Wednesday, in talks hosted by Y", "The two men
// shook hands after talks hosted by Z", "signed the accord after six
// weeks of talks chaired by W". The host sat at the talks the sentence,
// or the one before it, tells, as "The talks were hosted by Y" puts Y
// there (meeting.HostedBy). The adjunct reads so wherever it stands; the
// trigger's own readers caught it only close to a plain "met" (p2357's
// "met face to face", p2427's handshake told after the meeting; issue
// 14's three-hundred-and-ninety-ninth round).
func hostedTalksAgent(toks []text.Token, k int) bool {
	if k < 2 || k+1 >= len(toks) || !hostedTalkVerbs[toks[k].Lower] || toks[k+1].Lower != "by" || !hostedTalkNouns[toks[k-1].Lower] || toks[k-1].Cap {
		return false
	}
	for e := k - 2; e >= 0 && e >= k-6; e-- {
		t := toks[e]
		if hostedTalkPreps[t.Lower] {
			return true
		}
		if !t.Word || t.Cap {
			return false
		}
	}
	return false
}

// firstActorAfter: the first actor's mention of sentence si that starts at
// or after token from, or nil.
func (d *doc) firstActorAfter(si, from int) *mention.Mention {
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I >= from && m.Actor >= 0 && !m.Desc {
			return m
		}
	}
	return nil
}

// hostedTalkVerbs, hostedTalkNouns: hostedTalksAgent's words.
var hostedTalkVerbs, hostedTalkNouns = lex("hostedTalkVerbs"), lex("hostedTalkNouns")

// hostedTalkPreps open the adjunct that holds hosted talks.
var hostedTalkPreps = map[string]bool{"in": true, "at": true, "after": true, "during": true, "following": true}

// sittingRunVerbs run a sitting: "presided over".
var sittingRunVerbs = lex("sittingRunVerbs")

// partials finds the lone actors a sentence adds to a nearby meeting.
func (d *doc) partials(si int) (out []partial) {
	s := &d.Sents[si]
	toks := s.Toks
	attend, mediated, byAgent, signing, witness := -1, false, false, false, false
	hostedAdjunct := false     // "in talks hosted by X" (hostedTalksAgent)
	nominalBy := -1            // the signatories' "by" of a witnessed signing nominal (signingNominalBy)
	among := false             // the people follow "among them" (amongAfterAttendance)
	qualFrom, qualTo := -1, -1 // the qualifier of "joined the A delegation" (joinedDelegationNoun)
	for k, t := range toks {
		if (attendWords[t.Lower] || sitIn(toks, k) || bareSitIn(toks, k)) && !s.Quoted[k] && attendsMeeting(toks, k) {
			attend = k
			byAgent = frame.AgentBy(toks, k) > 0
			if j := joinedDelegationNoun(toks, k); j > 0 {
				qualFrom, qualTo = k+2, j
			}
		}
		if (attendWords[t.Lower] || witnessVerbs[t.Lower] || sittingRunVerbs[t.Lower]) && !s.Quoted[k] && attendsSigning(toks, k) {
			attend, byAgent, signing = k, false, true
		}
		if attend < 0 && !s.Quoted[k] && witnessesText(toks, k) {
			// Only with no attendance told before it: "was attended by A
			// and B, who witnessed the memorandum for C" keeps both (p2047).
			attend, byAgent, signing = k, false, true
		}
		if witnessVerbs[t.Lower] && !s.Quoted[k] && passiveSigningWitness(toks, k) {
			attend, byAgent, signing = k, true, true
			witness = witnessedText(toks, k)
		}
		if witnessVerbs[t.Lower] && !s.Quoted[k] && signingNominalBy(toks, k) > 0 {
			// "the signing of the accord by A and B in X on May 2,
			// witnessed by C and D": signatories and witnesses at one
			// signing, of the day the nominal tells.
			attend, byAgent, signing, nominalBy = k, true, false, signingNominalBy(toks, k)
		}
		if k == meeting.AlsoSignedBy(toks) && !s.Quoted[k] {
			// "The treaty was also signed by A and B": the agents join the
			// signing told before, as a signing's witnesses do.
			attend, byAgent, signing = k, true, true
		}
		if t.Lower == "presence" && !s.Quoted[k] && presenceAtSigning(toks, k) {
			attend, byAgent, signing = k, true, true
			if r := ceremonyRunBy(toks, k); r > 0 {
				// "The ceremony was presided by A and counted with the
				// presence of B and C": who presided sat at the signing
				// too; the agents from "by" on join it.
				attend = r
			}
		}
		if stoodBehindSigners(toks, k) && !s.Quoted[k] {
			attend, byAgent, signing, witness = k, false, true, true
		}
		if attendWords[t.Lower] && !s.Quoted[k] && amongAfterAttendance(toks, k) > 0 && !d.personBetween(si, -1, k) {
			// "Thirteen heads of state attended, among them A, B and C":
			// a subject naming no one, its people listed after the cue.
			attend, byAgent, signing, among = k, true, false, true
		}
		if tookSeat(toks, k) && !s.Quoted[k] {
			attend, byAgent = k, false
		}
		if (mediatorVerbs[t.Lower] || t.Lower == "hosted" || t.Lower == "chaired") && k+1 < len(toks) && !whoseBodyHosted(toks, k) &&
			(toks[k+1].Lower == "this" || toks[k+1].Lower == "the" || toks[k+1].Lower == "these") && (nearNoun(toks, k+1, 4) || frame.AnyWord(toks, k+1, min(len(toks), k+4), gatheringNouns)) {
			attend, mediated = k, true
		}
		if o := sittingRunObject(toks, k); o > 0 && !s.Quoted[k] && (nearNoun(toks, o, 3) || frame.AnyWord(toks, o, min(len(toks), o+3), sessionNouns)) {
			// "X presided over the talks": who runs the sitting just
			// told sits at it (the hundred-and-eighty-second round).
			attend = k
		}
		if hostedTalksAgent(toks, k) && !s.Quoted[k] && attend < 0 {
			attend, byAgent, hostedAdjunct = k, true, true
		}
		if (t.Lower == "in" || t.Lower == "at" || t.Lower == "during") && k+2 < len(toks) && toks[k+1].Lower == "the" &&
			(toks[k+2].Lower == "meeting" || toks[k+2].Lower == "talks") && !s.Quoted[k] {
			attend = k
		}
	}
	ownDate := ""
	if attend < 0 {
		if k, day := d.datedSubjectAttendance(si); k > 0 && !s.Quoted[k] {
			// "The Arab summit, which opened on Tuesday in the
			// assembly, was attended by A, B and C": the gathering of
			// that day, not a meeting told before on another.
			attend, byAgent, ownDate = k, true, day
		}
	}
	if h := meeting.HostedBy(toks); h >= 0 && (attend < 0 || attend > h && (byAgent || withAttending(toks, h, attend))) {
		// "The meeting, which lasted five hours, was hosted by X and
		// attended by Y": the host sat at the meeting told before, as
		// those who attended it did; the agents from the first "by" on
		// join it.
		attend, byAgent = h, true
	}
	hostedBack := attend >= 0 && attend == meeting.HostedBy(toks)
	if attend < 0 || frame.AnyWord(toks, max(0, attend-4), attend, refusalWords) {
		return nil
	}
	// "who took part in the talks of 2019": the attendance of another
	// time is of another meeting.
	date := ""
	for _, dx := range frame.FindDates(toks, attend, relativeAttendEnd(toks, attend), d.art.Published) {
		if namedYear(toks, dx.At) {
			continue
		}
		date = dx.Value
		break
	}
	if date == "" {
		date = ownDate
	}
	if date == "" && nominalBy > 0 {
		for _, dx := range frame.FindDates(toks, nominalBy, attend, d.art.Published) {
			date = dx.Value
			break
		}
	}
	noun := ""
	if !mediated {
		noun = definiteMeetingNoun(toks, attend+1)
	}
	plural := attend+1 < len(toks) && frame.AnyWord(toks, attend+1, min(len(toks), attend+6), pluralSittings)
	back := attend+1 < len(toks) && !nearNoun(toks, attend+1, 5) && frame.AnyWord(toks, attend+1, min(len(toks), attend+6), sessionNouns)
	// "C took part as an observer" is of the meeting told before, not of
	// one the story goes on to tell (p112).
	back = back || attendedAs(toks, attend) || hostedBack
	// "took part in the conversation": the talk just told, never one
	// the story goes on to tell.
	back = back || partInTheTalk(toks, attend)
	// "A and B sat in on the meeting", "A and B took part in the latter
	// half of the talks": one sits in on, or takes a share of, a sitting
	// already under way, never one the sentence tells itself — the
	// joiners' own sentence read as a meeting of theirs took them, and
	// the principals' meeting before went without them (p2707, p2644).
	sitter := portionOfSitting(toks, attend) || sitIn(toks, attend) && noun != "" || bareSitIn(toks, attend)
	earlier := joinedThemForMeal(toks, attend) || sitter
	defer func() {
		listed := !signing && !mediated && len(out) > 1 && (byAgent && (pastPassiveAttendance(toks, attend) || nominalBy > 0 || among) || amongAttendants(toks, attend))
		for i := range out {
			out[i].listed = listed
			out[i].earlier = earlier
			out[i].sitter = sitter
			out[i].date = date
			out[i].plural = plural
			out[i].back = back
			out[i].noun = noun
			out[i].signing = signing
			out[i].witness = witness
			out[i].hosted = hostedAdjunct
			out[i].among = among
		}
	}()
	// "a dinner, which X also attended": the subject of an attendance in
	// a relative clause on an occasion is the one named after the
	// relative word, not the people of the main clause (p223's "a lunch
	// in X's honour, which Y also attended"; p261's "hosted A and B at a
	// dinner, which C also attended").
	rel := relativeOnOccasion(toks, attend)
	if e := ownClause(toks, attend); e > rel && d.personBetween(si, e, attend) {
		rel = e
	}
	var people []int
	firstJ := 0 // the end of the first person named before the attendance
	for _, m := range d.Ments[si] {
		if m.I < rel || m.I >= qualFrom && m.I < qualTo {
			continue
		}
		// "X attended the talks" names X before the verb; "the dinner was
		// attended by X" after it.
		if byAgent && m.I > attend && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !slices.Contains(people, m.Actor) {
			if signing && standsInFor(toks, m.I) {
				// "was witnessed by X, representing President Y": Y
				// was not there.
				continue
			}
			if among && clauseEndBetween(toks, attend, m.I) {
				// "..., among them A and B, while C stayed away": C
				// belongs to another clause.
				continue
			}
			people = append(people, m.Actor)
			continue
		}
		if m.Actor >= 0 && !m.Desc && m.I < attend && !byAgent && d.Cast.Actors[m.Actor].Kind == graph.Person && !slices.Contains(people, m.Actor) && !args.IsSpeaker(toks, &m) && !args.RepresentedAbsent(toks, &m) {
			if p := m.PhraseStart() - 1; len(people) > 0 && p >= 0 && apposedPostPreps[toks[p].Lower] {
				// "A, spokesman for President B, also sat in": B names
				// A's post, and was not there.
				continue
			}
			if m.J < attend && speechVerbs[toks[m.J].Lower] {
				// "A said B had also attended", "A said ... and that B
				// sat in": A reports the attendance, B attends.
				continue
			}
			if len(people) == 0 {
				firstJ = m.J
			}
			people = append(people, m.Actor)
		}
	}
	if hostedAdjunct {
		// "in talks hosted by X, who later met Y": only the agent ran
		// the talks, and only a person named first after "by" sat at
		// them; "convened by the Union's Panel of ..." names a body.
		people = nil
		if m := d.firstActorAfter(si, attend+2); m != nil && d.Cast.Actors[m.Actor].Kind == graph.Person {
			people = []int{m.Actor}
		}
	}
	if w := relativeSubject(toks, firstJ, attend); signing && len(people) > 1 && w >= 0 {
		people = d.namedBefore(si, people, w)
	}
	signersJoin := false
	if nominalBy > 0 {
		for _, m := range d.Ments[si] {
			if m.I > nominalBy && m.J <= attend && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !slices.Contains(people, m.Actor) {
				if p := m.PhraseStart() - 1; p > nominalBy && postPreps[toks[p].Lower] {
					continue
				}
				people = append(people, m.Actor)
			}
		}
	}
	if signing && !byAgent && witnessVerbs[toks[attend].Lower] {
		// "The presidents then witnessed the signing of a protocol by A
		// and B": the signatories named after "by" signed before the
		// witnesses, at the talks just told (witnessedSigners).
		if s := d.witnessedSigners(si, attend); len(s) > 0 {
			for _, a := range s {
				if !slices.Contains(people, a) {
					people = append(people, a)
				}
			}
			signing, back, signersJoin = false, true, true
		}
	}
	if !byAgent && !signing && len(people) > 1 {
		if a := d.relativeAttendant(si, attend); a >= 0 {
			people = []int{a}
		}
	}
	if attendedAs(toks, attend) && !byAgent && !signing && d.stateSubject(si, attend) {
		// "B, which lies upstream, did not come, and C attended as an
		// observer": a state or body attends, not a person named before.
		return nil
	}
	if as := attendedAs(toks, attend); as && !byAgent && !signing && len(people) > 0 {
		// "A and B attended as witnesses, together with C": the one
		// named after "together with" sat there too.
		if c := d.attendedAlongside(si, attend); c >= 0 && !slices.Contains(people, c) {
			people = append(people, c)
		}
	}
	if !byAgent && signing && len(people) > 0 {
		// "A witnessed the signing along with B", "A also attended the
		// ceremony, together with B": those named after "along with"
		// were at the signing too, as at a meal one joins (the
		// three-hundred-and-twenty-fifth round, p1985, p973).
		for _, c := range d.mealAlongside(si, attend) {
			if !slices.Contains(people, c) {
				people = append(people, c)
			}
		}
	}
	if !byAgent && len(people) > 0 && (joinedThemForMeal(toks, attend) || joinedPeopleForSession(toks, attend)) {
		// "A and B joined them for lunch, along with C and D": those
		// named after "along with" sat at the meal too (mealAlongside);
		// so after "joined the leaders for a working lunch together with
		// his counterpart C" (issue 14's five-hundred-and-thirtieth
		// round, p3212).
		for _, c := range d.mealAlongside(si, attend) {
			if !slices.Contains(people, c) {
				people = append(people, c)
			}
		}
	}
	likewise := false
	if !byAgent && !mediated && len(people) > 0 {
		// "A was present at the signing, as was B", "A took part, as
		// did B": B attended too, wherever A's attendance goes.
		for _, c := range d.likewiseAttendants(si, attend) {
			if !slices.Contains(people, c) {
				people = append(people, c)
				likewise = true
			}
		}
	}
	// "A and B took part in all the sessions": a plural of sittings
	// ("sessions", lexicon sittingNouns), no meeting noun, is the talks
	// told before as much as "the talks" is, for several people as for
	// one (issue 14's three-hundred-and-thirtieth round, p2016).
	sittings := frame.AnyWord(toks, attend+1, min(len(toks), attend+6), sessionNouns)
	if len(people) > 1 && (likewise || sittings || signersJoin || nearNoun(toks, attend+1, 4) || amongAttendants(toks, attend) || portionOfSitting(toks, attend) || joinedPeopleForSession(toks, attend) || joinedThemForMeal(toks, attend) || partInTheTalk(toks, attend) || byAgent || signing || toks[attend].Lower == "present" || inPerson(toks, attend+1) || onSide(toks, attend+1) || tookSeat(toks, attend) || bareAttendance(toks, attend) || attendedAs(toks, attend)) {
		// "X and Y joined the meeting", "X and Y were also present"
		var joined []partial
		cs, ce := 0, len(toks)
		if joinedThemForMeal(toks, attend) {
			// "A and B joined them for lunch, together with C, the
			// ambassador in X": as one joiner's, the meal is the
			// meeting told before, where it was; the joiners' posts,
			// before the verb or after "along with", name no place of it.
			cs = attend
			if w := alongWith(toks, attend); w > 0 {
				ce = w - 1
			}
		}
		place := d.frames.PlaceOf(si, attend, cs, ce)
		if hostedBack {
			// "was hosted by X and attended by the envoy in Angola, Y":
			// the meeting told before, where it was; a place in the
			// agents' titles is not the meeting's.
			place = ""
		}
		for _, p := range people {
			joined = append(joined, partial{actor: p, place: place, si: si})
		}
		return joined
	}
	if len(people) != 1 {
		if mediated && len(people) == 0 {
			for _, m := range d.Ments[si] {
				if m.Actor >= 0 && !m.Desc && m.I < attend {
					return []partial{{actor: m.Actor, si: si}}
				}
			}
		}
		return nil
	}
	cs, ce := 0, len(toks)
	if joinedThemForMeal(toks, attend) {
		cs = attend // "X, the ambassador in Washington, joined them for lunch": his post's city is not the meal's
	}
	return []partial{{actor: people[0], place: d.frames.PlaceOf(si, attend, cs, ce), si: si}}
}

// witnessedSigners: the people named as the signatories of the text
// whose signing the witness verb at k governs, after "by" in its object
// or in a reduced relative on it ("witnessed the signing of a protocol
// by A and B's trade minister, C", "witnessed the signing of documents,
// signed by D and E"). Those who witness a signing and those
// who sign sat at one occasion, the talks the story has just told when the
// witnesses are its principals (issue 14's four-hundred-and-eighteenth
// round; p518, p384, p1084). The "by" opens within fifteen words of the
// verb, before any clause break but the reduced relative's comma; a name
// governed by a preposition of its own ("the envoy of F") is none.
func (d *doc) witnessedSigners(si, k int) []int {
	toks := d.Sents[si].Toks
	by := -1
	for e := k + 2; e < len(toks) && e <= k+15; e++ {
		t := toks[e]
		if t.Text == "," && e+1 < len(toks) && signVerbs[toks[e+1].Lower] {
			continue
		}
		if !t.Word || d.Sents[si].Quoted[e] {
			return nil
		}
		if t.Lower == "by" {
			by = e
			break
		}
	}
	if by < 0 {
		return nil
	}
	var out []int
	for _, m := range d.Ments[si] {
		if m.I <= by || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(out, m.Actor) {
			continue
		}
		if slices.ContainsFunc(toks[by:m.I], func(t text.Token) bool { return t.Text == ";" || t.Text == "." }) {
			break
		}
		if p := m.PhraseStart() - 1; p > by && postPreps[toks[p].Lower] {
			continue
		}
		out = append(out, m.Actor)
	}
	return out
}

// signingNominalBy: the witness word at k is a passive reduced relative
// after a comma ("..., witnessed by C and D") on a signing told as a noun
// with its signatories after "by": "The talks follow the signing of the
// accord by A and B in X on May 2, witnessed by C and D". The signatories
// and the witnesses sat at that signing, whose day and place the noun's
// phrase tells, not at the talks the sentence opens on (issue 14's
// four-hundred-and-eighteenth round, p2545, with witnessedSigners' active
// "witnessed the signing of the accord by A and B"). The index of the
// signatories' "by", or -1; no clause break but the comma before the
// witness word lies between.
func signingNominalBy(toks []text.Token, k int) int {
	if k < 6 || toks[k-1].Text != "," || frame.AgentBy(toks, k) != k+1 {
		return -1
	}
	by := -1
	for e := k - 2; e >= 1 && k-e <= 30; e-- {
		t := toks[e]
		if t.Text == ";" || t.Text == ":" || t.Text == "\"" {
			return -1
		}
		if t.Lower == "by" && by < 0 {
			by = e
		}
		if t.Lower == "of" && toks[e-1].Lower == "signing" {
			if by > e {
				return by
			}
			return -1
		}
	}
	return -1
}

// postPreps before a name put it in another's post or phrase ("the envoy
// of F"), not among those the list names.
// apposedPostPreps before a later name in an attendance's subject put it
// in the first attendant's post ("A, an aide to B, attended").
var apposedPostPreps = map[string]bool{"of": true, "for": true, "to": true}

var postPreps = map[string]bool{"on": true, "of": true, "for": true, "to": true, "in": true, "at": true, "with": true, "from": true}

// bareAttendance: the past attendance at k ends its sentence ("A and B
// also attended.", "C and D took part."): with no object it can only be
// the meeting just told, as "were also present" is.
func bareAttendance(toks []text.Token, k int) bool {
	if bareSitIn(toks, k) {
		return !onSide(toks, 0)
	}
	if !strings.HasSuffix(toks[k].Lower, "ed") && !(toks[k].Lower == "part" && k > 0 && toks[k-1].Lower == "took") {
		return false
	}
	if onSide(toks, 0) {
		// "On the X side A and B took part": one side's people, whom
		// the story may set at a session it has not told apart from
		// the others; left to the side readers.
		return false
	}
	return k+1 == len(toks) || k+2 == len(toks) && !toks[k+1].Word && toks[k+1].Text == "."
}

// amongAfterAttendance is the first token of the list an active
// attendance at k names after a comma and "among them", "among whom" or
// "including", with at most its object (lower-case words) before the
// comma, or -1: "Thirteen heads of state attended, among them A, B and
// C", "Heads of government of a dozen states attended the ceremony,
// among them A and B". Agency and wire copy counts a summit's or a
// ceremony's guests in the subject and names a few of them after it;
// they sat at the gathering as an agent list does (issue 14's
// four-hundred-and-eightieth round, p2914, p2147). A passive's agent
// noun reads the same ("before being joined by aides, including A and
// B", p2626).
func amongAfterAttendance(toks []text.Token, k int) int {
	if k < 1 || !strings.HasSuffix(toks[k].Lower, "ed") || toks[k-1].Lower == "was" || toks[k-1].Lower == "were" {
		return -1
	}
	for e := k + 1; e+2 < len(toks) && e <= k+5; e++ {
		if toks[e].Text == "," {
			switch {
			case toks[e+1].Lower == "among" && (toks[e+2].Lower == "them" || toks[e+2].Lower == "whom"):
				return e + 3
			case toks[e+1].Lower == "including":
				return e + 2
			}
			return -1
		}
		if !toks[e].Word || toks[e].Cap {
			return -1
		}
	}
	return -1
}

// attendedAs: "A, B and C attended as witnesses", "X took part as an
// observer": a past attendance with no object but a capacity ("as", then
// within three lower-case words a noun of attendance capacity, lexicon
// attendCapacityNouns). Like a bare attendance it can only be the meeting
// just told (the two-hundred-and-twenty-sixth round, p1392). "attended as
// a student" or "took part as a volunteer" names no capacity at talks.
func attendedAs(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].Lower != "as" {
		return false
	}
	if !strings.HasSuffix(toks[k].Lower, "ed") && !(toks[k].Lower == "part" && k > 0 && takeForms[toks[k-1].Lower]) {
		return false
	}
	for e := k + 2; e < len(toks) && e <= k+4; e++ {
		if attendCapacityNouns[toks[e].Lower] {
			return true
		}
		if !toks[e].Word || toks[e].Cap {
			return false
		}
	}
	return false
}

// mealAlongside: the persons named after "along with" or "together
// with" that follows the joining at k ("joined them for lunch in the
// garden, together with C, the ambassador, and D"), up to a relative
// word; none when there is no such phrase.
func (d *doc) mealAlongside(si, k int) []int {
	toks := d.Sents[si].Toks
	w := alongWith(toks, k)
	if w < 0 {
		return nil
	}
	var out []int
	for _, m := range d.Ments[si] {
		if m.I <= w || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if frame.AnyWord(toks, w, m.I, relativeWords) {
			break
		}
		if !slices.Contains(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	return out
}

// alongWith: the "with" of the first "along with" or "together with"
// after token k, or -1.
func alongWith(toks []text.Token, k int) int {
	for e := k + 1; e+1 < len(toks); e++ {
		if (toks[e].Lower == "together" || toks[e].Lower == "along") && toks[e+1].Lower == "with" {
			return e + 1
		}
	}
	return -1
}

// stateSubject: the actor named last before the attendance at k is no
// person: the attendance's subject is a state, group or body.
func (d *doc) stateSubject(si, k int) bool {
	last := -1
	for _, m := range d.Ments[si] {
		if m.J <= k && m.Actor >= 0 && !m.Desc {
			last = m.Actor
		}
	}
	return last >= 0 && d.Cast.Actors[last].Kind != graph.Person
}

// attendCapacityNouns: what one attends talks as ("attended as observers").
var attendCapacityNouns = lex("attendCapacityNouns")

// attendedAlongside: after the attendance at k, "together with" or "along
// with" and the first person named after it ("attended as witnesses,
// together with the nuncio, X, who read a message from Y": X, not Y); -1
// when there is none.
func (d *doc) attendedAlongside(si, k int) int {
	toks := d.Sents[si].Toks
	w := -1
	for e := k + 1; e+1 < len(toks); e++ {
		if (toks[e].Lower == "together" || toks[e].Lower == "along") && toks[e+1].Lower == "with" {
			w = e + 1
			break
		}
	}
	if w < 0 {
		return -1
	}
	for _, m := range d.Ments[si] {
		if m.I <= w || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if frame.AnyWord(toks, w, m.I, relativeWords) {
			return -1
		}
		return m.Actor
	}
	return -1
}

// sentEnvoys: a sentence that only says which states sent someone —
// "Ecuador and Suriname sent ministers.", "Chile sent a delegation." —
// names, after a meeting told just before, states that sat at it through
// people the story does not name (the two-hundred-and-fortieth round).
// The sentence opens with the states ("A", "A and B", "A, B and C"), then
// a verb of sending (lexicon envoySendVerbs) and, within three words, a
// noun of envoys (lexicon dispatchedEnvoyNouns) that ends the sentence:
// "sent ministers to the donors' conference next month" tells where they
// went, another occasion, and "sent troops" no envoy.
func (d *doc) sentEnvoys(si int) []partial {
	toks := d.Sents[si].Toks
	var states []int
	next := 0 // where the next state of the opening list must start
	v := -1
	for _, m := range d.Ments[si] {
		if m.I != next {
			break
		}
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.State || m.J >= len(toks) {
			return nil
		}
		states = append(states, m.Actor)
		switch {
		case toks[m.J].Lower == "and" || toks[m.J].Text == ",":
			next = m.J + 1
		case envoySendVerbs[toks[m.J].Lower]:
			v = m.J
		default:
			return nil
		}
		if v >= 0 {
			break
		}
	}
	if v < 0 || len(states) == 0 {
		return nil
	}
	for e := v + 1; e < len(toks) && e <= v+3; e++ {
		if !dispatchedEnvoyNouns[toks[e].Lower] {
			continue
		}
		if e+1 < len(toks) && !(e+2 == len(toks) && toks[e+1].Text == ".") {
			return nil
		}
		var out []partial
		for _, a := range states {
			out = append(out, partial{actor: a, si: si, back: true})
		}
		return out
	}
	return nil
}

var (
	envoySendVerbs       = lex("envoySendVerbs")
	dispatchedEnvoyNouns = lex("dispatchedEnvoyNouns")
)

// likewiseAttendants: after the attendance at k, ", as was B" (or "as
// were B and C", "as did B") says the people named right after the verb
// attended as the subject did: "X was present at the signing, as was Y,
// the Foreign Minister" (the two-hundred-and-fortieth round). The list
// must open within three tokens of the verb (a title may stand first:
// "as was Dr. Y") and its people follow one another by "and" or a comma;
// "as was expected" or "as was the case last year" names no one.
func (d *doc) likewiseAttendants(si, k int) []int {
	toks := d.Sents[si].Toks
	w := -1
	for e := k + 2; e+2 < len(toks); e++ {
		if toks[e].Lower == "as" && toks[e-1].Text == "," && likewiseVerbs[toks[e+1].Lower] {
			w = e + 2
			break
		}
	}
	if w < 0 {
		return nil
	}
	var out []int
	prevJ := -1
	for _, m := range d.Ments[si] {
		if m.I < w || m.Actor < 0 {
			continue
		}
		if prevJ < 0 && m.I > w+2 || prevJ >= 0 && !(m.I == prevJ+1 && (toks[prevJ].Lower == "and" || toks[prevJ].Text == ",")) {
			if prevJ >= 0 && m.Desc && m.I >= prevJ {
				// "as was B, the Foreign Minister, and C": an apposition
				// on B moves the join past it.
				prevJ = m.J
				continue
			}
			break
		}
		if m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			break
		}
		if !slices.Contains(out, m.Actor) {
			out = append(out, m.Actor)
		}
		prevJ = m.J
	}
	return out
}

// likewiseVerbs after ", as" repeat an attendance for those named next:
// "as was B", "as were B and C", "as did B".
var likewiseVerbs = lex("likewiseVerbs")

// ownClause: "A succeeded B in January, although C and D conferred in
// Paris at the meeting of X": a word that opens a clause of its own
// (attendClauseStops) with a verb between it and the attendance at k
// sets the people named before it apart from the attendance, whose
// subject is in its own clause (C and D), not A and B, when that clause
// names a person (personBetween). The position of the last such word
// before k, or -1 ("A, while in Paris, attended the talks" has no verb
// between and keeps A; "A, though he arrived late, joined the talks"
// names no one after "though" and keeps A).
func ownClause(toks []text.Token, k int) int {
	for e := k - 1; e > 0; e-- {
		if !attendClauseStops[toks[e].Lower] {
			continue
		}
		for v := e + 1; v < k; v++ {
			if frame.LooksVerb(toks, v) {
				return e
			}
		}
	}
	return -1
}

// personBetween: a person is named between tokens i and j of sentence si.
func (d *doc) personBetween(si, i, j int) bool {
	for _, m := range d.Ments[si] {
		if m.I > i && m.J <= j && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return true
		}
	}
	return false
}

// attendClauseStops open a clause of its own before an attendance.
var attendClauseStops = lex("attendClauseStops")

// relativeOnOccasion is the position of "which" opening a relative
// clause (", which") on a phrase with a meeting or event noun in its
// six words ("a dinner, which", "a lunch in X's honour, which") within
// the twelve words before the attendance at k, or -1.
func relativeOnOccasion(toks []text.Token, k int) int {
	for e := k - 1; e >= 2 && e >= k-12; e-- {
		if toks[e].Text == ";" {
			return -1
		}
		if toks[e].Lower == "which" && toks[e-1].Text == "," {
			if lo := max(0, e-7); frame.AnyWord(toks, lo, e-1, eventNouns) || frame.AnyWord(toks, lo, e-1, frame.MeetingNouns) {
				return e
			}
			return -1
		}
	}
	return -1
}

// inPerson: "attended in person" at k, attendance with no object.
func inPerson(toks []text.Token, k int) bool {
	return k+1 < len(toks) && toks[k].Lower == "in" && toks[k+1].Lower == "person"
}

// tookSeat: at k "seat" or "seats" of "took their seats at the table",
// "took his seat at the conference": people who sat down at the meeting
// just told (p808). A seat "in parliament" or "on the council" is a
// post, not this: the seat must be "at" a table or a meeting noun.
func tookSeat(toks []text.Token, k int) bool {
	if k < 2 || k+2 >= len(toks) || toks[k].Lower != "seat" && toks[k].Lower != "seats" || toks[k+1].Lower != "at" {
		return false
	}
	if !takeForms[toks[k-2].Lower] && !(k >= 3 && takeForms[toks[k-3].Lower] && toks[k-2].Lower == "also") {
		return false
	}
	switch toks[k-1].Lower {
	case "their", "his", "her":
	default:
		return false
	}
	for e := k + 2; e < len(toks) && e <= k+6; e++ {
		if toks[e].Lower == "table" {
			return true
		}
	}
	return nearNoun(toks, k+2, 4)
}

// onSide: "attended on the X side", "were present for the Y
// delegation": at k a side phrase, with no object, says whose people
// attended the meeting just told (p806). "On", "from" or "for" opens it
// and a delegation noun ("side", "team", "delegation") ends it within
// five words.
func onSide(toks []text.Token, k int) bool {
	if k >= len(toks) || toks[k].Lower != "on" && toks[k].Lower != "from" && toks[k].Lower != "for" {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		if delegationNouns[toks[e].Lower] {
			return true
		}
		if !toks[e].Word {
			return false
		}
	}
	return false
}

// gatheringNouns stand for the participants of a meeting just reported:
// "hosted the leaders".
var gatheringNouns = lex("gatheringNouns")

// attendsMeeting: an attendance word puts its subject into a meeting only
// when what it governs is one — "attended the talks", "joined the
// meeting", "was present", "also attended." — not "attended a memorial
// service" or "joined the government". Passive "attended by" names the
// attendees after it.
func attendsMeeting(toks []text.Token, k int) bool {
	if toks[k].Lower == "part" && (k == 0 || !takeForms[toks[k-1].Lower]) {
		return false // "X, for his part, said ...": an aside, no attendance
	}
	if toks[k].Lower == "present" || k+1 >= len(toks) || !toks[k+1].Word || inPerson(toks, k+1) || onSide(toks, k+1) || attendedAs(toks, k) || bareSitIn(toks, k) {
		return true
	}
	if frame.AgentBy(toks, k) > 0 {
		return k > 0 && (nearNoun(toks, max(0, k-6), 6) || frame.AnyWord(toks, max(0, k-6), k, gatheringNouns) || frame.AnyWord(toks, max(0, k-6), k, eventNouns) || frame.SubjectAttendance(toks) == k || frame.CoordinatedAttendance(toks) == k || audienceAttendedBy(toks, k) || placedAttendance(toks, k))
	}
	return nearNoun(toks, k+1, 5) || frame.AnyWord(toks, k+1, min(len(toks), k+6), gatheringNouns) ||
		frame.AnyWord(toks, k+1, min(len(toks), k+6), sessionNouns) || joinedThemForMeal(toks, k) || joinedTheTalk(toks, k) || partInTheTalk(toks, k) ||
		joinedPeopleForSession(toks, k) || portionOfSitting(toks, k) || joinedDelegation(toks, k) ||
		amongAttendants(toks, k) && frame.AnyWord(toks, k+1, min(len(toks), k+6), gatheringEvents)
}

// portionOfSitting: the attendance word at k governs a share of the
// sitting told before — "took part in the latter half of the talks",
// "joined the last part of the meeting", "sat in on the final portion of
// the session". A determiner, at most two lower-case words, a portion noun
// (lexicon sittingPortions), "of" and a meeting or session noun: the
// attendant sat at that meeting, as one who "took part in the talks" did.
// The noun stands past nearNoun's reach of five words, so the attendance
// was lost, or its attendants made a meeting of their own (issue 14's
// four-hundred-and-forty-fifth round; p2702, p1497, p2644).
func portionOfSitting(toks []text.Token, k int) bool {
	j := k + 1
	if sitIn(toks, k) {
		j = k + 3
	}
	for n := 0; n < 2 && j < len(toks) && portionPreps[toks[j].Lower]; n++ {
		j++
	}
	if j >= len(toks) || !portionDeterminers[toks[j].Lower] {
		return false
	}
	j++
	for n := 0; n < 2 && j < len(toks) && !sittingPortions[toks[j].Lower]; n++ {
		if !toks[j].Word || toks[j].Cap || frame.MeetingNouns[toks[j].Lower] {
			return false
		}
		j++
	}
	if j+2 >= len(toks) || !sittingPortions[toks[j].Lower] || toks[j+1].Lower != "of" {
		return false
	}
	j += 2
	if portionDeterminers[toks[j].Lower] {
		j++
	}
	return j < len(toks) && (frame.MeetingNouns[toks[j].Lower] || sessionNouns[toks[j].Lower])
}

// portionPreps, portionDeterminers: portionOfSitting's words before the
// share ("took part in the", "was present for the").
var (
	portionPreps       = map[string]bool{"in": true, "for": true, "at": true, "during": true}
	portionDeterminers = map[string]bool{"the": true, "a": true, "its": true, "their": true}
	sittingPortions    = lex("sittingPortions")
)

// audienceAttendedBy: "The audience was (also) attended by X" at k — a
// sentence opening with "the audience" as the subject of a passive
// attendance word names who sat in on a ruler's audience just told, as
// "the meeting was attended by" does. Palace readouts of the Gulf and
// North Africa call the reception an audience; "audience" stays out of
// the meeting nouns since a crowd of listeners is one too, but listeners
// are not "attended by" anyone (issue 14's four-hundred-and-tenth
// round; p2494, p1992, p977).
func audienceAttendedBy(toks []text.Token, k int) bool {
	b := k - 1
	if b > 0 && toks[b].Lower == "also" {
		b--
	}
	return b == 2 && (toks[b].Lower == "was" || toks[b].Lower == "were") && toks[0].Lower == "the" && audienceSubjects[toks[1].Lower]
}

// placedAttendance: "The signing ceremony at the union's headquarters in
// the capital was attended by A, B and C" at k — the sentence's opening
// "The", at most two lower-case modifiers and a meeting or event noun,
// then "at" or "in" and a place phrase of words alone before "was (also)
// attended by": the subject is the sitting itself, though its place
// phrase puts the noun too far from the attendance for the near-word
// readings. Agencies list who attended a signing or an opening session
// so (issue 14's four-hundred-and-ninety-second round; p2984, p2989,
// p2003, p2254, p2651). A relative word, a comma, an agent "by" or a
// verb-like "and" in the phrase ("The session in which A spoke ...")
// leaves the sentence to the other readings.
func placedAttendance(toks []text.Token, k int) bool {
	b := k - 1
	if b > 0 && toks[b].Lower == "also" {
		b--
	}
	if b < 4 || toks[0].Lower != "the" || toks[b].Lower != "was" && toks[b].Lower != "were" {
		return false
	}
	n := 1
	for n < 3 && !frame.MeetingNouns[toks[n].Lower] && !eventNouns[toks[n].Lower] && toks[n].Word && !toks[n].Cap {
		n++
	}
	if !frame.MeetingNouns[toks[n].Lower] && !eventNouns[toks[n].Lower] || n+2 >= b || toks[n+1].Lower != "at" && toks[n+1].Lower != "in" {
		return false
	}
	for e := n + 2; e < b; e++ {
		if !toks[e].Word && toks[e].Lower != "'s" && toks[e].Lower != "’s" || placeStops[toks[e].Lower] {
			return false
		}
	}
	return b-(n+2) <= 12
}

// placeStops end a sitting's place phrase: a relative word opens a
// clause of its own ("The session at which A spoke was attended by B"),
// "by" an agent, "and" another predicate.
var placeStops = map[string]bool{"which": true, "where": true, "that": true, "who": true, "whom": true, "by": true, "and": true}

// audienceSubjects are the audience nouns ("audience", "audiences").
var audienceSubjects = lex("audienceNouns")

// joinedPeopleForSession: "X and Y joined the leaders for the afternoon
// session", "joined the two ministers for the talks", "joined them for
// the working session" at k — a joining verb, the people just told (a
// joinMealPronoun, or "the", a count and a plural noun of people), "for",
// at most three lower-case words and a session, meeting or meal noun: the
// joiners sat in on the meeting told before. "joined the leaders for a
// photograph" or "joined the protesters for a march" name no sitting.
func joinedPeopleForSession(toks []text.Token, k int) bool {
	if !joinMealVerbs[toks[k].Lower] {
		return false
	}
	j := k + 1
	switch {
	case j < len(toks) && joinMealPronouns[toks[j].Lower]:
		j++
	case j < len(toks) && toks[j].Lower == "the":
		j++
		if j < len(toks) && (mention.IsNumber(toks[j].Lower) || joinedPeopleCounts[toks[j].Lower]) {
			j++ // "the two leaders", "the three ministers"
		}
		switch {
		case j < len(toks) && joinedPeopleNouns[toks[j].Lower]:
			j++
		case j < len(toks) && mention.IsTitleWord(toks[j].Lower) && !frame.MeetingNouns[toks[j].Lower]:
			// "joined the Secretary for part of the meeting", "joined the
			// Prime Minister for part of the discussions": one titled
			// person the story has told at the meeting (the
			// five-hundred-and-fifty-sixth round; p3368, p2898, p270).
			for n := 0; n < 3 && j < len(toks) && mention.IsTitleWord(toks[j].Lower); n++ {
				j++
			}
		default:
			return false
		}
	default:
		return false
	}
	if j >= len(toks) || toks[j].Lower != "for" {
		return false
	}
	for e := j + 1; e < len(toks) && e <= j+4; e++ {
		t := toks[e]
		if sessionNouns[t.Lower] || mealNouns[t.Lower] || frame.MeetingNouns[t.Lower] && (frame.Triggers[t.Lower] == frame.Talks || toldSittingEnds(toks, e)) {
			// A meal is a sitting of the people just told as much as a
			// session is: "joined the two leaders for dinner", "joined
			// the ministers for a working lunch" (issue 14's
			// five-hundred-and-thirtieth round; p2301, p783, p3212).
			return true
		}
		if !t.Word || t.Cap {
			return false
		}
	}
	return false
}

// toldSittingEnds: the meeting noun at e is the one told before — "the"
// or "their" before it, nothing of its own after it ("for part of the
// meeting."), so "joined the minister for a meeting with X" stays a
// meeting of its own.
func toldSittingEnds(toks []text.Token, e int) bool {
	if e < 1 || toks[e-1].Lower != "the" && toks[e-1].Lower != "their" {
		return false
	}
	return e+1 >= len(toks) || !toks[e+1].Word
}

// joinedPeopleNouns name the people of the meeting just told after
// "joined the": "joined the leaders for the afternoon session".
var joinedPeopleNouns = lex("joinedPeopleNouns")

// joinedPeopleCounts count them: "the two leaders".
var joinedPeopleCounts = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true}

// joinedTheTalk: "Y joined the conversation", "joined their discussion" at
// k — a joining verb, a determiner and a word for the talk just told: the
// joiner sat in on the talk of the people told before (the
// hundred-and-ninetieth round, p1174). "joined the conversation on social
// media" and "joined the national conversation" join no one.
func joinedTheTalk(toks []text.Token, k int) bool {
	if !joinMealVerbs[toks[k].Lower] || k+2 >= len(toks) || !joinedTalkDets[toks[k+1].Lower] || !joinedTalkNouns[toks[k+2].Lower] {
		return false
	}
	return k+3 >= len(toks) || (toks[k+3].Lower != "on" && toks[k+3].Lower != "online")
}

// joinedDelegation: "Y joined the Russian delegation", "Z joined the
// Ouattara delegation at the talks" at k — a join verb, "the", one or two
// capitalized words (the side's adjective or its leader's name) and a
// delegation noun that no possessive or "of" carries on ("the delegation's
// staff"): Y sat at the meeting of that side told before, as one who
// "joined the talks" did (issue 14's five-hundred-and-sixty-first round:
// p3358, p3401, p3402, p3403).
func joinedDelegation(toks []text.Token, k int) bool {
	return joinedDelegationNoun(toks, k) > 0
}

// joinedDelegationNoun is the position of joinedDelegation's delegation
// noun, or -1: the leader named in its qualifier ("the Ouattara
// delegation") is not thereby the joiner.
func joinedDelegationNoun(toks []text.Token, k int) int {
	if !joinMealVerbs[toks[k].Lower] || k+3 >= len(toks) || toks[k+1].Lower != "the" {
		return -1
	}
	j := k + 2
	for n := 0; n < 2 && j < len(toks) && toks[j].Word && toks[j].Cap; n++ {
		j++
	}
	if j == k+2 || j >= len(toks) || !sideDelegationNouns[toks[j].Lower] {
		return -1
	}
	if j+1 < len(toks) && (toks[j+1].Lower == "'s" || toks[j+1].Text == "'" || toks[j+1].Lower == "of") {
		return -1
	}
	return j
}

var sideDelegationNouns = lex("sideDelegationNouns")

// partInTheTalk: "Y took part in the conversation", "participated in
// the discussions", "joined in the conversations" at k — an attendance
// word, "in", a determiner and a word for the talk just told: as with
// joinedTheTalk, the speaker sat in on the talk of the people told
// before (issue 14's two-hundred-and-seventieth round: p1653, p1149,
// p915, p1595, where the old readouts and wire copy call the leaders'
// talks a conversation). "took part in the conversation on social media"
// joins no one.
func partInTheTalk(toks []text.Token, k int) bool {
	switch toks[k].Lower {
	case "part", "participated", "participates", "joined":
	default:
		return false
	}
	if k+3 >= len(toks) || toks[k+1].Lower != "in" || !joinedTalkDets[toks[k+2].Lower] || !joinedTalkNouns[toks[k+3].Lower] {
		return false
	}
	return k+4 >= len(toks) || (toks[k+4].Lower != "on" && toks[k+4].Lower != "online")
}

var (
	joinedTalkDets  = lex("joinedTalkDets")
	joinedTalkNouns = lex("joinedTalkNouns")
)

// joinedThemForMeal: "joined them for lunch", "joined him for a working
// dinner" at k — a joining verb, a pronoun of the people just told, "for",
// at most two lower-case words and a meal noun: the joiner sat at the
// meal with the people of the meeting told just before, as one who
// "joined them for the working session" did. "joined the queue for
// lunch" and "joined them in protest" take no one to a meeting.
func joinedThemForMeal(toks []text.Token, k int) bool {
	if !joinMealVerbs[toks[k].Lower] || k+3 >= len(toks) || !joinMealPronouns[toks[k+1].Lower] || toks[k+2].Lower != "for" {
		return false
	}
	for e := k + 3; e < len(toks) && e <= k+5; e++ {
		if mealNouns[toks[e].Lower] {
			return true
		}
		if !toks[e].Word || toks[e].Cap {
			return false
		}
	}
	return false
}

var (
	joinMealVerbs    = lex("joinMealVerbs")
	joinMealPronouns = lex("joinMealPronouns")
	mealNouns        = lex("mealNouns")
)

// attendsSigning: the attendance or witness word at k governs a signing
// occasion right after its determiner ("attended the ceremony",
// "witnessed the signing", "attended the signing ceremony"), not a
// meeting noun. "present at the signing" governs it past "at" (the
// two-hundred-and-fortieth round). "took part at the act" governs it past
// "at" or "in" too, as releases rendered from Spanish or Portuguese write
// it ("participó en el acto"; the two-hundred-and-seventy-first round,
// p1245).
func attendsSigning(toks []text.Token, k int) bool {
	o := k + 1
	if toks[k].Lower == "present" && o < len(toks) && toks[o].Lower == "at" {
		o++
	}
	if toks[k].Lower == "part" && o < len(toks) && (toks[o].Lower == "at" || toks[o].Lower == "in") {
		o++
	}
	if sittingRunVerbs[toks[k].Lower] && o < len(toks) && toks[o].Lower == "over" {
		// "X presided over the signing": who runs the ceremony is at
		// the signing just told, as one who presides over the talks is
		// at them (the three-hundred-and-twenty-fifth round, p1986).
		o++
	}
	if o+1 >= len(toks) || toks[o].Lower != "the" {
		return false
	}
	return signingOccasions[toks[o+1].Lower]
}

// witnessesText: the active witness word at k governs a signed text right
// after "the": "C witnessed the agreement". A text is witnessed only at its
// signing, as the passive "was witnessed by" tells (witnessedText), so C
// was at the signing just told (the five-hundred-and-thirteenth round,
// p3112).
func witnessesText(toks []text.Token, k int) bool {
	return witnessVerbs[toks[k].Lower] && k+2 < len(toks) && toks[k+1].Lower == "the" && witnessedTexts[toks[k+2].Lower]
}

// stoodBehindSigners: "X stood behind them", "Y stood behind the
// signatories during the signing", "Z stood behind the three men as they
// signed", "W stood behind Herr A throughout": one who stands behind
// those signing, in the photographer's line of the ceremony, was at the
// signing told, as one who witnessed it was (the
// three-hundred-and-twenty-eighth round; p2003, p2005, p1329, p605, p751,
// p1630). The object is "them", a plural of those signing or the table
// they sit at, or a name; "stood behind him as a guarantor" backs a side
// and is left, and the partial joins only a meeting told as a signing.
func stoodBehindSigners(toks []text.Token, k int) bool {
	if toks[k].Lower != "stood" || k+2 >= len(toks) || toks[k+1].Lower != "behind" {
		return false
	}
	o := toks[k+2]
	if o.Lower == "them" {
		return true
	}
	if o.Lower == "the" {
		for e := k + 3; e < len(toks) && e <= k+5; e++ {
			if signerNouns[toks[e].Lower] {
				return true
			}
			if !toks[e].Word {
				return false
			}
		}
		return false
	}
	return o.Word && len(o.Text) > 1 && unicode.IsUpper([]rune(o.Text)[0])
}

// signerNouns: those a witness stands behind at a signing, or their table.
var signerNouns = lex("signerNouns")

// standsInFor: the person named at i is the one a witness stands in for
// ("by X, representing President Y"): a stand-in word (lexicon
// standInWords) within the four title words before i.
func standsInFor(toks []text.Token, i int) bool {
	if principalOfEnvoy(toks, i) {
		return true
	}
	for e := i - 1; e >= 0 && e >= i-4; e-- {
		if standInWords[toks[e].Lower] {
			return true
		}
		if !toks[e].Word {
			return false
		}
	}
	return false
}

// principalOfEnvoy: the person at i is named, after a comma, as the one
// an envoy present speaks for: "as well as of X, special envoy of the
// President of the United States, Y" puts X at the ceremony, not Y (issue
// 14's three-hundred-and-eighty-sixth round; p2353, and p2299's "in the
// presence of X, the special envoy of Pope Y"). An envoy noun (lexicon
// standInNouns) and "of" open the phrase, a few words of title before the
// comma.
func principalOfEnvoy(toks []text.Token, i int) bool {
	e := i - 1
	if e >= 0 && toks[e].Text == "," {
		e--
	}
	for ; e >= 1 && e >= i-9; e-- {
		if !toks[e].Word {
			return false
		}
		if toks[e].Lower == "of" && standInNouns[toks[e-1].Lower] {
			return true
		}
	}
	return false
}

// standInNouns name one sent to speak for another: "special envoy of".
var standInNouns = lex("standInNouns")

// standInWords: "representing".
var standInWords = lex("standInWords")

// passiveSigningWitness: the witness word at k is passive with its agent
// after "by", and the sentence's subject is a signing occasion ("The
// signing at the palace was witnessed by A and B", "The ceremony in
// Moscow was also witnessed by C"): the agents sat at the signing just
// told, as the active "A witnessed the signing" puts A there (the
// hundred-and-ninety-third round). The subject is "the" and an occasion
// noun opening the sentence; "The clashes were witnessed by" is none. A
// reduced relative on the occasion, "in a ceremony witnessed by A", is
// read the same way (p750).
func passiveSigningWitness(toks []text.Token, k int) bool {
	if k < 3 || frame.AgentBy(toks, k) != k+1 {
		return false
	}
	if signingOccasions[toks[k-1].Lower] && (toks[k-2].Lower == "a" || toks[k-2].Lower == "the") {
		// A reduced relative on the occasion: "signed the accord in a
		// ceremony witnessed by A".
		return true
	}
	b := k - 1
	if toks[b].Lower == "also" {
		b--
	}
	if b < 2 || toks[b].Lower != "was" && toks[b].Lower != "were" {
		return false
	}
	if witnessedText(toks, k) {
		return true
	}
	if toks[0].Lower != "the" {
		return false
	}
	return signingOccasions[toks[1].Lower]
}

// witnessedText: the passive witness word at k ("was witnessed by") has
// a signed text for its subject: "The agreement, which revives the
// accord, was witnessed by A, B and C", or a relative on the text, "also
// signed the agreement, which was witnessed by X". A text is witnessed
// only at its signing, so its witnesses sat at the signing told, as the
// ceremony's do; they witness it and are no side of it (the
// three-hundred-and-twenty-eighth round, p2001, p2003).
func witnessedText(toks []text.Token, k int) bool {
	if k < 2 || frame.AgentBy(toks, k) != k+1 {
		return false
	}
	b := k - 1
	if toks[b].Lower == "also" {
		b--
	}
	if b < 1 || toks[b].Lower != "was" && toks[b].Lower != "were" {
		return false
	}
	if b >= 3 && toks[b-1].Lower == "which" && toks[b-2].Text == "," && witnessedTexts[toks[b-3].Lower] {
		return true
	}
	return len(toks) > 2 && toks[0].Lower == "the" && witnessedTexts[toks[1].Lower]
}

// witnessedTexts: the texts whose witnesses were at their signing.
var witnessedTexts = lex("witnessedTexts")

// presenceAtSigning: "The ceremony took place at the palace in the
// presence of A and B", "The signing ceremony was held in X in the
// presence of C": a sentence whose subject is the signing occasion just
// told ("the" and a signingOccasions word opening it, "signing ceremony"
// too) and whose verb tells it happened ("took place", "was held") puts
// the people named after "in the presence of" at that signing, as
// "The signing was witnessed by A and B" does (passiveSigningWitness; the
// two-hundred-and-sixty-second round, p1606, p1367, p979).
//
// Releases rendered from Spanish or Portuguese keep the source's "con la
// presencia de" / "contou com a presença de": "The ceremony ... counted
// with the presence of A and B", "took place with the presence of C". The
// calque "with the presence of" reads as "in the presence of", and
// "counted" right before it is the occasion's verb as "took place" is
// (issue 14's three-hundred-and-eighty-sixth round; p2353, p2181, p2291,
// p889).
func presenceAtSigning(toks []text.Token, k int) bool {
	if k < 2 || k+1 >= len(toks) || toks[k-2].Lower != "in" && toks[k-2].Lower != "with" || toks[k-1].Lower != "the" || toks[k+1].Lower != "of" {
		return false
	}
	if len(toks) < 4 || toks[0].Lower != "the" || !signingOccasions[toks[1].Lower] {
		return false
	}
	v := 2
	if signingOccasions[toks[v].Lower] {
		v++ // "The signing ceremony"
	}
	if v+1 >= k {
		return false
	}
	took := toks[v].Lower == "took" && toks[v+1].Lower == "place"
	held := (toks[v].Lower == "was" || toks[v].Lower == "were") && toks[v+1].Lower == "held"
	counted := k >= 3 && toks[k-3].Lower == "counted" && toks[k-2].Lower == "with"
	return took || held || counted
}

// ceremonyRunBy: in a sentence presenceAtSigning reads, the occasion's
// first verb is a passive of running it, "The ceremony was presided (over)
// by A, and counted with the presence of B": the index of the verb
// ("presided", lexicon sittingRunVerbs), before the presence at k, or -1.
// The one who presides a signing is at it, as the witnesses are.
func ceremonyRunBy(toks []text.Token, k int) int {
	v := 2
	if signingOccasions[toks[v].Lower] {
		v++
	}
	if v+2 >= k || toks[v].Lower != "was" || !sittingRunVerbs[toks[v+1].Lower] {
		return -1
	}
	by := v + 1
	if toks[by+1].Lower == "over" {
		by++
	}
	if frame.AgentBy(toks, by) <= 0 {
		return -1
	}
	return v + 1
}

// signingTold: the meeting m is told in a sentence that tells a signing
// ("signed the accord", "at the signing of", "put their names to the
// text").
func (d *doc) signingTold(m meeting.Frame) bool {
	toks := d.Sents[m.Sent].Toks
	return frame.AnyWord(toks, 0, len(toks), signVerbs) || frame.AnyWord(toks, 0, len(toks), nameNouns) || openingTold(toks)
}

// openingTold: the sentence tells a ceremony of opening ("together
// dedicated the dam", "the bridge was inaugurated in the presence of A
// and B"): its "attended the ceremony" is that opening, as a signing's
// is (the hundred-and-eighty-fifth round, p1144, p1147). A participle
// after a determiner is an adjective ("a dedicated hotline"), no
// ceremony.
func openingTold(toks []text.Token) bool {
	for k, t := range toks {
		if openingVerbs[t.Lower] && (k == 0 || !appositionDets[toks[k-1].Lower]) {
			return true
		}
	}
	return false
}

// openingVerbs tell a ceremony of opening.
var openingVerbs = lex("openingVerbs")

// allPersons: every actor of parts is a person.
func (d *doc) allPersons(parts []int) bool {
	return !slices.ContainsFunc(parts, func(a int) bool { return d.Cast.Actors[a].Kind != graph.Person })
}

// relativeSubject is the position of "who" opening a relative clause
// (", who") after the first person of a subject and before the attendance
// at k, or -1: the people it names ("X, who carried proposals for the Y
// administration, attended") are not the subject.
func relativeSubject(toks []text.Token, first, k int) int {
	for e := first; e < k; e++ {
		if toks[e].Lower == "who" && e > 0 && toks[e-1].Text == "," {
			return e
		}
	}
	return -1
}

// relativeAttendant is the person a relative clause holding the
// attendance at k is told of: "A was accompanied by B, who also sat in on
// the afternoon session" — ", who" opens the clause with no comma between
// it and the attendance, and the person named (or described) right before
// the comma (or before the post apposed to it: "B, the Minister for X,
// who") is its subject, B, not A of the main clause. The person must
// stand alone: with an "and" since the person named before ("A and B, who
// attended", "A and his colleague B, who") the antecedent is a list, left
// as told. -1 when there is no such clause.
func (d *doc) relativeAttendant(si, k int) int {
	toks := d.Sents[si].Toks
	w := -1
	for e := k - 1; e >= 2; e-- {
		if toks[e].Text == "," || toks[e].Text == ";" {
			if toks[e+1].Lower == "who" {
				w = e + 1
			}
			break
		}
	}
	if w < 0 {
		return -1
	}
	end := w - 1
	named := false
	for _, m := range d.Ments[si] {
		named = named || m.J == end && m.Actor >= 0 && !m.Desc
	}
	if !named {
		// "B, the Minister for X, who": the clause follows the post
		// apposed to B, a phrase opened by a determiner after B's comma.
		for e := end - 1; e > 0 && e >= end-8; e-- {
			if toks[e].Text == "," {
				if appositionDets[toks[e+1].Lower] {
					end = e
				}
				break
			}
		}
	}
	for _, m := range d.Ments[si] {
		if m.J != end || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if m.I > 0 && (toks[m.I-1].Lower == "and" || toks[m.I-1].Text == ",") {
			return -1
		}
		// "A and his colleague B, who took part": an "and" since the
		// person named before makes B one of a list.
		from := 0
		for _, o := range d.Ments[si] {
			if o.J <= m.I && o.Actor >= 0 && o.Actor != m.Actor && d.Cast.Actors[o.Actor].Kind == graph.Person {
				from = o.J
			}
		}
		for e := from; e < m.I; e++ {
			if toks[e].Lower == "and" {
				return -1
			}
		}
		return m.Actor
	}
	return -1
}

// namedBefore keeps the people of sentence si named before the relative
// word at w: the whole coordinated subject the relative clause follows
// ("A and the minister, B, who drafted the text, also attended the
// ceremony" keeps A and B), not its first person alone, and none of the
// people the clause itself names (hundred-and-fifty-sixth round, p968).
func (d *doc) namedBefore(si int, people []int, w int) []int {
	var out []int
	for _, a := range people {
		for _, m := range d.Ments[si] {
			if m.Actor == a && !m.Desc && m.J <= w {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

var (
	signingOccasions = lex("signingOccasions")
	witnessVerbs     = lex("witnessVerbs")
	signVerbs        = lex("signVerbs")
	nameNouns        = lex("nameNouns")
)

// sitIn: "sat in on" at k is an attendance ("X, who sat in on both
// sessions", "Y sat in on the talks"): the sitter was at the talks the
// words after it govern, as one who "attended" them.
func sitIn(toks []text.Token, k int) bool {
	return sitForms[toks[k].Lower] && k+2 < len(toks) && toks[k+1].Lower == "in" && toks[k+2].Lower == "on"
}

// bareSitIn: "sat in" at k ends its sentence ("A and B also sat in."):
// with no sitting named, those who sat in were at the sitting the story
// has just told, as a bare "also attended." says, and one under way
// before their sentence, as "sat in on the meeting" is (issue 14's
// four-hundred-and-forty-ninth round; p2728, p1101). "sat in jail" or
// "sat in the front row" goes on past "in" and is no attendance.
func bareSitIn(toks []text.Token, k int) bool {
	if !sitForms[toks[k].Lower] || k+1 >= len(toks) || toks[k+1].Lower != "in" {
		return false
	}
	return k+2 == len(toks) || k+3 == len(toks) && toks[k+2].Text == "."
}

// withAttending: the attendance at attend, after the host passive at h,
// stands in an absolute phrase opened by "with" after the agents — "The
// meeting was mediated by X and Y, with Z taking part" (the
// two-hundred-and-eightieth round, p1042) — so Z sat at the meeting the
// host passive made the one told before, as X and Y did.
func withAttending(toks []text.Token, h, attend int) bool {
	for p := attend - 1; p > h+1; p-- {
		if toks[p].Lower == "with" {
			return true
		}
		if toks[p].Text == ";" || toks[p].Text == "." {
			return false
		}
	}
	return false
}

// sitForms are the forms of "sit" that "in on" makes an attendance.
var sitForms = lex("sitForms")

// takeForms make "part" an attendance: "took part in the talks".
var takeForms = lex("takeForms")

// pluralSittings govern several encounters at once: "took part in both
// sessions", "joined the two meetings".
var pluralSittings = lex("pluralSittings")

// sessionNouns are the sittings of talks: "took part in the two sessions",
// "in most of the sessions".
var sessionNouns = lex("sittingNouns")

// eventNouns are occasions a meeting is held over: "the dinner was
// attended by X".
var eventNouns = lex("eventNouns")

// nearNoun: a meeting noun occurs within n tokens from k.
func nearNoun(toks []text.Token, k, n int) bool {
	for e := k; e < len(toks) && e < k+n; e++ {
		if frame.MeetingNouns[toks[e].Lower] {
			return true
		}
	}
	return false
}

// definiteMeetingNoun is the meeting noun after a definite determiner
// within the three words from k ("present at the talks", "took part in
// that meeting"), or "".
func definiteMeetingNoun(toks []text.Token, k int) string {
	for e := k; e+1 < len(toks) && e < k+3; e++ {
		if presenceDeterminers[toks[e].Lower] && frame.MeetingNouns[toks[e+1].Lower] {
			return toks[e+1].Lower
		}
	}
	return ""
}

// toldBy is the meeting "the <noun>" of an attendance at sentence si
// stands for: the latest held, face-to-face meeting of ms that names a
// person, told up to twelve sentences before — never after — past those
// told as a meal or a reception that do not use the noun ("held the
// closing session with B. ... hosted A and B at a dinner. C and D were
// present at the talks", p261; p68's talks ten sentences before), or -1. With earlier, none
// the attendance's own sentence tells ("A and B sat in on the meeting").
func (d *doc) toldBy(ms []meeting.Frame, si int, noun string, earlier bool) int {
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.Sent > si || earlier && m.Sent == si {
			continue
		}
		if si-m.Sent > 12 {
			break
		}
		if m.Status != graph.Held || m.Mode == graph.Call || m.Mode == graph.Virtual || !slices.ContainsFunc(m.Parts, func(p int) bool { return d.Cast.Actors[p].Kind == graph.Person }) {
			continue
		}
		if d.retoldEarlier(ms, i, si) {
			continue
		}
		toks := d.Sents[m.Sent].Toks
		if slices.ContainsFunc(toks, func(t text.Token) bool { return t.Lower == noun || sessionNouns[t.Lower] }) ||
			!slices.ContainsFunc(toks, func(t text.Token) bool { return eventNouns[t.Lower] }) {
			return i
		}
	}
	return -1
}

// retoldEarlier: the held meeting ms[i], told in the past perfect ("had
// conferred", "had met"), is dated before a held meeting told in an
// earlier sentence within toldBy's reach of the attendance at si ("A and
// B talked today. A flew in from X, where he had conferred with C. D sat
// in on the session."): an earlier encounter the story recalls between
// its meeting and the attendance, whose "the session" is the story's,
// not the recalled one (the hundred-and-sixty-eighth round, p734). A
// later sentence that gives a day of the same talks ("had five hours of
// discussions on Saturday" after "a weekend of talks") is no recall.
func (d *doc) retoldEarlier(ms []meeting.Frame, i, si int) bool {
	if !d.frames.PastPerfect(ms[i].Sent) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		o := ms[j]
		if si-o.Sent > 12 {
			break
		}
		if o.Sent < ms[i].Sent && o.Status == graph.Held && o.Mode != graph.Call && o.Mode != graph.Virtual && dateBefore(ms[i].Date, o.Date) {
			return true
		}
	}
	return false
}

// dateBefore: a is a time strictly before b at the precision both give
// ("2024-03" before "2024-05-02"; "2024-05" not before "2024-05-02").
func dateBefore(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	n := min(len(a), len(b))
	return a[:n] < b[:n]
}

// textSidesOverSigners is a signing's participants without the states its
// sentence names as the sides of what was signed or settled, after
// "between", when two or more people signed: "A and B signed the
// agreement between Guatemala and Belize" (p1663), "signed in Peking the
// agreement between the People's Republic of China and the Union of
// Burma" (p1231), "signed a set of proposals for a settlement of the
// dispute between Britain and the regime" (p1098). The people sign for
// those states; the states are no third and fourth side at the table
// (SCHEMA: states take part only where the text names no person; the
// two-hundred-and-seventy-first round).
func (d *doc) textSidesOverSigners(m meeting.Frame, parts []int) []int {
	people := 0
	for _, p := range parts {
		if d.Cast.Actors[p].Kind == graph.Person {
			people++
		}
	}
	if people < 2 || !slices.ContainsFunc(strings.Fields(strings.ToLower(m.Evidence)), func(w string) bool {
		return signVerbs[strings.Trim(w, ",.;:")]
	}) {
		return parts
	}
	return slices.DeleteFunc(slices.Clone(parts), func(p int) bool {
		x := d.Cast.Actors[p]
		return x.Kind == graph.State && namedBetween(m.Evidence, x.Names)
	})
}

// namedBetween: the text names one of the names as a word of its own in
// a phrase that "between" opens, no comma or semicolon between them,
// within eighty bytes ("between A and B", "between the Republic of A and
// the Union of B").
func namedBetween(text string, names []string) bool {
	for _, f := range names {
		for at := 0; ; {
			i := strings.Index(text[at:], f)
			if i < 0 {
				break
			}
			i += at
			at = i + len(f)
			before, after := ' ', ' '
			if i > 0 {
				before = []rune(text[:i])[len([]rune(text[:i]))-1]
			}
			if at < len(text) {
				after = []rune(text[at:])[0]
			}
			if unicode.IsLetter(before) || unicode.IsLetter(after) {
				continue
			}
			lead := text[max(0, i-80):i]
			if b := strings.LastIndex(lead, "between "); b >= 0 && !strings.ContainsAny(lead[b:], ",;") {
				return true
			}
		}
	}
	return false
}

// datedSubjectAttendance reads sentence si as a gathering opening the
// sentence with a dated parenthesis and then its attendance list: "The
// <words> <meeting or gathering noun>, <parenthesis with a date>, was (also)
// attended by ..." (issue 14's three-hundred-and-thirty-first round). It
// gives the index of the attendance word and the parenthesis's date, or
// -1. The date tells the sitting apart from a meeting the story told
// before on another day (frame.SubjectAttendance leaves such a sitting
// alone); a chair's "by" in the parenthesis tells another reading.
func (d *doc) datedSubjectAttendance(si int) (int, string) {
	toks := d.Sents[si].Toks
	if len(toks) < 8 || toks[0].Lower != "the" {
		return -1, ""
	}
	n := -1
	for e := 1; e < len(toks) && e <= 4; e++ {
		if !toks[e].Word {
			break
		}
		if (frame.MeetingNouns[toks[e].Lower] || gatheringNouns[toks[e].Lower] || gatheringEvents[toks[e].Lower]) && e+1 < len(toks) && toks[e+1].Text == "," {
			n = e
			break
		}
	}
	if n < 0 {
		return -1, ""
	}
	for e := n + 2; e+1 < len(toks) && e < n+30; e++ {
		t := toks[e]
		if t.Text == ";" || t.Text == "\"" || t.Lower == "by" {
			return -1, ""
		}
		if attendWords[t.Lower] && pastPassiveAttendance(toks, e) && frame.AgentBy(toks, e) > 0 {
			ds := frame.FindDates(toks, n+2, e, d.art.Published)
			if len(ds) == 0 {
				return -1, ""
			}
			return e, ds[0].Value
		}
	}
	return -1, ""
}

// pastPassiveAttendance: "was" or "were" (perhaps with "also") stands
// right before the attendance word at k: "The session was attended by",
// not "will be attended by", whose list names who is expected.
func pastPassiveAttendance(toks []text.Token, k int) bool {
	if k >= 2 && toks[k-1].Lower == "also" {
		k--
	}
	return k >= 1 && (toks[k-1].Lower == "was" || toks[k-1].Lower == "were")
}

// amongAttendants: the attendance at k is told of a list as members of a
// larger company — "A, B and C were among the premiers who took part in
// the first session", "A and B are among the leaders who attended": "among the", one to six lower-case words, "who" or "that"
// (an "also" may follow) and the attendance. The list names some of a
// gathering's people, as the passive "The session was attended by A, B
// and C" does, so with no meeting told near to join it is the gathering's
// own (listedAttendance; issue 14's four-hundred-and-sixty-fourth round,
// p2732, p2817, p2819, p2820).
func amongAttendants(toks []text.Token, k int) bool {
	j := k - 1
	if toks[k].Lower == "part" {
		j = k - 2 // "who took part"
	}
	if j >= 0 && toks[j].Lower == "also" {
		j--
	}
	if j < 0 || toks[j].Lower != "who" && toks[j].Lower != "that" {
		return false
	}
	for e := j - 1; e >= 2 && e >= j-7; e-- {
		if toks[e].Lower == "the" && toks[e-1].Lower == "among" && (toks[e-2].Lower == "were" || toks[e-2].Lower == "are") {
			return e < j-1
		}
		if !toks[e].Word || toks[e].Cap {
			return false
		}
	}
	return false
}

// listedAttendance: the gatherings told only by their attendance lists
// (issue 14's three-hundred-and-thirty-first round). Agency and wire
// reports of a summit or a conference often open on the gathering with
// no one named ("The conference opened here this morning") and name the
// heads of state in the next sentence by a passive of attendance ("The
// opening session was attended by King A, President B and Mr. C"). The
// list is a partial of the gathering; when no held meeting is told near
// enough for it to join (the first bilateral the story tells comes
// later, or none), the listed people met at the gathering itself: where
// and when the gathering told in their sentence or the one before says
// (listedGathering), else at the dateline's town or where the story's
// meeting of that time was. lone holds, per
// sentence, the listed partials that joined no meeting.
func (d *doc) listedAttendance(ms []meeting.Frame, lone map[int][]int, dates map[int]string) []meeting.Frame {
	for _, si := range slices.Sorted(maps.Keys(lone)) {
		people := lone[si]
		if len(people) < 2 {
			continue
		}
		if i := slices.IndexFunc(ms, func(m meeting.Frame) bool {
			return m.Sent == si && m.Status == graph.Held && m.Mode != graph.Call && subset(m.Parts, people)
		}); i >= 0 && dates[si] != "" {
			// The sentence's own frame of the list, dated from the
			// meeting told before it (a later report of the same
			// people): the list's own date tells the gathering's day.
			ms[i].Date = dates[si]
			for _, a := range people {
				if !slices.Contains(ms[i].Parts, a) {
					ms[i].Parts = append(ms[i].Parts, a)
				}
			}
			continue
		}
		f, ok := d.listedGathering(si)
		if !ok {
			f = meeting.Frame{Sent: si, Evidence: d.Sents[si].Text, Status: graph.Held, Mode: graph.InPerson, Date: dates[si]}
			f.Place = d.frames.DatelinePlace(si, f.Date)
		}
		for i := len(ms) - 1; i >= 0 && f.Place == "" && f.Mode != graph.Virtual; i-- {
			// "The talks were also attended by A and B" after a visit
			// the story placed: the gathering is where the story's
			// meeting of that day was.
			if m := ms[i]; m.Sent < si && m.Status == graph.Held && m.Mode != graph.Call && m.Place != "" && meeting.SameTime(f.Date, m.Date) {
				f.Place = m.Place
			}
		}
		f.Parts = slices.Clone(people)
		ms = insertInOrder(ms, si, f)
	}
	return ms
}

// attachPartials adds each partial actor to the nearest held meeting
// within four sentences, preferring one at the same place; one present at
// "the talks" joins the talks told before (toldBy). The listed partials
// that find none form their gathering's meeting (listedAttendance).
func (d *doc) attachPartials(ms []meeting.Frame, parts []partial) []meeting.Frame {
	lone, dates := map[int][]int{}, map[int]string{}
	for _, p := range parts {
		if p.noun != "" && p.date == "" && !p.plural {
			if i := d.toldBy(ms, p.si, p.noun, p.earlier); i >= 0 {
				if !slices.Contains(ms[i].Parts, p.actor) {
					ms[i].Parts = append(ms[i].Parts, p.actor)
					if p.sitter {
						ms[i].Seated = append(ms[i].Seated, p.actor)
					}
				}
				continue
			}
		}
		if p.hosted && slices.ContainsFunc(ms, func(m meeting.Frame) bool { return m.Sent == p.si && slices.Contains(m.Parts, p.actor) }) {
			continue
		}
		// Hosted talks in a sentence that tells an encounter of its own
		// ("A phoned B after talks hosted by C") are of that sentence,
		// not of a meeting told before.
		ownSent := p.hosted && slices.ContainsFunc(ms, func(m meeting.Frame) bool { return m.Sent == p.si })
		best, bestScore := -1, 1<<30
		// ms is in sentence order: look only at the window around p.
		// A joiner looks back up to eight sentences (a story gives the
		// principals' meeting first, who else was there later) and ahead
		// up to four.
		lo, _ := slices.BinarySearchFunc(ms, p.si-8, func(m meeting.Frame, si int) int { return m.Sent - si })
		for i := lo; i < len(ms) && ms[i].Sent <= p.si+4; i++ {
			m := ms[i]
			dist := abs(m.Sent - p.si)
			if dist > 8 || m.Sent > p.si && (dist > 4 || p.back) || m.Status != graph.Held || m.Mode == graph.Call || p.earlier && m.Sent == p.si {
				continue
			}
			if ownSent && m.Sent != p.si || p.among && (m.Sent > p.si || p.si-m.Sent > 2) {
				continue
			}
			if p.hosted && !slices.ContainsFunc(m.Parts, func(a int) bool { return d.Cast.Actors[a].Kind == graph.Person }) {
				// "The prime ministers of A and B met, in talks hosted
				// by X": a meeting told by states only gives way to
				// the one told by their people; the host joins that.
				continue
			}
			if m.Signatories && !p.signing {
				// A signing told by its signatories side by side is
				// joined by its witnesses only, not by a host or an
				// attendant of the talks before it.
				continue
			}
			if p.signing && (!d.signingTold(m) || !d.allPersons(d.textSidesOverSigners(m, m.Parts))) {
				// "attended the ceremony" joins the signing, not other
				// talks, and only a signing of named people: one told
				// between states ("The presidents of A and B signed")
				// would pair the witness with the states (p344). The
				// states named as the sides of the text two people
				// signed are no participants (textSidesOverSigners;
				// p1663).
				continue
			}
			score := dist * 2
			if m.Sent > p.si {
				score += 6 // "joined the meeting" looks back first
			}
			if p.place != "" && m.Place != "" && p.place != m.Place || !meeting.SameTime(p.date, m.Date) {
				continue
			}
			if p.place != "" && m.Place == p.place {
				score -= 10
			}
			if score < bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			if p.listed && !slices.Contains(lone[p.si], p.actor) {
				lone[p.si] = append(lone[p.si], p.actor)
				dates[p.si] = p.date
			}
			continue
		}
		if p.date == "" && !p.signing && !p.back && p.si-ms[best].Sent >= 2 && !thatMeeting(d.Sents[p.si].Toks) {
			best = d.leadOverRecalled(ms, best, p.place)
		}
		best = retoldWhole(ms, best)
		for i := range ms {
			same := i == best || p.plural && ms[best].Split && ms[i].Split && ms[i].Sent == ms[best].Sent && ms[i].Status == graph.Held
			if same && !slices.Contains(ms[i].Parts, p.actor) {
				ms[i].Parts = append(ms[i].Parts, p.actor)
				if p.sitter || p.signing && (ms[i].Signatories || p.witness) {
					// A witness of a signing told by its signatories
					// side by side is no side of it.
					ms[i].Seated = append(ms[i].Seated, p.actor)
				}
			}
		}
	}
	return d.listedAttendance(ms, lone, dates)
}

var recalledTalkNouns = lex("recalledTalkNouns")

// thatMeeting: the sentence points back with a demonstrative at a
// meeting noun ("That meeting, which X also attended", "X was present at
// that conversation also"): the meeting told last, recalled or not.
func thatMeeting(toks []text.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if w := toks[k].Lower; (w == "that" || w == "this") && (frame.MeetingNouns[toks[k+1].Lower] || sessionNouns[toks[k+1].Lower] || eventNouns[toks[k+1].Lower] || recalledTalkNouns[toks[k+1].Lower]) {
			return true
		}
	}
	return false
}

// leadOverRecalled: the meeting an attendance line with no time of its
// own joins, when the nearest one, ms[best], is an earlier encounter the
// story recalls in the past perfect ("had met X in Y the previous day",
// "had been agreed when A and B met last year") and dated before the
// story's first held meeting in person: that first meeting, which a
// readout's closing "The meeting was attended by A and B" or "A and B
// were present" completes (issue 14's three-hundred-and-ninety-sixth
// round, p2412, p2408). Unread, those present were set at the recalled
// meeting, paired with people they never met. best otherwise; when the
// attendance's own place is not the first meeting's; and (at the caller)
// when the attendance follows the recalled meeting's sentence at once,
// which goes on telling it, or points back at it ("That meeting, which X
// also attended", p173; "present at that conversation also", p1735), or
// governs sittings ("took part in the later sessions", p818).
func (d *doc) leadOverRecalled(ms []meeting.Frame, best int, place string) int {
	if !d.frames.PastPerfect(ms[best].Sent) {
		return best
	}
	for j := 0; j < best; j++ {
		o := ms[j]
		if o.Status != graph.Held || o.Mode == graph.Call || o.Mode == graph.Virtual || o.Date == "" || o.Sent >= ms[best].Sent {
			continue
		}
		if dateBefore(ms[best].Date, o.Date) && (place == "" || o.Place == "" || o.Place == place) {
			return j
		}
		return best
	}
	return best
}

// retoldWhole: the held meeting that ms[best] retells with some of its
// people — an earlier one of the same mode, place and date, both given,
// whose participants hold all of ms[best]'s —, else best. mergeRetold folds the
// two into one afterwards, but one who "also attended" joined the smaller
// report first and so kept it apart: "X hosted a delegation. The
// delegation was headed by A and included B. B handed X a letter. ... C
// also attended" (issue 14's three-hundred-and-twenty-third round, p806,
// once coref.DelegationAhead told the hosting with the whole delegation).
func retoldWhole(ms []meeting.Frame, best int) int {
	b := ms[best]
	for i := best - 1; i >= 0 && b.Sent-ms[i].Sent <= 8; i-- {
		o := ms[i]
		if i == best || o.Status != graph.Held || o.Mode != b.Mode || len(o.Parts) <= len(b.Parts) || !subset(b.Parts, o.Parts) {
			continue
		}
		if o.Place == "" || o.Place != b.Place || o.Date == "" || o.Date != b.Date {
			continue
		}
		return i
	}
	return best
}

// dedupeMeetings merges meetings with the same participants and status,
// keeping the first evidence and filling in place and date. Two
// encounters of the same people that the text sets apart by mode (a call,
// then a visit) or by date (talks on Wednesday, a call on May 25) are two
// occasions, each with its own date, not one meeting told twice.
func dedupeMeetings(ms []meeting.Frame) []meeting.Frame {
	var out []meeting.Frame
	byKey := map[string][]int{}
	for _, m := range ms {
		key := meetingKey(m)
		merged := false
		for _, i := range byKey[key] {
			o := &out[i]
			if o.Place != "" && m.Place != "" && o.Place != m.Place {
				continue
			}
			if !sameOccasion(*o, m) {
				continue
			}
			if o.Place == "" {
				o.Place = m.Place
			}
			if o.Date == "" {
				o.Date = m.Date
			}
			merged = true
			break
		}
		if !merged {
			byKey[key] = append(byKey[key], len(out))
			out = append(out, m)
		}
	}
	return out
}

// splitRetold drops a held meeting that the next two sentences tell again
// as separate encounters covering all its participants ("X met the
// presidents of A and B. In separate meetings, A's P and B's Q told X
// ..."): the later, distributive report says the earlier one was not one
// meeting of all. The encounters take its place and date when they have
// none. Encounters whose sentence sets them before a meeting
// (landmark: "Before the four-way talks, A met B") happened beside the
// group's meeting and retell nothing (the five-hundred-and-twelfth round,
// p3106).
func splitRetold(ms []meeting.Frame, landmark func(si int) bool) []meeting.Frame {
	drop := make([]bool, len(ms))
	for i, o := range ms {
		if o.Split || o.Status != graph.Held || len(o.Parts) < 3 {
			continue
		}
		var parts []int
		var split []int
		for j := i + 1; j < len(ms) && ms[j].Sent-o.Sent <= 2; j++ {
			m := ms[j]
			if !m.Split || m.Sent == o.Sent || m.Status != graph.Held || !subset(m.Parts, o.Parts) || landmark(m.Sent) {
				continue
			}
			split = append(split, j)
			for _, p := range m.Parts {
				if !slices.Contains(parts, p) {
					parts = append(parts, p)
				}
			}
		}
		if len(split) < 2 || len(parts) != len(o.Parts) {
			continue
		}
		drop[i] = true
		for _, j := range split {
			if ms[j].Place == "" {
				ms[j].Place = o.Place
			}
			if ms[j].Date == "" || strings.HasPrefix(o.Date, ms[j].Date) {
				ms[j].Date = o.Date
			}
		}
	}
	out := ms[:0]
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// mergeRetold folds a held meeting into an earlier one whose participants
// it contains (or that contains its own) when nothing sets them apart: the
// same talks told again with more people ("the summit talks between A and
// B", then who else was there). "also" before the later predicate with a
// day of its own sets it apart. The merged meeting keeps the first
// report's evidence and takes any place or date either one has.
//
// sceneDay, when not nil, gives the day of the story an undated meeting
// is a scene of (meeting.OfStoryDay): a later report of some of its
// people on another day of their own ("A, B, C and D took their places
// at the table" after a lead dated today, then "A dined with D last
// night"; "the four leaders met for three hours", then "X had called on
// Y yesterday morning") tells an earlier encounter, not the sitting
// retold (the three-hundred-and-sixth round, p1869, p1870: the sitting
// took the day before's date).
func mergeRetold(ms []meeting.Frame, sceneDay func(meeting.Frame) string) []meeting.Frame {
	compatible := func(a, b string) bool {
		return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
	}
	var out []meeting.Frame
	for _, m := range ms {
		merged := false
		for i := range out {
			o := &out[i]
			if o.Status != graph.Held || m.Status != graph.Held || o.Mode != m.Mode && o.Mode != graph.UnknownMode && m.Mode != graph.UnknownMode || !compatible(o.Place, m.Place) || !compatible(o.Date, m.Date) {
				continue
			}
			if !subset(o.Parts, m.Parts) && !subset(m.Parts, o.Parts) {
				continue
			}
			if m.Also && m.Sent != o.Sent && len(m.Date) == len("2006-01-02") && m.Date != o.Date {
				// "B also met C on Thursday": one more encounter on a day
				// of its own, not the earlier meeting retold.
				continue
			}
			if sceneDay != nil && o.Date == "" && m.Sent != o.Sent && len(m.Date) == len("2006-01-02") {
				if day := sceneDay(*o); day != "" && day != m.Date {
					continue // the story day's sitting, then an encounter of the day before
				}
			}
			for _, p := range m.Parts {
				if !slices.Contains(o.Parts, p) {
					o.Parts = append(o.Parts, p)
					if slices.Contains(m.Seated, p) {
						// one seated at the retelling (a sitter, a
						// witness) is seated at the meeting it retells
						o.Seated = append(o.Seated, p)
					}
				}
			}
			if len(m.Place) > len(o.Place) {
				o.Place = m.Place
			}
			if len(m.Date) > len(o.Date) {
				o.Date = m.Date
			}
			merged = true
			break
		}
		if !merged {
			out = append(out, m)
		}
	}
	return out
}

// sameOccasion: nothing sets the two reports apart — their modes agree
// (or one is unknown) and their dates agree as far as both go ("2024-01"
// and "2024-01-29" may be one meeting; "2024-01-22" and "2024-01-29"
// cannot).
func sameOccasion(a, b meeting.Frame) bool {
	if a.Mode != b.Mode && a.Mode != graph.UnknownMode && b.Mode != graph.UnknownMode {
		return false
	}
	return a.Date == "" || b.Date == "" || strings.HasPrefix(a.Date, b.Date) || strings.HasPrefix(b.Date, a.Date)
}

func subset(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// meetingKey identifies a meeting by status and participant set.
func meetingKey(m meeting.Frame) string {
	ids := slices.Clone(m.Parts)
	slices.Sort(ids)
	var b strings.Builder
	b.WriteString(string(m.Status))
	for _, id := range ids {
		fmt.Fprintf(&b, ",%d", id)
	}
	return b.String()
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// dropHonoured leaves out of every meeting the people the story names only
// as the one a monument or a building honours: "laid a wreath at the
// monument to X", "the statue of Y", "an institute bearing Z's name".
// Such a one is no party to the visit (the hundred-and-ninetieth round,
// p1173, p986). A person also told another way ("X met Y"; "the tomb of
// his father" with the father named apart) stays.
func (d *doc) dropHonoured(ms []meeting.Frame) []meeting.Frame {
	told, other := map[int]bool{}, map[int]bool{}
	for si := range d.Ments {
		toks := d.Sents[si].Toks
		for _, m := range d.Ments[si] {
			if m.Actor < 0 || !d.isPerson(m.Actor) {
				continue
			}
			told[m.Actor] = true
			if !honouredName(toks, m.PhraseStart(), m.J) {
				other[m.Actor] = true
			}
		}
	}
	honoured := func(a int) bool { return told[a] && !other[a] }
	for i := range ms {
		if slices.ContainsFunc(ms[i].Parts, honoured) {
			ms[i].Parts = slices.DeleteFunc(slices.Clone(ms[i].Parts), honoured)
		}
	}
	return ms
}

// honouredName: the name phrase from i to j is the one a memorial noun
// honours — "monument to X", "the tomb of X" — or a building bears —
// "bearing X's name", "named after X".
func honouredName(toks []text.Token, i, j int) bool {
	if i >= 2 && (toks[i-1].Lower == "to" || toks[i-1].Lower == "of") && memorialNouns[toks[i-2].Lower] {
		return true
	}
	if i >= 2 && toks[i-1].Lower == "after" && toks[i-2].Lower == "named" {
		return true
	}
	if i < 1 || toks[i-1].Lower != "bearing" {
		return false
	}
	for e := j; e < len(toks) && e <= j+2; e++ {
		if toks[e].Lower == "name" {
			return true
		}
	}
	return false
}

// memorialNouns before "to" or "of" name the one they honour.
var memorialNouns = lex("memorialNouns")

// whoseBodyHosted: the verb at k closes "whose government (country)"
// before it — "and Y, whose government hosted the talks" tells who hosted
// through the relative clause of one already listed; the attendance read
// before it still names those who sat in (issue 14's
// four-hundred-and-seventy-fourth round; p966).
func whoseBodyHosted(toks []text.Token, k int) bool {
	return k >= 2 && toks[k-2].Lower == "whose"
}

// insertInOrder inserts f into ms, kept in sentence order, before the
// first meeting told at or after sentence si.
func insertInOrder(ms []meeting.Frame, si int, f meeting.Frame) []meeting.Frame {
	at, _ := slices.BinarySearchFunc(ms, si, func(m meeting.Frame, si int) int { return m.Sent - si })
	return slices.Insert(ms, at, f)
}
