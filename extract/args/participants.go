// Package args reads the arguments of a meeting predicate: who takes part
// in a meeting, the people of its clause and the actors its syntax names
// ("between A and B", "with A and B", "A and B met", "A-B talks", "hosted
// by X", "at the invitation of X").
//
// Input: the resolved story (*actors.Story) and a predicate's position —
// sentence, token, clause or conjunct bounds. Output: the actors (indexes
// of Story.Cast.Actors) or mentions that are its arguments, and the test
// every later stage uses for whether a mention may be one at all
// (Eligible: not a location, a speaker, a possessor or a title's
// descriptor). It is a stage of its own because coreference and the
// meeting frames both read arguments the same way, and neither may
// change what the other sees: it only reads the story.
package args

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Reader reads the arguments of predicates in one resolved story.
type Reader struct{ *actors.Story }

// New is a Reader of the story.
func New(st *actors.Story) *Reader { return &Reader{st} }

// PersonObjectAfter: the first actor within a few tokens after k is a
// person, a describing state before the name aside ("saw Mali's X").
func (d *Reader) PersonObjectAfter(si, k int) bool {
	for _, m := range d.Ments[si] {
		if m.I > k && NearAfter(d.Sents[si].Toks, k, m.I, 4) && m.Actor >= 0 && !m.Desc {
			return d.Cast.Actors[m.Actor].Kind == graph.Person
		}
	}
	return false
}

// ObjectAfter: an actor follows within a few tokens (a visit to a person
// or state, a host of talks), or a titled person after adjuncts
// (TitledObjectAfter).
func (d *Reader) ObjectAfter(si, k int) bool {
	for _, m := range d.Ments[si] {
		if m.I > k && NearAfter(d.Sents[si].Toks, k, m.I, 4) && m.Actor >= 0 && !m.Desc {
			return true
		}
	}
	return d.HostPhrase(si, k) != nil || d.TitledObjectAfter(si, k) || d.PossessiveTitledObject(si, k) || d.DescribedObject(si, k) || d.ObjectAfterAdjuncts(si, k)
}

// ObjectAfterAdjuncts: agency readouts put the place and then the time
// between the verb and its object — "received at X Palace on Monday
// Jordan's Deputy Prime Minister Y", "received in Port Z on Wednesday the
// Egyptian Foreign Minister Y", "received at X Palace yesterday Y". The
// time word closes the run of capitalized place words; past it, a person
// named after capitalized words, titles and their small words ("of",
// "and", "the", "'s"), with no comma, verb or clause break between, is
// the object. "received in Cairo on Monday a letter from Y" has none.
func (d *Reader) ObjectAfterAdjuncts(si, k int) bool {
	toks := d.Sents[si].Toks
	e := k + 1
	if e+1 < len(toks) && toks[e].Lower == "in" && toks[e+1].Lower == "audience" {
		e += 2 // "received in audience at X on Tuesday Y": a royal readout's reception
	}
	placed := false
	if e < len(toks) && (toks[e].Lower == "at" || toks[e].Lower == "in") {
		if e = readoutPlaceEnd(toks, e); e < 0 {
			return false
		}
		placed = true
	}
	if placed && e < len(toks) && toks[e].Lower == "here" {
		e++ // "received at X Palace here this evening Y": the dateline's town
	}
	if e < len(toks) && readoutTimeEdges[toks[e].Lower] {
		e++ // "late on Thursday", "early yesterday"
	}
	switch {
	case e+1 < len(toks) && toks[e].Lower == "on" && isWeekday(toks[e+1].Lower):
		e += 2
	case e < len(toks) && readoutTimes[toks[e].Lower]:
		e++
	case e+1 < len(toks) && toks[e].Lower == "this" && dayPartWords[toks[e+1].Lower]:
		// "received at X Palace this morning Y": the day part of the
		// filing day closes the place as "today" does; the day-part step
		// below takes "morning" (the four-hundred-and-forty-first round,
		// p2683, p2631).
		e++
	default:
		return false
	}
	if e < len(toks) && dayPartWords[toks[e].Lower] {
		e++ // "on Monday morning", "yesterday evening"
	}
	if !placed && e < len(toks) && (toks[e].Lower == "at" || toks[e].Lower == "in") {
		// "received today in the capital X the delegation headed by Y":
		// the time first, then the place.
		if e = readoutPlaceEnd(toks, e); e < 0 {
			return false
		}
	}
	e = datedApposition(toks, e)
	if e+1 < len(toks) && toks[e].Lower == "the" && d.delegationHeadObject(si, e+1) {
		// "received at X Palace on Sunday the head of the Y delegation,
		// Minister Z" (the four-hundred-and-forty-fourth round).
		return true
	}
	for n := e; n < len(toks) && n <= e+14; n++ {
		if d.personStartingAt(si, n) != nil {
			return true
		}
		t := toks[n]
		if styleToken(toks, n) {
			// "yesterday evening His Excellency Dr. Y": the readout's
			// honorifics and their periods stand before the object's name
			// (the three-hundred-and-twenty-sixth round, p1992).
			continue
		}
		if t.Text == "," && n > e && d.apposedNameAt(si, n+1) {
			// "received ... the Prime Minister of X, Mr. Y": the title
			// first, the name set off after it.
			return true
		}
		if delegationLeadVerbs[t.Lower] && n > e && n+1 < len(toks) && toks[n+1].Lower == "by" && delegationNouns[toks[n-1].Lower] {
			// "received ... the X delegation headed by Y": the leader
			// after "by" is the object's person.
			n++
			continue
		}
		if t.Text == "," || t.Text == ";" || frame.ClauseBreaks[t.Lower] || frame.LooksVerb(toks, n) {
			return false
		}
		if !(t.Cap && t.Word || t.Text == "'s" || objectSmallWords[t.Lower] || delegationNouns[t.Lower]) {
			return false
		}
	}
	return false
}

// readoutPlaceEnd: the place adjunct at e ("at" or "in") of an agency
// readout, a run of capitalized words after an optional "the" and at most
// three lower-case venue words ("at X Palace", "at the royal palace of
// Y", "in the capital Z"), with the venue's town after it ("at X Palace
// in Y City"): the index after it, or -1 when no capitalized word names
// it (the two-hundred-and-ninety-second round widened the venue words,
// p1786, p1789).
func readoutPlaceEnd(toks []text.Token, e int) int {
	e++
	if e < len(toks) && venuePossessives[toks[e].Lower] {
		return OwnVenueEnd(toks, e+1)
	}
	if e < len(toks) && toks[e].Lower == "the" {
		e++
		for n := 0; n < 3 && e < len(toks) && toks[e].Word && !toks[e].Cap && !frame.LooksVerb(toks, e) && !frame.ClauseBreaks[toks[e].Lower]; n++ {
			e++ // "the royal palace of", "the capital"
		}
	}
	from := e
	e = capRunEnd(toks, e)
	if e == from {
		return -1
	}
	// "at X Palace in Y City": the venue's town after it.
	if e+1 < len(toks) && toks[e].Lower == "in" && toks[e+1].Cap {
		e = capRunEnd(toks, e+1)
	}
	return e
}

// OwnVenueEnd: past the host's own venue named after a possessive
// ("at his office in Muscat today Y", "on Wednesday at his headquarters
// in Z an X delegation"): one to three lower-case venue words, with the
// venue's town maybe after them; e is the word after the possessive. The
// index after the venue, or -1 when no venue word stands there (issue
// 14's five-hundred-and-twenty-seventh round: p2347, p3198). Read here
// for a readout's place adjunct and in package meeting for a reception's
// object (receptionSiteEnd).
func OwnVenueEnd(toks []text.Token, e int) int {
	from := e
	for n := 0; n < 3 && e < len(toks) && toks[e].Word && !toks[e].Cap && !frame.LooksVerb(toks, e) && !frame.ClauseBreaks[toks[e].Lower] && !readoutTimes[toks[e].Lower] && toks[e].Lower != "in" && toks[e].Lower != "on"; n++ {
		e++
	}
	if e == from {
		return -1
	}
	if e+1 < len(toks) && toks[e].Lower == "in" && toks[e+1].Cap {
		e = capRunEnd(toks, e+1)
	}
	return e
}

// venuePossessives open the host's own venue in a readout's place adjunct
// (OwnVenueEnd).
var venuePossessives = lex("venuePossessives")

// VenuePossessive: w opens the host's own venue ("his", "their").
func VenuePossessive(w string) bool { return venuePossessives[w] }

// apposedNameAt: a person's name starts at e, or after the honorific and
// its period there ("Mr. Y", "H.E. Z").
func (d *Reader) apposedNameAt(si, e int) bool {
	toks := d.Sents[si].Toks
	for n := e; n < len(toks) && n <= e+2; n++ {
		if d.personStartingAt(si, n) != nil {
			return true
		}
		if !styleToken(toks, n) {
			return false
		}
	}
	return false
}

// capRunEnd is the end of the run of capitalized words from e, a
// hyphen glued inside a name ("Al-Mukarramah") kept in it.
func capRunEnd(toks []text.Token, e int) int {
	for e < len(toks) && (toks[e].Cap && toks[e].Word || toks[e].Text == "-" && toks[e].Glued && e+1 < len(toks) && toks[e+1].Glued && toks[e+1].Word) {
		e++
	}
	return e
}

// datedApposition: past the weekday of an agency readout, the date set
// off by commas that spells it out, with the day in another calendar
// before the Gregorian one ("early on Sunday, Safar 3, 1440 H
// corresponding to October 14, 2018, Minister X"; "on Monday, May 4,
// 2015, Y"): the index after the comma that closes it, e when none does.
// The run holds only figures, commas, capitalized words and the words
// that link two calendars (lexicon readoutDateLinks), names a month and
// ends with a Gregorian year and a comma (issue 14's two-hundred-and-
// seventy-fifth round, p1682).
func datedApposition(toks []text.Token, e int) int {
	if e >= len(toks) || toks[e].Text != "," {
		return e
	}
	month := false
	for j := e + 1; j < len(toks) && j <= e+16; j++ {
		t := toks[j]
		if _, ok := lexicon.Months[strings.TrimSuffix(t.Lower, ".")]; ok && t.Cap {
			month = true
		}
		if month && gregorianYear(t.Text) && j+1 < len(toks) && toks[j+1].Text == "," {
			return j + 2
		}
		particle := t.Word && j+1 < len(toks) && toks[j+1].Text == "-" && toks[j+1].Glued // "Rabi al-Thani"
		if !(mention.IsNumber(t.Lower) || t.Text == "," || t.Text == "-" || t.Cap && t.Word || particle || readoutDateLinks[t.Lower]) {
			return e
		}
	}
	return e
}

