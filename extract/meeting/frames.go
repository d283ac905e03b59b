package meeting

// Meeting frames whose participants stand outside the trigger's clause:
// a fronted adjunct ("During talks in Lima on Sunday, A and B agreed
// ...", "After talks that lasted four hours, the leaders, A and B,
// issued ...") and a speaker who reports from the meeting ("A said at a
// meeting with B that ...", "A said after the meeting with B ...").

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// frontPreps open a sentence-initial adjunct that can hold a meeting.
var frontPreps = lex("frontPreps")

// frontedParts: when the trigger at k sits in an adjunct opening the
// sentence, the people of the main clause after its comma took part.
func (d *Reader) frontedParts(si, k int) []int {
	s := &d.Sents[si]
	toks := s.Toks
	if len(toks) == 0 || !frontPreps[toks[0].Lower] || k > 12 || !frame.MeetingNouns[toks[k].Lower] {
		return nil
	}
	c := frontedComma(toks, k)
	if c < 0 {
		return nil
	}
	var out []int
	_, ce := s.Clause(c + 1)
	// Only the main clause's first conjunct: "During the visit, he was
	// received by A and held talks with B" does not put A with B.
	_, ce, _, _ = frame.Conjunct(toks, c+1, ce, c+1)
	// "In a meeting, A told B that ...": the clause of what was told
	// starts after B, whom A told at the meeting.
	if ce+1 < len(toks) && toks[ce].Lower == "told" {
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I > ce && m.I <= ce+6 && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
				ce = m.J
				break
			}
		}
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I <= c || m.J > ce || !d.arg.Eligible(si, m) || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if !containsInt(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	return out
}

// frontedComma is the comma closing a sentence-initial adjunct that holds
// the meeting noun at k, or -1.
func frontedComma(toks []text.Token, k int) int {
	for e := k + 1; e < len(toks) && e < k+25; e++ {
		if toks[e].Text == "," {
			if e+1 >= len(toks) {
				return -1
			}
			return e
		}
	}
	return -1
}

// reportingSpeaker: "A said at a meeting with B", "A told reporters after
// the talks with B": the speaker of a reporting verb just before a
// prepositional phrase holding the trigger at k was at the meeting. "A
// told B in a phone call": the person told, between the verb and the
// phrase, was too (the second result, or -1).
func (d *Reader) reportingSpeaker(si, k int) (int, int) {
	toks := d.Sents[si].Toks
	if !frame.MeetingNouns[toks[k].Lower] {
		return -1, -1
	}
	p := -1
	for e := k - 1; e >= 0 && e >= k-10; e-- {
		if frontPreps[toks[e].Lower] {
			p = e
			break
		}
		if toks[e].Text == "," || frame.ClauseBreaks[toks[e].Lower] {
			break
		}
	}
	if p < 1 || p < k-4 && !gerundAfter(toks, p, k) {
		return -1, -1
	}
	addressee := -1
	if p >= 2 && (toks[p-1].Lower == "this" || toks[p-1].Lower == "so") && speechVerbs[toks[p-2].Lower] {
		p-- // "A said this after co-chairing the meeting with B" (p109)
	}
	if p >= 2 && recipientWords[toks[p-1].Lower] && speechVerbs[toks[p-2].Lower] {
		// "A told reporters after meeting B": the audience is no one
		// at the meeting.
		p--
	}
	if !speechVerbs[toks[p-1].Lower] {
		// "told B in a call": B is a person between the verb and "in".
		m := d.MentionEndingAt(si, p)
		if m == nil || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
			return -1, -1
		}
		v := m.I - 1
		for v > 0 && (toks[v].Cap && toks[v].Word || toks[v].Text == "." && toks[v-1].Cap && toks[v-1].Word) {
			v-- // the addressee's title: "told Minister B", "told Mr. B"
		}
		if v < 1 || toks[v].Lower != "told" {
			return -1, -1
		}
		addressee, p = m.Actor, v+1
	}
	v := p - 1
	if addressee >= 0 && v >= 2 && tellerAux[toks[v-1].Lower] {
		v-- // "A had told B during their talks": the teller is before the auxiliary
	}
	if a := d.subjectBefore(si, v); a >= 0 {
		return a, addressee
	}
	if addressee >= 0 && v >= 3 && (toks[v-1].Lower == "he" || toks[v-1].Lower == "she") {
		// "A said (that) he had told B during their talks in X": the
		// pronoun after the speech verb is its speaker, who tells in
		// reported speech of talks he had with B (the hundred-and-thirtieth round).
		e := v - 2
		if toks[e].Lower == "that" {
			e--
		}
		if e >= 1 && saidVerbs[toks[e].Lower] {
			if a := d.subjectBefore(si, e); a >= 0 {
				return a, addressee
			}
		}
	}
	return -1, -1
}

