package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-dev/parley/extract/lexicon"
)

// abbreviations end with a period that does not end the sentence.
var abbreviations = lexicon.Words("abbreviations")

// clauseBreaks end a clause.
var clauseBreaks = lexicon.Words("clauseBreaks")

// maxSentenceTokens bounds the work per sentence: text with no sentence
// punctuation is cut into pieces of this many tokens so that no rule sees an
// unbounded span.
const maxSentenceTokens = 400

// Sentence is one sentence of the article with its tokens.
type Sentence struct {
	Text    string
	Toks    []Token
	Line    int  // line number in the article
	Title   bool // the article's first line, taken as its title
	Quoted  []bool
	clauses []int // clause number of each token, computed on first use
	breaks  []int // token index of each clause's end

	// Filed is the dateline StripDateline cut from the sentence's
	// opening ("MOSCOW, May 26 (Wire) -"), "" when none was cut.
	Filed string
}

// Clause returns the bounds [cs, ce) of the clause holding token k: the
// stretch between clause breaks ("said", "that", "but", ";" ...). For a
// break itself, the clause after it.
func (s *Sentence) Clause(k int) (int, int) {
	if s.clauses == nil {
		s.clauses = make([]int, len(s.Toks))
		c := 0
		for i, t := range s.Toks {
			// "as" before a name opens a new clause ("..., as Human Rights
			// Watch warned"); "as an intermediary" does not.
			asClause := t.Lower == "as" && i+1 < len(s.Toks) && (s.Toks[i+1].Cap || s.Toks[i+1].Lower == "the" || s.Toks[i+1].Lower == "he" || s.Toks[i+1].Lower == "she" || s.Toks[i+1].Lower == "they")
			// "later that day", "that evening": a demonstrative before a
			// time noun, no complementizer.
			thatTime := t.Lower == "that" && i+1 < len(s.Toks) && thatTimeNouns[s.Toks[i+1].Lower]
			if clauseBreaks[t.Lower] && !thatTime && !gatheringRelative(s.Toks, i) && !witnessedRelative(s.Toks, i) && !recordSince(s.Toks, i) && !sinceWeekday(s.Toks, i) && !audienceBefore(s.Toks, i) || asClause || NextLeg(s.Toks, i) {
				s.breaks = append(s.breaks, i)
				c++
			}
			s.clauses[i] = c
		}
		s.breaks = append(s.breaks, len(s.Toks))
	}
	c := s.clauses[k]
	cs := 0
	if c > 0 {
		cs = s.breaks[c-1] + 1
	}
	return cs, s.breaks[c]
}

// RelativeTail is what a clause ending at token ce goes on with after a
// relative clause on a person set off by commas (", who leads a faction,
// at a hotel on Monday"): the tokens after the relative clause's closing
// comma, up to the next clause break; (-1, -1) when the clause does not
// end so or the relative clause is not closed.
func (s *Sentence) RelativeTail(ce int) (int, int) {
	toks := s.Toks
	if ce < 1 || ce+1 >= len(toks) || toks[ce-1].Text != "," || (toks[ce].Lower != "who" && toks[ce].Lower != "whom") {
		return -1, -1
	}
	_, end := s.Clause(ce)
	for e := ce + 1; e+1 < end; e++ {
		if toks[e].Text == "," {
			return e + 1, end
		}
	}
	return -1, -1
}

// LegVerbs: past tenses of a journey that open a trip's next leg after
// "then" (lexicon).
var LegVerbs = lexicon.Words("legVerbs")

// NextLeg: the "then" at i, after a comma or "and", opens the next leg of
// a trip when a past verb of travel follows it: "conferred with A in X
// on Monday, then flew to Y for talks with B", "held talks with A, and
// then drove to Z for a meeting with C". Each leg is a meeting of its
// own, with its own participants, place and day: A was not at Y, so the
// leg is a clause of its own (issue 14's three-hundred-and-sixtieth
// round, p2193, p2196, p2197). "A and B then flew to Y" keeps its
// subject: the "then" there follows a name, not a comma or "and".
func NextLeg(toks []Token, i int) bool {
	if toks[i].Lower != "then" || i < 1 || i+1 >= len(toks) || !LegVerbs[toks[i+1].Lower] {
		return false
	}
	return toks[i-1].Text == "," || toks[i-1].Lower == "and"
}

