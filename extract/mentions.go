package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mkind is what a stretch of a sentence names.
type mkind int

const (
	mState    mkind = iota + 1 // a country by name
	mDemonym                   // "Qatari", "Egyptian"
	mCity                      // a city; a capital may stand for its state
	mOrg                       // an organization
	mGroup                     // an armed group, movement or party
	mPerson                    // a person's name (one word or more)
	mUnknown                   // one unknown capitalized word, resolved later
	mNonActor                  // a document, event or building
	mTitleRef                  // a title with no name after it: "Qatar's prime minister"
)

// mention is one stretch of a sentence that names something.
type mention struct {
	i, j     int // token span
	kind     mkind
	actor    int    // actor index, -1 until resolved
	code     string // country code: of the state, demonym, or capital
	city     string // city name for mCity
	text     string
	desc     bool   // describes the person or title after it ("Qatar's" in "Qatar's PM X")
	title    string // for persons and title references: the title before the name
	titled   bool   // a title or honorific precedes the name
	headNoun string // for mDemonym: the noun after it ("army", "government")
	plural   bool   // honorific "Messrs." that also covers the next name
	ti       int    // for persons with a title: the title's first token
}

// scanSentence finds the gazetteer phrases and capitalized names of one
// sentence and classifies them.
func (d *doc) scanSentence(si int) {
	s := &d.sents[si]
	toks := s.toks
	n := len(toks)
	covered := make([]bool, n)
	cityAt := make(map[int]cityHit)
	var ms []mention
	for i := 0; i < n; {
		if !toks[i].cap {
			i++
			continue
		}
		l, e := d.longestPhrase(toks, i)
		if l == 0 {
			// "South and North Korea": the first conjunct shares the
			// second's head ("South Korea").
			if e2, ok := d.ellipsisPhrase(toks, i); ok {
				ms = append(ms, mention{i: i, j: i + 1, actor: -1, text: toks[i].text, kind: mState, code: e2.ref})
				covered[i] = true
			}
			i++
			continue
		}
		if e.kind == eCity && l == 1 {
			// One-word cities may be surnames: decided once the run is known.
			cityAt[i] = cityHit{e, l}
			i++
			continue
		}
		m := mention{i: i, j: i + l, actor: -1, text: spanText(s, i, i+l)}
		switch e.kind {
		case eCountry:
			m.kind, m.code = mState, e.ref
		case eDemonym:
			m.kind, m.code = mDemonym, e.ref
			if i+l < n && toks[i+l].word && (!toks[i+l].cap || demonymStateNouns[toks[i+l].lower]) {
				m.headNoun = toks[i+l].lower
			}
		case eOrg:
			m.kind, m.code = mOrg, e.ref
		case eCity:
			m.kind, m.city = mCity, e.city
			if e.capital {
				m.code = e.ref
			}
		}
		for k := i; k < i+l; k++ {
			covered[k] = true
		}
		ms = append(ms, m)
		i += l
	}
	initial := sentenceInitials(toks)
	isWord := func(k int) bool {
		t := toks[k]
		if k > 0 && toks[k-1].cap && k+1 < n && middleInitial(toks, k+1) {
			return true // "Andrei A. Gromyko": an initial, not the article
		}
		if !t.word || !t.cap || covered[k] || functionWords[t.lower] || isDateWord(toks, k) {
			return false
		}
		if initial[k] && d.commonWord(t) {
			return false
		}
		return true
	}
	for i := 0; i < n; {
		if !isWord(i) {
			i++
			continue
		}
		j := d.extendRun(toks, i, isWord)
		for _, m := range d.classifyRun(s, si, i, j, cityAt) {
			// A romanized given name of two syllables, the second in lower
			// case: "Park Hye-jin". Only after a name of two words or more,
			// so that "Kremlin-backed" stays an adjective.
			if m.kind == mPerson && m.j-m.i >= 2 && m.j+1 < n && toks[m.j].text == "-" && toks[m.j].glued &&
				toks[m.j+1].glued && hyphenSyllable(toks[m.j+1], d.g.common) {
				m.j += 2
				m.text = spanText(s, m.i, m.j)
				j = max(j, m.j)
			}
			if m.kind == mPerson && strings.ContainsAny(m.text, "()") {
				m.text = strings.Join(strings.Fields(strings.NewReplacer("(", " ", ")", " ").Replace(m.text)), " ")
			}
			ms = append(ms, m)
		}
		i = j
	}
	sortMentions(ms)
	d.ments[si] = ms
}