// tellerAux stand between the teller and "told": "A had told B".
var tellerAux = lex("tellerAux")

// saidVerbs report what a speaker said of himself: "A said he had told
// B".
var saidVerbs = lex("saidVerbs")

// subjectBefore: the person whose mention ends right before the verb at
// v, past an aside between commas ("A, for his part, told ..."), or the
// person a pronoun opening the sentence stands for; -1 when none.
func (d *Reader) subjectBefore(si, v int) int {
	toks := d.Sents[si].Toks
	if v >= 2 && toks[v-1].Text == "," {
		// "A, for his part, told reporters ...": past the aside.
		found := false
		for c := v - 2; c > 0 && c >= v-6; c-- {
			if toks[c].Text == "," {
				v, found = c, true
				break
			}
		}
		if c := participleOpening(toks, v-1); !found && c > 0 {
			// "A, leading a delegation to the inauguration of B,
			// arrived in X": past the participle's aside on the subject.
			if m := d.MentionEndingAt(si, c); m != nil && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return m.Actor
			}
		}
		if c := relativeOpening(toks, v-1); !found && c > 0 {
			// "A, who was accompanied by B, chairman of C, told
			// reporters ...": past the relative clause on the subject.
			v = c
		}
	}
	if m := d.MentionEndingAt(si, v); m != nil && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
		return m.Actor
	}
	if v == 1 {
		// "He said this after meeting B": the pronoun opening the
		// sentence is the person the sentence before is about.
		if a := d.ref.PronounAntecedent(si, 0); a >= 0 {
			return a
		}
	}
	return -1
}

// appositionStart: the comma that opens an apposition of a post ("X, the
// British foreign secretary,") closed by the comma at end, within eight
// tokens before it, or -1.
func appositionStart(toks []text.Token, end int) int {
	for c := end - 2; c > 0 && c >= end-8; c-- {
		if toks[c].Text == "," {
			if appositionDets[toks[c+1].Lower] {
				return c
			}
			return -1
		}
	}
	return -1
}

// titleApposition is the comma opening a bare title set after a name
// and closed by the comma at end, as official releases write their
// guests: "X, President of Y, who subsequently met Z" (the
// hundred-and-ninety-sixth round). The title word opens it, capitalized,
// with no determiner (appositionStart reads "X, the president of Y,");
// -1 when no such title stands there.
func titleApposition(toks []text.Token, end int) int {
	for c := end - 2; c > 0 && c >= end-8; c-- {
		if toks[c].Text == "," {
			if t := toks[c+1]; t.Word && t.Cap && mention.IsTitleWord(t.Lower) {
				return c
			}
			return -1
		}
	}
	return -1
}

