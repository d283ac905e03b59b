package text

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/parley-dev/parley/extract/lexicon"
)

// Text is what the text stage makes of an article: its sentences, tokenized,
// with credit lines dropped and agency datelines cut, and its first
// sentences as written, dateline included, for the dateline reader of the
// mention stage.
type Text struct {
	Sentences []Sentence
	Lead      []Sentence // the first three sentences, credit lines aside, before any is cut
}

// Read is the text stage: it bounds and normalizes the raw text, splits it
// into sentences of tokens, marks a headline and quoted tokens, drops
// credit lines and cuts datelines.
func Read(raw string) Text {
	if len(raw) > MaxTextBytes {
		raw = raw[:MaxTextBytes]
		if k := strings.LastIndexByte(raw, '\n'); k > 0 {
			raw = raw[:k]
		}
	}
	norm := Unwrap(Normalize(raw))
	sents := Split(norm)
	if len(sents) > 0 && sents[0].Line == FirstLine(norm) && LooksLikeTitle(sents[0].Text, norm) {
		sents[0].Title = true
		for i := 1; i < len(sents) && titleCaseDeck(sents, i); i++ {
			sents[i].Title = true
		}
	}
	// The headline's banks are told before headlineVerbs lowers their
	// verbs ("Envoy and Premier Confer on Pact").
	deck := HeadlineBanks(sents)
	for i := range sents {
		headlineVerbs(&sents[i])
		if !sents[i].Title {
			readNames(&sents[i])
		}
	}
	out := Text{Lead: leadOf(sents, deck)}
	kept := sents[:0]
	decks := 0
	for i, s := range sents {
		if IsByline(s.Text) {
			continue
		}
		first := len(kept)-max(decks-1, 0) <= 2
		if first && !s.Title && i+1 < len(sents) {
			s = creditBeforeDash(s, sents[i+1])
		}
		// A credit line between the headline and the dateline ("By
		// Political Staff", then "TOWN - ...") does not push the
		// dateline out of the first lines: the count is of kept ones,
		// the headline's banks aside (leadOf).
		kept = append(kept, StripDateline(s, first && !s.Title))
		if first && deck[i] && decks < maxDecks {
			decks++
		}
	}
	out.Sentences = kept
	return out
}

// closedCreditRE matches a dateline whose agency credit closes with a
// period before the dash that the next sentence opens with: "TOWN, June
// 26 (AGENCY-Wire). - The ...", which the splitter cuts after the period.
// The credit's words are no actor: a joint credit ("NZPA-Reuter") was
// read as a person's name (the two-hundred-and-sixty-fourth round,
// p1619; p1365's "TOWNSVILLE, Friday (AAP). —" has the shape too).
var closedCreditRE = regexp.MustCompile(`^(\p{Lu}[\p{L} .,'’0-9-]{0,40}?)\s*\([^)]{1,40}\)\s*\.$`)

// creditBeforeDash: the sentence s, a dateline with its credit closed by
// a period, before a sentence that opens with a dash, without the credit.
func creditBeforeDash(s, next Sentence) Sentence {
	n := strings.TrimSpace(next.Text)
	if !strings.HasPrefix(n, "-") && !strings.HasPrefix(n, "—") && !strings.HasPrefix(n, "–") {
		return s
	}
	m := closedCreditRE.FindStringSubmatch(strings.TrimSpace(s.Text))
	if m == nil || !strings.Contains(m[1], ",") {
		return s
	}
	t := NewSentence(m[1]+".", s.Line)
	readNames(&t)
	return t
}

// leadOf: the first three sentences as written, credit lines left out,
// so that a paper's "By Special Correspondent" or "By Political Staff"
// between the headlines and the dateline leaves the dateline among them
// (the two-hundred-and-fourth round).
//
// A bank of the headline alone on its line ("Envoy and Premier Confer on
// Pact", "THREE HOURS OF TALKS") after the first is read but not counted:
// the old broadsheets stack two or three such decks, and a credit, under
// the title before the dateline (the two-hundred-and-seventy-fourth
// round). The first bank still counts, so that a city line after the
// title, a bank and the story's first sentence is no dateline.
func leadOf(sents []Sentence, deck []bool) []Sentence {
	var lead []Sentence
	counted, decks := 0, 0
	for i, s := range sents {
		if counted == 3 {
			break
		}
		if IsByline(s.Text) {
			continue
		}
		lead = append(lead, s)
		if deck[i] {
			decks++
			if decks > 1 && decks <= maxDecks {
				continue
			}
		}
		counted++
	}
	return lead
}

