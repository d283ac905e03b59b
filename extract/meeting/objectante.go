package meeting

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// objectPronounFollowers may follow an object "her" (a possessive "her"
// opens a noun phrase instead).
var objectPronounFollowers = lex("objectPronounFollowers")

// objectAnte reads an object pronoun of a meeting verb that stands for
// the person of the sentence before: "A arrived in Oslo on Tuesday. B
// received her at the palace", "B met him on Wednesday". The verb's
// subject is the one person the sentence names before it, in its own
// clause with no comma between (another person might be the one meant),
// or the people of a coordinated subject ("B and C sat down with him",
// coordinatedSubjects), and the sentence before names exactly one person
// besides that subject. A
// possessive "her" ("B met her counterpart") and a pronoun in a relative
// clause of place (whereObject) are not read. -1 when the predicate at k
// has no such object.
func (d *Reader) objectAnte(si, k int) int {
	s := &d.Sents[si]
	toks := s.Toks
	if si == 0 || s.Quoted[k] {
		return -1
	}
	p := k + 1
	if w := toks[k].Lower; p < len(toks) && toks[p].Lower == "down" && (w == "sat" || w == "sits" || w == "sit") {
		p++ // "sat down with him"
	}
	if p < len(toks) && toks[p].Lower == "with" {
		p++ // "met with him"
	}
	if p >= len(toks) || !objectPronouns[toks[p].Lower] {
		return -1
	}
	if toks[p].Lower == "her" && p+1 < len(toks) && toks[p+1].Word && !objectPronounFollowers[toks[p+1].Lower] && !frame.IsTimeWord(toks[p+1]) {
		return -1 // "met her counterpart"
	}
	cs, _ := s.Clause(k)
	if whereClause(toks, cs) {
		return -1
	}
	subj := map[int]bool{}
	subjEnd, prevEnd := -1, -1
	for _, m := range d.Ments[si] {
		if m.I >= k {
			break
		}
		if m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person {
			if len(subj) > 0 && !listedSubjects(toks, prevEnd, m.I) {
				return -1 // "A, who had flown in with B, met him"
			}
			subj[m.Actor], subjEnd, prevEnd = true, m.J, m.J
		}
	}
	if len(subj) == 0 || subjEnd < cs {
		// "he met her": whom each stands for is not settled here; "After
		// A spoke, B received her": A may be meant.
		return -1
	}
	for e := subjEnd; e < k; e++ {
		if toks[e].Text == "," {
			return -1 // "B, who had flown in with A, met her"
		}
	}
	ante, titled := -1, false
	for _, m := range d.Ments[si-1] {
		if m.Actor < 0 || subj[m.Actor] || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if ante >= 0 && ante != m.Actor {
			return -1 // two people before: the pronoun is not settled
		}
		ante = m.Actor
		titled = titled || m.Title != "" || m.Titled
	}
	if !titled {
		return -1 // "A flew to X. B received him": a bare name may not fit the pronoun
	}
	return ante
}

// apposedObject: the person an object pronoun right after the predicate
// at k ("talked with her", "received him") stands for when the clause
// inside the subject's apposition, from cs to the comma c, names exactly
// one person other than the subject; -1 otherwise.
func (d *Reader) apposedObject(si, cs, c, k, subj int) int {
	toks := d.Sents[si].Toks
	p := k + 1
	if p < len(toks) && (toks[p].Lower == "with" || toks[p].Lower == "to") {
		p++
	}
	if p >= len(toks) || !objectPronouns[toks[p].Lower] {
		return -1
	}
	if toks[p].Lower == "her" && p+1 < len(toks) && toks[p+1].Word && !objectPronounFollowers[toks[p+1].Lower] && !frame.IsTimeWord(toks[p+1]) {
		return -1 // "met her counterpart"
	}
	ante := -1
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I < cs || m.J > c || m.Actor < 0 || m.Actor == subj || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if ante >= 0 && ante != m.Actor {
			return -1
		}
		ante = m.Actor
	}
	return ante
}

