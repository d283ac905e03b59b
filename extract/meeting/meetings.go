package meeting

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/coref"
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// conjunctPronoun: a "he" or "she" before the predicate of a later
// conjunct stands for the nearest person named before that conjunct.
func (d *Reader) conjunctPronoun(si, pcs, k int) int {
	toks := d.Sents[si].Toks
	if pcs == 0 {
		return -1
	}
	pron := -1
	for e := pcs; e < k; e++ {
		if toks[e].Lower == "he" || toks[e].Lower == "she" {
			pron = e
		}
	}
	if pron < 0 {
		return -1
	}
	if subj := d.tripSubject(si, pcs, k); subj >= 0 || subj == pronounTrip {
		return max(subj, -1)
	}
	best, first := -1, -1
	var bestAt, firstEnd int
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.J <= pcs && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !args.PossessorOnly(toks, m) {
			best, bestAt = m.Actor, m.I
			if first < 0 {
				first, firstEnd = m.Actor, m.J
			}
		}
	}
	if first >= 0 && first != best && andConjunct(toks, pcs, pron) && objectOfMeeting(toks, firstEnd, bestAt) {
		// "A hosted B for dinner, and during it he telephoned C": the
		// first conjunct's subject goes on to the next predicate; its
		// object, met there, is not the pronoun.
		return first
	}
	return best
}

// andConjunct: the pronoun at token p opens a clause coordinated by "and"
// that starts at pcs ("..., and during the dinner he ..."), not a "where"
// or "when" clause on a place or time ("welcomed the visit of B to X,
// where she met C": she is B).
func andConjunct(toks []text.Token, pcs, p int) bool {
	and := false
	for e := max(pcs-2, 0); e < p; e++ {
		switch toks[e].Lower {
		case "and":
			and = true
		case "where", "when", "who", "whom", "which":
			return false
		}
	}
	return and
}

// objectOfMeeting: a meeting verb (frame.Meet) stands between a subject
// ending at token i and the person named at token j, with no comma
// before it: that person is the verb's object.
func objectOfMeeting(toks []text.Token, i, j int) bool {
	for e := i; e < j; e++ {
		if toks[e].Text == "," {
			return false
		}
		if frame.Triggers[toks[e].Lower] == frame.Meet && !frame.MeetingNouns[toks[e].Lower] {
			return true
		}
	}
	return false
}

// tripSubject: in "A met B in X, and then flew to Y, where he held talks
// with C" the trip conjunct has no subject of its own, so it is A's, and
// the "he" of the "where" clause on it is A, not B, the person named last
// (p471, p515, p516, p517). A trip conjunct with its own subject ("and B
// then flew to Y, where he ...") leaves the pronoun to the nearest person.
// -1 when the pronoun does not open such a clause.
func (d *Reader) tripSubject(si, pcs, k int) int {
	toks := d.Sents[si].Toks
	p := -1
	for e := pcs; e < k; e++ {
		if (toks[e].Lower == "he" || toks[e].Lower == "she") && e >= 3 && toks[e-1].Lower == "where" && toks[e-2].Text == "," {
			p = e
			break
		}
	}
	if p < 0 {
		return -1
	}
	and := -1
	for v := p - 3; v >= 1 && v >= p-12; v-- {
		if toks[v].Text == "," && v < p-2 {
			break
		}
		if !tripVerbs[toks[v].Lower] {
			continue
		}
		switch {
		case toks[v-1].Lower == "and":
			and = v - 1
		case v >= 2 && toks[v-2].Lower == "and" && sequenceAdverbs[toks[v-1].Lower]:
			and = v - 2
		case v >= 2 && text.NextLeg(toks, v-1):
			// "met B in X, then flew on to Y, where he met C": the next
			// leg (nextleg.go), "and" left out.
			and = v - 2
		}
		break
	}
	if and < 0 {
		return -1
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I >= and {
			break
		}
		if slices.ContainsFunc(toks[:m.I], func(t text.Token) bool { return t.Lower == toks[p].Lower }) {
			// "He saw A at X and then drove to Y, where he had talks
			// with B": the first conjunct's subject is the same pronoun,
			// which A does not stand for.
			if a := d.ref.PronounAntecedent(si, 0); a >= 0 {
				return a
			}
			return pronounTrip
		}
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !args.PossessorOnly(toks, m) {
			return m.Actor // the first conjunct's subject: the first person named
		}
	}
	return -1
}

// pronounTrip: tripSubject's answer when the trip's subject is a pronoun
// the story does not settle; no one named in the sentence stands for it.
const pronounTrip = -2

// butConjunct reads a clause opened by "but" with no subject of its own
// ("A did not meet B but spoke to him by telephone", "A met B on Monday
// but phoned C"): it shares the sentence's subject, the first person
// named, before any verb (or the person a clause-initial "he"/"she"
// stands for), and its object pronoun ("to him", "phoned her") stands for
// the one person named between that subject and "but". The negation of
// the first conjunct stays there (p211, p224, p225, p229). -1 for either
// when the text does not settle it.
func (d *Reader) butConjunct(si, cs, k int) (subj, obj int) {
	subj, obj = -1, -1
	toks := d.Sents[si].Toks
	if cs < 2 || cs > k || toks[cs-1].Lower != "but" {
		return
	}
	v := cs
	for v < k && (frame.SequenceAdverbs[toks[v].Lower] || len(toks[v].Lower) > 4 && strings.HasSuffix(toks[v].Lower, "ly")) {
		v++
	}
	if v != k && !frame.LooksVerb(toks, v) {
		return // "but B spoke to him": a subject of its own
	}
	from := -1 // where the subject ends
	if toks[0].Lower == "he" || toks[0].Lower == "she" {
		subj, from = d.ref.PronounAntecedent(si, 0), 1
	} else {
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I >= cs-1 || verbIn(toks, 0, m.I) {
				break
			}
			if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !args.PossessorOnly(toks, m) {
				subj, from = m.Actor, m.J
				break
			}
		}
	}
	if subj < 0 {
		return
	}
	pron := false
	for e := k + 1; e < len(toks) && e <= k+2; e++ {
		pron = pron || objectPronouns[toks[e].Lower] && (e == k+1 || toks[e-1].Lower == "to" || toks[e-1].Lower == "with")
	}
	if !pron {
		return
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < from || m.J > cs-1 || m.Actor < 0 || m.Desc || m.Actor == subj || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if obj >= 0 && obj != m.Actor {
			return subj, -1 // two people: the pronoun is not settled
		}
		obj = m.Actor
	}
	return subj, obj
}

// verbIn: a finite verb stands in tokens [i, j).
func verbIn(toks []text.Token, i, j int) bool {
	for e := i; e < j; e++ {
		if frame.LooksVerb(toks, e) {
			return true
		}
	}
	return false
}

// activeWelcome: a welcome verb in the active, between a person subject
// right before it and a person object right after it ("A welcomed B at
// the airport", "A greeted Qatar's emir B"), is a host receiving a
// visitor; "A welcomed the deal" or "A welcomed B's decision" is not,
// nor is a welcome whose object is a meeting noun ("A welcomed the talks
// between B and C"): A comments on the talks, the people after the noun
// are its participants, not A's guests (meetingObject).
func (d *Reader) activeWelcome(si, k int) bool {
	subj, obj := false, false
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person || m.Desc {
			continue
		}
		toks := d.Sents[si].Toks
		if m.J == k {
			subj = true
		}
		if m.I > k && args.NearAfter(toks, k, m.I, 4) && (m.J >= len(toks) || toks[m.J].Text != "'s") && !meetingObject(toks, k, m.I) {
			obj = true
		}
		if m.I > k+4 && apposedTitleObject(toks, k, m.I, m.J) {
			obj = true
		}
	}
	// "A welcomed the two men", "welcomed the two delegations": a counted
	// plural of people is the guests a host received, the sides whose
	// talks are told beside it (coreference resolves them, as after
	// "received the two delegations"); "welcomed the two accords" is not.
	return subj && (obj || pluralGuests(d.Sents[si].Toks, k))
}

// pluralGuests: the verb at k takes "the" and a count word then a noun of
// people or delegations ("the two men", "the two delegations", "both
// leaders"): pluralObject narrowed to guests, for a welcome verb whose
// other objects are no meeting.
func pluralGuests(toks []text.Token, k int) bool {
	if !welcomedGuestVerbs[toks[k].Lower] || !pluralObject(toks, k) {
		return false
	}
	for e := k + 2; e < len(toks) && e <= k+4; e++ {
		if welcomedGuests[toks[e].Lower] {
			return e+1 >= len(toks) || toks[e+1].Text != "'s" // not "the two men's accord"
		}
		if !toks[e].Word || toks[e].Cap {
			return false
		}
	}
	return false
}

// welcomedGuests are the plural nouns of people a host welcomes;
// welcomedGuestVerbs the host's verbs that take them. "Greeted" is left
// out: a greeting on the steps of a summit told as a live blog ("greeted
// both men") resolved its plural to the wrong pair (p831, p771).
var (
	welcomedGuests     = lex("welcomedGuestNouns")
	welcomedGuestVerbs = lex("welcomedGuestVerbs")
)

// ceremonyHosted: a person named before the verb at k hosts the signing
// ceremony just told (coref.HostedCeremony): "X hosted the ceremony", "Y,
// who hosted the signing ceremony, ..." (p3073, p166). The object names
// no actor, so the hosting verb had no one received.
func (d *Reader) ceremonyHosted(si, k int, prev []Frame) bool {
	person := slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool {
		return m.J <= k && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person
	})
	return person && len(d.ref.HostedCeremony(si, k, toldHere(prev, si))) > 0
}

// toldHere is the meeting told last, in sentence si itself or before it:
// "A and B shook hands before C, who hosted the ceremony".
func toldHere(prev []Frame, si int) coref.Told {
	if n := len(prev); n > 0 && prev[n-1].Sent <= si {
		p := prev[n-1]
		return coref.Told{Sent: p.Sent, Parts: p.Parts, Held: p.Status == graph.Held}
	}
	return told(prev, si)
}

// maxApposedTitle is how many words a title description may run before
// the name set off after it: "the new President of the French Republic".
const maxApposedTitle = 9

// apposedTitleObject: the object of the verb at k is a title description
// with the person's name set off by commas after it — "welcomed the
// President of France, X, with", "greeted the new Prime Minister of the
// Republic, X," — so the name at [i, j) is the person welcomed as the
// nearer name of "welcomed X" is (the hundred-and-sixty-seventh round,
// p639). The description opens with "the" right after the verb, holds a
// title head, and runs to the comma before the name with only title
// words, "of", "the" and capitalised words (the state or body of the
// post); the name is closed by a comma or the sentence's end. "welcomed
// the decision of the council, X said" has no title head and stays no
// reception.
func apposedTitleObject(toks []text.Token, k, i, j int) bool {
	if k+1 >= len(toks) || toks[k+1].Lower != "the" || toks[i-1].Text != "," || i-1-(k+2) > maxApposedTitle {
		return false
	}
	if j < len(toks) && toks[j].Text != "," && toks[j].Text != "." {
		return false
	}
	head := false
	for e := k + 2; e < i-1; e++ {
		t := toks[e]
		switch {
		case !t.Word:
			return false
		case titleHeads[t.Lower]:
			head = true
		case titleMods[t.Lower] || t.Lower == "of" || t.Lower == "the" || t.Lower == "new" || t.Cap:
		default:
			return false
		}
	}
	return head
}

// meetingObject: a meeting noun stands between the verb at k and the
// mention at i ("welcomed the talks between A and B", "greeted the
// summit of A and B"): the verb's object is the meeting, not the person.
func meetingObject(toks []text.Token, k, i int) bool {
	for e := k + 1; e < i; e++ {
		if frame.MeetingNouns[toks[e].Lower] {
			return true
		}
	}
	return false
}

// jointSigning: "A and B signed the accord", an active signing whose
// subject coordinates two people and whose object is a text sides sign
// together, brings the signatories together as the passive "was signed
// by A and B" does (p87, p88), when it says where or when; one
// signatory ("A signed a decree") is no meeting. "Initialled" is read as
// "signed": "A and B initialled today in P the agreement" is their
// encounter as "was initialled by A and B" is (the
// hundred-and-sixty-ninth round, p1049).
func (d *Reader) jointSigning(si, k int) bool {
	toks := d.Sents[si].Toks
	if toks[k].Lower != "signed" && toks[k].Lower != "initialled" && toks[k].Lower != "initialed" {
		return false
	}
	obj, near := signedText(toks, k)
	if !obj {
		return false
	}
	if !d.toldWhereOrWhen(si, k) && !d.signedBefore(si, k) && !signedAtCeremony(toks, k) && !signedAboard(toks, k) && !signedAtDayPart(&d.Sents[si], k) && !d.sidesSignedBefore(si, k) && d.whenOnTime(si, k) == "" {
		// Told without place or time, the signing is an act of the
		// meeting told before it, whose report it continues; after a
		// signing by states it is theirs retold (sidessigned.go).
		return false
	}
	cs, _ := d.Sents[si].Clause(k)
	var persons, sides []*mention.Mention
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < cs || m.J > k || m.Actor < 0 || m.Desc {
			continue
		}
		if d.Cast.Actors[m.Actor].Kind == graph.Person {
			persons = append(persons, m)
		} else if m.J >= k || !toks[m.J].Word || toks[m.J].Cap || functionWords[toks[m.J].Lower] || sideNouns[toks[m.J].Lower] {
			// The side itself, or its government ("the Nigerien
			// government"), not a modifier of others ("two Tuareg
			// rebel movements", p154).
			sides = append(sides, m)
		}
	}
	// Sides (not people) sign together only with the text next to the
	// verb: "the government and the movement signed on Friday an
	// agreement" may have signed through the envoys told after it (p285).
	return coordinatedPair(toks, persons) || near && coordinatedPair(toks, sides) && signedAfterTalks(toks, k)
}

// whenOnTime is the time of the clause a "when" clause holding k hangs
// on, "" when k's clause opens with no "when" or the clause before tells
// no time: "The old quarrel was settled at noon today when A and B signed
// a treaty in the palace", "the war ended on Friday when the two leaders
// signed the accord". The "when" clause happens at that time, so a
// signing told in it is timed, an encounter of its own as one told with
// a day is (jointSigning), and takes that day (the
// two-hundred-and-sixty-sixth round, p1628).
func (d *Reader) whenOnTime(si, k int) string {
	s := &d.Sents[si]
	toks := s.Toks
	cs, _ := s.Clause(k)
	if cs < 3 || toks[cs-1].Lower != "when" {
		return ""
	}
	ps, _ := s.Clause(cs - 2)
	return d.dateOf(si, cs-2, ps, cs-1, graph.Held)
}

// signedAtDayPart: the clause of the signing at k times it by a part of
// the day ("In the afternoon A and B signed an agreement on trade", "A
// and B signed the protocol that evening"): a time of its own sets the
// signing apart from the meeting told before it, an encounter of its own
// as one told with a day or a place is, though no date is read from it
// (the two-hundred-and-forty-fourth round, p1499).
func signedAtDayPart(s *text.Sentence, k int) bool {
	cs, ce := s.Clause(k)
	return dayPhraseIn(s.Toks, cs, ce)
}

// signedWithPerson: "A signed one document with Defence Minister B and
// C", an active signing by a named person of a text sides sign together,
// with a partner named after "with" past the words of a title (the
// two-hundred-and-second round, p1249). The partner put a name to the
// same text: the two met at the signing, as "A met Minister B" tells a
// meeting though the title pushes the name past the verb's next words.
// A partner that is a state or body ("signed a treaty with Kesland")
// names no one met. A sequence adverb may stand between subject and verb
// ("B then signed an identical text with C").
func (d *Reader) signedWithPerson(si, k int) bool {
	toks := d.Sents[si].Toks
	if toks[k].Lower != "signed" {
		return false
	}
	if obj, _ := signedText(toks, k); !obj {
		return false
	}
	w := -1
	for e := k + 1; e < len(toks) && e <= k+8 && toks[e].Word; e++ {
		if toks[e].Lower == "with" {
			w = e
			break
		}
	}
	if w < 0 {
		return false
	}
	subj, partner := false, false
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if m.J == k || m.J == k-1 && (sequenceAdverbs[toks[k-1].Lower] || additionCues[toks[k-1].Lower]) {
			subj = true // "B then signed", "C also signed"
		}
		if m.I > w && m.I <= w+6 && titleRun(toks, w+1, m.I) {
			partner = true
		}
	}
	return subj && partner
}

// watchedSign: "A watched B sign the letter", a watch verb at k whose
// object is a named person doing the signing in the bare infinitive (a
// title's words may stand before the name): the watcher stood by the
// signer, an encounter as "A watched as B signed" is (watchers), though
// no "as" opens a clause (the two-hundred-and-second round, p1244). "A
// watched B's speech" or "watched the two sign" names no one watched.
func (d *Reader) watchedSign(si, k int) bool {
	toks := d.Sents[si].Toks
	if l := toks[k].Lower; !watchVerbs[l] || l == "stood" || l == "standing" || k+1 >= len(toks) {
		return false
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || m.I <= k || m.I > k+5 || !titleRun(toks, k+1, m.I) {
			continue
		}
		return m.J < len(toks) && (toks[m.J].Lower == "sign" || toks[m.J].Lower == "initial")
	}
	return false
}

// signedText: the object of "signed" at k is a text sides sign together:
// next to the verb ("signed the accord", "signed a peace pact"); past the
// name the text bears ("signed the Lahore Declaration", "the Jeddah Peace
// Agreement"); past the place and day told between verb and object
// ("signed in P on Monday the final agreement"); or a statement told
// "joint" ("signed a joint statement"), hundred-and-fifty-sixth round
// (p970, p971, p972, p973). The object ends at the first mark or at a
// word that opens a phrase of its own ("signed a letter to the treaty
// body", "signed and hailed the accord" are no signing of the accord).
// near: the text is told in the four words next to the verb, lower case
// or a title that "the" opens (namedText).
func signedText(toks []text.Token, k int) (obj, near bool) {
	lim := k + 4
	for e := k + 1; e < len(toks) && e <= lim; e++ {
		if compoundHyphen(toks, e) {
			// "signed the three-nation accord": the hyphen and the
			// word it joins on count as one word of the modifier.
			lim += 2
			continue
		}
		if coordinatedModifiers(toks, e) {
			// "signed a global and definitive peace agreement": the
			// "and" and the modifier after it count as one word.
			lim += 2
			continue
		}
		if !toks[e].Word || toks[e].Cap && !namedText(toks, k, e) && !bareTitle(toks, k, e) {
			break
		}
		if signedNouns[toks[e].Lower] {
			return true, true
		}
	}
	if o := setOffSignedObject(toks, k); o > 0 {
		// "signed today, in the hall of X, the agreement": the object
		// after a place set off by commas (setOffSignedObject).
		for e := o; e < len(toks) && e <= o+6 && toks[e].Word; e++ {
			if signedObjectStops[toks[e].Lower] {
				break
			}
			if signedNouns[toks[e].Lower] && (!toks[e].Cap || titleFromThe(toks, e)) {
				return true, false
			}
		}
	}
	reach := k + 8
	if k+1 < len(toks) && signedPlacePreps[toks[k+1].Lower] {
		// "signed in the small settlement P in North Q three agreements":
		// a place told with what it is and where it lies before the
		// object, as agency English orders it (the
		// two-hundred-and-sixty-fourth round, p1620).
		reach = k + 12
	}
	if p := pastSigningDay(toks, k); p > k+1 && p < len(toks) && signedPlacePreps[toks[p].Lower] {
		// "signed on Tuesday at the P of Q in R the agreement": the day
		// told first, the place with what it is after it, as wire and
		// agency copy order them (the three-hundred-and-twenty-seventh
		// round: p1995, p1002).
		reach = p + 11
	}
	for e := k + 1; e < len(toks) && e <= reach && (toks[e].Word || compoundHyphen(toks, e)); e++ {
		if compoundHyphen(toks, e) {
			reach++
			continue
		}
		l := toks[e].Lower
		if signedObjectStops[l] && !coordinatedModifiers(toks, e) {
			return false, false
		}
		if e > k+1 && (signedNouns[l] && (!toks[e].Cap || titleFromThe(toks, e)) || jointSignedNouns[l] && toks[e-1].Lower == "joint") {
			return true, false
		}
	}
	return false, false
}

// coordinatedModifiers: the "and" at e joins two modifiers of one text
// signed, "a global and definitive peace agreement", "the bilateral and
// definitive ceasefire", "a peace and national reconciliation agreement"
// (the three-hundred-and-fifty-eighth round; p2181, p2065, p165, p423):
// an article and one lower-case word before it, and after it up to three
// lower-case words, no article among them, then a signedNouns word. "A
// signed a letter and hailed the accord" has an article before the text,
// so its "and" still ends the object.
func coordinatedModifiers(toks []text.Token, e int) bool {
	if e < 2 || toks[e].Lower != "and" || !articles[toks[e-2].Lower] || !toks[e-1].Word || toks[e-1].Cap || signedNouns[toks[e-1].Lower] {
		return false
	}
	for f := e + 1; f < len(toks) && f <= e+4; f++ {
		if !toks[f].Word || toks[f].Cap || articles[toks[f].Lower] || signedObjectStops[toks[f].Lower] {
			return false
		}
		if signedNouns[toks[f].Lower] {
			return f > e+1
		}
	}
	return false
}

// articles open the object of "signed" whose modifiers coordinatedModifiers
// reads.
var articles = map[string]bool{"a": true, "an": true, "the": true}

// pastSigningDay is the index past a day told right after the signing at
// k ("signed on Tuesday", "signed late Thursday", "signed today",
// "signed yesterday"), or k+1 when none is told there.
func pastSigningDay(toks []text.Token, k int) int {
	e := k + 1
	if e < len(toks) && signingDayOpeners[toks[e].Lower] {
		e++
	}
	if e < len(toks) && toks[e].Word {
		if _, wd := lexicon.Weekdays[toks[e].Lower]; wd || toks[e].Lower == "today" || toks[e].Lower == "yesterday" {
			return e + 1
		}
	}
	return k + 1
}

// signingDayOpeners may open the day told after "signed" (pastSigningDay).
var signingDayOpeners = map[string]bool{"on": true, "late": true, "early": true}

// compoundHyphen: the token at e is a hyphen that joins two words into
// one modifier, glued to both ("the three-nation accord", "a six-point
// agreement", "a non-aggression pact"). Text tokenizes the hyphen on its
// own, which ended the object of "signed" before the text signed was
// reached (the two-hundred-and-eighty-eighth round: p1761, p1699, p830).
func compoundHyphen(toks []text.Token, e int) bool {
	return e > 0 && e+1 < len(toks) && toks[e].Text == "-" && toks[e].Glued && toks[e+1].Glued && toks[e-1].Word && toks[e+1].Word
}

// setOffSignedObject: where the object of "signed" at k opens past a place
// set off by commas between the verb and its object, with at most one word
// (a day: "today", "yesterday") before the first comma: "A and B signed
// today, in the hall of X, the agreement", as releases rendered from
// Spanish or French order it ("firmaron hoy, en la sede de ..., el
// acuerdo"), and wire copy too ("signed, in P on Wednesday night, an
// agreement"). The place opens with a preposition of place
// ([signedPlacePreps]), holds no other comma, and the object opens with
// an article right after the closing comma (the two-hundred-and-seventy-
// first round). Returns the article's index, or -1.
func setOffSignedObject(toks []text.Token, k int) int {
	c := k + 1
	if c < len(toks) && toks[c].Word && !toks[c].Cap && !signedPlacePreps[toks[c].Lower] && !signedObjectStops[toks[c].Lower] {
		c++
	}
	if c+1 >= len(toks) || toks[c].Text != "," || !signedPlacePreps[toks[c+1].Lower] {
		return -1
	}
	for e := c + 2; e < len(toks) && e <= c+20; e++ {
		if toks[e].Text == "," {
			if e+1 < len(toks) && setOffArticles[toks[e+1].Lower] {
				return e + 1
			}
			return -1
		}
		if !toks[e].Word && toks[e].Text != "(" && toks[e].Text != ")" && toks[e].Text != "'s" && toks[e].Text != "-" {
			return -1
		}
	}
	return -1
}

// setOffArticles open the object after a set-off place (setOffSignedObject).
var setOffArticles = map[string]bool{"the": true, "a": true, "an": true}

// titleFromThe: the capitalised word at e ends a title that "the" opens
// ("the Lahore Declaration"); a capitalised run with no "the" before it
// ("signed Tuesday Treaty papers") names no text.
func titleFromThe(toks []text.Token, e int) bool {
	b := e
	for b > 0 && toks[b-1].Cap && toks[b-1].Word {
		b--
	}
	return b > 0 && toks[b-1].Lower == "the"
}

// namedText: the capitalised word at e, after the signing at k, is a word
// of the title of the text signed ("signed the Treaty on Basic
// Relations", "signed the Lahore Declaration", "signed the Anglo-Irish
// Agreement"): "the" opens the object right after the verb, and every
// word from it to e is capitalised, so the title reads on to its head
// noun. A capitalised word with no "the" before it ("signed Monday",
// "signed Kenya's") opens no title.
func namedText(toks []text.Token, k, e int) bool {
	if k+2 > e || toks[k+1].Lower != "the" {
		return false
	}
	for g := k + 2; g <= e; g++ {
		if !toks[g].Cap {
			return false
		}
	}
	return true
}

