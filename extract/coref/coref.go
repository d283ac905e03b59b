// Package coref resolves the references by which a meeting clause names
// its participants without repeating their names: plural definite
// descriptions ("the two leaders", "both sides", "the three presidents",
// "the two" standing alone), a counterpart ("her Chilean counterpart"), a
// clause-initial "he"/"she" standing for the person the story is about,
// and plural posts ("the two countries' foreign ministers", "the foreign
// ministers of A and B").
//
// Input: the resolved story (*actors.Story, read through args for which
// mentions may be participants), a clause of one sentence as token bounds
// and, for descriptions that point back to a meeting, the meeting the
// story told last (Told). Output: actor indexes (into Story.Cast.Actors),
// or -1 / nil when the text does not settle who is meant; a description
// is never guessed between several candidates. It is a stage of its own
// so that who a description stands for is decided in one place, from the
// story alone: it reads the story and never changes it.
package coref

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Resolver resolves the references of one story.
type Resolver struct {
	*actors.Story
	arg *args.Reader
}

// New is a Resolver over the story, reading arguments through arg.
func New(st *actors.Story, arg *args.Reader) *Resolver { return &Resolver{st, arg} }

// Told is the meeting the story told last before a clause's sentence:
// "the two" and "the two leaders met with X" stand for its people.
type Told struct {
	Sent  int   // its sentence; -1 when the story told none before
	Parts []int // its participants (actor indexes)
	Held  bool  // it took place (not planned, cancelled or denied)
}

// PluralReferents reads a plural definite description in tokens [cs, ce)
// and returns the actors it stands for, or nil, and the sentence they were
// found in when read back from the text (-1 otherwise).
func (d *Resolver) PluralReferents(si, cs, ce int, last Told) (refs []int, ante int) {
	toks := d.Sents[si].Toks
	for e := cs; e+1 < ce; e++ {
		if toks[e].Lower == "the" && pairNouns[toks[e+1].Lower] && (e+2 >= len(toks) || toks[e+2].Lower != "of") {
			// "The pair had first spoken by telephone", "after the pair
			// discussed ...": two people, as "the two men" (p206, p224);
			// "a pair of", "the pair of talks" are no people.
			return d.recentActors(si, e, 2, true)
		}
		if e == cs && toks[e].Lower == "the" && toks[e+1].Lower == "leaders" && (e+2 >= len(toks) || toks[e+2].Lower != "of") {
			if h := d.bareLeaders(si, e); h != nil {
				return h, -1
			}
		}
		n, ok := mention.CountWords[toks[e].Lower]
		if !ok {
			continue
		}
		// "both sides", "the two leaders", "the three heads of state"
		if toks[e].Lower != "both" && (e == 0 || toks[e-1].Lower != "the") {
			continue
		}
		if st := d.demonymModifier(si, e+1, ce); st >= 0 {
			// "the two Yemeni leaders": the people of that state named
			// last, that many (the hundred-and-fifty-seventh round, p979).
			return d.recentOfState(si, e, n, st), -1
		}
		noun, ni := toks[e+1].Lower, e+1
		// "both deputy prime ministers", "the two foreign ministers":
		// the modifiers of a title stand before its plural head.
		for j := e + 1; j+1 < ce && j <= e+2 && titleMods[toks[j].Lower] && !toks[j].Cap; j++ {
			if personGroupNouns[toks[j+1].Lower] {
				noun, ni = toks[j+1].Lower, j+1
				break
			}
		}
		switch {
		case noun == "heads" && headsOfGovernmentAt(toks, ni) && d.headsOfGovernment(si, e, n) != nil:
			// "The two heads of government met" after a sentence naming
			// more people than that: those named last who lead a state
			// or government, as "the two leaders" are read
			// (leadersRead); a party or group read as a person between
			// ("... offers Z a place at the table") is none of them (the
			// two-hundred-and-seventy-third round, p1671).
			return d.headsOfGovernment(si, e, n), -1
		case personGroupNouns[noun]:
			// "X spoke with both presidents", "X held calls with both
			// deputy prime ministers": a person named before the
			// description in its sentence, the clause's own subject, is
			// not among those it stands for, so the people named last are
			// no antecedent; it stands for the people the story named
			// before with that post, when there are just that many and
			// the people named last do not all hold it (p171's presidents,
			// named sentences before the chairman who spoke with them;
			// p97's deputy prime ministers).
			refs, ante := d.recentActors(si, e, n, true)
			if noun == "leaders" && d.someNoLeader(refs) {
				// "A and B signed ... C, an officer of the fund,
				// signed for the fund. A is the guest of B. The two
				// leaders conferred": the people named last hold one
				// who leads no state or government, so they are not the
				// leaders; the lead's leaders are, when they keep the
				// leader named last.
				if alt := d.leaderReading(si, e, n, ni, refs); alt != nil {
					return alt, -1
				}
			}
			if noun == "leaders" && d.subjectAmong(si, e, refs) {
				// "X spoke by phone with both leaders": the leaders read
				// as the description is read with no people named last,
				// when that reading leaves X out; else as before.
				if alt, altAnte := d.leadersRead(si, e, n, ni, last); alt != nil && !d.subjectAmong(si, e, alt) {
					return alt, altAnte
				}
			}
			holders := d.postHoldersBefore(si, e, toks[e+1:ni+1])
			if len(holders) == n && !subset(refs, holders) && (d.personBefore(si, e) || d.otherPostAmong(refs, toks[e+1:ni+1])) {
				return holders, -1
			}
			if refs == nil && noun == "leaders" {
				if refs, ante := d.leadersRead(si, e, n, ni, last); refs != nil {
					return refs, ante
				}
				if h := d.leadHolders(si, e, n, toks[e+1:ni+1]); h != nil {
					return h, -1
				}
				return d.objectGroup(si, e, n, noun, last)
			}
			if refs == nil {
				// More people named last than the description counts:
				// those the sentence before opens with as its joined
				// subject, when just that many ("A and B met C on
				// Saturday. The two envoys then went to see D").
				if pair := d.openingPair(si, e, n); pair != nil {
					return pair, -1
				}
				if h := d.leadHolders(si, e, n, toks[e+1:ni+1]); h != nil {
					return h, -1
				}
				return d.objectGroup(si, e, n, noun, last)
			}
			return refs, ante
		case toks[e].Lower != "both" && bareCount(toks[e+1]):
			// "The two last met in 2023", "the three have spoken": a
			// number standing alone for the people of the meeting just
			// told, when it had that many.
			if people := d.lastMeetingOf(si, n, last); people != nil || last.Sent >= 0 && si-last.Sent <= 2 {
				return people, -1
			}
			if last.Sent >= 0 && si-last.Sent <= 3 {
				// A held meeting of that many told three sentences
				// before, with no other told since: its people ("A
				// walked in for a meeting with B ... [two sentences on
				// A] The two held talks for two hours").
				if last.Held {
					return d.lastMeetingOf(last.Sent+2, n, last), -1
				}
				return nil, -1
			}
			if d.personBefore(si, e) || !heldNext(toks, e+1, ce) {
				return nil, -1
			}
			// No meeting told just before: the people the story named
			// last, when just that many were named in the sentences
			// before ("A toured the city ... B answered him from the
			// rostrum. This evening the two held a private meeting"); a
			// sentence whose subject is "he" or "she" names the person
			// the pronoun stands for.
			return d.recentPeople(si, e, n), -1
		case delegationNouns[noun]:
			// "received the two delegations", "both delegations met":
			// the people of the meeting just told, one from each side,
			// led them (p66, p87, p95). Without such a meeting the text
			// does not say who came: not the states, whose people the
			// delegations are (p66 read so).
			compound := ni+1 < ce && teamHeadNouns[toks[ni+1].Lower]
			if compound {
				// "the leaders of the two delegations, A and B, failed
				// to agree. The two delegation leaders met four times":
				// a compound whose head is people, those who lead the
				// teams; the people the sentence just before names, just
				// that many, when it tells of delegations, before the
				// meeting just told (the principals'). No meeting when
				// the count does not fit.
				if refs, ante := d.recentActors(si-1, len(d.Sents[max(si-1, 0)].Toks), n, true); si > 0 && refs != nil && ante == si-1 && frame.AnyWord(d.Sents[ante].Toks, 0, len(d.Sents[ante].Toks), delegationNouns) {
					return refs, ante
				}
			}
			if people := d.lastMeetingOf(si, n, last); d.distinctSides(people) {
				return people, -1
			}
			// Else the people the story names as leading a delegation,
			// in the two sentences either side, when there are that many
			// ("X, who led the government delegation, and Y, who led
			// the delegation of B ... Z received the two delegations";
			// "... received the two delegations. The A delegation was led
			// by X. The B team was headed by Y": p99, p123).
			if people := d.DelegationHeads(si, n); people != nil {
				return people, -1
			}
			return nil, -1
		case sideGroupNouns[noun]:
			// "both sides": states or groups. (Falling back to the people
			// who stand for them cost precision on the check half.)
			return d.recentActors(si, e, n, false)
		}
	}
	return nil, -1
}