// listedSubjects: tokens [i, j) between two people named before a
// meeting verb join them into one coordinated subject — "and" or a comma,
// then at most the next one's titles — so the singular object pronoun
// after the verb stands for none of them: "B and C sat down with him",
// "B, C and Peru's President D met him". Wire copy names the host in its
// lead by title and then the guests by name in the next sentence,
// meeting "him"; read as two people one of whom the pronoun might mean,
// the subjects left the host out of the meeting told with them (issue
// 14's four-hundred-and-thirtieth round, p2615).
func listedSubjects(toks []text.Token, i, j int) bool {
	if i < 0 || j <= i || j-i > 6 || toks[i].Text != "," && toks[i].Lower != "and" {
		return false
	}
	for e := i + 1; e < j; e++ {
		t := toks[e]
		if !(t.Lower == "and" || t.Cap || t.Text == "'s" || titleHeads[t.Lower] || titleMods[t.Lower]) || frame.LooksVerb(toks, e) {
			return false
		}
	}
	return true
}

// themAnte reads "them" as the object of a meeting verb ("B received them
// at the palace", "B met them for two hours") when the clause's subject is
// one person and the group is named in the story just before: the people
// of the nearest of the three sentences before that names at least two
// people besides the subject. A sentence naming one other person only (an
// absent third person, "the former President ... told the clergy") is
// passed over: "them" is no single person. When that sentence tells its
// group meeting someone ("A team led by X and Y met Z"), the group is its
// subject, X and Y, not Z. Wire copy and papers name a delegation, then
// its reception by pronoun a sentence or two later (issue 14's
// four-hundred-and-ninety-sixth round: p3010, p3011, p3012). nil when the
// predicate at k has no such object.
func (d *Reader) themAnte(si, k int) []int {
	s := &d.Sents[si]
	toks := s.Toks
	if si == 0 || s.Quoted[k] || !meetVerb(toks[k].Lower) {
		return nil
	}
	p := k + 1
	if p < len(toks) && toks[p].Lower == "with" {
		if frame.ObjectTriggers[toks[k].Lower] {
			return nil // "visited with them the exhibition": company, not a meeting
		}
		p++ // "met with them"
	}
	if p >= len(toks) || !pluralObjectPronouns[toks[p].Lower] {
		return nil
	}
	cs, _ := s.Clause(k)
	if whereClause(toks, cs) {
		return nil // "..., where C received them" (whereThem)
	}
	subj := -1
	for _, m := range d.Ments[si] {
		if m.I >= k {
			break
		}
		if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if subj >= 0 && subj != m.Actor {
			return nil // "A and B met them", "After A spoke, B received them"
		}
		subj = m.Actor
	}
	if subj < 0 {
		return nil // "they met them": not settled here
	}
	for b := si - 1; b >= 0 && b >= si-3; b-- {
		stoks := d.Sents[b].Toks
		v := -1
		for e, t := range stoks {
			if meetVerb(t.Lower) && !d.Sents[b].Quoted[e] {
				v = e
				break
			}
		}
		var people, before []int
		for _, m := range d.Ments[b] {
			if m.Actor < 0 || m.Actor == subj || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(people, m.Actor) {
				continue
			}
			people = append(people, m.Actor)
			if v >= 0 && m.J <= v {
				before = append(before, m.Actor)
			}
		}
		if len(people) < 2 {
			if pluralNounOpening(stoks) {
				return nil // "The girls were flown to X. B received them"
			}
			continue
		}
		if v >= 0 && len(before) >= 2 && len(before) < len(people) {
			return before
		}
		return people
	}
	return nil
}

// pluralNounOpening: the sentence opens with a plural common noun, "The
// girls were flown to X", "These soldiers ...": "them" after it may stand
// for those, who are no actors.
func pluralNounOpening(toks []text.Token) bool {
	if len(toks) < 3 || toks[0].Lower != "the" && toks[0].Lower != "these" && toks[0].Lower != "those" {
		return false
	}
	for e := 1; e <= 2; e++ {
		if t := toks[e]; t.Word && !t.Cap && len(t.Lower) > 3 && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") {
			return true
		}
	}
	return false
}

// meetVerb: a predicate that meets an object, "met", "received", "hosted".
func meetVerb(w string) bool {
	c, ok := frame.Triggers[w]
	return frame.ObjectTriggers[w] || ok && c == frame.Meet && !frame.MeetingNouns[w]
}
