package coref

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// visitorHeads describe the visitor without a name: "the guest".
var visitorHeads = lex("visitorHeads")

// visitingHeads describe the visitor only after "visiting": "the visiting
// leader".
var visitingHeads = lex("visitingHeads")

// visitorDets open a visitor description: "the", "his".
var visitorDets = lex("visitorDets")

// visitorVerbs after a name make that person the visitor: "X arrived in".
var visitorVerbs = lex("visitorVerbs")

// hostVerbs receive a visitor: "received X", "X was welcomed by".
var hostVerbs = lex("hostPassives")

// Visitor reads a description of the story's visitor in tokens [cs, ce) of
// sentence si — "the visiting minister", "the visiting prime minister",
// "the guest", "his guest", with no name after it — and returns the person
// it stands for: the first person the story told arriving or being
// received before it (VisitorOf), when that person's posts fit the
// description's title ("the visiting president" is no foreign minister).
// The description is the object right after the predicate at k ("received
// his guest") or a subject, a verb or adverb after it ("the guest was
// received", "the visiting minister later met"). -1 when there is no such
// description or no such person.
func (d *Resolver) Visitor(si, k, cs, ce int) int {
	p, _ := d.VisitorAnte(si, k, cs, ce)
	return p
}

// VisitorAnte is Visitor, and with it the sentence before si that last
// named the person a title description in [cs, ce) stands for ("The
// president received each of them", the president named with the day of
// the reception the sentence before), -1 when it reads no title
// description there: a meeting told without a date is that sentence's
// (p254, p81).
func (d *Resolver) VisitorAnte(si, k, cs, ce int) (person, ante int) {
	toks := d.Sents[si].Toks
	ce = min(ce, len(toks))
	if cs > 0 && len(toks) > 2 && toks[0].Lower == "the" {
		// "The king, who arrived on Monday, was greeted by X": the
		// clause of the verb opens after the relative; its subject is
		// the description before it.
		if h := lowerTitleAfter(toks, 0, cs, true); h > 0 && relativeClauseEnd(toks, h+1) == cs {
			cs = 0
		}
	}
	for i := cs; i+1 < ce; i++ {
		if !visitorDets[toks[i].Lower] {
			continue
		}
		head, title, state := -1, "", -1
		switch {
		case toks[i+1].Lower == "visiting":
			// "the visiting (prime) minister": up to three lower-case
			// words ending in a title head. A readout capitalises the
			// post ("the visiting Prime Minister paid a courtesy call"):
			// its words are read too, when each is a title word (the
			// two-hundred-and-fifty-fourth round, p1557); "the visiting
			// Iraqi Prime Minister X" stops at "Iraqi".
			from := i + 2
			state = d.visitingDemonym(si, from)
			if state >= 0 {
				from++ // "the visiting Chilean President": the post past the state's adjective
			}
			for j := from; j < ce && j <= from+2 && toks[j].Word && (!toks[j].Cap || visitingTitleWord(toks[j])); j++ {
				if titleHeads[toks[j].Lower] || visitorHeads[toks[j].Lower] || visitingHeads[toks[j].Lower] {
					head = j
				}
			}
			if head >= 0 && titleHeads[toks[head].Lower] {
				title = toks[head].Lower
			}
		case visitorHeads[toks[i+1].Lower] && !toks[i+1].Cap:
			head = i + 1
		}
		titled := false    // "the archbishop", "the foreign minister"
		stateHead := false // "the Head of State"
		if head < 0 && toks[i].Lower == "the" {
			head = lowerTitleAfter(toks, i, ce, i != k+1)
			if head < 0 && i != k+1 && i+1 < ce && toks[i+1].Cap {
				head = headOfStateAfter(toks, i, ce)
				stateHead = head >= 0
			}
			titled = head >= 0
		}
		if head < 0 || head+1 < len(toks) && toks[head+1].Cap {
			continue // "the visiting Iraqi Prime Minister X" names the person
		}
		// "The Head of State held talks with": its verb may be one of holding.
		held := stateHead && head+1 < len(toks) && holdVerbs[toks[head+1].Lower]
		if d.mentionAt(si, head) || !(i == k+1 || visitorSubject(toks, head+1) || held || i == 0 && visitorSubject(toks, relativeClauseEnd(toks, head+1))) {
			continue // "the guest house": no description of a person
		}
		if titled {
			if p, at := d.titledBefore(si, i, toks[i+1:head+1], i != k+1 && toks[i+1].Cap); p >= 0 {
				if at == si {
					at = -1
				}
				return p, at
			}
			continue
		}
		if v := d.VisitorOf(si, i, title); v >= 0 && (state < 0 || d.servesState(v, state)) {
			return v, -1
		}
		if head == i+1 && titleHeads[toks[head].Lower] && toks[i].Lower == "the" {
			// "The envoy met X", "the envoy sat down with Y" where the
			// story told no arrival or reception: the one person it
			// gave that title, as "the minister" is read ("the envoy"
			// was read only as the story's visitor). "The visiting
			// secretary" stays the visitor's alone: the one titled so
			// may be the host (p687). "A new envoy" is someone else and
			// opens no such reading (issue 14's
			// five-hundred-and-fifty-eighth round; p3380 of the batch,
			// p3342, p2699, p1352, p3257).
			if p, at := d.titledBefore(si, i, toks[head:head+1], false); p >= 0 {
				if at == si {
					at = -1
				}
				return p, at
			}
		}
	}
	return -1, -1
}