// namedAfter: a person's name follows the plural head at token ni of
// sentence si, set off by a comma ("the two leaders, A and B,").
func (d *Resolver) namedAfter(si, ni int) bool {
	toks := d.Sents[si].Toks
	if ni+2 >= len(toks) || toks[ni+1].Text != "," {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I == ni+2 && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return true
		}
	}
	return false
}

// postHoldersBefore are the people named before token k of sentence si
// who hold the post the words spell ("presidents", "prime ministers");
// nil for a noun that is no title ("the two men") and for "leaders", which
// any head of state or government may be.
func (d *Resolver) postHoldersBefore(si, k int, words []text.Token) []int {
	var post []string
	for _, w := range words {
		post = append(post, strings.TrimSuffix(w.Lower, "s"))
	}
	if last := post[len(post)-1]; !titleHeads[last] || last == "leader" {
		return nil
	}
	var out []int
	for s := 0; s <= si; s++ {
		for _, m := range d.Ments[s] {
			if s == si && m.I >= k {
				break
			}
			if m.Actor < 0 || m.Desc || slices.Contains(out, m.Actor) || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			for _, p := range d.Cast.Actors[m.Actor].Positions {
				title := strings.Fields(strings.ToLower(p.Title))
				if slices.ContainsFunc(title, func(w string) bool { return compoundPostWords[w] && !slices.Contains(post, w) }) {
					continue // a prime minister is not one of "the two ministers"
				}
				if holdsPost(title, post) {
					out = append(out, m.Actor)
					break
				}
			}
		}
	}
	return out
}

// leadHolders: a plural description of a post ("the two leaders", "the
// two prime ministers") that no nearer reading settles — the sentences
// just before name none or too few of that post, and no meeting of that
// many was just told — stands for the story's principals: the people the
// lead (the first sentence past the headline that names a person) names
// with that post, when just that many hold it. A wire that retells the
// principals' earlier and later meetings in its last paragraphs, after
// paragraphs on others, still means the two its lead is about (the
// two-hundred-and-sixty-second round, p1607). nil when more or fewer
// hold it: the description is never guessed between them.
func (d *Resolver) leadHolders(si, k, n int, words []text.Token) []int {
	var post []string
	for _, w := range words {
		post = append(post, strings.TrimSuffix(w.Lower, "s"))
	}
	if last := post[len(post)-1]; !titleHeads[last] {
		return nil // "the two men": no post to read
	}
	if d.personBefore(si, k) {
		// "A said the two leaders had agreed ...": a clause about others,
		// told by one the sentence names, is no principals' act.
		return nil
	}
	lead := d.leadBefore(si)
	if lead < 0 {
		return nil
	}
	var out []int
	end := 0 // the end of the last holder's mention in the lead
	for _, m := range d.Ments[lead] {
		if m.Actor < 0 || m.Desc || slices.Contains(out, m.Actor) || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if plannedRelative(d.Sents[lead].Toks, m.I) {
			// "A stopped in X for talks with B on his way to Y, where he
			// is to sign a treaty with C": C is met only in the plans
			// the relative clause tells, none of the lead's principals.
			continue
		}
		for _, p := range d.Cast.Actors[m.Actor].Positions {
			title := strings.Fields(strings.ToLower(p.Title))
			if post[len(post)-1] != "leader" && slices.ContainsFunc(title, func(w string) bool { return compoundPostWords[w] && !slices.Contains(post, w) }) {
				continue // a prime minister is not one of "the two ministers"
			}
			if holdsPost(title, post) {
				out = append(out, m.Actor)
				end = m.J
				break
			}
		}
	}
	if len(out) != n {
		return nil
	}
	if lt := d.Sents[lead].Toks; end < len(lt) && leadFutureCues[lt[end].Lower] {
		// "A and B will sign an accord next week": a lead of plans has
		// told no encounter of the two that a description could retell.
		return nil
	}
	return out
}

// leadBefore is the story's lead before sentence si: its first sentence
// that names a person, past the headline and a deck in capitals under it
// ("A AND B CONFER" is a headline too); -1 when none does.
func (d *Resolver) leadBefore(si int) int {
	for s := 0; s < si; s++ {
		if !d.Sents[s].Title && !capitalsOnly(d.Sents[s].Toks) && d.namesPerson(s) {
			return s
		}
	}
	return -1
}

// bareLeaders reads "The leaders" opening a clause at token e, told with
// no count ("The leaders later had dinner with X"), as the story's
// principals: the people the lead names, at least two, when some of them
// lead a state or government and the others hold no post the story
// names ("A and his counterpart B"), so none of them is an aide. A
// count would say how many; without one the lead's leaders are all it
// names (p3066).
func (d *Resolver) bareLeaders(si, e int) []int {
	if d.personBefore(si, e) {
		return nil
	}
	lead := d.leadBefore(si)
	if lead < 0 {
		return nil
	}
	var out []int
	for _, m := range d.Ments[lead] {
		if m.Actor < 0 || m.Desc || slices.Contains(out, m.Actor) || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if plannedRelative(d.Sents[lead].Toks, m.I) || !d.leads(m.Actor) && len(d.Cast.Actors[m.Actor].Positions) > 0 {
			return nil
		}
		out = append(out, m.Actor)
	}
	if len(out) < 2 || !d.someLeader(out) {
		return nil
	}
	return out
}

// plannedRelative tells whether token i stands in a relative clause of
// plans set off by a comma before it, ", where he is to sign ... with C",
// ", who is due to meet C", ", where they will meet C": the clause's
// first words after its pronoun are a future cue (futureCues, or "is",
// "are", "was" before "to", "due", "expected" or "scheduled"), and no
// comma closes it before i (the three-hundred-and-ninety-seventh round,
// p2417).
func plannedRelative(toks []text.Token, i int) bool {
	for j := i - 1; j > 0; j-- {
		if toks[j].Text != "," {
			continue
		}
		if j+2 >= i || !relativeOpeners[toks[j+1].Lower] {
			return false
		}
		k := j + 2
		if k < i && toks[k].Word && !toks[k].Cap && (toks[k].Lower == "he" || toks[k].Lower == "she" || toks[k].Lower == "they") {
			k++
		}
		if k >= i {
			return false
		}
		if leadFutureCues[toks[k].Lower] {
			return true
		}
		switch toks[k].Lower {
		case "is", "are", "was", "were":
			if k+1 < i {
				switch toks[k+1].Lower {
				case "to", "due", "expected", "scheduled":
					return true
				}
			}
		}
		return false
	}
	return false
}

// relativeOpeners open a relative clause after a comma.
var relativeOpeners = map[string]bool{"where": true, "who": true, "when": true}

// capitalsOnly: every letter of the words is a capital and there are two
// words or more, as in a headline's deck.
func capitalsOnly(toks []text.Token) bool {
	words := 0
	for _, t := range toks {
		if !t.Word {
			continue
		}
		words++
		if strings.ToUpper(t.Text) != t.Text {
			return false
		}
	}
	return words >= 2
}