// apposedSubordinate: the clause at cs opens with a subordinator (a
// clause break: "since", "after") inside an apposition set after the
// sentence's subject, "X, the first leader to visit Y since Z took
// office, talked with W", and the apposition's closing comma stands right
// before the predicate at k. It returns that comma and the comma opening
// the apposition (where the subject's mention ends), or (-1, -1).
func apposedSubordinate(toks []text.Token, cs, k int) (int, int) {
	c := k - 1
	if c > cs+2 && asidePredicateAdverbs[toks[c].Lower] && toks[c-1].Text == "," {
		c-- // "X, on his third trip to Y since ..., also met Z"
	}
	if cs < 2 || c < cs+1 || toks[c].Text != "," {
		return -1, -1
	}
	for e := cs; e < c; e++ {
		if !toks[e].Word && toks[e].Text != "-" && toks[e].Text != "'" && toks[e].Text != "." {
			return -1, -1 // one plain clause up to the closing comma
		}
	}
	a := -1
	for e := cs - 2; e > 0; e-- {
		if toks[e].Text == "," {
			a = e
			break
		}
		if !toks[e].Word && toks[e].Text != "-" && toks[e].Text != "'" && toks[e].Text != "." {
			return -1, -1
		}
	}
	if a < 1 || !appositionDets[toks[a+1].Lower] && !journeyAside(toks, a, cs) {
		return -1, -1
	}
	for e := 0; e < a; e++ {
		if !toks[e].Word && toks[e].Text != "." {
			return -1, -1 // the subject opens the sentence, no clause before it
		}
	}
	return c, a
}

// journeyAside: the aside opened by the comma at a is a preposition and a
// possessive before a noun of its own, ending before the subordinator at
// cs — "X, on his first visit to Y since taking office, met Z", "X,
// during her third trip to Y since ..., held talks": it tells the
// subject's journey, as an apposition does, and the predicate after it is
// the subject's (issue 14's five-hundred-and-thirty-second round; p3225,
// p2521, p1805).
func journeyAside(toks []text.Token, a, cs int) bool {
	return a+3 < cs && journeyAsidePreps[toks[a+1].Lower] && asidePossessives[toks[a+2].Lower]
}

// relativeReach is how far back relativeSubjects looks for the "who" of
// the relative clause that ends where the predicate's clause starts.
const relativeReach = 24

// relativeOpening: the comma that opens a relative clause on a person
// (", who", ", whom") closed by the comma at end, within 30 tokens before
// it, or -1; the clause may hold commas of its own (an apposition: ", who
// was accompanied by B, chairman of C,").
func relativeOpening(toks []text.Token, end int) int {
	for c := end - 2; c > 0 && c >= end-30; c-- {
		if toks[c].Text == ";" || toks[c].Text == "\"" {
			return -1
		}
		if (toks[c+1].Lower == "who" || toks[c+1].Lower == "whom") && toks[c].Text == "," {
			return c
		}
	}
	return -1
}

// participleOpening: the comma that opens a present participle's aside
// closed by the comma at end — "A, leading a special delegation to the
// inauguration of B, arrived" — within thirty words; -1 when there is
// none. The aside tells what the subject does; B, named in it, is no
// subject of the verb after it (the two-hundred-and-fifty-fourth round,
// p1560).
func participleOpening(toks []text.Token, end int) int {
	for c := end - 2; c > 0 && c >= end-30; c-- {
		if toks[c].Text == ";" || toks[c].Text == "\"" {
			return -1
		}
		if toks[c].Text != "," {
			continue
		}
		n := toks[c+1]
		if n.Word && !n.Cap && len(n.Lower) > 4 && strings.HasSuffix(n.Lower, "ing") {
			return c
		}
		return -1 // the nearest comma opens no participle: another aside
	}
	return -1
}

// gerundAfter: a gerund stands between the preposition at p and the
// meeting noun at k, whose phrase it governs: "after co-chairing the
// border committee meeting with B" (p109), "after attending the talks".
func gerundAfter(toks []text.Token, p, k int) bool {
	for e := p + 1; e < k; e++ {
		if strings.HasSuffix(toks[e].Lower, "ing") && len(toks[e].Lower) > 4 {
			return true
		}
	}
	return false
}