// gregorianYear: four figures of a year of the Gregorian calendar as news
// tells it, not a Hijri one ("1428").
func gregorianYear(s string) bool {
	if len(s) != 4 || !mention.IsNumber(s) {
		return false
	}
	return s >= "1800" && s <= "2199"
}

// isWeekday: "monday" .. "sunday".
func isWeekday(w string) bool { _, ok := lexicon.Weekdays[w]; return ok }

// DescribedObject: the object is a person named after a description of
// them — a title or an agent noun with determiners, a possessor and
// capitalized words around it ("received his Kazakh counterpart, X",
// "saw the opposition leader, Dr X", "hosted Deputy Prime Minister X")
// — or, after a visit to a place, the person of its "with" phrase
// ("visited Y with the deputy prime minister, X"), who goes along.
// The name stands beyond the few tokens ObjectAfter looks at. A name
// that speaks next ("received the minister, X said") is a source.
func (d *Reader) DescribedObject(si, k int) bool {
	toks := d.Sents[si].Toks
	from := k + 1
	if companionVerbs[toks[k].Lower] {
		if w := withAfterPlace(toks, k); w > 0 {
			from = w + 1
		}
	}
	described := false
	if from+1 < len(toks) && toks[from].Lower == "the" && d.delegationHeadObject(si, from+1) {
		// "received the head of the Y delegation, Minister Z": the
		// delegation's phrase runs past the window below.
		return true
	}
	for e := from; e < len(toks) && e <= from+8; e++ {
		if m := d.personStartingAt(si, e); m != nil {
			return described && e > from && (m.J >= len(toks) || !reportVerbs[toks[m.J].Lower])
		}
		t := toks[e]
		switch {
		case mention.IsTitleWord(t.Lower) || agentNouns[t.Lower]:
			described = true
		case t.Text == ",":
			// the comma closes the description: the name comes next,
			// after its own titles ("..., Brigadier X")
			n := e + 1
			// An honorific with its period may stand there too ("hosted
			// her Chinese counterpart, H.E. Mr. Y": the three-hundred-and-
			// twenty-sixth round, p1991).
			for n < len(toks) && n <= e+5 && d.personStartingAt(si, n) == nil && (toks[n].Cap && mention.IsTitleWord(toks[n].Lower) || styleToken(toks, n)) {
				n++
			}
			// So may a prefix of honour that is not a title word
			// ("the Home Affairs Minister, Tan Sri X": namePrefixes).
			if p := mention.PrefixEnd(toks, n); p > n && p <= e+6 && d.personStartingAt(si, n) == nil {
				n = p
			}
			if d.personStartingAt(si, n) == nil {
				return false
			}
			e = n - 1 // on to the name, past its honorific
		case listDets[t.Lower] || t.Text == "'s" || t.Cap && t.Word:
		case t.Word && e > from && !frame.ClauseBreaks[t.Lower] && !frame.LooksVerb(toks, e) && e+1 < len(toks) && (mention.IsTitleWord(toks[e+1].Lower) || agentNouns[toks[e+1].Lower]):
			// a modifier of the title ("the opposition leader, X")
		default:
			return false
		}
	}
	return false
}

// delegationHeadObject: a visitor named by the post of head of a
// delegation, and after a comma the person who holds it — "the head of
// the Y delegation, Defence Minister Z", "the head of the Y government
// delegation to the water talks, Vice President and Interior Minister
// Z" (p70, p2699: the four-hundred-and-forty-fourth
// round). At e a head word (lexicon delegationHeadWords) and "of", then
// within eight words with no comma, verb or clause break a delegation
// noun, then up to ten words of its complement ("to the talks", "of the
// Republic of X", no clause break) to the comma; past it the person's titles, coordinated
// with "and", before the name. The phrase runs beyond the windows of
// DescribedObject and ObjectAfterAdjuncts, and its "of" broke both.
func (d *Reader) delegationHeadObject(si, e int) bool {
	toks := d.Sents[si].Toks
	if e+2 >= len(toks) || !delegationHeadWords[toks[e].Lower] || toks[e+1].Lower != "of" {
		return false
	}
	stop := func(n int) bool {
		return toks[n].Text == ";" || toks[n].Text == "." || frame.ClauseBreaks[toks[n].Lower] || frame.LooksVerb(toks, n)
	}
	n := e + 2
	for ; n < len(toks) && n <= e+10 && !delegationNouns[toks[n].Lower]; n++ {
		if toks[n].Text == "," || stop(n) {
			return false
		}
	}
	if n >= len(toks) || !delegationNouns[toks[n].Lower] {
		return false
	}
	for c := n + 1; c < len(toks) && c <= n+11; c++ {
		if toks[c].Text != "," {
			// the complement's nouns may read as verbs ("peace talks",
			// "UN-sponsored"): only a clause break ends it
			if toks[c].Text == ";" || toks[c].Text == "." || frame.ClauseBreaks[toks[c].Lower] {
				return false
			}
			continue
		}
		// past the comma: titles, "and" between two of them, honorifics
		for m := c + 1; m < len(toks) && m <= c+9; m++ {
			if d.personStartingAt(si, m) != nil {
				return true
			}
			title := toks[m].Cap && mention.IsTitleWord(toks[m].Lower)
			joined := toks[m].Lower == "and" && m > c+1 && m+1 < len(toks) && toks[m+1].Cap && mention.IsTitleWord(toks[m+1].Lower)
			if !title && !joined && !styleToken(toks, m) {
				return false
			}
		}
		return false
	}
	return false
}

// withAfterPlace: the "with" that follows a visit's place object — "visited
// Auki with", "visited the border post with" — within a few words and no
// comma, clause break or verb between; 0 when there is none.
func withAfterPlace(toks []text.Token, k int) int {
	for e := k + 1; e < len(toks) && e <= k+6; e++ {
		switch {
		case toks[e].Lower == "with":
			if e == k+1 {
				return 0 // "visited with X" has no place
			}
			return e
		case toks[e].Text == "," || toks[e].Text == ";" || frame.ClauseBreaks[toks[e].Lower] || frame.LooksVerb(toks, e):
			return 0
		}
	}
	return 0
}

// personStartingAt is the person mention that starts at token e, if any.
func (d *Reader) personStartingAt(si, e int) *mention.Mention {
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.I == e && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return m
		}
	}
	return nil
}

// PossessiveTitledObject: the object is a state's or body's post and,
// after a comma, the person who holds it: "received Libya's interior
// minister, X", "met Malawi's energy minister, Y". The person stands
// beyond the few tokens ObjectAfter looks at.
func (d *Reader) PossessiveTitledObject(si, k int) bool {
	toks := d.Sents[si].Toks
	var owner *mention.Mention
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.I == k+1 && m.Actor >= 0 {
			owner = m
			break
		}
	}
	if owner == nil || owner.J >= len(toks) || toks[owner.J].Text != "'s" {
		return false
	}
	e := owner.J + 1
	for e < len(toks) && e <= owner.J+5 && toks[e].Word && mention.IsTitleWord(toks[e].Lower) {
		e++
	}
	if e == owner.J+1 || e+1 >= len(toks) || toks[e].Text != "," {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I == e+1 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return true
		}
	}
	return false
}

// TitledObjectAfter: official readouts put time and place between the verb
// and its object, and a title with its complements before the name —
// "received today the Ambassador of A to B, C", "received on Sunday at
// X Palace the Chairman of the Y Council of A, General C", or with no
// article right after the verb. A capitalized
// title after "the" within a few words of the verb, then a person named
// within the next fourteen tokens with no verb or clause break between,
// is the object.
func (d *Reader) TitledObjectAfter(si, k int) bool {
	toks := d.Sents[si].Toks
	the := -1
	for e := k + 1; e+1 < len(toks) && e <= k+8; e++ {
		if toks[e].Lower == "the" && toks[e+1].Cap && mention.IsTitleWord(toks[e+1].Lower) {
			the = e
			break
		}
		if toks[e].Lower == "the" && lowerTitleOf(toks, e+1) {
			the = e
			break
		}
		if e == k+1 && toks[e].Cap && mention.IsTitleWord(toks[e].Lower) && !d.Sents[si].Title {
			// Translated readouts drop the article: "received Minister of
			// Trade of the Republic of A X" (p98, p105).
			the = k
			break
		}
		if frame.ClauseBreaks[toks[e].Lower] || toks[e].Text == "," || toks[e].Text == ";" || frame.LooksVerb(toks, e) {
			return false
		}
	}
	if the < 0 {
		return false
	}
	for e := the + 1; e < len(toks) && e <= the+14; e++ {
		if frame.ClauseBreaks[toks[e].Lower] || toks[e].Text == ";" || frame.LooksVerb(toks, e) {
			return false
		}
		for _, m := range d.Ments[si] {
			if m.I == e && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return true
			}
		}
	}
	return false
}

// lowerTitleOf: the token at t is a title written in lower case with its
// state or body after "of", as Spanish and Portuguese agencies write posts
// in translation ("received today in the Palace the president-elect of B,
// Y", "received this Wednesday the president of A, X"; the
// four-hundred-and-fifteenth round, p2524, p2349). The "of" keeps a
// lower-case noun that only names a kind ("the president's letter") out.
func lowerTitleOf(toks []text.Token, t int) bool {
	return t+2 < len(toks) && toks[t].Word && !toks[t].Cap && mention.IsTitleWord(toks[t].Lower) &&
		toks[t+1].Lower == "of" && toks[t+2].Cap
}

