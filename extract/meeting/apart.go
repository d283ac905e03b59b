package meeting

// People and days told apart from a meeting's predicate: a gerund's subject
// ("arrived after meeting X"), a colon list of the people a plural
// description stands for, the place of a meeting others were joined at,
// the day of talks a lead closed on.

import (
	"slices"
	"strings"
	"time"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// gerundPreps govern a meeting gerund told as an earlier or later act of
// the main clause's subject: "arrived on Sunday after meeting X".
var gerundPreps = lex("gerundPreps")

// hostGerunds: the gerunds of "host" and "receive", a meeting only right
// after a gerundPreps word ("after hosting A and B").
var hostGerunds = lex("hostGerunds")

// hostNounDeterminers: before "host" or "hosts", the noun ("with the host,
// X"), no reception.
var hostNounDeterminers = lex("hostNounDeterminers")

// dayUnits and dayCounts: "a day", "two days" before "after his talks".
var dayUnits = lex("dayUnits")

var dayCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3}

// subjectJoiners may stand between two people of one coordinated subject
// besides capitalized words: "A and his Thai counterpart B".
var subjectJoiners = lex("subjectJoiners")

// gerundSubjects: a meeting verb in the gerund right after a preposition
// of time — "X arrived in Oslo on Sunday after meeting Y in Bergen", "A
// and his counterpart B agreed ... after meeting for an hour" — opens a
// clause that names no subject of its own: its subject is the person (or
// the coordinated people) the sentence opens with, or the one an opening
// "he" or "she" stands for. The gerund takes a person for object, or none
// with two people in that subject; "after meeting the deadline set by Y"
// names no one who met. nil otherwise.
func (d *Reader) gerundSubjects(si, cs, k int) []int {
	s := &d.Sents[si]
	toks := s.Toks
	if p := heldTalksGerund(toks, k); p > 0 && cs <= p+1 && !(p >= 1 && dayUnits[toks[p-1].Lower]) {
		// "X left P on Tuesday after holding talks with Y", "arrived in
		// P after holding summit talks with Y in Q": the talks the
		// gerund holds are an act of the subject's, as "after meeting
		// Y" is (issue 14's four-hundred-and-ninetieth round, p2973,
		// p1191). "a day after holding talks" is trailingTalks'.
		if out := d.leadSubjects(si, p); len(out) > 0 && d.arg.PersonObjectAfter(si, k) {
			return out
		}
		return nil
	}
	if k < 2 || cs < k-1 || !gerundPreps[toks[k-1].Lower] || !strings.HasSuffix(toks[k].Lower, "ing") || frame.Triggers[toks[k].Lower] != frame.Meet {
		return nil
	}
	out := d.leadSubjects(si, k-1)
	if len(out) == 0 {
		out = d.trailingSpeaker(si, k-1)
	}
	if len(out) == 0 {
		return nil
	}
	if d.arg.PersonObjectAfter(si, k) || d.arg.DescribedObject(si, k) {
		return out
	}
	if len(out) >= 2 && k+1 < len(toks) && (toks[k+1].Text == "," || frame.NounPreps[toks[k+1].Lower]) {
		return out // "A and B ... after meeting for an hour"
	}
	return nil
}

// talksGerunds hold talks after "after" (lexicon trailingTalksGerunds,
// read here too: trailingtalks.go comes later in the pipeline).
var talksGerunds = lex("trailingTalksGerunds")

// heldTalksGerund: the talks trigger at k follows a gerund that holds
// them right after a preposition of time, a modifier perhaps between —
// "after holding talks with", "after holding summit talks with" — and
// "with" follows the trigger: the preposition's index, else -1.
func heldTalksGerund(toks []text.Token, k int) int {
	if frame.Triggers[toks[k].Lower] != frame.Talks || k+1 >= len(toks) || toks[k+1].Lower != "with" {
		return -1
	}
	g := k - 1
	if g >= 1 && !talksGerunds[toks[g].Lower] && toks[g].Word && !toks[g].Cap {
		g-- // "holding summit talks"
	}
	if g < 1 || !talksGerunds[toks[g].Lower] || !gerundPreps[toks[g-1].Lower] {
		return -1
	}
	return g - 1
}

// trailingSpeaker: the person named, after a title perhaps, right after
// the last comma before e and right before a speech verb — "<claim>,
// Foreign Minister X announced in P yesterday after meeting Y", "..., X
// said on Monday after meeting Y" (the two-hundred-and-thirty-second
// round, p1428) — is the speaker whose act the gerund at e follows, as a
// subject opening the sentence would be. A name after the comma that no
// speech verb follows ("..., X and Y, after meeting Z") is not this shape;
// nil then.
func (d *Reader) trailingSpeaker(si, e int) []int {
	toks := d.Sents[si].Toks
	c := e - 1
	for c > 0 && toks[c].Text != "," {
		if toks[c].Text == ";" || toks[c].Text == ":" || d.Sents[si].Quoted[c] {
			return nil
		}
		c--
	}
	if c <= 0 {
		return nil
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I <= c {
			continue
		}
		if m.J >= e || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || !speakerTitle(toks, c+1, m.I) || !speechVerbs[toks[m.J].Lower] {
			return nil
		}
		return []int{m.Actor}
	}
	return nil
}

// speechBeforeGerund: the meeting gerund at k follows a preposition of
// time that a speech verb governs, with only a place and a day between —
// "X announced in P yesterday after meeting Y", "X told reporters on
// Monday after meeting Y" — the index of that verb, else -1. A speaker
// who speaks after a meeting speaks where and when it was held, unlike
// one who "arrived in P after meeting Y" elsewhere (the
// two-hundred-and-thirty-second round, p1428).
func speechBeforeGerund(toks []text.Token, k int) int {
	if k < 3 || !gerundPreps[toks[k-1].Lower] {
		return -1
	}
	for v := k - 2; v >= 0 && v >= k-8; v-- {
		if speechVerbs[toks[v].Lower] {
			return v
		}
		if !toks[v].Word {
			return -1
		}
	}
	return -1
}