// leadFutureCues right after the lead's principals make what it tells of
// them a plan: "A and B will sign", "are expected to meet".
var leadFutureCues = lex("futureCues")

// subset: every actor of a is in b (and a names some).
func subset(a, b []int) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// personBefore: sentence si names a person before token k.
func (d *Resolver) personBefore(si, k int) bool {
	for _, m := range d.Ments[si] {
		if m.I < k && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return true
		}
	}
	return false
}

// otherPostAmong: among the people refs one holds a post the story gives
// that is not the plural description's ("presidents" in words): "The
// three presidents met the king" after a sentence naming two foreign
// ministers and the king stands for the presidents the story named, as
// it does after a subject of its own (postHoldersBefore); people the
// story gives no post may hold it unsaid, and leave the reading as it
// was (the three-hundred-and-forty-first round, p2081).
func (d *Resolver) otherPostAmong(refs []int, words []text.Token) bool {
	var post []string
	for _, w := range words {
		post = append(post, strings.TrimSuffix(w.Lower, "s"))
	}
	for _, a := range refs {
		x := d.Cast.Actors[a]
		if x.Kind != graph.Person || len(x.Positions) == 0 {
			continue
		}
		if !slices.ContainsFunc(x.Positions, func(p actors.Position) bool { return holdsPost(strings.Fields(strings.ToLower(p.Title)), post) }) {
			return true
		}
	}
	return false
}

// recentActors are the actors a plural description of n stands for: the
// people (or states and groups) named in the nearest sentences before
// token k of sentence si, read back until n are found, and only when
// exactly n are (a sentence naming more is no antecedent: which of them
// is meant is unsaid). ante is the sentence read back to.
func (d *Resolver) recentActors(si, k, n int, person bool) (out []int, ante int) {
	ante = -1
	// "the two men" are not a wife named beside her husband ("met by
	// the General and Mme. X. The two men talked alone": the General
	// and the guest; actors/couples.go).
	men := k+1 < len(d.Sents[si].Toks) && d.Sents[si].Toks[k+1].Lower == "men"
	for s := si; s >= 0 && s >= si-3 && len(out) < n; s-- {
		ante = s
		ms := d.Ments[s]
		var people []int
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := &ms[mi]
			if s == si && m.I >= k || m.Actor < 0 || !d.arg.Eligible(s, m) || men && d.Cast.Actors[m.Actor].Wife {
				continue
			}
			isPerson := d.Cast.Actors[m.Actor].Kind == graph.Person
			if isPerson && !person && !slices.Contains(people, m.Actor) {
				people = append(people, m.Actor)
			}
			if isPerson != person || !person && !d.IsCollective(m.Actor) {
				continue
			}
			if !slices.Contains(out, m.Actor) {
				out = append(out, m.Actor)
			}
		}
		// "both sides" after a sentence naming several people: the sides
		// may be those people or the states and groups they stand for, or
		// others named further back; the text does not settle which.
		if !person && len(people) >= 2 {
			return nil, ante
		}
	}
	if len(out) > n && person && men && ante < si {
		if group := d.unsplitGroup(si, k, ante, n, men); group != nil {
			return group, ante
		}
	}
	if len(out) != n {
		return nil, ante
	}
	return out, ante
}

// unsplitGroup: the people read back for a plural description ran past
// its count in the furthest sentence read, which names just n people:
// "A flew to X at the invitation of his counterpart B. The clash ... C
// said ... The two men held talks" is A and B — a description counts a
// pair the story named together, not one of them joined to a third person
// named between (an absent official, a victim, a spokesman; issue 14's
// four-hundred-and-ninety-sixth round, p3009). Only "the two men": a
// post ("the two leaders") is read by who holds it (postHoldersBefore,
// leadersRead), and a pair of aides named together is not the leaders.
// nil when that sentence names another count, or the description's own
// sentence names people before it (token k), who may be the ones meant.
func (d *Resolver) unsplitGroup(si, k, far, n int, men bool) []int {
	for _, m := range d.Ments[si] {
		if m.I < k && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return nil
		}
	}
	var group []int
	for mi := range d.Ments[far] {
		m := &d.Ments[far][mi]
		if m.Actor < 0 || !d.arg.Eligible(far, m) || d.Cast.Actors[m.Actor].Kind != graph.Person || men && d.Cast.Actors[m.Actor].Wife {
			continue
		}
		if !slices.Contains(group, m.Actor) {
			group = append(group, m.Actor)
		}
	}
	if len(group) != n {
		return nil
	}
	return group
}

// objectGroup reads a plural description at token k of sentence si that
// follows a person its sentence names ("X gave a lunch for both leaders",
// "X met the two men at the palace"): the group is the people the story
// named in the sentences before, read back until n are found and only
// when exactly n are, with the clause's own people (those named before
// k) left out of the count; nil when the count does not fit or one of
// them is among the group (no meeting of a person with himself).
//
// The description is the object of the meeting: right after its
// predicate or "with", or after "for" a meal is given ("gave a lunch for
// both leaders"); a speaker's clause ("X said the two leaders agreed")
// is no such object. "Leaders" are no people of whom one holds a post
// that leads nothing (ministers named last); and a held meeting of that
// many told just before, of other people, leaves the group unsaid.
func (d *Resolver) objectGroup(si, k, n int, noun string, last Told) ([]int, int) {
	if si == 0 || !d.personBefore(si, k) || !d.meetingObject(si, k) {
		return nil, -1
	}
	refs, ante := d.recentActors(si-1, len(d.Sents[si-1].Toks), n, true)
	if refs == nil || noun == "leaders" && d.someNoLeader(refs) || d.otherPostHolder(refs, noun) {
		return nil, -1
	}
	if last.Sent >= 0 && last.Held && len(last.Parts) == n && !subset(refs, last.Parts) {
		return nil, -1
	}
	for _, m := range d.Ments[si] {
		if m.I < k && m.Actor >= 0 && slices.Contains(refs, m.Actor) {
			return nil, -1
		}
	}
	return refs, ante
}

// otherPostHolder: the plural noun is a post ("ministers", "presidents")
// and one of refs is given posts the story names, none of them that one
// (the two ministers received are not the two advisers named last).
func (d *Resolver) otherPostHolder(refs []int, noun string) bool {
	post := strings.TrimSuffix(noun, "s")
	if noun == "leaders" || !titleHeads[post] {
		return false
	}
	for _, a := range refs {
		ps := d.Cast.Actors[a].Positions
		if len(ps) == 0 {
			continue
		}
		held := false
		for _, p := range ps {
			if holdsPost(strings.Fields(strings.ToLower(p.Title)), []string{post}) {
				held = true
			}
		}
		if !held {
			return true
		}
	}
	return false
}

// meetingObject: the plural description at token e of sentence si
// stands right after a meeting predicate or "with" ("received both
// leaders", "met with the two men"), or after "for" with a meal noun just
// before it ("gave a lunch for the two ministers").
func (d *Resolver) meetingObject(si, e int) bool {
	toks := d.Sents[si].Toks
	p := e - 1
	if toks[e].Lower != "both" {
		p = e - 2
	}
	if p < 0 {
		return false
	}
	if toks[p].Lower == "with" || frame.Triggers[toks[p].Lower] != 0 && frame.Triggers[toks[p].Lower] != frame.Weak {
		return true
	}
	if toks[p].Lower != "for" {
		return false
	}
	for j := p - 1; j >= 0 && j >= p-3; j-- {
		if mealWords[toks[j].Lower] {
			return true
		}
	}
	return false
}