// gatheringRelative: "that" or "which" at i opens a relative clause that
// names who sat at the meeting the noun before it tells: "hosted a
// tripartite meeting that brought together A and B", "a summit which
// brings together C and D" (agency readouts; issue 14's
// two-hundred-and-thirty-sixth round, p1450). The participants are the
// meeting's, as after "a meeting bringing together", so the relative word
// breaks no clause.
func gatheringRelative(toks []Token, i int) bool {
	l := toks[i].Lower
	return (l == "that" || l == "which") && i > 0 && toks[i-1].Word && i+2 < len(toks) &&
		gatherVerbs[toks[i+1].Lower] && toks[i+2].Lower == "together"
}

// witnessedRelative: "that" or "which" at i opens a short relative clause
// on the text just signed that a comma closes before "in the presence of"
// or "witnessed by" ("A and B signed the accord that ends the war, in the
// presence of C and D"; issue 14's two-hundred-and-forty-seventh round).
// The witnesses looked on at the signing, not at what the relative clause
// tells, so the relative word breaks no clause and the main predicate
// keeps them. A relative clause naming anyone (a capitalized word) or
// holding another clause break keeps its break: its names are no
// signatories.
func witnessedRelative(toks []Token, i int) bool {
	l := toks[i].Lower
	if l != "that" && l != "which" || i < 1 || !toks[i-1].Word || toks[i-1].Cap {
		return false
	}
	for e := i + 1; e < len(toks) && e <= i+16; e++ {
		t := toks[e]
		if t.Text == "," {
			return e+1 < len(toks) && witnessOpener(toks, e+1)
		}
		if !t.Word || t.Cap || clauseBreaks[t.Lower] {
			return false
		}
	}
	return false
}

// witnessOpener: the tokens at k open a witness phrase, "in the presence
// of" or a witnessing participle with "by" ("witnessed by", "watched by";
// lexicon witnessedOpeners).
func witnessOpener(toks []Token, k int) bool {
	if k+3 < len(toks) && toks[k].Lower == "in" && toks[k+1].Lower == "the" && toks[k+2].Lower == "presence" && toks[k+3].Lower == "of" {
		return true
	}
	return k+1 < len(toks) && witnessedOpeners[toks[k].Lower] && toks[k+1].Lower == "by"
}

// witnessedOpeners: participles before "by" that name who looked on.
var witnessedOpeners = lexicon.Words("witnessedOpeners")

// gatherVerbs: "brought", "brings" ... before "together" (lexicon).
var gatherVerbs = lexicon.Words("gatherVerbs")

// recordSince: the "since" at i closes a record phrase, not a clause: a
// "first" or "only" stands within the twelve words before it, with no
// comma between, and what follows it up to a comma or the sentence's end
// is a short name or year, up to five words that are capitalized or
// digits after an optional "the" ("the first British prime minister to
// visit Libya since the Second World War, shaking hands with X", "the
// first such meeting since 1984, ..."). A clause after "since" has a
// lower-case verb ("since Y took office") and still breaks (issue 14's
// two-hundred-and-fifty-ninth round, p1589).
func recordSince(toks []Token, i int) bool {
	if toks[i].Lower != "since" {
		return false
	}
	first := false
	for e := i - 1; e >= 0 && e >= i-12; e-- {
		if !toks[e].Word {
			break
		}
		if toks[e].Lower == "first" || toks[e].Lower == "only" {
			first = true
			break
		}
	}
	if !first {
		return false
	}
	e := i + 1
	if e < len(toks) && toks[e].Lower == "the" {
		e++
	}
	n := 0
	for ; e < len(toks) && toks[e].Text != ","; e++ {
		r, _ := utf8.DecodeRuneInString(toks[e].Text)
		if !toks[e].Cap && !unicode.IsDigit(r) || n == 5 {
			return false
		}
		n++
	}
	return n > 0
}

// sinceWeekday: the "since" at i is followed by a weekday ("meeting in
// X since Sunday", "have been holding talks since Monday", "had met in
// the capital since Tuesday"): a time phrase telling the day an ongoing
// meeting began, not a clause ("since Y took office"). The clause goes on
// through it, so the meeting's predicate keeps that day, the day wire
// copy and agencies give talks still going on (issue 14's
// four-hundred-and-ninth round, p2487, p2491). A series of encounters
// since that day ("had been meeting separately with X since Saturday",
// "spoke three times since Friday"; p770, p1892) has no one day: a
// seriesWords word in the clause before "since" keeps the break.
func sinceWeekday(toks []Token, i int) bool {
	if toks[i].Lower != "since" || i+1 >= len(toks) || !toks[i+1].Cap {
		return false
	}
	if _, ok := lexicon.Weekdays[toks[i+1].Lower]; !ok {
		return false
	}
	for e := i - 1; e >= 0 && toks[e].Text != ","; e-- {
		if seriesWords[toks[e].Lower] {
			return false
		}
	}
	return true
}

