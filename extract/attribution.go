package extract

// Whose claim a meeting is, and meetings called off or denied.
//
// A meeting's sentence may carry a reporting clause: a source and a
// reporting verb before the claim ("The White House said Friday that ..."),
// after it ("..., two sources familiar with the matter told CBS News"),
// inverted ("..., said the ministry") or "according to" a source. The
// source phrase becomes the meeting's attribution. A reporting verb counts
// only when the meeting is inside its complement: "X said after meeting Y"
// and a quotation before "X said" report something else. The verbs are
// general English; no source is listed by name.
//
// Statuses: a meeting whose clause says it was called off, scrapped or
// cancelled is cancelled; one a party denies ("X denied meeting Y", "the
// Kremlin denied that Putin met Witkoff") is denied. Both rules only fire
// on the explicit wording, never on a hedge ("threatened to cancel", "did
// not deny").

import (
	"strings"

	"github.com/parley-dev/parley/graph"
)

// reportVerbs introduce a source's claim.
var reportVerbs = lex("reportVerbs")

// trailingVerbs may follow the claim they report: "..., a source said".
var trailingVerbs = lex("trailingVerbs")

// denyVerbs report that the claim is false.
var denyVerbs = lex("denyVerbs")

// ambiguousVerbs are also nouns ("media reports", "their claims").
var ambiguousVerbs = lex("ambiguousVerbs")

// notVerbBefore: after these a reporting word is no report of the
// speaker's ("declined to say", "did not confirm").
var notVerbBefore = lex("notVerbBefore")

// nounBefore: after these an ambiguous reporting word is a noun ("the
// reports", "media reports").
var nounBefore = lex("nounBefore")

// leadStops end the search for a reporting verb before the meeting: the
// meeting is in a clause of its own.
var leadStops = lex("leadStops")

// trailStops end the search for a reporting clause after the meeting.
var trailStops = lex("trailStops")

// complementStops open an adjunct of the reporting verb rather than its
// claim: "X said after meeting Y", "X told reporters during a visit".
var complementStops = lex("complementStops")

// adjunctWords may stand between a reporting verb and its claim:
// "said Friday that", "told CBS News on Saturday".
var adjunctWords = lex("adjunctWords")

// recipientWords are whom a source tells.
var recipientWords = lex("recipientWords")

// statementNouns name the form a claim was made in: "said in a
// statement", "at a news conference", "in a post on X".
var statementNouns = lex("statementNouns")

// sourceNouns head a source phrase besides names, titles and institutions.
var sourceNouns = lex("sourceNouns")

// documentHeads are what "according to" may cite besides a source:
// "according to the plan".
var documentHeads = lex("documentHeads")

// pronouns stand for a source the clause does not name.
var pronouns = lex("pronouns")

// leadDets may open a source phrase; one starting a long run of words is
// where the source begins ("... Benny Gantz A State Department spokesman").
var leadDets = lex("leadDets")

// preps are the prepositions a source phrase may hold ("sources familiar
// with the matter", "a spokesman for the ministry").
var preps = lex("preps")

const maxAttrWords = 8

// attribution returns who the sentence attributes the meeting at token k
// to, and whether that source denies it took place.
func (d *doc) attribution(si, k int) (string, bool) {
	s := &d.sents[si]
	if a, deny, ok := d.leadingSource(si, k); ok {
		return a, deny
	}
	if a, ok := d.trailingSource(si, k); ok {
		return a, false
	}
	// "The ministry said in a statement:" on the line before.
	if si > 0 {
		p := &d.sents[si-1]
		if p.line == s.line-1 || p.line == s.line {
			if n := len(p.toks); n > 2 && p.toks[n-1].text == ":" {
				for v := n - 2; v >= 0 && v >= n-10; v-- {
					if reportVerbs[p.toks[v].lower] && !denyVerbs[p.toks[v].lower] && d.verbReading(si-1, v) {
						if a := d.sourceBefore(si-1, v); a != "" {
							return a, false
						}
						break
					}
				}
			}
		}
	}
	return "", false
}