// titleCaseDeck: sentence i, right below the headline or another such
// deck, is a deck set in title case as its headline is ("Premier and
// Cardinal Sign Three Documents Creating New State."), a period or not:
// alone on its line, short, every word of four letters or more
// capitalized and at most two lower-case words, with more lines after it. It is read as a headline, so "Cardinal Sign" is no name
// (the two-hundred-and-sixty-sixth round, p1628).
func titleCaseDeck(sents []Sentence, i int) bool {
	s := sents[i]
	if sents[i-1].Line == s.Line || i+1 < len(sents) && sents[i+1].Line == s.Line {
		return false
	}
	if len(s.Toks) == 0 || s.Toks[0].Lower == "from" || s.Toks[0].Lower == "by" {
		return false // a credit line ("From Our Correspondent in X"), read as one
	}
	if i+1 >= len(sents) {
		return false // the story's only body line
	}
	words, lower := 0, 0
	for _, t := range s.Toks {
		if t.Text == "," {
			return false // "Senator X, Minister for Y": an issuer, a person
		}
		if !t.Word {
			continue
		}
		words++
		if !t.Cap {
			lower++
		}
		if len([]rune(t.Text)) >= 4 && !t.Cap {
			return false
		}
	}
	// A body sentence has its short lower-case words ("met", "at",
	// "the", "on"); a deck at most two ("and", "in").
	return words >= 3 && words <= 15 && lower <= 2
}

// isDeck: sentence i is a headline's deck, a line below the headline
// that an old broadsheet sets in smaller type ("FOUR POWERS AT THE
// PALACE", "Occupation to end within months"): alone on its line,
// short, not closed by a period or other sentence punctuation. Two
// decks and a credit line pushed the dateline out of the first three
// sentences, so the story lost its city (the two-hundred-and-sixty-sixth
// round): the second deck and any after it are not counted (one deck
// and a body sentence still leave a later city line out). Only lines
// right after the headline or another deck count.
func isDeck(sents []Sentence, i int) bool {
	s := sents[i]
	t := strings.TrimSpace(s.Text)
	if t == "" || sents[i-1].Line == s.Line || i+1 < len(sents) && sents[i+1].Line == s.Line {
		return false
	}
	if strings.ContainsAny(t[len(t)-1:], ".!?:\"'”’)") || len(strings.Fields(t)) > 12 {
		return false
	}
	return true
}

// HeadlineBanks marks the banks of the headline under the title: a line
// read as a headline itself (titleCaseDeck), a line in title case or
// capitals (capsDeck), or a short line with no closing punctuation right
// under the title or another bank (isDeck). The two-hundred-and-sixty-sixth
// and seventy-fourth rounds wrote the last two apart; both kinds stack
// under old broadsheets' titles.
func HeadlineBanks(sents []Sentence) []bool {
	deck := make([]bool, len(sents))
	chain := len(sents) > 0 && sents[0].Title
	for i := 1; i < len(sents); i++ {
		deck[i] = sents[i].Title || capsDeck(sents, i) || chain && isDeck(sents, i)
		chain = chain && deck[i]
	}
	return deck
}

// maxDecks bounds the headline banks read past in the lead.
const maxDecks = 4

// deckWords are the words a headline in title case leaves in lower case.
var deckWords = lexicon.Words("deckLowerWords")