// openingPair are the n people the sentence before si opens with as its
// joined subject ("A and B met C", "A, B and C held talks with D"), when
// the description at token k of si is its sentence's subject (no person
// named before it) and that subject joins just n people, names only and
// a verb after them; else nil. The people the sentence names after its
// subject are the object of what the subject did, not among "the two
// envoys" who go on in the next.
func (d *Resolver) openingPair(si, k, n int) []int {
	if si == 0 || d.personBefore(si, k) {
		return nil
	}
	s := si - 1
	if s > 0 && !d.namesPerson(s) {
		// A sentence between that names nobody, only a description of
		// them ("A, B and C met D. The four men signed a declaration.
		// The three ministers were also received by E"): the subject is
		// the sentence's before it (the two-hundred-and-thirty-eighth
		// round, p1463).
		s--
	}
	toks := d.Sents[s].Toks
	var out []int
	at := 0
	for _, m := range d.Ments[s] {
		if m.PhraseStart() < at {
			continue
		}
		if m.PhraseStart() != at || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(out, m.Actor) {
			break
		}
		out = append(out, m.Actor)
		at = m.J
		if at < len(toks) && toks[at].Text == "," {
			at++
		}
		if at < len(toks) && toks[at].Lower == "and" {
			at++
		} else if at < len(toks) && toks[at-1].Text != "," {
			break
		}
	}
	if len(out) != n || at >= len(toks) || toks[at].Cap || toks[at].Text == "," || toks[at].Lower == "and" || !toks[at].Word {
		return nil
	}
	return out
}

// leadersRead reads "the two leaders" at token e of sentence si (its
// noun at ni) when the people named last are no antecedent: those of
// them who lead, when just that many do (the two leaders after the envoy
// who met them, p127; postHoldersBefore leaves "leaders" out); else the
// people of the held meeting just told, when it had that many ("A and B
// signed ... C, who opposes it, stayed away. The two leaders then held
// talks"); else the joined subject of the sentence before (openingPair).
func (d *Resolver) leadersRead(si, e, n, ni int, last Told) ([]int, int) {
	toks := d.Sents[si].Toks
	if refs, ante := d.recentHolders(si, e, n, toks[ni:ni+1]); refs != nil {
		return refs, ante
	}
	if people := d.lastMeetingOf(si, n, last); people != nil && last.Held {
		return people, -1
	}
	return d.openingPair(si, e, n), -1
}

// someNoLeader: among the people refs some holds no post "leaders"
// covers (a head of state or government, a party's or movement's
// leader), as a bank's officer or an adviser named without a title.
func (d *Resolver) someNoLeader(refs []int) bool {
	for _, a := range refs {
		if d.Cast.Actors[a].Kind == graph.Person && !d.leads(a) {
			return true
		}
	}
	return false
}

// someLeader: among the people refs some holds a post "leaders" covers.
func (d *Resolver) someLeader(refs []int) bool {
	for _, a := range refs {
		if d.Cast.Actors[a].Kind == graph.Person && d.leads(a) {
			return true
		}
	}
	return false
}

// leads: person a holds a post "leaders" covers.
func (d *Resolver) leads(a int) bool {
	for _, p := range d.Cast.Actors[a].Positions {
		if holdsPost(strings.Fields(strings.ToLower(p.Title)), []string{"leader"}) {
			return true
		}
	}
	return false
}

// leaderReading reads "the n leaders" at token e of sentence si (noun at
// ni) as the lead's principals of that post (leadHolders), when every one
// of them leads and they keep a leader the people named last hold (the
// one the aside between was about); else nil.
func (d *Resolver) leaderReading(si, e, n, ni int, refs []int) []int {
	toks := d.Sents[si].Toks
	alt := d.leadHolders(si, e, n, toks[e+1:ni+1])
	if len(alt) != n || d.someNoLeader(alt) {
		return nil
	}
	if !d.someLeader(refs) {
		// None of the people named last leads: "A and B met on
		// Wednesday. On Thursday their foreign ministers C and D held
		// talks. The two leaders had spoken by phone too": the
		// ministers are no leaders, whoever they serve, so the
		// description skips them for the lead's principals.
		return alt
	}
	for _, a := range refs {
		if d.leads(a) && slices.Contains(alt, a) {
			return alt
		}
	}
	return nil
}

// subjectAmong: the description at token e of sentence si is the object
// of a meeting ("X spoke by phone with both leaders", "X met the two
// ministers") and the people read for it hold a person named before it in
// its sentence, the clause's own subject, who is not among those it stands
// for: the people the spokesman named in between would be read with him
// (the two-hundred-and-thirty-eighth round, p1464). A speaker's clause
// ("X said both leaders agreed") keeps its reading.
func (d *Resolver) subjectAmong(si, e int, refs []int) bool {
	toks := d.Sents[si].Toks
	p := e - 1
	if toks[e].Lower != "both" {
		p = e - 2
	}
	if p < 0 || toks[p].Lower != "with" && frame.Triggers[toks[p].Lower] == 0 {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I < e && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && slices.Contains(refs, m.Actor) {
			return true
		}
	}
	return false
}

// namesPerson: sentence s names a person (a name, not a description).
func (d *Resolver) namesPerson(s int) bool {
	for _, m := range d.Ments[s] {
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return true
		}
	}
	return false
}

// heldNext: the words from token i tell a meeting held, past tense,
// after at most one adverb ("held talks", "then held", "met"), not a
// plan, a denial or a state ("were not due to meet", "will hold").
func heldNext(toks []text.Token, i, ce int) bool {
	if i < ce && i+1 < len(toks) && (toks[i].Lower == "then" || toks[i].Lower == "later" || toks[i].Lower == "also" || len(toks[i].Lower) > 4 && strings.HasSuffix(toks[i].Lower, "ly")) {
		i++
	}
	if i >= ce || i >= len(toks) {
		return false
	}
	w := toks[i].Lower
	return w == "held" || w == "met" || w == "sat"
}

// recentPeople are the n people named in the nearest sentences before
// token k of sentence si, read back at most three sentences until n are
// found, counting the person a sentence's opening "he" or "she" stands
// for; nil unless exactly n are.
func (d *Resolver) recentPeople(si, k, n int) []int {
	var out []int
	add := func(a int) {
		if a >= 0 && d.Cast.Actors[a].Kind == graph.Person && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	for s := si; s >= 0 && s >= si-3 && len(out) < n; s-- {
		for _, m := range d.Ments[s] {
			if s == si && m.I >= k || m.Actor < 0 || m.Desc || !d.arg.Eligible(s, &m) {
				continue
			}
			add(m.Actor)
		}
		if s < si {
			add(d.PronounAntecedent(s, 0))
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}

// Counterpart reads "(his|her|their) [demonym] counterpart" in [cs, ce)
// with no name after it: the person of that state named last in the
// story, else the state itself.
func (d *Resolver) Counterpart(si, cs, ce int) int {
	toks := d.Sents[si].Toks
	for e := cs; e < ce; e++ {
		if toks[e].Lower != "counterpart" {
			continue
		}
		var state int = -1
		named := apposedNameAt(toks, e+1)
		for _, m := range d.Ments[si] {
			if m.J == e && m.Kind == mention.Demonym && m.Actor >= 0 {
				state = m.Actor
			}
			if m.I > e && m.I <= named && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return -1 // named in apposition: an ordinary mention
			}
		}
		if state < 0 {
			return -1
		}
		for s := si; s >= 0 && s >= si-5; s-- {
			ms := d.Ments[s]
			for mi := len(ms) - 1; mi >= 0; mi-- {
				m := ms[mi]
				if m.Actor < 0 || s == si && m.I >= e {
					continue
				}
				a := d.Cast.Actors[m.Actor]
				if a.Kind == graph.Person && (a.Affiliation == state || slices.ContainsFunc(a.Positions, func(p actors.Position) bool { return p.Org == state })) {
					return m.Actor
				}
			}
		}
		return state
	}
	return -1
}

// apposedNameAt is the last token at which a name set in apposition after
// a description may start, the description ending before token i: right
// after it or its comma, or past the name's own titles ("his Bangladeshi
// counterpart, Colonel X").
func apposedNameAt(toks []text.Token, i int) int {
	n := i + 1
	for n < len(toks) && n <= i+3 && toks[n].Cap && mention.IsTitleWord(toks[n].Lower) {
		n++
	}
	return n
}

// Author is the person a release written in the first person stands
// for, the one its signature line names before sentence si: a line that
// gives a name with only its titles and honorifics before it ("Senator
// the Hon X", "Minister Y") and, after a comma, only a post in title case
// ("X, Minister for Foreign Affairs"). A minister's post or statement
// says "Today I met with my counterpart ..." and the "I" is that person
// (the hundred-and-ninety-sixth round). -1 when no such line comes
// first: a headline ("Meeting with Foreign Minister X") names its person
// after other words, and a reporter's "I" has no signature line.
func (d *Resolver) Author(si int) int {
	for s := 0; s < si && s < len(d.Sents); s++ {
		toks := d.Sents[s].Toks
		for _, m := range d.Ments[s] {
			if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			if signatureLine(toks, m.I, m.J) {
				return m.Actor
			}
		}
	}
	return -1
}

// firstPersonAt is the index of the "I" that opens the clause at cs, past
// time words ("Today I met", "Earlier today I met", "On Monday, I
// met"), or -1. The clause opens the sentence or follows a comma.
func firstPersonAt(toks []text.Token, cs int) int {
	if cs > 0 && toks[cs-1].Text != "," {
		return -1
	}
	e := cs
	for e < len(toks) && e < cs+4 && (frame.IsTimeWord(toks[e]) || toks[e].Text == "," || toks[e].Lower == "on") {
		e++
	}
	if e < len(toks) && toks[e].Text == "I" {
		return e
	}
	return -1
}

// signatureLine: the sentence is a signature, the name [i,j) after only
// titles, honorifics and "the", and after it nothing or a comma and a
// post written in title case with its small words ("for", "of", "and").
func signatureLine(toks []text.Token, i, j int) bool {
	for k := 0; k < i; k++ {
		if !(toks[k].Word && toks[k].Cap && mention.IsTitleWord(toks[k].Lower) || toks[k].Lower == "the" || toks[k].Text == ".") {
			return false
		}
	}
	if j >= len(toks) {
		return true
	}
	if toks[j].Text != "," {
		return false
	}
	n := 0
	for k := j + 1; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Word && t.Cap:
			n++
		case functionWords[t.Lower] || t.Text == "," || t.Text == "." && k == len(toks)-1:
		default:
			return false
		}
	}
	return n > 0
}