// longestPhrase returns the length and entry of the longest gazetteer
// phrase starting at token i.
func (d *doc) longestPhrase(toks []token, i int) (int, entry) {
	best, be := 0, entry{}
	var key strings.Builder
	for l := 1; l <= d.g.maxLen && i+l <= len(toks); l++ {
		if l > 1 {
			key.WriteByte(' ')
		}
		key.WriteString(toks[i+l-1].lower)
		k := key.String()
		e, ok := d.g.phrases[k]
		if !ok {
			if !d.g.prefixes[k] {
				break
			}
			continue
		}
		if e.acr && l == 1 && !toks[i].acronym {
			continue // "Who" is not WHO
		}
		// A phrase must not stop inside a hyphenated or longer capitalized name.
		if i+l < len(toks) && toks[i+l].text == "-" && toks[i+l].glued && i+l+1 < len(toks) && toks[i+l+1].cap && toks[i+l+1].glued {
			if _, ok2 := d.g.phrases[toks[i+l+1].lower]; !ok2 {
				continue
			}
		}
		best, be = l, e
	}
	return best, be
}

// ellipsisPhrase: at i a capitalized word, "and", then a country name of
// two words or more whose head, after this word, also names a country:
// "South and North Korea" gives South Korea for "South".
func (d *doc) ellipsisPhrase(toks []token, i int) (entry, bool) {
	if i+3 >= len(toks) || toks[i+1].lower != "and" || !toks[i+2].cap {
		return entry{}, false
	}
	l2, e2 := d.longestPhrase(toks, i+2)
	if l2 < 2 || e2.kind != eCountry {
		return entry{}, false
	}
	var key strings.Builder
	key.WriteString(toks[i].lower)
	for k := i + 3; k < i+2+l2; k++ {
		key.WriteByte(' ')
		key.WriteString(toks[k].lower)
	}
	e, ok := d.g.phrases[key.String()]
	return e, ok && e.kind == eCountry
}

// sentenceInitials marks the tokens where any word would be capitalized:
// the first word, and the first word after an opening quote, colon or dash.
func sentenceInitials(toks []token) []bool {
	init := make([]bool, len(toks))
	expect, seenWord := true, false
	for k, t := range toks {
		if t.word {
			init[k] = expect
			expect, seenWord = false, true
			continue
		}
		switch t.text {
		case "\"", ":":
			expect = true
		case "-", "*", "(", "[", "'":
			if !seenWord {
				expect = true
			}
		}
	}
	return init
}