// speakerTitle: the tokens [i, j) before a speaker's name are a title, or
// none: capitalized words, "of" and "the" inside it ("Secretary of
// State"), an honorific's period ("Mr.").
func speakerTitle(toks []text.Token, i, j int) bool {
	for e := i; e < j; e++ {
		switch {
		case toks[e].Cap && toks[e].Word:
		case e > i && (toks[e].Lower == "of" || toks[e].Lower == "the"):
		case toks[e].Text == "." && e > i && honorifics[toks[e-1].Lower]:
		default:
			return false
		}
	}
	return true
}

// leadSubjects: the person (or the coordinated people) the sentence opens
// with, past a fronted adjunct and read before token e, or the one an
// opening "he" or "she" stands for: the subject of an act the sentence
// tells apart from its main predicate, as a gerund's or a possessive's.
func (d *Reader) leadSubjects(si, e int) []int {
	toks := d.Sents[si].Toks
	start := frame.AfterFrontedAdjunct(toks)
	var out []int
	end := start // where the subject read so far ends
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if len(out) == 0 && m.I == end && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind != graph.Person && m.J < e && toks[m.J].Text == "'s" {
			// "Portugal's Prime Minister X left ...": the state owns the
			// post of the subject named after it (issue 14's
			// four-hundred-and-ninetieth round, p2973).
			end = m.J + 1
			continue
		}
		if m.I < start || m.Actor < 0 || m.Desc || len(out) > 0 && d.possessorBeforePost(si, mi) {
			continue
		}
		described := -1 // where a described second person's name starts
		if len(out) > 0 {
			described = describedSecond(toks, end, e)
		}
		if described >= 0 && m.I < described {
			continue // "the leader of the Y-led opposition": the description's own names
		}
		if m.I >= e || m.I != described && !subjectGap(toks, end, m.I, len(out) == 0) && (len(out) > 0 || !titleAppositive(toks, end, m.I)) {
			break
		}
		if d.Cast.Actors[m.Actor].Kind != graph.Person || !d.arg.Eligible(si, m) {
			break
		}
		out = append(out, m.Actor)
		end = m.J
	}
	if len(out) == 0 {
		if a := d.ref.PronounAntecedent(si, start); a >= 0 {
			out = []int{a}
		}
	}
	return out
}

// describedSecond: the tokens from i, right after the first person of a
// subject, are "and the" and a post ("leader", "head", "chief of staff"),
// "of" and at most six words of what the post is of, then a comma and
// the second person's name — "A and the leader of the Islamic-led
// opposition, B, agreed ..." (the two-hundred-and-fifty-fifth round,
// p1565). The name's start, or -1: a verb, a quotation or a second
// comma in the description ("A and the leader of Y, who ...") leaves it
// unread.
func describedSecond(toks []text.Token, i, e int) int {
	if i+4 >= e || toks[i].Lower != "and" || toks[i+1].Lower != "the" {
		return -1
	}
	t := i + 2
	for t < i+4 && toks[t].Word && !toks[t].Cap && mention.IsTitleWord(toks[t].Lower) && !functionWords[toks[t].Lower] {
		t++
	}
	if t == i+2 || toks[t].Lower != "of" {
		return -1
	}
	for c := t + 1; c < e && c <= t+7; c++ {
		switch {
		case toks[c].Text == ",":
			if c == t+1 || c+1 >= e || !toks[c+1].Cap {
				return -1
			}
			return c + 1
		case toks[c].Text == "\"" || frame.LooksVerb(toks, c) && toks[c-1].Text != "-":
			return -1 // a verb of its own; "Y-led", "Y-backed" only describe
		}
	}
	return -1
}

// possessedTalks: a talks noun at k after a past preposition and a
// possessive pronoun — "said on Sunday ..., a day after his talks with X's
// envoy Y", "after their talks with Z" — tells talks held by the person
// the pronoun stands for, the sentence's subject (leadSubjects). nil
// otherwise.
func (d *Reader) possessedTalks(si, k int) []int {
	toks := d.Sents[si].Toks
	if k < 2 || frame.Triggers[toks[k].Lower] != frame.Talks || !talksPossessives[toks[k-1].Lower] || !pastPreps[toks[k-2].Lower] {
		return nil
	}
	return d.leadSubjects(si, k-2)
}

// jointAfter: a meeting noun at k after a past preposition, with no
// side of its own ("with", "between") in its clause, after the act of a
// subject of two people or more — "A and B agreed to reopen the border,
// after a meeting in X on Monday", "A and his counterpart B signed the
// accord after talks lasting five hours" — is their encounter: the pair
// told acting together met before (leadSubjects, two at least; the
// hundred-and-eighth round, p685). One person's subject ("A signed
// after a meeting in X") leaves the meeting anyone's; a future act ("will
// sign after talks") none.
// brokerNouns after "with the" name a third party's part in a meeting,
// not its other side: "with the mediation of X".
var brokerNouns = lex("mediationNouns")

func (d *Reader) jointAfter(si, k, ce int) []int {
	toks := d.Sents[si].Toks
	if frame.Triggers[toks[k].Lower] < frame.Talks || !frame.MeetingNouns[toks[k].Lower] {
		return nil
	}
	p := k - 1 // the past preposition: "after talks", "after a meeting", "after their five-hour meeting"
	for p > 0 && p >= k-4 && !pastPreps[toks[p].Lower] && (toks[p].Word && !toks[p].Cap && !frame.LooksVerb(toks, p) || toks[p].Text == "-") {
		p--
	}
	if p < 1 || !pastPreps[toks[p].Lower] {
		return nil
	}
	if futureBefore(toks, p) {
		return nil
	}
	for e := k + 1; e < ce; e++ {
		if toks[e].Lower == "with" && e+2 < len(toks) && toks[e+1].Lower == "the" && brokerNouns[toks[e+2].Lower] {
			continue // "with the mediation of X": a broker, not the other side
		}
		if toks[e].Lower == "with" || toks[e].Lower == "between" || toks[e].Lower == "among" {
			return nil // the meeting names its sides itself (meetingWithAfter)
		}
	}
	if out := d.leadSubjects(si, p); len(out) >= 2 {
		return out
	}
	return nil
}