// bareTitle: the capitalised word at e is in a title of two words or
// more that opens right after the signing at k with no "the" before it,
// as agency English writes it ("signed Joint Declaration at the White
// House"; the two-hundred-and-forty-seventh round): the capitalised run
// from k+1 ends in a text signed (signedNouns), none of its words a
// weekday or month ("signed Tuesday Treaty papers"), and the title ends
// there: a mark or a preposition follows, not a lower-case noun
// ("signed Joint Declaration papers").
func bareTitle(toks []text.Token, k, e int) bool {
	h := k
	for h+1 < len(toks) && h+1 <= k+4 && toks[h+1].Word && toks[h+1].Cap {
		h++
		_, day := lexicon.Weekdays[toks[h].Lower]
		_, month := lexicon.Months[toks[h].Lower]
		if day || month {
			return false
		}
	}
	if e > h || h < k+2 || !signedNouns[toks[h].Lower] {
		return false
	}
	return h+1 >= len(toks) || !toks[h+1].Word || bareTitleEnds[toks[h+1].Lower]
}

// sideNouns after a side's name still name the side itself: "the Nigerien
// government and G signed".
var sideNouns = lex("governmentNouns")

// signedAfterTalks: the signing at k closes talks told after it in its sentence
// ("A and B signed an accord in P on Monday, after two days of talks"):
// the sides signed where they had been talking, an encounter of their
// own. Two sides told signing with no talks behind the text ("A and B
// signed a treaty in P") may have signed through envoys the text names
// elsewhere and are no meeting.
func signedAfterTalks(toks []text.Token, k int) bool {
	for a := k + 2; a < len(toks); a++ {
		if toks[a].Lower != "after" {
			continue
		}
		for e := a + 1; e < len(toks) && e <= a+5 && toks[e].Text != ","; e++ {
			if c, ok := frame.Triggers[toks[e].Lower]; ok && c == frame.Talks {
				return true
			}
		}
	}
	return false
}

// coordinatedPair: two of ms, one after the other, name two actors joined
// by "and".
func coordinatedPair(toks []text.Token, ms []*mention.Mention) bool {
	for i := 1; i < len(ms); i++ {
		for e := ms[i-1].J; e < ms[i].I; e++ {
			if toks[e].Lower == "and" && ms[i].Actor != ms[i-1].Actor {
				return true
			}
		}
	}
	return false
}

// signedBefore: the signing at k was done "in the presence of" a person
// named in its clause ("A and B signed the text in the presence of
// General C", p247; "... signed the accords in the Palais des Nations in
// the presence of X", p289): a ceremony with a witness is an encounter
// of its own, though its place is a venue no gazetteer knows or untold.
func (d *Reader) signedBefore(si, k int) bool {
	toks := d.Sents[si].Toks
	_, ce := d.Sents[si].Clause(k)
	if onlookers(toks, k, len(toks)) {
		return true
	}
	for e := k + 2; e+1 < ce; e++ {
		if !witnessNouns[toks[e].Lower] || toks[e+1].Lower != "of" || toks[e-1].Lower != "the" && toks[e-1].Lower != "in" {
			continue
		}
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I > e+1 && m.I <= e+6 && m.J <= ce && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return true
			}
		}
		if witnessPeopleAfter(toks, e+2, ce) {
			return true
		}
	}
	return false
}

// witnessPeopleAfter: the witness phrase from k names people by what
// they are, not by name ("A and B signed the text in the presence of the
// ambassadors of three states", "... in the presence of diplomats
// from the region"): a plural noun for people (lexicon witnessPeopleNouns)
// heads it within three lower-case words. People who looked on make the
// signing a ceremony of its own, as onlookers "looking on" do, though
// none is named (issue 14's three-hundred-and-sixty-sixth round, p2232).
func witnessPeopleAfter(toks []text.Token, k, ce int) bool {
	for g := k; g < ce && g <= k+3; g++ {
		if !toks[g].Word || toks[g].Cap {
			return false
		}
		if witnessPeopleNouns[toks[g].Lower] {
			return true
		}
	}
	return false
}

// onlookers: an absolute "with X looking on" (or "watching", "standing
// by") follows the signing at k in its sentence ("A and B signed the
// accord at a lodge, with ministers of both countries looking on", p257;
// "A and B put their signatures to the text in the hall, with C looking
// on", p564): a ceremony others watched is an encounter of its own, as
// one "in the presence of" a witness is, though its venue is no place a
// gazetteer knows.
func onlookers(toks []text.Token, k, end int) bool {
	for w := k + 2; w < end; w++ {
		if toks[w].Lower != "with" {
			continue
		}
		for g := w + 2; g < end && g <= w+10 && toks[g].Text != ","; g++ {
			l := toks[g].Lower
			if !watchVerbs[l] || !strings.HasSuffix(l, "ing") {
				continue
			}
			if l == "watching" || g+1 < end && (toks[g+1].Lower == "on" || toks[g+1].Lower == "by") {
				return true
			}
		}
	}
	return false
}

// signedAtCeremony: the signing at k is told done "at a ceremony" (or
// "in a brief ceremony") later in its sentence ("A and B put their names
// to the text at a ceremony in the old customs house"): a ceremony
// gathers the signatories, an encounter of its own, as one "in the
// presence of" a witness is, though its venue is no place a gazetteer
// knows and its day was told before.
func signedAtCeremony(toks []text.Token, k int) bool {
	for w := k + 2; w+1 < len(toks); w++ {
		if toks[w].Lower != "at" && toks[w].Lower != "in" {
			continue
		}
		for g := w + 1; g < len(toks) && g <= w+4 && toks[g].Word; g++ {
			if ceremonyNouns[toks[g].Lower] {
				return true
			}
		}
	}
	return false
}

// namesPut: "put" at k signs a text, "put their names (his signature) to".
func namesPut(toks []text.Token, k int) bool {
	return k+3 < len(toks) && (toks[k+1].Lower == "their" || toks[k+1].Lower == "his" || toks[k+1].Lower == "her") &&
		nameNouns[toks[k+2].Lower] && toks[k+3].Lower == "to"
}

// watchers are the people who watched or looked on as the clause that
// opens at pcs told its act: "A and B watched as C and D signed", "X
// looked on as the two put their names to the text", "Y stood by as ..."
// (p169, p182, p220). They are the watching verb's subject: the people
// named in its own clause before it.
func (d *Reader) watchers(si, pcs int) []int {
	s := &d.Sents[si]
	toks := s.Toks
	a := pcs - 1
	if a >= 0 && toks[a].Lower != "as" {
		a = pcs // the clause may open with "as" itself
	}
	if a < 1 || a >= len(toks) || toks[a].Lower != "as" {
		return nil
	}
	v := a - 1
	if toks[v].Lower == "on" || toks[v].Lower == "by" {
		v--
	}
	if v < 1 || !watchVerbs[toks[v].Lower] {
		return nil
	}
	cs, _ := s.Clause(v)
	var out []int
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I >= cs && m.J <= v && m.Actor >= 0 && !m.Desc && d.arg.Eligible(si, m) && d.Cast.Actors[m.Actor].Kind == graph.Person && !slices.Contains(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	return out
}

// watched: the clause of the predicate at k tells an act others watched
// (watchers).
func (d *Reader) watched(si, k int) bool {
	cs, _ := d.Sents[si].Clause(k)
	return len(d.watchers(si, cs)) > 0
}

// whenOccasion: a held meeting of one frame followed by ", when" and a
// clause that tells the occasion with the meeting's people as "they" or
// "them" ("A and B last met in Kyiv on May 10, when they travelled with C
// to meet D", "A and B first met in Washington on July 25, when C hosted
// them at the White House") had the people of that clause there too
// (p75, p87); the clause's own frames are that occasion told again.
func (d *Reader) whenOccasion(si int, out []Frame, trig []int) []Frame {
	toks := d.Sents[si].Toks
	drop := map[int]bool{}
	for i := range out {
		if drop[i] || out[i].Status != graph.Held || out[i].Mode == graph.Call || out[i].Mode == graph.Virtual || len(out[i].Parts) < 2 {
			continue
		}
		w := -1
		for e := trig[i] + 1; e+1 < len(toks); e++ {
			if toks[e].Text == "," && toks[e+1].Lower == "when" {
				w = e + 1
				break
			}
		}
		if w < 0 {
			continue
		}
		end := len(toks)
		for e := w + 1; e < len(toks); e++ {
			if toks[e].Text == ";" || toks[e].Text == "," && e+1 < len(toks) && (toks[e+1].Lower == "and" || toks[e+1].Lower == "but") {
				end = e
				break
			}
		}
		refers := w+1 < end && toks[w+1].Lower == "they"
		for e := w + 2; e < end && !refers; e++ {
			refers = toks[e].Lower == "them"
		}
		if !refers {
			continue
		}
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I > w && m.J <= end && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && d.arg.Eligible(si, m) && !slices.Contains(out[i].Parts, m.Actor) {
				out[i].Parts = append(out[i].Parts, m.Actor)
			}
		}
		for j := range out {
			if j != i && trig[j] > w && trig[j] < end {
				drop[j] = true
			}
		}
	}
	var kept []Frame
	for j := range out {
		if !drop[j] {
			kept = append(kept, out[j])
		}
	}
	return kept
}

// toldWhereOrWhen: the clause of the predicate at k says where or when.
func (d *Reader) toldWhereOrWhen(si, k int) bool {
	cs, ce := d.Sents[si].Clause(k)
	return d.PlaceOf(si, k, cs, ce) != "" || d.dateOf(si, k, cs, ce, graph.Held) != ""
}

// Frames finds the meetings of one sentence: one per clause that
// holds a trigger.
func (d *Reader) Frames(si int, prev []Frame) []Frame {
	s := &d.Sents[si]
	toks := s.Toks
	type hit struct {
		k, class, cs, ce int
		group            [2]int
	}
	var clauses [][]hit // the triggers of each clause, in order
	for k, t := range toks {
		c, ok := frame.Triggers[t.Lower]
		if d.courtesyCall(si, k) || visitCall(toks, k) {
			c, ok = frame.Meet, true // "called on X", "a courtesy call": a visit, not a phone call
		} else if d.credentials(si, k) {
			c, ok = frame.Meet, true // "presented his credentials to X": an audience
		} else if jointChairedNouns[t.Lower] && !s.Quoted[k] && d.jointChairedSession(si, k) {
			c, ok = frame.Meet, true // "A and B co-chaired the annual consultation": a talks noun, met as a session is (jointchair.go)
		} else if !ok && !s.Quoted[k] && sharedMeal(toks, k) {
			c, ok = frame.Meet, true // "had breakfast with X" (addresses.go)
		} else if !ok && !s.Quoted[k] && (d.mealForGuest(si, k) || d.jointMeal(si, k)) {
			c, ok = frame.Meet, true // "hosted a luncheon for X", "A and B had dinner" (addresses.go)
		} else if !ok && !s.Quoted[k] && entertainedAtMeal(toks, k) {
			c, ok = frame.Meet, true // "X entertained Y at dinner" (addresses.go)
		} else if !ok && !s.Quoted[k] && d.instrumentsExchanged(si, k) {
			c, ok = frame.Meet, true // "A and B exchanged the instruments of ratification" (addresses.go)
		} else if !ok && !s.Quoted[k] && d.watchedSign(si, k) {
			c, ok = frame.Meet, true // "A watched B sign the accord"
		} else if !ok && !s.Quoted[k] && audienceWith(toks, k) {
			c, ok = frame.Meet, true // "had an audience with X" (addresses.go)
		} else if !ok && !s.Quoted[k] && spentWith(toks, k) && d.personWith(si, k) {
			c, ok = frame.Meet, true // "spent the afternoon with X" (addresses.go)
		} else if !ok && !s.Quoted[k] && timeTogether(toks, k) {
			c, ok = frame.Meet, true // "A and B had two hours together" (addresses.go)
		} else if !ok && !s.Quoted[k] && d.joinedByPeople(si, k) {
			c, ok = frame.Meet, true // "they were joined by their ministers, X and Y"
		} else if !s.Quoted[k] && invertedGreeting(toks, k) {
			c, ok = frame.Meet, true // "Also on hand to greet him was X", "Greeting the guest were A and B" (sendoff.go)
		} else if !ok && !s.Quoted[k] && passiveSendOff(toks, k) {
			c, ok = frame.Meet, true // "was seen off at the station by X" (sendoff.go)
		} else if !ok && !s.Quoted[k] && frame.PerfectSeen(toks, k) && !frame.SeenApart(toks, k) && (d.arg.PersonObjectAfter(si, k) || d.arg.DescribedObject(si, k)) {
			c, ok = frame.Meet, true // "had seen X in P on Monday" (sendoff.go)
		} else if !ok && !s.Quoted[k] && joinedAtTable(toks, k) {
			c, ok = frame.Meet, true // "joined X at the table"
		} else if !ok && !s.Quoted[k] && joinedForTalks(toks, k) {
			c, ok = frame.Meet, true // "A joined B in P for talks with C"
		} else if !ok && !s.Quoted[k] && tableFacing(toks, k) {
			c, ok = frame.Meet, true // "A, B and C faced each other across a round table" (below)
		} else if !ok && !s.Quoted[k] && facedDelegation(toks, k) {
			c, ok = frame.Meet, true // "A and B faced an eight-member delegation led by C" (below)
		} else if !ok && !s.Quoted[k] && handshake(toks, k) {
			c, ok = frame.Meet, true // "A and B shook hands", "A shook hands with B"
		} else if !ok && !s.Quoted[k] && ledOwnDelegations(toks, k) && d.namedPeople(si, k) >= 2 {
			c, ok = frame.Meet, true // "A and B led their respective delegations" (owndelegations.go)
		} else if !ok && !s.Quoted[k] && d.togetherAt(si, k) {
			c, ok = frame.Meet, true // "were last together in X" (when.go)
		} else if !ok && !s.Quoted[k] && openedSittingWith(toks, k) {
			c, ok = frame.Talks, true // "X opened the session with the heads of the delegations, A and B" (openedsitting.go)
		} else if !ok && !s.Quoted[k] && d.heldSession(si, k) {
			c, ok = frame.Talks, true // "A and B held a separate session"
		} else if !ok && !s.Quoted[k] && d.jointChairedSession(si, k) {
			c, ok = frame.Meet, true // "A and B co-chaired the first session of the commission" (jointchair.go)
		} else if !ok && !s.Quoted[k] && d.sessionWith(si, k) {
			c, ok = frame.Meet, true // "after a final session with X" (jointchair.go)
		} else if !ok && !s.Quoted[k] && d.guestAtMeal(si, k) {
			c, ok = frame.Meet, true // "X was the guest of Y at a dinner" (jointchair.go)
		} else if !ok && !s.Quoted[k] && d.reachedAgreement(si, k) {
			c, ok = frame.Meet, true // "A and B today reached agreement" (jointchair.go)
		} else if !ok && !s.Quoted[k] && privateTalk(toks, k) {
			c, ok = frame.Meet, true // "the two leaders held a tete-a-tete" (jointchair.go)
		} else if !ok && !s.Quoted[k] && viewsExchanged(toks, k) && d.namedPeople(si, k) >= 2 {
			c, ok = frame.Meet, true // "A and B had an in-depth exchange of views" (jointchair.go)
		} else if !ok && !s.Quoted[k] && viewsExchangedWith(toks, k) {
			c, ok = frame.Meet, true // "A exchanged views with B" (jointchair.go)
		} else if !ok && !s.Quoted[k] && gatheredSession(toks, k) {
			c, ok = frame.Talks, true // "The opening session brought together A, B and C"
		} else if !ok && !s.Quoted[k] && roundTook(toks, k) {
			c, ok = frame.Talks, true // "the last round ended on May 9"
		} else if !ok && !s.Quoted[k] && sittingDown(toks, k) {
			c, ok = frame.Meet, true // "before sitting down with C and D", "were sitting face to face"
		} else if !ok && !s.Quoted[k] && tookPlaces(toks, k) && d.namedPeople(si, k) >= 2 && !sittingToldBefore(prev, si) {
			c, ok = frame.Meet, true // "A, B and C took their places at the table"
		} else if !ok || s.Quoted[k] {
			continue
		}
		if fromAside(toks, k, len(toks)) {
			continue // "A, fresh from a summit in X, met B": the trip's origin, another event (when.go)
		}
		if k+1 < len(toks) && toks[k+1].Lower == "held" && sequelHeldNoun(toks, k+1, -1) {
			continue // "the work of the conference held in X in June": an older meeting looked back on (when.go)
		}
		if frame.DegreeInfinitive(toks, k) {
			continue // "a relationship mature enough to talk": what could be, no encounter
		}
		if frame.SatisfiedPossessor(toks, k) {
			continue // "meets Uganda's development goals": a need satisfied, no encounter
		}
		// A see verb meets a person, or a team named by who leads it:
		// "met the government team in the morning and saw the rebel
		// negotiators headed by X in the afternoon" is a second encounter,
		// the host with X, not X joined to the first (ledDelegationObject,
		// as for "received the delegation led by X"; issue 14's
		// three-hundred-and-fifty-ninth round, p2191).
		if frame.ObjectTriggers[t.Lower] && len(d.eachOfThem(si, k)) == 0 && !d.pairRelative(si, k) && !d.arg.ObjectAfter(si, k) && !d.objectAfterCue(si, k) && !pluralObject(toks, k) && !d.passivePerson(si, k) && !d.signedByApposedSigners(si, k) && !d.titledReception(si, k) && d.ref.Visitor(si, k, k+1, k+5) < 0 && !d.possessiveTitled(si, k) && d.whereObject(si, k) < 0 && len(d.whereThem(si, k)) == 0 && d.objectAnte(si, k) < 0 && len(d.themAnte(si, k)) == 0 && !d.ledDelegationObject(si, k) && len(d.ref.DelegationAhead(si, k, len(toks))) == 0 && !d.ceremonyHosted(si, k, prev) || seeVerbs[t.Lower] && !d.arg.PersonObjectAfter(si, k) && !d.arg.DescribedObject(si, k) && !d.ledDelegationObject(si, k) {
			continue
		}
		if t.Lower == "embraced" && d.bodyTitledObject(si, k) {
			// "embraced the MNLF leader": the person a body's name and a
			// post noun describe, whom coreference does not name here;
			// the body itself embraced no one (issue 14's
			// five-hundred-and-fifty-seventh round, p2544).
			continue
		}
		if (t.Lower == "host" || t.Lower == "hosts") && k > 1 && k+1 < len(toks) && toks[k-2].Lower == "with" && hostNounDeterminers[toks[k-1].Lower] && toks[k+1].Text == "," {
			// "..., with the host, President C": who sat with the list, no
			// reception of its own; "The host, X, opened the summit" as
			// subject still tells the summit.
			continue
		}
		if frame.MeetingNouns[t.Lower] && toldAbout(toks, 0, k) {
			continue // "was briefed on today's meeting": told about it, not there
		}
		if frame.MeetingNouns[t.Lower] && phaseClauseNoun(toks, k) && d.plannedTriggerBefore(si, k) {
			continue // "is to meet B before the summit opens": the time of the meeting to come, no meeting of its own
		}
		if briefVerbs[t.Lower] && (d.personBriefed(si, k) < 0 || !briefInfinitive(toks, k)) && d.briefedBy(si, k) < 0 {
			continue // "briefed reporters", "briefed the council", "a brief stop"
		}
		if c == frame.Call && namingCall(toks, k) {
			continue // "for what they call a community": a naming, no phone call
		}
		if personCallVerbs[t.Lower] && c == frame.Call && !d.personCalled(si, k) {
			continue // "called for talks", "called it a failure", "a man called X"
		}
		if (t.Lower == "call" || t.Lower == "calls") && k+1 < len(toks) && (toks[k+1].Lower == "for" || toks[k+1].Lower == "on") &&
			!frame.CallNoun(toks, k) && c != frame.Meet {
			continue // "calls for talks", "calls on Israel"
		}
		if frame.PassiveOnly[t.Lower] && !invertedGreeting(toks, k) && !passiveAgent(toks, k) && !d.activeWelcome(si, k) && !d.ceremonyHosted(si, k, prev) && d.arg.HostPhrase(si, k) == nil && !d.jointSigning(si, k) && !d.signedWithPerson(si, k) && !d.agreedAt(si, k) {
			continue
		}
		if sitForm(t.Lower) && !sitTogether(toks, k) && !d.freshSeating(si, k, prev) {
			continue // "sat down with", "sat at the same table", not "sat in parliament"
		}
		if hostGerunds[t.Lower] && (k < 1 || !gerundPreps[toks[k-1].Lower]) {
			// "after hosting A and B for talks", "before receiving C": an
			// act of the main clause's subject (gerundSubjects); not
			// "thanked X for hosting the talks", "its hosting of
			// refugees", nor "receiving separately A and B", where the
			// guests met the host apart (issue 14's
			// three-hundred-and-twentieth round).
			continue
		}
		if handshake(toks, k) && (d.namedPeople(si, k) < 2 || d.PlaceOf(si, k, 0, len(toks)) == "" && d.dateOf(si, k, 0, len(toks), graph.Held) == "") {
			// "the two men shook hands", "A and B shook hands after the
			// signing": a gesture at the meeting told before, no
			// encounter of its own.
			continue
		}
		if h := HostedBy(toks); h == k || h >= 0 && hostedAgain(toks, h, k) {
			continue // "The meeting was hosted by X and attended by Y": the meeting told before (apart.go)
		}
		if e := AlsoSignedBy(toks); e >= 0 && k <= e && heldBefore(prev) {
			// "The treaty was also signed by X", "The document, signed at
			// Y, was also signed by X": the signing told before, which X
			// joins; no trigger up to the passive tells an encounter
			// (apart.go).
			continue
		}
		if conferVerbs[t.Lower] && !conferTogether(toks, k) {
			continue // "conferred for hours", not "conferred an honour on X"
		}
		if nameVerbs[t.Lower] && (!namesPut(toks, k) || !d.toldWhereOrWhen(si, k) && !d.watched(si, k) && !d.signedBefore(si, k) && !signedAtCeremony(toks, k) && !signedAboard(toks, k) && !signedAtNamedVenue(toks, k) && (heldBefore(prev) || d.namedPeople(si, k) < 3)) {
			// "put their names to the accord", not "put pressure on"; told
			// without place or time and with nobody looking on, the
			// signing is an act of the meeting told before it, as for
			// "signed" (jointSigning). A signing "in the presence of" a
			// person named there is a ceremony with a witness, an
			// encounter of its own as "signed ... in the presence of" is
			// (signedBefore, which also reads the onlookers; issue 14's
			// two-hundred-and-eighty-second round, p1727). With no
			// meeting told before, three or more people named at it put
			// their names to it together, an encounter of its own ("A of
			// P, B of Q, C of R and D of S put their names to the protocol
			// in the old palace": issue 14's five-hundred-and-twenty-fifth
			// round, p3185, p2041, p2432).
			continue
		}
		if c == frame.Weak && spokeAtOccasion(toks, k) {
			continue // "spoke in the morning session": an address (addresses.go)
		}
		if c == frame.Weak && spokeOut(toks, k) {
			continue // "spoke out against X", "speak up for X": a stand taken, no conversation
		}
		if c == frame.Weak && spokeToPress(toks, k) {
			continue // "A and B spoke to reporters": each briefed the press (addresses.go)
		}
		cs, ce := s.Clause(k)
		if tookPlaces(toks, k) && k >= 3 && cs >= k-2 && toks[k-1].Lower == "they" && seatingSubordinators[toks[k-2].Lower] {
			// "A and B exchanged no greeting as they took their places":
			// "they" are the main clause's subject, read from its start.
			cs, _ = s.Clause(k - 3)
		}
		if tableSeated(toks, k) {
			// "Around the table sat A of X, whose plan ..., B and C": the
			// list runs to the sentence's end over its appositions.
			ce = len(toks)
		}
		if frame.InTopic(toks, cs, k) {
			continue // "spoke with X to discuss the June meeting": a topic
		}
		if d.possessedTalks(si, k) != nil {
			// "X met Y on Monday, a day after his talks with Z": the
			// talks are an earlier encounter of their own, told from
			// their preposition on.
			clauses = append(clauses, []hit{{k, c, k - 2, ce, [2]int{k, -1}}})
			continue
		}
		// Two conjuncts of one clause ("A met B, and C visited D", "A
		// was received by B and held talks with C") are two events:
		// group triggers by the conjunct that holds them.
		gcs, _, _, gskip := frame.Conjunct(toks, frame.AfterRelative(toks, cs, k), ce, k)
		group := [2]int{gcs, gskip}
		if n := len(clauses); n > 0 && clauses[n-1][0].group == group {
			if c := briefConjunct(toks, clauses[n-1][len(clauses[n-1])-1].k, k); c >= 0 {
				// "he was received by A, and on Wednesday he was in X to
				// brief B": the briefing is an act of its own, told from
				// the comma on.
				clauses = append(clauses, []hit{{k, c, c + 1, ce, [2]int{k, -1}}})
				continue
			}
			clauses[n-1] = append(clauses[n-1], hit{k, c, cs, ce, group})
			continue
		}
		clauses = append(clauses, []hit{{k, c, cs, ce, group}})
	}
	var out []Frame
	var trig []int // the trigger of each frame in out
	front := frame.AfterFrontedAdjunct(toks)
	for _, hs := range clauses {
		// "After Tuesday's round in Oslo, the envoys will convene
		// again": a fronted adjunct sets the scene; a predicate
		// of the main clause speaks for it.
		if front > 0 && hs[0].k < front && hs[len(hs)-1].k >= front {
			hs = slices.DeleteFunc(hs, func(h hit) bool { return h.k < front })
		}
		// The strongest trigger that yields a meeting speaks for the clause.
		slices.SortStableFunc(hs, func(a, b hit) int { return b.class - a.class })
		for _, h := range hs {
			all := slices.Concat(prev, out) // the meetings told so far, prev's array left alone
			if m, ok := d.buildMeeting(si, h.k, h.class, h.cs, h.ce, all); ok {
				if len(all) > 0 && len(d.ref.HostedCeremony(si, h.k, toldHere(all, si))) > 0 {
					// "X hosted the ceremony in the hall": the signing
					// just told, at its city and on its day.
					m.Place, m.Date = all[len(all)-1].Place, all[len(all)-1].Date
				}
				if handshake(toks, h.k) || openingTriggers[toks[h.k].Lower] {
					// People shake hands: a state read for "the ministers of
					// A and B" is no hand shaken. People open a bridge: "the
					// bridge between A and B was inaugurated in the presence
					// of X and Y" meets no state (the hundred-and-eighty-fifth
					// round, p1144).
					m.Parts = slices.DeleteFunc(m.Parts, func(a int) bool { return d.Cast.Actors[a].Kind != graph.Person })
					if len(m.Parts) < 2 {
						continue
					}
				}
				if tableSeated(toks, h.k) {
					// "Around the table sat A, B and C": people sit; the
					// one who hosts them sits there too (tableHost).
					m.Parts = slices.DeleteFunc(m.Parts, func(a int) bool { return d.Cast.Actors[a].Kind != graph.Person })
					a, hs, verb := d.tableHost(si, h.k)
					if a >= 0 && !slices.Contains(m.Parts, a) {
						m.Parts = append([]int{a}, m.Parts...)
					}
					if a >= 0 && hs < si && d.dateOf(si, h.k, 0, len(toks), graph.Held) == "" {
						// "The host, X, opened the summit on Thursday. Around
						// the table sat A and B": the sitting is the one opened
						// then.
						if date := d.dateOf(hs, verb, 0, len(d.Sents[hs].Toks), graph.Held); date != "" {
							m.Date = date
						}
					}
					if len(m.Parts) < 2 {
						continue
					}
				}
				m.Also = h.k > 0 && additionCues[toks[h.k-1].Lower]
				pcs, pce, _, _ := frame.Conjunct(toks, frame.AfterRelative(toks, h.cs, h.k), h.ce, h.k)
				pce = relativeEnd(toks, h.cs, h.k, pce)
				if each := d.eachOfThem(si, h.k); len(each) > 0 {
					// "received each of them": one encounter with each; no
					// host read (an untold "the president"), none at all.
					host := slices.DeleteFunc(slices.Clone(m.Parts), func(a int) bool { return slices.Contains(each, a) })
					for _, a := range each {
						if len(host) == 0 {
							break
						}
						out = append(out, withParts(m, append(slices.Clone(host), a)))
					}
				} else if fs := d.frontedSeparate(si, h.k, m); fs != nil {
					out = append(out, fs...)
				} else if fs := d.frontedGerund(si, m); fs != nil {
					out = append(out, fs...)
				} else if fs := d.frontedEarlier(si, h.k, m); fs != nil {
					out = append(out, fs...)
				} else {
					out = append(out, d.distribute(si, h.k, pcs, pce, m)...)
				}
				for len(trig) < len(out) {
					trig = append(trig, h.k)
				}
				break
			}
		}
	}
	out = d.whenOccasion(si, out, trig)
	out = d.trailingCall(si, out)  // "met B after speaking by telephone with C" (trailingcall.go)
	out = d.trailingTalks(si, out) // "met B on Tuesday, a day after holding talks with C" (trailingtalks.go)
	out = d.theirCall(si, out)     // "A and B agreed Thursday to ..., in their first telephone talks" (theircall.go)
	out = d.withWhomCall(si, out)  // "A thanked B, with whom he spoke by telephone on Wednesday" (withwhomcall.go)
	held := 0
	for _, f := range out {
		if f.Status == graph.Held || f.Status == "" {
			held++
		}
	}
	if held > 1 && !oneEncounter(out) {
		// "A met B and later met C": each encounter has the
		// participants the sentence tells for it. A meeting planned
		// beside one held ("agreed to start negotiations, after the
		// talks mediated by X") is no second encounter.
		for i := range out {
			out[i].Split = true
		}
	}
	out = append(out, d.signedForSides(si)...)
	if len(out) == 0 {
		// "X sponsored this week the signing of a pact between A and
		// B" (sponsoredsigning.go).
		out = d.sponsoredSigning(si)
	}
	if len(out) == 0 {
		// "A signed the letter in the presence of B" (lonesigner.go).
		out = d.loneSignerWitnessed(si)
	}
	if len(out) == 0 {
		// "A reported the results to B at the palace" (reportedto.go).
		out = d.reportedToPerson(si)
	}
	if len(out) == 0 {
		// "A read out a statement at the closing session, attended by
		// B and C" (attendedsitting.go).
		out = d.sittingAttendedBy(si)
	}
	if len(out) == 0 {
		out = d.signedForJoin(si, prev)
	}
	d.noteSeriesSides(out)
	return out
}