// capsDeck: sentence i is a bank of the headline under the title: not the
// title, alone on its line, at most twenty words, every word capitalized
// but the small words a headline writes in lower case (deckLowerWords).
// A body paragraph of one sentence has lower-case words.
func capsDeck(sents []Sentence, i int) bool {
	s := sents[i]
	if s.Title || i > 0 && sents[i-1].Line == s.Line || i+1 < len(sents) && sents[i+1].Line == s.Line {
		return false
	}
	n := 0
	for _, t := range s.Toks {
		if !t.Word {
			continue
		}
		n++
		if !t.Cap && !deckWords[t.Lower] && !isDigits(t.Text) {
			return false
		}
	}
	return n >= 2 && n <= 20
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// MaxTextBytes bounds the input: longer text is cut (at a line break when
// possible) so that extraction time stays bounded.
const MaxTextBytes = 16 << 20

// FirstLine is the number of the first non-blank line of text.
func FirstLine(text string) int {
	for i, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			return i + 1
		}
	}
	return 0
}

// LooksLikeTitle: the first line is a headline when it is a single
// sentence, short, and does not end like body text.
func LooksLikeTitle(first, text string) bool {
	line := strings.TrimSpace(strings.SplitN(strings.TrimLeft(text, "\n "), "\n", 2)[0])
	if line != first || len(line) > 200 || len(strings.Fields(line)) < 2 {
		return false
	}
	return !strings.HasSuffix(line, ".")
}

// bylineMarks are phrases found only in credit lines.
var bylineMarks = []string{"reporting by", "writing by", "editing by", "contributed reporting",
	"contributed to this report", "additional reporting"}

// IsByline: credit lines ("By X", "Reporting by X", "X contributed
// reporting") name journalists, not actors. They are short.
func IsByline(s string) bool {
	if len(s) > 400 {
		return false
	}
	t := strings.TrimLeft(s, "*-_ (")
	if len(t) > 4 && strings.EqualFold(t[:3], "by ") && t[3] >= 'A' && t[3] <= 'Z' {
		return true
	}
	l := strings.ToLower(t)
	if strings.HasPrefix(l, "photo:") || strings.HasPrefix(l, "source:") {
		return true
	}
	// "From Our Own Correspondent", "From our Diplomatic Correspondent":
	// the British papers' credit line, alone on its line (one that goes
	// on with a place and a day is the dateline too). Older papers print
	// it in parentheses and capitals, the period inside them, "(FROM OUR
	// OWN CORRESPONDENT.)": the closing parenthesis is no word of it.
	if strings.HasPrefix(l, "from our ") && strings.HasSuffix(strings.TrimRight(l, " .)"), "correspondent") && len(l) <= 60 {
		return true
	}
	for _, m := range bylineMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	// "By a Staff Writer", "By a Staff Correspondent", "By our Political
	// Reporter": an unnamed credit, whose capitalized title word would
	// otherwise be read as a surname.
	if staffBylineRE.MatchString(l) {
		return true
	}
	// "Staff Reporter", "From Our Staff Correspondent", "City Post Staff
	// Reporter": an unnamed credit with no "by", every word capitalized
	// and alone on its line; a sentence ending in such a word ("He was a
	// correspondent") has lower-case words.
	if titleCaseCreditRE.MatchString(strings.TrimSpace(t)) {
		return true
	}
	// "Special to The New York Times.": the old broadsheets' credit for a
	// dispatch filed by a correspondent, alone on its line before the
	// dateline, which it would otherwise push out of the first lines.
	return specialToRE.MatchString(t)
}

// specialToRE matches the credit line "Special to" and a paper's name,
// capitalized, short and alone: "Special to the Evening Herald." A
// sentence that goes on ("Special to the talks was ...") has a verb and
// lower-case words, and is no credit.
var specialToRE = regexp.MustCompile(`^Special to (?:[Tt]he )?\p{Lu}[\p{L}'’.-]*(?: (?:of |the )?\p{Lu}[\p{L}'’.-]*){0,4}\.?$`)

// staffBylineRE matches an unnamed credit line alone on its line: "by a",
// "by an" or "by our" and at most three words ending in a newsroom title.
// One that goes on with a place and a day ("By a correspondent, Nairobi,
// 9 May") is the dateline too and stays; a sentence opening "By a vote of
// ..." does not end in such a title.
var staffBylineRE = regexp.MustCompile(`^by (?:a|an|our) (?:[\p{L}'’-]+ ){0,3}` +
	`(?:writer|writers|reporter|reporters|correspondent|correspondents|staff|bureau|editor|stringer)` +
	`\s*\.?\s*$`)