// verbReading: the reporting word at v is a verb of a speaker.
func (d *doc) verbReading(si, v int) bool {
	toks := d.sents[si].toks
	if d.sents[si].quoted[v] {
		return false
	}
	if v > 0 && notVerbBefore[toks[v-1].lower] {
		return false
	}
	if v > 1 && (toks[v-2].lower == "not" || toks[v-2].lower == "n't" || toks[v-2].lower == "never") {
		return false // "did not publicly confirm"
	}
	if ambiguousVerbs[toks[v].lower] {
		// "Reuters reports", "state media reports"; not "denied reports".
		if v == 0 || nounBefore[toks[v-1].lower] {
			return false
		}
		p := toks[v-1]
		if !(p.cap && !functionWords[p.lower]) && !sourceNouns[p.lower] && !orgHeads[p.lower] && !titleHeads[p.lower] && !groupNouns[p.lower] {
			return false
		}
	}
	return true
}

// leadingSource: a reporting verb before the meeting whose claim holds it.
func (d *doc) leadingSource(si, k int) (string, bool, bool) {
	s := &d.sents[si]
	toks := s.toks
	for e := k - 1; e >= 0 && k-e <= 45; e-- {
		l := toks[e].lower
		if s.quoted[e] {
			continue
		}
		if leadStops[l] || l == "and" && e > 0 && toks[e-1].text == "," {
			return "", false, false // the meeting is in a clause of its own
		}
		if l == "according" && e+1 < k && toks[e+1].lower == "to" {
			a, end := d.sourceAfter(si, e+2, true)
			if a == "" || end > k {
				return "", false, false
			}
			return a, false, true
		}
		if !reportVerbs[l] || !d.verbReading(si, e) {
			continue
		}
		if !d.claimHolds(si, e, k) {
			return "", false, false
		}
		var a string
		switch {
		case l == "saying" && e > 0 && toks[e-1].lower == "as":
			a = d.quotedSpeaker(si, e-1)
		case l == "saying" || l == "denying":
			a = d.clauseSubject(si, e)
		case l == "quoted":
			return "", false, false // "X quoted Y" without "as saying"
		default:
			a = d.sourceBefore(si, e)
		}
		if !denyVerbs[l] {
			return a, false, a != ""
		}
		// A denial: of the meeting taking place, by a source or by "he".
		if a == "" && !(e > 0 && pronouns[toks[e-1].lower]) || !d.deniesOccurrence(si, e, k) {
			return "", false, false
		}
		return a, true, true
	}
	return "", false, false
}

// claimHolds: the meeting at k is in the complement of the reporting verb
// at v, not in an adjunct of it or after a quotation it reports.
func (d *doc) claimHolds(si, v, k int) bool {
	s := &d.sents[si]
	toks := s.toks
	c := d.skipAdjuncts(si, v+1, k)
	if c >= k {
		return c == k // the trigger right after: "denied meeting Y"
	}
	if toks[c].text == "\"" {
		return false // the verb reports a quotation
	}
	if complementStops[toks[c].lower] {
		for e := c + 1; e < k; e++ {
			if toks[e].lower == "that" && !s.quoted[e] {
				return true // "said in Doha that ..."
			}
		}
		return false
	}
	return true
}

// skipAdjuncts passes the recipient, time and medium of a report:
// "told CBS News on Saturday", "said in a statement on Friday that".
func (d *doc) skipAdjuncts(si, c, limit int) int {
	toks := d.sents[si].toks
	told := c > 0 && (toks[c-1].lower == "told" || toks[c-1].lower == "tells" || toks[c-1].lower == "informed")
	for c < limit {
		t := toks[c]
		switch {
		case t.lower == "that" && c+1 < limit:
			return c + 1
		case (t.lower == "in" || t.lower == "at" || t.lower == "on" || t.lower == "via" || t.lower == "during") && statementAhead(toks, c+1, min(limit, c+5)) > 0:
			c = statementAhead(toks, c+1, min(limit, c+5)) + 1
			// "in an interview with CNN", "in a post on X"
			if c < limit && (toks[c].lower == "with" || toks[c].lower == "on" || toks[c].lower == "to") {
				c++
				for c < limit && (toks[c].cap || toks[c].lower == "the" || toks[c].lower == "'s" || toks[c].lower == "media") {
					c++
				}
			}
		case told && (t.cap || recipientWords[t.lower]) && !(t.lower == "the" && c+1 < limit && triggers[toks[c+1].lower] > 0):
			c++
		case isTimeWord(t) && !(t.lower == "in" || t.lower == "on" || t.lower == "the" || t.lower == "a" || t.lower == "an" || t.lower == "this" || t.lower == "that"):
			c++
		case (t.lower == "on" || t.lower == "last" || t.lower == "this" || t.lower == "earlier" || t.lower == "late") && c+1 < limit && isTimeWord(toks[c+1]):
			c++
		case t.text == "," || t.text == ":" || (t.text == "-" && !t.glued):
			c++
		default:
			return c
		}
	}
	return c
}