// HostPhrase is the host a visit or arrival names in a phrase of its own
// after the trigger: "a visit at the invitation of X", "was welcomed by
// X", "was received by X" (the host meets the visitor).
func (d *Reader) HostPhrase(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	for e := k; e < len(toks) && e <= k+6; e++ {
		l := toks[e].Lower
		if e > k && frame.ClauseBreaks[l] || toks[e].Text == ";" {
			return nil
		}
		var from int
		switch {
		case l == "invitation" && e+1 < len(toks) && (toks[e+1].Lower == "of" || toks[e+1].Lower == "from"):
			from = e + 2
		case hostPassives[l] && e+1 < len(toks) && toks[e+1].Lower == "by":
			from = e + 2
		case hostPassives[l] && e == k && e > 0 && mention.Auxiliaries[toks[e-1].Lower]:
			// "was received in Budapest on Tuesday by X": place and time
			// phrases between the passive and its agent.
			by := e + 1
			for by < len(toks) && by <= e+7 && toks[by].Lower != "by" && toks[by].Text != "," && toks[by].Lower != "and" && !frame.ClauseBreaks[toks[by].Lower] && !frame.LooksVerb(toks, by) {
				by++
			}
			if by >= len(toks) || toks[by].Lower != "by" {
				continue
			}
			from = by + 1
		default:
			continue
		}
		if m := d.titledAppositive(si, from); m != nil && d.Eligible(si, m) {
			return m
		}
		if m := d.firstActorStop(si, from, 4); m != nil && d.Eligible(si, m) {
			return m
		}
		return nil
	}
	return nil
}

// titledAppositive: the agent after "by" written as a definite title with
// the name in apposition after a comma — "was received on Monday by the
// Argentine president, Alberto X," or "by the president of Freedonia,
// Jean Y," — a shape of translated agency copy. The first-actor window
// closes at the comma and missed the host (the two-hundred-and-thirteenth
// round). Only a person right after the comma: "by the minister, who ..."
// or "by the president, the premier and ..." name no one here.
func (d *Reader) titledAppositive(si, from int) *mention.Mention {
	toks := d.Sents[si].Toks
	if from >= len(toks) || toks[from].Lower != "the" {
		return nil
	}
	title := false
	for e := from + 1; e < len(toks) && e <= from+6; e++ {
		if toks[e].Text == "," {
			if !title {
				return nil
			}
			for mi := range d.Ments[si] {
				m := &d.Ments[si][mi]
				if m.I == e+1 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
					return m
				}
			}
			return nil
		}
		if toks[e].Lower == "and" || toks[e].Text == ";" || frame.ClauseBreaks[toks[e].Lower] || frame.LooksVerb(toks, e) {
			return nil
		}
		if mention.IsTitleWord(toks[e].Lower) {
			title = true
		}
	}
	return nil
}

// forComplement: the name at i completes a title after "for" — "Envoy
// for Sudan", "the Special Representative for Central Asia, X" — and
// takes no part itself. A person's one-word name only after a region's
// word (the word, read as a title, made "Asia" a name); a longer one may
// hold the title ("Secretary for Eastern Europe X", cut wrong).
func forComplement(toks []text.Token, m *mention.Mention, person bool) bool {
	at := m.I - 1
	if at > 0 && toks[at].Cap && regionMods[toks[at].Lower] {
		at--
	} else if person {
		return false
	}
	if person && m.J-m.I > 1 {
		return false
	}
	return at > 0 && toks[at].Lower == "for" && toks[at-1].Cap && mention.IsTitleWord(toks[at-1].Lower)
}

// hostPassives name a host's reception in the passive: "welcomed by X".
var hostPassives = lex("hostPassives")

// Eligible: a mention that can be a participant — an actor, not a
// descriptor of someone else's title, not a location, not an adjective.
func (d *Reader) Eligible(si int, m *mention.Mention) bool {
	s := &d.Sents[si]
	if m.Actor < 0 || m.Desc || m.Kind == mention.NonActor || m.Kind == mention.TitleRef {
		return false
	}
	toks := s.Toks
	if IsSpeaker(toks, m) {
		return false
	}
	if d.Cast.Actors[m.Actor].Kind == graph.Person && (PossessorOnly(toks, m) || ComparedPredecessor(toks, m) || ofComplement(toks, m) || RepresentedAbsent(toks, m) || AbsentSubject(toks, m) || senderAgent(toks, m) || placeHolder(toks, m) || namesBody(toks, m)) {
		return false
	}
	if forComplement(toks, m, d.Cast.Actors[m.Actor].Kind == graph.Person) {
		return false
	}
	if meetingProposer(toks, m) {
		return false
	}
	if m.I > 0 && toks[m.I-1].Lower == "with" && disputeCounterpartWith(toks, m.I-1) {
		return false // "met X on the dispute with Z": Z is the dispute's other side
	}
	if d.Cast.Actors[m.Actor].Kind != graph.Person && (ledSide(toks, m) || venueBetween(toks, m)) {
		return false
	}
	if d.Cast.Actors[m.Actor].Kind != graph.Person && m.I > 0 {
		p, at := toks[m.I-1].Lower, m.I-1
		if p == "the" && m.I > 1 {
			p, at = toks[m.I-2].Lower, m.I-2
		}
		// "kidnapped in northern X": a part of the place is a place too.
		if regionMods[p] && at > 0 {
			p, at = toks[at-1].Lower, at-1
		}
		// "Chairman X of the State Council": the body is X's post.
		if p == "of" {
			if o := d.MentionEndingAt(si, at); o != nil && o.Actor >= 0 && d.Cast.Actors[o.Actor].Kind == graph.Person {
				return false
			}
		}
		// "officials from Egypt" are Egypt's; "a team to Qatar" is not.
		envoys := p == "from" && at > 0 && (groupNouns[toks[at-1].Lower] || demonymStateNouns[toks[at-1].Lower])
		if locPreps[p] && !envoys {
			return false
		}
	}
	if m.Kind == mention.Demonym {
		if demonymStateNouns[m.HeadNoun] || strings.HasSuffix(m.Text, "s") {
			return true
		}
		// "Ukrainian and American representatives"
		if m.HeadNoun == "and" {
			for _, o := range d.Ments[si] {
				if o.I == m.J+1 && o.Kind == mention.Demonym && demonymStateNouns[o.HeadNoun] {
					return true
				}
			}
		}
		return false
	}
	return true
}

// venueBetween: the state or group at m is named in "between A and B"
// right after a place noun — "at the X border post between A and B",
// "Y, the border town between A and C": the phrase says where the venue
// stands and seats no one (issue 14's four-hundred-and-ninety-first
// round; p1862, p2981). Only a comma-free run back to "between" reads
// so, and only after betweenVenueNouns: "talks between A and B" keep
// their sides.
func venueBetween(toks []text.Token, m *mention.Mention) bool {
	e := m.I - 1
	for e >= 1 && e >= m.I-8 && toks[e].Lower != "between" {
		if !toks[e].Word {
			return false
		}
		e--
	}
	if e < 1 || toks[e].Lower != "between" {
		return false
	}
	return betweenVenueNouns[toks[e-1].Lower] || locatedLine(toks, e-1)
}

// locatedLine: the border noun at b ("near the border between A and B",
// "parked over the frontier between A and B", "close to the disputed
// border between") follows a locative preposition across "the" and at
// most two modifiers: the line says where a venue stands, and the states
// it divides sit at no meeting (issue 14's five-hundred-and-nineteenth
// round; p3149, p3105, p743). "on the border between" is left out: "talks
// on the border between A and B" may tell their topic and their sides.
func locatedLine(toks []text.Token, b int) bool {
	if b < 2 || !betweenLineNouns[toks[b].Lower] {
		return false
	}
	t := b - 1
	for t >= 1 && t >= b-3 && toks[t].Lower != "the" {
		if !toks[t].Word || toks[t].Cap {
			return false
		}
		t--
	}
	if t < 1 || toks[t].Lower != "the" {
		return false
	}
	p := toks[t-1].Lower
	if p == "to" && t >= 2 {
		// "close to the border", "next to the frontier"
		return betweenLineNearWords[toks[t-2].Lower]
	}
	return betweenLinePreps[p]
}

// betweenLineNouns, betweenLinePreps and betweenLineNearWords make up
// locatedLine's "near the border between" phrase.
var (
	betweenLineNouns     = lex("betweenLineNouns")
	betweenLinePreps     = lex("betweenLinePreps")
	betweenLineNearWords = lex("betweenLineNearWords")
)

// betweenVenueNouns are the places "between" two states may follow in a
// description of a venue: "the border town between", "the crossing
// between".
var betweenVenueNouns = lex("betweenVenueNouns")

// meetingProposer: the actor at m is the subject of a relative clause on
// a meeting noun that tells who wants the meeting — "hours before the
// summit that President X has called for", "the talks which X proposed":
// a meeting asked for, which X need not attend, and no part of the
// encounter the sentence tells. "the summit that X hosted" keeps X.
func meetingProposer(toks []text.Token, m *mention.Mention) bool {
	// Back over X's titles ("U.S. President") to the relative pronoun.
	r := m.I - 1
	for r >= 0 && r >= m.I-5 && (toks[r].Cap && toks[r].Word || toks[r].Text == ".") {
		r--
	}
	if r < 1 || toks[r].Lower != "that" && toks[r].Lower != "which" || !frame.MeetingNouns[toks[r-1].Lower] {
		return false
	}
	v := m.J
	if v < len(toks) && proposerAuxes[toks[v].Lower] {
		v++
	}
	if v >= len(toks) || !proposerVerbs[toks[v].Lower] {
		return false
	}
	// "called" proposes only with "for": "the meeting that X called" may
	// be X's own, convened.
	return toks[v].Lower != "called" || v+1 < len(toks) && toks[v+1].Lower == "for"
}

// proposerVerbs tell that the relative clause's subject wants a meeting
// (meetingProposer); proposerAuxes may stand before them.
var (
	proposerVerbs = lex("proposerVerbs")
	proposerAuxes = lex("proposerAuxes")
)