// titleCaseCreditRE matches an unnamed credit line of capitalized words,
// at most four before a newsroom title and nothing after it but a period.
var titleCaseCreditRE = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’-]* ){0,4}` +
	`(?:Writer|Writers|Reporter|Reporters|Correspondent|Correspondents|Stringer)\.?$`)

// datelineRE matches an agency dateline, "CAIRO, May 2 (Reuters) - ",
// "SAPOÁ, Nicaragua (AP) - " (a town's accented capitals, p244) (or
// "--", as some agencies write the dash, or a colon: "DAVOS, Jan 21
// (Agency): "), and
// a bare agency credit in parentheses opening the text, "(Agency) ".
//
// A day written with slashes, as the Greek and Algerian agencies date
// their wires, "NEW YORK, 27/09/1999 (Agency - A. Reporter) - ", is a
// dateline too (the three-hundred-and-eighty-ninth round): the slashes
// kept it in the sentence, and the reporter's name that such a credit
// carries after its dash was read as a person sitting at the lead's
// talks (p2286; p1995's "(APS)" dateline stayed in the same way).
var datelineRE = regexp.MustCompile(`^(?:\p{Lu}[\p{L} .,'0-9]{0,40}\([^)]{1,40}\)\s*(?:-{1,2}|:)\s*|` +
	`\p{Lu}[\p{L} .'’-]{0,30},\s*\d{1,2}/\d{1,2}/\d{2,4}\s*\([^)]{1,40}\)\s*(?:-{1,2}|:|[–—])\s*|` +
	`\([A-Z][A-Za-z ]{1,30}\)\s+)`)

// datelineDashRE matches a dateline with no agency credit, closed by a
// dash: "KABUL, May 27 —", "Doha, 5 June 2024 -", "NEW YORK, Sept. 3 (Wire)
// –", "Lima, AGENCY -", "DOHA, Qatar —", a city with its country before
// the day, "KUNMING, China, March 9 -" (p368, p260, p157), a dated one
// closed by a colon, as South Asian papers print it ("KATHMANDU, March
// 23: ", p821: left in, its day was read as the lead's meeting day over
// the "on Monday" the sentence tells), and the bare capitals of "KABUL — "
// (dashes are " - " once normalized). The last form, a city in capitals
// with a weekday or a region after it, may close with a double hyphen
// too, as papers typed the dash ("KHARTOUM, Wednesday -- ", p809); the
// forms with a date keep their single dash, since later meetings of such
// leads take the dateline's city from its words in the lead (p748). The
// city in capitals with a weekday may close with a colon as well, as
// Commonwealth broadsheets print it ("DARWIN, Monday: ", "NAIROBI,
// Saturday: "; issue 14's four-hundred-and-thirty-fourth round, p1430,
// p2637): left in, its comma read as an apposition before the lead's
// subject, and "A and B stunned the country when they met" lost whom
// "they" stands for. Only a weekday closes so; a region before a colon
// may open a heading. Left in, its words run into the first sentence's
// subject. The city's country or region may stand in parentheses before
// the day's comma, "TOWN (Region), 31 August - ", "PORTO ALTO
// (Ruritania), Nov 10: " (the five-hundred-and-fifteenth round, p3127,
// p1054, p2394): left in, the comma after it cut the lead's subject from
// its "they".
var datelineDashRE = regexp.MustCompile(`^(?:[A-Z][\p{L}.'’-]*(?:[ -][A-Z][\p{L}.'’-]*){0,4}(?:\s*\([A-Z][\p{L} ]{1,30}\))?\s*,\s*` +
	`(?:[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,2}\s*,\s*)?` +
	`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\.?\s*(?:\([^)]{1,30}\)\s*)?(?:[-–—]|:)|` +
	`\p{Lu}[\p{Lu}.'’-]+(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3}\s*[-–—]|` +
	`[A-Z][\p{L}.'’-]*(?:[ -][A-Z][\p{L}.'’-]*){0,3}\s*,\s*\p{Lu}{2,8}\s*[-–—]|` +
	`\p{Lu}[\p{Lu}.'’-]+(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3}\s*,\s*[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,2}\s*(?:--|[-–—])|` +
	`\p{Lu}[\p{Lu}.'’-]+(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3}\s*,\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*:)\s+`)

// gluedDatelineRE matches an old broadsheet's dateline whose day closes
// with a period and a hyphen glued to the first word of the story, "TOKYO,
// July 15.-The delegations met" (p1810, p1517): the typesetter's dash
// with no space on either side. Only a capital right after it makes it a
// dateline (StripDateline checks it); left in, the dateline's words run
// into the first sentence's subject.
var gluedDatelineRE = regexp.MustCompile(`^[A-Z][\p{L}.'’-]*(?:[ -][A-Z][\p{L}.'’-]*){0,4}\s*,\s*` +
	`(?:[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,2}\s*,\s*)?` +
	`[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.-`)

// creditNoDashRE matches a dated dateline whose agency credit in
// parentheses is followed by the story with no dash or colon, as Prensa
// Latina, PTI and ENA print it: "Havana, May 8 (Agency) The President
// ...", "Samarkand (Uzbekistan), Sep 16 (Agency) Prime Minister ...",
// "Addis Ababa, June 27, 2018 (Agency) ..." (p2092, p1049, p1755, p1887
// and the PTI and ENA leads). Only a capital right after the credit makes
// it a dateline (StripDateline checks it); left in, the credit ran into
// the first sentence's subject and was read as a person sitting at the
// lead's talks.
var creditNoDashRE = regexp.MustCompile(`^[A-Z][\p{L}.'’-]*(?:[ -][A-Z][\p{L}.'’-]*){0,4}` +
	`(?:\s*\([A-Z][\p{L} ]{1,30}\))?\s*,\s*` +
	`(?:[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,2}\s*,\s*)?` +
	`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*` +
	`\([A-Z][^)]{0,29}\)\s+`)

// StripDateline cuts an agency dateline from s; lead also allows one with
// no agency credit, which only opens the article's first lines.
func StripDateline(s Sentence, lead bool) Sentence {
	loc := datelineRE.FindStringIndex(s.Text)
	if loc == nil && lead {
		loc = datelineDashRE.FindStringIndex(s.Text)
	}
	if loc == nil && lead {
		loc = gluedDatelineRE.FindStringIndex(s.Text)
		if loc != nil && (loc[1] >= len(s.Text) || !unicode.IsUpper(rune(s.Text[loc[1]]))) {
			loc = nil
		}
	}
	if loc == nil && lead {
		loc = creditNoDashRE.FindStringIndex(s.Text)
		if loc != nil && (loc[1] >= len(s.Text) || !unicode.IsUpper(rune(s.Text[loc[1]]))) {
			loc = nil
		}
	}
	if loc == nil || loc[1] >= len(s.Text) {
		return s
	}
	t := NewSentence(s.Text[loc[1]:], s.Line)
	t.Title = s.Title
	t.Filed = strings.TrimSpace(s.Text[:loc[1]])
	if !t.Title {
		// The cut sentence is tokenized anew: its names are read again as
		// Read reads them, or "MUSCAT - Sultan Qaboos bin Said received X"
		// loses its name and clause to the verb "said" (the hundred-and-
		// fifty-seventh round).
		readNames(&t)
	}
	cut := len(s.Toks) - len(t.Toks)
	if cut >= 0 && cut <= len(s.Quoted) {
		copy(t.Quoted, s.Quoted[cut:])
	}
	return t
}

// verbNameParts are verbs that are also names ("Said"); functionWords
// never open a name.
var (
	verbNameParts = lexicon.Words("verbNameParts")
	functionWords = lexicon.Words("functionWords")
	postNominals  = lexicon.Words("postNominals")
	styleWords    = lexicon.Words("styleWords")
	// singleStyleWords are a style on their own after "the" (styleEnd).
	singleStyleWords = lexicon.Words("singleStyleWords")
	nameHonorific    = lexicon.Words("honorifics")
	titleLeads       = lexicon.Words("postNominalTitleLeads")
)

// readNames reads a sentence's tokens as parts of names where they are:
// verbs inside names (verbsInNames), then styles and post-nominal letters
// dropped (styledNames), with their quoted marks, so that Quoted stays one
// mark per token.
func readNames(s *Sentence) {
	verbsInNames(s.Toks)
	drop := styledNames(s.Toks)
	if drop == nil {
		return
	}
	toks := s.Toks[:0]
	quoted := s.Quoted[:0]
	for i, t := range s.Toks {
		if drop[i] {
			continue
		}
		toks = append(toks, t)
		if i < len(s.Quoted) {
			quoted = append(quoted, s.Quoted[i])
		}
	}
	s.Toks, s.Quoted = toks, quoted
}

// styledNames drops the style and the letters that British, Irish and
// Commonwealth writing wraps around a person's name, which are no part
// of it: "the Rt Hon Tony Blair MP", "Mr Bertie Ahern TD", "Dr X MLA"
// (the hundred-and-forty-fourth round). A style ("Rt Hon", "Right
// Honourable", with "the" before it) goes when a capitalized word
// follows. Post-nominal letters go when they follow a name of two
// capitalized words or more, or one after an honorific ("Mr Adams MP"),
// and no capitalized word follows them: "Foyle MP John Hume" and "the
// Foyle MP said" keep the member's title, which a seat or party opens.
// It marks the tokens to drop, nil when there are none (most sentences).
func styledNames(toks []Token) []bool {
	var drop []bool // made at the first token to drop: most sentences have none
	mark := func(i, j int) {
		if drop == nil {
			drop = make([]bool, len(toks))
		}
		for ; i < j; i++ {
			drop[i] = true
		}
	}
	for k := 0; k < len(toks); k++ {
		if e := styleEnd(toks, k); e > k && e < len(toks) && toks[e].Word && toks[e].Cap {
			s := k
			if k > 0 && toks[k-1].Lower == "the" {
				s = k - 1
			}
			mark(s, e)
			k = e - 1
		}
	}
	for k := 1; k < len(toks); k++ {
		if !postNominal(toks[k]) || postNominal(toks[k-1]) {
			continue
		}
		e := k
		for e < len(toks) && postNominal(toks[e]) {
			e++
		}
		if e < len(toks) && toks[e].Word && toks[e].Cap || !namedBefore(toks, k, drop) {
			continue
		}
		mark(k, e)
	}
	return drop
}

// postNominal: t is a post-nominal's letters, written in capitals.
func postNominal(t Token) bool { return t.Acronym && postNominals[t.Lower] }

// styleEnd: a style opens at k ("Rt Hon", "Rt. Hon.", "Right
// Honourable"); it returns the index after it, or k when none opens.
func styleEnd(toks []Token, k int) int {
	e, n := k, 0
	for e < len(toks) && toks[e].Word && toks[e].Cap && styleWords[toks[e].Lower] {
		e, n = e+1, n+1
		if e < len(toks) && toks[e].Text == "." {
			e++
		}
	}
	if n == 1 && k > 0 && toks[k-1].Lower == "the" && singleStyleWords[toks[k].Lower] {
		// "Senator the Hon X", "the Honourable Y": Australian and New
		// Zealand releases give a minister the style in one word after
		// "the" (the hundred-and-ninety-sixth round).
		return e
	}
	if n < 2 {
		return k
	}
	return e
}

// namedBefore: the capitalized words right before k are a person's name
// rather than a seat, party or place with its member's title: two or
// more, or one after an honorific, and no article, possessive or title
// before them ("the Foyle MP", "a Labour MP", "its MLA").
func namedBefore(toks []Token, k int, drop []bool) bool {
	s := k
	for s > 0 && toks[s-1].Word && toks[s-1].Cap && !toks[s-1].Acronym && !nameHonorific[toks[s-1].Lower] && !titleLeads[toks[s-1].Lower] {
		s--
	}
	n := k - s
	if n == 0 {
		return false
	}
	p := s - 1
	for p >= 0 && drop != nil && drop[p] {
		p--
	}
	if p >= 0 && toks[p].Text == "." && p > 0 && nameHonorific[toks[p-1].Lower] {
		p--
	}
	if p >= 0 && nameHonorific[toks[p].Lower] {
		return true
	}
	if p >= 0 && (toks[p].Word && titleLeads[toks[p].Lower] || toks[p].Text == "'s") {
		return false
	}
	return n >= 2
}

// particleAfterName: the token at p is a lower-case name particle after a
// capitalized name word ("Qaboos bin", "Ahmed ben"): a capitalized verb
// after it ends the name ("Sultan Qaboos bin Said received X"), as one
// after a name word does (verbsInNames; the hundred-and-fifty-seventh
// round).
func particleAfterName(toks []Token, p int) bool {
	return p >= 1 && toks[p].Word && !toks[p].Cap && nameParticles[toks[p].Lower] &&
		toks[p-1].Word && toks[p-1].Cap && !toks[p-1].Acronym && !functionWords[toks[p-1].Lower]
}

// nameParticles join the parts of a name in lower case: "bin", "ibn".
var nameParticles = lexicon.Words("particles")

// verbsInNames: a verb that is also a name, capitalized inside a sentence
// right after a capitalized name word, is a part of that name ("Deputy
// Prime Minister Sayyid Shihab bin Tarik Al Said" p90, "Foreign Minister
// Ahmed Ben Said Jaffar" p214): running text writes the verb in lower
// case. Its Lower keeps the capital, so that no word list (reporting
// verbs, clause breaks) reads it as the verb. Headlines, which capitalize
// every word, are left alone.
func verbsInNames(toks []Token) {
	for k := 1; k < len(toks); k++ {
		t, prev := toks[k], toks[k-1]
		if t.Word && t.Cap && !t.Acronym && verbNameParts[t.Lower] &&
			(prev.Word && prev.Cap && !prev.Acronym && !functionWords[prev.Lower] || particleAfterName(toks, k-1) || givenBeforeName(toks, k)) {
			toks[k].Lower = t.Text
		}
	}
}

// givenBeforeName: the verb-name at k, capitalized inside a sentence after
// a lower-case word or a comma, opens a name when a capitalized name word
// follows ("the opposition leader Said X Y", "talks with Said X"): the
// verb would be written in lower case there (issue 14's
// five-hundred-and-sixtieth round; p3096, p2005, p3375).
func givenBeforeName(toks []Token, k int) bool {
	prev := toks[k-1]
	if prev.Word && prev.Cap || prev.Text == "." || prev.Text == "\"" || prev.Text == ":" || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.Word && n.Cap && !n.Acronym && !functionWords[n.Lower]
}

// headlineVerbs: a headline or a deck under it writes every word with a
// capital, its verbs too ("Soviet Leader Received at the Vatican",
// "Desert King Came by Destroyer", "Foreign Ministers Attend", "PM X
// Agree to Boost Trade"), and a verb right after a title or a name read
// as a name of its own or the name's last word. In a line cased so
// (headlineCased), a word of headlineVerbWords after a capitalized word
// loses its capital, as running text would write it (issue 14's
// two-hundred-and-seventieth round: p1652, p1653, p1035, p615).
func headlineVerbs(s *Sentence) {
	if !headlineCased(s.Toks) {
		return
	}
	for k := 1; k < len(s.Toks); k++ {
		t, prev := s.Toks[k], s.Toks[k-1]
		if t.Word && t.Cap && !t.Acronym && headlineVerbWords[t.Lower] && prev.Word && prev.Cap {
			s.Toks[k].Cap = false
		}
	}
}

var headlineVerbWords = lexicon.Words("headlineVerbWords")

// headlineCased: toks, four words or more not closed by a period, write
// every word but the function words with a capital, as a headline does.
func headlineCased(toks []Token) bool {
	if len(toks) == 0 || toks[len(toks)-1].Text == "." {
		return false
	}
	words := 0
	for _, t := range toks {
		if !t.Word || t.Text[0] >= '0' && t.Text[0] <= '9' {
			continue
		}
		words++
		if !t.Cap && !functionWords[t.Lower] {
			return false
		}
	}
	return words >= 4
}