// closingPrep: the talks noun at k closes a phrase "at the close (end,
// conclusion) of" with at most three lower-case words or numbers of
// measure between ("at the close of three weeks of talks", "at the end of
// the talks"): talks that took place, as "after talks" are (p1924,
// p1987). The index of "at", or -1.
func closingPrep(toks []text.Token, k int) int {
	for e := k - 1; e >= 3 && e >= k-5; e-- {
		if toks[e].Lower == "of" && closingNouns[toks[e-1].Lower] && toks[e-2].Lower == "the" && toks[e-3].Lower == "at" {
			return e - 3
		}
		if toks[e].Cap || !toks[e].Word && !isNumber(toks[e].Text) {
			return -1
		}
	}
	return -1
}

// closingNouns: "at the close of", "at the end of", "at the conclusion of".
var closingNouns = map[string]bool{"close": true, "end": true, "conclusion": true}

func isNumber(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// jointSidesAfter: jointAfter's encounter told of a subject of states or
// groups (leadSides) — "A and B yesterday agreed on the withdrawal of
// troops after a day of talks in X" — the sides that acted together
// after talks met in them. Their people are told in the sentences after
// ("The A delegation was led by Y, and the B side by Z"), so the meeting
// is the sides' only as ModifiedSides is: it stands when the rosters put
// a person in each side's place (extract.dropUnfilledSides), and a story
// whose sides' people are not told keeps no meeting of states alone (the
// three-hundred-and-forty-first round, p2078). A person named between
// the subject and the preposition ("A and B agreed ..., X said after
// talks in Y") owns the talks, and an act that is an encounter itself
// ("A and B signed an accord ..., following talks") is read as one; a
// "meeting" or "visit" may be anyone's, so only talks nouns ("talks",
// "negotiations") count.
func (d *Reader) jointSidesAfter(si, k, ce int) []int {
	toks := d.Sents[si].Toks
	if frame.Triggers[toks[k].Lower] != frame.Talks || !frame.MeetingNouns[toks[k].Lower] {
		return nil
	}
	p := k - 1
	for p > 0 && p >= k-4 && !pastPreps[toks[p].Lower] && (toks[p].Word && !toks[p].Cap && !frame.LooksVerb(toks, p) || toks[p].Text == "-") {
		p--
	}
	if p < 1 || !pastPreps[toks[p].Lower] {
		p = closingPrep(toks, k)
	}
	if p < 1 || futureBefore(toks, p) {
		return nil
	}
	for e := k + 1; e < ce; e++ {
		if toks[e].Lower == "with" || toks[e].Lower == "between" || toks[e].Lower == "among" {
			return nil
		}
	}
	sides := d.leadSides(si, p)
	if sides == nil {
		return nil
	}
	for _, m := range d.Ments[si] {
		if m.I < p && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return nil
		}
	}
	for e := frame.AfterFrontedAdjunct(toks); e < p; e++ {
		if signVerbs[toks[e].Lower] || frame.Triggers[toks[e].Lower] >= frame.Meet {
			return nil // "A and B signed an accord ..., following talks": the act tells its own encounter
		}
	}
	return sides
}

// leadSides: the sentence opens (past a fronted adjunct) with two states
// or groups or more joined by "and" or commas and no person among them,
// a lower-case word (the verb or its adverb) right after — "A and B
// yesterday agreed on the withdrawal of troops after a day of talks in
// X" — read before token e: the sides that acted together after talks
// met in them, as a pair of people does (jointAfter), and the talks'
// delegations then join the sides' meeting (the
// three-hundred-and-forty-first round, p2078). nil otherwise: "A, whose
// army ..." or a person among the subject leaves it to leadSubjects, and
// demonyms ("A-ian and B-ian negotiators") modify the people who met.
func (d *Reader) leadSides(si, e int) []int {
	toks := d.Sents[si].Toks
	next := frame.AfterFrontedAdjunct(toks)
	var out []int
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < next || m.Actor < 0 || m.Desc {
			continue
		}
		if m.I >= e || m.I > next || m.Kind == mention.Demonym || d.Cast.Actors[m.Actor].Kind == graph.Person || !d.IsCollective(m.Actor) || !d.arg.Eligible(si, m) {
			break
		}
		out = append(out, m.Actor)
		next = m.J
		if next < len(toks) && (toks[next].Lower == "and" || toks[next].Text == ",") {
			next++
			if next < len(toks) && toks[next].Lower == "and" {
				next++ // the serial comma: "A, B, and C"
			}
		}
	}
	if len(out) < 2 || next >= e || toks[next].Cap || !toks[next].Word || toks[next].Lower == "and" {
		return nil
	}
	return out
}

// meetingWithAfter: a meeting noun at k told with an article after a past
// preposition, whose other side follows "with" in its clause — "signed the
// treaty on Thursday, after a meeting in X with host President Y", "told
// reporters after a meeting with Y" — is an encounter the sentence's
// subject (leadSubjects) held before the act the clause tells. nil
// otherwise: "after a meeting between A and B" names both sides itself,
// and a meeting told without "with" may be anyone's.
func (d *Reader) meetingWithAfter(si, k, ce int) []int {
	toks := d.Sents[si].Toks
	p := withAfterPrep(toks, k)
	if p < 0 {
		return nil
	}
	if futureBefore(toks, p) {
		return nil // "will sign the accord after a meeting with Y": to come
	}
	for e := k + 1; e < ce && e < k+8 && toks[e].Text != ","; e++ {
		if toks[e].Lower == "with" {
			if out := d.leadSubjects(si, p); len(out) > 0 {
				return out
			}
			return d.subordinateSubjects(si, p)
		}
	}
	return nil
}

// futureBefore: a futureCues word ("will", "expected") stands before the
// past preposition at p in the act that preposition's phrase belongs to,
// so the talks it governs are still to come. A trailing speech clause
// told by a plural description or "they" — "A and B agreed that the
// union will end next year, the two leaders told journalists today after
// talks in X" — is an act of its own, done after the talks: a "will" in
// the claim it reports tells what was agreed, not when the talks are, so
// only the words from that clause's comma on count (the
// two-hundred-and-sixty-second round, p1607).
func futureBefore(toks []text.Token, p int) bool {
	for e := trailingPluralSpeech(toks, p); e < p; e++ {
		if futureCues[toks[e].Lower] {
			return true
		}
	}
	return false
}