// oneEncounter: every held frame of a sentence has the same people,
// place, day and mode — "A and B met on the island today and talked for
// an hour", "A met B and held talks with him": two verbs of one
// encounter, not several encounters each with its own participants, so
// none of them is split off (a presence list told after it, "Attending
// were C and D", still joins it; the two-hundred-and-eighty-fifth round,
// p1742).
func oneEncounter(out []Frame) bool {
	var first *Frame
	for i := range out {
		f := &out[i]
		if f.Status != graph.Held && f.Status != "" {
			continue
		}
		if first == nil {
			first = f
			continue
		}
		if f.Place != first.Place || f.Date != first.Date || f.Mode != first.Mode || len(f.Parts) != len(first.Parts) {
			return false
		}
		for _, a := range f.Parts {
			if !slices.Contains(first.Parts, a) {
				return false
			}
		}
	}
	return first != nil
}

// onlyInFromAside: every mention of actor a in sentence si stands before
// the predicate at k in a phrase that tells where someone came from ("A,
// fresh from talks in X with C, met B": C; when.go fromAside).
func (d *Reader) onlyInFromAside(si, a, k int) bool {
	n := 0
	for _, m := range d.Ments[si] {
		if m.Actor != a {
			continue
		}
		if !fromAside(d.Sents[si].Toks, m.I, k) {
			return false
		}
		n++
	}
	return n > 0
}

// afterTalks: the talks noun at k is governed by a preposition of past
// events ("after the talks", "following talks", "after six hours of
// talks": crossedPastPrep) that opens a clause of its own at cs, after
// the main clause of the sentence.
func afterTalks(toks []text.Token, k, cs int) bool {
	if cs < 2 || frame.Triggers[toks[k].Lower] != frame.Talks {
		return false
	}
	if p := crossedPastPrep(toks, k); p >= 0 && p <= cs+1 {
		return true // "agreed on Thursday ..., after six hours of talks" (the hundred-and-fifty-second round)
	}
	return k > 0 && pastPreps[toks[k-1].Lower] && k-1 <= cs+1 ||
		k > 1 && pastPreps[toks[k-2].Lower] && (toks[k-1].Lower == "the" || toks[k-1].Lower == "these") && k-2 <= cs+1
}

// definiteNoun: the predicate at k is a noun after a demonstrative or
// "the", with at most one modifier between ("the meeting", "the
// trilateral meeting", "this closed-door summit", "the 90-minute
// meeting"): a meeting the story refers to, not one it introduces.
func definiteNoun(toks []text.Token, k int) bool {
	isDef := func(i int) bool {
		return i >= 0 && (toks[i].Lower == "the" || toks[i].Lower == "this" || toks[i].Lower == "that")
	}
	if isDef(k - 1) {
		return true
	}
	if k >= 2 && toks[k-1].Text == "'s" {
		// "took part in Tuesday's meeting": a day's meeting is the one
		// told for that day.
		if _, day := lexicon.Weekdays[toks[k-2].Lower]; day {
			return true
		}
	}
	// One modifier: a lower-case word or number, or words joined by
	// hyphens.
	i := k - 1
	if i < 0 {
		return false
	}
	if t := toks[i]; !(t.Word && !t.Cap && !functionWords[t.Lower] && frame.Triggers[t.Lower] == 0 && !frame.LooksVerb(toks, i) || mention.IsNumber(t.Lower)) {
		return false
	}
	// The words of a hyphenated modifier may be any: "two-hour", "one-on-one".
	for n := 0; n < 3 && i >= 2 && toks[i-1].Text == "-" && toks[i-1].Glued && (toks[i-2].Word && !toks[i-2].Cap || mention.IsNumber(toks[i-2].Lower)); n++ {
		i -= 2
	}
	return isDef(i - 1)
}