// ledSide: the state or group at m is the side a person's verb of leading
// takes ("X, named to lead the British side, called on Y", "Z, heading
// the Arland delegation, met W"): the one who leads it stands for it in
// the meeting, and the side is no participant of its own, as in "X, who
// leads the British side, called on Y" (the two-hundred-and-fifty-sixth
// round, p1573).
func ledSide(toks []text.Token, m *mention.Mention) bool {
	if m.I < 2 || toks[m.I-1].Lower != "the" || !sideLeadVerbs[toks[m.I-2].Lower] {
		return false
	}
	return m.Kind == mention.Demonym && ledSideNouns[m.HeadNoun]
}

// placeHolder: the person at m is the agent of a participle that tells
// who holds a place — "held in an area of Y province controlled by the
// forces of commander X", "in a village run by X", "at a house owned by
// X" (the two-hundred-and-fifty-fifth round, p1565): X says whose the
// place is, not who met there. The participle (holderParticiples) comes
// right before "by", a place noun (heldPlaceNouns) at most three words
// before it, and only X's own description between "by" and the name.
// "talks held by X" has no place noun, and X held them.
func placeHolder(toks []text.Token, m *mention.Mention) bool {
	b := -1
	for e := m.I - 1; e >= 0 && e >= m.I-7; e-- {
		if toks[e].Lower == "by" {
			b = e
			break
		}
		if !toks[e].Word {
			return false
		}
	}
	if b < 2 || !holderParticiples[toks[b-1].Lower] {
		return false
	}
	for e := b - 2; e >= 0 && e >= b-4; e-- {
		if heldPlaceNouns[toks[e].Lower] {
			return true
		}
		if !toks[e].Word {
			return false
		}
	}
	return false
}

// holderParticiples tell who holds a place: "controlled by", "run by".
var holderParticiples = lex("holderParticiples")

// heldPlaceNouns are the places a holder's participle may follow: "an
// area controlled by", "a village run by", "a house owned by".
var heldPlaceNouns = lex("heldPlaceNouns")