// seriesWords tell encounters repeated or held apart ("separately",
// "three times"), which no single day dates.
var seriesWords = lexicon.Words("seriesWords")

// thatTimeNouns after "that" make it a demonstrative: "later that day".
// audienceBefore: the "before" at i places an act in front of onlookers
// ("shook hands before the cameras", "embraced before a crowd of
// photographers"): "before" as "in front of", a spatial adjunct of the
// clause's own act, not a clause of an earlier time; the clause goes on
// past it, so a place or day told after the onlookers ("... at the hotel
// on Saturday afternoon") is the act's (issue 14's
// three-hundred-and-ninety-eighth round, p2424). At most a determiner and
// one adjective stand between "before" and the onlookers' noun.
func audienceBefore(toks []Token, i int) bool {
	if toks[i].Lower != "before" {
		return false
	}
	e := i + 1
	if e < len(toks) && audienceDets[toks[e].Lower] {
		e++
	}
	if e+1 < len(toks) && toks[e].Word && !toks[e].Cap && !onlookerNouns[toks[e].Lower] && onlookerNouns[toks[e+1].Lower] {
		e++ // "before waiting reporters"
	}
	return e < len(toks) && onlookerNouns[toks[e].Lower]
}

var audienceDets = map[string]bool{"a": true, "an": true, "the": true}

// onlookerNouns name the onlookers "before" whom something is done.
var onlookerNouns = lexicon.Words("onlookerNouns")

var thatTimeNouns = map[string]bool{"day": true, "morning": true, "afternoon": true, "evening": true,
	"night": true, "week": true, "weekend": true, "month": true, "year": true}

var quoteReplacer = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "\u00a0", " ", "\u2009", " ",
	"\u202f", " ", "\r\n", "\n", "\r", "\n", "\u2013", " - ", "\u2014", " - ", "\t", " ", "\u00ad", "",
	"\u200b", "",
)

// Normalize makes any input valid UTF-8 with plain quotes and dashes, so
// the rules see one spelling of each.
func Normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	s = strings.Map(func(r rune) rune {
		if r == '\n' || (!unicode.IsControl(r) && r != utf8.RuneError) {
			return r
		}
		return ' '
	}, s)
	s = quoteReplacer.Replace(s)
	if strings.Contains(s, "o-day") || strings.Contains(s, "o-morrow") || strings.Contains(s, "o-night") {
		s = oldDayWords.ReplaceAllString(s, "${1}${2}o${3}")
	}
	return s
}

// oldDayWords are "to-day", "to-morrow" and "to-night" as papers spelt
// them until the 1950s and 1960s ("the talks ended to-day"): written
// "today", "tomorrow" and "tonight", they date what they tell. A
// hyphenated run ("day-to-day") keeps its spelling.
var oldDayWords = regexp.MustCompile(`(^|[^\p{L}\p{N}-])([Tt])o-(day|morrow|night)\b`)