// buildMeeting assembles participants, place, date, status and mode.
func (d *Reader) buildMeeting(si, k, class, cs, ce int, prev []Frame) (Frame, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	var persons, slots []int
	add := func(list *[]int, a int) {
		if a >= 0 && !slices.Contains(*list, a) {
			*list = append(*list, a)
		}
	}
	mediators := map[int]bool{}
	last := told(prev, si)
	if n := len(prev); n > 0 && prev[n-1].Sent == si && whereClause(toks, cs) {
		// "A received B at X, where the two leaders held talks": the two
		// are the people of the clause the place belongs to.
		last = coref.Told{Sent: si, Parts: prev[n-1].Parts, Held: prev[n-1].Status == graph.Held}
	}
	pcs := frame.AfterRelative(toks, cs, k)
	if e := closedRelativeAt(toks, pcs, k); e > pcs {
		// "A, who flew in after his talks with C, was received by B":
		// the clause the relative one holds ("his talks with C") is
		// another event; the predicate's arguments start after it.
		pcs = e
	}
	pcs, pce, skipFrom, skipTo := frame.Conjunct(toks, pcs, ce, k)
	pce = relativeEnd(toks, cs, k, pce)
	apposed, apposedObj, tcs := -1, -1, cs
	if c, a := apposedSubordinate(toks, cs, k); c > 0 {
		// "X, the first leader to visit since Y took office last month,
		// talked with Z": the clause "since" opens ends inside X's
		// apposition; the predicate after it is X's, and Y, "last month"
		// are no arguments of it. An object pronoun ("talked with her")
		// stands for the one person that clause names.
		if m := d.MentionEndingAt(si, a); m != nil && m.Actor >= 0 && m.I <= 1 && d.arg.Eligible(si, m) && d.Cast.Actors[m.Actor].Kind == graph.Person {
			apposed, pcs, tcs = m.Actor, max(pcs, c+1), c+1
			apposedObj = d.apposedObject(si, cs, c, k, apposed)
		}
	}
	if c := d.frontedThatClauseEnd(si); c > k && c < pce {
		// "Recalling that he had met C in X, A asked B to ...": the
		// recalled meeting's arguments end with the fronted clause.
		pce, ce = c, min(ce, c)
	}
	briefCe := -1 // the clause's end before a briefing's topic cut it
	if j := d.briefTopic(si, k); j >= 0 && j < pce {
		briefCe = ce
		pce, ce = j, min(ce, j) // "to brief X on the talks with Y": Y is the topic's
	}
	if c := briefConjunct(toks, k, pce); c >= 0 && !briefVerbs[toks[k].Lower] {
		pce, ce = c, min(ce, c) // "received by A, and ... to brief B": B is the briefing's
	}
	if at := d.possessedTalksAfter(si, k, pce); at >= 0 {
		// "A met B, a day after his talks with C in X": C and X are
		// those of the other talks.
		pce, ce = at, min(ce, at)
	}
	if d.possessedTalks(si, k) != nil {
		pce = withListEnd(toks, k, pce) // "... with X at the office Y": Y is a venue
	}
	topic := frame.TopicSpans(toks, k, pce)
	informed := d.informedOf(si, pcs, k)
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < pcs || m.J > pce || m.I >= skipFrom && m.I < skipTo || !d.arg.Eligible(si, m) || topic[m.I] || sender(toks, m.I) || dispatcher(toks, m.J, k) {
			continue
		}
		if m.I == informed {
			continue // "A informed B on his talks with C": B was told of them, not there
		}
		if d.Cast.Actors[m.Actor].Kind == graph.Person && fromAside(toks, m.I, k) {
			continue // "A, fresh from talks in X with C, met B": C was at the trip's origin (when.go)
		}
		if m.J+1 < len(toks) && toks[m.J].Text == "-" && mediatorVerbs[toks[m.J+1].Lower] {
			mediators[m.Actor] = true
			continue
		}
		if d.Cast.Actors[m.Actor].Kind == graph.Person {
			add(&persons, m.Actor)
		}
	}
	if apposed >= 0 && !slices.Contains(persons, apposed) {
		persons = append([]int{apposed}, persons...)
	}
	add(&persons, apposedObj)
	if a := d.frontedThatSubject(si, k); a >= 0 && !slices.Contains(persons, a) {
		// "Recalling that he had met C, A asked B ...": "he" is A.
		persons = append([]int{a}, persons...)
	}
	if a := d.conjunctPronoun(si, pcs, k); a >= 0 && !slices.Contains(persons, a) {
		// "..., X recalled, and on Sunday he met Y": "he" is X.
		persons = append([]int{a}, persons...)
	}
	if subj, obj := d.butConjunct(si, cs, k); subj >= 0 {
		// "A did not meet B but spoke to him": A, and B for "him".
		add(&persons, subj)
		add(&persons, obj)
	}
	if a := d.ref.PronounAntecedent(si, cs); a >= 0 && !slices.Contains(persons, a) {
		// "During the visit, he was received by X": "he" is the subject.
		persons = append([]int{a}, persons...)
	}
	if sp := d.arg.PronounSubject(si, cs); sp >= 0 && !slices.Contains(persons, sp) {
		persons = append([]int{sp}, persons...)
	}
	for _, a := range d.eachOfThem(si, k) {
		add(&persons, a)
	}
	for _, a := range d.relativeSubjects(si, cs, k) {
		add(&persons, a)
	}
	for _, a := range d.hyphenPair(si, k) {
		// "the A-B meeting", "the A-B talks": the two people the
		// hyphen joins before the noun.
		add(&persons, a)
	}
	for _, a := range d.legSubjects(si, cs) {
		// "A met B in X, then flew to Y for talks with C": A.
		add(&persons, a)
	}
	gerund := d.gerundSubjects(si, cs, k)
	for _, a := range gerund {
		// "X arrived on Sunday after meeting Y": X met Y.
		add(&persons, a)
	}
	for _, a := range d.possessedTalks(si, k) {
		// "X said ..., a day after his talks with Y": X met Y.
		add(&persons, a)
	}
	for _, a := range d.meetingWithAfter(si, k, ce) {
		// "X signed on Thursday, after a meeting with host Y": X met Y.
		add(&persons, a)
	}
	for _, a := range d.jointAfter(si, k, ce) {
		// "A and B agreed ..., after a meeting in X": A met B (apart.go).
		add(&persons, a)
	}
	jointSides := d.jointSidesAfter(si, k, ce)
	for _, a := range jointSides {
		// "A and B (states) agreed ... after talks in X": the sides met,
		// standing only when the rosters give their people (apart.go).
		add(&persons, a)
	}
	for _, a := range d.subordinateTheySubjects(si, k) {
		// "A and B agreed to a dialogue after they met in X": "they" of
		// the time clause is the main clause's named pair.
		add(&persons, a)
	}
	if d.joinedByPeople(si, k) {
		// "They (the two leaders) were joined at noon by X and Y":
		// the people after "by", though an adjunct opens a clause before
		// them, and those of the meeting just told, whom the plural
		// subject stands for.
		for _, a := range d.joiners(si, k) {
			add(&persons, a)
		}
		for _, a := range d.ref.TheyReferents(si, cs, k, last) {
			add(&persons, a)
		}
		if refs, _ := d.ref.PluralReferents(si, cs, k, last); refs != nil {
			for _, a := range refs {
				add(&persons, a)
			}
		}
		for _, a := range d.joinedHosts(si, cs, k, last) {
			add(&persons, a)
		}
		for _, a := range d.namedJoinSubject(si, k) {
			// "A and B held talks in X and were joined by C": the
			// named pair the sentence opens with.
			add(&persons, a)
		}
		if w := joinedWere(toks, k); w > 0 && toks[w].Lower == "being" && cs > 0 {
			// "The two presidents met alone before being joined by X":
			// "before" opens the gerund's clause, whose subject is the
			// plural that opens the sentence.
			if refs, _ := d.ref.PluralReferents(si, 0, w-1, last); refs != nil {
				for _, a := range refs {
					add(&persons, a)
				}
			}
		}
	}
	for _, a := range d.colonRoster(si, cs, k) {
		// "Their ministers met ...: X for A and Y for B".
		add(&persons, a)
	}
	for _, a := range d.watchers(si, pcs) {
		// "A and B watched as C and D signed": A and B were there.
		add(&persons, a)
	}
	delegation, delegationAnte := d.ref.Delegation(si, k, pcs, pce)
	for _, a := range delegation {
		// "The delegation was received by X": its leader and members.
		add(&persons, a)
	}
	for _, a := range d.ref.HostedCeremony(si, k, toldHere(prev, si)) {
		// "X hosted the ceremony": the people of the signing just told
		// (coref.HostedCeremony).
		add(&persons, a)
	}
	for _, a := range d.ref.WhereItBody(si, k) {
		// "A delegation led by X flew to Y, where it met Z": X
		// (coref/whereit.go).
		add(&persons, a)
	}
	for _, a := range d.ref.DelegationAhead(si, k, pce) {
		// "X received a delegation. The delegation was led by Y": Y
		// (coref/delegationahead.go).
		add(&persons, a)
	}
	if a := d.whereObject(si, k); a >= 0 {
		// "A travelled to B, where C received him": A.
		add(&persons, a)
	}
	for _, a := range d.whereThem(si, k) {
		// "A and B went on to C, where D received them": A and B.
		add(&persons, a)
	}
	if a := d.objectAnte(si, k); a >= 0 {
		// "A arrived on Tuesday. C received her": A (objectante.go).
		add(&persons, a)
	}
	for _, a := range d.themAnte(si, k) {
		// "A led a team with B. C received them": A and B (objectante.go).
		add(&persons, a)
	}
	if a := d.invertedGuest(si, k); a >= 0 {
		// "A arrived on Tuesday. Also on hand to greet him was C": A
		// (sendoff.go).
		add(&persons, a)
	}
	visitor, titledAnte := d.ref.VisitorAnte(si, k, pcs, pce)
	if g := mealGuest(toks, k); visitor < 0 && g >= 0 && g+1 < pce {
		// "hosted a banquet for his guest", "in honour of the visitor":
		// the description right after the guest's preposition.
		visitor, titledAnte = d.ref.VisitorAnte(si, g, g+1, pce)
	}
	subjectVisitor := -1
	if visitor >= 0 && !slices.Contains(persons, visitor) && pcs < k {
		if v, _ := d.ref.VisitorAnte(si, k, pcs, k); v == visitor {
			subjectVisitor = visitor // the description is the subject
		}
	}
	if visitor >= 0 {
		// "The visiting minister later met X", "the guest was received
		// by X": the story's visitor.
		add(&persons, visitor)
	}
	titledFrom, titledTo := 0, 0
	if visitor < 0 {
		p, s, e := d.ref.TitleSubjectNamedAfter(si, pcs, k)
		if p < 0 {
			// "the head of the Ostmarkian delegation was received by X" after
			// "the Ostmarkian side (was headed) by Y": Y.
			p, s, e = d.ref.TitleSubjectNamedBefore(si, pcs, k)
		}
		if p >= 0 {
			// "The head of the X delegation was received by Y. Chairman
			// W, who arrived ...": W, named after the post (or before
			// it); the names in the post's phrase are not received.
			titledFrom, titledTo = s, e
			persons = slices.DeleteFunc(persons, func(a int) bool { return d.onlyWithin(si, a, s, e) })
			add(&persons, p)
		}
	}
	other := map[int]bool{} // the other predicate's object in "A thanked C and met B"
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.I >= skipFrom && m.I < skipTo && m.Actor >= 0 {
			other[m.Actor] = true
		}
	}
	reported := d.reportedAfterMeeting(si, k)
	for _, a := range d.arg.SlotActors(si, k, pcs, pce, len(persons) >= 2) {
		if !mediators[a] && !other[a] && !d.onlyInFromAside(si, a, k) && !(titledTo > 0 && d.onlyWithin(si, a, titledFrom, titledTo)) &&
			!(reported > 0 && d.onlyWithin(si, a, reported, len(toks))) {
			add(&slots, a)
		}
	}
	for _, a := range d.ref.Guests(si, k, pcs, pce, last) {
		// "The visitors later held talks with X": the guests of the
		// meeting told just before (coref/guests.go).
		add(&persons, a)
	}
	if team, st := d.ref.SideTeam(si, k, pcs, pce, last); len(team) > 0 && !slices.ContainsFunc(slots, func(a int) bool {
		return a != st && d.Cast.Actors[a].Kind != graph.Person
	}) {
		// "The Peruvian ministers were received by X": the people who
		// sat for Peru at the meeting just told stand for Peru. Beside
		// another state or body the clause tells a meeting of sides,
		// which the team's people would be paired with.
		slots = slices.DeleteFunc(slots, func(a int) bool { return a == st })
		for _, a := range team {
			add(&persons, a)
		}
	}
	anaphoric := definiteNoun(toks, k)
	if anaphoric && (frame.AnyWord(toks, max(cs, k-4), k, attendWords) || frame.AttendedBy(toks, k+1, min(ce, k+4)) || k == 1 && (HostedBy(toks) >= 0 || frame.SubjectAttendance(toks) > 0 && heldJustBefore(prev, si)) || k <= 2 && frame.CoordinatedAttendance(toks) > 0 && heldJustBefore(prev, si)) {
		// "X and Y joined the meeting", "the meeting was attended by X
		// and Y": joined by partials in package extract
		return Frame{}, false
	}
	if anaphoric && frame.CommentedOn(toks, cs, k) {
		return Frame{}, false
	}
	speaker, spokenTo := d.reportingSpeaker(si, k)
	if anaphoric && len(persons)+len(slots) < 2 {
		// "..., a spokesman said the meeting also covered ...": the
		// people of the sentence met.
		persons, slots = nil, nil
		contrast := contrastAfter(toks, k)
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if (speaker >= 0 || reported > 0) && m.I > k {
				// "A said after the meeting that C would ...": the
				// people of what was said were not at the meeting.
				continue
			}
			if m.I > contrast {
				// "After the talks A said ..., but spokesman C said
				// ...": the contrasting clause tells another's view.
				continue
			}
			if d.arg.Eligible(si, m) && d.Cast.Actors[m.Actor].Kind == graph.Person {
				// "The meeting coincided with the forum, where A and
				// B gave speeches": speakers, not its people.
				if mcs, mce := s.Clause(m.I); addressClause(toks, mcs, mce) {
					continue
				}
				add(&persons, m.Actor)
			}
		}
	}
	fronted := d.frontedParts(si, k)
	if len(fronted) >= 2 {
		for _, a := range fronted {
			add(&persons, a)
		}
	} else {
		fronted = nil
	}
	spoken := speaker >= 0
	if spoken {
		add(&persons, speaker)
		if d.frontedThatClauseEnd(si) <= k {
			add(&persons, spokenTo) // not "Recalling that he met C, A asked B ...": B
		}
	}
	if class == frame.Talks && fronted == nil && !d.talksHappen(si, k, cs, ce) {
		return Frame{}, false
	}
	if class == frame.Talks && processOf(d.Sents[si].Toks, k) {
		return Frame{}, false // "briefed X on the state of A's negotiations with B"
	}
	ante := -1         // the sentence that named the participants, when this one does not
	described := false // a plural description was read as the participants
	argued := false    // a plural description beside named sides stood for the people just met
	if distinct(persons, slots) >= 2 {
		// "They sat down again this morning, with A and B at the table":
		// a "they" that opens the sentence right after a held meeting
		// of people is those people, though the clause names others
		// with them (the two-hundred-and-fortieth round).
		for _, a := range d.ref.TheyReferents(si, cs, k, last) {
			add(&persons, a)
		}
		if k > 0 && toks[k-1].Lower == "were" && agentSoonAfter(toks, k) {
			// "They were greeted at the airport by Y and Z": the
			// agents are the hosts, "they" the guests named just
			// before (the three-hundred-and-second round, p1845).
			for _, a := range d.ref.TheyNamedPair(si, cs, k, last) {
				add(&persons, a)
			}
		}
	}
	if distinct(persons, slots) >= 2 && (frame.PassiveOnly[toks[k].Lower] || frame.ObjectTriggers[toks[k].Lower]) && pluralGuests(toks, k) {
		// "A and B welcomed the two delegations": two hosts name no
		// guest, the counted plural after the verb does — the people of
		// the talks just told (p3099).
		if refs, _ := d.ref.PluralReferents(si, k+1, min(len(toks), k+6), last); refs != nil {
			for _, a := range refs {
				add(&persons, a)
			}
		}
	}
	if distinct(persons, slots) < 2 {
		// Participants the clause does not name: "the two leaders",
		// "both sides", "her Chilean counterpart", "She met ...".
		if a := d.ref.PronounAntecedent(si, cs); a >= 0 {
			add(&persons, a)
		}
		for _, a := range d.whereTheySubjects(si, cs) {
			// "A and B flew to X, where they met C": "they" is the
			// named subject of the trip.
			add(&persons, a)
		}
		for _, a := range d.ref.TheyReferents(si, cs, k, last) {
			// "They first met in X": the people of the meeting just told.
			add(&persons, a)
		}
		if distinct(persons, slots) == 0 || k > 0 && toks[k-1].Lower == "were" && agentSoonAfter(toks, k) {
			// "They were welcomed by Y": the two named before are the
			// guests of the one the agent names.
			for _, a := range d.ref.TheyNamedPair(si, cs, k, last) {
				// "... announced by A and B. They spoke by phone": the
				// two the sentence before names, where it told no meeting.
				add(&persons, a)
			}
		}
		if k > 0 && toks[k-1].Lower == "their" && len(slots) == 0 {
			for _, a := range d.ref.TheirReferents(si, persons, last) {
				// "X recalled their meeting in Y": X and the one X met just before.
				add(&persons, a)
			}
		}
		if a := d.ref.Counterpart(si, cs, ce); a >= 0 {
			if d.Cast.Actors[a].Kind == graph.Person {
				add(&persons, a)
			} else {
				add(&slots, a)
			}
		}
		if a := d.ref.DemonymPost(si, cs, ce); a >= 0 {
			// "the Greek minister met X": the person of that state
			// named last.
			add(&persons, a)
		}
		refs, at := d.ref.PluralReferents(si, cs, ce, last)
		if rs, re := relativeSubjectClause(s, cs, k); refs == nil && rs >= 0 {
			// "The two leaders, who had flown in that morning, held
			// talks": the description is the subject of the clause the
			// relative one interrupts.
			refs, at = d.ref.PluralReferents(si, rs, re, last)
		}
		if refs != nil {
			described = true
			for _, a := range refs {
				if d.Cast.Actors[a].Kind == graph.Person {
					add(&persons, a)
				} else {
					add(&slots, a)
				}
			}
			if at >= 0 && at < si {
				ante = at
			}
		}
	}
	if len(persons)+len(slots) >= 1 && !described {
		// "The two leaders met with X": the description stands for the
		// people of the meeting just told, X is named beside them.
		pl := d.ref.ArgumentPlural(si, pcs, pce, last)
		for _, a := range pl {
			add(&persons, a)
		}
		argued = len(pl) >= 2
		if w := whereTheyAt(toks, pcs); w > 0 {
			// "The two leaders then flew on to X, where they continued
			// their talks together with A and B": "they" of the "where"
			// clause is the main clause's plural description, which
			// stands for the people of the meeting just told.
			for _, a := range d.ref.ArgumentPlural(si, 0, w, last) {
				add(&persons, a)
			}
		}
	}
	// "the two countries' foreign ministers": the people of that post.
	for _, a := range d.ref.TitlePlural(si, pcs, pce, persons) {
		add(&persons, a)
	}
	// "the foreign ministers of A and B": the person of that post in each.
	if posts := d.ref.StatesPosts(si, pcs, pce); len(posts) > 0 {
		for _, a := range posts {
			add(&persons, a)
		}
		// "The presidents of A and B, meeting their Russian counterpart":
		// a state beside the posts stands for its one person as they do.
		for i, a := range slots {
			if p := d.ref.StatePerson(a); p >= 0 {
				slots[i] = -1
				add(&persons, p)
			}
		}
		slots = slices.DeleteFunc(slots, func(a int) bool { return a < 0 })
	}
	if len(persons)+len(slots) == 0 && earlierRound(toks, cs) && !d.namesPerson(si) {
		// "The first round, held in X in January, produced a truce": a
		// round of the talks the story opened with, told without people,
		// was between that meeting's sides.
		for _, a := range d.storySides() {
			add(&slots, a)
		}
	}
	if informed >= 0 {
		// The person told of the meeting, whichever reading named him.
		for _, m := range d.Ments[si] {
			if m.I == informed && m.Actor >= 0 {
				persons = slices.DeleteFunc(persons, func(a int) bool { return a == m.Actor })
				slots = slices.DeleteFunc(slots, func(a int) bool { return a == m.Actor })
			}
		}
	}
	if v := waitedAside(toks, k); v >= 0 {
		// "A and B remained in an ante-room throughout the
		// conversation": those who waited outside kept out of it
		// (waitedaside.go).
		persons = d.dropWaiters(si, v, persons)
		slots = d.dropWaiters(si, v, slots)
	}
	if a, b := d.onlookedBetween(si, k); a >= 0 {
		// "The two ministers recalled the summit between A and B": the
		// pair "between" names, not the recalling subject
		// (onlookedbetween.go).
		persons, slots = []int{a, b}, nil
	}
	parts := slices.Clone(persons)
	for _, a := range slots {
		if (described || argued) && len(persons) >= 2 && d.Cast.Actors[a].Kind == graph.State && d.namedBetween(si, cs, ce, a) {
			// "the two Prime Ministers discussed the agreement between
			// A and B": the description named the meeting's people; the
			// states the clause names "between" are what they talked
			// about (p1085). "the war in X and the border with Y" keeps
			// its states, which tell the two leaders are no sides.
			continue
		}
		if !d.arg.RepresentedBy(a, persons) {
			add(&parts, a)
		}
	}
	if len(parts) < 2 {
		return Frame{}, false
	}
	m := Frame{Parts: parts, Sent: si, Evidence: s.Text}
	m.ModifiedSides = d.arg.ModifiedSidesSubject(si, pcs) || len(jointSides) > 0
	m.Anaphoric = anaphoric
	m.Aside = len(gerund) > 0
	since := -1 // "have not met since October": the "since" of their last meeting
	if frame.NegatedPredicate(toks, k) {
		if since = lastMetSince(toks, k); since < 0 || len(persons) < 2 || described && !frame.AnyWord(toks, cs, k, leaderNouns) {
			// "did not meet", "no meeting took place"; a body that "has
			// not met since" is no people's meeting; "the two foreign
			// ministers" are read through the posts the story gives,
			// which may be wrong (p325, p470), and a negation is no
			// ground to guess on. "The two leaders" are read from the
			// people just named.
			return Frame{}, false
		}
	}
	if inQuestion(toks, k, cs) {
		return Frame{}, false // "asked whether A had met B", "unclear if they met" (question.go)
	}
	m.Status = d.status(toks, k, cs, ce)
	if m.Status == graph.Held && mealToCome(toks, k, cs) {
		m.Status = graph.Planned // "is to give a luncheon for X" (addresses.go)
	}
	attr, denied := d.attribution(si, k)
	m.Attr = attr
	m.Status = finalStatus(m.Status, d.cancelled(toks, k, cs), denied)
	if since >= 0 {
		// The meeting told is the one the "since" phrase dates; it was
		// held, where and when that phrase says.
		m.Status = graph.Held
		cs, ce = s.Clause(since + 1)
		k = since
	}
	arrivalSent := -1 // the sentence that put a pronoun's person in the meeting's city
	m.Mode = graph.UnknownMode
	switch {
	case frame.AnyWord(toks, cs, ce, frame.VirtualWords):
		m.Mode = graph.Virtual
	case d.callWordIn(si, cs, ce) && !d.callOnlyInRelative(si, cs, ce, k) && !callSetsInvitation(toks, cs, ce, k) || class == frame.Call:
		m.Mode = graph.Call
	}
	if m.Mode == graph.UnknownMode && described && class == frame.Weak && m.Status == graph.Held && callContinued(prev, si, parts) {
		// "A spoke by phone with B. The two presidents discussed X": a
		// readout goes on telling the call it opened with; the described
		// pair's "discussed" is that call, no meeting in person where
		// the story last put one of them (callsequel.go).
		return Frame{}, false
	}
	if m.Mode == graph.Call && m.Status == graph.Held && callRetold(prev, si, toks, k, parts) {
		// "The press secretary said the conversation lasted an hour":
		// the call told before, retold by one who reports it
		// (callsequel.go).
		return Frame{}, false
	}
	if m.Mode == graph.InPerson || m.Mode == graph.UnknownMode {
		m.Place = d.PlaceOf(si, k, tcs, ce)
		if m.Place == "" && afterTalks(toks, k, cs) {
			// "A and B agreed in X on Wednesday to ..., after the talks
			// mediated by C": the talks were where the clause they
			// close puts A and B.
			m.Place = d.PlaceOf(si, cs-1, 0, cs)
		}
		if v := speechBeforeGerund(toks, k); m.Place == "" && len(gerund) > 0 && v >= 0 {
			// "X announced in P yesterday after meeting Y": what X said
			// right after the meeting was said where it was held
			// (apart.go).
			m.Place = d.PlaceOf(si, k-2, v, k-1)
		}
		if m.Place == "" && m.Status == graph.Held {
			// "X arrived in Shanghai on Saturday and on Sunday attended
			// the expo, where he spoke with Y": where the sentence's own
			// arrival put X, before a place carried from the story or
			// read from a gathering's name ("the China ... Expo").
			m.Place = d.arrivalEarlier(si, k, parts)
		}
		if m.Place == "" {
			// "X met Y at the Munich Security Conference": the city the
			// gathering's name opens with (namedgathering.go).
			m.Place = d.namedGatheringCity(si, cs, ce)
		}
		if m.Place == "" && m.Status == graph.Held && greetedOnArrival(toks) {
			// "X had left Y on Sunday. He was seen off at the airport by
			// Z": the send-off is in the city left (pronounarrival.go).
			m.Place, arrivalSent = d.pronounDeparture(si, parts)
		}
		if m.Place == "" && m.Status == graph.Held && greetedOnArrival(toks) {
			// "LONDON -- ... X arrived in Y on Saturday. He was met at
			// the airport by Z": a reception on arrival is in the city
			// of the arrival, not the dateline's (pronounarrival.go).
			m.Place, arrivalSent = d.pronounArrival(si, parts)
		}
		if m.Place == "" && m.Status == graph.Held {
			// "MOSCOW, May 26 -- X received Y on Friday", a roundup's
			// later part filed from where it happened (places.go).
			m.Place = d.paragraphDateline(si)
		}
		if m.Place == "" && m.Status == graph.Held {
			m.Place = d.sidelinePlace(si, cs)
		}
		if m.Place == "" && m.Status == graph.Held {
			// "A day earlier, X was in Kyiv. He held talks with Z": where
			// the sentence before put the pronoun's person (pronounarrival.go).
			m.Place, arrivalSent = d.pronounArrival(si, parts)
		}
		if m.Place == "" && d.possessedTalks(si, k) == nil {
			// Possessed talks were elsewhere than the meeting told before them.
			m.Place = d.inheritPlace(prev, parts, si, m.Anaphoric, m.Status, d.dateOf(si, k, tcs, ce, m.Status))
		}
		if m.Place == "" && (fronted != nil || frame.FrontedAnaphor(toks)) {
			if ps, pk := d.previousTrigger(si); ps >= 0 {
				pcs, pce := d.Sents[ps].Clause(pk)
				m.Place = d.PlaceOf(ps, pk, pcs, pce)
			}
		}
		if m.Place == "" && m.Status == graph.Held && attendedMeeting(d.Sents[si].Toks) {
			// "The meeting, which lasted five hours, was attended by X
			// and Y": the meeting the sentence before told, where it was.
			m.Place = priorHeldPlace(prev, si)
		}
		if m.Place == "" && d.joinedByPeople(si, k) {
			// "The two were joined the next day by X and Y": where
			// the meeting of the two was, though another day.
			m.Place = lastHeldPlace(prev, si)
		}
		if m.Place == "" && ante >= 0 {
			// "X arrived in Lima on Monday. The two leaders held talks":
			// where the sentence naming them puts them.
			m.Place = d.PlaceOf(ante, 0, 0, len(d.Sents[ante].Toks))
		}
		if m.Mode == graph.UnknownMode && (m.Place != "" || class == frame.Meet) {
			m.Mode = graph.InPerson
		}
	}
	m.Stars = m.Mode == graph.Call || class == frame.Weak && speakVerbs[toks[k].Lower]
	if m.Stars && subjectVisitor >= 0 && slices.Contains(m.Parts, subjectVisitor) {
		// "The President also spoke by telephone with A and B": the
		// subject description's person comes first, the one a call
		// round's other people each spoke with (record.go).
		m.Parts = append([]int{subjectVisitor}, slices.DeleteFunc(slices.Clone(m.Parts), func(a int) bool { return a == subjectVisitor })...)
	}
	m.Now = frame.PresentEvent(toks, cs, ce)
	if len(jointSides) > 0 {
		// "A and B agreed here today to ..., broken since 1982, at the
		// end of a round of talks": the sides' talks are timed by the
		// clause of their act, which an aside may have split off.
		tcs = 0
	}
	m.Date = d.dateOf(si, k, tcs, ce, m.Status)
	if m.Date == "" && briefCe > ce {
		// "A briefed B on the talks at the ministry on Thursday
		// evening": the day told past the briefing's topic is the
		// briefing's; its places stay the topic's (issue 14's four-hundred-and-sixty-seventh
		// round, p2834).
		m.Date = d.dayPastBriefTopic(si, ce, briefCe)
	}
	if day := d.conjunctShiftedDay(si, k, tcs, ce, m.Date); day != "" {
		m.Date = day // "arrived on Tuesday and met X the next day" (when.go)
	}
	if since >= 0 {
		m.Date = d.sinceDate(si, cs, ce)
	}
	if a := simultaneousAs(toks, k); m.Date == "" && m.Status == graph.Held && a > 0 {
		// "A and B agreed on Wednesday to ..., as the two leaders met":
		// the day of the act the "as" clause goes along with
		// (simultaneousas.go).
		m.Date = d.dateOf(si, k, 0, a, m.Status)
	}
	if a := precedingAfter(toks, k); m.Date == "" && m.Status == graph.Held && a > 0 {
		// "A and B agreed on Saturday to ..., after X held talks with
		// Y": the day of the act the talks led to (simultaneousas.go).
		m.Date = d.dateOf(si, k, 0, a, m.Status)
	}
	if m.Date == "" && arrivalSent >= 0 && !frame.AnyWord(toks, 0, len(toks), sequenceAdverbs) {
		// "A day earlier, X was in Kyiv. He held talks with Z": the day
		// that sentence shifts to is the episode's. A day the arrival
		// itself is told on ("arrived in X on Monday evening. He was met
		// by Y") dates the arrival only: the talks may be the next day
		// (p948), and the day is left to the rules below.
		if day := d.shiftedDay(prev, arrivalSent, len(d.Sents[arrivalSent].Toks)); day != "" {
			m.Date = day
		}
	}
	if m.Date == "" && arrivalSent >= 0 && greetedOnArrival(toks) {
		// "X arrived in Y on Saturday. He was met at the airport by Z":
		// a reception at the place of arrival is on the arrival's day
		// (pronounarrival.go).
		m.Date = d.lastDay(arrivalSent)
	}
	if m.Date == "" && d.possessedTalks(si, k) != nil {
		m.Date = d.daysBefore(si, k-2) // "on Monday, a day after his talks": Sunday
	}
	if m.Date == "" && d.meetingWithAfter(si, k, ce) != nil {
		// "signed on Thursday, after a meeting with Y": the day of the
		// act the meeting led to.
		p := withAfterPrep(toks, k)
		m.Date = d.dateOf(si, p, 0, p, m.Status)
	}
	if ts, te := s.RelativeTail(ce); m.Date == "" && ts >= 0 {
		// "A met B, who leads a faction, at a hotel on Monday": the time
		// after a relative clause on a person, set off by commas, is the
		// predicate's again.
		m.Date = d.dateOf(si, k, ts, te, m.Status)
	}
	if m.Date == "" {
		m.Date = d.legDay(si, cs, m.Status) // "met A on Monday, then flew to Y for talks with B" (nextleg.go)
	}
	if c := frontedTimeComma(toks, cs, k); m.Date == "" && c > 0 {
		// "On October 19, A, who is visiting X, met B": the time that
		// opens the sentence is the predicate's, past the subject's
		// relative clause that bounds the predicate's clause.
		m.Date = d.dateOf(si, k, 0, c, m.Status)
	}
	if m.Date == "" && m.Status == graph.Held {
		m.Date = d.ThatPartDay(si) // "A, who flew in on Sunday, called on B that evening" (when.go)
	}
	if m.Date == "" {
		m.Date = d.shiftedDay(prev, si, ce) // "The previous day, A had met B" (when.go)
	}
	if m.Date == "" {
		m.Date = d.toldEventDay(si, ce) // "Before the signing, A met B" (when.go)
	}
	if m.Date == "" {
		m.Date = d.toldEventTime(si) // "They spoke the day before the announcement" (when.go)
	}
	if m.Date == "" {
		// "After the summit, A met B": on the day of the summit told
		// before, and where it was (when.go).
		if day, sj, nk := d.toldMeeting(si); day != "" {
			m.Date = day
			if m.Mode != graph.Call && m.Mode != graph.Virtual && d.PlaceOf(si, k, tcs, ce) == "" {
				// With no place of its own, not the place of the
				// meeting told just before: the summit's, or the
				// dateline's when that holds the summit.
				pcs, pce := d.Sents[sj].Clause(nk)
				tp := d.PlaceOf(sj, nk, pcs, pce)
				if tp == "" && d.datelineHolds(sj, day) {
					tp = d.storyCity()
				}
				if tp != "" {
					m.Place = tp
				}
			}
		}
	}
	if m.Date == "" {
		m.Date = d.eveDay(si, ce) // "On the eve of the talks, A met B" (when.go)
	}
	if m.Date == "" && m.Status == graph.Held && class == frame.Meet {
		m.Date = d.afterTalksDay(si) // "agreed on Friday, after talks in X. A hosted B ..."
	}
	if m.Date == "" && m.Status == graph.Held {
		m.Date = d.beforeDepartureDay(prev, m.Parts, si, k) // "also met Y before leaving for P on Sunday night" (apart.go)
	}
	if m.Date == "" && m.Status == graph.Held {
		m.Date = d.retoldDay(si) // "A had talks with B. The talks, on Saturday, lasted ..." (when.go)
	}
	if m.Date == "" && nameVerbs[toks[k].Lower] {
		// "The ministers signed the accord on Sunday. A and B watched as C
		// and D put their names to the text": the signing retold, on its
		// day (p169): the day nearest the signing word, not a deadline
		// the text sets later in that sentence ("signed a treaty
		// yesterday that sets up a market by December 31").
		m.Date = d.dayNearTold(si, func(w string) bool { return signVerbs[w] })
	}
	if m.Date == "" && signVerbs[toks[k].Lower] && definiteSigned(toks, k) {
		// "A and B signed agreements Thursday ... X and Y signed the
		// accords in the presence of Z": the text the lead told signed,
		// retold with its signatories, on the lead's day (p527; told in the
		// passive, "The agreement was signed by A and B", p199, p331, p455),
		// the day nearest the lead's signing word.
		m.Date = d.dayNearTold(si, func(w string) bool { return signVerbs[w] })
	}
	if m.Date == "" && len(gerund) >= 2 && !d.arg.PersonObjectAfter(si, k) && !d.arg.DescribedObject(si, k) {
		// "A and B agreed on Friday ... after meeting for an hour": they
		// met each other on the day of what they did after.
		m.Date = d.dateOf(si, k-2, 0, k-1, m.Status)
	}
	if v := speechBeforeGerund(toks, k); m.Date == "" && len(gerund) > 0 && v >= 0 {
		// "X announced in P yesterday after meeting Y": on the day X
		// spoke (apart.go).
		m.Date = d.dateOf(si, k-2, v, k-1, m.Status)
	}
	if m.Date == "" && afterTalks(toks, k, cs) {
		m.Date = d.dateOf(si, cs-1, 0, cs, m.Status) // the clause's day, as its place
	}
	if m.Date == "" && (whereClause(toks, cs) || cs >= 3 && toks[cs-1].Lower == "when" && (toks[cs-2].Text == "," || d.instrumentsExchanged(si, k))) {
		// "visited Budapest on Tuesday, where he met X": the visit's time;
		// "a meeting in April, when X was welcomed by Y": the time the
		// "when" clause hangs on.
		ps, _ := s.Clause(cs - 2)
		m.Date = d.dateOf(si, cs-2, ps, cs-1, m.Status)
		for w := cs - 3; m.Date == "" && w >= 2 && w >= cs-14; w-- {
			if toks[w].Lower == "when" && toks[w-1].Text == "," {
				// "A prepared the ground last month, when he travelled
				// to B, where C received him": the time the "when"
				// clause hangs on.
				m.Date = d.dateOf(si, w-2, 0, w-1, m.Status)
				break
			}
			if toks[w].Text == "," {
				break
			}
		}
	}
	if m.Date == "" && signVerbs[toks[k].Lower] {
		m.Date = d.whenOnTime(si, k) // "was settled today when A and B signed a treaty"
	}
	if m.Date == "" && d.subordinateTheySubjects(si, k) != nil {
		// "A and B cheered the city on Monday when they left a long
		// meeting": the "when" clause of the pair's own meeting takes the
		// main clause's time (the three-hundred-and-seventeenth round).
		m.Date = d.whenOnTime(si, k)
	}
	if m.Date == "" && simultaneousClause(toks, cs) {
		// "On Thursday, A flew to X, while B went on to Y to meet C":
		// a "while" clause happens in the time of the clause it hangs
		// on (addresses.go).
		m.Date = d.dateOf(si, cs-1, 0, cs-1, m.Status)
	}
	if m.Date == "" && spoken {
		// "Earlier on Friday, A told B in a phone call ...": the time of
		// the reporting clause is the call's.
		m.Date = d.dateOf(si, k, 0, ce, m.Status)
	}
	if m.Date == "" && (fronted != nil || frame.FrontedAnaphor(toks)) {
		if ps, pk := d.previousTrigger(si); ps >= 0 {
			pcs, pce := d.Sents[ps].Clause(pk)
			m.Date = d.dateOf(ps, pk, pcs, pce, m.Status)
		}
	}
	if m.Date == "" && ante >= 0 {
		m.Date = d.dateOf(ante, 0, 0, len(d.Sents[ante].Toks), m.Status)
	}
	if m.Date == "" && delegationAnte >= 0 {
		// "X arrived on Monday at the head of a delegation ... The
		// delegation was received by Y": the day of the arrival.
		m.Date = d.dateOf(delegationAnte, 0, 0, len(d.Sents[delegationAnte].Toks), m.Status)
	}
	if m.Date == "" && m.Status == graph.Held && titledAnte >= 0 {
		// "The president received each of them": the day the
		// sentence naming the president told (coref.VisitorAnte).
		m.Date = d.dateOf(titledAnte, 0, 0, len(d.Sents[titledAnte].Toks), m.Status)
	}
	if m.Date == "" && m.Status == graph.Held {
		m.Date = d.sidelineDate(si, cs)
	}
	if _, day := d.tripLegBefore(si); m.Date == "" && m.Status == graph.Held && m.Mode != graph.Call && m.Mode != graph.Virtual && day != "" {
		// "The trip began on Sunday in X. At the Presidential Palace,
		// the Chancellor held talks with Y": the day of the leg the
		// sentence before told (tripleg.go).
		m.Date = day
	}
	if m.Date == "" && m.Status == graph.Held {
		m.Date = d.inheritDate(prev, parts, si, m.Place)
		if rm := d.leadRangeMonth(); rm != "" && len(m.Date) == len("2006-01-02") && strings.HasPrefix(m.Date, rm) && frame.AnyWord(toks, 0, len(toks), furtherWords) {
			// "Kang also had talks with Z", after "Kang met Y on
			// Monday", in a story of a gathering of several days ("the
			// meetings, which ran from Aug. 5-8"): a further encounter
			// told without its day is on one of the gathering's days,
			// not on the day of the meeting before.
			m.Date = rm
		}
	}
	if m.Date == "" && m.Status == graph.Held {
		m.Date = d.arrivalRelativeDay(si, k) // "A, who arrived in P on Monday, held talks with B" (when.go)
	}
	if m.Status == graph.Held && !d.published.IsZero() && len(m.Date) == 7 && m.Date > frame.Month(d.published) && pastVerb(toks[k]) && !yearIn(toks, cs, ce) {
		// "A met B in March", reported in February: a past verb with a
		// month and no year tells the last March before the news, not
		// the next.
		y := d.published.Year()
		if m.Date[5:] > frame.Month(d.published)[5:] {
			y-- // the last such month before the news
		}
		m.Date = fmt.Sprintf("%04d%s", y, m.Date[4:])
	}
	if m.Status == graph.Held && !d.published.IsZero() &&
		(len(m.Date) == 10 && m.Date > frame.Day(d.published) || len(m.Date) == 7 && m.Date > frame.Month(d.published)) {
		m.Status = graph.Planned // dated after the news that reports it
	}
	if m.Place == "" && m.Mode != graph.Call && m.Mode != graph.Virtual && m.Status == graph.Held {
		// "X arrived here tonight from Y ... X, who met Z yesterday":
		// before the trip, in the city X came from.
		m.Place = d.arrivedFrom(si, m.Parts, m.Date)
	}
	if m.Place == "" && m.Mode != graph.Call && m.Mode != graph.Virtual && m.Status == graph.Held && d.datelineHolds(si, m.Date) {
		m.Place = d.storyCity()
		if d.possessedTalks(si, k) != nil && d.dateline != "" {
			// The subject's own earlier talks: where the copy is filed
			// from, not a city the lead names for another event.
			m.Place = d.dateline
		} else if c := d.returnTrip(); c != "" && !arrivalScene(toks, si == d.leadSentence()) {
			// "ISLAMABAD - X returned home after a visit to Y during
			// which he held talks with Z": the trip's meetings were
			// in Y, not where its traveller came back to (places.go).
			m.Place = c
		} else if c := d.leadKindPlace(); c != "" && m.Place == d.dateline && si > 0 {
			// "GENEVA - Talks collapsed ... in the Swiss mountain resort
			// of X. ... He had spent the night with A and B": the story's
			// talks were in the place the lead names by its kind, not
			// where the copy is filed (places.go).
			m.Place = c
		}
	}
	if m.Place == "" && d.dateline == "" && m.Mode != graph.Call && m.Mode != graph.Virtual && m.Status == graph.Held &&
		withinDays(m.Date, frame.Day(d.published), 14) && !arrivalScene(toks, si == d.leadSentence()) {
		// "A delegation arrived back in X on Saturday after four days
		// of negotiations in Y. The delegation held talks with Z on
		// Tuesday": with no dateline to fall back on, a meeting of the
		// trip's days was on the trip (returnTrip, places.go). Only a
		// city the lead names: a trip to a state may have had stops in
		// several of its cities.
		if c, city := d.returnTripCity(); city {
			m.Place = c
		}
	}
	if m.Place == "" && m.Mode != graph.Call && m.Mode != graph.Virtual && m.Status == graph.Held {
		// "The two leaders held talks on Monday ... X arrived on Monday
		// for a two-day visit to Accra": the visit's city, told later
		// in a story with no dateline (places.go).
		m.Place = d.visitPlace(si, m.Date)
	}
	if m.Mode != graph.Call && m.Mode != graph.Virtual && m.Status == graph.Held && (m.Place == "" || d.dateline != "" && m.Place == d.storyCity()) {
		// "ISLAMABAD - A held talks with B at the Presidential Palace on
		// Saturday. A, who flew to Kabul in the morning, ...": a building
		// named by its kind stands in the city the story's traveller
		// arrived in, not where the copy is filed (places.go).
		if c := d.arrivalCity(si, m.Date); c != "" {
			m.Place = c
		}
	}
	if c, day := d.tripLegBefore(si); m.Place == "" && m.Mode != graph.Call && m.Mode != graph.Virtual && m.Status == graph.Held && c != "" && m.Date == day {
		// "The trip began on Sunday in X. At the Presidential Palace,
		// the Chancellor held talks with Y": the city of that leg, on
		// its day (tripleg.go).
		m.Place = c
	}
	return m, true
}