// PronounAntecedent: a clause opening with "he" or "she" (not after a
// speech verb, see args.PronounSubject), also after a fronted adjunct ("During
// the visit, she met ..."), stands for the first person named in the
// sentence before, the subject of the story's last report.
func (d *Resolver) PronounAntecedent(si, cs int) int {
	toks := d.Sents[si].Toks
	fronted := false
	if cs == 0 {
		cs = frame.AfterFrontedAdjunct(toks)
		fronted = cs > 0
	}
	if cs == 0 {
		cs = afterFrontedAdverb(toks)
		fronted = cs > 0
	}
	prior := false
	if cs <= 1 {
		// "Before leaving, he met X", "Before the formal round he called
		// on Y": the clause the pronoun opens follows an adjunct of time
		// set before it, with or without its comma.
		if e := frame.AfterPriorAdjunct(toks); e > 0 {
			cs, fronted, prior = e, true, true
		}
	}
	if i := firstPersonAt(toks, cs); i >= 0 && !d.Sents[si].Quoted[i] {
		return d.Author(si)
	}
	if cs >= len(toks) || toks[cs].Lower != "he" && toks[cs].Lower != "she" || cs > 0 && speechVerbs[toks[cs-1].Lower] {
		return -1
	}
	if cs >= 2 && toks[cs-1].Lower == "where" && toks[cs-2].Text == "," {
		// "A flew to Oslo, where she was received by B": the pronoun is
		// the subject of the clause the place belongs to, the person it
		// names first, or, when that subject is itself a pronoun ("On
		// Tuesday she flew to Oslo, where she ..."), the one it stands for
		// — also when the clause names a person after it, as its object
		// ("He saw X at his office and then drove to Y's, where he had
		// talks with Y": he is not X).
		for _, m := range d.Ments[si] {
			if m.I >= cs-2 || wordBefore(toks, toks[cs].Lower, m.I) {
				break
			}
			if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return m.Actor
			}
		}
		if !frame.AnyWord(toks, 0, cs-2, subjectPronouns) {
			return -1
		}
	} else if si == 0 || cs > 0 && toks[cs-1].Text != "," && !prior && !(fronted && (frame.IsTimeWord(toks[cs-1]) || toks[cs-1].Cap)) {
		// A pronoun after a comma, or after a fronted day or place with
		// none ("On July 31 he met X", "In Niamey he met Y").
		return -1
	}
	return d.previousSubject(si, cs)
}

// SequencePronoun: the main clause after a fronted adjunct of sequence
// ("Before seeing X she called on Y", "After talks with X, he visited Y")
// opens at cs with "he" or "she", which stands for the first person named
// in the sentence before, as PronounAntecedent reads it — with or
// without a comma closing the adjunct (the two-hundred-and-thirty-ninth
// round, p1469). -1 when cs holds no such pronoun.
func (d *Resolver) SequencePronoun(si, cs int) int {
	toks := d.Sents[si].Toks
	if cs >= len(toks) || toks[cs].Lower != "he" && toks[cs].Lower != "she" || d.Sents[si].Quoted[cs] {
		return -1
	}
	return d.previousSubject(si, cs)
}

// previousSubject is the person the pronoun at cs stands for: the first
// person named in the sentence before, or, when that sentence opens with
// the same pronoun, the one that pronoun stands for.
func (d *Resolver) previousSubject(si, cs int) int {
	toks := d.Sents[si].Toks
	if si == 0 {
		return -1
	}
	prev := d.Sents[si-1].Toks
	if v := d.visitorBeforePerson(si - 1); v >= 0 {
		return v
	}
	for _, m := range d.Ments[si-1] {
		if wordBefore(prev, toks[cs].Lower, m.I) {
			// "He saw X on Monday. On Tuesday he met Y": the sentence
			// before opens with the same pronoun, which X, its object,
			// does not stand for; both stand for one antecedent.
			return d.PronounAntecedent(si-1, 0)
		}
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !exampleAside(prev, m.I) {
			return m.Actor
		}
	}
	return -1
}

// exampleAside: the name at i stands in an aside that picks examples out
// of a plural noun ("Five of the commanders, among them A and B, will
// stay"): A is one of the subject's members, not the subject a pronoun
// in the next sentence stands for (issue 14's five-hundred-and-forty-second
// round, p3284).
func exampleAside(toks []text.Token, i int) bool {
	for e := i - 1; e > 0 && e >= i-8; e-- {
		if toks[e].Text == "," {
			return toks[e+1].Lower == "among" && e+2 < i && toks[e+2].Lower == "them"
		}
	}
	return false
}

// visitorBeforePerson: sentence si names the story's visitor by a
// description ("the visiting Prime Minister paid a courtesy call to X")
// before any person by name: the visitor, its subject, whom a pronoun
// opening the next sentence stands for ("He then met with Y": not X; the
// two-hundred-and-fifty-fourth round, p1557). -1 otherwise.
func (d *Resolver) visitorBeforePerson(si int) int {
	first := len(d.Sents[si].Toks)
	for _, m := range d.Ments[si] {
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			first = m.I
			break
		}
	}
	return d.Visitor(si, -2, 0, first)
}

// afterFrontedAdverb: a sentence opening with a time adverb and a comma,
// perhaps then a short adjunct of its own ("Earlier, he was seen off
// by", "Later, in the afternoon, she met"), has its main clause after
// them: the index where it starts, or 0 (the two-hundred-and-seventeenth
// round, p1338).
func afterFrontedAdverb(toks []text.Token) int {
	if len(toks) < 3 || !timeAdverbs[toks[0].Lower] || toks[1].Text != "," {
		return 0
	}
	if e := frame.AfterFrontedAdjunct(toks[2:]); e > 0 {
		return e + 2
	}
	return 2
}