// visitingDemonym is the state whose adjective (one word, capitalised, no
// title word) stands at k right after "visiting": "in honour of the
// visiting Chilean President", "the visiting Japanese Prime Minister"
// — the wire's and state agency's way to name the guest of a banquet or
// a reception by post and country (the four-hundred-and-thirteenth
// round, p2512, p2514). -1 when there is none.
func (d *Resolver) visitingDemonym(si, k int) int {
	toks := d.Sents[si].Toks
	if k >= len(toks) || !toks[k].Cap || visitingTitleWord(toks[k]) {
		return -1
	}
	for _, m := range d.Ments[si] {
		if m.I == k && m.J == k+1 && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.State {
			return m.Actor
		}
	}
	return -1
}

// servesState: person p holds a post of the state, or belongs to it, so
// that "the visiting Chilean President" may stand for p.
func (d *Resolver) servesState(p, state int) bool {
	a := d.Cast.Actors[p]
	if a.Affiliation == state {
		return true
	}
	for _, pos := range a.Positions {
		if pos.Org == state {
			return true
		}
	}
	return false
}

// visitingTitleWord: a capitalised word of a post after "visiting", a
// title head or a title modifier ("Prime", "Minister", "Foreign").
func visitingTitleWord(t text.Token) bool {
	return titleHeads[t.Lower] || titleMods[t.Lower]
}

// lowerTitleAfter is the head of a title written in lower case right
// after "the" at i — "the archbishop", "the foreign minister", up to three
// words ending in a title head — with no name, "of" or possessive after
// it; -1 when there is none.
//
// A readout's capitalised title of a head of state or government ("the
// President", "the Prime Minister") is read as well when it is a clause's
// subject (subject set): written so, it is the post, not a name.
func lowerTitleAfter(toks []text.Token, i, ce int, subject bool) int {
	caps := subject && i+1 < ce && toks[i+1].Cap
	for j := i + 1; j < ce && j <= i+3 && toks[j].Word && toks[j].Cap == caps; j++ {
		// A title that is also a given name, right after "the": "the
		// Amir" (mention.TheTitle) is a ruler's post.
		named := mention.TheTitle(toks, j)
		if !titleHeads[toks[j].Lower] && !named {
			if titleMods[toks[j].Lower] {
				continue
			}
			return -1
		}
		if j+1 < ce && j+1 <= i+3 && toks[j+1].Word && toks[j+1].Cap == caps && titleHeads[toks[j+1].Lower] {
			continue // "the crown prince", "the deputy minister": the head is the last word
		}
		if j+1 < len(toks) && (toks[j+1].Lower == "of" || toks[j+1].Text == "'s" || toks[j+1].Text == "'" || titleHeads[toks[j+1].Lower]) {
			return -1 // "the president of the senate", "the minister's aide"
		}
		if caps && !leaderHeads[toks[j].Lower] && !named && !(toks[j].Lower == "minister" && toks[j-1].Lower == "prime") {
			return -1 // capitalised, only a leader's post: not "the Special Envoy"
		}
		return j
	}
	return -1
}

// headOfStateAfter is the last word of "Head of State" right after "the"
// at i, -1 when there is none. A readout names its own president once
// and then, as the subject, by the post's description ("The Head of
// State received X", "the Head of State was received by Y", p2083, p408,
// p2095); the description holds no title word, so lowerTitleAfter cannot
// read it. Only the capitalised form, a readout's, is read: a wire's
// lower-case "the head of state met" follows whoever the story is about
// (p2067 names three presidents).
func headOfStateAfter(toks []text.Token, i, ce int) int {
	if i+3 >= ce || toks[i+1].Lower != "head" || toks[i+2].Lower != "of" || toks[i+3].Lower != "state" {
		return -1
	}
	return i + 3
}