// RepresentedAbsent: the person named in a "whose" clause of a side that
// was represented by someone else — "A, whose president X had insisted on
// the meeting, was represented by Y" — stayed away: Y went in A's name,
// whatever X asked for or proposed.
func RepresentedAbsent(toks []text.Token, m *mention.Mention) bool {
	w := m.I - 1
	for w >= 0 && w >= m.I-5 && toks[w].Word && toks[w].Lower != "whose" {
		w-- // the title between "whose" and the name: "whose foreign minister X"
	}
	if w < 1 || toks[w].Lower != "whose" || toks[w-1].Text != "," {
		return false
	}
	for e := m.J; e < len(toks) && e <= m.J+30; e++ {
		if toks[e].Text == "." || toks[e].Text == ";" {
			return false
		}
		if toks[e].Text == "," {
			// The clause closes; the side's own verb follows.
			for v := e + 1; v+1 < len(toks) && v <= e+3; v++ {
				if toks[v].Lower == "represented" && toks[v+1].Lower == "by" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// absenceStates say a person was elsewhere: "was abroad", "is away".
var absenceStates = lex("absenceStates")

// AbsentSubject: a person said to be elsewhere — "because President X was
// abroad", "X, who is abroad, said" — was not at the meeting the sentence
// joins, though the sentence names the side X leads (issue 14's
// five-hundred-and-fiftieth round, p3334; the relative shape in p2419). A
// relative clause counts only when it closes at once and no meeting verb
// follows it: "X, who was abroad last week, met Y" keeps X.
func AbsentSubject(toks []text.Token, m *mention.Mention) bool {
	e := m.J
	rel := e+1 < len(toks) && toks[e].Text == "," && toks[e+1].Lower == "who"
	if rel {
		e += 2
	}
	if e+1 >= len(toks) || toks[e].Lower != "was" && toks[e].Lower != "is" || !absenceStates[toks[e+1].Lower] {
		return false
	}
	if !rel {
		return true
	}
	if e+2 >= len(toks) || toks[e+2].Text != "," {
		return false
	}
	for v := e + 3; v < len(toks) && v <= e+5; v++ {
		if frame.Triggers[toks[v].Lower] > 0 {
			return false
		}
	}
	return true
}

// PossessorOnly: a person named as the possessor of something other than
// a meeting — "X's office said", "X's chief of staff met Y" — is not
// thereby in the meeting; "X's talks with Y" keeps X.
func PossessorOnly(toks []text.Token, m *mention.Mention) bool {
	if m.J >= len(toks) || toks[m.J].Text != "'s" && toks[m.J].Text != "'" {
		return false
	}
	if m.J+1 < len(toks) && toks[m.J+1].Lower == "side" && m.PhraseStart() > 1 && toks[m.PhraseStart()-1].Lower == "at" {
		return false // "sat at X's side": X is there too
	}
	if m.J+2 < len(toks) && officeRelationNouns[toks[m.J+1].Lower] && toks[m.J+2].Cap && toks[m.J+2].Word {
		// "met X's predecessor Y", "received X's widow Y": the name
		// after the noun is the one met; X, named to tell who Y is,
		// is no party of that encounter (issue 14's
		// four-hundred-and-sixth round, p2471: a meeting recalled with
		// the present leader's predecessor).
		return true
	}
	for e := m.J + 1; e < len(toks) && e < m.J+4; e++ {
		if frame.Triggers[toks[e].Lower] > 0 || frame.MeetingNouns[toks[e].Lower] {
			return false
		}
		if !toks[e].Word {
			break
		}
		if toks[e].Cap {
			return false // a title or name follows: "X's envoy Y" is handled as a descriptor
		}
	}
	return m.J+1 < len(toks) && toks[m.J+1].Word && !toks[m.J+1].Cap
}

// ComparedPredecessor: "as his predecessor X did (in 2016)", "as her
// predecessor, X, had": X is named to compare the subject's act with one
// of X's own, at another time; X takes no part in the meetings the
// sentence tells, nor is X among "the two prime ministers" read back
// from it (issue 14's four-hundred-and-ninetieth round, p2933, p2973).
// "met his predecessor X" has no "as" and keeps X.
func ComparedPredecessor(toks []text.Token, m *mention.Mention) bool {
	p := m.I - 1
	if p >= 0 && toks[p].Text == "," {
		p--
	}
	if p < 2 || !comparedOfficeNouns[toks[p].Lower] || !possessivePronouns[toks[p-1].Lower] || toks[p-2].Lower != "as" {
		return false
	}
	e := m.J
	if e < len(toks) && toks[e].Text == "," {
		e++
	}
	return e < len(toks) && comparisonProVerbs[toks[e].Lower]
}

// ofComplement: a person after "the <noun> of" — "Y, the envoy of
// President X", "on behalf of X" — is the complement of another noun, not
// an argument of the predicate; "a meeting of X and Y", "in the presence
// of X", "at the invitation of X" and a venue "at the residence of X"
// keep X.
func ofComplement(toks []text.Token, m *mention.Mention) bool {
	p := m.I - 1
	for p >= 0 && p > m.I-4 && (toks[p].Cap && toks[p].Word || honorificPeriod(toks, p)) {
		p-- // titles before the name: "of President X", "of Dr. X"
	}
	if p < 1 || toks[p].Lower != "of" {
		return false
	}
	n := toks[p-1]
	if !n.Word || n.Cap || frame.Triggers[n.Lower] > 0 || frame.MeetingNouns[n.Lower] || presenceNouns[n.Lower] {
		return false
	}
	// "at the residence of X", "to the office of X": a venue named by its
	// owner, who receives the visitors there.
	for e := p - 2; e >= 0 && e >= p-4; e-- {
		if toks[e].Lower == "the" || toks[e].Lower == "a" {
			return e == 0 || !locPreps[toks[e-1].Lower]
		}
	}
	return true
}

// honorificPeriod: the period at p closes an abbreviated honorific
// before a name, "Dr." or "M." (a capitalized word right before it):
// "the representative of Dr. X" is as much a complement as "the
// representative of President X" (issue 14's three-hundred-and-ninetieth
// round; p1745, p2375's shape).
func honorificPeriod(toks []text.Token, p int) bool {
	return p >= 1 && toks[p].Text == "." && toks[p-1].Cap && toks[p-1].Word && len(toks[p-1].Text) <= 4
}

// namesBody: a leader's name inside a noun phrase, before the noun of the
// body it names ("officials of the X administration", "members of the
// X transition team", "talks with a X government envoy"), names that body,
// not its leader: X was not at the talks its people held (issue 14's
// three-hundred-and-first round; p1842, and the same phrase in p1050 and
// p527). "X's government" is PossessorOnly's.
func namesBody(toks []text.Token, m *mention.Mention) bool {
	if m.I < 1 || m.J >= len(toks) || !leaderOwnedBodies[toks[m.J].Lower] {
		return false
	}
	switch toks[m.I-1].Lower {
	case "the", "a", "an":
		return true
	}
	return false
}

// leaderOwnedBodies, after a leader's name, name a body of the leader's
// people: "the X administration", "the X team".
var leaderOwnedBodies = lex("leaderOwnedBodies")

// senderAgent: a person after "sent by", "dispatched by" — "met two
// envoys sent by President X" — sent the participants and is not one of
// them; titles and demonyms may stand between "by" and the name ("sent by
// South African President X"). Only persons: "a delegation sent by B met
// Y" may name the body B as the side that met, when no person is named.
func senderAgent(toks []text.Token, m *mention.Mention) bool {
	p := m.I - 1
	for p >= 0 && p > m.I-5 && toks[p].Cap && toks[p].Word {
		p--
	}
	return p >= 1 && toks[p].Lower == "by" && senderVerbs[toks[p-1].Lower]
}

// senderVerbs, as participles before "by", name who sent someone.
var senderVerbs = lex("senderVerbs")

// presenceNouns before "of" put a person at the meeting: "in the presence
// of X", "at the invitation of X" (the host).
var presenceNouns = lex("presenceNouns")

// relationWith: the "with" at e is the complement of a relation noun
// before it ("spoke at length on relations with A", "talked about trade
// with B"): it names the other side of a link the talk was about, a
// topic, not someone who took part, as "trade between A and B" does not
// (the two-hundred-and-fifty-sixth round).
func relationWith(toks []text.Token, e int) bool {
	return e > 0 && relationNouns[toks[e-1].Lower]
}

// topicAgreementWith: the "with" at e follows an agreement noun that ends
// the topic phrase of a meeting noun — "talks on the draft agreement with
// X", "a meeting over the border deal with Y": X and Y are the other side
// of the agreement the talks are about, not the talks' participants
// (issue 14's two-hundred-and-seventy-eighth round; p1700, and p551's
// talks on a dispute over a deal with a third side, which the "over the
// N of" topic span already reads so). Between the noun and the topic
// preposition stand only an article and up to four modifiers.
func topicAgreementWith(toks []text.Token, e int) bool {
	if e < 3 || !counterpartAgreementNouns[toks[e-1].Lower] {
		return false
	}
	for p := e - 2; p >= 1 && p >= e-7; p-- {
		switch {
		case toks[p].Lower == "on" || toks[p].Lower == "over" || toks[p].Lower == "about":
			return frame.MeetingNouns[toks[p-1].Lower]
		case toks[p].Text == "-" || toks[p].Word && !toks[p].Cap || toks[p].Word && p > 0 && toks[p-1].Text == "-":
		default:
			return false
		}
	}
	return false
}

// counterpartAgreementNouns are what is agreed with a counterpart
// (topicAgreementWith).
var counterpartAgreementNouns = lex("counterpartAgreementNouns")

// disputeCounterpartWith: the "with" at e follows a dispute noun that
// stands in a meeting's topic — "met X in P on the dispute with Z",
// "talks with X on the gas dispute with Z", "met X to discuss the dispute
// with Z", "discussed aid and A's long quarrel with Z": Z is the other
// side of the dispute, not one who met (issue 14's
// five-hundred-and-fifty-fourth round; p3356, p3361, p3307, p740). Only
// an article, lower-case modifiers or a possessive stand between the noun
// and "on", "over", "about" or an infinitive "to discuss"; a finite "A
// discussed the dispute with B" is left alone, B being whom A talked to.
func disputeCounterpartWith(toks []text.Token, e int) bool {
	if e < 3 || !counterpartDisputeNouns[toks[e-1].Lower] {
		return false
	}
	for p := e - 2; p >= 1 && p >= e-6; p-- {
		switch l := toks[p].Lower; {
		case l == "on" || l == "over" || l == "about" || l == "'s" || l == "’s":
			return true
		case l == "discuss" && toks[p-1].Lower == "to":
			return true
		case toks[p].Text == "-" || toks[p].Word && !toks[p].Cap:
		default:
			return false
		}
	}
	return false
}

// counterpartDisputeNouns name a dispute whose "with" complement is the
// other side of it (disputeCounterpartWith).
var counterpartDisputeNouns = lex("counterpartDisputeNouns")

// correspondentsBetween: the "between" at e follows a correspondence noun
// ("an exchange of messages between A and B", "letters between the two
// Presidents", "the correspondence between X and Y"): A and B wrote to
// each other, which is no meeting, so they are not the sides of a meeting
// noun elsewhere in the clause ("the messages between A and B had nothing
// to do with the summit"; issue 14's
// four-hundred-and-seventeenth round, p2538, and the letters that
// prepared a meeting in p2536).
func correspondentsBetween(toks []text.Token, e int) bool {
	return e > 0 && correspondenceNouns[toks[e-1].Lower]
}

// SlotActors are the actors a trigger's syntax makes participants: "between
// A and B", "with A and B", "both A and B", "A and B met", "A-B talks".
func (d *Reader) SlotActors(si, k, cs, ce int, persons bool) []int {
	s := &d.Sents[si]
	toks := s.Toks
	var out []int
	add := func(m *mention.Mention) {
		if m != nil && d.Eligible(si, m) && m.I >= cs && m.J <= ce && !slices.Contains(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	for e := cs; e < ce; e++ {
		switch toks[e].Lower {
		case "between":
			if e > 0 && relationNouns[toks[e-1].Lower] {
				// "an air route between A and B", "trade between A and
				// B": the noun's complement, a topic, not the sides.
				continue
			}
			if correspondentsBetween(toks, e) {
				continue // "the exchange of messages between A and B": writers, not the meeting's sides
			}
			a, b := d.BetweenPair(si, e)
			add(a)
			add(b)
		case "with", "both":
			if toks[e].Lower == "with" && (relationWith(toks, e) || topicAgreementWith(toks, e) || disputeCounterpartWith(toks, e)) {
				continue
			}
			list := d.actorListMentions(si, e+1)
			if len(list) == 0 && toks[e].Lower == "with" {
				list = d.envoysFromList(si, e) // "talks with officials from A and B"
			}
			for _, a := range list {
				add(a)
			}
		case "and":
			if e < k {
				if a, b := d.ConjPair(si, e); a != nil && b != nil && (a.I == cs || (a.I > cs && toks[a.I-1].Lower == "the" && a.I-1 == cs) || d.sidesOfGroupNoun(si, cs, a.I)) {
					add(a)
					add(b)
				} else if list := d.subjectList(si, e); len(list) >= 3 && d.sidesOfGroupNoun(si, cs, list[0].I) {
					// "The water ministers of A, B and C met", "Leaders
					// from A, B, C and D met" (p204, p61, p229): a list
					// of three or more after a plural noun of people is
					// the subject, as a pair is.
					for _, m := range list {
						add(m)
					}
				}
			}
		case "-":
			if a := d.MentionEndingAt(si, e); a != nil && toks[e].Glued && e+1 < ce && toks[e+1].Glued && !persons && !linkCompound(toks, e) {
				if b := d.FirstActor(si, e+1, 1, false); b != nil {
					add(a)
					add(b)
				}
			}
		}
	}
	if h := d.HostPhrase(si, k); h != nil {
		add(h)
	}
	for _, m := range d.heldNounSubjects(si, k, cs) {
		add(m)
	}
	// A verb trigger's subject and object: "Qatar hosted Hamas".
	if !frame.MeetingNouns[toks[k].Lower] || toks[k].Lower == "visit" {
		for mi := len(d.Ments[si]) - 1; mi >= 0; mi-- {
			m := &d.Ments[si][mi]
			if m.J <= k && m.I >= cs && k-m.J <= 3 {
				if !d.topicComplement(si, m) {
					add(m)
				}
				break
			}
		}
		if objs := d.actorListMentions(si, k+1); len(objs) > 0 && NearAfter(toks, k, objs[0].I, 4) && !frame.TopicCues[toks[k].Lower] {
			for _, m := range objs {
				add(m)
			}
		} else if len(objs) == 0 && !frame.TopicCues[toks[k].Lower] {
			// "met envoys and diplomats from A, B and C"
			for _, m := range d.envoysFromList(si, k) {
				add(m)
			}
		}
	}
	return out
}

// linkCompound: the hyphen at e joins names in a compound whose head is a
// route — "the A-B-C railway", "the A-B gas pipeline" —: the names tell
// where the line runs, not who met (issue 14's
// four-hundred-and-fifty-fourth round; p2757, p381). Past the joined
// names, up to three lower-case words are read; a meeting noun among them
// before the route noun ("A-B border talks") keeps the sides.
func linkCompound(toks []text.Token, e int) bool {
	j := e + 1
	for j < len(toks) && (toks[j].Cap && toks[j].Word || toks[j].Text == "-" && toks[j].Glued) {
		j++
	}
	for n := 0; n < 3 && j < len(toks) && toks[j].Word && !toks[j].Cap; n, j = n+1, j+1 {
		switch {
		case frame.MeetingNouns[toks[j].Lower]:
			return false
		case compoundLinkNouns[toks[j].Lower]:
			return true
		}
	}
	return false
}

// compoundLinkNouns head a compound of names that tells a route
// (linkCompound).
var compoundLinkNouns = lex("compoundLinkNouns")

// topicComplement: the state, group or body m, named right before a
// trigger verb, is the complement of a topic preposition (lexicon
// topicComplementPreps) on the noun before it: "The agreement on Sudan
// was signed by A and B", "the accord for the Sudan was initialled": the
// text is about m, and the verb's subject is the noun, not m (the
// two-hundred-and-fortieth round). A person so named ("the talks on X
// were chaired by Y") is left to the other readers.
func (d *Reader) topicComplement(si int, m *mention.Mention) bool {
	toks := d.Sents[si].Toks
	if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind == graph.Person || m.I < 2 {
		return false
	}
	p := m.I - 1
	if toks[p].Lower == "the" {
		p--
	}
	return p >= 1 && topicComplementPreps[toks[p].Lower] && toks[p-1].Word && !toks[p-1].Cap
}

// heldNounSubjects: the sides that hold the meeting noun at k — the
// subject of "held" or "had" before it, when that subject is a state,
// group or body rather than a person: "China held talks with Japan",
// "The Chinese delegation held separate meetings with A and B", "The
// guarantor countries, A, B and C, held talks with D". A person who
// holds talks is read with the clause's people; a side that holds them,
// named by no person, is one of the meeting's sides as the one after
// "with" is (the two-hundred-and-ninety-sixth round, p1811, p1813). The
// subject ends right before the verb, after an adverb ("also held"), a
// noun of the side's team ("delegation held") or the comma closing an
// apposition; a list ending there is the subject as a whole.
func (d *Reader) heldNounSubjects(si, k, cs int) []*mention.Mention {
	toks := d.Sents[si].Toks
	if !frame.MeetingNouns[toks[k].Lower] {
		return nil
	}
	v := -1
	for e := k - 1; e > cs && e >= k-4; e-- {
		if heldVerbs[toks[e].Lower] {
			v = e
			break
		}
		if !toks[e].Word || toks[e].Cap {
			return nil
		}
	}
	if v < 0 {
		return nil
	}
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person && d.Eligible(si, m) {
			// A sentence that names people may have them hold the talks
			// for the sides ("the Iranian delegation held talks with the
			// Saudi one led by X": the Iranian is named elsewhere); the
			// rule reads only sides told with no person.
			return nil
		}
	}
	p := v - 1
	for p > cs && heldSubjectAdverbs[toks[p].Lower] {
		p--
	}
	if p > cs && heldSideNouns[toks[p].Lower] {
		p--
	}
	apposed := p > cs && toks[p].Text == ","
	if apposed {
		p-- // "The guarantors, A, B and C, held talks"
	}
	m := d.MentionEndingAt(si, p+1)
	if m == nil || m.Actor < 0 || m.I < cs || m.I > 0 && (toks[m.I-1].Lower == "of" || toks[m.I-1].Lower == "'s") || !d.Eligible(si, m) || !d.listMember(m) && d.Cast.Actors[m.Actor].Kind != graph.Organization {
		return nil
	}
	// The list the subject ends: "A, B and (the) C".
	out := []*mention.Mention{m}
	for first := m; ; {
		e := first.I - 1
		if e > cs && toks[e].Lower == "the" {
			e--
		}
		if e > cs && toks[e].Lower == "and" && toks[e-1].Text == "," {
			e-- // the serial comma
		}
		if e <= cs || toks[e].Lower != "and" && toks[e].Text != "," {
			break
		}
		prev := d.MentionEndingAt(si, e)
		if prev == nil || prev.Actor < 0 || prev.I < cs || prev.Desc || !d.listMember(prev) || !d.Eligible(si, prev) {
			break
		}
		out = append([]*mention.Mention{prev}, out...)
		first = prev
	}
	if len(out) >= 2 && !slices.ContainsFunc(toks[out[0].J:p+1], func(t text.Token) bool { return t.Lower == "and" }) {
		out = out[len(out)-1:] // "In A, B held talks": no list without "and"
	}
	if apposed && (len(out) < 2 || out[0].I < 1 || toks[out[0].I-1].Text != ",") {
		// A single name before a comma is no apposed list: "In X, Y held
		// talks" reads no side.
		return nil
	}
	return out
}

// subjectList reads the list "A, B and C" (also "A, B, and C") of states
// and groups whose "and" is at token e, from its first member: nil unless
// every member is one actor's name, separated by commas.
func (d *Reader) subjectList(si, e int) []*mention.Mention {
	toks := d.Sents[si].Toks
	last := d.FirstActor(si, e+1, 1, false)
	if last == nil || !d.listMember(last) {
		return nil
	}
	list := []*mention.Mention{last}
	p := e
	if p > 0 && toks[p-1].Text == "," {
		p-- // the serial comma
	}
	for {
		m := d.MentionEndingAt(si, p)
		if m == nil || m.Actor < 0 || m.Desc || !d.listMember(m) {
			return nil
		}
		list = append([]*mention.Mention{m}, list...)
		if m.I < 2 || toks[m.I-1].Text != "," {
			break
		}
		p = m.I - 1
	}
	return list
}

// listMember: a state or group may be a member of a subject list.
func (d *Reader) listMember(m *mention.Mention) bool {
	k := d.Cast.Actors[m.Actor].Kind
	return k == graph.State || k == graph.Group
}

// sidesOfGroupNoun: "Delegations from A and B met", "Envoys of A and B
// met", "Chief negotiators for A and B met" (p99, p110): the clause opens
// with a plural noun of people and a preposition before the pair.
func (d *Reader) sidesOfGroupNoun(si, cs, ai int) bool {
	return d.plainSidesNoun(si, cs, ai) || d.modifiedSidesNoun(si, cs, ai)
}

// plainSidesNoun: every word before the preposition is a determiner, a
// title word or a plural noun of people or sides.
func (d *Reader) plainSidesNoun(si, cs, ai int) bool {
	toks := d.Sents[si].Toks
	if !sidesPrep(toks, cs, ai) {
		return false
	}
	for e := cs; e < ai-1; e++ {
		if !groupNouns[toks[e].Lower] && !personGroupNouns[toks[e].Lower] && !sideGroupNouns[toks[e].Lower] && !listDets[toks[e].Lower] && !actors.TitleWordLower(toks[e]) {
			return false
		}
	}
	return true
}

// modifiedSidesNoun: the plural noun of people right before the
// preposition takes a modifier of its own — a title word capitalized at
// the sentence's start ("Senior officials of A and B held talks", p322)
// or a noun of its field ("The water commissioners of A and B met",
// p201). Their leaders are often named in the next sentence ("The A
// delegation was led by X"), whose roster needs the sides' meeting.
func (d *Reader) modifiedSidesNoun(si, cs, ai int) bool {
	toks := d.Sents[si].Toks
	if !sidesPrep(toks, cs, ai) || ai-2 < cs || !peopleNoun(toks[ai-2].Lower) {
		return false
	}
	for e := cs; e < ai-2; e++ {
		t := toks[e]
		if !peopleNoun(t.Lower) && !listDets[t.Lower] && !mention.IsTitleWord(t.Lower) && !fieldModifier(toks, e, cs, ai-2) {
			return false
		}
	}
	return true
}

// ModifiedSidesSubject: the clause from cs opens with a modified plural
// noun of people before the sides ("Senior officials of A and B"), which
// only plainSidesNoun's words would not make a subject. The meeting it
// tells is the sides' only when the story names their people
// (extract.dropUnfilledSides).
func (d *Reader) ModifiedSidesSubject(si, cs int) bool {
	toks := d.Sents[si].Toks
	for e := cs + 1; e < len(toks) && e <= cs+4; e++ {
		if l := toks[e].Lower; l == "of" || l == "from" || l == "for" {
			return !d.plainSidesNoun(si, cs, e+1) && d.modifiedSidesNoun(si, cs, e+1) && d.sidesAt(si, e+1)
		}
	}
	return false
}

// sidesAt: two or more states or groups coordinated from token i ("of A
// and B", "of A, B and C"), the sides a modified plural noun is of.
func (d *Reader) sidesAt(si, i int) bool {
	toks := d.Sents[si].Toks
	for e := i + 1; e < len(toks) && e <= i+8; e++ {
		if toks[e].Lower != "and" {
			continue
		}
		if a, b := d.ConjPair(si, e); a != nil && b != nil && a.I == i && d.listMember(a) && d.listMember(b) {
			return true
		}
		if list := d.subjectList(si, e); len(list) >= 3 && list[0].I == i {
			return true
		}
		return false
	}
	return false
}

// sidesPrep: "of", "from" or "for" at ai-1, at most four words into the
// clause.
func sidesPrep(toks []text.Token, cs, ai int) bool {
	return ai >= 2 && ai-cs <= 4 && (toks[ai-1].Lower == "from" || toks[ai-1].Lower == "of" || toks[ai-1].Lower == "for")
}

// peopleNoun: a plural noun of people or of sides ("officials",
// "delegations", "commissioners"); not a singular one ("the mediation
// team of former heads of state").
func peopleNoun(l string) bool {
	return personGroupNouns[l] || sideGroupNouns[l] || mention.PluralTitle(l) || groupNouns[l] && strings.HasSuffix(l, "s")
}

// fieldModifier: a lower-case word right before the plural head h that
// names its field ("the water commissioners", "border officials"), at the
// clause's start or after a determiner; not a function word or a
// meeting's trigger.
func fieldModifier(toks []text.Token, e, cs, h int) bool {
	t := toks[e]
	if e+1 != h || !t.Word || t.Cap || functionWords[t.Lower] || frame.Triggers[t.Lower] > 0 {
		return false
	}
	return e == cs || e == cs+1 && listDets[toks[cs].Lower]
}

// actorListMentions is roles.actorList returning mentions, skipping titles and
// descriptors ("with Egypt's foreign minister X and ...").
func (d *Reader) actorListMentions(si, k int) []*mention.Mention {
	toks := d.Sents[si].Toks
	var out []*mention.Mention
	for len(out) < 6 {
		var m *mention.Mention
		for mi := range d.Ments[si] {
			c := &d.Ments[si][mi]
			if c.I >= k && c.I < k+8 && c.Actor >= 0 && !c.Desc {
				m = c
				break
			}
			if c.I >= k+8 {
				break
			}
		}
		if m == nil {
			break
		}
		for e := k; e < m.I; e++ {
			if toks[e].Lower == "and" || toks[e].Text == "," || frame.ClauseBreaks[toks[e].Lower] || frame.Triggers[toks[e].Lower] > 0 || (toks[e].Word && !toks[e].Cap && !actors.TitleWordLower(toks[e]) && !listDets[toks[e].Lower]) {
				return out
			}
		}
		out = append(out, m)
		var more bool
		if k, more = frame.NextListItem(toks, m.J); more {
			continue
		}
		break
	}
	return out
}

// listDets may open an item of an actor list: "with a Pakistani
// delegation and the RSF".
var listDets = lex("listDets")

// PronounSubject: in "X said he spoke with Y", the clause after "said"
// opens with a pronoun that stands for X.
func (d *Reader) PronounSubject(si, cs int) int {
	toks := d.Sents[si].Toks
	if cs > 0 && cs < len(toks) && toks[cs-1].Lower == "who" {
		// "X, who met Y": the relative pronoun stands for X.
		e := cs - 1
		if e > 0 && toks[e-1].Text == "," {
			e--
		}
		if m := d.MentionEndingAt(si, e); m != nil && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return m.Actor
		}
		return -1
	}
	if cs <= 0 || cs >= len(toks) || (toks[cs].Lower != "he" && toks[cs].Lower != "she") {
		return -1
	}
	b := cs - 1
	if toks[b].Lower == "that" {
		// "X told reporters on Saturday that he ...": the verb may be a few
		// words back.
		for e := b - 1; e >= 0 && b-e <= 5; e-- {
			if speechVerbs[toks[e].Lower] {
				b = e
				break
			}
		}
	}
	if !speechVerbs[toks[b].Lower] {
		return -1
	}
	for mi := len(d.Ments[si]) - 1; mi >= 0; mi-- {
		m := d.Ments[si][mi]
		if m.J <= b && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return m.Actor
		}
	}
	return -1
}

// speechVerbs introduce what a speaker reports.
var speechVerbs = lex("speechVerbs")

// RepresentedBy: a state or group already present through one of its
// people ("Witkoff" for the United States) is not listed again.
func (d *Reader) RepresentedBy(a int, persons []int) bool {
	for _, p := range persons {
		x := d.Cast.Actors[p]
		if x.Affiliation == a {
			return true
		}
		// A member of a land's community ("the Greek Cypriot leader")
		// stands for that land too, where the land is named beside him.
		if f := x.Affiliation; f >= 0 && d.Cast.Actors[f].Kind == graph.Group && d.Cast.Actors[f].Affiliation == a {
			return true
		}
		for _, pos := range x.Positions {
			if pos.Org == a {
				return true
			}
		}
	}
	return false
}

// IsSpeaker: a person cited as the source ("..., Kremlin spokesman X
// said") reports the meeting rather than attends it.
func IsSpeaker(toks []text.Token, m *mention.Mention) bool {
	if m.J < len(toks) && speechVerbs[toks[m.J].Lower] && m.I > 0 && toks[m.I-1].Text == "," ||
		m.J < len(toks) && speechVerbs[toks[m.J].Lower] && m.J+1 >= len(toks)-1 {
		return true
	}
	if m.J < len(toks) && titledTrailingSpeaker(toks, m) {
		return true
	}
	// "according to X", "X news agency reported": the source of the
	// report, not a party to what it reports.
	if m.I >= 2 && toks[m.I-2].Lower == "according" && toks[m.I-1].Lower == "to" {
		return true
	}
	if statementSource(toks, m.PhraseStart()) {
		return true
	}
	if e := accordingAdjunctEnd(toks); e > 0 && m.J <= e {
		return true
	}
	// "..., a US official said": a state or body heading the source
	// phrase of a trailing report is the source's, not a participant.
	for e := m.J; e < len(toks) && e < m.J+4; e++ {
		if reportVerbs[toks[e].Lower] {
			return e+1 >= len(toks)-1 || toks[e+1].Text == "," || toks[e+1].Text == "."
		}
		if !toks[e].Word || toks[e].Cap || !mediaNouns[toks[e].Lower] && !sourceHeads[toks[e].Lower] {
			break
		}
	}
	return false
}

// TitledTrailingSpeaker is titledTrailingSpeaker for the cast's speakers.
func TitledTrailingSpeaker(toks []text.Token, m *mention.Mention) bool {
	return titledTrailingSpeaker(toks, m)
}

// titledTrailingSpeaker: "..., the ministry's spokesman X told
// reporters.", "..., presidential aide X said on Tuesday.": a person whose
// titled phrase opens after a comma and whose speech verb ends the
// sentence (an audience and a time may follow, no claim of its own) is
// the source of the report that clause closes, not one of those it
// reports meeting. A sentence opening with an adjunct ("After the talks,
// Minister X told reporters ...") keeps its subject: the comma there
// closes the adjunct, not a claim.
func titledTrailingSpeaker(toks []text.Token, m *mention.Mention) bool {
	if len(toks) == 0 || m.J >= len(toks) {
		return false
	}
	v, apposed := m.J, sourceApposition(toks, m.J)
	if apposed > 0 {
		v = apposed
	}
	if !speechVerbs[toks[v].Lower] {
		return false
	}
	b := m.I - 1
	for b >= 0 && m.I-b <= 7 && toks[b].Text != "," {
		t := toks[b]
		if !(t.Word || t.Text == "'s" || t.Text == "-" && t.Glued) || speakerPhraseStops[t.Lower] || frame.Triggers[t.Lower] > 0 || frame.ClauseBreaks[t.Lower] {
			return false
		}
		b--
	}
	if b < 1 || b == m.I-1 && apposed < 0 || toks[b].Text != "," || openingAdjunct(toks, b) {
		return false
	}
	// The report ends the sentence: an audience, a time or a place may
	// follow the verb, within a few words, but no "that" clause, quote or
	// further comma.
	e := v + 1
	for ; e < len(toks) && toks[e].Text != "."; e++ {
		if speakerTailOpeners[toks[e].Lower] && e-v <= 6 && speakerTail(toks, e+1) {
			// "..., X told reporters at the airport after the visitor had
			// left.": a clause of the report's time closes the sentence
			// (the hundred-and-sixty-second round).
			return true
		}
		// "told a news conference", "told a briefing": the form the
		// claim was made in, no meeting of the speaker's (the
		// two-hundred-and-sixtieth round).
		if e-v > 6 || !toks[e].Word || toks[e].Lower == "that" || frame.Triggers[toks[e].Lower] > 0 && !statementNouns[toks[e].Lower] {
			return false
		}
	}
	return e+1 >= len(toks)
}

// sourceApposition: after a name ending before j, ", a spokesman for the
// ministry, told" — an apposition headed by a source noun (lexicon
// sourceHeads) between two commas, with no verb or meeting word in it.
// It returns where the verb after the second comma stands, or -1. The
// apposition is the title a bare name after the report's comma lacks
// (the two-hundred-and-sixtieth round).
func sourceApposition(toks []text.Token, j int) int {
	if j >= len(toks) || toks[j].Text != "," {
		return -1
	}
	head := false
	for e := j + 1; e < len(toks) && e-j <= 9; e++ {
		t := toks[e]
		if t.Text == "," {
			if !head || e == j+1 || e+1 >= len(toks) {
				return -1
			}
			return e + 1
		}
		if !(t.Word || t.Text == "'s") || frame.Triggers[t.Lower] > 0 || frame.ClauseBreaks[t.Lower] || speakerPhraseStops[t.Lower] || e > j+1 && frame.LooksVerb(toks, e) {
			return -1
		}
		if sourceHeads[t.Lower] {
			head = true
		}
	}
	return -1
}

// openingAdjunct: the comma at b closes an adjunct the sentence opens
// with ("After the talks, X told reporters"; "After the talks on Monday,
// in the capital, X told reporters"), so what follows it is the main
// clause's subject, not a trailing source. A stretch up to the comma
// that holds a finite verb ("After the ceremony A and B held talks on
// the treaty, spokesman X told reporters"; "During the talks, A and B
// agreed on a truce, spokesman X told reporters") holds the main clause,
// and the comma opens the report of it (the two-hundred-and-sixtieth
// round, p1597).
func openingAdjunct(toks []text.Token, b int) bool {
	if !speakerOpeners[toks[0].Lower] {
		return false
	}
	for e := 1; e < b; e++ {
		if frame.LooksVerb(toks, e) {
			return false
		}
	}
	return true
}

// speakerTail: the words from i to the sentence's end are a short clause
// of time with no meeting of its own ("the guest had left", not "meeting
// X" nor "talks with X"): at most ten words or possessives, no "that", no
// meeting predicate, then the full stop.
func speakerTail(toks []text.Token, i int) bool {
	e := i
	for ; e < len(toks) && toks[e].Text != "."; e++ {
		if e-i >= 10 || !toks[e].Word && toks[e].Text != "'s" || toks[e].Lower == "that" || frame.Triggers[toks[e].Lower] > 0 {
			return false
		}
	}
	return e > i && e+1 >= len(toks)
}

// speakerTailOpeners open a clause of time after a trailing speaker's
// verb: "..., X told reporters after the guest had left" (speakerTail).
var speakerTailOpeners = lex("speakerTailOpeners")

// speakerOpeners open a sentence with an adjunct whose comma leads to the
// main clause's subject: "After the talks, X told reporters".
var speakerOpeners = lex("speakerOpeners")

// speakerPhraseStops may not stand inside a speaker's titled phrase: they
// open a clause or a list ("..., and X said").
var speakerPhraseStops = lex("speakerPhraseStops")

// mediaNouns after a name make it a news outlet: "the X news agency".
var mediaNouns = lex("mediaNouns")

// sourceHeads after a state or body head the source of a report: "a US
// official said".
var sourceHeads = lex("sourceHeads")

// kindFirstWords and kindArticles read a first of its kind between two
// kinds of holder (kindsBetween).
var (
	kindFirstWords = lex("kindFirstWords")
	kindArticles   = lex("kindArticles")
)

// kindsBetween: "between" at k opens two indefinite kinds of holder after
// a "first": "the first talks ever between a king of X and a premier of
// Y", "the first between a Nordic monarch and an Andean head of state"
// (p2378, p602, p2158, p1177). The phrase tells
// what kind of first the meeting was, not who met: its kinds are no
// participants and no sides, and their "of X" names no state that met.
// Without a "first" before it ("talks between a government delegation and
// a rebel team"), indefinite sides are read as before.
func kindsBetween(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || !kindArticles[toks[k+1].Lower] {
		return false
	}
	first := false
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		if kindFirstWords[toks[p].Lower] {
			first = true
			break
		}
	}
	if !first {
		return false
	}
	for q := k + 2; q+1 < len(toks) && q <= k+12; q++ {
		if toks[q].Text == "," || toks[q].Text == ";" {
			return false
		}
		if toks[q].Lower == "and" {
			return kindArticles[toks[q+1].Lower]
		}
	}
	return false
}

// BetweenPair reads "between A and B", skipping descriptors ("between
// Congolese President X and Rwandan President Y").
func (d *Reader) BetweenPair(si, k int) (*mention.Mention, *mention.Mention) {
	toks := d.Sents[si].Toks
	if kindsBetween(toks, k) {
		return nil, nil
	}
	a := d.possessedGroup(si, d.firstActorStop(si, k+1, 9))
	if a == nil {
		return nil, nil
	}
	n := a.J
	if n < len(toks) && toks[n].Text == "(" {
		for n < len(toks) && toks[n].Text != ")" && n < a.J+6 {
			n++
		}
		n++
	}
	// "between the Ruritanian government and ...": the head noun of a
	// demonym (or a few lower-case words of a noun phrase) before "and".
	for e := n; e < len(toks) && e < a.J+3 && toks[e].Word && toks[e].Lower != "and" &&
		(!toks[e].Cap || demonymStateNouns[toks[e].Lower] || groupNouns[toks[e].Lower]); e++ {
		if e+1 < len(toks) && toks[e+1].Lower == "and" {
			n = e + 1
		}
	}
	if n >= len(toks) || toks[n].Lower != "and" {
		return nil, nil
	}
	b := d.possessedGroup(si, d.firstActorStop(si, n+1, 6))
	return a, b
}

// possessedGroup is the side a person's possessive names: in "between
// President X's party P and the Q" the side is the group the leader
// heads, which sits at the table, not the leader alone (p178). Any
// other possessive (a state's envoy, a leader's aides) keeps m.
func (d *Reader) possessedGroup(si int, m *mention.Mention) *mention.Mention {
	toks := d.Sents[si].Toks
	if m == nil || m.J+1 >= len(toks) || toks[m.J].Text != "'s" || d.Cast.Actors[m.Actor].Kind != graph.Person {
		return m
	}
	if g := d.FirstActor(si, m.J+1, 1, false); g != nil && d.Cast.Actors[g.Actor].Kind == graph.Group {
		return g
	}
	return m
}

// ConjPair reads "A and B" around the "and" at k, when both are sides of a
// negotiation: states, groups, or people whose affiliations differ.
func (d *Reader) ConjPair(si, k int) (*mention.Mention, *mention.Mention) {
	toks := d.Sents[si].Toks
	if k > 0 && toks[k-1].Text == "," {
		return nil, nil // ", and" ends a list or joins clauses
	}
	var a *mention.Mention
	// Up to three words back, or five when they follow a possessive: "A's
	// conservative interim government and B" (p168, p164, p157).
	for e := k; e >= 0 && k-e <= 5; e-- {
		if m := d.MentionEndingAt(si, e); m != nil && m.Actor >= 0 && !m.Desc && (k-e <= 3 || toks[e].Text == "'s") {
			a = m
			break
		}
		if e < k && (toks[e].Text != "'s" && !(toks[e].Word && !toks[e].Cap)) {
			return nil, nil
		}
	}
	if a == nil || (a.I > 0 && (toks[a.I-1].Text == "," || toks[a.I-1].Lower == "with")) {
		return nil, nil
	}
	at := afterLedModifier(toks, k+1)
	if n := afterBodyOf(toks, at); n > at {
		if strings.HasSuffix(a.Text, "-") {
			// "The Netherlands Commission-General and the delegation of
			// the B": a name cut at its hyphen is no side (p1346).
			return nil, nil
		}
		at = n
	}
	b := d.FirstActor(si, at, 4, false)
	if b == nil {
		return nil, nil
	}
	for e := k + 1; e < b.I; e++ {
		if toks[e].Lower == "with" || toks[e].Text == "," {
			return nil, nil
		}
	}
	if b.J < len(toks) && toks[b.J].Text == "," && !commaEndsPair(toks, b.J+1) {
		return nil, nil // a longer list
	}
	sa, sb := d.Side(a.Actor), d.Side(b.Actor)
	if sa < 0 || sb < 0 || sa == sb {
		return nil, nil
	}
	return a, b
}

// afterBodyOf: the index after a side's body told before its name, "A
// and the delegation of the B Front", "A and the negotiators of B" (the
// three-hundred-and-ninety-third round, p2395; "A and the army's
// delegation" needs no skip): the body stands for its side, whose name
// the article and the noun's "of the" put beyond the pair's four-word
// reach, so the meeting lost its second side. The noun is lower case and
// from delegationNouns; with no such body at i it returns i.
func afterBodyOf(toks []text.Token, i int) int {
	e := i
	if e < len(toks) && listDets[toks[e].Lower] {
		e++
	}
	if e+1 < len(toks) && toks[e].Word && !toks[e].Cap && delegationNouns[toks[e].Lower] && toks[e+1].Lower == "of" {
		return e + 2
	}
	return i
}

// afterLedModifier: the index after a hyphened participle that modifies
// the second side of a pair, "A and the communist-led B", "A and the
// Iran-backed B" (the two-hundred-and-twenty-first round), past the
// determiner before it: the side is the name after the modifier, not its
// backer or leader, and a lower-case modifier put the name beyond reach.
// With no such modifier at i it returns i.
func afterLedModifier(toks []text.Token, i int) int {
	e := i
	if e < len(toks) && listDets[toks[e].Lower] {
		e++
	}
	if e+3 < len(toks) && toks[e].Word && toks[e+1].Text == "-" && toks[e+1].Glued && toks[e+2].Glued &&
		toks[e+2].Word && !toks[e+2].Cap && strings.HasSuffix(toks[e+2].Lower, "ed") && toks[e+3].Cap {
		return e + 3
	}
	return i
}

// commaEndsPair: "A and B, earlier ..." — a comma before an adverb
// (a time adverb or an -ly word) closes the pair rather than extending the list.
// So does a relative clause the pair goes on to sign or agree after
// (round 148, relativeThenAgreed).
func commaEndsPair(toks []text.Token, k int) bool {
	if k >= len(toks) || !toks[k].Word || toks[k].Cap {
		return false
	}
	l := toks[k].Lower
	return timeAdverbs[l] || len(l) > 4 && l[len(l)-2:] == "ly" || relativeThenAgreed(toks, k)
}

// relativeThenAgreed: a relative clause opens at k ("A and B, whose
// countries have long accused each other, today signed a pact") and the
// verb after its closing comma, at most two words on, is one of agreeing
// (agreeVerbs): the clause is set off about the pair, which then signs as
// one subject. A pair that only welcomes or attends after its clause
// ("A and B, which had offered to mediate, welcomed the accord") stays
// cut off by the comma, as outsiders to the accord are.
func relativeThenAgreed(toks []text.Token, k int) bool {
	if k >= len(toks) || !relativeWords[toks[k].Lower] {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+30; e++ {
		switch toks[e].Text {
		case ";", ":", "(", ")":
			return false
		case ",":
			for v := e + 1; v < len(toks) && v <= e+3; v++ {
				if agreeVerbs[toks[v].Lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// firstActorStop is firstActor that stops at "and", commas and
// semicolons.
func (d *Reader) firstActorStop(si, k, within int) *mention.Mention {
	toks := d.Sents[si].Toks
	end := k + within
	for e := k; e < end && e < len(toks); e++ {
		if toks[e].Lower == "and" || toks[e].Text == "," || toks[e].Text == ";" {
			end = e
			break
		}
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I >= k && m.I < end && m.Actor >= 0 && !m.Desc {
			return m
		}
	}
	return nil
}

// NearAfter: token i comes within n tokens after the verb at k, the
// honorifics before a name and their periods not counted. Official
// releases style their guests ("received in audience H.E. Mr. X", "met
// His Excellency Sheikh Y") and the style pushes the name past a window
// sized for plain names (the hundred-and-ninety-sixth round).
func NearAfter(toks []text.Token, k, i, n int) bool {
	if i <= k {
		return false
	}
	gap := 0
	for e := k + 1; e < i && e < len(toks); e++ {
		if styleToken(toks, e) {
			continue
		}
		gap++
	}
	return gap < n
}

// styleToken: the token at e is part of a name's style: an honorific
// ("Mr", "H.E", "Sheikh", "Excellency"), the period closing one, or the
// possessive opening "His Excellency".
func styleToken(toks []text.Token, e int) bool {
	l := toks[e].Lower
	if honorifics[l] || honorifics[strings.TrimSuffix(l, ".")] {
		return true
	}
	if l == "." && e > 0 && honorifics[toks[e-1].Lower] {
		return true
	}
	return (l == "his" || l == "her") && e+1 < len(toks) && honorifics[toks[e+1].Lower] && toks[e+1].Cap
}

// statementNouns name the form a claim was made in: "statement",
// "readout", "tweet" (lexicon).
var statementNouns = lex("statementNouns")

// accordingAdjunctEnd: a sentence that opens "According to ..." — "According
// to a statement signed by the Presidential Spokesperson, Mr X, Mr Y told
// his hosts that ..." — has its source phrase end at the first comma
// followed by a subject and its verb within five words: that comma's
// index, -1 when the sentence does not open so or no such comma is found.
// Whoever is named before it is the report's source, not at what it
// reports (the two-hundred-and-fifty-fourth round, p1561).
func accordingAdjunctEnd(toks []text.Token) int {
	if len(toks) < 6 || toks[0].Lower != "according" || toks[1].Lower != "to" {
		return -1
	}
	for c := 3; c+2 < len(toks); c++ {
		if toks[c].Text != "," {
			continue
		}
		for e := c + 2; e < len(toks) && e <= c+6; e++ {
			if !toks[e].Word {
				break
			}
			if frame.LooksVerb(toks, e) && !toks[e].Cap {
				return c
			}
		}
	}
	return -1
}

// statementSource: the name phrase starting at i closes "according to a
// statement from X", "according to a readout by the ministry's spokesman
// X": the one who issued the statement is the source of the report, as
// after "according to" alone, not a member of what it reports (the
// two-hundred-and-thirty-ninth round, p1468). Up to three words may
// stand between "according to" and the statement's noun ("a joint
// written statement") and up to four between its preposition and the
// name's phrase ("the group's spokesman"), none of them punctuation.
func statementSource(toks []text.Token, i int) bool {
	p := -1
	for e := i - 1; e >= 0 && e >= i-5; e-- {
		if l := toks[e].Lower; l == "from" || l == "by" || l == "of" {
			p = e
			break
		}
		if !toks[e].Word && toks[e].Text != "'s" {
			return false
		}
	}
	if p < 3 || !statementNouns[toks[p-1].Lower] {
		return false
	}
	for e := p - 2; e >= 1 && e >= p-5; e-- {
		if toks[e].Lower == "to" && toks[e-1].Lower == "according" {
			return true
		}
		if !toks[e].Word {
			return false
		}
	}
	return false
}