// relativeSubjects: "A and B, who were last together in Lima, met in
// Oslo": the predicate after a relative clause has for subject the people
// named before "who" (or "whose", "whom"), when they open the sentence. A
// parenthetical a participle opens reads the same ("X, sworn in that
// August, first met Y"), and so does one holding a clause break ("that",
// "before") when a comma closes it before the predicate.
//
// The "who" is looked for up to relativeReach tokens back: the old
// broadsheets' relative clauses run long ("A and B, who had sat next to
// each other at every session of the council since C joined it, dined
// together"; the two-hundred-and-seventy-fourth round, p1678), and
// twelve tokens left their subject unread.
func (d *Reader) relativeSubjects(si, cs, k int) []int {
	s := &d.Sents[si]
	toks := s.Toks
	// cs opens the clause after the relative one: find "who" before it.
	w, rel := -1, -1
	for e := cs - 1; e >= 0 && e >= cs-relativeReach; e-- {
		if e > 0 && toks[e-1].Text == "," && (frame.RelativeWords[toks[e].Lower] && toks[e].Lower != "which" || participle(toks[e]) || delegationMembers(toks, e)) {
			w = e
			break
		}
		if a := appositionRelative(toks, e); a > 0 {
			// "X, the retired general who now commands Y, met Z": the
			// apposition and its relative clause stand where "who"
			// alone would.
			w, rel = a, e
			break
		}
	}
	if rel >= 0 && cs-1 == rel && !anyText(toks, cs, k, ",") {
		return nil // the predicate is the relative clause's own
	}
	if w < 2 || toks[w-1].Text != "," || cs < 1 || toks[cs-1].Text != "," && cs-1 != w && !anyText(toks, cs, k, ",") {
		return nil
	}
	if cs-1 == w && !anyText(toks, cs, k, ",") {
		// The predicate is inside the relative clause ("..., Y, who met
		// Z"): its subject is the person just before "who", not the
		// sentence's other people.
		m := d.MentionEndingAt(si, w-1)
		if m != nil && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind != graph.Person && m.I >= 2 && toks[m.I-1].Lower == "of" {
			// "President X of Y, who received the two men": the
			// state after "of" is the person's; the person is the
			// relative's antecedent (the two-hundred-and-sixty-first
			// round, p1600).
			if p := d.MentionEndingAt(si, m.I-1); p != nil && p.Actor >= 0 && d.Cast.Actors[p.Actor].Kind == graph.Person {
				m = p
			}
		}
		if m != nil && m.Actor >= 0 && d.arg.Eligible(si, m) && d.Cast.Actors[m.Actor].Kind == graph.Person {
			if a := d.listedBefore(si, m); a >= 0 && a != m.Actor && d.pairRelative(si, k) {
				// "A and B, who met on Saturday, shook hands": the
				// clause's subject is the pair, when the meeting verb
				// opens the clause (pairRelative; "whose government
				// hosted", "whom X met" tell of another subject, "who
				// were last together in X" of an earlier encounter).
				return []int{a, m.Actor}
			}
			return []int{m.Actor}
		}
		c := appositionStart(toks, w-1)
		if c < 0 && !frame.MeetingNouns[toks[k].Lower] {
			// The bare title's clause must tell the meeting with a verb:
			// "X, Prime Minister of Y, who is on a visit to the
			// Sultanate" tells a trip, no encounter (p977).
			c = titleApposition(toks, w-1)
		}
		if c > 0 {
			// "X, the British foreign secretary, who met Z": the person
			// before the apposition.
			if m := d.MentionEndingAt(si, c); m != nil && m.Actor >= 0 && d.arg.Eligible(si, m) && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return []int{m.Actor}
			}
		}
		return nil
	}
	ss, _ := s.Clause(w - 2)
	if ss != 0 {
		return nil
	}
	var out []int
	end := w - 1
	if delegationMembers(toks, w) {
		end = cs - 1 // the members the relative clause names are the subject's too
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.J <= end && d.arg.Eligible(si, m) && d.Cast.Actors[m.Actor].Kind == graph.Person && !containsInt(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	return out
}

// delegationMembers: "which" at w opens a delegation's member list, "the
// rebel delegation, which included commander X, ...": the delegation
// stands for its people, so the clause reads as "who" would, its members
// among the subject's people.
func delegationMembers(toks []text.Token, w int) bool {
	if toks[w].Lower != "which" || w < 2 || w+1 >= len(toks) || !memberVerbs[toks[w+1].Lower] {
		return false
	}
	// The noun heads the phrase before the comma: "the delegation", "the
	// delegation of the X Front".
	for e := w - 2; e >= 0 && e >= w-10; e-- {
		if !toks[e].Word {
			return false
		}
		if delegationNouns[toks[e].Lower] {
			return true
		}
	}
	return false
}

// memberVerbs open a delegation's member list: "which included".
var memberVerbs = lex("memberVerbs")

// delegationNouns name a body sent to talks: "delegation", "team".
var delegationNouns = lex("delegationNouns")

// appositionRelative: the relative pronoun at r ends a short apposition
// that a determiner opens right after a comma ("X, the Dutch diplomat
// who serves as Y, met Z"; "X, a former banker who won in May, met Z";
// "A and B, a veteran whose party lost in May, met Z": "whose" as "who",
// the hundred-and-eighty-second round).
// It returns the determiner's index, or -1.
func appositionRelative(toks []text.Token, r int) int {
	if !frame.RelativeWords[toks[r].Lower] || toks[r].Lower == "which" {
		return -1
	}
	for e := r - 1; e >= 1 && e >= r-5; e-- {
		t := toks[e]
		if !t.Word {
			return -1
		}
		if appositionDets[t.Lower] && toks[e-1].Text == "," {
			if e == r-1 {
				return -1
			}
			return e
		}
	}
	return -1
}

// participles: "sworn", "born" (lexicon).
var participles = lex("participles")

// participle: a lower-case past participle, which after a comma opens a
// parenthetical about the name before it as a relative pronoun does ("X,
// sworn in that month, first met Y"; "X, elected in May, met Y").
func participle(t text.Token) bool {
	if !t.Word || t.Cap {
		return false
	}
	return participles[t.Lower] || len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed")
}

// anyText: a token with this exact text lies in [from, to).
func anyText(toks []text.Token, from, to int, text string) bool {
	for e := max(from, 0); e < to && e < len(toks); e++ {
		if toks[e].Text == text {
			return true
		}
	}
	return false
}

// previousTrigger is the meeting trigger of the sentence before si, if
// any: a fronted "After talks ..." continues the talks it reported.
func (d *Reader) previousTrigger(si int) (int, int) {
	if si == 0 {
		return -1, -1
	}
	for k, t := range d.Sents[si-1].Toks {
		if frame.Triggers[t.Lower] >= frame.Talks && !d.Sents[si-1].Quoted[k] {
			return si - 1, k
		}
	}
	return -1, -1
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// relativeEnd: a predicate inside a non-restrictive relative clause
// ("A, who met B in May, held talks with C") keeps its arguments inside
// that clause, which the next comma closes; C belongs to the main
// predicate. A comma that sets a name in apposition to the object's
// description does not close it, nor does the name's own closing comma
// ("A, who met his Bhutanese counterpart, B, on Friday", p307, p313).
// A predicate after the relative clause's closing comma is the main
// clause's, and keeps ce. It returns the comma's index, or ce.
func relativeEnd(toks []text.Token, cs, k, ce int) int {
	if cs < 2 || !frame.RelativeWords[toks[cs-1].Lower] || toks[cs-2].Text != "," {
		return ce
	}
	if frame.AfterRelative(toks, cs, k) > cs {
		// "A, who arrived on Monday, held talks with the President, B,
		// on Tuesday": the relative clause closed before the predicate,
		// which is the main clause's; its object's apposition is its own.
		return ce
	}
	for e := k + 1; e < ce; e++ {
		if toks[e].Text != "," {
			continue
		}
		if n := nameListEnd(toks, e, ce); n > e {
			e = n - 1 // "who met A, B and C": the list's commas close nothing
			continue
		}
		if !describedBefore(toks, e) || e+1 >= ce || !toks[e+1].Cap {
			return e
		}
		for e+1 < ce && toks[e+1].Text != "," {
			e++ // the name in apposition, up to its closing comma
		}
		e++
	}
	return ce
}

// nameListEnd: the comma at e goes on with a list of names that "and" or
// "or" closes before the clause's end ce ("A, B of Y and C"): it returns
// the index after the list's last name, or -1. Each item is capitalized
// words, name particles ("bin", "de") and an "of" before a capitalized
// word; an item of anything else ("A, on Monday, ...") is no list.
func nameListEnd(toks []text.Token, e, ce int) int {
	closed := false
	i := e + 1
	for i < ce {
		if !nameItem(toks, i, ce) {
			return -1
		}
		for i < ce && nameItemWord(toks, i, ce) {
			i++
		}
		if closed {
			return i
		}
		switch {
		case i < ce && toks[i].Text == ",":
			i++
			if i < ce && (toks[i].Lower == "and" || toks[i].Lower == "or") {
				i++ // the serial comma: "A, B, and C"
				closed = true
			}
		case i < ce && (toks[i].Lower == "and" || toks[i].Lower == "or"):
			i++
			closed = true
		default:
			return -1
		}
	}
	return -1
}

// nameItem: a list item opens at i with a capitalized word.
func nameItem(toks []text.Token, i, ce int) bool {
	return i < ce && toks[i].Word && toks[i].Cap
}

// nameItemWord: the token at i goes on with a name of a list: a
// capitalized word, a name particle, or "of" before a capitalized word.
func nameItemWord(toks []text.Token, i, ce int) bool {
	t := toks[i]
	switch {
	case t.Word && t.Cap:
		return true
	case nameParticles[t.Lower]:
		return i+1 < ce && toks[i+1].Cap
	case t.Lower == "of":
		return i+1 < ce && toks[i+1].Word && toks[i+1].Cap
	}
	return t.Text == "-" || t.Text == "." && i > 0 && len(toks[i-1].Text) == 1
}

// nameParticles join the parts of a name in lower case: "bin", "de".
var nameParticles = lex("particles")

// describedBefore: the comma at e closes a description of a person — a
// lower-case title head or an agent noun ("his Bhutanese counterpart,",
// "the home minister,") — after which their name is set in apposition.
func describedBefore(toks []text.Token, e int) bool {
	if e < 1 {
		return false
	}
	l := toks[e-1]
	return !l.Cap && (agentNouns[l.Lower] || mention.IsTitleWord(l.Lower))
}

// Frame is one meeting a clause tells: what the meeting stage hands on.
// The next stage joins frames across sentences and may add participants,
// a place or a date; the record writes them.
type Frame struct {
	Parts     []int        // participants, indexes of Story.Cast.Actors
	Place     string       // a city (or state) name, "" when unsaid
	Date      string       // "2006-01-02", "2006-01" or "2006", "" when unsaid
	Status    graph.Status // held, planned, cancelled, denied
	Mode      graph.Mode
	Evidence  string // the sentence that tells it
	Attr      string // whose claim the sentence says it is
	Sent      int    // the index of that sentence
	Anaphoric bool   // "the meeting": a meeting the story refers back to
	Stars     bool   // a call or "spoke with": with three or more participants, the first met each other apart
	Now       bool   // told in the present ("has begun", "are taking place"): today's news
	Split     bool   // one of several encounters one sentence tells (distribute.go, Frames)
	Also      bool   // told as one more encounter ("also met"), not the last one retold
	Aside     bool   // told in a gerund adjunct of another act ("arrived after meeting X in Y"; apart.go)
	// Seated: participants a presence list added after the sentence told
	// the meeting ("Also at the table was X"): they sat at it, but the
	// sides of its talks are read from those the meeting sentence names.
	Seated []int
	// ModifiedSides: the clause's subject is a modified plural noun of
	// people before the sides ("Senior officials of A and B met"); the
	// meeting stands only if the story names each side's people
	// (args.ModifiedSidesSubject).
	ModifiedSides bool
	// TripSides: the meeting is a delegation's trip for talks whose sides
	// alone its sentence names ("A's delegation arrived for talks with
	// B's officials"); the delegation lists after it give the people, and
	// it stands only with two of them.
	TripSides bool
	// Signatories: the meeting is a signing told by those who signed for
	// each side (signedForSides); those who witnessed it are seated at it,
	// no side of its talks.
	Signatories bool
}

// listedBefore: the person named before m with only "and" between the
// two phrases ("A and B", "President A of X and Prime Minister B"),
// heading the sentence or set apart by a comma or "by", so that a relative clause on m is told of both:
// "A and B, who met on Saturday, ...". Names in an object or after a
// preposition ("met A and B, who") are left as told; -1 when there is no
// such person.
func (d *Reader) listedBefore(si int, m *mention.Mention) int {
	toks := d.Sents[si].Toks
	a := d.titledStart(si, m.PhraseStart()) - 1
	if a < 1 || toks[a].Lower != "and" {
		return -1
	}
	for mi := range d.Ments[si] {
		p := &d.Ments[si][mi]
		if p.J != a || p.Actor < 0 || !d.arg.Eligible(si, p) || d.Cast.Actors[p.Actor].Kind != graph.Person {
			continue
		}
		// The pair opens the sentence (after a dateline's dash), or
		// stands as a whole phrase of its own (apposedPair).
		for e := d.titledStart(si, p.PhraseStart()) - 1; e >= 0; e-- {
			if apposedPair(toks, e) {
				if anyLower(toks[:e], "joined") {
					// "They were joined by the two prime ministers, A
					// and B, who discussed X": the pair joined the
					// meeting just told, no meeting of their own.
					return -1
				}
				break
			}
			if toks[e].Word {
				return -1
			}
		}
		return p.Actor
	}
	return -1
}

// apposedPair: the token at e, right before a pair "A and B" whose
// relative clause tells a meeting, sets the pair apart as a phrase of its
// own: a comma of apposition ("were accompanied by their foreign
// ministers, A and B, who held a separate meeting") or the "by" of a
// passive ("flanked by A and B, who had met that morning"). The clause is
// told of both as when they head the sentence; after a verb or another
// preposition ("met A and B, who") they are still left as told.
func apposedPair(toks []text.Token, e int) bool {
	return e >= 1 && (toks[e].Text == "," || toks[e].Lower == "by")
}

// describedStart: the start of a name phrase at i with the words that
// describe it before it, a demonym or a possessive state ("Chinese
// President X", "Taiwan's President Y").
func (d *Reader) describedStart(si, i int) int {
	toks := d.Sents[si].Toks
	for {
		e := i // the describing phrase ends before e
		if e >= 2 && (toks[e-1].Lower == "'s" || toks[e-1].Lower == "’s") {
			e--
		}
		moved := false
		for mi := range d.Ments[si] {
			p := &d.Ments[si][mi]
			if p.J == e && p.Desc {
				i, moved = p.I, true
				break
			}
		}
		if !moved {
			return i
		}
	}
}

// titledStart: describedStart, stepping back too over the lower-case
// title words a newsroom sets before a name without capitals ("opposition
// leader X", "Palestinian leader Y"), so that "Prime Minister A and
// opposition leader B, who met ..." reads as a pair (the
// two-hundred-and-fifth round).
func (d *Reader) titledStart(si, i int) int {
	toks := d.Sents[si].Toks
	for {
		i = d.describedStart(si, i)
		j := i
		for j > 0 && toks[j-1].Word && !toks[j-1].Cap && (titleHeads[toks[j-1].Lower] || titleMods[toks[j-1].Lower]) {
			j--
		}
		if j == i {
			return i
		}
		i = j
	}
}

// pairRelative: the meeting verb at k opens a relative clause on two
// people listed before it, "A and B, who met on Saturday, ...", "A and B,
// who had met in X": the pair are the verb's people, with no object
// after it. An adverb of sequence may stand before the verb ("who last
// met in X", "who first met"), and a meeting noun may be told with
// "held" ("who held their first summit in X", "who held talks"): the
// clause still tells a meeting held (the two-hundred-and-fifth round).
func (d *Reader) pairRelative(si, k int) bool {
	toks := d.Sents[si].Toks
	w := k - 1
	if frame.MeetingNouns[toks[k].Lower] {
		w = heldNounVerb(toks, k)
		if w < 0 {
			return false
		}
		w--
	}
	for w >= 0 && pairRelativeAdverbs[toks[w].Lower] {
		w--
	}
	if w >= 0 && (toks[w].Lower == "had" || toks[w].Lower == "have") {
		w--
	}
	if w < 2 || toks[w].Lower != "who" || toks[w-1].Text != "," {
		return false
	}
	m := d.MentionEndingAt(si, w-1)
	if m == nil || m.Actor < 0 || !d.arg.Eligible(si, m) || d.Cast.Actors[m.Actor].Kind != graph.Person {
		return false
	}
	a := d.listedBefore(si, m)
	return a >= 0 && a != m.Actor
}

// heldNounVerb: the index of "held" (or "had") that tells the meeting
// noun at k, with at most three lower-case words between them ("held
// talks", "held their first summit", "had a long meeting"), or -1.
func heldNounVerb(toks []text.Token, k int) int {
	for e := k - 1; e >= 0 && e >= k-4; e-- {
		if toks[e].Lower == "held" || toks[e].Lower == "had" {
			return e
		}
		if !toks[e].Word || toks[e].Cap {
			return -1
		}
	}
	return -1
}

// pairRelativeAdverbs may stand between "who" and the meeting verb of a
// pair's relative clause: "who last met", "who first met".
var pairRelativeAdverbs = lex("pairRelativeAdverbs")

// hyphenPair: the meeting noun at k is told by the surnames of two people
// joined by a hyphen before it, after "the" or a possessive ("the A-B
// meeting", "Saturday's A-B talks"): the
// two people, each the one person of the story whose name ends with the
// word. Sides that are states or peoples ("the X-Y talks" of two
// countries, "Anglo-X") name no person and are left to the rules for
// parties; nil when there is no such pair.
func (d *Reader) hyphenPair(si, k int) []int {
	toks := d.Sents[si].Toks
	if k < 3 || !frame.MeetingNouns[toks[k].Lower] || toks[k].Cap {
		return nil
	}
	a, h, b := toks[k-3], toks[k-2], toks[k-1]
	if h.Text != "-" && h.Text != "–" || !h.Glued || !b.Glued || !a.Word || !a.Cap || !b.Word || !b.Cap {
		return nil
	}
	if k < 4 || toks[k-4].Lower != "the" && toks[k-4].Lower != "'s" && toks[k-4].Lower != "’s" {
		// "the A-B meeting", "Saturday's A-B talks": a meeting told as
		// known; "a A-B meeting", "no A-B summit" may be one only
		// wished for ("A date for a A-B meeting remains undecided").
		return nil
	}
	x, y := d.surnamePerson(a.Lower), d.surnamePerson(b.Lower)
	if x < 0 || y < 0 || x == y {
		return nil
	}
	return []int{x, y}
}

// surnamePerson: the one person of the story whose name (of two words or
// more) ends with the word w; -1 when none or more than one.
func (d *Reader) surnamePerson(w string) int {
	found := -1
	for i, a := range d.Cast.Actors {
		if a.Kind != graph.Person {
			continue
		}
		match := false
		for _, n := range a.Names {
			f := strings.Fields(strings.ToLower(n))
			match = match || len(f) >= 2 && f[len(f)-1] == w
		}
		if !match {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// anyLower: one of toks is the lower-cased word w.
func anyLower(toks []text.Token, w string) bool {
	return slices.ContainsFunc(toks, func(t text.Token) bool { return t.Lower == w })
}