// trailingPluralSpeech: the index of the last comma before p when the
// words after it open with a plural subject — "they", or "the" or "both"
// and up to three lower-case words ("the two leaders", "both ministers")
// — right before a speech verb; 0 otherwise.
func trailingPluralSpeech(toks []text.Token, p int) int {
	c := p - 1
	for c > 0 && toks[c].Text != "," {
		if !toks[c].Word && toks[c].Text != "-" {
			return 0
		}
		c--
	}
	if c <= 0 || c+2 >= p {
		return 0
	}
	first := toks[c+1].Lower
	if first == "they" {
		if speechVerbs[toks[c+2].Lower] {
			return c
		}
		return 0
	}
	if first != "the" && first != "both" {
		return 0
	}
	for v := c + 2; v < p && v <= c+5; v++ {
		if !toks[v].Word || toks[v].Cap {
			return 0
		}
		if speechVerbs[toks[v].Lower] {
			if v == c+2 {
				return 0 // "the said": no subject noun
			}
			return c
		}
	}
	return 0
}

// subordinateSubjects: the people who open a temporal clause before the
// past preposition at p, when the sentence's own subject is no person —
// "The breakthrough came three days after X flew to P following talks
// with Y": X held the talks (the two-hundred-and-fifth round, p1262).
// The clause opens with a temporalSubordinators word and a person's
// phrase (with its title, demonym or possessive state: "after Arland's
// King X"); nil otherwise.
func (d *Reader) subordinateSubjects(si, p int) []int {
	toks := d.Sents[si].Toks
	for c := p - 1; c >= 1 && c >= p-25; c-- {
		if toks[c].Text == ";" || toks[c].Text == "\"" {
			return nil
		}
		if !temporalSubordinators[toks[c].Lower] {
			continue
		}
		var out []int
		end := c + 1
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I <= c || m.Actor < 0 {
				continue
			}
			if m.Desc && len(out) == 0 {
				continue // the demonym or possessive state before the name
			}
			start := m.I
			if len(out) == 0 {
				start = d.describedStart(si, m.PhraseStart())
			}
			if m.I >= p || len(out) == 0 && start != end || len(out) > 0 && !subjectGap(toks, end, m.I, false) {
				break
			}
			if d.Cast.Actors[m.Actor].Kind != graph.Person || !d.arg.Eligible(si, m) {
				break
			}
			out = append(out, m.Actor)
			end = m.J
		}
		return out
	}
	return nil
}

// temporalSubordinators open a clause of time whose subject may hold the
// talks a later "following talks with Y" tells: "after", "before",
// "when".
var temporalSubordinators = lex("temporalSubordinators")

// withAfterPrep is the past preposition that governs the meeting noun at
// k for meetingWithAfter, or -1: right before an article or possessive
// ("after a meeting with Y", "after his talks with Y"), right before the
// noun ("after talks with Y"), or across what measures or describes talks
// (crossedPastPrep: "after two days of talks with Y", "after a weekend
// of talks in P with Y", "after direct talks with Y"; the
// hundred-and-sixty-fourth round, p1018).
func withAfterPrep(toks []text.Token, k int) int {
	if p := sessionAfterPrep(toks, k); p >= 0 {
		return p // "after a final session with X" (sessionWith, jointchair.go)
	}
	if k < 1 || frame.Triggers[toks[k].Lower] < frame.Talks {
		return -1
	}
	if k >= 2 && meetingArticles[toks[k-1].Lower] && pastPreps[toks[k-2].Lower] {
		return k - 2
	}
	if frame.Triggers[toks[k].Lower] != frame.Talks || !frame.MeetingNouns[toks[k].Lower] {
		return -1
	}
	if pastPreps[toks[k-1].Lower] {
		return k - 1
	}
	return crossedPastPrep(toks, k)
}

// heldSession: a session noun at k that two or more people the sentence
// opens with "held" — "Their deputies, A and B, held a separate session",
// "A and B held a working session in P" — is talks of theirs. A session
// only named ("the opening session", "spoke at the plenary session"), a
// body's ("held a session of parliament"), one person's, or one after an
// attendance in the sentence ("took part in
// the meeting and then held a separate session": the meeting told is
// theirs) is none.
func (d *Reader) heldSession(si, k int) bool {
	toks := d.Sents[si].Toks
	counted := countedSessionNouns[toks[k].Lower]
	if !heldSessionNouns[toks[k].Lower] && !counted || k < 2 {
		return false
	}
	v := k - 1
	for v > 0 && k-v <= 3 && !holdVerbs[toks[v].Lower] {
		if !toks[v].Word || toks[v].Cap {
			return false
		}
		v--
	}
	if !holdVerbs[toks[v].Lower] || !heldSessionDeterminers[toks[v+1].Lower] && !countedSessions(toks, v, counted) || k+1 < len(toks) && toks[k+1].Lower == "of" || frame.AnyWord(toks, 0, k, attendWords) {
		return false
	}
	return d.coordinatedBefore(si, v) || countedSubject(toks, v)
}

// countedSessions: the plural sittings after the hold verb v are numbered,
// "held twelve sessions", "held three long sittings" (issue 14's
// five-hundred-and-thirty-fifth round; p3246, p3123). "Both" points back at
// sittings already told.
func countedSessions(toks []text.Token, v int, counted bool) bool {
	if !counted {
		return false
	}
	_, ok := mention.CountWords[toks[v+1].Lower]
	return ok && toks[v+1].Lower != "both"
}

// countedSubject: the sentence opens at its hold verb v with a counted
// plural of people, "The six leaders held their first session", "The three
// ministers held their final session" — the people counted, read back by
// coref, held it (issue 14's five-hundred-and-twenty-fifth round, p3187;
// p2591, p1538 have the shape). "Both" counts no summit.
func countedSubject(toks []text.Token, v int) bool {
	if v < 3 || v > 4 || toks[0].Lower != "the" || toks[1].Lower == "both" || !postHolderNouns[toks[v-1].Lower] {
		return false
	}
	if _, ok := mention.CountWords[toks[1].Lower]; !ok {
		return false
	}
	return v == 3 || toks[2].Word && !toks[2].Cap // "The six foreign ministers held"
}