// arrivedFrom: a participant of a held meeting dated on a day before the
// news was told, in sentence si or one of the two before it, to have
// "arrived" (an arrivalVerbs word) "from" a city after that day ("X
// arrived here tonight from Y after two days of talks. X, who met Z
// yesterday, ..."): the meeting was in the city the traveller
// came from, not at the dateline. The arrival's day is the one its
// sentence gives, else the day the story's dates count from (the
// dateline's, else the publication day). "" when no such arrival.
func (d *Reader) arrivedFrom(si int, parts []int, date string) string {
	met, err := time.Parse("2006-01-02", date)
	if err != nil || d.printed.IsZero() || len(parts) < 2 {
		return ""
	}
	for s := max(0, si-2); s <= si; s++ {
		toks := d.Sents[s].Toks
		for k := range toks {
			if !arrivalVerbs[toks[k].Lower] || d.Sents[s].Quoted[k] {
				continue
			}
			city := ""
			for f := k + 1; f < len(toks) && f <= k+4 && city == ""; f++ {
				if toks[f].Lower != "from" {
					continue
				}
				for _, m := range d.Ments[s] {
					if m.Kind == mention.City && m.I == f+1 {
						city = m.City
					}
				}
			}
			if city == "" {
				continue
			}
			traveller := false
			for _, m := range d.Ments[s] {
				if m.Kind == mention.Person && m.J <= k && m.Actor >= 0 && slices.Contains(parts, m.Actor) {
					traveller = true
				}
			}
			if !traveller {
				continue
			}
			// The arrival's day counts from the day the meeting's does,
			// the dateline's when it carries one: "SANTIAGO, Feb. 21 -
			// X arrived from Y yesterday morning and was met at the
			// airport by Z", printed on the 22nd, tells an arrival on
			// the 20th, the meeting's day, not one on the 21st after it
			// (issue 14's two-hundred-and-fifty-ninth round, p1586).
			arrival := d.published
			for _, e := range frame.FindDates(toks, k, len(toks), d.published) {
				if t, err := time.Parse("2006-01-02", e.Value); err == nil {
					arrival = t
					break
				}
			}
			if met.Before(arrival) {
				return city
			}
		}
	}
	return ""
}

// told is the meeting told last before sentence si, the one a plural
// description may point back to (coref.Told).
func told(prev []Frame, si int) coref.Told {
	for i := len(prev) - 1; i >= 0; i-- {
		if p := prev[i]; p.Sent < si {
			return coref.Told{Sent: p.Sent, Parts: p.Parts, Held: p.Status == graph.Held}
		}
	}
	return coref.Told{Sent: -1}
}

// distinct counts the actors of two lists, each once: a verb's subject
// is both a person and a syntactic slot.
func distinct(a, b []int) int {
	n := len(a)
	for _, x := range b {
		if !slices.Contains(a, x) {
			n++
		}
	}
	return n
}

// frontedTimeComma: the comma closing a time phrase that opens the
// sentence ("On October 19,", "On Monday,") when the predicate at k
// follows a subject set off by a relative clause (", who is visiting X,")
// and its clause, from cs, leaves the phrase out; 0 otherwise. The
// phrase is at most six words before its comma.
func frontedTimeComma(toks []text.Token, cs, k int) int {
	c := -1
	for e := 1; e < len(toks) && e <= 6; e++ {
		if toks[e].Text == "," {
			c = e
			break
		}
	}
	if c < 0 || cs <= c || k <= cs || !frame.IsTimeWord(toks[c-1]) {
		return 0
	}
	for e := c + 2; e < k; e++ {
		if toks[e-1].Text == "," && frame.RelativeWords[toks[e].Lower] {
			for n := e + 1; n < k; n++ {
				if toks[n].Text == "," {
					return c // the relative clause closes before the predicate
				}
			}
			return 0
		}
	}
	return 0
}

// sitTails after "sat" make it an encounter: "sat down with", "sat
// together", "sat across the table", "sat face to face"; so does "sat
// at" a table or a person's side (personSide).
var sitTails = lex("sitTails")

// sitTogether: "sat" at k is followed by a sitTails word or by "at" and a
// table ("sat at the same table"), or by "with" and a capitalized word,
// a person named or titled ("A and B sat with C across the table", "sat
// with Colonel X for four hours"): those who sat with a named person met
// him. "sat with reporters", "sat with his wife" are no encounter.
func sitTogether(toks []text.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if sitTails[toks[k+1].Lower] {
		return true
	}
	if toks[k+1].Lower == "with" && k+2 < len(toks) && toks[k+2].Cap && toks[k+2].Word {
		return true
	}
	if toks[k+1].Lower != "at" {
		return false
	}
	for e := k + 2; e < len(toks) && e <= k+4; e++ {
		if toks[e].Lower == "table" {
			return true
		}
	}
	return personSide(toks, k+2)
}

// sitForm: a form of "sit" that reports an encounter when a sitTails
// word follows it: "sat down with", "sits across the table", and the
// base form of one to come, "will sit down with B on Tuesday" (issue
// 14's two-hundred-and-fifty-ninth round, p1590: without "sit", the
// sentence's later "for the annual leaders' meeting" alone was read,
// and held).
func sitForm(w string) bool {
	return w == "sat" || w == "sits" || w == "sit"
}

// sittingDown: the participle "sitting" at k is followed by "down" or
// "face", an encounter ("before sitting down with C and D", "were
// sitting face to face"; the two-hundred-and-fifty-ninth round, p1529
// and p563 in its harm check). "sitting" is no trigger of its own:
// "held their last sitting" is a session's noun (heldSession), and "with
// A and B sitting opposite one another" a gesture at talks that a
// stronger predicate tells with all their people (p1358, p1444).
func sittingDown(toks []text.Token, k int) bool {
	return toks[k].Lower == "sitting" && k+1 < len(toks) && (toks[k+1].Lower == "down" || toks[k+1].Lower == "face")
}

// tookPlaces: at k a form of "take" and "their places" or "their
// seats" at or around a table or venue — "A, B, C and D took their
// places at a square table" — or in one, told in a clause of time: "A and
// B exchanged no greeting as they took their places in the palace"
// (issue 14's three-hundred-and-sixth and three-hundred-and-seventh
// rounds, p1869, p1874, p241): the people named sit down together, an
// encounter the wire reports in place of "met". A plural "their" and two
// people named in the sentence (Frames) keep out "the members took their
// seats in the assembly", a post and no sitting; so does "in" told as the
// main verb ("A and B took their places in the chamber as the session
// opened": seats in a hall, not at one table).
func tookPlaces(toks []text.Token, k int) bool {
	if k+3 >= len(toks) || !takeForms[toks[k].Lower] || toks[k+1].Lower != "their" || !takenPlaceNouns[toks[k+2].Lower] {
		return false
	}
	if k > 0 && toks[k-1].Lower == "also" {
		return false // "A and B also took their seats": they join a sitting told before
	}
	if toks[k+3].Lower == "in" {
		return k >= 2 && toks[k-1].Lower == "they" && seatingSubordinators[toks[k-2].Lower]
	}
	return takenPlacePreps[toks[k+3].Lower]
}

// sittingToldBefore: the recent frames hold a sitting held in person in
// the sentences before si. "Leaders opened a conference here today. ...
// A and B also took their seats at the table" seats A and B at that
// conference (extract tookSeat), not at one of their own (p808).
func sittingToldBefore(prev []Frame, si int) bool {
	return slices.ContainsFunc(prev, func(f Frame) bool {
		return f.Status == graph.Held && f.Mode != graph.Call && f.Mode != graph.Virtual && f.Sent < si
	})
}

var (
	takeForms       = lex("takeForms")
	takenPlaceNouns = lex("takenPlaceNouns")
	takenPlacePreps = lex("takenPlacePreps")
	// seatingSubordinators open a clause of time whose "they" took their
	// places: "as they took their places", "when they took their seats".
	seatingSubordinators = lex("seatingSubordinators")
)

// tableSides open a clause that seats, inverted, the people named after
// "sat": "Around the table sat A, B and C" (tableSeated).
var tableSides = lex("tableSides")

// tableSeated: "sat" at k ends a fronted place at a table that opens the
// sentence or a clause after ", and" — "Around the table sat A, B and
// C", "..., and across the table from him sat A and B" — and a name
// follows it. The people listed sat at one table: an encounter of them
// (and of the one "him" stands for), told where the story has none
// before it (the hundred-and-ninety-eighth round). "Around the table sat
// piles of files" names no one; "sat around the table" is sitTogether's.
func tableSeated(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].Cap || !toks[k+1].Word {
		return false
	}
	i := k - 1
	if i >= 1 && toks[i-1].Lower == "from" && (toks[i].Lower == "him" || toks[i].Lower == "her" || toks[i].Lower == "them") {
		i -= 2
	}
	if i < 2 || toks[i].Lower != "table" || toks[i-1].Lower != "the" || !tableSides[toks[i-2].Lower] {
		return false
	}
	o := i - 2
	return o == 0 || o >= 2 && toks[o-1].Lower == "and" && toks[o-2].Text == ","
}

// tableHostVerbs tell the one who receives those seated at a table:
// "X hosted them, and across the table sat A and B", "The host, X,
// opened the summit. Around the table sat A, B and C" (tableHost).
var tableHostVerbs = lex("tableHostVerbs")

// tableHost is the person who hosts the sitting that tableSeated reads
// at k, as the subject of a tableHostVerbs word: the person who opens
// the clause before ", and" ("X hosted them
// at the ministry, and across the table sat A and B"), or, when the
// seating opens its sentence, the person named before a tableHostVerbs
// word in the sentence just before ("The host, X, opened the summit on
// Thursday. Around the table sat A, B and C"), with the sentence and the
// token of that verb. -1 when no such person:
// "The talks opened on Monday. Around the table sat A and B" has no
// host; nor has "X said ..., and across the table sat A and B".
func (d *Reader) tableHost(si, k int) (host, hs, verb int) {
	toks := d.Sents[si].Toks
	o := k - 3
	if toks[k-1].Lower != "table" {
		o = k - 5 // "from him"
	}
	hs, he := si, o
	if o == 0 {
		hs, he = si-1, -1
	}
	if hs < 0 {
		return -1, -1, -1
	}
	htoks := d.Sents[hs].Toks
	if he < 0 {
		he = len(htoks)
	}
	verb = -1
	for e := 0; e < he; e++ {
		if tableHostVerbs[htoks[e].Lower] {
			verb = e
			break
		}
	}
	if verb < 0 {
		return -1, -1, -1
	}
	for mi := range d.Ments[hs] {
		m := &d.Ments[hs][mi]
		if m.J > verb || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if o > 0 && m.PhraseStart() != 0 {
			return -1, -1, -1 // the first conjunct's subject must be the person
		}
		if !subjectOf(htoks, m.J, verb) {
			continue // "X said ... before the session opened": not X's act
		}
		return m.Actor, hs, verb
	}
	return -1, -1, -1
}

// subjectOf: the words from j to the verb at v are none or the rest of
// the name's apposition ("of Arland" and commas): the name that ends at
// j is the verb's subject ("The host, President X of A, opened").
func subjectOf(toks []text.Token, j, v int) bool {
	for e := j; e < v; e++ {
		if toks[e].Text != "," && toks[e].Lower != "of" && !(toks[e].Word && toks[e].Cap) {
			return false
		}
	}
	return true
}

// freshSeating: tableSeated reads "sat" at k, and the story has told no
// held sitting in the ten sentences before: "The delegation was headed
// by X. Across the table sat Y" seats Y at the meeting told before,
// which the rosters join (extract.invertedPresence), not at one of its
// own without X.
func (d *Reader) freshSeating(si, k int, prev []Frame) bool {
	if !tableSeated(d.Sents[si].Toks, k) {
		return false
	}
	return !slices.ContainsFunc(prev, func(f Frame) bool {
		return f.Status == graph.Held && f.Mode != graph.Call && f.Mode != graph.Virtual && f.Sent <= si && si-f.Sent <= 10
	})
}

// personSide: the words from i are a person's side — a name's
// possessive or a possessive pronoun, then "side" ("sat at Marshal X's
// side", "sat at his side"): the sitter is beside that person, at the
// encounter. "sat at the side of the road" is no one's side.
func personSide(toks []text.Token, i int) bool {
	for e := i; e < len(toks) && e <= i+4; e++ {
		if toks[e].Lower != "side" {
			continue
		}
		p := toks[e-1]
		return (p.Text == "'s" || p.Text == "'") && e-2 >= i && toks[e-2].Cap ||
			p.Lower == "his" || p.Lower == "her" || p.Lower == "their"
	}
	return false
}

// objectAfterCue: a distributive cue stands between the reception verb
// at k and its object — "received separately Minister of Foreign
// Affairs of A H.E. X and Minister of Foreign Affairs of B H.E. Y", as
// a foreign ministry's readout writes it (the hundred-and-ninety-seventh
// round, p1219) — and the object follows the cue as it would the verb.
// "received separately" with no actor after it ("the letters were
// received separately") names no one.
func (d *Reader) objectAfterCue(si, k int) bool {
	toks := d.Sents[si].Toks
	return k+2 < len(toks) && distributiveCues[toks[k+1].Lower] && d.arg.ObjectAfter(si, k+1)
}

// conferVerbs report a consultation only before a conferTails word
// (conferTogether).
var (
	conferVerbs = lex("conferVerbs")
	conferTails = lex("conferTails")
)

// conferTogether: "conferred" at k is a consultation — the clause or
// sentence ends after it, or a conferTails word ("with", "for", "at",
// "privately") or "on" and a weekday or month follows — and not a grant
// ("conferred the order on X", "conferred upon him a title", "the title
// conferred by the king").
func conferTogether(toks []text.Token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	next := toks[k+1]
	if !next.Word {
		return next.Text == "," || next.Text == "." || next.Text == ";"
	}
	if conferTails[next.Lower] {
		return true
	}
	if next.Lower == "on" && k+2 < len(toks) {
		w := toks[k+2].Lower
		_, wd := lexicon.Weekdays[w]
		_, mo := lexicon.Months[w]
		return wd || mo
	}
	return false
}

// joinedByPeople: "were joined" at k, with the people who joined after
// "by" and at most an adjunct between — "The two leaders were joined
// (after an hour, on Thursday) by their ministers, X and Y" (p312, p327,
// p190) — brings those people to the meeting of its plural subject, as joinedAtTable does at a table. A
// single subject ("he was joined by his wife") or a side after "by"
// ("were joined by France") is no meeting.
func (d *Reader) joinedByPeople(si, k int) bool {
	toks := d.Sents[si].Toks
	if !tableJoinVerbs[toks[k].Lower] || joinedWere(toks, k) < 0 {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+joinedAdjunctSpan+1; e++ {
		if toks[e].Lower == "by" {
			return d.arg.PersonObjectAfter(si, e) || d.arg.DescribedObject(si, e) || d.titledJoiner(si, e) >= 0
		}
		if !toks[e].Word {
			return false // "were joined, he said, ..."
		}
	}
	return false
}

// joinedWere is the "were" of a passive "were joined" at k, right before
// it or before one sequence adverb between ("were then joined", "were
// later joined", joinSequenceAdverbs): -1 when there is none.
func joinedWere(toks []text.Token, k int) int {
	if k >= 1 && toks[k-1].Lower == "were" {
		return k - 1
	}
	if k >= 2 && toks[k-2].Lower == "were" && joinSequenceAdverbs[toks[k-1].Lower] {
		return k - 2
	}
	if k >= 2 && toks[k-1].Lower == "being" && gerundJoinLinks[toks[k-2].Lower] {
		// "The two leaders met alone before being joined by X": the
		// gerund passive shares the plural subject of the clause's verb
		// (elidedJoinSubject; the four-hundred-and-seventieth round).
		return k - 1
	}
	return -1
}

// gerundJoinLinks stand before the gerund passive "being joined" whose
// subject is that of the sentence's own verb: "met for an hour before
// being joined by X", "after being joined by Y".
var gerundJoinLinks = map[string]bool{"before": true, "after": true}

// joinedHosts are the people a plural subject of "were joined" at k
// stands for when no name stands in it — "Later that evening they were
// joined by X", "The two sides were joined at the table by X and Y" —
// though "they" does not open the sentence (TheyReferents) and "sides"
// reads as states (PluralReferents): the people of the held meeting told
// in the three sentences before ("A received B. The two drove to the
// palace. They talked alone. Later they were joined by C"), when they are
// all people. A subject that
// names someone ("Ruiz and her aides were joined by X") or a single one
// ("he was joined by his wife", joinedByPeople) is read as told.
func (d *Reader) joinedHosts(si, cs, k int, last coref.Told) []int {
	toks := d.Sents[si].Toks
	if k < 2 || !last.Held || last.Sent < 0 || si-last.Sent > 3 || len(last.Parts) < 2 {
		return nil
	}
	if w := joinedWere(toks, k); !joinedPluralSubject(toks, cs, w) && !elidedJoinSubject(toks, w) {
		return nil
	}
	for _, m := range d.Ments[si] {
		if m.I >= cs && m.I < k && m.Actor >= 0 && !m.Desc {
			return nil
		}
	}
	var people []int
	for _, a := range last.Parts {
		if d.Cast.Actors[a].Kind == graph.Person {
			people = append(people, a)
		}
	}
	if len(people) < 2 {
		return nil // "the two sides" of two states
	}
	return people
}

// elidedJoinSubject: "and" stands right before the "were" at w — "They
// talked alone for an hour and were (then) joined by X" — and the
// sentence opens with the plural subject the two verbs share ("they",
// "the two leaders"), which joinedPluralSubject reads there.
func elidedJoinSubject(toks []text.Token, w int) bool {
	if w < 2 || toks[w-1].Lower != "and" && (toks[w].Lower != "being" || !gerundJoinLinks[toks[w-1].Lower]) {
		return false
	}
	return toks[0].Lower == "they" || joinedPluralSubject(toks, 0, min(4, w-1))
}

// namedJoinSubject are the people of a named, coordinated subject that
// the passive "were joined" at k shares after "and" with the sentence's
// first verb: "A and B held separate talks in X and were joined later by
// C", "A and B went into a second day of talks, and were joined by C"
// (issue 14's four-hundred-and-twenty-fourth round, p2576, p1909). The
// plural "were" agrees with the two or more people named before that
// verb, as elidedJoinSubject reads a plural pronoun or count noun there;
// a single person ("A talked ... and was joined by"), a clause break
// between the verbs ("met the envoys who arrived and were joined by")
// or a quote brings no one.
func (d *Reader) namedJoinSubject(si, k int) []int {
	toks := d.Sents[si].Toks
	w := joinedWere(toks, k)
	if w < 2 || toks[w-1].Lower != "and" || d.Sents[si].Quoted[k] {
		return nil
	}
	people, v := d.openingPeople(si)
	if len(people) < 2 || v >= w-1 {
		return nil
	}
	for e := v + 1; e < w-1; e++ {
		if frame.ClauseBreaks[toks[e].Lower] || toks[e].Lower == "and" && !toks[e+1].Cap {
			// "who", "which": another clause's subject; "A and B met
			// and agreed ... and were joined": a third verb.
			return nil
		}
	}
	return people
}

// openingPeople are the people named in the coordinated subject that
// opens sentence si, past a dateline ("X, May 3 (AFP) - A and B met"),
// and the position of the first lower-case word after them, its verb:
// names, titles, "and", commas and "of" a state ("A of X and B of Y")
// stand between them. Nil when the sentence opens otherwise.
func (d *Reader) openingPeople(si int) ([]int, int) {
	toks := d.Sents[si].Toks
	at := map[int]*mention.Mention{}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.Actor >= 0 && !m.Desc {
			at[m.I] = m
		}
	}
	var people []int
	for e := 0; e < len(toks); e++ {
		if m := at[e]; m != nil {
			switch d.Cast.Actors[m.Actor].Kind {
			case graph.Person:
				if !slices.Contains(people, m.Actor) {
					people = append(people, m.Actor)
				}
			case graph.State:
				if len(people) > 0 && (e < 1 || toks[e-1].Lower != "of") {
					return nil, -1
				}
			}
			e = m.J - 1
			continue
		}
		t := toks[e]
		if !t.Word || t.Cap || t.Lower == "and" || t.Lower == "of" || len(people) == 0 && t.Lower == "the" {
			continue
		}
		return people, e
	}
	return nil, -1
}

// joinedPluralSubject: the words before "were" at w are "they", or a
// count after "the" or "both" heads the subject within the four words
// before it ("the two sides", "both leaders").
func joinedPluralSubject(toks []text.Token, cs, w int) bool {
	if w-1 >= cs && toks[w-1].Lower == "they" {
		return true
	}
	for e := max(cs, w-4); e < w; e++ {
		if _, ok := mention.CountWords[toks[e].Lower]; ok && (toks[e].Lower == "both" || e > 0 && toks[e-1].Lower == "the") {
			return true
		}
	}
	return false
}