// Split cuts normalized text into sentences: at line breaks, and
// after . ! ? followed by space and an upper-case letter, digit or quote,
// unless the period ends a known abbreviation or an initial.
func Split(text string) []Sentence {
	var out []Sentence
	lineNo := 0
	for _, line := range strings.Split(text, "\n") {
		lineNo++
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		first := len(out)
		start := 0
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < len(line) && (line[j] == '"' || line[j] == '\'' || line[j] == ')') {
				j++
			}
			if j >= len(line) || line[j] != ' ' {
				continue
			}
			k := j
			for k < len(line) && line[k] == ' ' {
				k++
			}
			if k >= len(line) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(line[k:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '\'' && r != '(' && r != '-' {
				continue
			}
			if c == '.' && (isAbbrev(line[start:i]) || nameInitials(line[start:i], line[k:]) || nicknamedInitials(line[start:i], line[k:]) || clockGloss(line[start:i], line[k:])) {
				continue
			}
			if c == '.' && start == 0 && r == '-' && periodDateline.MatchString(line[:i]) {
				// "PEKING, Friday. - The ...", "NEW DELHI, June 26. - Mr.
				// X ...": the old broadsheets' dateline closes with a full
				// stop before its dash; it opens the story's first
				// sentence, which StripDateline cuts it from, as it cuts
				// "PEKING, Friday - ".
				continue
			}
			out = appendSentence(out, line[start:j], lineNo)
			start = k
			i = k - 1
		}
		out = appendSentence(out, line[start:], lineNo)
		markQuotes(out[first:])
	}
	return out
}

// periodDateline matches a line's opening that is a dateline with its
// full stop, as the old broadsheets print it before a dash: a town of one
// to four words in capitals, perhaps its country after a comma, then a
// comma and a weekday ("MISHMAR HAYARDEN, Wednesday"), perhaps with a
// part of the day ("Thursday Night"), or a date ("NEW DELHI, June 26",
// "BATAVIA, Jan. 17"), with no words after it (the
// two-hundred-and-eighty-fifth round, p1745, p1542, p1085, p1364).
var periodDateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’-]+(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3}\s*,\s*` +
	`(?:[A-Z][\p{L}'’-]*(?:\s[A-Z][\p{L}'’-]*){0,2}\s*,\s*)?` +
	`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:Night|Evening|Morning|night|evening|morning))?|` +
	`[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)$`)

// markQuotes flags the tokens inside double quotes; a quotation may run
// over several sentences of one paragraph.
func markQuotes(ss []Sentence) {
	in := false
	for i := range ss {
		for k, t := range ss[i].Toks {
			if t.Text == "\"" {
				in = !in
				continue
			}
			ss[i].Quoted[k] = in
		}
	}
}

// clockGloss reports whether the period ends a clock time's "a.m." or
// "p.m." that a parenthesis glosses ("at 4:10 p.m. (local time) for two
// hours", a readout's way), so the sentence goes on after the gloss; a
// capitalised word after "p.m." still opens a new sentence (the
// hundred-and-sixty-seventh round, p1038).
func clockGloss(before, after string) bool {
	if !strings.HasPrefix(after, "(") {
		return false
	}
	w := strings.ToLower(before)
	return strings.HasSuffix(w, " a.m") || strings.HasSuffix(w, " p.m")
}

// isAbbrev reports whether the text before a period ends in an abbreviation
// ("Mr", "U.S") or a single initial ("J").
func isAbbrev(before string) bool {
	w := before
	if i := strings.LastIndexAny(before, " (\"'"); i >= 0 {
		w = before[i+1:]
	}
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	// "MM." (Messieurs), the French plural honorific, in capitals as
	// written; millimetres are "mm".
	return abbreviations[strings.ToLower(w)] || hyphenedRank(w) || w == "MM"
}

// hyphenedRank: w is a rank of two words joined by a hyphen whose last word
// is an abbreviation, capitalized on both sides ("Lt-Col", "Maj-Gen",
// "Rear-Adm"), as British, Commonwealth and African papers write them
// before a name ("Lt-Col. X"; issue 14's two-hundred-and-thirty-sixth
// round, p1451). The period after it ends no sentence.
func hyphenedRank(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k == len(w)-1 {
		return false
	}
	head, tail := w[:k], w[k+1:]
	r, _ := utf8.DecodeRuneInString(head)
	t, _ := utf8.DecodeRuneInString(tail)
	return unicode.IsUpper(r) && unicode.IsUpper(t) && !strings.Contains(head, "-") && abbreviations[strings.ToLower(tail)]
}

// nicknamedInitials reports whether the period ends a person's run-together
// initials that a nickname in quotes or brackets follows before the
// surname: 'T.K. "Tam" Odell', "J.R. (Jack) Smith". The period ended the
// sentence there, whatever word stood before the initials, and the name
// was lost ("A of X and T.K. \"Tam\" Odell of Y signed", the
// two-hundred-and-eighty-eighth round: p1761, p958, p992). The nickname
// is one or two capitalized words closed by its mark, a space and a
// capitalized word after it; a quotation opening a sentence after an
// acronym ("the U.N. \"We will ...") has no such shape.
func nicknamedInitials(before, after string) bool {
	w := before
	if i := strings.LastIndexAny(before, " (\"'"); i >= 0 {
		w = before[i+1:]
	}
	if utf8.RuneCountInString(w) < 3 || !dottedAcronym(w) || !strings.Contains(w, ".") || after == "" {
		return false
	}
	closer := byte(0)
	switch after[0] {
	case '"', '\'':
		closer = after[0]
	case '(':
		closer = ')'
	default:
		return false
	}
	end := strings.IndexByte(after[1:], closer)
	if end < 0 {
		return false
	}
	nick := strings.Fields(after[1 : 1+end])
	if len(nick) == 0 || len(nick) > 2 {
		return false
	}
	for _, n := range nick {
		r, _ := utf8.DecodeRuneInString(n)
		if !unicode.IsUpper(r) || strings.ContainsAny(n, ".,;:!?") {
			return false
		}
	}
	rest := after[2+end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// nameInitials reports whether the text before a period ends in run-together
// initials inside a person's name: a dotted run of two or more capital
// letters ("L.P", "K.P.S") after a capitalized word, with a capitalized word
// after the period that is not a function word opening a new sentence
// ("Minister Retno L.P. Marsudi", "President J.R. Jayewardene"). Dotted
// acronyms after a lower-case word ("the P.L.O. The ...") still end the
// sentence.
func nameInitials(before, after string) bool {
	i := strings.LastIndexByte(before, ' ')
	if i < 0 {
		return false
	}
	w := before[i+1:]
	if utf8.RuneCountInString(w) < 3 || !dottedAcronym(w) || !strings.Contains(w, ".") {
		return false
	}
	prev := strings.TrimRight(before[:i], " ")
	if p := strings.LastIndexAny(prev, " (\"'"); p >= 0 {
		prev = prev[p+1:]
	}
	r, _ := utf8.DecodeRuneInString(prev)
	if !unicode.IsUpper(r) && !personInitials(w, prev) || strings.ContainsAny(prev, ".,;:") || strings.HasSuffix(prev, "'s") {
		return false
	}
	e := 0
	for e < len(after) {
		r, size := utf8.DecodeRuneInString(after[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += size
	}
	next := after[:e]
	r, _ = utf8.DecodeRuneInString(next)
	return utf8.RuneCountInString(next) >= 2 && unicode.IsUpper(r) && !functionWords[strings.ToLower(next)]
}

// initialsArticles, before a dotted run, make it a body's acronym ("the
// P.L.O.", "an O.A.S. mission"), not a person's initials.
var initialsArticles = lexicon.Words("initialsArticles")

// personInitials: a dotted run of two to four single capitals after a
// lower-case word that is no article is a person's run-together initials,
// as South Asian and Sri Lankan names are written ("talks with K.R.
// Menon", "his counterpart A.B. Rao", "negotiator T.K. Perera", "when
// S.P. Iyer arrived"); the caller still wants a capitalized word after
// it. Before, only a capitalized word could precede such initials, so the
// period after them cut the sentence and the name was lost, with the side
// its post gave (issue 14's three-hundred-and-eighth round: p1880, p1860,
// p652). Acronyms of states and bodies written so ("U.S.", "U.N.",
// "H.E.") are abbreviations, read before this.
func personInitials(w, prev string) bool {
	if initialsArticles[strings.ToLower(prev)] {
		return false
	}
	n := 0
	for _, part := range strings.Split(w, ".") {
		if part == "" {
			continue
		}
		r, size := utf8.DecodeRuneInString(part)
		if size != len(part) || !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

func appendSentence(out []Sentence, s string, line int) []Sentence {
	s = strings.TrimSpace(s)
	if s == "" {
		return out
	}
	toks := Tokenize(s)
	if len(toks) <= maxSentenceTokens {
		if len(toks) == 0 {
			return out
		}
		return append(out, Sentence{Text: s, Line: line, Toks: toks, Quoted: make([]bool, len(toks))})
	}
	for i := 0; i < len(toks); i += maxSentenceTokens {
		j := min(i+maxSentenceTokens, len(toks))
		out = append(out, NewSentence(s[toks[i].Start:toks[j-1].End], line))
	}
	return out
}

// NewSentence tokenizes one sentence of line.
func NewSentence(s string, line int) Sentence {
	st := Sentence{Text: strings.TrimSpace(s), Line: line}
	st.Toks = Tokenize(st.Text)
	st.Quoted = make([]bool, len(st.Toks))
	return st
}