// statementAhead returns the index of a statement noun in toks[i:j], or
// -1.
func statementAhead(toks []token, i, j int) int {
	for e := i; e < j && e < len(toks); e++ {
		if statementNouns[toks[e].lower] {
			return e
		}
		if triggers[toks[e].lower] > 0 || !toks[e].word && toks[e].text != "'s" && toks[e].text != "-" {
			return -1
		}
	}
	return -1
}

// isTimeWord: a weekday, month, number or time-of-day word.
func isTimeWord(t token) bool {
	if _, ok := weekdays[t.lower]; ok {
		return true
	}
	if _, ok := months[t.lower]; ok {
		return true
	}
	if t.word && t.lower[0] >= '0' && t.lower[0] <= '9' {
		return true
	}
	return adjunctWords[t.lower]
}

// trailingSource: a reporting clause after the meeting: "..., a source
// said", "..., said the ministry", "... according to a news site".
func (d *doc) trailingSource(si, k int) (string, bool) {
	s := &d.sents[si]
	toks := s.toks
	for e := k + 1; e < len(toks) && e-k <= 45; e++ {
		l := toks[e].lower
		if s.quoted[e] {
			continue
		}
		if trailStops[l] {
			return "", false
		}
		if l == "according" && e+1 < len(toks) && toks[e+1].lower == "to" {
			a, _ := d.sourceAfter(si, e+2, true)
			return a, a != ""
		}
		if !reportVerbs[l] {
			continue
		}
		if !trailingVerbs[l] || !d.verbReading(si, e) {
			return "", false
		}
		// Where the reporting clause begins: a comma, dash or bracket.
		b := e - 1
		for b > k && toks[b].word || b > k && (toks[b].text == "'s" || toks[b].text == "'" || toks[b].text == "-" && toks[b].glued || toks[b].text == ".") {
			b--
		}
		if b <= k || !(toks[b].text == "," || toks[b].text == "-" || toks[b].text == "(" || toks[b].text == "\"") {
			return "", false
		}
		var a string
		after := e + 1
		if b == e-1 {
			// Inverted: "..., said the ministry."
			if l != "said" && l != "says" && l != "added" {
				return "", false
			}
			a, after = d.sourceAfter(si, e+1, false)
		} else {
			a = d.sourceSpan(si, b+1, e)
		}
		if a == "" {
			return "", false
		}
		// The clause must end here: its claim is the one before it. A
		// comma right after it closes a parenthesis ("The meeting, the
		// ministry said, lasted two hours").
		if after < len(toks) && toks[after].text == "," {
			return a, true
		}
		c := d.skipAdjuncts(si, after, len(toks))
		if c < len(toks) && toks[c].word && toks[c].lower != "and" && toks[c].lower != "adding" {
			return "", false
		}
		if c < len(toks) && toks[c].lower == "that" {
			return "", false
		}
		return a, true
	}
	return "", false
}

// sourceBefore: the source phrase ending just before the reporting verb at
// v, back to the start of its clause.
func (d *doc) sourceBefore(si, v int) string {
	s := &d.sents[si]
	toks := s.toks
	a := v
	for a > 0 {
		t := toks[a-1]
		if s.quoted[a-1] || t.text == "\"" || clauseBreaks[t.lower] || leadStops[t.lower] || t.text == "," ||
			t.text == ":" || t.text == "(" || t.text == ")" || t.text == "-" && !t.glued || t.lower == "and" && !(a-2 >= 0 && toks[a-2].cap && toks[a].cap) {
			break
		}
		if triggers[t.lower] > 0 && !statementNouns[t.lower] {
			return "" // "the talks ended, ..." is a claim, not a source
		}
		a--
		if v-a > 16 {
			return ""
		}
	}
	return d.sourceSpan(si, a, v)
}