// joiners are the people named after the "by" of a passive "were
// joined" at k: the first person within a few words ("by their foreign
// ministers, X") and those coordinated with that person.
func (d *Reader) joiners(si, k int) []int {
	toks := d.Sents[si].Toks
	by := -1
	for e := k + 1; e < len(toks) && e <= k+5 && by < 0; e++ {
		if toks[e].Lower == "by" {
			by = e
		}
	}
	var out []int
	end := -1
	first := -1
	if by >= 0 {
		first = d.titledJoiner(si, by)
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if by < 0 || m.I <= by || m.Actor < 0 || m.Desc || end < 0 && first >= 0 && m.I < first {
			continue
		}
		if end < 0 && m.I > by+8 || end >= 0 && !subjectGap(toks, end, m.I, false) {
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

// titledJoiner is where the person named after the "by" at by begins
// when the name of the body or country the person serves opens the post
// before the name: "joined by UN-Arab League peace envoy C", "by EU
// foreign policy chief C" (issue 14's four-hundred-and-twenty-fourth
// round, p1909). The words between are capitalized name words, hyphens
// and at most two lower-case words ending in a title word; no comma. -1
// when there is no such person within eight tokens.
func (d *Reader) titledJoiner(si, by int) int {
	toks := d.Sents[si].Toks
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I <= by || m.Actor < 0 || m.Desc {
			continue
		}
		if m.I > by+8 || d.Cast.Actors[m.Actor].Kind != graph.Person {
			if d.Cast.Actors[m.Actor].Kind == graph.Person {
				return -1
			}
			continue
		}
		lower := by + 1
		for lower < m.I && (toks[lower].Cap && toks[lower].Word || toks[lower].Text == "-") {
			lower++
		}
		if lower == by+1 || !lowerTitleRun(toks, lower, m.I) && lower != m.I {
			return -1
		}
		return m.I
	}
	return -1
}

// joinedAtTable: "joined" at k puts its subject at one table with others
// — "A joined B at the table for a working lunch" (p255), "the two
// leaders were joined at the table by their ministers, C and D" (p258) —
// as "sat at the same table" does: "at" and a table noun follow within a
// few words, with nothing but an object name or "the" between. Joining
// a coalition, the talks or the army is told elsewhere (attendWords).
func joinedAtTable(toks []text.Token, k int) bool {
	if !tableJoinVerbs[toks[k].Lower] {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		t := toks[e]
		if t.Lower == "at" {
			for f := e + 1; f < len(toks) && f <= e+3; f++ {
				if tableNouns[toks[f].Lower] {
					return true
				}
				if !toks[f].Word || toks[f].Cap {
					return false
				}
			}
			return false
		}
		if !t.Word || !t.Cap && t.Lower != "the" {
			return false // "joined the talks", "joined, he said, ..."
		}
	}
	return false
}

// joinedForTalksSpan bounds the words between "joined" and the "for" of
// its purpose: a titled object or two and a place and a day.
const joinedForTalksSpan = 16

// joinedForTalks: "joined" at k, active, takes a person as its object and
// a talk as its purpose — "A joined B in P on Monday for talks with C",
// "A joined his counterpart B in P for a meeting with C" (the
// five-hundred-and-forty-fifth round, p3307, p3289, p3304): the joiner
// sits with the object at the talks, as joinedAtTable reads a table. The
// object opens with a name or a possessive ("joined the talks" is
// attendance, attendWords); a gerund before the "for" ("joined B in
// calling for talks with C") makes the talks a demand, not an encounter.
func joinedForTalks(toks []text.Token, k int) bool {
	if !tableJoinVerbs[toks[k].Lower] || joinedWere(toks, k) >= 0 || k+1 >= len(toks) {
		return false
	}
	if o := toks[k+1]; !o.Cap && !asidePossessives[o.Lower] {
		return false
	}
	for e := k + 2; e < len(toks) && e <= k+joinedForTalksSpan; e++ {
		t := toks[e]
		if !t.Word {
			if t.Text == "," {
				continue
			}
			return false
		}
		if !t.Cap && strings.HasSuffix(t.Lower, "ing") {
			return false
		}
		if t.Lower != "for" {
			continue
		}
		for f := e + 1; f < len(toks) && f <= e+3; f++ {
			if c := frame.Triggers[toks[f].Lower]; c == frame.Talks || c == frame.Meet {
				return f+1 < len(toks) && toks[f+1].Lower == "with"
			}
			if !toks[f].Word {
				return false
			}
		}
		return false
	}
	return false
}

// namedPeople counts the persons the sentence of the predicate at k
// names (by name or title), not through an anaphor ("the two men",
// "they"). The sentence, not the clause: "A and B, who have not met
// since May, shook hands".
func (d *Reader) namedPeople(si, k int) int {
	var seen []int
	for _, m := range d.Ments[si] {
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !slices.Contains(seen, m.Actor) {
			seen = append(seen, m.Actor)
		}
	}
	return len(seen)
}

// facedDelegation: the verb at k (facedDelegationVerbs) takes a
// delegation as its object within seven tokens — "A and B faced an
// eight-member Iraqi delegation led by C", "confronted the rebel
// negotiators" (the two-hundred-and-fifty-fifth round, p1567): across a
// table, facing the other side's delegation is meeting it. Facing
// anything else ("faced criticism", "faced the press", "faced a
// delegation's demands" reads no further than "delegation's") is no
// encounter; nor is a clause between ("faced questions from the team").
func facedDelegation(toks []text.Token, k int) bool {
	if !facedDelegationVerbs[toks[k].Lower] {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+7; e++ {
		t := toks[e]
		switch {
		case delegationNouns[t.Lower] && !t.Cap:
			return e+1 >= len(toks) || toks[e+1].Text != "'s"
		case t.Text == "-" || t.Cap && t.Word || mention.IsNumber(t.Lower) || t.Word && e+1 < len(toks) && toks[e+1].Text == "-":
			// a name, a number, a compound's first word ("eight-member")
		case t.Word && (t.Lower == "a" || t.Lower == "an" || t.Lower == "the" || !functionWords[t.Lower] && !frame.LooksVerb(toks, e)):
		default:
			return false
		}
	}
	return false
}

// tableFacing: the verb at k seats its subject at one table — "A, B and
// C faced each other across a round table" (tableFacingVerbs and "each
// other" or "one another", then "across", "over" or "at" and a table
// within a few words). Wire copy and broadsheets open a conference so,
// naming its members around the table (the three-hundred-and-sixth
// round, p1868; p1283, p905 and p969 face each other the same way).
// Facing each other elsewhere ("the armies faced each other along the
// river") seats no one at one table. Places taken at a table are
// tookPlaces'.
func tableFacing(toks []text.Token, k int) bool {
	if !tableFacingVerbs[toks[k].Lower] || k+2 >= len(toks) ||
		!(toks[k+1].Lower == "each" && toks[k+2].Lower == "other" || toks[k+1].Lower == "one" && toks[k+2].Lower == "another") {
		return false
	}
	e := k + 3
	if e < len(toks) && toks[e].Lower != "across" && toks[e].Lower != "over" && toks[e].Lower != "at" {
		return false
	}
	for f := e + 1; f < len(toks) && f <= e+4; f++ {
		if tableNouns[toks[f].Lower] {
			return true
		}
		if !toks[f].Word || toks[f].Cap {
			return false
		}
	}
	return false
}

var tableFacingVerbs = lex("tableFacingVerbs")

// facedDelegationVerbs meet the other side's delegation when it is their
// object: "faced", "confronted".
var facedDelegationVerbs = lex("facedDelegationVerbs")

// handshake: the verb at k shakes hands ("A and B shook hands", "A shook
// hands with B"): the people who shake hands meet. Another object ("shook
// the markets") is no encounter.
func handshake(toks []text.Token, k int) bool {
	return shakeVerbs[toks[k].Lower] && k+1 < len(toks) && handNouns[toks[k+1].Lower]
}

var (
	shakeVerbs          = lex("shakeVerbs")
	handNouns           = lex("handNouns")
	joinSequenceAdverbs = lex("joinSequenceAdverbs")
	tableNouns          = lex("tableNouns")
)

// eachOfThem: "received each of them (separately)" after a reception
// verb at k is one encounter with each of the people "them" stands for:
// those the sentence names after it ("..., first X and then Y", p254),
// else those the sentence before names ("X and Y both flew to San Jose.
// Arias received each of them separately", p236) — two to four people,
// not the clause's subject. nil when there is no such phrase or the
// people are not told.
func (d *Reader) eachOfThem(si, k int) []int {
	toks := d.Sents[si].Toks
	if !frame.ObjectTriggers[toks[k].Lower] && !eachMeetVerbs[toks[k].Lower] || k+3 >= len(toks) || !eachWords[toks[k+1].Lower] {
		return nil
	}
	from := k + 4
	switch {
	case toks[k+2].Lower == "of" && eachPronouns[toks[k+3].Lower] && frame.ObjectTriggers[toks[k].Lower]:
	case eachSideNouns[toks[k+2].Lower]:
		// "met each delegation in turn", "received each delegation
		// separately": the sides one by one, as "each of them" (issue
		// 14's five-hundred-and-twenty-eighth round: p3200, p1640,
		// p2667).
		from = k + 3
	default:
		return nil
	}
	cs, _ := d.Sents[si].Clause(k)
	var subject []int
	for _, m := range d.Ments[si] {
		if m.I >= cs && m.J <= k && m.Actor >= 0 {
			subject = append(subject, m.Actor)
		}
	}
	people := func(s, from int) []int {
		var out []int
		for _, m := range d.Ments[s] {
			if m.I < from || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(subject, m.Actor) || slices.Contains(out, m.Actor) {
				continue
			}
			out = append(out, m.Actor)
		}
		return out
	}
	each := people(si, from)
	if len(each) == 0 && si > 0 {
		each = people(si-1, 0)
	}
	if len(each) < 2 || len(each) > 4 {
		return nil
	}
	return each
}

// eachWords before "of" and an eachPronouns word take the people one by
// one.
var (
	eachWords    = lex("eachWords")
	eachPronouns = lex("eachPronouns")
	// eachSideNouns after "each" name one side of several, a party
	// met by itself: "met each delegation", "saw each side".
	eachSideNouns = lex("eachSideNouns")
	// eachMeetVerbs take "each" and a side noun as the reception verbs
	// do: "met each delegation in turn".
	eachMeetVerbs = lex("eachMeetVerbs")
)

// pluralObject: a plural description follows the verb ("received the two
// delegations", "hosted both leaders"), which coreference may resolve.
func pluralObject(toks []text.Token, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	if toks[k+1].Lower == "both" {
		return toks[k+2].Word && !toks[k+2].Cap // "both leaders", not "both Chile and Peru"
	}
	_, count := mention.CountWords[toks[k+2].Lower]
	if toks[k+1].Lower == "the" && !count && mention.IsTitleWord(strings.TrimSuffix(toks[k+2].Lower, "s")) && k+3 < len(toks) && toks[k+3].Lower == "of" {
		return pluralObject(toks, k+3) // "received the heads of the two delegations"
	}
	return toks[k+1].Lower == "the" && count // "the two delegations"
}

// DatelinePlace is the dateline's city when it places a held meeting of
// courtesyWords is the verb of a courtesy call: "X called on Y", "calls
// on Y".
var courtesyWords = lex("courtesyVerbs")

// credentials: "A presented his credentials to President B" is an
// audience B gave A in person (an envoy's first call on a head of state);
// "presented a plan to B" or credentials with no person after "to" are
// not.
func (d *Reader) credentials(si, k int) bool {
	toks := d.Sents[si].Toks
	if !credentialNouns[toks[k].Lower] || k < 2 || k+2 >= len(toks) || toks[k+1].Lower != "to" || !listDets[toks[k-1].Lower] || !presentVerbs[toks[k-2].Lower] {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I >= k+2 && m.Actor >= 0 && !m.Desc {
			return d.Cast.Actors[m.Actor].Kind == graph.Person && titleRun(toks, k+2, m.I)
		}
	}
	return false
}

// additionCues right before a predicate tell one more encounter beside
// those told before ("X also met Y on Thursday").
var additionCues = lex("additionCues")

// personWith: the "with" phrase after the predicate at k names a person
// before its clause ends ("spent the day with Malawi's energy minister,
// X"). Time spent with a body ("with the rebel delegation") tells no one
// the roster of that body can be trusted to stand for.
func (d *Reader) personWith(si, k int) bool {
	toks := d.Sents[si].Toks
	_, ce := d.Sents[si].Clause(k)
	w := k + 1
	for w < ce && toks[w].Lower != "with" {
		w++
	}
	for _, m := range d.Ments[si] {
		if m.I > w && m.I < ce && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return true
		}
	}
	return false
}

// mealForGuest: the meal noun at k, taken by a have-verb or a giving verb
// ("hosted a luncheon", "gave a banquet"), is given for a guest: "for X"
// or "in honour of X" follows, right after the noun or past a place
// ("gave a dinner at the palace in honour of X"). The host and the guest
// sat at one table, as "had dinner with X" tells. A meal for a crowd
// ("a dinner for journalists") names no one and yields no pair.
// The guest is a person named after the preposition (a title before the
// name, as in "for Chancellor X"), or a description of the story's
// visitor ("for his guest", "in honour of the visitor").
func (d *Reader) mealForGuest(si, k int) bool {
	toks := d.Sents[si].Toks
	g := mealGuest(toks, k)
	if g < 0 {
		g = welcomeCeremonyGuest(toks, k)
	}
	if g < 0 {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I > g && m.I <= g+5 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && titleRun(toks, g+1, m.I) {
			return true
		}
	}
	if d.ledDelegationObject(si, g) {
		// "hosted a luncheon in honour of the X delegation led by Y":
		// the one who leads the guests stands for them, as after
		// "received the delegation led by Y" (leddelegation.go).
		return true
	}
	_, ce := d.Sents[si].Clause(k)
	if refs, _ := d.ref.PluralReferents(si, g, min(ce, g+5), coref.Told{Sent: -1}); len(refs) >= 2 {
		// "X gave a lunch for both leaders", "a dinner in honour of
		// the two ministers": a guest group the story named just
		// before, that many (coref's objectGroup); no meal of a pair
		// when the count does not fit.
		return true
	}
	p, _ := d.ref.VisitorAnte(si, g, g+1, ce)
	return p >= 0
}

// courtesyCall: "A called on Minister B at his office" is a visit A paid
// B in person; "called on B to release ..." (an appeal) and "calls on
// Israel" (no person) are not. The person comes right after "on" (with
// the words of a title between) and no "to" follows the name.
func (d *Reader) courtesyCall(si, k int) bool {
	s := &d.Sents[si]
	toks := s.Toks
	if !courtesyWords[toks[k].Lower] || k+2 >= len(toks) || toks[k+1].Lower != "on" || s.Quoted[k] {
		return false
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < k+2 || m.Actor < 0 || m.Desc {
			continue // "Chinese" in "Chinese Vice President X" describes X
		}
		if d.Cast.Actors[m.Actor].Kind != graph.Person {
			if m.I >= k+2 && (mention.IsTitleWord(toks[k+2].Lower) && titleRun(toks, k+2, m.J) || lowerTitle(toks, k+2, m.J)) {
				continue // the body of a title before the name: "on Chairman of the State Council X"
			}
			return false
		}
		if t := pastLowerMods(toks, k+2, m.I); !titleRun(toks, t, m.I) && !(toks[m.I-1].Text == "," && lowerTitle(toks, k+2, m.I-1)) {
			return false // words that are no title: not the object of "on"
		}
		after := m.J
		if after+1 < len(toks) && toks[after].Text == "," {
			after++ // "called on the Minister, X, to resign": an appeal past the apposition's comma
		}
		return after >= len(toks) || toks[after].Lower != "to"
	}
	return false
}

// visitCall: the noun "call" after a word that makes it a visit ("paid a
// courtesy call", "hosted X for a farewell call") is made in person, as a
// courtesy call on someone is, whatever follows it; a phone call keeps its
// own word ("a courtesy telephone call"). p429, p523 lost their place to
// a phone call's none.
// pastLowerMods: from i, past the lower-case modifiers of a title
// (lexicon titleMods) that open it before j: "called on outgoing
// President X", "called on the former Prime Minister X" (the
// two-hundred-and-fifty-fourth round, p1560). A title run is capitalised
// after them.
func pastLowerMods(toks []text.Token, i, j int) int {
	e := i
	if e < j && toks[e].Lower == "the" {
		e++
	}
	s := e
	for e < j && toks[e].Word && !toks[e].Cap && titleMods[toks[e].Lower] {
		e++
	}
	if e == s || e >= j || !toks[e].Cap {
		return i
	}
	return e
}

func visitCall(toks []text.Token, k int) bool {
	return k > 0 && courtesyWords[toks[k].Lower] && visitCallMods[toks[k-1].Lower]
}

var visitCallMods = lex("visitCallMods")

// lowerTitle: tokens [i, j) are a title in lower case with the body it
// serves, set before a name in apposition: "called on the speaker of the
// Faroese parliament, X", "called on the president of the National
// Assembly, X" (p224, p258). It opens with "the" and a title word; past
// "of" come the body's words, capitalized or not, but no verb, comma or
// short function word ("the president of Ruritania to release X" is an
// appeal).
func lowerTitle(toks []text.Token, i, j int) bool {
	if j-i < 2 || j-i > 9 || toks[i].Lower != "the" || toks[i+1].Cap || !mention.IsTitleWord(toks[i+1].Lower) {
		return false
	}
	if j == i+2 {
		return true
	}
	if toks[i+2].Lower != "of" {
		return false
	}
	for e := i + 3; e < j; e++ {
		t := toks[e]
		if !t.Word || t.Cap || t.Lower == "the" || t.Lower == "of" {
			continue
		}
		if len(t.Lower) <= 3 || frame.LooksVerb(toks, e) || strings.HasSuffix(t.Lower, "ly") {
			return false
		}
	}
	return true
}

// titleRun: tokens [i, j) may be a title before a name. A title may stand
// in apposition, with its portfolios listed ("the Minister of A, B and C,
// X"; "the Speaker of Parliament, X, and thanked") and a body named in it
// ("General Secretary of the A People's Party and President of B X"),
// a title may be hyphenated ("called on Vice-President X", p263;
// "paid a courtesy call on Vice-President X", p262), and an honorific
// with its period may close it ("called on the Home Minister, Mr. X",
// the hundred-and-eighth round).
func titleRun(toks []text.Token, i, j int) bool {
	for e := i; e < j; e++ {
		if toks[e].Text == "-" && e > i && e+1 < j && toks[e-1].Cap && toks[e+1].Cap {
			continue
		}
		if toks[e].Text == "." && e > i && honorifics[toks[e-1].Lower] {
			continue // "the Home Minister, Mr. X": the period of an honorific before the name
		}
		if !toks[e].Cap && toks[e].Lower != "of" && toks[e].Lower != "the" && toks[e].Text != "," && toks[e].Lower != "and" && toks[e].Text != "'s" {
			return false
		}
	}
	return true
}

// namingCall: the call verb at k names a thing in a free relative with
// "what" ("a declaration for what they call a community", "what the
// ministers have called a new start"): a subject of at most three lower-case
// words between "what" and the verb, which then names, not phones (the
// two-hundred-and-sixty-first round, p1598).
func namingCall(toks []text.Token, k int) bool {
	if toks[k].Lower != "call" && toks[k].Lower != "calls" && toks[k].Lower != "called" {
		return false
	}
	for w := k - 1; w >= 0 && w >= k-4; w-- {
		if toks[w].Lower == "what" {
			return w < k-1
		}
		if !toks[w].Word || toks[w].Cap && w > 0 {
			return false
		}
	}
	return false
}

// capitalRun: the tokens [i, j) are all capitalized words, a post named
// before its holder with no complement ("Marland Foreign Minister Sheikh").
func capitalRun(toks []text.Token, i, j int) bool {
	for e := i; e < j; e++ {
		if !toks[e].Word || !toks[e].Cap {
			return false
		}
	}
	return i < j
}

// callWordIn: a word of the clause [cs, ce) tells a call — but not the
// "call" of a courtesy call, a visit in person ("paid a courtesy call on
// X at his office").
func (d *Reader) callWordIn(si, cs, ce int) bool {
	toks := d.Sents[si].Toks
	for e := cs; e < ce && e < len(toks); e++ {
		if frame.CallWords[toks[e].Lower] && !d.courtesyCall(si, e) && !visitCall(toks, e) && !namingCall(toks, e) {
			return true
		}
	}
	return false
}

// callSetsInvitation: "During the call, A invited B to visit P": every
// call word of the clause [cs, ce) stands in the fronted adjunct, and the
// trigger at k is a face-to-face predicate after "to" — the call is where
// the invitation was made, the visit is in person (issue 14's
// four-hundred-and-ninety-third round, p2991, p2994).
func callSetsInvitation(toks []text.Token, cs, ce, k int) bool {
	start := frame.AfterFrontedAdjunct(toks)
	if start == 0 || k < start+1 || toks[k-1].Lower != "to" || frame.Triggers[toks[k].Lower] != frame.Meet {
		return false
	}
	for e := max(cs, start); e < ce && e < len(toks); e++ {
		if frame.CallWords[toks[e].Lower] {
			return false
		}
	}
	return true
}

// callOnlyInRelative: every call word of the clause [cs, ce) stands in
// a relative clause set off by commas before the predicate at k — "X,
// who held a phone call with A on Sunday, received B on Wednesday": the
// call is the relative clause's own encounter, and the reception is in
// person (the three-hundred-and-eighty-eighth round, p2365).
func (d *Reader) callOnlyInRelative(si, cs, ce, k int) bool {
	toks := d.Sents[si].Toks
	for e := cs; e < ce && e < len(toks); e++ {
		if frame.CallWords[toks[e].Lower] && !relativeBefore(toks, 0, e, k) {
			return false
		}
	}
	return true
}

// passiveAgent: the passive verb at k has its agent in a "by" phrase,
// right after it or after place and time phrases ("was signed by A and
// B", "was signed in Paris on May 4, 1995, by A and B"), and an auxiliary
// before it ("was", "were").
// passivePerson: a reception in the passive whose agent is a person named
// after a description of them in apposition: "was received by his
// Uruguayan counterpart, X" (the host is X, too far for ObjectAfter), or
// by name and title past a place phrase too long for ObjectAfter: "was
// received in the morning at the presidential palace on the Plateau by
// President X".
func (d *Reader) passivePerson(si, k int) bool {
	toks := d.Sents[si].Toks
	if !hostPassive[toks[k].Lower] || !passiveAux(toks, k) || !passiveAgent(toks, k) {
		return false
	}
	by := k + 1
	for by < len(toks) && toks[by].Lower != "by" {
		by++
	}
	for _, m := range d.Ments[si] {
		if m.I > by && m.I <= by+13 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			// "by President X" past a long place phrase, or "by his
			// counterpart, X"; a post of up to four capitalized words
			// alone ("by Marland Foreign Minister Sheikh X", the
			// two-hundred-and-sixty-first round, p1603) is a title run
			// too.
			// "by His Royal Highness Prime Minister Prince X": a holder's
			// style opens a longer run of capitalized words.
			styled := toks[by+1].Lower == "his" || toks[by+1].Lower == "her"
			return m.I <= by+3 && titleRun(toks, by+1, m.I) || (m.I <= by+5 || styled && m.I <= by+8) && capitalRun(toks, by+1, m.I) || apposedAgent(toks, by+1, m.I) || prepTitleRun(toks, by+1, m.I)
		}
	}
	return false
}

// sender: the mention at i is whom a message carried to the meeting comes
// from — "carrying a letter from President X", "with a message from
// X" — who is not there.
func sender(toks []text.Token, i int) bool {
	e := i - 1
	for e > 0 && toks[e].Cap && mention.IsTitleWord(toks[e].Lower) {
		e--
	}
	for e > 0 && (toks[e].Cap || toks[e].Text == "'s") && e >= i-4 && toks[e].Lower != "from" {
		e-- // "from Paraguay's President X"
	}
	return e > 0 && toks[e].Lower == "from" && messageNouns[toks[e-1].Lower] || recipient(toks, i)
}

// recipient: the mention at i is whom a message carried by a visitor is
// addressed to — "carrying a letter from President X to Prime Minister Y",
// "refused to accept a letter from X to Y" —, who is no more at the
// meeting than its sender (issue 14's four-hundred-and-sixtieth round,
// p2796, p2314). A message handed over ("handed a letter from X to Y",
// handOverVerbs) went to Y in person.
func recipient(toks []text.Token, i int) bool {
	e := i - 1
	for e > 0 && (toks[e].Cap || toks[e].Text == "'s" || toks[e].Text == ".") && e >= i-8 && toks[e].Lower != "to" {
		e-- // "to Prime Minister Datuk Seri Dr Y"
	}
	if e <= 0 || toks[e].Lower != "to" {
		return false
	}
	for f := e - 1; f > 1 && f >= e-8; f-- {
		if toks[f].Lower == "from" {
			n := f - 1 // the message noun, past a determiner's modifiers
			if !messageNouns[toks[n].Lower] {
				return false
			}
			for v := n - 1; v >= 0 && v >= n-3; v-- {
				if handOverVerbs[toks[v].Lower] {
					return false
				}
			}
			return true
		}
		if !toks[f].Cap && toks[f].Lower != "and" && toks[f].Text != "'s" && toks[f].Text != "." {
			return false
		}
	}
	return false
}

// handOverVerbs hand a message to its addressee in person.
var handOverVerbs = lex("handOverVerbs")

// toldAbout: the meeting noun at k, with "the", "this", "that" or a
// possessor ("today's"), is what someone was told about — "was briefed on
// the meeting by X", "was informed of today's talks" —, not something the
// person told attended.
// sittingPhaseVerbs tell a sitting opening or closing: "before the summit
// opens", "until the conference ends".
var sittingPhaseVerbs = lex("sittingPhaseVerbs")

// phaseClauseNoun: the meeting noun at k is the subject of a clause of time
// that tells its opening or closing ("before the summit opens", "after the
// summit's formal session ended"): the clause times another encounter and
// tells none of its own people (the five-hundred-and-twenty-ninth round;
// p3206, p3207, p3210, p2916). Only "the", lower-case modifiers, a
// possessive and other meeting nouns stand between the subordinator, the
// noun and the verb.
func phaseClauseNoun(toks []text.Token, k int) bool {
	b := k - 1
	for b >= 0 && b >= k-5 && (toks[b].Lower == "the" || toks[b].Lower == "'s" || toks[b].Word && !toks[b].Cap && !temporalSubordinators[toks[b].Lower]) {
		b--
	}
	if b < 0 || b == k-1 || !temporalSubordinators[toks[b].Lower] || toks[b+1].Lower != "the" {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		switch {
		case sittingPhaseVerbs[toks[e].Lower]:
			return true
		case toks[e].Lower == "'s" || toks[e].Word && !toks[e].Cap:
			continue
		}
		return false
	}
	return false
}

// plannedTriggerBefore: a meeting trigger told as to come ("is to meet",
// "is expected to meet") stands before k in the sentence, the encounter a
// clause of time after it times. A held one keeps the noun, which may
// gather the sentence's later conjuncts ("met A before the summit opened
// and had breakfast with B and C", p2705) or date it ("the day before
// the talks opened", p2625).
func (d *Reader) plannedTriggerBefore(si, k int) bool {
	s := &d.Sents[si]
	for j, t := range s.Toks[:k] {
		if _, ok := frame.Triggers[t.Lower]; ok {
			cs, ce := s.Clause(j)
			return d.status(s.Toks, j, cs, ce) == graph.Planned
		}
	}
	return false
}

func toldAbout(toks []text.Token, cs, k int) bool {
	e := k - 1
	switch {
	case e >= cs && (toks[e].Lower == "the" || toks[e].Lower == "this" || toks[e].Lower == "that"):
	case e-1 >= cs && toks[e].Text == "'s" && toks[e-1].Word && !toks[e-1].Cap:
		e-- // "today's meeting", "yesterday's talks"
	default:
		return false
	}
	return e-2 >= cs && aboutPreps[toks[e-1].Lower] && informVerbs[toks[e-2].Lower]
}

// informedOf: the meeting noun at k stands in what a person was told —
// "A informed B on the main points of his talks with C", "A briefed B
// about the coming meeting of X" —, an active informVerbs word whose
// person object is followed by an aboutPreps word, with only a noun
// phrase (no comma, no verb, no other person) between it and the noun.
// The person told did not take part in the meeting told about (the
// two-hundred-and-sixth round); it returns the start of that person's
// mention, or -1.
func (d *Reader) informedOf(si, cs, k int) int {
	toks := d.Sents[si].Toks
	if !frame.MeetingNouns[toks[k].Lower] {
		return -1
	}
	coordinated := false
	for j := k - 1; j > cs && (j >= k-8 || coordinated && j >= k-24); j-- {
		t := toks[j]
		if t.Text == "," || t.Text == ";" || t.Cap && !coordinated {
			return -1
		}
		if !aboutPreps[t.Lower] {
			continue
		}
		if toks[j-1].Lower == "and" {
			// "on his talks with C and on the coming meeting": a second
			// topic; the person told stands before the first.
			coordinated = true
			continue
		}
		for _, m := range d.Ments[si] {
			if m.J == j && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person && m.I > cs && informVerbs[toks[m.I-1].Lower] {
				return m.I
			}
		}
		// "on the main points of his talks": an "of" inside the topic.
	}
	return -1
}

// informVerbs tell someone about a meeting ("briefed on", "informed of"),
// aboutPreps open what they were told about.
var (
	informVerbs = lex("informVerbs")
	aboutPreps  = lex("aboutPreps")
)

// dispatcher: the mention ending before token j is the subject of a verb
// of sending whose object goes on "to" the meeting verb at k — "A sent
// his foreign minister, B, to meet C", "A has dispatched B to Oslo to
// meet C" — and stays home: B meets C, A does not.
func dispatcher(toks []text.Token, j, k int) bool {
	if k < 2 || toks[k-1].Lower != "to" || frame.MeetingNouns[toks[k].Lower] {
		return false
	}
	for v := j; v < k-2 && v <= j+2; v++ {
		if dispatchVerbs[toks[v].Lower] {
			return true
		}
		if !mention.Auxiliaries[toks[v].Lower] {
			return false
		}
	}
	return false
}

// dispatchVerbs send a person on an errand: "A sent B to meet C".
var dispatchVerbs = lex("dispatchVerbs")

// whereObject: "A travelled to Oslo, where B received him": an object
// pronoun after a reception in a relative clause of place stands for the
// traveller, the first person the sentence names before the clause.
// -1 when the predicate at k has no such object.
func (d *Reader) whereObject(si, k int) int {
	s := &d.Sents[si]
	toks := s.Toks
	if k+1 >= len(toks) || !objectPronouns[toks[k+1].Lower] || !frame.ObjectTriggers[toks[k].Lower] {
		return -1
	}
	cs, _ := s.Clause(k)
	if !whereClause(toks, cs) {
		return -1
	}
	for _, m := range d.Ments[si] {
		if m.I >= cs-2 {
			break
		}
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return m.Actor
		}
	}
	return -1
}

