package meeting

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

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
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
func (d *Reader) attribution(si, k int) (string, bool) {
	s := &d.Sents[si]
	if a, deny, ok := d.leadingSource(si, k); ok {
		return a, deny
	}
	if a, ok := d.trailingSource(si, k); ok {
		return a, false
	}
	// "The ministry said in a statement:" on the line before.
	if si > 0 {
		p := &d.Sents[si-1]
		if p.Line == s.Line-1 || p.Line == s.Line {
			if n := len(p.Toks); n > 2 && p.Toks[n-1].Text == ":" {
				for v := n - 2; v >= 0 && v >= n-10; v-- {
					if reportVerbs[p.Toks[v].Lower] && !denyVerbs[p.Toks[v].Lower] && d.verbReading(si-1, v) {
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
func (d *Reader) verbReading(si, v int) bool {
	toks := d.Sents[si].Toks
	if d.Sents[si].Quoted[v] {
		return false
	}
	if v > 0 && notVerbBefore[toks[v-1].Lower] {
		return false
	}
	if v > 1 && (toks[v-2].Lower == "not" || toks[v-2].Lower == "n't" || toks[v-2].Lower == "never") {
		return false // "did not publicly confirm"
	}
	if ambiguousVerbs[toks[v].Lower] {
		// "Reuters reports", "state media reports"; not "denied reports".
		if v == 0 || nounBefore[toks[v-1].Lower] {
			return false
		}
		p := toks[v-1]
		if !(p.Cap && !functionWords[p.Lower]) && !sourceNouns[p.Lower] && !orgHeads[p.Lower] && !titleHeads[p.Lower] && !groupNouns[p.Lower] {
			return false
		}
	}
	return true
}

// leadingSource: a reporting verb before the meeting whose claim holds it.
func (d *Reader) leadingSource(si, k int) (string, bool, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	for e := k - 1; e >= 0 && k-e <= 45; e-- {
		l := toks[e].Lower
		if s.Quoted[e] {
			continue
		}
		if leadStops[l] || l == "and" && e > 0 && toks[e-1].Text == "," {
			return "", false, false // the meeting is in a clause of its own
		}
		if l == "according" && e+1 < k && toks[e+1].Lower == "to" {
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
		case l == "saying" && e > 0 && toks[e-1].Lower == "as":
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
		if a == "" && !(e > 0 && pronouns[toks[e-1].Lower]) || !d.deniesOccurrence(si, e, k) {
			return "", false, false
		}
		return a, true, true
	}
	return "", false, false
}

// claimHolds: the meeting at k is in the complement of the reporting verb
// at v, not in an adjunct of it or after a quotation it reports.
func (d *Reader) claimHolds(si, v, k int) bool {
	s := &d.Sents[si]
	toks := s.Toks
	c := d.skipAdjuncts(si, v+1, k)
	if c >= k {
		return c == k // the trigger right after: "denied meeting Y"
	}
	if toks[c].Text == "\"" {
		return false // the verb reports a quotation
	}
	if complementStops[toks[c].Lower] {
		for e := c + 1; e < k; e++ {
			if toks[e].Lower == "that" && !s.Quoted[e] {
				return true // "said in Doha that ..."
			}
		}
		return false
	}
	return true
}

// skipAdjuncts passes the recipient, time and medium of a report:
// "told CBS News on Saturday", "said in a statement on Friday that".
func (d *Reader) skipAdjuncts(si, c, limit int) int {
	toks := d.Sents[si].Toks
	told := c > 0 && (toks[c-1].Lower == "told" || toks[c-1].Lower == "tells" || toks[c-1].Lower == "informed")
	for c < limit {
		t := toks[c]
		switch {
		case t.Lower == "that" && c+1 < limit:
			return c + 1
		case (t.Lower == "in" || t.Lower == "at" || t.Lower == "on" || t.Lower == "via" || t.Lower == "during") && statementAhead(toks, c+1, min(limit, c+5)) > 0:
			c = statementAhead(toks, c+1, min(limit, c+5)) + 1
			// "in an interview with CNN", "in a post on X"
			if c < limit && (toks[c].Lower == "with" || toks[c].Lower == "on" || toks[c].Lower == "to") {
				c++
				for c < limit && (toks[c].Cap || toks[c].Lower == "the" || toks[c].Lower == "'s" || toks[c].Lower == "media") {
					c++
				}
			}
		case told && (t.Cap || recipientWords[t.Lower]) && !(t.Lower == "the" && c+1 < limit && frame.Triggers[toks[c+1].Lower] > 0):
			c++
		case frame.IsTimeWord(t) && !(t.Lower == "in" || t.Lower == "on" || t.Lower == "the" || t.Lower == "a" || t.Lower == "an" || t.Lower == "this" || t.Lower == "that"):
			c++
		case (t.Lower == "on" || t.Lower == "last" || t.Lower == "this" || t.Lower == "earlier" || t.Lower == "late") && c+1 < limit && frame.IsTimeWord(toks[c+1]):
			c++
		case t.Text == "," || t.Text == ":" || (t.Text == "-" && !t.Glued):
			c++
		default:
			return c
		}
	}
	return c
}

// statementAhead returns the index of a statement noun in toks[i:j], or
// -1.
func statementAhead(toks []text.Token, i, j int) int {
	for e := i; e < j && e < len(toks); e++ {
		if statementNouns[toks[e].Lower] {
			return e
		}
		if frame.Triggers[toks[e].Lower] > 0 || !toks[e].Word && toks[e].Text != "'s" && toks[e].Text != "-" {
			return -1
		}
	}
	return -1
}

// trailingSource: a reporting clause after the meeting: "..., a source
// said", "..., said the ministry", "... according to a news site".
func (d *Reader) trailingSource(si, k int) (string, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	for e := k + 1; e < len(toks) && e-k <= 45; e++ {
		l := toks[e].Lower
		if s.Quoted[e] {
			continue
		}
		if trailStops[l] {
			return "", false
		}
		if l == "according" && e+1 < len(toks) && toks[e+1].Lower == "to" {
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
		for b > k && toks[b].Word || b > k && (toks[b].Text == "'s" || toks[b].Text == "'" || toks[b].Text == "-" && toks[b].Glued || toks[b].Text == ".") {
			b--
		}
		if b <= k || !(toks[b].Text == "," || toks[b].Text == "-" || toks[b].Text == "(" || toks[b].Text == "\"") {
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
		if after < len(toks) && toks[after].Text == "," {
			return a, true
		}
		c := d.skipAdjuncts(si, after, len(toks))
		if c < len(toks) && toks[c].Word && toks[c].Lower != "and" && toks[c].Lower != "adding" {
			return "", false
		}
		if c < len(toks) && toks[c].Lower == "that" {
			return "", false
		}
		return a, true
	}
	return "", false
}

// sourceBefore: the source phrase ending just before the reporting verb at
// v, back to the start of its clause.
func (d *Reader) sourceBefore(si, v int) string {
	s := &d.Sents[si]
	toks := s.Toks
	a := v
	for a > 0 {
		t := toks[a-1]
		if s.Quoted[a-1] || t.Text == "\"" || frame.ClauseBreaks[t.Lower] || leadStops[t.Lower] || t.Text == "," ||
			t.Text == ":" || t.Text == "(" || t.Text == ")" || t.Text == "-" && !t.Glued || t.Lower == "and" && !(a-2 >= 0 && toks[a-2].Cap && toks[a].Cap) {
			break
		}
		if frame.Triggers[t.Lower] > 0 && !statementNouns[t.Lower] {
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
func (d *Reader) sourceAfter(si, i int, cites bool) (string, int) {
	s := &d.Sents[si]
	toks := s.Toks
	j := i
	for j < len(toks) {
		t := toks[j]
		if s.Quoted[j] || !t.Word && t.Text != "'s" && t.Text != "'" && !(t.Text == "-" && t.Glued) && t.Text != "." && t.Text != "&" ||
			frame.ClauseBreaks[t.Lower] || leadStops[t.Lower] || t.Lower == "and" && !(j+1 < len(toks) && toks[j+1].Cap && j > i && toks[j-1].Cap) ||
			t.Lower == "citing" || t.Lower == "quoting" || j > i && (lexicon.Weekdays[t.Lower] > 0 || t.Lower == "on" || t.Lower == "last") {
			break
		}
		if t.Text == "." && (j+1 >= len(toks) || !toks[j].Glued) {
			break
		}
		j++
	}
	a := d.sourceSpan(si, i, j)
	if a != "" && cites && documentHeads[toks[j-1].Lower] {
		return "", j
	}
	return a, j
}

// sourceSpan vets and writes the source phrase toks[i:j].
func (d *Reader) sourceSpan(si, i, j int) string {
	s := &d.Sents[si]
	toks := s.Toks
	// Trim time and adverbs at the end: "Another statement by Hamas on
	// Thursday", "Qatar then unexpectedly".
	for j > i {
		t := toks[j-1]
		if frame.IsTimeWord(t) && t.Lower != "a" && t.Lower != "an" && t.Lower != "the" || !t.Cap && strings.HasSuffix(t.Lower, "ly") && t.Lower != "daily" ||
			t.Lower == "also" || t.Lower == "then" || t.Lower == "have" || t.Lower == "has" || t.Lower == "had" ||
			t.Lower == "previously" || t.Lower == "separately" || t.Lower == "later" || t.Lower == "on" || t.Lower == "of" {
			j--
			continue
		}
		break
	}
	for i < j && (toks[i].Text == "," || toks[i].Text == "-" || toks[i].Text == "\"") {
		i++
	}
	if i >= j {
		return ""
	}
	if words(toks, i, j) > maxAttrWords {
		// A run-on line: the source begins at its last determiner that
		// no preposition governs ("... Gantz A State Department spokesman").
		for p := j - 1; p > i; p-- {
			if leadDets[toks[p].Lower] && !preps[toks[p-1].Lower] {
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
	if j-i == 1 && pronouns[toks[i].Lower] {
		return ""
	}
	head := false
	for e := i; e < j; e++ {
		t := toks[e]
		if frame.Triggers[t.Lower] > 0 && !statementNouns[t.Lower] || pronouns[t.Lower] && e == i && t.Lower != "this" && t.Lower != "both" {
			return ""
		}
		if t.Cap && !functionWords[t.Lower] || sourceNouns[t.Lower] || titleHeads[t.Lower] || orgHeads[t.Lower] || groupNouns[t.Lower] || groupHeads[t.Lower] {
			head = true
		}
	}
	if !head {
		return ""
	}
	out := s.Text[toks[i].Start:toks[j-1].End]
	if d.lowerInitial(si, i) {
		out = toks[i].Lower + out[len(toks[i].Text):]
	}
	return out
}

// lowerInitial: a source phrase's first word is capitalized only because
// it opens the sentence ("The White House", "Regional sources").
func (d *Reader) lowerInitial(si, i int) bool {
	t := d.Sents[si].Toks[i]
	if !t.Cap || t.Acronym {
		return false
	}
	if functionWords[t.Lower] || leadDets[t.Lower] {
		return true
	}
	if i != 0 {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I <= i && i < m.J && m.Kind != mention.NonActor {
			return false
		}
	}
	return d.lowerSeen[t.Lower] || sourceNouns[t.Lower] || initialWords[t.Lower] || titleMods[t.Lower]
}

func words(toks []text.Token, i, j int) int {
	n := 0
	for e := i; e < j; e++ {
		if toks[e].Word {
			n++
		}
	}
	return n
}

// statementOwner finds X in "(a|the) statement by X" and "X's
// statement"; {-1, -1} when the phrase is not of that form.
func statementOwner(toks []text.Token, i, j int) [2]int {
	for e := i; e < j; e++ {
		if !statementNouns[toks[e].Lower] {
			continue
		}
		if e+2 < j && (toks[e+1].Lower == "by" || toks[e+1].Lower == "from") {
			return [2]int{e + 2, j}
		}
		if e-1 > i && (toks[e-1].Text == "'s" || toks[e-1].Text == "'") {
			return [2]int{i, e - 1}
		}
		if e-2 > i && (toks[e-2].Text == "'s" || toks[e-2].Text == "'") && !toks[e-1].Cap {
			return [2]int{i, e - 2} // "Hamas' latest statement"
		}
	}
	return [2]int{-1, -1}
}

// statementOnly: the phrase is a statement without its author: "The
// statement", "the same statement".
func statementOnly(toks []text.Token, i, j int) bool {
	if !statementNouns[toks[j-1].Lower] {
		return false
	}
	for e := i; e < j-1; e++ {
		if toks[e].Cap && !functionWords[toks[e].Lower] {
			return false
		}
	}
	return true
}

// recentStatement: the author of the statement a nearby earlier sentence
// cites ("A statement by the group said ... The statement added ...").
func (d *Reader) recentStatement(si int) string {
	for p := si - 1; p >= 0 && si-p <= 3; p-- {
		toks := d.Sents[p].Toks
		for e := range toks {
			if !statementNouns[toks[e].Lower] || d.Sents[p].Quoted[e] {
				continue
			}
			var end int
			for end = e + 1; end < len(toks) && end-e <= maxAttrWords+2; end++ {
				if !toks[end].Word && toks[end].Text != "'s" || frame.ClauseBreaks[toks[end].Lower] || lexicon.Weekdays[toks[end].Lower] > 0 || toks[end].Lower == "on" {
					break
				}
			}
			if o := statementOwner(toks, max(0, e-4), end); o[0] >= 0 {
				start := o[0]
				if o[1] < e {
					// "X's statement": X runs back to the clause start.
					for start = o[1]; start > 0 && toks[start-1].Word && !frame.ClauseBreaks[toks[start-1].Lower] && !preps[toks[start-1].Lower]; start-- {
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
func (d *Reader) quotedSpeaker(si, as int) string {
	toks := d.Sents[si].Toks
	for e := as - 1; e >= 0 && as-e <= 12; e-- {
		if toks[e].Lower != "quoted" {
			continue
		}
		if e > 0 && (toks[e-1].Lower == "was" || toks[e-1].Lower == "were" || toks[e-1].Lower == "been") {
			w := e - 1
			if w > 0 && toks[w-1].Lower == "has" || w > 0 && toks[w-1].Lower == "had" || w > 0 && toks[w-1].Lower == "have" {
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
func (d *Reader) clauseSubject(si, v int) string {
	toks := d.Sents[si].Toks
	e := v - 1
	for e >= 0 && toks[e].Text == "," {
		e--
	}
	if e < 0 {
		return "" // "Saying that ..., A and B met": the participle opens the sentence
	}
	a := e
	for a > 0 && !frame.ClauseBreaks[toks[a-1].Lower] && !leadStops[toks[a-1].Lower] && toks[a-1].Text != ";" && !d.Sents[si].Quoted[a-1] {
		a--
	}
	j := a
	for j <= e && (toks[j].Cap || leadDets[toks[j].Lower] || toks[j].Text == "'s" || toks[j].Text == "-" && toks[j].Glued ||
		sourceNouns[toks[j].Lower] || titleHeads[toks[j].Lower] || titleMods[toks[j].Lower] || orgHeads[toks[j].Lower]) {
		j++
	}
	if j == a || j > e || toks[j].Cap || !toks[j].Word {
		return ""
	}
	return d.sourceSpan(si, a, j)
}

// deniesOccurrence: the denial at v is of the meeting at k taking place
// ("denied meeting Y", "denied that Putin met Witkoff", "denied reports
// of a meeting", "denied that any talks took place"), not of something
// said about it ("denied that the meeting was tense").
func (d *Reader) deniesOccurrence(si, v, k int) bool {
	s := &d.Sents[si]
	toks := s.Toks
	if k-v > 14 {
		return false
	}
	that := -1
	for e := v + 1; e < k; e++ {
		l := toks[e].Lower
		if l == "not" || l == "n't" || l == "never" || l == "no" || frame.ClauseBreaks[l] && l != "that" || s.Quoted[e] {
			return false
		}
		if l == "that" && that < 0 {
			that = e
		}
	}
	noun := frame.MeetingNouns[toks[k].Lower]
	if that < 0 {
		// "denied meeting Y", "denied holding direct talks with Y",
		// "denied reports of a meeting": only filler in between.
		for e := v + 1; e < k; e++ {
			if !denyFiller[toks[e].Lower] {
				return false
			}
		}
		return true
	}
	for e := v + 1; e < that; e++ {
		if !denyFiller[toks[e].Lower] && !toks[e].Cap {
			return false // "denied a report by the WSJ that ..."
		}
	}
	if !noun {
		return true // "denied that Putin (had) met Witkoff"
	}
	// A noun: "denied that any meeting took place".
	_, ce := s.Clause(k)
	for e := k + 1; e+1 < ce; e++ {
		l, n := toks[e].Lower, toks[e+1].Lower
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
func (d *Reader) cancelled(toks []text.Token, k, cs int) bool {
	hedged := func(e int) bool {
		return frame.AnyWord(toks, max(cs, e-3), e, hedges)
	}
	isCancel := func(e int) (int, bool) { // the cancel phrase at e and its last token
		l := toks[e].Lower
		if cancelVerbs[l] {
			return e, true
		}
		if (l == "called" || l == "call" || l == "calls" || l == "calling") && e+1 < len(toks) && toks[e+1].Lower == "off" {
			return e + 1, true
		}
		if (l == "postponed" || l == "suspended") && e+1 < len(toks) && toks[e+1].Lower == "indefinitely" ||
			l == "indefinitely" && e+1 < len(toks) && (toks[e+1].Lower == "postponed" || toks[e+1].Lower == "suspended") {
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
				if !cancelFiller[toks[f].Lower] && !toks[f].Cap && !frame.IsTimeWord(toks[f]) {
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
		if frame.ClauseBreaks[toks[e].Lower] && toks[e].Lower != "that" && toks[e].Lower != "which" {
			break
		}
		l := toks[e].Lower
		if last, ok := isCancel(e); ok {
			if hedged(e) || l == "cancel" || l == "cancels" || l == "cancelling" || l == "canceling" || l == "scraps" || l == "scrapping" {
				return false
			}
			p := toks[e-1].Lower
			passive := p == "been" || p == "was" || p == "were" || p == "be" || p == "is" || p == "are" || p == "got" || p == "indefinitely"
			// "the summit, cancelled last week," but not "..., cancelled
			// his trip".
			participle := p == "," && (last+1 >= len(toks) || !cancelFiller[toks[last+1].Lower] && !toks[last+1].Cap)
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