// sourceAfter: the source phrase starting at i and running to a comma or
// the end ("according to state news agency IRNA, which ..."); also returns
// where it ends. cites: the phrase may cite a document, which is no source.
func (d *doc) sourceAfter(si, i int, cites bool) (string, int) {
	s := &d.sents[si]
	toks := s.toks
	j := i
	for j < len(toks) {
		t := toks[j]
		if s.quoted[j] || !t.word && t.text != "'s" && t.text != "'" && !(t.text == "-" && t.glued) && t.text != "." && t.text != "&" ||
			clauseBreaks[t.lower] || leadStops[t.lower] || t.lower == "and" && !(j+1 < len(toks) && toks[j+1].cap && j > i && toks[j-1].cap) ||
			t.lower == "citing" || t.lower == "quoting" || j > i && (weekdays[t.lower] > 0 || t.lower == "on" || t.lower == "last") {
			break
		}
		if t.text == "." && (j+1 >= len(toks) || !toks[j].glued) {
			break
		}
		j++
	}
	a := d.sourceSpan(si, i, j)
	if a != "" && cites && documentHeads[toks[j-1].lower] {
		return "", j
	}
	return a, j
}

// sourceSpan vets and writes the source phrase toks[i:j].
func (d *doc) sourceSpan(si, i, j int) string {
	s := &d.sents[si]
	toks := s.toks
	// Trim time and adverbs at the end: "Another statement by Hamas on
	// Thursday", "Qatar then unexpectedly".
	for j > i {
		t := toks[j-1]
		if isTimeWord(t) && t.lower != "a" && t.lower != "an" && t.lower != "the" || !t.cap && strings.HasSuffix(t.lower, "ly") && t.lower != "daily" ||
			t.lower == "also" || t.lower == "then" || t.lower == "have" || t.lower == "has" || t.lower == "had" ||
			t.lower == "previously" || t.lower == "separately" || t.lower == "later" || t.lower == "on" || t.lower == "of" {
			j--
			continue
		}
		break
	}
	for i < j && (toks[i].text == "," || toks[i].text == "-" || toks[i].text == "\"") {
		i++
	}
	if i >= j {
		return ""
	}
	if words(toks, i, j) > maxAttrWords {
		// A run-on line: the source begins at its last determiner that
		// no preposition governs ("... Gantz A State Department spokesman").
		for p := j - 1; p > i; p-- {
			if leadDets[toks[p].lower] && !preps[toks[p-1].lower] {
				i = p
				break
			}
		}
		if words(toks, i, j) > maxAttrWords {
			return ""
		}
	}
	// "A statement by the group", "Hamas' statement": the group's.
	if o := statementOwner(toks, i, j); o[0] >= 0 {
		i, j = o[0], o[1]
	} else if statementOnly(toks, i, j) {
		return d.recentStatement(si)
	}
	if j-i == 1 && pronouns[toks[i].lower] {
		return ""
	}
	head := false
	for e := i; e < j; e++ {
		t := toks[e]
		if triggers[t.lower] > 0 && !statementNouns[t.lower] || pronouns[t.lower] && e == i && t.lower != "this" && t.lower != "both" {
			return ""
		}
		if t.cap && !functionWords[t.lower] || sourceNouns[t.lower] || titleHeads[t.lower] || orgHeads[t.lower] || groupNouns[t.lower] || groupHeads[t.lower] {
			head = true
		}
	}
	if !head {
		return ""
	}
	out := s.text[toks[i].start:toks[j-1].end]
	if d.lowerInitial(si, i) {
		out = toks[i].lower + out[len(toks[i].text):]
	}
	return out
}

// lowerInitial: a source phrase's first word is capitalized only because
// it opens the sentence ("The White House", "Regional sources").
func (d *doc) lowerInitial(si, i int) bool {
	t := d.sents[si].toks[i]
	if !t.cap || t.acronym {
		return false
	}
	if functionWords[t.lower] || leadDets[t.lower] {
		return true
	}
	if i != 0 {
		return false
	}
	for _, m := range d.ments[si] {
		if m.i <= i && i < m.j && m.kind != mNonActor {
			return false
		}
	}
	return d.lowerSeen[t.lower] || sourceNouns[t.lower] || initialWords[t.lower] || titleMods[t.lower]
}

func words(toks []token, i, j int) int {
	n := 0
	for e := i; e < j; e++ {
		if toks[e].word {
			n++
		}
	}
	return n
}