// headOfState: words are the description "head of state".
func headOfState(words []text.Token) bool {
	return len(words) == 3 && words[0].Lower == "head" && words[1].Lower == "of" && words[2].Lower == "state"
}

// titledBefore is the one person named before token i of sentence si
// whose title, before the name or in a post, holds every word of words
// ("archbishop"; "foreign", "minister"), with the sentence that named them
// last: a title description with no name stands for the person the story
// gave that title (p254's "The president received each of them", p81's
// "met the general"). -1 when none or several do: the description is never
// guessed between two holders (p255's "the minister paid a courtesy call
// on", with two ministers in the story, stays unread).
//
// A capitalised subject description, a readout's ("the President also
// spoke with X"; not "the minister", p255), is read against the posts
// the story gives (not the titles before a name); with several
// holders stands for the story's principal among them: the holder named
// first, when the story names them by name more often than any other
// holder before it (a readout's own head of state, named again after the
// counterpart it called). An object ("X met the president") is never so
// read: the principal is then more often the subject.
func (d *Resolver) titledBefore(si, i int, words []text.Token, subject bool) (person, at int) {
	var holders []int
	count, lastIn := map[int]int{}, map[int]int{}
	for s := 0; s <= si && s < len(d.Sents); s++ {
		for _, m := range d.Ments[s] {
			if s == si && m.J > i {
				break
			}
			if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			if _, ok := count[m.Actor]; !ok {
				if headOfState(words) && !d.headOfStateHolds(m.Actor) ||
					!headOfState(words) && (subject && !d.postHolds(m.Actor, words) || !subject && !d.titleHolds(m.Actor, words)) {
					count[m.Actor] = -1 // holds no such title
					continue
				}
				holders = append(holders, m.Actor)
				count[m.Actor] = 0
			}
			if count[m.Actor] < 0 {
				continue
			}
			if !m.Desc && d.Sents[s].Toks[m.I].Cap {
				count[m.Actor]++ // named, not "the Russian leader"
			}
			lastIn[m.Actor] = s
		}
	}
	switch {
	case len(holders) == 0:
		return -1, -1
	case len(holders) == 1:
		return holders[0], lastIn[holders[0]]
	case headOfState(words) && subject:
		// Several heads of state: the readout's own, named first (greeted
		// by the host, "the Head of State" then meets Y, p408, p2095),
		// however often the host is named since.
		return holders[0], lastIn[holders[0]]
	}
	if !subject {
		return -1, -1
	}
	first := holders[0]
	for _, h := range holders[1:] {
		if count[h] >= count[first] {
			return -1, -1
		}
	}
	return first, lastIn[first]
}

// holdVerbs hold a session: "the Head of State held talks with X".
var holdVerbs = lex("holdVerbs")

// headOfStatePosts are the posts "the Head of State" describes.
var headOfStatePosts = lex("headOfStatePosts")

// headOfStateHolds: a post the story gives person p, or a title before
// one of their names, is a head of state's ("President X").
func (d *Resolver) headOfStateHolds(p int) bool {
	held := func(title string) bool {
		return slices.ContainsFunc(strings.Fields(strings.ToLower(title)), func(w string) bool { return headOfStatePosts[w] })
	}
	if slices.ContainsFunc(d.Cast.Actors[p].Positions, func(pos actors.Position) bool { return held(pos.Title) }) {
		return true
	}
	for s := range d.Sents {
		for _, m := range d.Ments[s] {
			if m.Actor == p && m.Kind == mention.Person && m.Title != "" && held(m.Title) {
				return true
			}
		}
	}
	return false
}

// postHolds: a post the story gives person p holds every word of words.
// A capitalised description is read only so: "Mr. X said" after "the
// Special Envoy for Y ended" gives X no post, and "the Special Envoy"
// later stands for no one.
func (d *Resolver) postHolds(p int, words []text.Token) bool {
	for _, pos := range d.Cast.Actors[p].Positions {
		f := strings.Fields(strings.ToLower(pos.Title))
		if len(f) > 0 && !slices.ContainsFunc(words, func(w text.Token) bool { return !slices.Contains(f, w.Lower) }) {
			return true
		}
	}
	return false
}

// titleHolds: a title the story gives person p — before one of its names
// or in a post — holds every word of words.
func (d *Resolver) titleHolds(p int, words []text.Token) bool {
	holds := func(title string) bool {
		f := strings.Fields(strings.ToLower(title))
		for _, w := range words {
			if !slices.Contains(f, w.Lower) {
				return false
			}
		}
		return len(f) > 0
	}
	for _, pos := range d.Cast.Actors[p].Positions {
		if holds(pos.Title) {
			return true
		}
	}
	for s := range d.Sents {
		for _, m := range d.Ments[s] {
			if m.Actor == p && m.Kind == mention.Person && m.Title != "" && holds(m.Title) {
				return true
			}
		}
	}
	return false
}