// whereThem: "A and B went on to Tunis, where C received them", "A and
// his companions flew to Z, where C met them": a plural object pronoun
// (pluralObjectPronouns) after a reception in a relative clause of place
// stands for the travellers, the people the sentence names by name before
// the clause, who had no place in the meeting when only "him" or "her"
// was read (issue 14's three-hundred-and-thirty-sixth round, p2050).
// Nil when the predicate at k has no such object or no one is named
// before the clause.
func (d *Reader) whereThem(si, k int) []int {
	s := &d.Sents[si]
	toks := s.Toks
	if k+1 >= len(toks) || !pluralObjectPronouns[toks[k+1].Lower] || !frame.ObjectTriggers[toks[k].Lower] {
		return nil
	}
	cs, _ := s.Clause(k)
	if !whereClause(toks, cs) {
		return nil
	}
	var out []int
	for _, m := range d.Ments[si] {
		if m.I >= cs-2 {
			break
		}
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && !slices.Contains(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	return out
}

// yearIn: a year is written in tokens [cs, ce).
func yearIn(toks []text.Token, cs, ce int) bool {
	for e := cs; e < ce && e < len(toks); e++ {
		if l := toks[e].Lower; len(l) == 4 && mention.IsNumber(l) {
			return true
		}
	}
	return false
}

// possessiveTitled: a person named after a state's possessive and a
// title follows the predicate — "paid a visit to Uruguay's President X" —
// the possessive only describes the person.
func (d *Reader) possessiveTitled(si, k int) bool {
	toks := d.Sents[si].Toks
	e := k + 1
	if e < len(toks) && (toks[e].Lower == "to" || toks[e].Lower == "with") {
		e++
	}
	if e+2 >= len(toks) || !toks[e].Cap || toks[e+1].Text != "'s" {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I >= e+2 && m.I <= e+6 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return titleRun(toks, e+2, m.I)
		}
	}
	return false
}

// earlierRound: the clause opens with an earlier round of a series of
// talks, "the first round", "the previous meeting", "the third round of
// consultations" (p368, p386, p389, p390, p391); "the next round" is yet
// to come and "a second round" is not one the story has set in a series.
func earlierRound(toks []text.Token, cs int) bool {
	if cs+2 >= len(toks) || toks[cs].Lower != "the" {
		return false
	}
	o, n := toks[cs+1].Lower, toks[cs+2].Lower
	return roundOrdinals[o] && o != "next" && o != "new" && (roundNouns[n] || frame.MeetingNouns[n])
}

// namesPerson: the sentence names a person anywhere ("The first round
// was held in X in March, when A met B"): its round had people of its
// own, told in the same sentence (p208).
func (d *Reader) namesPerson(si int) bool {
	return slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool {
		return m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person
	})
}

// storySides are the sides of the first held, face-to-face meeting told
// before, when it is between states or groups only ("Delegations from A
// and B met ..."): the people its rosters name join it later, in package
// extract, and the sides stand for its series.
func (d *Reader) storySides() []int {
	return d.seriesSides
}

// noteSeriesSides keeps the sides of the story's first held, face-to-face
// meeting when that meeting names only states or groups. Earlier rounds
// are often told far from the lead, out of reach of the recent frames.
func (d *Reader) noteSeriesSides(fs []Frame) {
	if d.seriesTold {
		return
	}
	for _, m := range fs {
		if m.Status != graph.Held || m.Mode == graph.Call || m.Mode == graph.Virtual {
			continue
		}
		d.seriesTold = true
		if len(m.Parts) >= 2 && !slices.ContainsFunc(m.Parts, func(a int) bool {
			k := d.Cast.Actors[a].Kind
			return k != graph.State && k != graph.Group
		}) {
			d.seriesSides = slices.Clone(m.Parts)
		}
		return
	}
}

// roundTook: "round" at k, after an ordinal or "last", is a round of
// talks when a verb of taking place follows it: "the last round ended on
// May 9 with the two delegations, led by ...", "the first round opened on
// January 27 at X". "A second round of voting", "round of sanctions" and
// "all year round" are not.
//
// The verb may come after a comma opening a reduced relative or after
// "was": "the first round, held in X in January, produced a truce", "the
// previous round was held in X" (p368, p386, p390).
func roundTook(toks []text.Token, k int) bool {
	if !roundNouns[toks[k].Lower] || k == 0 || !roundOrdinals[toks[k-1].Lower] {
		return false
	}
	e := k + 1
	if e < len(toks) && (toks[e].Text == "," || toks[e].Lower == "was") {
		e++
	}
	return e < len(toks) && eventVerbs[toks[e].Lower]
}

// personCalled: "called" at k is a phone call — "Wangdi called X on
// Tuesday", "He then called Kuwait's Prime Minister, X, to ask ...":
// a person or pronoun subject stands right before it, a person right
// after it (a title may open the name), or a state's post and its
// holder (possessiveTitled), and the called person is followed by the
// call's time, purpose or a comma, not by the name of what he was called.
func (d *Reader) personCalled(si, k int) bool {
	toks := d.Sents[si].Toks
	if k == 0 || !d.callSubjectAt(si, k-1) {
		return false
	}
	end := -1
	for _, m := range d.Ments[si] {
		if m.I > k && m.I <= k+3 && titleRun(toks, k+1, m.I) && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			end = m.J
			break
		}
	}
	if end < 0 && (d.possessiveTitled(si, k) || d.arg.PossessiveTitledObject(si, k)) && toks[k+1].Cap {
		return true
	}
	return end >= 0 && (end >= len(toks) || callTails[toks[end].Lower])
}

// briefTopic: where the topic of a briefing at k opens — "on" or
// "about" right after the person briefed ("to brief President X on the
// outcome of the talks with Y"), not a time ("on Thursday") — or -1: who
// is named in it was not briefed.
func (d *Reader) briefTopic(si, k int) int {
	toks := d.Sents[si].Toks
	if !briefVerbs[toks[k].Lower] {
		return -1
	}
	mi := d.personBriefed(si, k)
	if mi < 0 {
		return -1
	}
	j := d.Ments[si][mi].J
	if j >= len(toks) || toks[j].Lower != "on" && toks[j].Lower != "about" {
		return -1
	}
	if len(frame.FindDates(toks, j+1, min(len(toks), j+4), d.published)) > 0 {
		return -1 // "briefed X on Thursday": the day, not a topic
	}
	return j
}

// briefConjunct: the comma after the predicate at k that opens the
// conjunct of a bare "to brief" before end ("was received by A, and on
// Wednesday he was in X to brief B"), or -1.
func briefConjunct(toks []text.Token, k, end int) int {
	comma := -1
	for e := k + 1; e < end && e < len(toks); e++ {
		switch {
		case toks[e].Text == ",":
			comma = e
		case briefVerbs[toks[e].Lower] && !pastVerb(toks[e]) && toks[e-1].Lower == "to":
			return comma
		}
	}
	return -1
}

// briefInfinitive: a briefVerbs word at k is the verb — a past form
// ("briefed X"), or the bare form as an infinitive ("returned to Juba to
// brief President X", "travelled to the capital to brief X"); a bare form
// without "to" is the adjective or noun ("a brief meeting", "his brief").
func briefInfinitive(toks []text.Token, k int) bool {
	return strings.HasSuffix(toks[k].Lower, "ed") || k > 0 && toks[k-1].Lower == "to"
}

// personBriefed: the person "briefed" at k takes as object — named
// right after it (a title may open the name), or, after a description
// of titles, capitalized words and possessives ending in a comma, the
// post's holder: "briefed Guedi's chief of staff, X", "briefed the
// Haitian prime minister's chief of staff, Y". It returns the person's
// mention index, or -1; a possessor ("briefed Guedi's ...") is not the
// object.
func (d *Reader) personBriefed(si, k int) int {
	toks := d.Sents[si].Toks
	for mi, m := range d.Ments[si] {
		if m.I > k && (m.I <= k+3 && titleRun(toks, k+1, m.I) || longTitleRun(toks, k+1, m.I)) && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person &&
			(m.J >= len(toks) || toks[m.J].Text != "'s") {
			return mi
		}
	}
	title := false
	for e := k + 1; e < len(toks) && e <= k+10; e++ {
		t := toks[e]
		switch {
		case t.Text == ",":
			if !title || e == k+1 {
				return -1
			}
			for mi, m := range d.Ments[si] {
				if m.I == e+1 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
					return mi
				}
			}
			return -1
		case t.Word && mention.IsTitleWord(t.Lower):
			title = true
		case t.Cap || listDets[t.Lower] || t.Lower == "of" || t.Text == "'s":
		default:
			return -1
		}
	}
	return -1
}

// dayPastBriefTopic: the day told between a briefing's topic at j and
// the clause's end ce, "on the talks at the ministry on Thursday", or "".
// A time owned by the topic ("the talks of Wednesday", "the talks held on
// Monday", "his talks with C in X last Friday": after "of", a possessive,
// a participle, or a topic naming the sides of its own meeting) is not the
// briefing's.
func (d *Reader) dayPastBriefTopic(si, j, ce int) string {
	toks := d.Sents[si].Toks
	for _, x := range frame.FindDatesIn(toks, j+1, ce, d.published, d.storyTimes[si]) {
		if x.At <= j+1 || x.At >= len(toks) {
			continue
		}
		if p := toks[x.At-1].Lower; p == "of" || p == "'s" || p == "’s" || frame.ParticipleBetween(toks, j+1, x.At) || slices.ContainsFunc(toks[j+1:x.At], func(t text.Token) bool { return t.Lower == "held" || t.Lower == "with" || t.Lower == "between" }) {
			return ""
		}
		return x.Value
	}
	return ""
}

// longTitleRun: the four or five capitalized words from i to j are a
// nationality and a post of two or three words before the name ("briefed
// Indian High Commissioner X", "brief Malaysian Prime Minister Y"): past
// titleRun's three words only a run of capitalized words with a title
// word among them, no comma or "and" (issue 14's
// four-hundred-and-sixty-seventh round, p2834, p513).
func longTitleRun(toks []text.Token, i, j int) bool {
	if j-i < 3 || j-i > 5 {
		return false
	}
	title := false
	for e := i; e < j; e++ {
		if !toks[e].Word || !toks[e].Cap {
			return false
		}
		title = title || mention.IsTitleWord(toks[e].Lower)
	}
	return title
}

// prepTitleRun: tokens [i, j) are a post whose portfolio hangs on "of" or
// "for", set before the name without a comma — "by Minister of Foreign
// Affairs X", "by Minister of State for External Affairs Y", "by the
// Cabinet Secretary for Interior and Coordination of National Government
// Z", "by Minister of Industry, Commerce and Tourism W": capitalized words
// with a title word first (after "the"), the small words of a portfolio
// between them, a comma only inside a list of capitalized portfolio words,
// and a capitalized word last. Too long for titleRun's three words and
// broken by lower-case words for capitalRun, such agents were lost with
// the encounter (issue 14's four-hundred-and-ninety-seventh round: p3014,
// p3015, p3016, p3017).
func prepTitleRun(toks []text.Token, i, j int) bool {
	if i < len(toks) && toks[i].Lower == "the" {
		i++
	}
	if j-i < 3 || j-i > 12 || j > len(toks) || !toks[i].Cap || !mention.IsTitleWord(toks[i].Lower) || !toks[j-1].Cap {
		return false
	}
	prep, coord := false, false
	for e := i; e < j; e++ {
		t := toks[e]
		switch {
		case t.Word && t.Cap:
		case t.Lower == "of" || t.Lower == "for":
			prep = true
		case t.Lower == "and" && e+1 < j && toks[e+1].Cap && mention.IsTitleWord(toks[e+1].Lower):
			coord = true // "Deputy Prime Minister and Minister of Foreign Affairs X": two posts
		case t.Lower == "and" || t.Lower == "the":
			if !prep {
				return false
			}
		case t.Text == ",":
			if !prep || e+1 >= j || !toks[e+1].Cap || !toks[e-1].Cap {
				return false
			}
		default:
			return false
		}
	}
	return prep || coord
}

// briefedBy: the "briefed" at k is a passive whose agent is a named person
// — "was briefed by Foreign Minister X", "was briefed by telephone by X",
// "was later briefed by the Cabinet Secretary for Interior Y": the one
// briefed met the agent, or spoke with them on the telephone. It returns
// the agent's mention index, or -1: "was briefed by officials", "was
// briefed by phone" tell no one (issue 14's four-hundred-and-ninety-seventh
// round: p1041, p3017, p3018).
func (d *Reader) briefedBy(si, k int) int {
	toks := d.Sents[si].Toks
	if !briefVerbs[toks[k].Lower] || !pastVerb(toks[k]) || k < 1 {
		return -1
	}
	if !passiveAux(toks, k) {
		return -1 // "was briefed", "was later briefed"
	}
	by := k + 1
	if by+2 < len(toks) && toks[by].Lower == "by" && frame.CallWords[toks[by+1].Lower] && toks[by+2].Lower == "by" {
		by += 2 // "by telephone by X"
	}
	if by >= len(toks) || toks[by].Lower != "by" {
		return -1
	}
	for mi, m := range d.Ments[si] {
		if m.I <= by || m.Actor < 0 || m.Desc {
			continue
		}
		if d.Cast.Actors[m.Actor].Kind == graph.Person && (m.I == by+1 || m.I <= by+4 && titleRun(toks, by+1, m.I) || longTitleRun(toks, by+1, m.I) || prepTitleRun(toks, by+1, m.I)) {
			return mi
		}
		return -1
	}
	return -1
}

// callSubjectAt: the token at e ends a person's name or is a pronoun or
// sequence adverb (callSubjects) that may stand before "called".
func (d *Reader) callSubjectAt(si, e int) bool {
	if callSubjects[d.Sents[si].Toks[e].Lower] {
		return true
	}
	for _, m := range d.Ments[si] {
		if m.J == e+1 && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return true
		}
	}
	return false
}

// signedByApposedSigners: a signing in the passive whose agent is a plural
// of posts with the signers' names in apposition after it: "was initialed
// at the State Department by the heads of the two negotiating teams, A of
// X and B of Y", "was signed ... by the heads of the three delegations, A
// for X, ..." (issue 14's five-hundred-and-twenty-sixth round; p3191,
// p2572). The description is lower-case words and "of" up to its comma,
// one of them a signerHeadNouns word; a person follows the comma.
func (d *Reader) signedByApposedSigners(si, k int) bool {
	toks := d.Sents[si].Toks
	if l := toks[k].Lower; l != "signed" && l != "initialled" && l != "initialed" || !passiveAux(toks, k) || !passiveAgent(toks, k) {
		return false
	}
	by := k + 1
	for by < len(toks) && toks[by].Lower != "by" {
		by++
	}
	e := apposedSigners(toks, by)
	if e < 0 {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I > e && m.I <= e+4 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return m.PhraseStart() == e+1 || m.I == e+1
		}
	}
	return false
}

// apposedAgent: tokens [i, j) are a description set before the name in
// apposition — "his Uruguayan counterpart," or "the Speaker of the House,"
// — determiners, capitalized words and agent nouns ("counterpart",
// "host") ending in a comma.
func apposedAgent(toks []text.Token, i, j int) bool {
	if j-i < 2 || toks[j-1].Text != "," {
		return false
	}
	for e := i; e < j-1; e++ {
		if l := toks[e].Lower; !toks[e].Cap && !listDets[l] && !agentNouns[l] && l != "of" {
			return false
		}
	}
	return true
}

func passiveAgent(toks []text.Token, k int) bool {
	if k+1 < len(toks) && toks[k+1].Lower == "by" {
		return true
	}
	if reducedPassive(toks, k) {
		return agentPastPlace(toks, k, k+1)
	}
	if !passiveAux(toks, k) {
		return false
	}
	return agentPastPlace(toks, k, k+1)
}

// passiveAux: a form of "be" stands before the participle at k — an
// auxiliary or "been" ("had been greeted at the airport by X") — right
// before it or before one adverb of manner in "-ly", of sequence or of
// lexicon passiveAdverbs: "was warmly received", "was also received",
// "were later received at X Palace by Y". Without the adverb's room,
// "was also received yesterday at the palace by President Y" lost its
// host, and the pluperfect and the sequenced passive their agent (issue
// 14's four-hundred-and-ninety-seventh and five-hundred-and-first rounds:
// p3016, p3017, p3039, p972).
func passiveAux(toks []text.Token, k int) bool {
	aux := func(i int) bool { return mention.Auxiliaries[toks[i].Lower] || toks[i].Lower == "been" }
	if k >= 1 && aux(k-1) {
		return true
	}
	if k < 2 || !aux(k-2) || !toks[k-1].Word || toks[k-1].Cap {
		return false
	}
	l := toks[k-1].Lower
	return strings.HasSuffix(l, "ly") || passiveAdverbs[l] || frame.SequenceAdverbs[l]
}

// passiveAdverbs may stand between a passive's auxiliary and its
// participle (passiveAux).
var passiveAdverbs = lex("passiveAdverbs")

// reducedPassive: the participle at k opens a reduced relative right
// after a comma, the noun it tells of before the comma ("under the
// accords, signed last August by A and B,", "the treaty, initialled in
// the spring by A and B"): no auxiliary stands before it, yet its "by"
// past the time or place phrases names the agent as "was signed ... by"
// does (the two-hundred-and-forty-fourth round, p1499). A participle
// that opens the sentence or follows a name ("A, received by B") is read
// elsewhere; only a lower-case noun or the end of a name before the comma
// is the thing the participle tells of.
func reducedPassive(toks []text.Token, k int) bool {
	if k < 2 || toks[k-1].Text != "," || !toks[k-2].Word {
		return false
	}
	return signedNouns[toks[k-2].Lower]
}

// definiteSigned: the sign verb at k takes a definite text ("signed the
// accords", "signed the document", "The agreement was signed by"), one
// the story has already told.
func definiteSigned(toks []text.Token, k int) bool {
	if k+2 < len(toks) && toks[k+1].Lower == "the" && signedNouns[toks[k+2].Lower] {
		return true
	}
	return k >= 3 && (toks[k-1].Lower == "was" || toks[k-1].Lower == "were") && signedNouns[toks[k-2].Lower] && toks[k-3].Lower == "the"
}

// lastMetSince: a negated meeting verb at k followed by "since" and a time
// ("have not met since October") or a meeting ("since talks in X in
// September ended") says the people last met then: the index of "since",
// or -1. "Since taking office", "since their row" date no meeting.
func lastMetSince(toks []text.Token, k int) int {
	if l := toks[k].Lower; l != "met" && l != "meet" {
		return -1
	}
	e := k + 1
	if e+1 < len(toks) && toks[e].Lower == "in" && toks[e+1].Lower == "person" {
		e += 2 // "have not met in person since"
	}
	if e+1 >= len(toks) || toks[e].Lower != "since" {
		return -1
	}
	n := toks[e+1]
	if _, month := lexicon.Months[n.Lower]; month && n.Cap || n.Lower == "last" || isYear(n) {
		return e
	}
	w := e + 1
	if leadDets[n.Lower] || n.Lower == "their" {
		w++
	}
	if w < len(toks) && frame.MeetingNouns[toks[w].Lower] {
		return e
	}
	return -1
}

// isYear: a four-digit year token.
func isYear(t text.Token) bool {
	if len(t.Text) != 4 {
		return false
	}
	for _, r := range t.Text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return t.Text[0] == '1' || t.Text[0] == '2'
}

// sinceDate: the time of a "since" phrase in tokens [cs, ce) of sentence
// si, which is past: a month told without its year that would fall after
// publication is the year before's ("have not met since October" in
// April).
func (d *Reader) sinceDate(si, cs, ce int) string {
	toks := d.Sents[si].Toks
	ds := frame.FindDatesIn(toks, cs, ce, d.published, d.storyTimes[si])
	if len(ds) == 0 {
		// A month standing alone, which the date reader leaves to a
		// preposition it lacks here: the last such month before
		// publication.
		mo, ok := lexicon.Months[toks[cs].Lower]
		if !ok || !toks[cs].Cap || d.published.IsZero() {
			return ""
		}
		y := d.published.Year()
		if mo >= int(d.published.Month()) {
			y--
		}
		return fmt.Sprintf("%04d-%02d", y, mo)
	}
	x := ds[0]
	if !x.Year && !x.Relative && !d.published.IsZero() && x.Value > d.published.Format("2006-01-02") && len(x.Value) >= 7 {
		var y int
		fmt.Sscanf(x.Value[:4], "%d", &y)
		return fmt.Sprintf("%04d%s", y-1, x.Value[4:])
	}
	return x.Value
}

// leaderNouns: "the two leaders", whom a "have not met since" may stand
// for.
var leaderNouns = map[string]bool{"leaders": true}

// contrastAfter is the first ", but" (a contrastWords word after a comma)
// after the meeting noun at k that opens a clause with a speech verb of
// its own before the next comma — another's account set against the
// first ("..., but spokesman C said no deal had been reached") — or
// len(toks).
func contrastAfter(toks []text.Token, k int) int {
	for e := k + 2; e < len(toks); e++ {
		if toks[e-1].Text != "," || !contrastWords[toks[e].Lower] {
			continue
		}
		for v := e + 1; v < len(toks) && toks[v].Text != ","; v++ {
			if speechVerbs[toks[v].Lower] {
				return e
			}
		}
	}
	return len(toks)
}

// contrastWords after a comma open a clause that may set another's
// account against the one before it.
var contrastWords = lex("contrastWords")

// relativeSubjectClause: the clause at cs is a relative clause set off by
// commas on the subject before it ("The two leaders, who had flown in
// that morning, held talks"), the predicate at k standing after its
// closing comma: the span of the subject's own short clause before the
// "who", or (-1, -1).
func relativeSubjectClause(s *text.Sentence, cs, k int) (int, int) {
	toks := s.Toks
	r := cs - 1
	if r < 1 || k >= len(toks) || toks[r].Lower != "who" || toks[r-1].Text != "," {
		return -1, -1
	}
	closed := false
	for e := cs; e < k; e++ {
		closed = closed || toks[e].Text == ","
	}
	if !closed {
		return -1, -1
	}
	if ps, _ := s.Clause(r - 1); r-1-ps <= 5 {
		return ps, r - 1
	}
	return -1, -1
}

// signatory is a person a sentence tells signing for a side, with the
// side's key (signedFor); a witness has no side.
type signatory struct {
	actor int
	side  string
}

// signedSideStart: the first token of the side after "signed for" or
// "signed on behalf of" at k, or -1.
func signedSideStart(toks []text.Token, k int) int {
	if k+1 < len(toks) && toks[k+1].Lower == "for" {
		return k + 2
	}
	if k+3 < len(toks) && toks[k+1].Lower == "on" && toks[k+2].Lower == "behalf" && toks[k+3].Lower == "of" {
		return k + 4
	}
	return -1
}

// sideKey: the side a signatory signed for, by its first word after an
// article ("the government", "Bamako", "the Korean People's Army"); ""
// when no word follows.
func sideKey(toks []text.Token, j int) string {
	if j < len(toks) && (toks[j].Lower == "the" || toks[j].Lower == "its" || toks[j].Lower == "his" || toks[j].Lower == "their") {
		j++
	}
	if j >= len(toks) || !toks[j].Word {
		return ""
	}
	return toks[j].Lower
}

// signedFor: the people sentence si tells signing a text for a side —
// "A signed for the government", "A and B signed on behalf of the
// movement", a second signing elided after "and" ("A signed for X, and
// B, the head of the rebel team, for Y") — and those who "signed as
// witness". Only people named by name count.
func (d *Reader) signedFor(si int) []signatory {
	toks := d.Sents[si].Toks
	var out []signatory
	named := func(from, to int) []int {
		var as []int
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.Kind != mention.Person || m.Desc || m.Actor < 0 || m.I < from || m.J > to || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			if ps := m.PhraseStart(); ps > 0 && signerPreps[toks[ps-1].Lower] {
				continue // "convener of the committee on X": a name in a post, no signatory
			}
			as = append(as, m.Actor)
		}
		return as
	}
	from := 0
	for k := range toks {
		if toks[k].Lower != "signed" || d.Sents[si].Quoted[k] {
			continue
		}
		witness := k+2 < len(toks) && toks[k+1].Lower == "as" && (toks[k+2].Lower == "witness" || toks[k+2].Lower == "a" && k+3 < len(toks) && toks[k+3].Lower == "witness")
		j := signedSideStart(toks, k)
		if j < 0 && !witness {
			from = k + 1
			continue
		}
		side := ""
		if !witness {
			if side = sideKey(toks, j); side == "" {
				from = k + 1
				continue
			}
		}
		for _, a := range named(from, k) {
			out = append(out, signatory{a, side})
		}
		from = k + 1
		if witness {
			continue
		}
		// The elided second signing: "..., and B[, apposition,] for Y".
		for e := j; e+1 < len(toks); e++ {
			if toks[e].Lower == "signed" {
				break
			}
			if toks[e].Lower != "and" && toks[e].Lower != "while" && !gappedSignerComma(toks, j, e) {
				continue
			}
			for mi := range d.Ments[si] {
				m := &d.Ments[si][mi]
				if m.Kind != mention.Person || m.Desc || m.Actor < 0 || m.PhraseStart() != e+1 || d.Cast.Actors[m.Actor].Kind != graph.Person {
					continue
				}
				// Up to two comma-closed insertions, an apposition and a
				// relative clause after it ("B, the prime minister, who
				// has also held the foreign ministry, for Y"; p1246).
				f := m.J
				for n := 0; n < 2 && f < len(toks) && toks[f].Text == ","; n++ {
					start := f
					for f++; f < len(toks) && f <= start+12 && toks[f].Text != ","; f++ {
						if toks[f].Lower == "signed" || !toks[f].Word && toks[f].Text != "'s" && toks[f].Text != "-" {
							f = len(toks)
						}
					}
					if f+1 < len(toks) && toks[f+1].Lower == "for" {
						f++ // the side follows the insertion's closing comma
						break
					}
				}
				if f < len(toks) && toks[f].Lower == "for" {
					if s := sideKey(toks, f+1); s != "" {
						out = append(out, signatory{m.Actor, s})
						from = f + 1
					}
				}
			}
		}
	}
	return out
}