// statementOwner finds X in "(a|the) statement by X" and "X's
// statement"; {-1, -1} when the phrase is not of that form.
func statementOwner(toks []token, i, j int) [2]int {
	for e := i; e < j; e++ {
		if !statementNouns[toks[e].lower] {
			continue
		}
		if e+2 < j && (toks[e+1].lower == "by" || toks[e+1].lower == "from") {
			return [2]int{e + 2, j}
		}
		if e-1 > i && (toks[e-1].text == "'s" || toks[e-1].text == "'") {
			return [2]int{i, e - 1}
		}
		if e-2 > i && (toks[e-2].text == "'s" || toks[e-2].text == "'") && !toks[e-1].cap {
			return [2]int{i, e - 2} // "Hamas' latest statement"
		}
	}
	return [2]int{-1, -1}
}

// statementOnly: the phrase is a statement without its author: "The
// statement", "the same statement".
func statementOnly(toks []token, i, j int) bool {
	if !statementNouns[toks[j-1].lower] {
		return false
	}
	for e := i; e < j-1; e++ {
		if toks[e].cap && !functionWords[toks[e].lower] {
			return false
		}
	}
	return true
}

// recentStatement: the author of the statement a nearby earlier sentence
// cites ("A statement by the group said ... The statement added ...").
func (d *doc) recentStatement(si int) string {
	for p := si - 1; p >= 0 && si-p <= 3; p-- {
		toks := d.sents[p].toks
		for e := range toks {
			if !statementNouns[toks[e].lower] || d.sents[p].quoted[e] {
				continue
			}
			var end int
			for end = e + 1; end < len(toks) && end-e <= maxAttrWords+2; end++ {
				if !toks[end].word && toks[end].text != "'s" || clauseBreaks[toks[end].lower] || weekdays[toks[end].lower] > 0 || toks[end].lower == "on" {
					break
				}
			}
			if o := statementOwner(toks, max(0, e-4), end); o[0] >= 0 {
				start := o[0]
				if o[1] < e {
					// "X's statement": X runs back to the clause start.
					for start = o[1]; start > 0 && toks[start-1].word && !clauseBreaks[toks[start-1].lower] && !preps[toks[start-1].lower]; start-- {
					}
				}
				return d.sourceSpan(p, start, o[1])
			}
		}
	}
	return ""
}

// quotedSpeaker: "IRNA quoted Araghchi as saying" and "Araghchi was
// quoted (by IRNA) as saying" claim for Araghchi.
func (d *doc) quotedSpeaker(si, as int) string {
	toks := d.sents[si].toks
	for e := as - 1; e >= 0 && as-e <= 12; e-- {
		if toks[e].lower != "quoted" {
			continue
		}
		if e > 0 && (toks[e-1].lower == "was" || toks[e-1].lower == "were" || toks[e-1].lower == "been") {
			w := e - 1
			if w > 0 && toks[w-1].lower == "has" || w > 0 && toks[w-1].lower == "had" || w > 0 && toks[w-1].lower == "have" {
				w--
			}
			return d.sourceBefore(si, w)
		}
		return d.sourceSpan(si, e+1, as)
	}
	return ""
}

// clauseSubject: the subject of the clause a participle ("..., saying")
// hangs on: its opening names ("Hamas issued a statement, saying").
func (d *doc) clauseSubject(si, v int) string {
	toks := d.sents[si].toks
	e := v - 1
	for e >= 0 && toks[e].text == "," {
		e--
	}
	a := e
	for a > 0 && !clauseBreaks[toks[a-1].lower] && !leadStops[toks[a-1].lower] && toks[a-1].text != ";" && !d.sents[si].quoted[a-1] {
		a--
	}
	j := a
	for j <= e && (toks[j].cap || leadDets[toks[j].lower] || toks[j].text == "'s" || toks[j].text == "-" && toks[j].glued ||
		sourceNouns[toks[j].lower] || titleHeads[toks[j].lower] || titleMods[toks[j].lower] || orgHeads[toks[j].lower]) {
		j++
	}
	if j == a || j > e || toks[j].cap || !toks[j].word {
		return ""
	}
	return d.sourceSpan(si, a, j)
}