// coordinatedBefore: two or more people are named before token v, the
// last two joined by "and" ("Their deputies, A and B,", "A and B").
func (d *Reader) coordinatedBefore(si, v int) bool {
	toks := d.Sents[si].Toks
	var ends [][2]int
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.J > v || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		ends = append(ends, [2]int{m.I, m.J})
	}
	n := len(ends)
	if n < 2 {
		return false
	}
	a, b := ends[n-2][1], honorificStart(toks, ends[n-1][0])
	return b-a == 1 && toks[a].Lower == "and" || setOffNameAnd(toks, ends[n-2][0], a, b) || titledAnd(toks, a, b) || setOffThenAnd(toks, a, b) || counterpartAnd(toks, a, b) || appositionThenAnd(toks, a, b)
}

// setOffNameAnd: the first person's name, from i to a, is itself set off
// by commas after his post, and "and" follows its closing comma: "the
// commander of the army, General A, and Mr. B" (the
// two-hundred-and-sixty-fourth round, p1618). The name's titles stand
// inside the commas.
func setOffNameAnd(toks []text.Token, i, a, b int) bool {
	if b-a != 2 || toks[a].Text != "," || toks[a+1].Lower != "and" {
		return false
	}
	i = honorificStart(toks, i)
	for i > 0 && toks[i-1].Word && toks[i-1].Cap && mention.IsTitleWord(toks[i-1].Lower) {
		i--
	}
	return i > 0 && toks[i-1].Text == ","
}

// appositionThenAnd: between the first person's end a and the second's
// start b stand the first person's post, set off by commas, and then
// "and": "A, chairman of X, and B", "A, leader of the Y Front (YF), and
// B" (the two-hundred-and-sixty-fourth round, p1618, p1619), as papers
// name each side's leader with his post.
func appositionThenAnd(toks []text.Token, a, b int) bool {
	if b-a < 4 || toks[b-1].Lower != "and" || toks[b-2].Text != "," {
		return false
	}
	return appositionEnd(toks, a) == b-2
}

// appositionEnd: the closing comma of a post set off after a name, the
// comma at a opening it, or -1. The post opens with a title word in lower
// case within its first three words ("chairman of X", "the Foreign
// Minister" is a name's title, not this; "the pro-independence leader")
// and holds no other comma or semicolon within twenty tokens (a party's
// full name and its initials); a
// relative clause ("who ...") is setOffThenAnd's.
func appositionEnd(toks []text.Token, a int) int {
	if a+2 >= len(toks) || toks[a].Text != "," || !toks[a+1].Word || toks[a+1].Cap || frame.RelativeWords[toks[a+1].Lower] {
		return -1
	}
	titled := false
	for e := a + 1; e < len(toks) && e <= a+20; e++ {
		switch toks[e].Text {
		case ",":
			if !titled || e == a+1 {
				return -1
			}
			return e
		case ";", ".", ":":
			return -1
		}
		if e <= a+3 && toks[e].Word && !toks[e].Cap && mention.IsTitleWord(toks[e].Lower) {
			titled = true
		}
	}
	return -1
}

// titledAnd: between the first person's end a and the second's start b
// stand "and" and the second's title, "A and President B", "A and Vice
// President B" (the two-hundred-and-thirty-second round, p1424): the
// title is the second person's, as an honorific is. Only capitalized
// title words count; "A and his deputy B" or "A and other ministers"
// are not this shape. A post with "of" inside it and a state's name or
// adjective before it are the title too: "A and U.S. Secretary of State
// B" (the four-hundred-and-seventy-sixth round, p2891).
func titledAnd(toks []text.Token, a, b int) bool {
	if b-a < 2 || b-a > 6 || toks[a].Lower != "and" {
		return false
	}
	titles, ofs := 0, 0
	for e := a + 1; e < b; e++ {
		switch {
		case toks[e].Cap && toks[e].Word && mention.IsTitleWord(toks[e].Lower):
			titles++
		case toks[e].Lower == "of" && e > a+1 && e+1 < b && titles > 0:
			ofs++ // "Secretary of State": a title on both sides
		case e == a+1 && toks[e].Cap && b-a > 2:
			// "U.S.", "Thai": the state before the post
		default:
			return false
		}
	}
	return titles > 0 && ofs <= 1 && (ofs == 0 || mention.IsTitleWord(toks[b-1].Lower))
}

// honorificStart: the start of the honorific before a name starting at
// b ("and Mr. B"), or b.
func honorificStart(toks []text.Token, b int) int {
	if b >= 2 && toks[b-1].Text == "." && honorifics[toks[b-2].Lower] {
		return b - 2
	}
	if b >= 1 && honorifics[toks[b-1].Lower] && toks[b-1].Cap {
		return b - 1
	}
	return b
}

// setOffThenAnd: between the first person's end a and the second's start
// b stands a relative clause set off by commas and then "and": "A, who
// flew in on Saturday, and B held their last sitting" (the
// two-hundred-and-twenty-first round). The clause holds no other comma.
func setOffThenAnd(toks []text.Token, a, b int) bool {
	if b-a < 5 || toks[a].Text != "," || !frame.RelativeWords[toks[a+1].Lower] || toks[b-1].Lower != "and" || toks[b-2].Text != "," {
		return false
	}
	for e := a + 2; e < b-2; e++ {
		if toks[e].Text == "," || toks[e].Text == ";" {
			return false
		}
	}
	return true
}

// possessedTalksAfter: the preposition of time before possessed talks
// ("a day after his talks with Z", possessedTalks, or "before his talks
// with Z") after the predicate at k and before pce, or -1: the clause of
// the predicate ends there, for Z is at the other talks.
func (d *Reader) possessedTalksAfter(si, k, pce int) int {
	toks := d.Sents[si].Toks
	for e := k + 3; e < pce && e < len(toks); e++ {
		if frame.Triggers[toks[e].Lower] == frame.Talks && talksPossessives[toks[e-1].Lower] && (pastPreps[toks[e-2].Lower] || gerundPreps[toks[e-2].Lower]) {
			return e - 2
		}
	}
	return -1
}

// withListEnd: where the people the talks at k were held with end — at
// the first place preposition after the talks noun ("his talks with X's
// envoy Y at the presidential office Z"), or at pce.
func withListEnd(toks []text.Token, k, pce int) int {
	for e := k + 1; e < pce && e < len(toks); e++ {
		if toks[e].Lower == "at" || toks[e].Lower == "in" {
			return e
		}
	}
	return pce
}