// gappedSignerComma: the comma at e opens the next signing of a list
// whose verb is gapped, after a side already told from j on — "A signed
// for X, B for Y, C for Z and D for W" (the two-hundred-and-second
// round, p1246). Only a comma past the first side counts: the comma of
// an apposition ("A, the minister, signed for X") comes before the verb.
func gappedSignerComma(toks []text.Token, j, e int) bool {
	return e > j && toks[e].Text == ","
}

// signedForSides: the signing ceremony told by its signatories, side by
// side, in sentence si and the one or two before it ("A signed for the
// government. B and C signed for the rebels."): the people who signed for
// two sides or more, with those who signed as witness, met at the
// signing. Its place and time are those the clause of a signing verb
// tells, in the signatories' own sentences or the three before them,
// else the dateline's. Told
// for one side only ("A signed for Japan"), it is no meeting.
func (d *Reader) signedForSides(si int) []Frame {
	if !slices.ContainsFunc(d.Sents[si].Toks, func(t text.Token) bool { return t.Lower == "signed" }) {
		return nil
	}
	sig := d.signedFor(si)
	if len(sig) == 0 || si+1 < len(d.Sents) && len(d.signedFor(si+1)) > 0 {
		return nil // the next sentence goes on with the list
	}
	first := si
	for j := si - 1; j >= 0 && j >= si-2 && !d.Sents[j].Title; j-- {
		s := d.signedFor(j)
		if len(s) == 0 {
			break
		}
		sig, first = append(s, sig...), j
	}
	var parts []int
	sides := map[string]bool{}
	for _, s := range sig {
		if !slices.Contains(parts, s.actor) {
			parts = append(parts, s.actor)
		}
		if s.side != "" {
			sides[s.side] = true
		}
	}
	if len(parts) < 2 || len(sides) < 2 {
		return nil
	}
	m := Frame{Parts: parts, Status: graph.Held, Mode: graph.InPerson, Evidence: d.Sents[first].Text, Sent: si, Signatories: true}
	for sj := first; sj <= si; sj++ {
		for _, w := range d.signingWitnesses(sj) {
			if !slices.Contains(m.Parts, w) {
				m.Parts = append(m.Parts, w)
				m.Seated = append(m.Seated, w)
			}
		}
	}
	for sj := si; sj >= 0 && sj >= first-3 && !d.Sents[sj].Title && (m.Place == "" || m.Date == ""); sj-- {
		for k, t := range d.Sents[sj].Toks {
			if !signVerbs[t.Lower] {
				continue
			}
			// The signing's own clause, from its verb on: "signed an
			// accord on Tuesday that allows a vote in X" was not signed
			// in X, nor did "the ambassador in Y" sign in Y.
			cs, ce := d.Sents[sj].Clause(k)
			if m.Place == "" {
				m.Place = d.PlaceOf(sj, k, k, ce)
			}
			if m.Date == "" {
				m.Date = d.dateOf(sj, k, cs, ce, graph.Held)
			}
		}
	}
	if m.Place == "" && d.datelineHolds(si, m.Date) {
		m.Place = d.storyCity()
	}
	if m.Place == "" {
		// A ceremony whose place the story does not let us read ("signed
		// here" under a dateline of no known city) is left to the rules
		// that read its sentences.
		return nil
	}
	return []Frame{m}
}

// signingWitnesses are the people sentence si names as witnesses after a
// signing, "in the presence of" them (lexicon witnessNouns): "A signed
// for X and B for Y, in the presence of C, the envoy of the mediator, and
// of D and E". A ceremony told by its signatories side by side
// (signedForSides) gathered its witnesses too, as "A and B signed the
// text in the presence of C" does (signedBefore); they sat at it and are
// no side of its talks. The list runs to the sentence's end or the next
// signing verb; a name inside a witness's post ("the representative of
// Dr. F") is none, while the list's own "of" ("presence of C", "and of
// D") opens one (issue 14's three-hundred-and-ninetieth round: p2375,
// p1745).
func (d *Reader) signingWitnesses(si int) []int {
	s := &d.Sents[si]
	toks := s.Toks
	signed := slices.IndexFunc(toks, func(t text.Token) bool { return signVerbs[t.Lower] })
	if signed < 0 {
		return nil
	}
	var out []int
	for e := signed + 2; e+1 < len(toks); e++ {
		if !witnessNouns[toks[e].Lower] || toks[e+1].Lower != "of" || toks[e-1].Lower != "the" && toks[e-1].Lower != "in" || s.Quoted[e] {
			continue
		}
		end := len(toks)
		for f := e + 2; f < len(toks); f++ {
			if signVerbs[toks[f].Lower] || toks[f].Text == ";" {
				end = f
				break
			}
		}
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I <= e+1 || m.J > end || m.Kind != mention.Person || m.Desc || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			// The word before the name and its honorifics ("of Dr. F",
			// "of M. G"): a preposition there puts the name in a post
			// ("the representative of Dr. F") unless it is the list's own.
			p := m.PhraseStart() - 1
			for n := 0; n < 3 && p > e+1 && (toks[p].Text == "." || toks[p].Cap); n++ {
				p--
			}
			if p > 0 && signerPreps[toks[p].Lower] && !listOf(toks, p, e+1) {
				continue
			}
			if !slices.Contains(out, m.Actor) {
				out = append(out, m.Actor)
			}
		}
	}
	return out
}

// listOf: the "of" at o is the witness list's own, the one after the
// witness noun (at w) or one that goes on with the list after "and" or a
// comma ("in the presence of C, and of D and E").
func listOf(toks []text.Token, o, w int) bool {
	return toks[o].Lower == "of" && (o == w || o >= 1 && (toks[o-1].Lower == "and" || toks[o-1].Text == ","))
}

// signedForJoin: a sentence that tells one more signatory of a text,
// right after the sentence that told its signing by others — "A and B
// signed the treaty here this afternoon. C, an officer of the fund,
// signed for the fund." (p1650, p1381) — seats the signatory at that
// signing: the held meeting told in the sentence before, when that
// sentence tells a signing (a signVerbs word, or signatureNouns: "set
// their signatures to"), with its place and day.
// A signatory the sentence lists with another side is signedForSides'.
func (d *Reader) signedForJoin(si int, prev []Frame) []Frame {
	if si == 0 || len(prev) == 0 {
		return nil
	}
	sig := d.signedFor(si)
	if len(sig) == 0 || si+1 < len(d.Sents) && len(d.signedFor(si+1)) > 0 || len(d.signedFor(si-1)) > 0 {
		return nil
	}
	last := prev[len(prev)-1]
	if last.Sent != si-1 || last.Status != graph.Held || !slices.ContainsFunc(d.Sents[si-1].Toks, func(t text.Token) bool { return signVerbs[t.Lower] || signatureNouns[t.Lower] }) {
		return nil
	}
	m := last
	m.Parts = slices.Clone(last.Parts)
	for _, s := range sig {
		if !slices.Contains(m.Parts, s.actor) {
			m.Parts = append(m.Parts, s.actor)
		}
	}
	if len(m.Parts) == len(last.Parts) {
		return nil
	}
	m.Sent, m.Evidence, m.Split = si, d.Sents[si].Text, false
	return []Frame{m}
}

// signatureNouns tell a signing as "signed" does: "put their signatures
// to the treaty".
var signatureNouns = lex("signatureNouns")

// signerPreps before a name put it in another's post or phrase, not among
// the signatories: "the convener of the committee on X".
var signerPreps = map[string]bool{"on": true, "of": true, "for": true, "to": true, "in": true, "at": true, "by": true, "with": true, "from": true}

// processOf: the talks noun at k is governed by a noun of a process's
// standing — "the state of A's negotiations with B", "the progress of
// their talks", "the pace of the trade negotiations" — across a
// determiner or possessor and up to three lower-case modifiers: the
// talks are the process reported on, not an encounter of the clause
// (the hundred-and-fifty-seventh round, p977).
func processOf(toks []text.Token, k int) bool {
	e := k - 1
	for n := 0; e >= 1 && n < 3 && toks[e].Word && !toks[e].Cap && !functionWords[toks[e].Lower] && !frame.MeetingNouns[toks[e].Lower]; n++ {
		e--
	}
	switch {
	case e >= 1 && (toks[e].Lower == "the" || toks[e].Lower == "their" || toks[e].Lower == "its" || toks[e].Lower == "his" || toks[e].Lower == "her"):
		e--
	case e >= 2 && toks[e].Text == "'s" && toks[e-1].Cap:
		e -= 2
	}
	return e >= 1 && toks[e].Lower == "of" && processNouns[toks[e-1].Lower]
}

// processNouns name the standing of a process: "the state of the talks".
var processNouns = lex("processNouns")

// closedRelativeAt: when the clause start cs lies inside a relative
// clause on a person (", who", ", whom") that opens before it, with no
// comma between, and a comma closes before the predicate at k, the token
// after that comma; else -1. frame.AfterRelative reads the clause that
// opens right after "who"; this one a clause a break opens inside it
// ("who flew in yesterday after his talks with C,": the hundred-and-
// sixty-eighth round, p664).
func closedRelativeAt(toks []text.Token, cs, k int) int {
	if cs >= k {
		return -1
	}
	open := -1
	for e := cs - 1; e >= 1 && e >= cs-12; e-- {
		if toks[e].Text == "," || toks[e].Text == ";" || toks[e].Text == "." {
			return -1
		}
		if (toks[e].Lower == "who" || toks[e].Lower == "whom") && toks[e-1].Text == "," {
			open = e
			break
		}
	}
	if open < 0 || open == cs-1 {
		return -1
	}
	for e := cs; e < k; e++ {
		if toks[e].Text == "," {
			return e + 1
		}
	}
	return -1
}

// frontedThatClauseEnd: the comma that closes a fronted participial
// clause with a that-clause ("Recalling that he had met C in X, Y, last
// year, President A asked B ...", "Noting that ..., A said ..."): the
// first comma a person's name follows within three tokens, or -1. A
// meeting told inside it is recalled or reported, with arguments of its
// own; the main clause's people are not at it (the
// hundred-and-sixty-eighth round, p981).
func (d *Reader) frontedThatClauseEnd(si int) int {
	toks := d.Sents[si].Toks
	if len(toks) < 4 || !toks[0].Word || !strings.HasSuffix(toks[0].Lower, "ing") || len(toks[0].Lower) < 6 || toks[1].Lower != "that" {
		return -1
	}
	for e := 2; e < len(toks); e++ {
		if toks[e].Text == ";" || toks[e].Text == "." {
			return -1
		}
		if toks[e].Text != "," {
			continue
		}
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I > e && m.I <= e+3 && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return e
			}
		}
	}
	return -1
}

// frontedThatSubject: for a predicate at k inside a fronted that-clause
// (frontedThatClauseEnd) whose subject is "he" or "she", the person who
// opens the main clause after its comma ("Recalling that he had met C,
// President A asked B ..."): A. -1 otherwise.
func (d *Reader) frontedThatSubject(si, k int) int {
	toks := d.Sents[si].Toks
	c := d.frontedThatClauseEnd(si)
	if c <= k || toks[2].Lower != "he" && toks[2].Lower != "she" {
		return -1
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I > c && m.I <= c+4 && m.Actor >= 0 && d.arg.Eligible(si, m) && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return m.Actor
		}
	}
	return -1
}

// whereTheyAt is the index of the comma before a ", where they" clause
// that opens at pcs (the clause may start at "where" or at "they"), -1
// when the clause does not open so.
func whereTheyAt(toks []text.Token, pcs int) int {
	for _, w := range []int{pcs - 1, pcs} {
		if w >= 2 && w+1 < len(toks) && toks[w].Lower == "where" && toks[w+1].Lower == "they" && toks[w-1].Text == "," {
			return w - 1
		}
	}
	return -1
}

// whereTheySubjects: the clause at cs opens ", where they" after a trip
// clause (tripVerbs, whereTripVerbs) whose subject names two or more
// persons joined by "and" ("A and his counterpart B flew to X, where they
// met C"): those persons, named before the trip's verb. nil otherwise.
func (d *Reader) whereTheySubjects(si, cs int) []int {
	toks := d.Sents[si].Toks
	w := whereTheyAt(toks, cs)
	if w < 0 {
		return nil
	}
	ms := d.Ments[si]
	v, from := -1, 0
	for e := 0; e < w; e++ {
		if toks[e].Text == "," {
			if slices.ContainsFunc(ms, func(m mention.Mention) bool {
				return m.I >= from && m.I < e && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person
			}) {
				return nil // an apposition in the subject: not a bare one
			}
			from = e + 1 // "Before coming to X, A and B had flown ...": a fronted phrase
			continue
		}
		if tripVerbs[toks[e].Lower] || whereTripVerbs[toks[e].Lower] {
			v = e
			break
		}
	}
	if v < 0 || !slices.ContainsFunc(toks[from:v], func(t text.Token) bool { return t.Lower == "and" }) {
		return nil
	}
	var out []int
	retinue := false
	for mi := range ms {
		m := &ms[mi]
		if m.J > v {
			break
		}
		if m.I < from {
			continue
		}
		if m.Actor >= 0 && d.arg.Eligible(si, m) && d.Cast.Actors[m.Actor].Kind == graph.Person {
			out = append(out, m.Actor)
			retinue = retinue || coref.WithRetinue(toks, m.J)
		}
	}
	if len(out) == 1 && retinue {
		// "X and the delegation led by him flew to Y, where they
		// were met by Z": "they" is X and the unnamed retinue (the
		// three-hundred-and-second round, p1658).
		return out
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// subordinateTheySubjects: the predicate at k has "they" for its subject
// right after a time subordinator ("after they met", "when they first
// met"; lexicon temporalSubordinators), and the sentence opens with a
// subject of two or more persons joined by "and", with no comma inside it
// and no other actor between it and "they" ("A and B agreed to a dialogue
// after they met in X"): those persons, for whom "they" stands. nil
// otherwise (the two-hundred-and-thirtieth round, p1414).
func (d *Reader) subordinateTheySubjects(si, k int) []int {
	if out := d.subordinateTheyAndSubjects(si, k); out != nil {
		return out
	}
	return d.subordinateTheyWithPair(si, k)
}

// subordinateTheyAt is the "they" that opens the time clause of the
// predicate at k ("when they met", "after they first met", "when they
// left a long meeting"), or -1.
func subordinateTheyAt(toks []text.Token, k int) int {
	w := k - 1
	if w >= 1 && toks[w].Lower != "they" {
		w--
	}
	if w < 0 || toks[w].Lower != "they" {
		w = theyHeldMeetingNoun(toks, k)
	}
	if w < 2 || toks[w].Lower != "they" || !temporalSubordinators[toks[w-1].Lower] {
		return -1
	}
	return w
}

// subordinateTheyWithPair: "A discussed the plan with B when they met in
// X in May", "A shook hands with B when they first met at Y": a person
// subject and the person of its "with" phrase, right before the time
// clause, are whom "they" stands for, as the named pair "A and B" is
// (subordinateTheyAndSubjects). A is the last person before "with", with
// only lower-case words (its verb and object) between; B is the person
// after "with", behind its title words, and ends right before the
// subordinator. The "when" clause then tells the pair's own meeting with
// its place and time, which were lost (p2069, p1849). nil otherwise.
func (d *Reader) subordinateTheyWithPair(si, k int) []int {
	toks := d.Sents[si].Toks
	w := subordinateTheyAt(toks, k)
	if w < 0 {
		return nil
	}
	ms := d.Ments[si]
	b := -1
	for mi := range ms {
		if ms[mi].J == w-1 {
			b = mi
		}
	}
	if b < 0 || !d.personMention(si, ms[b]) {
		return nil
	}
	p := ms[b].I - 1
	for p > 0 && toks[p].Lower != "with" {
		t := toks[p]
		if !t.Word && t.Text != "." || !t.Cap && !mention.IsTitleWord(t.Lower) {
			return nil // "with" must stand right before B's titled name
		}
		p--
	}
	if p < 1 || toks[p].Lower != "with" {
		return nil
	}
	a := -1
	for mi := range ms {
		if ms[mi].J <= p && ms[mi].Actor >= 0 {
			a = mi
		}
	}
	if a < 0 || !d.personMention(si, ms[a]) || ms[a].Actor == ms[b].Actor || p-ms[a].J > 6 {
		return nil
	}
	for e := ms[a].J; e < p; e++ {
		if !toks[e].Word || toks[e].Cap {
			return nil // "A told reporters in X, with B ...": not one clause
		}
	}
	return []int{ms[a].Actor, ms[b].Actor}
}

// personMention: m names an eligible person actor.
func (d *Reader) personMention(si int, m mention.Mention) bool {
	return m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person && d.arg.Eligible(si, &m)
}

// subordinateTheyAndSubjects is subordinateTheySubjects for a subject of
// persons joined by "and".
func (d *Reader) subordinateTheyAndSubjects(si, k int) []int {
	toks := d.Sents[si].Toks
	w := k - 1
	if w >= 1 && toks[w].Lower != "they" {
		w-- // "after they first met"
	}
	if w < 0 || toks[w].Lower != "they" {
		w = theyHeldMeetingNoun(toks, k) // "when they left a long closed-door meeting"
	}
	if w < 2 || toks[w].Lower != "they" || !temporalSubordinators[toks[w-1].Lower] {
		return nil
	}
	v := -1 // the main clause's verb, where its subject ends
	for e := 0; e < w-1; e++ {
		t := toks[e]
		if t.Text == "," || t.Text == ";" {
			return nil // an apposition or a fronted phrase: not a bare pair
		}
		if t.Word && !t.Cap && t.Lower != "and" && t.Lower != "the" && !mention.IsTitleWord(t.Lower) {
			v = e
			break
		}
	}
	if v < 0 || !slices.ContainsFunc(toks[:v], func(t text.Token) bool { return t.Lower == "and" }) {
		return nil
	}
	var out []int
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I >= w {
			break
		}
		if m.Actor < 0 || (m.Kind == mention.Demonym || d.Cast.Actors[m.Actor].Kind != graph.Person) && m.J < v && mention.IsTitleWord(toks[m.J].Lower) {
			// "the Spanish president X", "Unity Front leader X": the
			// post's state or body, inside the person's title
			continue
		}
		if m.I >= v {
			return nil // "A and B told C after they met": whom "they" is, unclear
		}
		if !d.arg.Eligible(si, m) || d.Cast.Actors[m.Actor].Kind != graph.Person {
			return nil
		}
		out = append(out, m.Actor)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// theyHeldMeetingNoun is the "they" whose verb governs the meeting noun at
// k a few lowercase words on — "when they left a long closed-door
// meeting", "after they held a private meeting": a time clause that tells
// its subject's meeting by a noun, not a verb, has the same subject as
// "after they met" (subordinateTheySubjects). Only a verb and the noun's
// preposition, determiner and modifiers lie between, all lowercase words;
// -1 when there is no such "they" (the three-hundred-and-seventeenth
// round, p1936).
func theyHeldMeetingNoun(toks []text.Token, k int) int {
	if !frame.MeetingNouns[toks[k].Lower] {
		return -1
	}
	for w := k - 2; w >= 0 && w >= k-8; w-- {
		if toks[w].Lower == "they" {
			return w
		}
		if toks[w].Text == "-" {
			continue // "a closed-door meeting"
		}
		if !toks[w].Word || toks[w].Cap {
			return -1
		}
	}
	return -1
}

// namedBetween: actor a is named in the clause [cs, ce) of sentence si
// right after "between" or as the second conjunct of "between A and B":
// the states of a relation or agreement the people talked about.
func (d *Reader) namedBetween(si, cs, ce, a int) bool {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.Actor != a || m.I < cs || m.J > ce {
			continue
		}
		for k := m.I - 1; k >= cs && k >= m.I-6; k-- {
			if toks[k].Lower == "between" {
				return true
			}
			if !toks[k].Word && toks[k].Text != "," && toks[k].Text != "'s" {
				break
			}
		}
	}
	return false
}

// arrivalEarlier: a participant named before an arrivalVerbs word, then
// "in" or "at" and a city, earlier in sentence si than the predicate at
// k, with no other city between the arrival and the predicate: "X arrived
// in Shanghai on Saturday and on Sunday attended the opening of the
// expo, where he briefly spoke with Premier Y" (issue 14's
// two-hundred-and-fifty-ninth round, p1590: the meeting took the place
// of the talks told before it, in another city). "" when there is none.
func (d *Reader) arrivalEarlier(si, k int, parts []int) string {
	toks := d.Sents[si].Toks
	ms := d.Ments[si]
	for v := 1; v+2 < k; v++ {
		if !arrivalVerbs[toks[v].Lower] || d.Sents[si].Quoted[v] || toks[v+1].Lower != "in" && toks[v+1].Lower != "at" {
			continue
		}
		traveller, city := false, ""
		for _, m := range ms {
			if m.J <= v && m.Actor >= 0 && slices.Contains(parts, m.Actor) && d.Cast.Actors[m.Actor].Kind == graph.Person {
				traveller = true
			}
			if m.I == v+2 && m.Kind == mention.City && m.Actor < 0 {
				city = m.City
			}
			if m.I > v+2 && m.I < k && (m.Kind == mention.City || m.Kind == mention.State) && !(m.J < len(toks) && toks[m.J].Cap && toks[m.J].Word) {
				return "" // another place after the arrival's, not one opening a name ("the China International Import Expo")
			}
		}
		if traveller && city != "" {
			return city
		}
	}
	return ""
}

// heldBefore: one of the frames told before is a held meeting.
func heldBefore(prev []Frame) bool {
	return slices.ContainsFunc(prev, func(f Frame) bool { return f.Status == graph.Held || f.Status == "" })
}

// agentSoonAfter: the passive predicate at k has its agent's "by" right
// after it or after a short place phrase with no comma ("were welcomed
// by Y", "were greeted at the airport by Y"): the agent is the host, and
// the "they" before the verb are the guests (the three-hundred-and-second
// round, p1845).
func agentSoonAfter(toks []text.Token, k int) bool {
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		if toks[e].Lower == "by" {
			return true
		}
		if !toks[e].Word {
			return false
		}
	}
	return false
}

// onlyWithin: every mention of actor a in sentence si lies in [s, e).
func (d *Reader) onlyWithin(si, a, s, e int) bool {
	seen := false
	for _, m := range d.Ments[si] {
		if m.Actor != a {
			continue
		}
		if m.I < s || m.J > e {
			return false
		}
		seen = true
	}
	return seen
}

// reportedAfterMeeting: "A said after the two-hour meeting that his
// union would ask to see C": the meeting noun at k, told
// with the definite article, stands in a speaker's adjunct and "that"
// opens what was said right after it. That reported clause tells a wish
// or a plan of its own; its people were not at the meeting. The index of
// "that", or -1.
func (d *Reader) reportedAfterMeeting(si, k int) int {
	toks := d.Sents[si].Toks
	if k+1 >= len(toks) || toks[k+1].Lower != "that" || !definiteNoun(toks, k) {
		return -1
	}
	// Back over the noun's modifiers ("the two-hour meeting") to the
	// preposition, then the speech verb, past its hearers ("told
	// reporters after").
	p := k - 1
	for p > 0 && p >= k-6 && (toks[p].Word && !frontPreps[toks[p].Lower] || toks[p].Text == "-") {
		p--
	}
	if p < 1 || !frontPreps[toks[p].Lower] {
		return -1
	}
	if p >= 2 && recipientWords[toks[p-1].Lower] {
		p--
	}
	if !speechVerbs[toks[p-1].Lower] {
		return -1
	}
	return k + 1
}

// titledReception: the passive reception at k has a title phrase for its
// subject whose person the story names before or after ("the head of the
// X delegation was received by the Minister of Trade of Y, Z"): the
// trigger stands though its agent is past a long post.
func (d *Reader) titledReception(si, k int) bool {
	if p, _, _ := d.ref.TitleSubjectNamedAfter(si, 0, k); p >= 0 {
		return true
	}
	p, _, _ := d.ref.TitleSubjectNamedBefore(si, 0, k)
	return p >= 0
}

// joinedAdjunctSpan is how many words may stand between "were joined" and
// its "by": an adjunct of time or of the sitting the joiners came to
// ("for most of the afternoon sitting", "at the start of the second
// day") runs to six words or more; four cut such sittings off (p3085,
// p1178).
const joinedAdjunctSpan = 8

// bodyTitledObject: the object of the verb at k is a body's or a
// state's name followed by a lower-case noun ("the MNLF leader", "the
// Kestrian envoy"): a person described, not the body.
func (d *Reader) bodyTitledObject(si, k int) bool {
	toks := d.Sents[si].Toks
	j := k + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	for _, m := range d.Ments[si] {
		if m.I != j || m.Actor < 0 {
			continue
		}
		return d.Cast.Actors[m.Actor].Kind != graph.Person && m.J < len(toks) && toks[m.J].Word && !toks[m.J].Cap
	}
	return false
}