// mentionAt: a mention of an actor covers token k.
func (d *Resolver) mentionAt(si, k int) bool {
	for _, m := range d.Ments[si] {
		if m.I <= k && k < m.J && m.Actor >= 0 && !m.Desc {
			return true
		}
	}
	return false
}

// VisitorOf is the first person named, before token k of sentence si,
// as a visitor: the object of a reception ("received Maldivian President
// X"), the subject of one in the passive ("X was welcomed by", "X was
// received in Y by"), a person called "visiting" ("visiting Uruguayan
// President X"), or the subject of an arrival ("X arrived in", "X paid a
// visit to", "X flew to"). title, when set, must end one of the person's
// posts. -1 when the story names none before.
func (d *Resolver) VisitorOf(si, k int, title string) int {
	for s := 0; s <= si && s < len(d.Sents); s++ {
		toks := d.Sents[s].Toks
		for _, m := range d.Ments[s] {
			if s == si && m.J > k {
				break
			}
			if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || !visitorCue(toks, m) {
				continue
			}
			if title != "" && !d.holdsTitle(m.Actor, title) {
				continue
			}
			return m.Actor
		}
	}
	return -1
}

// visitorCue: the words around a person's mention make them a visitor.
func visitorCue(toks []text.Token, m mention.Mention) bool {
	// Before the name: the reception verb or "visiting", then only
	// capitalized words of a title ("received Maldivian President X").
	for b := m.I - 1; b >= 0 && b >= m.I-6; b-- {
		l := toks[b].Lower
		if toks[b].Lower == "visiting" || hostVerbs[l] && !(b > 0 && mention.Auxiliaries[toks[b-1].Lower]) {
			return true
		}
		if (!toks[b].Cap || !toks[b].Word) && toks[b].Text != "'s" {
			break // "received Ostmark's Trade Minister X" goes on
		}
	}
	j := m.J
	if j+1 < len(toks) && toks[j].Lower == "of" && toks[j+1].Cap {
		j += 2 // "Minister X of Ostmark arrived"
	}
	if j+1 < len(toks) && toks[j].Text == "," && visitorVerbs[toks[j+1].Lower] {
		j++ // "The new ambassador, X, presented"
	}
	if j >= len(toks) {
		return false
	}
	if visitorVerbs[toks[j].Lower] {
		return true
	}
	e := j + 1
	if e < len(toks) && toks[e].Lower == "been" {
		e++ // "X had been received by"
	}
	return e < len(toks) && mention.Auxiliaries[toks[j].Lower] && hostVerbs[toks[e].Lower]
}

// holdsTitle: one of the person's posts ends in the title head.
func (d *Resolver) holdsTitle(p int, head string) bool {
	for _, pos := range d.Cast.Actors[p].Positions {
		f := strings.Fields(strings.ToLower(pos.Title))
		if slices.Contains(f, head) {
			return true
		}
	}
	return false
}

// visitorSubject: the token at j, after a description, opens its
// predicate — an auxiliary, an adverb, a past tense or a trip ("the guest
// was", "the visiting minister later", "the envoy crossed", "went on") —
// so the description is a subject, not a modifier ("the guest house").
func visitorSubject(toks []text.Token, j int) bool {
	if j >= len(toks) || !toks[j].Word {
		return false
	}
	l := toks[j].Lower
	return mention.Auxiliaries[l] || sequenceAdverbs[l] || l == "also" || strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "ed") ||
		tripVerbs[l] || visitorVerbs[l] || frame.Triggers[l] > 0
}

// relativeClauseEnd is the token after the comma that closes a relative
// clause opening at j (", who arrived on Monday evening for his first
// visit,"), or j when none opens there. The clause sets the sentence's
// subject apart from its verb: "The king, who arrived on Monday, was
// greeted at the airport by X" (issue 14's four-hundred-and-eightieth
// round, p2914, p1798; p1130 tells the same, already read).
func relativeClauseEnd(toks []text.Token, j int) int {
	if j+1 >= len(toks) || toks[j].Text != "," || toks[j+1].Lower != "who" {
		return j
	}
	for e := j + 2; e+1 < len(toks) && e <= j+30; e++ {
		if toks[e].Text == ";" || toks[e].Text == "\"" {
			return j
		}
		if toks[e].Text == "," {
			return e + 1
		}
	}
	return j
}

// tripVerbs tell a trip made: "the visiting president went on to see X".
var tripVerbs = lex("tripVerbs")