// daysBefore: the day of talks told "a day (two days) after" at the
// preposition at: the count of days before it taken from the day the
// sentence tells before that phrase ("received X on Monday, a day after
// his talks with Y": Sunday). "" when the sentence tells no day or no
// count.
func (d *Reader) daysBefore(si, at int) string {
	toks := d.Sents[si].Toks
	if at < 2 || !dayUnits[toks[at-1].Lower] {
		return ""
	}
	n, ok := dayCounts[toks[at-2].Lower]
	if !ok {
		return ""
	}
	day := d.dateOf(si, at-2, 0, at-2, graph.Held)
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	return frame.Day(t.AddDate(0, 0, -n))
}

// titleAppositive: tokens [i, j) are a capitalised title set off by one
// comma before the subject's name, an honorific after it — "The Prime
// Minister, Mr X, returned ... after talks with Y" (the
// hundred-and-sixty-fourth round, p1018).
func titleAppositive(toks []text.Token, i, j int) bool {
	commas := 0
	for e := i; e < j; e++ {
		switch {
		case toks[e].Text == "," && e > i:
			commas++
		case !toks[e].Cap || !toks[e].Word:
			return false
		}
	}
	return commas == 1
}

// subjectGap: tokens [i, j) may stand before (first) or between the
// people of a subject or a list: titles and other capitalized words, and
// between two people "and", a comma, a possessive and subjectJoiners.
func subjectGap(toks []text.Token, i, j int, first bool) bool {
	for e := i; e < j; e++ {
		t := toks[e]
		if t.Cap && t.Word {
			continue
		}
		if t.Text == "-" && e > i && toks[e-1].Cap && e+1 < j && titleSuffixes[toks[e+1].Lower] {
			e++ // "President-elect B": the hyphened post is still the title before the name
			continue
		}
		if !first && (t.Lower == "and" || t.Text == "," || subjectJoiners[t.Lower]) {
			continue
		}
		if !first && e > i && lowerTitleRun(toks, e, j) {
			return true // "A and opposition leader B", "A and Turkish Cypriot leader B"
		}
		return false
	}
	return true
}

// possessorBeforePost: the state or body at mention mi stands right
// before a capitalized post whose holder is the next mention: "A and
// U.S. President-elect B" — it says whose post it is, and is no subject
// of its own, even where a hyphened title kept it from being read as the
// post's describer (issue 14's four-hundred-and-ninety-third round, p892).
func (d *Reader) possessorBeforePost(si, mi int) bool {
	ms, toks := d.Ments[si], d.Sents[si].Toks
	m := ms[mi]
	if d.Cast.Actors[m.Actor].Kind == graph.Person || m.J >= len(toks) {
		return false
	}
	ni := mi + 1
	for ni < len(ms) && ms[ni].Actor < 0 {
		ni++ // the post's own title mention
	}
	if ni >= len(ms) {
		return false
	}
	n := ms[ni]
	return d.Cast.Actors[n.Actor].Kind == graph.Person && toks[m.J].Cap &&
		mention.IsTitleWord(toks[m.J].Lower) && n.I > m.J && subjectGap(toks, m.J, n.I, true)
}

// titleSuffixes follow a title after a hyphen: "President-elect",
// "Prime Minister-designate" (issue 14's four-hundred-and-ninety-third
// round, p892). lexicon titleSuffixes.
var titleSuffixes = lex("titleSuffixes")

// lowerTitleRun: the words [e, j) before a person's name are a post told
// in lower case, at most two words ending in a title word: "opposition
// leader", "rebel commander", the "leader" of "Turkish Cypriot leader"
// (its capitalized words are read as the gap's). A second person of a
// coordinated subject is as often introduced so as by a capitalized
// title (the two-hundred-and-forty-fourth round, p1500); "A and the
// leader's envoy B" or "A and talks with B" end in no title word.
func lowerTitleRun(toks []text.Token, e, j int) bool {
	if j-e > 2 || j-e < 1 {
		return false
	}
	for f := e; f < j; f++ {
		if !toks[f].Word || toks[f].Cap || functionWords[toks[f].Lower] {
			return false
		}
	}
	return mention.IsTitleWord(toks[j-1].Lower)
}

// postHolderNouns name people in the plural by what they are: "their
// foreign ministers", "the two leaders".
var postHolderNouns = lex("personGroupNouns")