// TheyReferents: "They" opening a sentence as the subject of its
// predicate at k ("They first met in X in May", "They spoke by phone on
// Sunday", "They also discussed ...") stands for the people of the held
// meeting the story told in the sentence just before, when those are all
// people (p215, p227, p209, p119, p156, p102); nil otherwise.
func (d *Resolver) TheyReferents(si, cs, k int, last Told) []int {
	toks := d.Sents[si].Toks
	if cs != 0 || k > 3 || len(toks) == 0 || toks[0].Lower != "they" || !last.Held {
		return nil
	}
	if last.Sent < 0 || si-last.Sent != 1 || len(last.Parts) < 2 {
		return nil // a sentence between may name others "they" are ("Crowds lined the road.")
	}
	for _, a := range last.Parts {
		if d.Cast.Actors[a].Kind != graph.Person {
			return nil
		}
	}
	return slices.Clone(last.Parts)
}

// TheyNamedPair: "They" opening a sentence as the subject of its
// predicate at k ("They spoke by phone on Sunday") when the sentence just
// before told no meeting ("... the announcement by President A and
// Cuban President B that ...") stands for the two people that sentence
// names joined by "and" in one phrase, when it names no other person
// (the hundred-and-sixty-second round). Another person named there, a
// comma or a verb between the two ("A said B ..."), or a meeting told in
// that sentence (TheyReferents' case) gives nil.
func (d *Resolver) TheyNamedPair(si, cs, k int, last Told) []int {
	toks := d.Sents[si].Toks
	start := 0
	if e := frontedDayEnd(toks); e > 0 && toks[e].Lower == "they" && (cs == 0 || cs == e) {
		// "On Tuesday morning they were welcomed by Y": the clause
		// opens after the fronted day (the two-hundred-and-forty-third
		// round, p1493).
		start, cs = e, 0
	}
	if cs != 0 || k > start+3 || len(toks) == 0 || toks[start].Lower != "they" || si == 0 || d.Sents[si-1].Title || last.Sent == si-1 {
		return nil
	}
	var people []*mention.Mention
	ms := d.Ments[si-1]
	for mi := range ms {
		m := &ms[mi]
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if !slices.ContainsFunc(people, func(o *mention.Mention) bool { return o.Actor == m.Actor }) {
			people = append(people, m)
		}
	}
	prev := d.Sents[si-1].Toks
	if len(people) == 1 && WithRetinue(prev, people[0].J) {
		// "X and his party arrived in Y. They were greeted at the
		// airport by Z": "they" is X and the unnamed retinue.
		return []int{people[0].Actor}
	}
	if len(people) != 2 {
		return nil
	}
	a, b := people[0], people[1]
	from, to := a.J, b.PhraseStart()
	if from >= len(prev) || prev[from].Lower != "and" || to-from > 3 {
		return nil
	}
	for e := from + 1; e < to; e++ {
		if !prev[e].Word || !prev[e].Cap {
			return nil // "A and then B", "A and his B": only a modifier of the second name ("Cuban")
		}
	}
	return []int{a.Actor, b.Actor}
}

// frontedDayEnd: the sentence opens with "On" or "In" and a day or a time
// of day with no comma ("On Tuesday morning they ..."): the index of the
// word after it, or 0.
func frontedDayEnd(toks []text.Token) int {
	if len(toks) < 3 || toks[0].Lower != "on" && toks[0].Lower != "in" {
		return 0
	}
	e := 1
	for e < len(toks)-1 && e <= 4 && frame.IsTimeWord(toks[e]) && toks[e].Word {
		e++
	}
	if e == 1 {
		return 0
	}
	return e
}

// TheirReferents: "their" before a meeting noun in a clause that names
// one person ("X recalled their meeting in Sochi in May") stands for the
// two people of the held meeting told at most three sentences before,
// with no actor named in the sentences between ("The overview is as
// follows.", a readout's item number), when X is one of them (a
// readout's call, then the meeting the call recalled); nil otherwise.
func (d *Resolver) TheirReferents(si int, named []int, last Told) []int {
	if last.Sent >= 0 && si-last.Sent <= 3 {
		for s := last.Sent + 1; s < si; s++ {
			if slices.ContainsFunc(d.Ments[s], func(m mention.Mention) bool { return m.Actor >= 0 }) {
				return nil // a sentence between may name others "their" stands for
			}
		}
	}
	if !last.Held || last.Sent < 0 || si-last.Sent > 3 || len(last.Parts) != 2 || len(named) != 1 || !slices.Contains(last.Parts, named[0]) {
		return nil
	}
	for _, a := range last.Parts {
		if d.Cast.Actors[a].Kind != graph.Person {
			return nil
		}
	}
	return slices.Clone(last.Parts)
}

// lastMeetingOf is the people of the latest meeting told in the two
// sentences before si, when they are exactly n persons; else nil.
func (d *Resolver) lastMeetingOf(si, n int, last Told) []int {
	if last.Sent < 0 || si-last.Sent > 2 || len(last.Parts) != n {
		return nil
	}
	for _, a := range last.Parts {
		if d.Cast.Actors[a].Kind != graph.Person {
			return nil
		}
	}
	return slices.Clone(last.Parts)
}

// distinctSides: the people each stand for a side of their own, which
// the story names (an affiliation), none shared.
func (d *Resolver) distinctSides(people []int) bool {
	if len(people) < 2 {
		return false
	}
	var sides []int
	for _, p := range people {
		aff := d.Cast.Actors[p].Affiliation
		if aff < 0 || slices.Contains(sides, aff) {
			return false
		}
		sides = append(sides, aff)
	}
	return true
}

// demonymModifier is the state of a one-word demonym at k before a plural
// noun for people ("two Yemeni leaders"), -1 when there is none.
func (d *Resolver) demonymModifier(si, k, ce int) int {
	toks := d.Sents[si].Toks
	if k+1 >= ce || !personGroupNouns[toks[k+1].Lower] {
		return -1
	}
	for _, m := range d.Ments[si] {
		if m.I == k && m.J == k+1 && m.Kind == mention.Demonym && m.Actor >= 0 {
			return m.Actor
		}
	}
	return -1
}