// commonWord reports whether a sentence-initial capitalized word is an
// ordinary word rather than a name: it appears in lower case elsewhere in
// the article, or has an adverb or gerund ending.
func (d *doc) commonWord(t token) bool {
	if d.lowerSeen[t.lower] || functionWords[t.lower] || initialWords[t.lower] {
		return true
	}
	if t.acronym {
		return false
	}
	return len(t.lower) > 5 && (strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ly"))
}

// isDateWord: weekdays always, months when a day number or year is next to
// them ("May 15", "on 2 November") or when they stand alone ("in June").
func isDateWord(toks []token, k int) bool {
	l := toks[k].lower
	if _, ok := weekdays[l]; ok {
		return true
	}
	if _, ok := months[strings.TrimSuffix(l, ".")]; ok {
		// "Jun-ho", "Mar-Lee": a month word glued to a hyphen is a
		// syllable of a name.
		if k+2 < len(toks) && toks[k+1].text == "-" && toks[k+1].glued && toks[k+2].glued && toks[k+2].word {
			return false
		}
		next := k+1 < len(toks) && isNumber(toks[k+1].text)
		if k+2 < len(toks) && toks[k+1].text == "." && isNumber(toks[k+2].text) {
			next = true
		}
		prev := k > 0 && (isNumber(toks[k-1].text) || toks[k-1].lower == "in" || toks[k-1].lower == "mid" ||
			toks[k-1].lower == "early" || toks[k-1].lower == "late" || toks[k-1].lower == "since" || toks[k-1].lower == "-")
		if next || prev {
			return true
		}
		// A month word with no number or time preposition beside it that
		// runs into another capitalized word is a given name ("Jan Kowal",
		// "August Meier"), not a date.
		if k+1 < len(toks) && toks[k+1].cap && toks[k+1].word {
			if _, month := months[toks[k+1].lower]; !month {
				return false
			}
		}
		return l != "may"
	}
	return false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// extendRun grows a capitalized run from i: across name particles ("bin",
// "al-"), hyphens, honorific periods ("Messrs."), "of (the)" after a title
// or institution word, and "'s" inside an institution name ("People's
// Liberation Front").
func (d *doc) extendRun(toks []token, i int, isWord func(int) bool) int {
	n := len(toks)
	j := i + 1
	compl := false // inside a title's complement: "Minister for Trade and Industry"
	for j < n {
		t := toks[j]
		prev := toks[j-1]
		switch {
		case isWord(j):
			j++
		case compl && (t.lower == "and" || t.text == ",") && d.complementWord(prev) && j+1 < n && isWord(j+1) && d.conjunctComplement(toks, j+1, isWord):
			// A coordinated complement stays in the title: "Minister for
			// Mines and Energy X", "Envoy for the Lakes, Rivers and Coasts".
			j++
		case t.text == "." && honorifics[prev.lower] && j+1 < n && isWord(j+1):
			j++
		case (t.text == "'" || t.text == "\"" || t.text == "(") && insertedName(toks, j, isWord) > 0:
			// A nickname or given names set inside a name: "Jorge 'Coco'
			// Soto", "President (Ana Maria) Lind".
			j = insertedName(toks, j, isWord)
		case t.text == "." && t.glued && j-i >= 2 && utf8.RuneCountInString(prev.text) == 1 && prev.cap && j+1 < n && isWord(j+1):
			// A middle initial inside a name: "Anna K. Berg".
			j++
		case t.text == "-" && t.glued && j+1 < n && toks[j+1].glued && (isWord(j+1) || particles[toks[j+1].lower]):
			j++
		case particles[t.lower] && !t.cap && j+1 < n && (isWord(j+1) || (toks[j+1].text == "-" && toks[j+1].glued)):
			j++
		case (t.lower == "of" || t.lower == "for") && (titleHeads[prev.lower] || titleMods[prev.lower] || orgHeads[prev.lower] || nonActorHeads[prev.lower]):
			k := j + 1
			if k < n && toks[k].lower == "the" {
				k++
			}
			if k < n && isWord(k) {
				j = k
				compl = titleHeads[prev.lower] || titleMods[prev.lower]
			} else {
				return j
			}
		case t.text == "'s" && j+1 < n && isWord(j+1) && endsInInstitution(toks, j+1, isWord):
			j++
		default:
			return j
		}
	}
	return j
}

// hyphenSyllable: a short lower-case word that is no common English word.
func hyphenSyllable(t token, common map[string]bool) bool {
	return t.word && !t.cap && len(t.lower) >= 2 && len(t.lower) <= 4 && !common[t.lower] && !functionWords[t.lower]
}

// endsInInstitution: the capitalized words from k end in a group or
// organization head noun.
func endsInInstitution(toks []token, k int, isWord func(int) bool) bool {
	last := ""
	for end := k + 8; k < len(toks) && k < end && isWord(k); k++ {
		last = toks[k].lower
	}
	return groupHeads[last] || orgHeads[last]
}

func spanText(s *sentence, i, j int) string {
	if i >= j || j > len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[j-1].end]
}

func sortMentions(ms []mention) {
	slices.SortStableFunc(ms, func(a, b mention) int { return a.i - b.i })
}

// portfolioWords head the complement of a title: the portfolio or mandate
// in "Minister for Climate and Energy", "Envoy for Near Eastern Affairs".
var portfolioWords = lex("portfolioWords")

// complementWord: a word of a title's complement rather than of a name: a
// portfolio word, a title modifier, or the plural of a common noun
// ("Affairs", "Countries", "Resources").
func (d *doc) complementWord(t token) bool {
	if !t.word {
		return false
	}
	l := t.lower
	if portfolioWords[l] || titleMods[l] {
		return true
	}
	if len(l) > 4 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") {
		if strings.HasSuffix(l, "ies") && d.g.common[l[:len(l)-3]+"y"] {
			return true
		}
		return d.g.common[l[:len(l)-1]] || strings.HasSuffix(l, "es") && d.g.common[l[:len(l)-2]]
	}
	return false
}

// conjunctComplement: the capitalized words from k are another complement
// of a title: they end in a portfolio word ("Coastal Nations").
func (d *doc) conjunctComplement(toks []token, k int, isWord func(int) bool) bool {
	e := k
	for e < len(toks) && e-k < 6 && isWord(e) {
		e++
	}
	return d.complementWord(toks[k]) || d.complementWord(toks[e-1])
}

// insertedName: at k an opening quote or bracket holding one to three
// capitalized words, closed and followed by a capitalized word that goes
// on with the name; it returns that word's index, 0 when none.
func insertedName(toks []token, k int, isWord func(int) bool) int {
	closer := toks[k].text
	if closer == "(" {
		closer = ")"
	}
	e := k + 1
	for e < len(toks) && e-k <= 3 && isWord(e) {
		e++
	}
	if e == k+1 || e+1 >= len(toks) || toks[e].text != closer || !isWord(e+1) {
		return 0
	}
	return e + 1
}