// colonRoster: a meeting of people described in the plural, whose names
// a colon lists after it each with the side they stand for — "Their
// ministers met ...: X for A, Y for B and Z for C" (p311, p330) — has
// those people. Every name must be a person's
// followed by "for" and a state or body, so that a colon opening a
// quotation or a list of topics names no one. nil otherwise.
func (d *Reader) colonRoster(si, cs, k int) []int {
	toks := d.Sents[si].Toks
	if !frame.AnyWord(toks, cs, k, postHolderNouns) {
		return nil
	}
	colon := -1
	for e := k + 1; e < len(toks); e++ {
		if toks[e].Text == ":" {
			colon = e
			break
		}
	}
	if colon < 0 {
		return nil
	}
	ms := d.Ments[si]
	var out []int
	next := colon + 1 // where the next list member must begin
	for mi := 0; mi < len(ms); mi++ {
		m := &ms[mi]
		if m.I <= colon {
			continue
		}
		if m.I != next || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person ||
			m.J+1 >= len(toks) || toks[m.J].Lower != "for" || mi+1 >= len(ms) || ms[mi+1].I != m.J+1 {
			return nil
		}
		out = append(out, m.Actor)
		side := &ms[mi+1]
		mi++
		next = side.J
		if next < len(toks) && (toks[next].Text == "," || toks[next].Lower == "and") {
			next++
			if next < len(toks) && toks[next].Lower == "and" {
				next++ // ", and"
			}
		} else {
			break
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// afterTalksDay: a held meeting told with no time of its own in the
// sentence right after one that closes on past talks — "A and B agreed on
// Friday to ..., after talks between their leaders in X. P hosted Q ..."
// (p312), "A and B will ..., after talks in X on Thursday. Their
// ministers met ..." (p330) — is those talks told with their
// people: the day that sentence tells. "" when it tells no single day or
// names no such talks.
func (d *Reader) afterTalksDay(si int) string {
	if si < 1 {
		return ""
	}
	pt := d.Sents[si-1].Toks
	for k := 1; k < len(pt); k++ {
		if frame.Triggers[pt[k].Lower] != frame.Talks {
			continue
		}
		if pastPreps[pt[k-1].Lower] || k > 1 && pastPreps[pt[k-2].Lower] && pt[k-1].Lower == "the" {
			return d.lastDayOutsideRelative(si-1, k)
		}
	}
	return ""
}

// beforeDepartureDay: the predicate at k of sentence si is followed, with
// no comma between, by "before" and a leaving told with a single day ("X
// also met Y before leaving for P on Sunday night", "called on Z before
// flying home on Thursday evening"): a call paid on the way out is on the
// day of the departure (issue 14's five-hundred-and-thirty-eighth round;
// p1094, p632). A departure ends a visit, so a day before the story's
// lead day or that of a held meeting told earlier with someone in common
// is a misread weekday ("opened talks on Wednesday ... before leaving on
// Thursday", p2840) and dates nothing. "" when the sentence tells no such departure.
func (d *Reader) beforeDepartureDay(prev []Frame, parts []int, si, k int) string {
	toks := d.Sents[si].Toks
	for j := k + 1; j+1 < len(toks); j++ {
		if toks[j].Text == "," || toks[j].Text == ";" {
			return ""
		}
		if toks[j].Lower != "before" || !departingGerunds[toks[j+1].Lower] {
			continue
		}
		end := j + 2
		for end < len(toks) && end < j+10 && toks[end].Text != "," && toks[end].Text != ";" {
			end++
		}
		for _, x := range frame.FindDatesIn(toks, j+2, end, d.published, d.storyTimes[si]) {
			if len(x.Value) != len("2006-01-02") || x.Days != 0 {
				continue
			}
			if sd := d.StoryDay(); len(sd) == len(x.Value) && sd > x.Value {
				return ""
			}
			for _, p := range prev {
				if p.Status == graph.Held && len(p.Date) == len(x.Value) && p.Date > x.Value && slices.ContainsFunc(parts, func(a int) bool { return slices.Contains(p.Parts, a) }) {
					return ""
				}
			}
			return x.Value
		}
		return ""
	}
	return ""
}

var departingGerunds = lex("departingGerunds")

// lastDayOutsideRelative is lastDay of sentence si without a day told in
// a relative clause set off before token k ("A, who had spoken with B by
// phone on Friday, told reporters after the talks ..."): that day is the
// clause's own event, not the talks' (issue 14's
// five-hundred-and-thirty-eighth round).
func (d *Reader) lastDayOutsideRelative(si, k int) string {
	toks := d.Sents[si].Toks
	ds := frame.FindDatesIn(toks, 0, len(toks), d.published, d.storyTimes[si])
	for j := len(ds) - 1; j >= 0; j-- {
		if len(ds[j].Value) == len("2006-01-02") && ds[j].Days == 0 && !(ds[j].At < k && insideRelative(toks, ds[j].At, k)) {
			return ds[j].Value
		}
	}
	return ""
}

// lastHeldPlace is the place of the latest held meeting told before
// sentence si, "" when it has none.
func lastHeldPlace(prev []Frame, si int) string {
	for i := len(prev) - 1; i >= 0; i-- {
		if p := prev[i]; p.Sent < si && p.Status == graph.Held && p.Mode != graph.Call {
			return p.Place
		}
	}
	return ""
}

// attendedMeeting: the sentence toks opens with "The" and a meeting noun
// as its subject and says it "was attended by" someone ("The meeting,
// which lasted five hours, was attended by X"): the meeting is one told
// before, and the sentence names who else was there.
func attendedMeeting(toks []text.Token) bool {
	if len(toks) < 5 || toks[0].Lower != "the" || !frame.MeetingNouns[toks[1].Lower] {
		return false
	}
	for e := 2; e+2 < len(toks); e++ {
		if toks[e].Lower == "attended" && (toks[e-1].Lower == "was" || toks[e-1].Lower == "were") && toks[e+1].Lower == "by" {
			return true
		}
		if toks[e].Lower == "in" || toks[e].Lower == "at" {
			return false // "The meeting in X was attended by": its own place
		}
	}
	return false
}

// HostedBy: the sentence toks opens with "The" and a meeting noun as its
// subject and says it "was hosted (chaired) by" someone ("The meeting,
// which lasted several hours, was hosted by X and attended by Y"): the
// meeting is one told before, and its host sat at it. It returns the
// index of the passive verb, or -1 (issue 14's
// two-hundred-and-sixty-fifth round, p1624).
func HostedBy(toks []text.Token) int {
	if len(toks) < 5 || toks[0].Lower != "the" || !frame.MeetingNouns[toks[1].Lower] {
		return -1
	}
	for e := 3; e+1 < len(toks); e++ {
		if meetingHostPassives[toks[e].Lower] && (toks[e-1].Lower == "was" || toks[e-1].Lower == "were") && toks[e+1].Lower == "by" {
			if frame.AnyWord(toks, e+2, len(toks), ownGatheringWords) {
				// "was hosted by X at the Y centre and brought together
				// A, B and C": a meeting told with its own venue and
				// people, not one told before.
				return -1
			}
			return e
		}
		if toks[e].Lower == "in" || toks[e].Lower == "at" || toks[e].Text == ";" {
			return -1 // "The meeting in X was hosted by": a meeting of its own place
		}
	}
	return -1
}

// hostedAgain: the verb at k is one more host passive coordinated after
// the one at h that made the sentence's meeting the one told before —
// "The talks were facilitated by X and hosted by Y", "were chaired by X,
// who ..., and hosted by Y" — so Y too sat at that meeting, and the verb
// tells no meeting of X and Y of its own (the two-hundred-and-eightieth
// round, p1715).
func hostedAgain(toks []text.Token, h, k int) bool {
	if k <= h || k+1 >= len(toks) || !meetingHostPassives[toks[k].Lower] || toks[k+1].Lower != "by" {
		return false
	}
	p := k - 1
	if toks[p].Lower == "was" || toks[p].Lower == "were" {
		p--
	}
	return p > h && toks[p].Lower == "and"
}

// ownGatheringWords after the host tell a meeting of its own: "at" a
// venue, "brought together" its people.
var ownGatheringWords = lex("ownGatheringWords")

// meetingHostPassives, passive after a meeting noun subject, name its
// host: "the meeting was hosted by X".
var meetingHostPassives = lex("meetingHostPassives")

// heldJustBefore: the sentence before si tells a held meeting, not a
// call: the one "The talks, which lasted two hours, were attended by X"
// goes on to tell (frame.SubjectAttendance); with a sentence between, the
// attendance tells a meeting of its own (the hundred-and-fifty-third
// round's TestAttendedMeetingTakesPlaceBefore).
func heldJustBefore(prev []Frame, si int) bool {
	for i := len(prev) - 1; i >= 0 && prev[i].Sent >= si-1; i-- {
		if p := prev[i]; p.Sent == si-1 && p.Status == graph.Held && p.Mode != graph.Call {
			return true
		}
	}
	return false
}

// priorHeldPlace: the place of the last held meeting, not a call, told in
// the sentence just before si; "" when that sentence told none.
func priorHeldPlace(prev []Frame, si int) string {
	for i := len(prev) - 1; i >= 0; i-- {
		p := prev[i]
		if p.Sent < si-1 {
			break
		}
		if p.Sent == si-1 && p.Status == graph.Held && p.Mode != graph.Call {
			return p.Place
		}
	}
	return ""
}

// counterpartAnd: between the first person's end a and the second's
// start b stand "and his (her, their) ... counterpart", with the
// counterpart's country and title — "A and his Zimbabwean counterpart
// President B" — the commonest way a readout pairs two leaders. Only
// words stand between; a comma or a second "and" ends the shape.
func counterpartAnd(toks []text.Token, a, b int) bool {
	if b-a < 3 || b-a > 7 || toks[a].Lower != "and" || !counterpartPossessives[toks[a+1].Lower] {
		return false
	}
	seen := false
	for e := a + 2; e < b; e++ {
		if !toks[e].Word || toks[e].Lower == "and" {
			return false
		}
		seen = seen || toks[e].Lower == "counterpart"
	}
	return seen
}

// counterpartPossessives open "his Zimbabwean counterpart".
var counterpartPossessives = map[string]bool{"his": true, "her": true, "their": true}

// sessionAfterPrep is the past preposition governing a session noun at k
// that sessionWith reads ("after a final three-hour session with X",
// "following their session with X"), across an article or possessive
// and up to six lower-case modifiers, hyphens or numbers between; -1 when
// there is none. A count joined by a hyphen ("three-hour") is a
// modifier too. As for a meeting noun (withAfterPrep), the session is
// the subject's, held before the act the clause tells.
func sessionAfterPrep(toks []text.Token, k int) int {
	if !heldSessionNouns[toks[k].Lower] || k+1 >= len(toks) || toks[k+1].Lower != "with" {
		return -1
	}
	i := k - 1
	for n := 0; n < 6 && i >= 0; n++ {
		t := toks[i]
		if t.Text == "-" && t.Glued || mention.IsNumber(t.Lower) || talksSpanCounts[t.Lower] && i+1 < k && toks[i+1].Text == "-" ||
			t.Word && !t.Cap && !meetingArticles[t.Lower] && !pastPreps[t.Lower] && !functionWords[t.Lower] && !frame.LooksVerb(toks, i) {
			i--
			continue
		}
		break
	}
	if i >= 0 && meetingArticles[toks[i].Lower] {
		i--
	}
	if i < 0 || !pastPreps[toks[i].Lower] {
		return -1
	}
	return i
}

// AlsoSignedBy: the sentence toks opens with "The" and a signed text as
// its subject ("The treaty", "The document, signed at X,") and says it
// "was (were) also signed by" others: "The document was also signed by A
// and B", "The treaty was also signed by C, on behalf of the Bank". The
// "also" adds signatories to the signing told before; they put their
// names to it there and then, so they join that meeting and tell no
// encounter of their own (issue 14's two-hundred-and-ninety-third round;
// p1791, p1523, p765: the extra signatories met each other, or no one,
// at the dateline's city or the month). It returns the index of
// "signed", or -1.
func AlsoSignedBy(toks []text.Token) int {
	if len(toks) < 6 || toks[0].Lower != "the" {
		return -1
	}
	// The subject's head: "The treaty", "The peace treaty", "The joint
	// document".
	head := false
	for e := 1; e <= 3 && e < len(toks); e++ {
		if signedNouns[toks[e].Lower] && !toks[e].Cap {
			head = true
			break
		}
	}
	if !head {
		return -1
	}
	for e := 3; e+1 < len(toks); e++ {
		if toks[e].Lower == "signed" && toks[e+1].Lower == "by" && toks[e-1].Lower == "also" && (toks[e-2].Lower == "was" || toks[e-2].Lower == "were") {
			return e
		}
		if toks[e].Text == ";" {
			return -1
		}
	}
	return -1
}

// legSubjects: the clause starting at cs, right after a "then", is a
// trip's next leg ("A met B in X on Monday, then flew to Y for talks
// with C", text.NextLeg), which has no subject of its own: the traveller
// is the person the sentence opens with, A, who meets C there; B, met on
// the leg before, is not at Y (issue 14's three-hundred-and-sixtieth
// round, p2192, p2193, p2196, p2197). When the opening subject is not
// read as one (a state's adjective or an office's "of State" before the
// name), the first person named before any verb stands for it. nil for
// any other clause.
func (d *Reader) legSubjects(si, cs int) []int {
	toks := d.Sents[si].Toks
	if cs < 2 || !text.NextLeg(toks, cs-1) {
		return nil
	}
	if out := d.leadSubjects(si, cs-1); len(out) > 0 {
		return out
	}
	start := frame.AfterFrontedAdjunct(toks)
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < start || m.Actor < 0 || m.Desc {
			continue
		}
		if m.I >= cs-1 {
			return nil
		}
		for e := start; e < m.I; e++ {
			if frame.LooksVerb(toks, e) {
				return nil
			}
		}
		if d.Cast.Actors[m.Actor].Kind == graph.Person && d.arg.Eligible(si, m) {
			return []int{m.Actor}
		}
	}
	return nil
}