// recentOfState are the n people of state st named last before token k of
// sentence si, within three sentences back, or nil when the story names
// another number of them there.
func (d *Resolver) recentOfState(si, k, n, st int) []int {
	var out []int
	for s := si; s >= 0 && s >= si-3; s-- {
		ms := d.Ments[s]
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := &ms[mi]
			if s == si && m.I >= k || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			if d.ofStateNamed(s, m.Actor, st) && !slices.Contains(out, m.Actor) {
				out = append(out, m.Actor)
			}
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}

// ofStateNamed: person p is of state st — its affiliation, or, with none,
// the state named nearest before its first name in sentence s ("Yemeni
// President A and Vice President B": B too).
func (d *Resolver) ofStateNamed(s, p, st int) bool {
	if a := d.Cast.Actors[p].Affiliation; a >= 0 && d.Cast.Actors[a].Kind == graph.State {
		return a == st
	}
	// A movement or body the person belongs to ("X, a leader of the Y
	// movement") says nothing of the person's state: the state named
	// before the name does, so "the two <demonym> leaders" reads the
	// movement's leader beside the president (the
	// four-hundred-and-seventy-seventh round, p2205).
	near := -1
	for _, m := range d.Ments[s] {
		if m.Actor == p && !m.Desc {
			return near == st
		}
		if m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.State {
			near = m.Actor
		}
	}
	return false
}

// ArgumentPlural reads a plural definite description among a predicate's
// arguments that also names other people ("the two leaders met with X",
// "signed by A and B in the presence of all three leaders"): "the", "all"
// or "both", a count, at most one modifier ("national"), a noun for
// people. It stands for the people of the meeting the story just told
// (within three sentences) when that meeting had exactly that many; the
// people named next to it in the same clause are not its antecedent.
// titledPlural: the capitalized word at k is a title modifier before a
// plural of people, as papers capitalize a post ("the two Prime
// Ministers", "both Foreign Ministers"): the description is the people's
// as "the two prime ministers" is.
func titledPlural(toks []text.Token, k int) bool {
	return k+1 < len(toks) && titleMods[toks[k].Lower] && personGroupNouns[toks[k+1].Lower]
}

func (d *Resolver) ArgumentPlural(si, cs, ce int, last Told) []int {
	toks := d.Sents[si].Toks
	if cs+1 < ce && toks[cs].Lower == "the" && toks[cs+1].Lower == "leaders" && (cs+2 >= len(toks) || toks[cs+2].Lower != "of") && !d.namedAfter(si, cs+1) {
		// "The leaders later had dinner with A and B": the lead's
		// principals beside those the clause names (bareLeaders).
		if h := d.bareLeaders(si, cs); h != nil {
			return h
		}
	}
	for e := cs; e+1 < ce; e++ {
		n, ok := mention.CountWords[toks[e].Lower]
		if !ok || e == 0 && toks[e].Lower != "both" {
			continue
		}
		if toks[e].Lower != "both" && (e == 0 || !pluralDets[toks[e-1].Lower]) {
			continue
		}
		noun := e + 1
		if st := d.demonymModifier(si, noun, ce); st >= 0 && e > 0 && toks[e-1].Lower == "the" && !d.namedAfter(si, noun+1) {
			// "the two Indonesian ministers met their Japanese
			// counterparts, A and B": the people of that state named
			// last, just that many, as PluralReferents reads it with no
			// one named beside it, when none of them is among the
			// clause's own (the four-hundred-and-seventy-seventh round,
			// p2896).
			refs := d.recentOfState(si, e, n, st)
			own := d.personsIn(si, e, ce)
			if refs != nil && !slices.ContainsFunc(refs, func(a int) bool { return slices.Contains(own, a) }) {
				return refs
			}
			continue
		}
		if noun+1 < ce && !personGroupNouns[toks[noun].Lower] && toks[noun].Word && (!toks[noun].Cap || titledPlural(toks, noun)) {
			noun++ // "all three national leaders", "the two Prime Ministers"
		}
		if !personGroupNouns[toks[noun].Lower] {
			continue
		}
		if d.namedAfter(si, noun) {
			// "the two prime ministers, A and B, met": the description
			// names its people in apposition; they are the clause's own
			// arguments, not the people told before (p31, p111, p234,
			// p235); a description further on may still stand for
			// them ("in the presence of the three presidents", p31).
			continue
		}
		if e >= 3 && toks[e-2].Lower == "and" && toks[e-3].Text == "," && len(d.personsIn(si, cs, e-3)) == n {
			// "A was welcomed by B on Wednesday, and the two ministers
			// spent the afternoon ...": a conjunct of its own whose
			// description takes up the people the sentence just named,
			// that many (p256; p63's, p111's and p113's ", and the two
			// ministers/leaders agreed"), not the meeting told before.
			return nil
		}
		if last.Sent < 0 || si-last.Sent > 3 {
			return d.subjectPlural(si, cs, ce, e, n)
		}
		if len(last.Parts) != n || !last.Held {
			return nil
		}
		for _, a := range last.Parts {
			if d.Cast.Actors[a].Kind != graph.Person {
				return nil
			}
		}
		return slices.Clone(last.Parts)
	}
	return nil
}

// subjectPlural reads a plural description at e (count n) that opens
// the clause [cs, ce) as its subject when the story told no meeting just
// before: "A and his counterpart B agreed on Wednesday ... The two
// leaders met at the palace, joined by C and D" (p560, p305). The people
// named next to it are the clause's own; the description stands for the
// people the story named last, when just that many were named in the
// sentences before and none of them is among the clause's own.
func (d *Resolver) subjectPlural(si, cs, ce, e, n int) []int {
	if toks := d.Sents[si].Toks; e != cs+1 || toks[cs].Lower != "the" || d.personBefore(si, e) {
		return nil
	}
	refs, _ := d.recentActors(si, e, n, true)
	if refs == nil {
		return nil
	}
	own := d.personsIn(si, e, ce)
	for _, a := range refs {
		if slices.Contains(own, a) {
			return nil
		}
	}
	return refs
}

// personsIn are the people named in tokens [i, j) of sentence si, each
// once.
func (d *Resolver) personsIn(si, i, j int) []int {
	var out []int
	for _, m := range d.Ments[si] {
		if m.I >= i && m.J <= j && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !slices.Contains(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	return out
}

// pluralDets open a plural definite description: "the two", "all three".
var pluralDets = map[string]bool{"the": true, "all": true}

// bareCount: the word after "the two" shows the number stands alone as a
// subject: an auxiliary or adverb ("have", "last", "also"), an -ly adverb,
// or the predicate itself ("the two met").
func bareCount(t text.Token) bool {
	return t.Word && !t.Cap && (countFollowers[t.Lower] || frame.Triggers[t.Lower] == frame.Meet ||
		len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ly"))
}

// countFollowers after "the two" make it the subject by itself.
var countFollowers = lex("countFollowers")

// statePlurals name the states of a story in a plural description: "the
// two countries' foreign ministers", "the leaders of both nations".
var statePlurals = lex("statePlurals")

// TitlePlural reads a plural description of people by their post and
// their states in tokens [cs, ce) — "the two countries' foreign
// ministers", "the foreign ministers of both nations" — and returns the
// people the story named before with that post, when there are exactly as
// many (not counting those in skip, named beside it as others).
func (d *Resolver) TitlePlural(si, cs, ce int, skip []int) []int {
	toks := d.Sents[si].Toks
	var n, from, to int // the count and the post's words [from, to)
	for e := cs; e+2 < ce && n == 0; e++ {
		c, ok := mention.CountWords[toks[e].Lower]
		if !ok || toks[e].Lower != "both" && (e == 0 || toks[e-1].Lower != "the") {
			continue
		}
		switch {
		case strings.HasSuffix(toks[e+1].Lower, "'") && statePlurals[strings.TrimSuffix(toks[e+1].Lower, "'")] ||
			e+2 < ce && statePlurals[toks[e+1].Lower] && (toks[e+2].Text == "'" || toks[e+2].Text == "'s"):
			// "the two countries' foreign ministers"
			p := e + 2
			if toks[p].Text == "'" || toks[p].Text == "'s" {
				p++
			}
			q := p
			for q < ce && q < p+3 && toks[q].Word && !toks[q].Cap && !functionWords[toks[q].Lower] {
				q++
			}
			n, from, to = c, p, q
		case statePlurals[toks[e+1].Lower] && e >= 3 && (toks[e-1].Lower == "of" || toks[e-2].Lower == "of" && toks[e-1].Lower == "the"):
			// "the foreign ministers of the two countries"
			of := e - 1
			if toks[of].Lower != "of" {
				of--
			}
			p := of
			for p > cs && p > of-3 && toks[p-1].Word && toks[p-1].Lower != "the" && !functionWords[toks[p-1].Lower] {
				p--
			}
			if p > 0 && toks[p-1].Lower == "the" {
				n, from, to = c, p, of
			}
		}
	}
	if n == 0 || to <= from || !strings.HasSuffix(toks[to-1].Lower, "s") {
		return nil
	}
	post := map[string]bool{}
	for e := from; e < to; e++ {
		post[strings.TrimSuffix(toks[e].Lower, "s")] = true
	}
	if !titleHeads[strings.TrimSuffix(toks[to-1].Lower, "s")] {
		return nil
	}
	var out []int
	for s := si; s >= 0 && s >= si-10; s-- {
		for _, m := range d.Ments[s] {
			if m.Actor < 0 || s == si && m.I >= from || slices.Contains(skip, m.Actor) || slices.Contains(out, m.Actor) {
				continue
			}
			a := d.Cast.Actors[m.Actor]
			if a.Kind != graph.Person {
				continue
			}
			for _, p := range a.Positions {
				words := map[string]bool{}
				for _, w := range strings.Fields(strings.ToLower(p.Title)) {
					words[w] = true
				}
				all := true
				for w := range post {
					all = all && words[w]
				}
				if all {
					out = append(out, m.Actor)
					break
				}
			}
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}

// wordBefore: the word w (lower case) occurs before token j.
func wordBefore(toks []text.Token, w string, j int) bool {
	for e := 0; e < j && e < len(toks); e++ {
		if toks[e].Lower == w {
			return true
		}
	}
	return false
}

// subjectPronouns stand for a person named before.
var subjectPronouns = lex("personPronouns")

// DelegationHeads are the people named as leading a delegation in the
// sentences before si, read back (up to five) until n are found, or else
// in all of si and the two after it, when exactly n distinct people are (nil
// otherwise): "a delegation led by X", "the A delegation was led (headed)
// by [title,] X", "X, who led the A delegation", "X headed the delegation
// of A".
func (d *Resolver) DelegationHeads(si, n int) []int {
	collect := func(from, to, step int) []int {
		var out []int
		for s := from; s != to+step && s >= 0 && s < len(d.Sents) && (step > 0 || len(out) < n); s += step {
			for _, a := range d.delegationLeaders(s) {
				if !slices.Contains(out, a) {
					out = append(out, a)
				}
			}
		}
		return out
	}
	back := collect(si-1, si-5, -1)
	if len(back) == n {
		return back
	}
	if len(back) > n {
		return nil
	}
	if fwd := collect(si, si+2, 1); len(fwd) == n {
		return fwd
	}
	return nil
}

// delegationLeaders are the people sentence si names as leading a
// delegation.
func (d *Resolver) delegationLeaders(si int) []int {
	toks := d.Sents[si].Toks
	var out []int
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		// "X, who led the A delegation", "X headed the delegation of A"
		e := m.J
		if e+1 < len(toks) && toks[e].Text == "," && toks[e+1].Lower == "who" {
			e += 2
		}
		if e < len(toks) && ledVerbs[toks[e].Lower] && delegationWithin(toks, e+1, 4) {
			out = append(out, m.Actor)
			continue
		}
		// "a delegation led by [the Minister for A,] X", "the A team was
		// headed by its spokesman, X": "by" a few words before the
		// name, a led verb before it and a delegation noun before that.
		for b := m.I - 1; b >= 1 && b >= m.I-8; b-- {
			if toks[b].Lower != "by" {
				continue
			}
			if ledVerbs[toks[b-1].Lower] && delegationBefore(toks, b-1, 4) {
				out = append(out, m.Actor)
			}
			break
		}
	}
	return out
}

// delegationWithin: a delegation noun in the n tokens from k, before a
// comma.
func delegationWithin(toks []text.Token, k, n int) bool {
	for e := k; e < len(toks) && e < k+n && toks[e].Text != ","; e++ {
		if delegationNouns[toks[e].Lower] {
			return true
		}
	}
	return false
}

// delegationBefore: a delegation noun in the n tokens before k, the verb
// (or its auxiliary) between.
func delegationBefore(toks []text.Token, k, n int) bool {
	for e := k - 1; e >= 0 && e >= k-n && toks[e].Text != ","; e-- {
		if delegationNouns[toks[e].Lower] {
			return true
		}
	}
	return false
}

// recentHolders is recentActors for people, keeping only those who hold
// the post the words spell ("leaders", "foreign ministers"): the first
// sentence back that brings their count to n gives them; nil unless just
// n do.
func (d *Resolver) recentHolders(si, k, n int, words []text.Token) (out []int, ante int) {
	var post []string
	for _, w := range words {
		post = append(post, strings.TrimSuffix(w.Lower, "s"))
	}
	ante = -1
	for s := si; s >= 0 && s >= si-3 && len(out) < n; s-- {
		ante = s
		for _, m := range d.Ments[s] {
			if s == si && m.I >= k || m.Actor < 0 || !d.arg.Eligible(s, &m) || slices.Contains(out, m.Actor) ||
				d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			for _, p := range d.Cast.Actors[m.Actor].Positions {
				if holdsPost(strings.Fields(strings.ToLower(p.Title)), post) {
					out = append(out, m.Actor)
					break
				}
			}
		}
	}
	if len(out) != n {
		return nil, ante
	}
	return out, ante
}

// headsOfGovernment reads "the n heads of government" at token e of
// sentence si when the people named last are more than n: the n of them
// named last who lead (recentHolders); nil when the people named last
// are just n, or none, or the leaders among them are not n.
func (d *Resolver) headsOfGovernment(si, e, n int) []int {
	if refs, ante := d.recentActors(si, e, n, true); refs != nil || ante < 0 || !d.namesMore(ante, si, e, n) {
		return nil
	}
	refs, _ := d.recentHolders(si, e, n, []text.Token{{Lower: "leaders"}})
	return refs
}

// namesMore: sentences from..si (up to token e of si) name more than n
// people.
func (d *Resolver) namesMore(from, si, e, n int) bool {
	var seen []int
	for s := from; s <= si; s++ {
		for _, m := range d.Ments[s] {
			if s == si && m.I >= e || m.Actor < 0 || !d.arg.Eligible(s, &m) || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(seen, m.Actor) {
				continue
			}
			seen = append(seen, m.Actor)
		}
	}
	return len(seen) > n
}

// headsOfGovernmentAt: "heads" at token ni is followed by "of government"
// or "of state" (either plural), the heads a state's leaders are, and a
// verb of meeting ("met", "conferred").
func headsOfGovernmentAt(toks []text.Token, ni int) bool {
	if ni+2 >= len(toks) || toks[ni+1].Lower != "of" {
		return false
	}
	switch toks[ni+2].Lower {
	case "government", "governments", "state", "states":
		return ni+3 < len(toks) && headsMeetVerbs[toks[ni+3].Lower]
	}
	return false
}

// headsMeetVerbs tell the heads' own encounter right after "the two heads
// of government": what they affirmed or agreed may be told of a summit
// of others.
var headsMeetVerbs = lex("headsMeetVerbs")

// retinueNouns name the unnamed people travelling with one named person
// (lexicon, the three-hundred-and-second round).
var retinueNouns = lex("retinueNouns")

// WithRetinue: the person mention ending at j is joined by "and" to the
// unnamed retinue that travels with that person — "X and his party", "X
// and her delegation", "X and the delegation headed by him" — so that a
// "they" after it stands for X (and people the text does not name), not
// for some pair of names (p1845, p1658).
func WithRetinue(toks []text.Token, j int) bool {
	if j+2 >= len(toks) || toks[j].Lower != "and" {
		return false
	}
	e := j + 1
	if l := toks[e].Lower; l == "his" || l == "her" || l == "the" {
		e++
	}
	return e < len(toks) && retinueNouns[toks[e].Lower]
}

// SequenceDescribed: the main clause after a fronted adjunct of sequence
// opens at cs with a description by post and no name ("After calling on
// X, the White House aide went on to lunch with Y", "Having met X, the
// secretary-general was driven to ..."): "the", up to five words ending
// in a title head, then a lower-case verb. In a story of one traveller's
// round of calls it stands for the story's person, the first person the
// story names (the three-hundred-and-sixty-eighth round, p2240-p2245).
// -1 when cs holds no such description or a name lies in it.
func (d *Resolver) SequenceDescribed(si, cs int) int {
	toks := d.Sents[si].Toks
	if cs+2 >= len(toks) || toks[cs].Lower != "the" || d.Sents[si].Quoted[cs] {
		return -1
	}
	head := -1
	for j := cs + 1; j < len(toks) && j <= cs+5 && (toks[j].Word || toks[j].Text == "-"); j++ {
		if titleHeads[toks[j].Lower] || toks[j].Lower == "general" && toks[j-1].Text == "-" {
			head = j
		}
	}
	if head < 0 || head+1 >= len(toks) || !toks[head+1].Word || toks[head+1].Cap || toks[head+1].Lower == "of" {
		return -1
	}
	for _, m := range d.Ments[si] {
		if m.I <= head && m.J > cs && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return -1 // "the Foreign Minister, X," names the person
		}
	}
	for s := 0; s < si; s++ {
		for _, m := range d.Ments[s] {
			if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return m.Actor
			}
		}
	}
	return -1
}