// deniesOccurrence: the denial at v is of the meeting at k taking place
// ("denied meeting Y", "denied that Putin met Witkoff", "denied reports
// of a meeting", "denied that any talks took place"), not of something
// said about it ("denied that the meeting was tense").
func (d *doc) deniesOccurrence(si, v, k int) bool {
	s := &d.sents[si]
	toks := s.toks
	if k-v > 14 {
		return false
	}
	that := -1
	for e := v + 1; e < k; e++ {
		l := toks[e].lower
		if l == "not" || l == "n't" || l == "never" || l == "no" || clauseBreaks[l] && l != "that" || s.quoted[e] {
			return false
		}
		if l == "that" && that < 0 {
			that = e
		}
	}
	noun := meetingNouns[toks[k].lower]
	if that < 0 {
		// "denied meeting Y", "denied holding direct talks with Y",
		// "denied reports of a meeting": only filler in between.
		for e := v + 1; e < k; e++ {
			if !denyFiller[toks[e].lower] {
				return false
			}
		}
		return true
	}
	for e := v + 1; e < that; e++ {
		if !denyFiller[toks[e].lower] && !toks[e].cap {
			return false // "denied a report by the WSJ that ..."
		}
	}
	if !noun {
		return true // "denied that Putin (had) met Witkoff"
	}
	// A noun: "denied that any meeting took place".
	_, ce := s.clause(k)
	for e := k + 1; e+1 < ce; e++ {
		l, n := toks[e].lower, toks[e+1].lower
		if (l == "took" || l == "taken" || l == "take" || l == "taking") && n == "place" ||
			(l == "was" || l == "were" || l == "been" || l == "be") && n == "held" ||
			l == "occurred" || l == "happened" || l == "existed" {
			return true
		}
	}
	return false
}

// denyFiller may stand between a denial and the meeting denied.
var denyFiller = lex("denyFiller")

// cancelVerbs report that a meeting was called off.
var cancelVerbs = lex("cancelVerbs")

// hedges before a cancellation make it no fact: "threatened to cancel",
// "could be called off", "was not cancelled".
var hedges = lex("hedges")

// cancelFiller may stand between a cancellation and the meeting:
// "cancelled his planned Budapest summit with".
var cancelFiller = lex("cancelFiller")

// cancelled: the clause of the meeting at k says it was called off
// ("cancelled the summit", "talks were called off", "postponed
// indefinitely"). Planned talks that "did not occur" stay planned: the
// text does not say they were called off.
func (d *doc) cancelled(toks []token, k, cs int) bool {
	hedged := func(e int) bool {
		return anyWord(toks, max(cs, e-3), e, hedges)
	}
	isCancel := func(e int) (int, bool) { // the cancel phrase at e and its last token
		l := toks[e].lower
		if cancelVerbs[l] {
			return e, true
		}
		if (l == "called" || l == "call" || l == "calls" || l == "calling") && e+1 < len(toks) && toks[e+1].lower == "off" {
			return e + 1, true
		}
		if (l == "postponed" || l == "suspended") && e+1 < len(toks) && toks[e+1].lower == "indefinitely" ||
			l == "indefinitely" && e+1 < len(toks) && (toks[e+1].lower == "postponed" || toks[e+1].lower == "suspended") {
			return e + 1, true
		}
		return e, false
	}
	// Before: "X cancelled the planned summit with Y", "the cancellation
	// of the talks".
	for e := max(cs, k-6); e < k; e++ {
		if last, ok := isCancel(e); ok && !hedged(e) {
			filler := true
			for f := last + 1; f < k; f++ {
				if !cancelFiller[toks[f].lower] && !toks[f].cap && !isTimeWord(toks[f]) {
					filler = false
				}
			}
			if filler {
				return true
			}
		}
	}
	// After: "the meeting ... was called off", "the summit, which was
	// scheduled for Friday, has been cancelled".
	for e := k + 1; e < len(toks) && e-k <= 24; e++ {
		if clauseBreaks[toks[e].lower] && toks[e].lower != "that" && toks[e].lower != "which" {
			break
		}
		l := toks[e].lower
		if last, ok := isCancel(e); ok {
			if hedged(e) || l == "cancel" || l == "cancels" || l == "cancelling" || l == "canceling" || l == "scraps" || l == "scrapping" {
				return false
			}
			p := toks[e-1].lower
			passive := p == "been" || p == "was" || p == "were" || p == "be" || p == "is" || p == "are" || p == "got" || p == "indefinitely"
			// "the summit, cancelled last week," but not "..., cancelled
			// his trip".
			participle := p == "," && (last+1 >= len(toks) || !cancelFiller[toks[last+1].lower] && !toks[last+1].cap)
			return passive || participle
		}
	}
	return false
}

// finalStatus settles a meeting's status against cancellations and
// denials.
func finalStatus(st graph.Status, cancelled, denied bool) graph.Status {
	switch {
	case denied:
		return graph.Denied
	case cancelled:
		return graph.Cancelled
	}
	return st
}
