// Package mention is the second stage of extraction: over the sentences of
// the text stage it finds what each stretch of a sentence names (Find): a
// state, demonym, city, organization, group, person, title reference or
// non-actor, from the gazetteer and the lexicon's titles and head nouns,
// and the city of the article's dateline. Mentions are not yet resolved to
// actors: that is the next stage's work, in package extract.
package mention

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Mentions is the mention stage's output.
type Mentions struct {
	Sentences [][]Mention // per sentence of the text, sorted by position
	Dateline  string      // the city the article is filed from, "" when none
	// DatelineForm is the dateline's city as written ("NEW YORK").
	DatelineForm string
	LowerSeen    map[string]bool // every word the article writes in lower case
}

// scanner is the mention stage's view of one article.
type scanner struct {
	g         *gazetteer.Gazetteer
	sents     []text.Sentence
	lowerSeen map[string]bool
	homeCode  string          // the country of the dateline's city, "" when none
	misters   map[string]bool // names written after "Mr." (monsieur.go)
	// titleFamilies: title words the article writes as family names
	// (titlefamily.go).
	titleFamilies map[string]bool
	// monthFamilies: month words the article writes as family names
	// (titlefamily.go).
	monthFamilies map[string]bool
	altNames      map[string]bool // state forms written as family names (altsurname.go)
}

// abbreviationCut: the sentence toks is a dateline's town and its
// abbreviated state ("JACKSON HOLE, Wyo.") and the next opens with the
// agency's bracket or the dash: the splitter took the state's period for
// a full stop ("TOWN, Wyo." then "(AP) - The talks ...").
func abbreviationCut(toks, next []text.Token) bool {
	n := len(toks)
	if n < 3 || n > 8 || len(next) < 3 {
		return false
	}
	switch next[0].Text {
	case "(", "-", "—", "–":
	default:
		return false
	}
	for c := 1; c < n-1; c++ {
		if toks[c].Text == "," {
			return stateAbbreviation(toks, c+1) == n-c-1
		}
	}
	return false
}

// creditAfterPeriod: the sentence toks is a few words in capitals closed
// by a period, and the next sentence opens with an agency credit in
// capitals and a dash: "NUR-SULTAN." then "AGENCY - The talks ...", one
// dateline the sentence splitter cut in two.
func creditAfterPeriod(toks, next []text.Token) bool {
	n := len(toks)
	if n < 2 || n > 6 || toks[n-1].Text != "." || !allCapitals(toks[:n-1]) || len(next) < 3 || !next[0].Acronym {
		return false
	}
	switch next[1].Text {
	case "-", "—", "–":
		return true
	}
	return false
}

// dayAfterPeriod: the sentence toks is a few words in capitals closed by
// a period, and the next is the filing day alone, closed by a period too:
// "CITY." then "September 7." (or "7 September.") before "AGENCY - The
// talks ...", the Central Asian agencies' dated dateline, which the
// sentence splitter cuts after the city and after the day (issue 14's
// two-hundred-and-seventieth round, p1654; the undated form is
// creditAfterPeriod's, p707, p795). Joined, the city reads as a
// dateline's, a month after its period.
func dayAfterPeriod(toks, next []text.Token) bool {
	n, m := len(toks), len(next)
	if n < 2 || n > 6 || toks[n-1].Text != "." || !allCapitals(toks[:n-1]) || m < 3 || m > 5 || next[m-1].Text != "." {
		return false
	}
	month := -1
	for k, t := range next[:m-1] {
		if _, ok := lexicon.Months[t.Lower]; ok {
			month = k
		} else if !IsNumber(t.Lower) && t.Text != "," {
			return false
		}
	}
	return month >= 0 && m-1 <= 4 && slices.ContainsFunc(next[:m-1], func(t text.Token) bool { return IsNumber(t.Lower) })
}

// Find is the mention stage: the dateline city from the lead, then the
// mentions of every sentence. A capitalized word the article also writes
// in lower case is an ordinary word at the start of a sentence.
func Find(g *gazetteer.Gazetteer, t text.Text) Mentions {
	d := &scanner{g: g, sents: t.Sentences, lowerSeen: map[string]bool{}, misters: misterSurnames(t.Sentences), titleFamilies: titleFamilyNames(t.Sentences), monthFamilies: monthFamilyNames(t.Sentences)}
	out := Mentions{LowerSeen: d.lowerSeen, Sentences: make([][]Mention, len(t.Sentences))}
	// The words written in lower case first: a dateline's town is none
	// of them (agencyDateline).
	for _, s := range d.sents {
		for _, t := range s.Toks {
			if t.Word && !t.Cap {
				d.lowerSeen[t.Lower] = true
			}
		}
	}
	d.altNames = d.altStateSurnames()
	for i, s := range t.Lead {
		toks := s.Toks
		if i+1 < len(t.Lead) && (creditAfterPeriod(toks, t.Lead[i+1].Toks) || abbreviationCut(toks, t.Lead[i+1].Toks) || dayAfterPeriod(toks, t.Lead[i+1].Toks)) {
			// "NUR-SULTAN. AGENCY - ...": the period after the city ended
			// a sentence; the dateline runs on into the next one.
			toks = append(append([]text.Token(nil), toks...), t.Lead[i+1].Toks...)
		}
		if out.Dateline, out.DatelineForm, d.homeCode = d.readDateline(toks); out.Dateline != "" {
			break
		}
	}
	for si := range d.sents {
		out.Sentences[si] = sloganFirst(&d.sents[si], allLedParties(&d.sents[si], stateLedGroups(&d.sents[si], d.scanSentence(si))))
	}
	d.formerCapitalState(out.Sentences, out.Dateline)
	home := d.homeCode
	if venueOnlyHome(d.sents, out.Sentences, home) {
		// The dateline's state only hosts (venuehost.go): "the
		// government" is not its, but that of the one state whose
		// government or military the story names, if any.
		d.homeCode = standInHome(d.sents, out.Sentences, home)
	}
	for si := range d.sents {
		d.homeSide(si, &out.Sentences[si])
		described(&d.sents[si], &out.Sentences[si])
	}
	d.homeCode = home
	organAnaphors(d.sents, out.Sentences)
	unionGovernment(d.sents, out.Sentences, d.homeCode)
	compassApposedTowns(d.sents, out.Sentences)
	namedTowns(out.Sentences)
	thingNames(d.sents, out.Sentences)
	companyNames(d.sents, out.Sentences)
	modifierNames(d.sents, out.Sentences)
	datelineTownElsewhere(out.Sentences, out.Dateline)
	headlineNames(d.sents, out.Sentences)
	agencyCredits(t.Lead, d.sents, out.Sentences)
	sharedFamilyPairs(d.sents, out.Sentences, d.lowerSeen)
	familyPlurals(d.sents, out.Sentences, d.lowerSeen)
	return out
}

// headlineNames drops the names the headline's capitals make of its verbs,
// from the title and the banks under it (text.HeadlineBanks) and only
// there: the banks stand between the title and the body, and a list of
// capitalized posts further down ("For the Government: Mr X, Minister")
// is no headline. body holds the words the story writes capitalized
// outside the headlines.
func headlineNames(sents []text.Sentence, ms [][]Mention) {
	deck := text.HeadlineBanks(sents)
	body := map[string]bool{}
	for i, s := range sents {
		if deck[i] || s.Title {
			continue
		}
		for _, t := range s.Toks {
			if t.Word && t.Cap {
				body[t.Lower] = true
			}
		}
	}
	for i := range sents {
		if !deck[i] && !sents[i].Title {
			break
		}
		toks := sents[i].Toks
		kept := ms[i][:0]
		for _, m := range ms[i] {
			if m.Kind == Person && (deck[i] && deckVerbName(toks, m, body) || headlineVerbName(toks, m, body)) {
				continue
			}
			kept = append(kept, m)
		}
		ms[i] = kept
	}
}

// deckVerbName: in a bank of the headline in title case, a name none of
// whose words the body writes capitalized: every word of a deck is
// capitalized, so a verb and its object after a title ("Premier Returns
// Call of ...", "Envoy Sees ...") read as a name; the decks' real names,
// "Taft and Diaz Meet", come again in the body (the
// two-hundred-and-seventy-fourth round, p1677, p1328, p1409, p1418). A
// name with a post after its comma is a credit's signatory ("Senator X,
// Minister for Foreign Affairs"), kept.
func deckVerbName(toks []text.Token, m Mention, body map[string]bool) bool {
	apposed := m.J < len(toks) && toks[m.J].Text == ","
	return !apposed && !slices.ContainsFunc(toks[m.I:m.J], func(t text.Token) bool { return t.Word && body[t.Lower] })
}

// headlineVerbName: in the title or a bank, a name that opens with a verb
// of action the headline capitalizes (lexicon headlineActionVerbs) and
// that the story never writes capitalized outside the headlines: "Peru
// Regains X, Chile Keeps Y", "Asks Europe Settlement Without U.S.",
// "Leaders Shake Hands" are a subject, a verb and its object, not a name,
// though the object's own word ("X") comes again in the body, which
// keeps it past deckVerbName (issue 14's two-hundred-and-seventy-sixth
// round, p1691, p1494, p1180).
func headlineVerbName(toks []text.Token, m Mention, body map[string]bool) bool {
	t := toks[m.I]
	return t.Cap && headlineActionVerbs[t.Lower] && !body[t.Lower]
}

// datelineTownElsewhere: the town a dateline is filed from ("SEATOWN, May 4 (Agency)
// -") is that place wherever its name stands alone in the story ("met at
// Seatown", "sources close to Seatown"), not a person, though the
// gazetteer does not know it. A name with a title before it stays a
// person's.
func datelineTownElsewhere(sents [][]Mention, city string) {
	if city == "" {
		return
	}
	for _, ms := range sents {
		for i := range ms {
			if m := &ms[i]; (m.Kind == Person || m.Kind == Unknown) && !m.Titled && m.Title == "" && strings.EqualFold(m.Text, city) {
				m.Kind, m.City, m.Title = City, city, ""
			}
		}
	}
}

// compassApposedTowns: a name after "in", "at" or "near" set off by a
// comma, a compass word, "of" and a city ("in X, south of Rabat", "at Y,
// about 30 kilometres north of Gulu") is a town the gazetteer lacks,
// placed by the city it lies outside; namedTowns then reads it so
// wherever else it stands alone (issue 14's five-hundred-and-twenty-eighth
// round: p3205, p3203, p2685, p3097).
func compassApposedTowns(sents []text.Sentence, ms [][]Mention) {
	for si := range ms {
		toks := sents[si].Toks
		for i := range ms[si] {
			m := &ms[si][i]
			if m.Kind != Unknown && m.Kind != Person || m.Titled || m.Title != "" || m.I < 1 {
				continue
			}
			switch toks[m.I-1].Lower {
			case "in", "at", "near":
			default:
				continue
			}
			k := m.J
			if k >= len(toks) || toks[k].Text != "," {
				continue
			}
			k++
			for k < len(toks) && k <= m.J+5 && (compassDistanceWords[toks[k].Lower] || IsNumber(toks[k].Lower)) {
				k++
			}
			if k+2 >= len(toks) || !compassWords[toks[k].Lower] || toks[k+1].Lower != "of" {
				continue
			}
			if slices.ContainsFunc(ms[si], func(c Mention) bool { return c.I == k+2 && c.Kind == City }) {
				m.Kind, m.City, m.Title = City, m.Text, ""
			}
		}
	}
}

// namedTowns: a name the story calls a town ("the Kyrgyz town of X") is
// that place wherever else it stands alone ("told reporters in X"), not
// a person.
func namedTowns(sents [][]Mention) {
	towns := map[string]string{}
	for _, ms := range sents {
		for _, m := range ms {
			if m.Kind == City && m.City == m.Text {
				towns[m.Text] = m.City
			}
		}
	}
	if len(towns) == 0 {
		return
	}
	for _, ms := range sents {
		for i := range ms {
			if c, ok := towns[ms[i].Text]; ok && (ms[i].Kind == Person || ms[i].Kind == Unknown) && !ms[i].Titled {
				ms[i].Kind, ms[i].City, ms[i].Title = City, c, ""
			}
		}
	}
}

// stateLedGroups: a group whose name opens with its country's name, with
// no possessive between ("Myanmar National Democratic Alliance Army",
// "Sudan People's Liberation Movement"; p65, p81), is one name: the state
// is part of it, not a side of its own.
func stateLedGroups(s *text.Sentence, ms []Mention) []Mention {
	return stateLed(s, ms, func(m, g Mention) bool {
		return g.Kind == Group && g.I == m.J && s.Toks[m.J].Cap && s.Toks[m.J].Word
	})
}

// stateLed folds each state mention into the mention right after it when
// opens says the state's name opens that one's, which then starts where
// the state did.
func stateLed(s *text.Sentence, ms []Mention, opens func(state, next Mention) bool) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind == State && i+1 < len(ms) && opens(m, ms[i+1]) {
			g := ms[i+1]
			g.I = m.I
			g.Text = SpanText(s, g.I, g.J)
			out = append(out, g)
			i++
			continue
		}
		out = append(out, m)
	}
	return out
}

// homeSide: in "between the government and X" ("the military"), the side
// the text leaves unnamed is the state of the story, the country its
// dateline is filed from ("MANILA, Philippines - Talks between the
// government and the NDF ...", p81 and a build-half article). Only a
// side of a "between" pair, or of a pair that opens the sentence ("The
// government and X held talks"): elsewhere "the government" may be
// anyone's.
func (d *scanner) homeSide(si int, ms *[]Mention) {
	if d.homeCode == "" {
		return
	}
	toks := d.sents[si].Toks
	for k := -1; k+3 < len(toks); k++ {
		if k < 0 {
			// "The government and X held talks ...": the pair opens the
			// sentence as its subject, the same two sides as after
			// "between" (issue 14's hundred-and-thirty-sixth round).
			// A sentence that names the dateline's state itself ("at a
			// Kenyan army camp") tells it as the venue: the
			// government is then another state's.
			if !openingPair(toks) && !openingTalksWith(toks) || slices.ContainsFunc(*ms, func(m Mention) bool {
				return (m.Kind == State || m.Kind == Demonym) && m.Code == d.homeCode
			}) {
				continue
			}
		} else if toks[k].Lower != "between" || toks[k+1].Lower != "the" || !homeSideNouns[toks[k+2].Lower] || toks[k+3].Lower != "and" && !d.homeTeamPair(toks, k+3, *ms) {
			continue
		}
		// Written with a capital ("between the Government and Renamo",
		// p132) the noun is read as a name of its own; it is still the
		// home side, the same construction as p81's.
		*ms = slices.DeleteFunc(*ms, func(m Mention) bool { return m.I == k+2 && m.J == k+3 && m.Kind == Unknown })
		if slices.ContainsFunc(*ms, func(m Mention) bool { return m.I <= k+2 && m.J > k+2 }) {
			continue
		}
		// Read as a demonym heading "government": the state itself, its
		// side of the pair, and no name of it.
		*ms = append(*ms, Mention{I: k + 2, J: k + 3, Actor: -1, Text: toks[k+2].Text, Kind: Demonym, Code: d.homeCode, HeadNoun: "government"})
		slices.SortStableFunc(*ms, func(a, b Mention) int { return a.I - b.I })
	}
}

// openingPair: the sentence opens with "The government and" ("The
// military and") and a name or "the" after it: "The government and the
// Front held talks", not "The government and its allies".
func openingPair(toks []text.Token) bool {
	return len(toks) > 4 && toks[0].Lower == "the" && homeSideNouns[toks[1].Lower] && toks[2].Lower == "and" && (toks[3].Lower == "the" || toks[3].Cap)
}

// openingTalksWith: the sentence opens with "The government" ("The
// military") as the subject of talks with a side named after "with":
// "The government held talks with the Front", "The military resumed
// peace talks with X" — the verb and at most two words before "talks".
func openingTalksWith(toks []text.Token) bool {
	if len(toks) < 6 || toks[0].Lower != "the" || !homeSideNouns[toks[1].Lower] || !toks[2].Word || toks[2].Cap {
		return false
	}
	for k := 3; k < len(toks)-2 && k <= 5; k++ {
		if !toks[k].Word {
			return false
		}
		if toks[k].Lower == "talks" && toks[k+1].Lower == "with" {
			return toks[k+2].Lower == "the" || toks[k+2].Cap
		}
	}
	return false
}

// Kind is what a stretch of a sentence names.
type Kind int

const (
	State    Kind = iota + 1 // a country by name
	Demonym                  // "Qatari", "Egyptian"
	City                     // a city; a capital may stand for its state
	Org                      // an organization
	Group                    // an armed group, movement or party
	Person                   // a person's name (one word or more)
	Unknown                  // one unknown capitalized word, resolved later
	NonActor                 // a document, event or building
	TitleRef                 // a title with no name after it: "Qatar's prime minister"
	// Described is a lower-case definite description of a side named
	// before ("the rebels", "the government"); the resolution stage links
	// it to that side or drops it, so no later stage sees this kind.
	Described
)

// Mention is one stretch of a sentence that names something.
type Mention struct {
	I, J     int // token span
	Kind     Kind
	Actor    int    // actor index, -1 until resolved
	Code     string // country code: of the state, demonym, or capital
	City     string // city name for mCity
	Text     string
	Desc     bool   // describes the person or title after it ("Qatar's" in "Qatar's PM X")
	Title    string // for persons and title references: the title before the name
	Titled   bool   // a title or honorific precedes the name
	HeadNoun string // for mDemonym: the noun after it ("army", "government")
	Plural   bool   // honorific "Messrs." that also covers the next name
	TI       int    // for persons with a title: the title's first token
}

// PhraseStart is where a person's name phrase starts: at its title, or at
// an honorific that is no title ("Sheikh X", "Tan Sri Y": Title is empty
// but the words belong to the name's phrase), else at the name.
func (m *Mention) PhraseStart() int {
	if (m.Title != "" || m.Titled) && m.TI < m.I {
		return m.TI
	}
	return m.I
}

// scanSentence finds the gazetteer phrases and capitalized names of one
// sentence and classifies them.
func (d *scanner) scanSentence(si int) []Mention {
	s := &d.sents[si]
	toks := s.Toks
	n := len(toks)
	covered := make([]bool, n)
	cityAt := make(map[int]cityHit)
	var ms []Mention
	for i := 0; i < n; {
		if !toks[i].Cap {
			i++
			continue
		}
		if e := styledPeer(toks, i); e > 0 {
			// "the Duchess of Cornwall", "the Prince of Wales": a person
			// named by a peer's or royal style (styledpeer.go).
			ms = append(ms, Mention{I: i, J: e, Actor: -1, Text: SpanText(s, i, e), Kind: Person, Titled: true, TI: i})
			for k := i; k < e; k++ {
				covered[k] = true
			}
			i = e
			continue
		}
		if e := crownGovernment(toks, i); e > 0 {
			if code := d.ukCode(); code != "" {
				// "His Majesty's Government" (crowngov.go).
				t := SpanText(s, i, e)
				ms = append(ms, Mention{I: i, J: e, Actor: -1, Text: t, Kind: State, Code: code})
				for k := i; k < e; k++ {
					covered[k] = true
				}
				i = e
				continue
			}
		}
		l, e := d.longestPhrase(toks, i)
		if l == 0 {
			// "South and North Korea": the first conjunct shares the
			// second's head ("South Korea").
			if e2, ok := d.ellipsisPhrase(toks, i); ok {
				ms = append(ms, Mention{I: i, J: i + 1, Actor: -1, Text: toks[i].Text, Kind: State, Code: e2.Ref})
				covered[i] = true
			}
			i++
			continue
		}
		if e.Kind == gazetteer.CountryName && stateRepublic(toks, i+l) {
			l++ // "the Azerbaijan Republic", "Congo Republic": the state's own name
		}
		if e.Kind == gazetteer.City && l >= 2 && aliasInName(s, i, l, e) {
			i++
			continue
		}
		if e.Kind == gazetteer.CountryName && l == 1 && (d.stateInName(toks, i) || d.stateEndsName(s, i, e) || d.stateOpensName(si, i) || d.stateAfterNameHyphen(toks, i) || d.stateBeforeParticle(toks, i) || d.altNames[toks[i].Lower] && d.altStateForm(s, i, e)) {
			// Left to the run of the person's name it stands in.
			i++
			continue
		}
		if e.Kind == gazetteer.City && peerageOf(toks, i) {
			// "the Duke of Edinburgh", "the Earl of Derby": a town
			// the gazetteer knows, after a peer's style and "of", is
			// part of the peer's title, not where anything happened.
			ms = append(ms, Mention{I: i, J: i + l, Actor: -1, Text: SpanText(s, i, i+l), Kind: NonActor})
			for k := i; k < i+l; k++ {
				covered[k] = true
			}
			i += l
			continue
		}
		if e.Kind == gazetteer.City && namesBuilding(toks, i+l) {
			// "at St Paul's Cathedral": a name the gazetteer knows as a
			// town, owning a capitalized building's noun, names the
			// building (for its saint or founder), not the town.
			ms = append(ms, Mention{I: i, J: i + l, Actor: -1, Text: SpanText(s, i, i+l), Kind: NonActor})
			for k := i; k < i+l; k++ {
				covered[k] = true
			}
			i += l
			continue
		}
		if e.Kind == gazetteer.City && l == 1 && !VenueTown(toks, i) {
			// One-word cities may be surnames: decided once the run is
			// known; not one right after a building's name ("at State
			// House X"), which is where the building stands.
			cityAt[i] = cityHit{e, l}
			i++
			continue
		}
		m := Mention{I: i, J: i + l, Actor: -1, Text: SpanText(s, i, i+l)}
		switch e.Kind {
		case gazetteer.CountryName:
			m.Kind, m.Code = State, e.Ref
		case gazetteer.Demonym:
			m.Kind, m.Code = Demonym, e.Ref
			if i+l < n && toks[i+l].Word && (!toks[i+l].Cap || demonymStateNouns[toks[i+l].Lower]) {
				m.HeadNoun = toks[i+l].Lower
			}
		case gazetteer.Org:
			m.Kind, m.Code = Org, e.Ref
		case gazetteer.City:
			m.Kind, m.City = City, e.City
			if e.Capital {
				m.Code = e.Ref
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
		if k > 0 && (toks[k-1].Cap || initialPeriod(toks, k-1)) && k+1 < n && middleInitial(toks, k+1) {
			// "Andrei A. Gromyko": an initial, not the article; so too
			// after another initial, "J. A. Mensah", "J. E. A. Mensah".
			return true
		}
		if k > 0 && (toks[k-1].Cap || honorificPeriod(toks, k-1)) && initialRun(toks, k) {
			// "Mr. A. V. X", "Foreign Minister A S M Y": after a title
			// or an honorific, a capital "A" that opens a run of initials
			// before a name is the first initial, not the article
			// (the two-hundred-and-seventy-third round, p1670, p1449).
			return true
		}
		if nameParticleWord(s, k) {
			return true // "General Secretary To Lam", "Assembly Do Van Hieu"
		}
		if vietMiddleThe(s, k) {
			return true // "Ambassador Nguyen The X" (vietmiddle.go)
		}
		if titledPronounName(s, k, d.commonWord) {
			return true // "Vice Premier He Lifeng"
		}
		if firstRegnalNumeral(toks, k) {
			return true // "X I, the Ecumenical Patriarch", "Y Z I, who"
		}
		if hyphenedGivenOpening(s, k, d.g.Common) {
			return true // "Minister Hyun In-taek", "spokesperson Lee Do-woon"
		}
		if !s.Title && !initial[k] && monthSurname(toks, k) && (!initial[k-1] || !d.commonWord(toks[k-1])) {
			return true // "Theresa May said"
		}
		if !s.Title && d.loneMonthFamily(toks, k) {
			return true // "Theresa May ... May held talks"
		}
		if !initial[k] && countedBodyWord(toks, k) {
			return true // "the Seven Party Alliance", "the Four-Power Commission"
		}
		if !t.Word || !t.Cap || covered[k] || functionWords[t.Lower] || isDateWord(toks, k) {
			return false
		}
		if initial[k] && d.commonWord(t) && !openingTitle(toks, k) && !openingHonorific(toks, k) && !d.lyGivenName(toks, k) && !d.endingLikeWord(t, cityAt, k) {
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
		if e := styleEnd(toks, i, j); e > i {
			// "His Royal Highness Prince X", "His Highness Sheikh Y": the
			// style is no name (styleEnd).
			if e == j {
				i = j
				continue
			}
			i = e
		}
		if e := acronymDefinedName(toks, i, false); e > j && !(j < n && toks[j].Text == "'s" && d.namedPossessor(toks, i, j)) {
			// A named possessor ends the run at "'s" before the acronym's
			// name: "Mr X's Democratic Movement (DM)" (namedpossessor.go).
			ms = definedName(s, ms, i, e)
			i = e
			continue
		}
		if e := nationEndedName(toks, ms, i); e > j {
			ms = definedName(s, ms, i, e)
			if n := &ms[len(ms)-1]; n.Kind == Org && !orgHeadIn(toks, i, e) {
				n.Kind = Group // a movement or party of the country
			}
			i = e
			continue
		}
		// A demonym or country name may open the long name: "Liberians
		// United for Reconciliation and Democracy (LURD)" (p242),
		// "Guatemalan National Revolutionary Unity (URNG)" (p152).
		if lead := leadingNation(ms, i); lead >= 0 {
			if e := acronymDefinedName(toks, lead, true); e >= j {
				ms = definedName(s, ms, lead, e)
				i = e
				continue
			}
		}
		if e, x := churchConferenceLand(toks, ms, i, j); e > j {
			// "the Episcopal Conference of Nicaragua": the church's
			// conference takes its country's name, which the gazetteer
			// read first.
			ms = append(ms[:x], ms[x+1:]...)
			ms = append(ms, Mention{I: i, J: e, Actor: -1, Text: SpanText(s, i, e), Kind: Org})
			i = e
			continue
		}
		for _, m := range causeLedBody(s, i, j, d.bodyWithComplement(s, i, j, d.classifyRun(s, si, i, j, cityAt))) {
			// A romanized given name of two syllables, the second in lower
			// case: "Park Hye-jin". Only after a name of two words or more,
			// so that "Kremlin-backed" stays an adjective.
			if m.Kind == Person && m.J-m.I >= 2 && m.J+1 < n && toks[m.J].Text == "-" && toks[m.J].Glued &&
				toks[m.J+1].Glued && (hyphenSyllable(toks[m.J+1], d.g.Common) || givenSyllable(toks[m.J-1], toks[m.J+1]) ||
				romanizedSyllable(toks, m.J+1) || ngSyllable(toks, m.J+1) || fourLetterSyllable(toks, m.J+1, d.g.Common)) {
				m.J += 2
				m.Text = SpanText(s, m.I, m.J)
				j = max(j, m.J)
			}
			if m.Kind == Person && m.J-m.I >= 2 && linkedSurnameTail(toks, m.J, d.g.Common) {
				m.J += 4
				m.Text = SpanText(s, m.I, m.J)
				j = max(j, m.J)
			}
			if labelRun(toks, m) {
				m.Kind = NonActor // "Gulf Arab officials" (labelrun.go)
			}
			if stateStyleWord(toks, ms, m) {
				continue // "the Union of Burma" (crowngov.go)
			}
			if m.Kind == Person && placeOfItsKind(toks, m.I) {
				// "the breakaway region of X", "the town of Y": a place
				// the gazetteer lacks, named by its kind, is no person.
				continue
			}
			if m.Kind == Person && countedName(toks, m.I) {
				// "the Custodian of the Two Holy Mosques", "the Three
				// Gorges": a counted thing named with capitals, no person.
				continue
			}
			if m.Kind == Person && gluedInitials.MatchString(m.Text) {
				// "V.V.Putin" is written "V.V. Putin", so that the
				// surname is a word of the name of its own.
				m.Text = gluedInitials.ReplaceAllString(m.Text, "$1. $2")
			}
			if m.Kind == Person && strings.ContainsAny(m.Text, "()") {
				m.Text = strings.Join(strings.Fields(strings.NewReplacer("(", " ", ")", " ").Replace(m.Text)), " ")
			}
			ms = append(ms, m)
		}
		i = j
	}
	Sort(ms)
	ms = possessiveTitle(s, ms)
	return rebelLabelGroups(s, qualifiedGroups(s, datedGroups(s, communityNames(s, jointBodies(s, demonymLedGroups(s, demonymInsideMovements(s, blocOrgans(s, unSystemBodies(s, ms)))))))))
}

// placeOfItsKind: the name at token i follows "of" after a lower-case
// noun for a kind of place ("the region of", "the disputed territory of",
// "the town of").
func placeOfItsKind(toks []text.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "of" || toks[i-2].Cap {
		return false
	}
	k := toks[i-2].Lower
	return settlementNouns[k] || regionNouns[k]
}

// countedName: the capitalized run at i follows "the" and a capitalized
// number word ("the Two Holy Mosques", "the Three Gorges"), the form of a
// counted thing's proper name; a person's name follows no number, and a
// count of people is written in lower case ("the two Presidents"). Issue
// 14's two-hundred-and-ninety-second round (p1682, p1785).
func countedName(toks []text.Token, i int) bool {
	return i >= 2 && toks[i-2].Lower == "the" && toks[i-1].Cap && countWords[toks[i-1].Lower]
}

// countWords are the number words from one to nineteen (lexicon
// unitNumbers).
var countWords = lex("unitNumbers")

// stateRepublic: the capitalized "Republic" at token k follows a country
// name and makes one name with it ("President of the Azerbaijan Republic
// X", "Congo Republic"), where the gazetteer lists only the state's other
// official names: the word is no part of the person's name after it.
// "Republic Day" is a holiday of the state.
func stateRepublic(toks []text.Token, k int) bool {
	return k < len(toks) && toks[k].Cap && toks[k].Lower == "republic" && !toks[k].Glued &&
		(k+1 >= len(toks) || toks[k+1].Lower != "day")
}

// stateInName: a one-word state name at token i between a title or a
// name and a surname is part of a person's name: given names and
// surnames that are also states ("Secretary Chad X", "Minister Israel
// X", "President Ana Montenegro X"), or a surname after an honorific
// ("Mrs. Montenegro"). Otherwise both neighbours must be name-like:
// capitalized words, no acronym, no function, common or gazetteer word
// ("Israel Defense Forces", "Jordan Valley", "Chad Qatar talks" keep the
// state), and the surname not glued to a hyphen or a possessive.
func (d *scanner) stateInName(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	if h := i - 1; honorifics[toks[h].Lower] && toks[h].Cap ||
		h > 0 && toks[h].Text == "." && honorifics[toks[h-1].Lower] && toks[h-1].Cap {
		// After an honorific it is the surname itself ("Mrs. X said").
		return i+1 == len(toks) || !toks[i+1].Glued && !IsTitleWord(toks[i+1].Lower)
	}
	if i+1 >= len(toks) || !d.nameWord(toks, i+1) {
		return false
	}
	if i+2 < len(toks) && toks[i+2].Glued && (toks[i+2].Text == "-" || toks[i+2].Text == "'") {
		return false
	}
	if prev := toks[i-1]; IsTitleWord(prev.Lower) {
		return prev.Word && prev.Cap
	}
	return d.nameWord(toks, i-1)
}

// stateOpensName: a one-word state name opening a sentence (or the text
// after a dateline's dash) is a given name when a name-like word follows
// it that closes the name ("Israel X, the minister, said", "Georgia Y
// met") and the article names that person by the surname alone elsewhere:
// the surname stands capitalized in another sentence, not right after the
// state's name. stateInName reads a state between two name words; at the
// start of a sentence there is no name word before it. The state's name
// opening "Jordan Valley" or "Israel Radio" is left: those are common
// words, no name words.
func (d *scanner) stateOpensName(si, i int) bool {
	s := &d.sents[si]
	toks := s.Toks
	if s.Title || i+1 >= len(toks) || toks[i].Glued {
		return false
	}
	if i > 0 {
		switch toks[i-1].Text {
		case "-", "--", "\u2014", "\u2013":
		default:
			return false
		}
	}
	if !d.nameWord(toks, i+1) {
		return false
	}
	if k := i + 2; k < len(toks) && (toks[k].Word && toks[k].Cap || toks[k].Glued && (toks[k].Text == "-" || toks[k].Text == "'")) {
		return false
	}
	sur := toks[i+1].Lower
	for sj := range d.sents {
		if sj == si || d.sents[sj].Title {
			continue
		}
		ts := d.sents[sj].Toks
		for k, t := range ts {
			if t.Lower == sur && t.Cap && (k == 0 || ts[k-1].Lower != toks[i].Lower) {
				return true
			}
		}
	}
	return false
}

// nameWord: toks[k] may be part of a person's name — a capitalized word,
// no acronym, no function, common, title or gazetteer word, and never
// written in lower case in the article.
func (d *scanner) nameWord(toks []text.Token, k int) bool {
	t := toks[k]
	if !t.Word || !t.Cap || t.Acronym || functionWords[t.Lower] || d.g.Common[t.Lower] || d.lowerSeen[t.Lower] || IsTitleWord(t.Lower) {
		return false
	}
	l, _ := d.longestPhrase(toks, k)
	return l == 0
}

// stateEndsName: a one-word state name at token i closes the person's
// name before it, with no name-like word after it (stateInName reads
// that case). Either the state is met under another spelling than its
// own name, right after a name-like word that no place preposition
// opens ("Steven Mann", Mann being an old name of the Isle of Man), or
// it is the state's own name after a title and two name-like words
// ("Prime Minister Madhav Kumar Nepal said", or a title head written in
// lower case: "party chair X Y Nepal"), where no verb of telling
// stands before the title: "told Prime Minister Ana Lind Peru would ..."
// keeps the state.
func (d *scanner) stateEndsName(s *text.Sentence, i int, e gazetteer.Entry) bool {
	toks := s.Toks
	if i < 2 || i+1 < len(toks) && (toks[i+1].Cap && toks[i+1].Word || toks[i+1].Glued && toks[i+1].Text == "-") {
		return false
	}
	if !d.nameWord(toks, i-1) {
		return false
	}
	c := d.g.Countries[e.Ref]
	if c == nil {
		return false
	}
	if graph.Key(toks[i].Text) != graph.Key(c.Name) {
		return !placePreps[toks[i-2].Lower]
	}
	if i < 3 || !d.nameWord(toks, i-2) {
		return false
	}
	k := i - 3
	if !IsTitleWord(toks[k].Lower) || !toks[k].Cap && !titleHeads[toks[k].Lower] {
		return false
	}
	for k > 0 && toks[k-1].Cap && IsTitleWord(toks[k-1].Lower) {
		k--
	}
	if k > 1 && toks[k-1].Lower == "the" {
		k-- // "told the envoy X Y Peru would ..."
	}
	return k == 0 || !tellingVerbs[toks[k-1].Lower]
}

// aliasInName: a city phrase of several words met under a foreign
// spelling of its name (not the canonical one), right after a capitalized
// word that is no title, function or common word, is the rest of a
// person's name: Vietnamese given names ("Nguyen Van X") spell some
// Chinese cities' Vietnamese readings (p384, p429). The canonical name
// ("Ho Chi Minh City") stays a city wherever it stands.
func aliasInName(s *text.Sentence, i, l int, e gazetteer.Entry) bool {
	toks := s.Toks
	if i == 0 || graph.Key(SpanText(s, i, i+l)) == graph.Key(e.City) {
		return false
	}
	p := toks[i-1]
	return p.Word && p.Cap && !p.Acronym && !functionWords[p.Lower] && !IsTitleWord(p.Lower) && !toks[i].Acronym
}

// qualifiedGroups: a party's name followed by its faction in brackets,
// "the CPN (Maoist)", "the Congress (Democratic)", "the Communist Party of
// X (Maoist)": the bracketed adjective tells the faction apart and is part
// of the name, not a definition of it (an acronym in capitals) nor a
// group of its own; a party named for its country ("Party of X") keeps
// the country in the name before the brackets. Without it the side read
// was "CPN" or "Communist Party" and the faction a group "Maoist" (the
// two-hundred-and-seventy-seventh round, p1699, p906, p1223).
func qualifiedGroups(s *text.Sentence, ms []Mention) []Mention {
	toks := s.Toks
	out := make([]Mention, 0, len(ms))
	for x := 0; x < len(ms); x++ {
		m := ms[x]
		if m.Kind != Group && m.Kind != Org && m.Kind != Unknown {
			out = append(out, m)
			continue
		}
		if !toks[m.J-1].Acronym && !groupHeads[toks[m.J-1].Lower] {
			out = append(out, m)
			continue
		}
		j, used := m.J, 0
		if x+1 < len(ms) && ms[x+1].Kind == State && ms[x+1].I == j+1 && toks[j].Lower == "of" {
			j, used = ms[x+1].J, 1 // "Party of X"
		}
		if !factionAt(toks, j) {
			out = append(out, m)
			continue
		}
		m.J, m.Kind = j+3, Group
		m.Text = SpanText(s, m.I, m.J)
		out = append(out, m)
		x += used
		if x+1 < len(ms) && ms[x+1].I == j+1 {
			x++ // the faction's word read alone
		}
	}
	return out
}

// factionAt: "(Adjective)" at k, one capitalized word in brackets ending
// as an adjective does ("Maoist", "Democratic", "Provisional").
func factionAt(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || toks[k].Text != "(" || toks[k+2].Text != ")" {
		return false
	}
	w := toks[k+1]
	if !w.Word || !w.Cap || w.Acronym {
		return false
	}
	for _, suf := range []string{"ist", "ic", "al", "ive", "ed"} {
		if strings.HasSuffix(w.Lower, suf) {
			return true
		}
	}
	return false
}

// datedGroups: a movement named for a date ("the June 5 Movement", p222;
// "the April 19 Movement", p246; "the 23 March Movement") is one group:
// the month and day open its name rather than date the sentence. Only
// after "the": "On June 5 Movement leaders met" is dated.
func datedGroups(s *text.Sentence, ms []Mention) []Mention {
	toks := s.Toks
	for x, m := range ms {
		if m.I < 3 || (m.Kind != Unknown && m.Kind != Group) || !groupHeads[toks[m.J-1].Lower] {
			continue
		}
		if DateNamesGroup(toks, m.I-2) || DateNamesGroup(toks, m.I-1) {
			m.I -= 2
			m.Kind = Group
			m.Text = SpanText(s, m.I, m.J)
			ms[x] = m
		}
	}
	return ms
}

// DateNamesGroup: the month word at k and the day number next to it,
// after "the" and before a capitalized group head ("the June 5 Movement",
// "the 23 March Movement"), open a group's name; they date nothing.
func DateNamesGroup(toks []text.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) || !toks[k].Cap {
		return false
	}
	if _, ok := lexicon.Months[toks[k].Lower]; !ok {
		return false
	}
	first, head := k-1, k+2 // "the June 5 Movement"
	if dayNumber(toks[k-1].Text) {
		first, head = k-2, k+1 // "the 23 March Movement"
	} else if !dayNumber(toks[k+1].Text) {
		return false
	}
	return first >= 0 && head < len(toks) && toks[first].Lower == "the" && toks[head].Cap && groupHeads[toks[head].Lower]
}

// dayNumber: a day of the month written in figures.
func dayNumber(w string) bool {
	if !IsNumber(w) || len(w) > 2 {
		return false
	}
	d, _ := strconv.Atoi(w)
	return d >= 1 && d <= 31
}

// allLedParties: "All" capitalized inside a sentence, right before a
// name, opens that name ("the All Basotho Convention", p221; "the All
// Liberia Coalition Party", p242): such names are parties, even when
// their head is "Convention" or "Conference".
func allLedParties(s *text.Sentence, ms []Mention) []Mention {
	toks := s.Toks
	if s.Title {
		return ms
	}
	for x, m := range ms {
		if m.I < 2 || toks[m.I-1].Text != "All" || !toks[m.I-2].Word || m.J-m.I < 2 {
			continue
		}
		head := toks[m.J-1].Lower
		switch {
		case m.Kind == Group || m.Kind == Org && (groupHeads[head] || orgHeads[head]):
		case (m.Kind == NonActor || m.Kind == Unknown) && (allPartyHeads[head] || groupHeads[head]):
			m.Kind = Group
		default:
			continue
		}
		m.I--
		m.Text = SpanText(s, m.I, m.J)
		ms[x] = m
	}
	return ms
}

// acronymDefinedName: from i, capitalized words joined by connectors
// ("of", "for", "and", "in") that run to an acronym in brackets starting
// with the first word's letter are one long name the acronym defines:
// "Movement of Democratic Forces of Casamance (MFDC)", "Front for Change
// and Concord in Chad (FACT)" (p123, p130). Translated names keep the
// original's acronym, so only the first letter must agree, or the
// second word's where a translation turned the order of an adjective and
// its noun ("Patriotic Front ... (FPLN)"); and no later
// word after a connector may start with that letter, so that "Dakar and
// the Democratic Movement (DM)" names only the movement. It returns the
// name's end, 0 when the construction does not hold.
//
// When lead, the name opens with a demonym or a country's name; with no
// connector in it, the acronym must then hold the initials of all its
// words ("Guatemalan National Revolutionary Unity (URNG)").
func acronymDefinedName(toks []text.Token, i int, lead bool) int {
	if !toks[i].Word || !toks[i].Cap || toks[i].Acronym || functionWords[toks[i].Lower] {
		return 0
	}
	letter, second := toks[i].Text[0], byte(0)
	if i+1 < len(toks) && toks[i+1].Word && toks[i+1].Cap {
		second = toks[i+1].Text[0]
	}
	conn, words := false, 1
	for k := i + 1; k < len(toks) && k-i <= 12; k++ {
		t := toks[k]
		switch {
		case t.Text == "(":
			if words < 3 || !toks[k-1].Cap || k+2 >= len(toks) || !toks[k+1].Acronym || toks[k+2].Text != ")" {
				return 0
			}
			if !conn && !(lead && permutedInitials(toks[i:k], toks[k+1].Text)) {
				return 0
			}
			if toks[k+1].Text[0] != letter && toks[k+1].Text[0] != second && !permutedInitials(toks[i:k], toks[k+1].Text) {
				return 0
			}
			return k
		case t.Word && t.Cap && !t.Acronym:
			if toks[k-1].Word && !toks[k-1].Cap && t.Text[0] == letter {
				return 0
			}
			words++
		case t.Word && !t.Cap && nameConnectors[t.Lower] && !hyphenTail(toks, k):
			// One connector after a word, or two ("for the", "in the"),
			// the first word's too ("Alliance for the Re-liberation of
			// X"), but for a state's government: "Government of the
			// Republic of X (GRP)" is the state the style names.
			p := compoundHead(toks, i, k-1)
			if !toks[p].Cap && !(p-1 >= i && toks[p-1].Cap && nameConnectors[toks[p].Lower] && (p-1 > i || toks[i].Lower != "government")) {
				return 0
			}
			conn = true
		case t.Word && hyphenTail(toks, k):
			// "Re-liberation", "Tehreek-e-Labbaik": a syllable glued by a
			// hyphen to the word before is part of that word.
		case t.Text == "-" && t.Glued || t.Text == "'s":
		default:
			return 0
		}
	}
	return 0
}

// placeLinkAt: at k a hyphen glued between a capitalized word and a
// place's link word ("les", "sur", "upon", lexicon placeNameLinks), itself
// glued by a second hyphen to a capitalized word: "Colombey-les-Deux-
// Eglises", "Saint-Germain-en-Laye". Such a chain names one place.
func placeLinkAt(toks []text.Token, k int) bool {
	if k < 1 || k+3 >= len(toks) || !toks[k-1].Word || !toks[k-1].Cap {
		return false
	}
	return toks[k].Text == "-" && toks[k].Glued && toks[k+1].Glued && toks[k+1].Word && !toks[k+1].Cap &&
		placeNameLinks[toks[k+1].Lower] && toks[k+2].Text == "-" && toks[k+2].Glued &&
		toks[k+3].Glued && toks[k+3].Word && toks[k+3].Cap
}

// placeLinked: the run [m, j) holds a place's link chain (placeLinkAt).
func placeLinked(toks []text.Token, m, j int) bool {
	for k := m + 1; k+3 < j+1 && k < j; k++ {
		if placeLinkAt(toks, k) {
			return true
		}
	}
	return false
}

// hyphenTail: the word at k is glued by a hyphen to the word before it
// ("Re-liberation", the "e" and "Labbaik" of "Tehreek-e-Labbaik").
func hyphenTail(toks []text.Token, k int) bool {
	return k >= 2 && toks[k].Glued && toks[k-1].Text == "-" && toks[k-1].Glued && toks[k-2].Word
}

// compoundHead: the first word of the hyphenated compound that ends at k
// (k itself when the word at k stands alone), not before i.
func compoundHead(toks []text.Token, i, k int) int {
	for k-2 >= i && hyphenTail(toks, k) {
		k -= 2
	}
	return k
}

// nationEndedName: from i, capitalized words, some joined by hyphens to
// syllables ("Tehreek-e-Labbaik", "Tehreek-i-Taliban"), the last a
// country's name, then an acronym in brackets that spells the initials
// of every capitalized word in order: "Tehreek-e-Labbaik Pakistan (TLP)",
// "Tehreek-i-Taliban Pakistan (TTP)". The acronym tells that the country
// closes the name of a movement or party of that country, not a state
// beside it (issue 14's two-hundred-and-eighty-seventh round, p1759,
// p1333, p738). With no connector the long-name reading
// (acronymDefinedName) needs a demonym or country first; here the
// country comes last, so all the initials must agree. It returns the
// name's end (the bracket), 0 when the construction does not hold.
func nationEndedName(toks []text.Token, ms []Mention, i int) int {
	if !toks[i].Word || !toks[i].Cap || toks[i].Acronym || functionWords[toks[i].Lower] {
		return 0
	}
	var initials []byte
	for k := i; k < len(toks) && k-i <= 12; k++ {
		t := toks[k]
		switch {
		case t.Text == "(":
			if len(initials) < 3 || k+2 >= len(toks) || !toks[k+1].Acronym || toks[k+2].Text != ")" || string(initials) != toks[k+1].Text {
				return 0
			}
			for _, m := range ms {
				if m.J == k && m.I > i && m.J-m.I == 1 && m.Kind == State {
					return k
				}
			}
			return 0
		case t.Word && t.Cap && !t.Acronym && (k == i || !toks[k-1].Word || toks[k-1].Cap):
			initials = append(initials, t.Text[0])
		case t.Word && !t.Cap && hyphenTail(toks, k):
		case t.Text == "-" && t.Glued:
		default:
			return 0
		}
	}
	return 0
}

// orgHeadIn: a word of [i, j) heads organizations ("Bank", "Council").
func orgHeadIn(toks []text.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if orgHeads[toks[k].Lower] {
			return true
		}
	}
	return false
}

// leadingNation: the index of the token of a one-word demonym or
// country mention that ends right where a run starts at i, -1 when none.
func leadingNation(ms []Mention, i int) int {
	for _, m := range ms {
		if m.J == i && m.J-m.I == 1 && (m.Kind == State || m.Kind == Demonym) {
			return m.I
		}
	}
	return -1
}

// permutedInitials: the acronym's letters are the initials of the name's
// capitalized words, each once, in another order — the original
// language's order, which its translation turned ("Revolutionary Armed
// Forces of X (FARC)", "Kanak and Socialist National Liberation Front
// (FLNKS)"; p165, p145).
func permutedInitials(name []text.Token, acr string) bool {
	var initials []byte
	for _, t := range name {
		if t.Word && t.Cap && !t.Acronym {
			initials = append(initials, t.Text[0])
		}
	}
	if len(initials) != len(acr) {
		return false
	}
	letters := []byte(acr)
	slices.Sort(letters)
	slices.Sort(initials)
	return string(letters) == string(initials)
}

// definedName is the long name [i, j) before its acronym, replacing the
// mentions found inside it ("Chad" of "... in Chad (FACT)"): a group when
// a word of it heads armed groups and movements, else an organization.
func definedName(s *text.Sentence, ms []Mention, i, j int) []Mention {
	ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.I >= i && m.J <= j })
	m := Mention{I: i, J: j, Actor: -1, Text: SpanText(s, i, j), Kind: Org}
	for k := i; k < j; k++ {
		if w := s.Toks[k].Lower; groupHeads[w] || groupHeads[strings.TrimSuffix(w, "s")] {
			m.Kind = Group
			break
		}
	}
	return append(ms, m)
}

// communityNames: a country or demonym right before a second demonym
// ("Greek Cypriot", "Turkish Cypriot", p127) or before a lone unknown
// word that a community noun follows ("Kosovo Serb community", p129)
// names one community of a land, a side of its own: not the first state,
// nor the second. Read as a group, its people are its members.
func communityNames(s *text.Sentence, ms []Mention) []Mention {
	toks := s.Toks
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if (m.Kind == State || m.Kind == Demonym) && i+1 < len(ms) && ms[i+1].I == m.J && ms[i+1].J-ms[i+1].I == 1 {
			n := ms[i+1]
			after := n.J < len(toks) && toks[n.J].Word && !toks[n.J].Cap
			// The land is the second of two demonyms ("Greek Cypriot":
			// Cypriots of Greek descent), else the country named first.
			land := m.Code
			if n.Kind == Demonym {
				land = n.Code
			}
			w := toks[n.I].Lower
			head := orgHeads[w] || groupHeads[w] || titleHeads[w] || homeSideNouns[w]
			if !head && (n.Kind == Demonym && after && n.Code != "" && n.Code != m.Code || n.Kind == Unknown && communityNounAfter(toks, n.J)) {
				g := Mention{I: m.I, J: n.J, Actor: -1, Text: SpanText(s, m.I, n.J), Kind: Group, Code: land}
				out = append(out, g)
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// communityNounAfter: a community noun at k, or after a coordinated
// second community sharing it ("Kosovo Serb and Kosovo Albanian
// communities").
func communityNounAfter(toks []text.Token, k int) bool {
	for e := k; e < len(toks) && e <= k+4; e++ {
		t := toks[e]
		switch {
		case t.Lower == "and" && e == k:
		case t.Word && !t.Cap:
			return communityNouns[t.Lower]
		case t.Word && t.Cap && e > k:
		default:
			return false
		}
	}
	return false
}

// demonymLedGroups: a demonym opening the capitalized name of an armed
// group or movement ("Sudanese Armed Forces", "Syrian Democratic Forces",
// "Libyan National Army") is part of that name, not a state beside a
// group "Armed Forces". Only groups of two words or more after the
// demonym, so that "the Sudanese Army" stays the state's army.
func demonymLedGroups(s *text.Sentence, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind == Demonym && i+1 < len(ms) {
			g := ms[i+1]
			if g.Kind == Group && g.I == m.J && g.J-g.I >= 2 && groupHeads[s.Toks[g.J-1].Lower] {
				g.I = m.I
				g.Text = SpanText(s, g.I, g.J)
				out = append(out, g)
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// stateLedOrgs: a country's name opening the capitalized name of a body
// of two words or more that an organization's head noun ends ("Nigeria
// Labour Congress", p179; "Kenya National Commission", p192) is part of
// that name, not a state beside a body "Labour Congress". A demonym
// ("the Kenyan Labour Congress") or a possessive ("Kenya's Labour
// Congress") keeps the state apart.
func stateLedOrgs(s *text.Sentence, ms []Mention) []Mention {
	return stateLed(s, ms, func(m, g Mention) bool {
		return g.Kind == Org && g.I == m.J && g.J-g.I >= 2 && orgHeads[s.Toks[bodyHead(s.Toks, g.I, g.J)].Lower] && s.Toks[m.J-1].Cap
	})
}

// jointBodies folds state-led bodies (stateLedOrgs), then a state glued
// by a hyphen before such a body: a body named for the two states it
// joins ("the A-B Joint Commission", "the Ninth Meeting of the A-B
// Strategic Council") is one name, and its first state no side beside
// it, as the second is none; "the A-B talks" has no body and keeps both
// (the two-hundred-and-sixtieth round, p1593, p68).
func jointBodies(s *text.Sentence, ms []Mention) []Mention {
	states := map[int]bool{}
	for _, m := range ms {
		if m.Kind == State {
			states[m.I] = true
		}
	}
	ms = stateLedOrgs(s, ms)
	toks := s.Toks
	return stateLed(s, ms, func(m, g Mention) bool {
		h := m.J
		return g.Kind == Org && states[g.I] && g.I == h+1 && toks[h].Text == "-" && toks[h].Glued && toks[g.I].Glued
	})
}

// bodyConnector: a word joining a body's head to what it serves.
func bodyConnector(w string) bool { return w == "of" || w == "for" }

// bodyHead is the head of a body's name [i,j): the word before its first
// "of" or "for" ("Congress for Democracy"), else its last word.
func bodyHead(toks []text.Token, i, j int) int {
	for k := i + 1; k < j-1; k++ {
		if bodyConnector(toks[k].Lower) {
			return k - 1
		}
	}
	return j - 1
}

// longestPhrase returns the length and entry of the longest gazetteer
// phrase starting at token i.
func (d *scanner) longestPhrase(toks []text.Token, i int) (int, gazetteer.Entry) {
	best, be := 0, gazetteer.Entry{}
	var key strings.Builder
	for l := 1; l <= d.g.MaxLen && i+l <= len(toks); l++ {
		// One word is its own key: most tokens are looked up alone and
		// stop there, so only longer phrases build a key.
		k := toks[i].Lower
		if l > 1 {
			if l == 2 {
				key.WriteString(k)
			}
			key.WriteByte(' ')
			key.WriteString(toks[i+l-1].Lower)
			k = key.String()
		}
		e, ok := d.g.Phrases[k]
		if !ok {
			if !d.g.Prefixes[k] {
				break
			}
			continue
		}
		if e.Acr && l == 1 && !toks[i].Acronym {
			continue // "Who" is not WHO
		}
		if e.Minor && !townCue(toks, i, l) {
			continue
		}
		// Nor before a link word that carries the place's name on
		// ("Stratford" of "Stratford-upon-Avon").
		if placeLinkAt(toks, i+l) {
			continue
		}
		// A phrase must not stop inside a hyphenated or longer capitalized name.
		if i+l < len(toks) && toks[i+l].Text == "-" && toks[i+l].Glued && i+l+1 < len(toks) && toks[i+l+1].Cap && toks[i+l+1].Glued {
			if _, ok2 := d.g.Phrases[toks[i+l+1].Lower]; !ok2 {
				continue
			}
		}
		if e.Kind == gazetteer.City && townNamedVenue(toks, i, l) {
			continue // "at the X Hotel": the hotel's name, not the town
		}
		best, be = l, e
	}
	return best, be
}

// townNamedVenue: the town's name at [i, i+l) is the first part of a
// building's name after "the", "the X Hotel" (townNamedVenues): hotels
// carry the names of towns they do not stand in ("the Shangri-La Hotel"
// in Singapore), so the name is no place of the story.
func townNamedVenue(toks []text.Token, i, l int) bool {
	e := i + l
	return i > 0 && toks[i-1].Lower == "the" && e < len(toks) && toks[e].Cap && toks[e].Word && townNamedVenues[toks[e].Lower]
}

// townCue: the words toks[i:i+l], a town of the gazetteer's smaller
// places, stand where the text puts a place: right after "in", "at",
// "near" or "outside", and not followed by another capitalized word or a
// possessive ("in Hart's view" is no town).
func townCue(toks []text.Token, i, l int) bool {
	if i == 0 {
		return datelineTown(toks, l)
	}
	if toks[i-1].Lower == "to" && tripDestination(toks, i, l) {
		return true
	}
	// Named by its kind: "the town of X", "the Salvadoran port of Y"; by
	// the part of it a place is in: "on the outskirts of X"; or after a
	// building's name: "at State House X", "at the Lake Hotel, X".
	if !townCues[toks[i-1].Lower] && !placeOfItsKind(toks, i) && !outskirtsOf(toks, i) && !VenueTown(toks, i) {
		return false
	}
	if e := i + l; e < len(toks) && (toks[e].Text == "'s" || toks[e].Word && toks[e].Cap) {
		return false
	}
	return true
}

// outskirtsOf: the name at token i follows "of" after a lower-case noun
// for the edge of a settlement ("on the outskirts of X", "in a suburb of
// Y"): the name is the settlement's.
func outskirtsOf(toks []text.Token, i int) bool {
	return i >= 2 && toks[i-1].Lower == "of" && !toks[i-2].Cap && outskirtsNouns[toks[i-2].Lower]
}

// VenueTown: the name at token i follows, directly or after a comma, a
// building's capitalized name that "at" or "at the" opens ("at State
// House X", "at the Lake Hotel, Y"): a hotel, a palace or a state house is
// named with the town it stands in.
func VenueTown(toks []text.Token, i int) bool {
	if i < 2 {
		return false
	}
	v := i - 1
	if toks[v].Text == "," {
		v--
	}
	return v >= 1 && toks[v].Cap && venueNouns[toks[v].Lower] && NameAfterAt(toks, v, 3)
}

// NameAfterAt: the capitalized words ending at token e, at most most of
// them before it, follow "at" or "at the": a building's name ("at State
// House", "at the Lake Hotel").
func NameAfterAt(toks []text.Token, e, most int) bool {
	b := e
	for b > 0 && toks[b-1].Cap && toks[b-1].Word && e-b < most {
		b--
	}
	if b > 0 && toks[b-1].Lower == "the" {
		b--
	}
	return b > 0 && toks[b-1].Lower == "at"
}

// datelineTown: a town opening the text in capitals, then a comma, a
// parenthesis or a dash, is a dateline's ("KUTAISI, May 4 (Wire) -"):
// wire copy is filed from where the news happens, whatever its size. A
// colon closes it too, as South Asian and Pacific dailies write a
// dateline with no day ("TOWN: The agreement was signed here
// yesterday"), which a city of the gazetteer already opens (issue 14's
// three-hundred-and-ninetieth round, p2377).
func datelineTown(toks []text.Token, l int) bool {
	if l >= len(toks) {
		return false
	}
	if datedTitleTown(toks, l) {
		return true
	}
	for _, t := range toks[:l] {
		if t.Text != strings.ToUpper(t.Text) {
			return false
		}
	}
	switch toks[l].Text {
	case ",", "(", "-", "—", "–", ":":
		return true
	}
	return false
}

// datedTitleTown: a town written in title case opening the text, then a
// comma and the day in either order ("Town, 14 June (Agency). -", "Town,
// Oct. 16 -"), is a dateline's as one in capitals is: European agencies
// and the old wires set the town so, and a name, a comma and a date open
// no sentence of the story (issue 14's four-hundred-and-third round:
// p2454, whose Venice left its meetings unplaced; the dateline of p1217,
// p1547 and p807, whose towns the text names again).
func datedTitleTown(toks []text.Token, l int) bool {
	if l+2 >= len(toks) || toks[l].Text != "," {
		return false
	}
	for _, t := range toks[:l] {
		if t.Word && !t.Cap {
			return false
		}
	}
	_, m1 := lexicon.Months[toks[l+1].Lower]
	_, m2 := lexicon.Months[toks[l+2].Lower]
	day := l + 2
	// "Oct. 16": the month's abbreviation keeps its period.
	if m1 && toks[day].Text == "." && day+1 < len(toks) {
		day++
	}
	return m1 && IsNumber(toks[day].Lower) || IsNumber(toks[l+1].Lower) && m2
}

var townCues = map[string]bool{"in": true, "at": true, "near": true, "outside": true}

// tripDestination: the town at toks[i:i+l] is where a trip told in the
// past went for a purpose: "went on to Darwin to meet X", "flew to Kupang
// to see Y" (a trip verb within three words before "to", "to" and a verb
// after the town).
func tripDestination(toks []text.Token, i, l int) bool {
	e := i + l
	if e+1 >= len(toks) || toks[e].Lower != "to" || toks[e+1].Cap {
		return false
	}
	for v := i - 2; v >= 0 && v >= i-4; v-- {
		if tripVerbs[toks[v].Lower] {
			return true
		}
	}
	return false
}

// tripVerbs, in the past tense, tell a trip made.
var tripVerbs = lex("tripVerbs")

// ellipsisPhrase: at i a capitalized word, "and", then a country name of
// two words or more whose head, after this word, also names a country:
// "South and North Korea" gives South Korea for "South".
func (d *scanner) ellipsisPhrase(toks []text.Token, i int) (gazetteer.Entry, bool) {
	if i+3 >= len(toks) || toks[i+1].Lower != "and" || !toks[i+2].Cap {
		return gazetteer.Entry{}, false
	}
	l2, e2 := d.longestPhrase(toks, i+2)
	if l2 < 2 || e2.Kind != gazetteer.CountryName {
		return gazetteer.Entry{}, false
	}
	var key strings.Builder
	key.WriteString(toks[i].Lower)
	for k := i + 3; k < i+2+l2; k++ {
		key.WriteByte(' ')
		key.WriteString(toks[k].Lower)
	}
	e, ok := d.g.Phrases[key.String()]
	return e, ok && e.Kind == gazetteer.CountryName
}

// sentenceInitials marks the tokens where any word would be capitalized:
// the first word, and the first word after an opening quote, colon or dash.
func sentenceInitials(toks []text.Token) []bool {
	init := make([]bool, len(toks))
	expect, seenWord := true, false
	for k, t := range toks {
		if t.Word {
			init[k] = expect
			expect, seenWord = false, true
			continue
		}
		switch t.Text {
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
func (d *scanner) commonWord(t text.Token) bool {
	if d.lowerSeen[t.Lower] || functionWords[t.Lower] || initialWords[t.Lower] {
		return true
	}
	if t.Acronym {
		return false
	}
	return len(t.Lower) > 5 && (strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ly"))
}

// endingLikeWord: the sentence-initial word at k, whose "-ing" or "-ly"
// ending made commonWord take it for a gerund or an adverb, is a city the
// gazetteer knows as a capital or a city of a million people, and no word
// of the language nor one the article writes in lower case: "Beijing and
// Washington agreed ...", "Peking says ...", "Nanjing was chosen as the
// venue" open with the place, not an ordinary word. A town that is also a
// common word ("Reading the statement, ...") stays a word.
func (d *scanner) endingLikeWord(t text.Token, cityAt map[int]cityHit, k int) bool {
	c, ok := cityAt[k]
	if !ok || c.l != 1 || !(c.e.Capital || c.e.Pop >= 1000000) {
		return false
	}
	w := t.Lower
	return !d.lowerSeen[w] && !functionWords[w] && !initialWords[w] && !d.g.Common[w]
}

// lyGivenName: a sentence-initial word whose "-ly" ending looked like an
// adverb's is a given name when it runs, with no comma, into a capitalized
// name word and is no adverb of a frequent adjective ("Anatoly X, a deputy
// minister, ..."; "Vitaly X said"). "Finally Moscow agreed" keeps its
// adverb: "final" is a frequent word.
func (d *scanner) lyGivenName(toks []text.Token, k int) bool {
	t := toks[k]
	w := t.Lower
	if !strings.HasSuffix(w, "ly") || d.lowerSeen[w] || functionWords[w] || initialWords[w] || d.g.Common[w] || k+1 >= len(toks) {
		return false
	}
	stem := w[:len(w)-2]
	if d.g.Common[stem] || d.g.Common[stem+"e"] || d.g.Common[w[:len(w)-1]+"e"] ||
		strings.HasSuffix(stem, "i") && d.g.Common[stem[:len(stem)-1]+"y"] ||
		strings.HasSuffix(stem, "al") && d.g.Common[stem[:len(stem)-2]] {
		return false
	}
	n := toks[k+1]
	return n.Word && n.Cap && !n.Acronym && !IsTitleWord(n.Lower) && !functionWords[n.Lower] && !d.g.Common[n.Lower] && !isDateWord(toks, k+1)
}

// isDateWord: weekdays always, months when a day number or year is next to
// them ("May 15", "on 2 November") or when they stand alone ("in June").
func isDateWord(toks []text.Token, k int) bool {
	l := toks[k].Lower
	if _, ok := lexicon.Weekdays[l]; ok {
		return true
	}
	if inHijriDay(toks, k) {
		return true // "Dhu al-Hijjah 9, 1440": a Hijri day
	}
	if _, ok := lexicon.Months[strings.TrimSuffix(l, ".")]; ok {
		// "Jun-ho", "Mar-Lee": a month word glued to a hyphen is a
		// syllable of a name.
		if k+2 < len(toks) && toks[k+1].Text == "-" && toks[k+1].Glued && toks[k+2].Glued && toks[k+2].Word {
			return false
		}
		next := k+1 < len(toks) && IsNumber(toks[k+1].Text)
		if k+2 < len(toks) && toks[k+1].Text == "." && IsNumber(toks[k+2].Text) {
			next = true
		}
		prev := k > 0 && (IsNumber(toks[k-1].Text) || toks[k-1].Lower == "in" || toks[k-1].Lower == "mid" ||
			toks[k-1].Lower == "early" || toks[k-1].Lower == "late" || toks[k-1].Lower == "since" || toks[k-1].Lower == "-")
		if next || prev {
			return true
		}
		// A month word with no number or time preposition beside it that
		// runs into another capitalized word is a given name ("Jan Kowal",
		// "August Meier"), not a date.
		if k+1 < len(toks) && toks[k+1].Cap && toks[k+1].Word {
			if _, month := lexicon.Months[toks[k+1].Lower]; !month {
				return false
			}
		}
		return l != "may"
	}
	return false
}

// monthSurname: a month word that is also a function word ("May"),
// capitalized inside a sentence right after a capitalized name word and
// with no day number after it, is a surname: the modal is never
// capitalized there, and the month would stand after a preposition or by
// a number ("in May", "May 5", "5 May").
func monthSurname(toks []text.Token, k int) bool {
	t := toks[k]
	if _, ok := lexicon.Months[t.Lower]; !ok || !functionWords[t.Lower] || !t.Word || !t.Cap || t.Acronym || k == 0 {
		return false
	}
	p := toks[k-1]
	if !p.Word || !p.Cap || p.Acronym || IsTitleWord(p.Lower) || functionWords[p.Lower] || IsNumber(p.Text) {
		return false
	}
	if _, month := lexicon.Months[p.Lower]; month {
		return false
	}
	if _, day := lexicon.Weekdays[p.Lower]; day {
		return false
	}
	return !isDateWord(toks, k) && (k+1 >= len(toks) || !IsNumber(toks[k+1].Text))
}

// IsNumber: s is a number written in digits ("10" of "10 Downing Street").
func IsNumber(s string) bool {
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

// elidedParticle: a word made of a name particle elided before an
// apostrophe and a capitalized name, "d'Estaing", "d'Alema".
func elidedParticle(t text.Token) bool {
	p, rest, ok := strings.Cut(t.Text, "'")
	if !ok || !t.Word || !elidedNameParticles[p] || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// extendRun grows a capitalized run from i: across name particles ("bin",
// "al-"), hyphens, honorific periods ("Messrs."), "of (the)" after a title
// or institution word, and "'s" inside an institution name ("People's
// Liberation Front").
func (d *scanner) extendRun(toks []text.Token, i int, isWord func(int) bool) int {
	n := len(toks)
	j := i + 1
	compl := false // inside a title's complement: "Minister for Trade and Industry"
	body := false  // inside a body's complement: "Committee for the Salvation"
	for j < n {
		t := toks[j]
		prev := toks[j-1]
		switch {
		case isWord(j):
			j++
		case compl && (t.Lower == "and" || t.Text == ",") && d.complementWord(prev) && j+1 < n && isWord(j+1) && d.conjunctComplement(toks, j+1, isWord):
			// A coordinated complement stays in the title: "Minister for
			// Mines and Energy X", "Envoy for the Lakes, Rivers and Coasts".
			j++
		case !compl && t.Lower == "and" && (d.bodyConjunct(toks, i, j, isWord) || d.groupConjunct(toks, j, isWord)):
			// Two mandates joined inside a body's name: "the Federal
			// Mediation and Conciliation Service", or two causes inside a
			// movement's: "the Peace and Renewal Movement"
			// (bodyconjunct.go).
			j++
		case t.Text == "." && honorifics[prev.Lower] && j+1 < n && isWord(j+1):
			j++
		case t.Text == "." && monsieurEnd(toks, j-1) == j+1 && isWord(j+1):
			// "MM. X and Y": the period of the French plural honorific,
			// no initial's (monsieur.go).
			j++
		case t.Text == "." && honorifics[prev.Lower] && particleSurname(toks, j+1, isWord):
			// "Mr. de Valera", "Dr. van Dam": the period
			// of an honorific before a family name opening with its
			// particle, as "Mr van Dam" without the period already runs
			// on. The run broke at the period and the name went unread
			// (p1737, p1299, p1343, p1697).
			j++
		case rankPeriod(toks, j) && j+1 < n && isWord(j+1):
			// An abbreviated rank's period inside the name's phrase: "army
			// chief Gen. X", "Lt. Gen. X" (the two-hundred-and-twenty-first
			// round). The run broke there, and after a title the rank alone
			// was read as the person's name, "Gen".
			j++
		case (t.Text == "'" || t.Text == "\u2019") && t.Glued && prefixStarts[prev.Lower] && j+1 < n && isWord(j+1):
			// An honorific's elision inside the name's phrase: "Dato' Sri X".
			j++
		case pluralPossessiveInName(toks, j, isWord):
			// "All X Students' Union", "the Workers' Party": a plural's
			// apostrophe inside a body's name (possessivebody.go).
			j++
		case (t.Text == "'" || t.Text == "\"" || t.Text == "(") && insertedName(toks, j, isWord) > 0:
			// A nickname or given names set inside a name: "Jorge 'Coco'
			// Soto", "President (Ana Maria) Lind".
			j = insertedName(toks, j, isWord)
		case t.Text == "." && t.Glued && j-i >= 2 && utf8.RuneCountInString(prev.Text) == 1 && prev.Cap && j+1 < n && (isWord(j+1) || particleSurnameAt(toks, j+1)):
			// A middle initial inside a name: "Anna K. Berg", "J. H. van
			// X" (particleSurnameAt).
			j++
		case t.Text == "." && t.Glued && initialsBefore(toks, j, i) && j+1 < n && isWord(j+1) &&
			(toks[j+1].Glued || j-i == 1 && (!d.g.Common[toks[j+1].Lower] && !d.lowerSeen[toks[j+1].Lower] || middleInitial(toks, j+2))):
			// Initials opening a name, or run together with the surname:
			// "V.V.Putin", "J.Biden", "... and J. Biden" (initialsBefore).
			j++
		case saintParticle(toks, j) && j-i >= 2 && isWord(j+1):
			// "Saint" cut short inside a family name: "Louis St. Laurent".
			j++
		case placeLinkAt(toks, j):
			// "Colombey-les-Deux-Eglises", "Stratford-upon-Avon": the
			// link word between hyphens keeps the place's name in one
			// run; cut there, its last parts were read as a person.
			j += 3
		case t.Text == "-" && t.Glued && j+1 < n && toks[j+1].Glued && (isWord(j+1) || particles[toks[j+1].Lower]):
			j++
		case particles[t.Lower] && !t.Cap && j+1 < n && (isWord(j+1) || (toks[j+1].Text == "-" && toks[j+1].Glued)):
			j++
		case freeNameParticles[t.Lower] && !t.Cap && !t.Glued && j+1 < n && !toks[j+1].Glued && isWord(j+1):
			// "Correia e Silva": the Portuguese "and" inside a double
			// family name (freeNameParticles).
			j++
		case elidedParticle(t):
			// A particle elided onto the family name, one token in lower
			// case: "Giscard d'Estaing", "Miguel d'Escoto" (the
			// hundred-and-eighty-second round).
			j++
		case particles[t.Lower] && !t.Cap && j+2 < n && particles[toks[j+1].Lower] && !toks[j+1].Cap && isWord(j+2):
			// Two particles in a row: "Humberto de la Calle" (p165), "Leon
			// de la Torre" (p168), "Rafael van der Berg".
			j += 2
		case t.Lower == "on" && prev.Cap && (titleHeads[prev.Lower] || hyphenedTitle(toks, j-1)) && j+1 < n && isWord(j+1) && portfolioWords[toks[j+1].Lower] && capsFrom(toks, j+1, isWord) >= 3:
			// "Adviser on Foreign Affairs X", "Envoy on Climate Change
			// Y": "on" opens a title's complement as "for" does when a
			// portfolio word follows it and a name after that (three
			// capitalized words at least); "the Minister on Friday" and
			// "Adviser on Cyprus X" keep their reading (issue 14's
			// four-hundred-and-eighty-ninth round; p2920, p1658).
			j++
			compl = true
		case (t.Lower == "of" || t.Lower == "for") && hyphenedTitle(toks, j-1) && j+1 < n && isWord(j+1):
			// "Ambassador-at-Large for War Crimes Issues X": a title
			// joined by hyphens ends in a word no title list holds
			// (p2966).
			j++
			compl = true
		case (t.Lower == "of" || t.Lower == "for") && (titleHeads[prev.Lower] || titleMods[prev.Lower] || orgHeads[prev.Lower] || nonActorHeads[prev.Lower] || headFirstBodies[prev.Lower] && prev.Cap) ||
			t.Lower == "for" && groupHeads[prev.Lower] && prev.Cap:
			// A movement or party named for its cause: "Movement for
			// Democratic Change" (p178), "Movement for Socialism" (p168).
			k := j + 1
			if k < n && toks[k].Lower == "the" {
				k++
			}
			if k < n && isWord(k) {
				j = k
				compl = titleHeads[prev.Lower] || titleMods[prev.Lower]
				body = orgHeads[prev.Lower] || groupHeads[prev.Lower]
			} else {
				return j
			}
		case body && t.Lower == "and" && prev.Cap && causeNouns[prev.Lower] && j+1 < n && isWord(j+1) && causeNouns[toks[j+1].Lower] && (j+2 >= n || !isWord(j+2)):
			// Two causes coordinated in a body's name: "the Front for the
			// Restoration of Unity and Democracy" (p277), "the Movement
			// for Justice and Renewal" (p44), "Front for Change and
			// Concord" (p130). A name after "and" is a new actor.
			j++
		case t.Lower == "of" && prev.Cap && landGroupHeads[prev.Lower] && j+1 < n && isWord(j+1) && (j+2 >= n || !isWord(j+2) && toks[j+2].Text != "-"):
			// A movement named for its land, one word the gazetteer may
			// lack: "the Popular Movement of X" (p304, p245).
			j++
			body = true
		case t.Lower == "of" && causeLedLand(toks, i, j, isWord) > 0:
			// A body whose name opens with its cause takes the land it
			// fights for after "of": "the Liberation Lions of X Y", "the
			// Freedom Fighters of Z". No personal name opens with a cause
			// noun, so the land's two words were no person (issue 14's
			// three-hundred-and-nineteenth round; p1949, p1951, p1511,
			// p427, p488, p764).
			j = causeLedLand(toks, i, j, isWord)
			body = true
		case body && t.Lower == "of" && prev.Cap && actionNoun(prev.Lower) && j+1 < n && (isWord(j+1) || toks[j+1].Lower == "the" && j+2 < n && isWord(j+2)):
			// The cause a body is named for takes its own object: "National
			// Committee for the Salvation of the People" (p222), "Movement
			// for the Liberation of X".
			j++
			if toks[j].Lower == "the" {
				j++
			}
		case t.Text == "'s" && j+1 < n && isWord(j+1) && endsInInstitution(toks, j+1, isWord) && !d.namedPossessor(toks, i, j):
			j++
		case compl && (t.Text == "'s" || t.Text == "\u2019s") && prev.Cap && j+1 < n && isWord(j+1) && d.complementWord(toks[j+1]):
			// A possessive inside a title's complement: "Minister for
			// People's Welfare X", "Minister for Women's Affairs Y" (the
			// two-hundred-and-thirty-fourth round; p1441). The run broke
			// at "'s", and the portfolio word after it was read as the
			// person's first name.
			j++
		default:
			return j
		}
	}
	return j
}

// gluedInitials finds an initial run together with the surname after it.
var gluedInitials = regexp.MustCompile(`\b(\p{Lu})\.(\p{Lu}\p{Ll})`)

// initialsBefore: the token before the period at k, which opens the run
// at i or follows a title or name in it, is a person's initials: one
// capital letter or capital letters joined by periods ("J", "V.V"), as
// Russian and other readouts write them before a surname, often with no
// space ("S.A.Ryabkov"). A glued surname after a run of several initials
// is read wherever the run stands; one initial with a space after it
// opens a name only at the start of a run (extendRun), where the word
// after must be no common word ("Plan B. Officials").
func initialsBefore(toks []text.Token, k, i int) bool {
	return k > i && (initials(toks[k-1]) || digraphInitial(toks, k))
}

// digraphInitial: the token before the period at k is a two-letter
// initial, capital and small, that a Mongolian patronymic takes when its
// first sound is written with two Latin letters ("Ts.", "Ch.", "Kh."),
// and both the period and the surname after it are glued, as Mongolian
// agencies write names ("Ts.Bat", "Ch.Dorj"). Only glued, so that an
// abbreviation before a spaced word stays out of the name.
func digraphInitial(toks []text.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) || !toks[k].Glued || !toks[k+1].Glued || !toks[k+1].Cap {
		return false
	}
	switch toks[k-1].Text {
	case "Ts", "Ch", "Sh", "Kh", "Zh", "Ya", "Ye", "Yo", "Yu":
		return true
	}
	return false
}

// initialPeriod: toks[k] is the period glued to an initial ("J." in "J. A.
// Mensah"). An initial "A." after it is a second initial, not the article
// the article writes in lower case (issue 14's two-hundred-and-thirty-sixth
// round, p1451: "Lt-Gen. J. A. X", "Commodore J. E. A. Y" lost the name
// after "A.").
func initialPeriod(toks []text.Token, k int) bool {
	return k > 0 && toks[k].Text == "." && toks[k].Glued && initials(toks[k-1])
}

// initials: the token is one capital letter or capital letters joined
// by periods ("J", "V.V").
func initials(t text.Token) bool {
	if !t.Cap || !t.Word {
		return false
	}
	for _, part := range strings.Split(t.Text, ".") {
		r, _ := utf8.DecodeRuneInString(part)
		if utf8.RuneCountInString(part) != 1 || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// givenSyllable: the second syllable of a romanized given name whose
// first is a capitalized syllable of two or three letters, though it be
// an English word or five letters long: "Ban Ki-moon" (p165), "Kim
// Tae-nyeon" (p92). A participle ("Sol-led", "Lee-backed") is none.
func givenSyllable(first, second text.Token) bool {
	l := second.Lower
	n := utf8.RuneCountInString(first.Text)
	return first.Cap && n >= 2 && n <= 3 && second.Word && !second.Cap && len(l) >= 2 && len(l) <= 5 &&
		!strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing") && !functionWords[l]
}

// ngSyllable: toks[k] is the second syllable of a romanized given name
// whose first syllable ends in "ng" and has four to six letters, as
// Korean and Chinese syllables do ("Byung", "Chung", "Dong"), though the
// second be a common word or five letters long: "Yun Byung-se", "Lee
// Tong-won", "Tien Chung-kwang" were cut at the hyphen (givenSyllable
// takes first syllables of two or three letters only; the
// two-hundred-and-seventy-first round, p1659, p1265, p1104, p642, p1560).
// A longer compound ("a Ryu Sang-min-led team") is no given name.
func ngSyllable(toks []text.Token, k int) bool {
	first, second := toks[k-2], toks[k]
	n := utf8.RuneCountInString(first.Text)
	if !first.Cap || n < 4 || n > 6 || !strings.HasSuffix(first.Lower, "ng") {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Glued && toks[k+1].Text == "-" {
		return false
	}
	l := second.Lower
	return second.Word && !second.Cap && len(l) >= 2 && len(l) <= 5 &&
		!strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing") && !functionWords[l]
}

// fourLetterSyllable: toks[k] is the second syllable of a romanized given
// name whose first syllable has four letters and does not end in "ng"
// (ngSyllable's), the second of five letters or fewer, neither syllable
// a common English word: "Pak Hyun-cheol", "Tang Chih-kuang", "Lo
// Shih-liang" were cut at the hyphen, since givenSyllable takes first
// syllables of two or three letters only and hyphenSyllable second ones
// of four letters at most (issue 14's three-hundred-and-eighteenth round,
// p1945, p1176). A longer compound ("Chan-o-cha") is left as it was.
func fourLetterSyllable(toks []text.Token, k int, common map[string]bool) bool {
	first, second := toks[k-2], toks[k]
	if !first.Cap || !first.Word || utf8.RuneCountInString(first.Text) != 4 || strings.HasSuffix(first.Lower, "ng") || common[first.Lower] {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Glued && toks[k+1].Text == "-" {
		return false
	}
	l := second.Lower
	return second.Word && !second.Cap && len(l) >= 2 && len(l) <= 5 && !common[l] && !functionWords[l] &&
		!strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing")
}

// romanizedSyllables: given-name syllables that are also English words.
var romanizedSyllables = lex("romanizedSyllables")

// romanizedSyllable: toks[k] is the second syllable of a romanized given
// name that is also an English word, after a capitalized first syllable
// of two to four letters: "Moon Jae-in", "Kim Jong-un" (p437, p492).
// Neither givenSyllable (a function word) nor hyphenSyllable (a common
// word) takes them, so the name was cut at the hyphen and found as "Moon
// Jae". A longer compound ("a Tom Kerr-in-waiting") is no given name.
func romanizedSyllable(toks []text.Token, k int) bool {
	first, second := toks[k-2], toks[k]
	n := utf8.RuneCountInString(first.Text)
	if k+1 < len(toks) && toks[k+1].Glued && toks[k+1].Text == "-" {
		return false
	}
	return first.Cap && n >= 2 && n <= 4 && second.Word && !second.Cap && romanizedSyllables[second.Lower]
}

// linkedSurnameTail: toks[k:k+4] close a family name of three hyphened
// parts whose middle is a one-letter linking vowel and whose last is a
// short syllable in lower case, "-o-cha" of the Thai "Chan-o-cha" (p1363,
// p2069). The run stopped at the lower-case link, so the person was read
// as "Prayut Chan" and matched no one. The tail must end there: a longer
// chain ("a Kerr-o-matic-style") is a compound word, not a name, and the
// last part must be no common English word.
func linkedSurnameTail(toks []text.Token, k int, common map[string]bool) bool {
	if k+3 >= len(toks) || k < 1 || !toks[k-1].Cap || !toks[k-1].Word {
		return false
	}
	for _, h := range []int{k, k + 2} {
		if toks[h].Text != "-" || !toks[h].Glued || !toks[h+1].Glued {
			return false
		}
	}
	link, last := toks[k+1], toks[k+3]
	if !link.Word || link.Cap || utf8.RuneCountInString(link.Text) != 1 || !strings.ContainsAny(link.Lower, "aeiou") {
		return false
	}
	if k+4 < len(toks) && toks[k+4].Glued && (toks[k+4].Text == "-" || toks[k+4].Word) {
		return false
	}
	return hyphenSyllable(last, common)
}

// hyphenSyllable: a short lower-case word that is no common English word.
func hyphenSyllable(t text.Token, common map[string]bool) bool {
	return t.Word && !t.Cap && len(t.Lower) >= 2 && len(t.Lower) <= 4 && !common[t.Lower] && !functionWords[t.Lower]
}

// endsInInstitution: the capitalized words from k end in a group or
// organization head noun.
func endsInInstitution(toks []text.Token, k int, isWord func(int) bool) bool {
	last := ""
	for end := k + 8; k < len(toks) && k < end && isWord(k); k++ {
		last = toks[k].Lower
	}
	return groupHeads[last] || orgHeads[last]
}

func SpanText(s *text.Sentence, i, j int) string {
	if i >= j || j > len(s.Toks) {
		return ""
	}
	return s.Text[s.Toks[i].Start:s.Toks[j-1].End]
}

func Sort(ms []Mention) {
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.I - b.I })
}

// capsFrom counts the words of the capitalized run from k (up to eight).
func capsFrom(toks []text.Token, k int, isWord func(int) bool) int {
	n := 0
	for n < 8 && k+n < len(toks) && isWord(k+n) {
		n++
	}
	return n
}

// portfolioWords head the complement of a title: the portfolio or mandate
// in "Minister for Climate and Energy", "Envoy for Near Eastern Affairs".
var portfolioWords = lex("portfolioWords")

// complementWord: a word of a title's complement rather than of a name: a
// portfolio word, a title modifier, or the plural of a common noun
// ("Affairs", "Countries", "Resources").
func (d *scanner) complementWord(t text.Token) bool {
	if !t.Word {
		return false
	}
	l := t.Lower
	if portfolioWords[l] || titleMods[l] {
		return true
	}
	// A noun of action or doctrine is a portfolio, not a name: "Deputy
	// Prime Minister for Reintegration X" (p110), "Minister for Regional
	// Integration X".
	if portfolioNoun(t) {
		return true
	}
	// So is a noun in "-ment" long enough to be no given name: "Ministry
	// of Land Management, X" (p399; p433 has the shape too), "for
	// Resettlement"; but not a body's head ("Speaker of Parliament, X",
	// p111).
	if len(l) > 8 && strings.HasSuffix(l, "ment") && !isHead(l) {
		return true
	}
	if len(l) > 4 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") {
		if strings.HasSuffix(l, "ies") && d.g.Common[l[:len(l)-3]+"y"] {
			return true
		}
		return d.g.Common[l[:len(l)-1]] || strings.HasSuffix(l, "es") && d.g.Common[l[:len(l)-2]]
	}
	return false
}

// portfolioNoun: a word in "-tion", "-sion" or "-ism" long enough to be no
// given name, a noun of action or doctrine ("Integration", "Cooperation").
func portfolioNoun(t text.Token) bool {
	l := t.Lower
	return t.Word && len(l) > 6 && (strings.HasSuffix(l, "tion") || strings.HasSuffix(l, "sion") || strings.HasSuffix(l, "ism"))
}

// conjunctComplement: the capitalized words from k are another complement
// of a title: they end in a portfolio word ("Coastal Nations").
func (d *scanner) conjunctComplement(toks []text.Token, k int, isWord func(int) bool) bool {
	e := k
	for e < len(toks) && e-k < 6 && isWord(e) {
		e++
	}
	return d.complementWord(toks[k]) || d.complementWord(toks[e-1])
}

// insertedName: at k an opening quote or bracket holding one to three
// capitalized words, closed and followed by a capitalized word that goes
// on with the name; it returns that word's index, 0 when none.
func insertedName(toks []text.Token, k int, isWord func(int) bool) int {
	closer := toks[k].Text
	if closer == "(" {
		closer = ")"
	}
	e := k + 1
	for e < len(toks) && e-k <= 3 && isWord(e) {
		e++
	}
	if e == k+1 || e+1 >= len(toks) || toks[e].Text != closer || !isWord(e+1) {
		return 0
	}
	return e + 1
}

// countedBodyWord: a capitalized count word inside a sentence that opens
// a body's name, its head next or one word on, glued by a hyphen or not:
// "the ruling Seven Party Alliance", "the Seven-Party Alliance", "the
// Four Power Commission". Counts are function words and never begin a
// name, so the run began at the next word and named "Party Alliance"
// (the two-hundred-and-seventy-seventh round, p1699, p1223).
func countedBodyWord(toks []text.Token, k int) bool {
	if !toks[k].Cap || !toks[k].Word || !nameCounts[toks[k].Lower] && !bodyNameOpeners[toks[k].Lower] {
		return false
	}
	j := k + 1
	if j+1 < len(toks) && toks[j].Text == "-" && toks[j].Glued && toks[j+1].Glued {
		j++
	}
	for n := 0; n < 2 && j < len(toks) && toks[j].Cap && toks[j].Word; n, j = n+1, j+1 {
		if isHead(toks[j].Lower) {
			return true
		}
		if j+1 < len(toks) && toks[j+1].Text == "'s" {
			j++ // "the New People's Army": the possessive stays inside the name
		}
	}
	return false
}

// bodyNameOpeners are adjectives, function words elsewhere, that open a
// body's name when capitalized inside a sentence before its head word:
// "the New People's Army", "the New Patriotic Party".
var bodyNameOpeners = lex("bodyNameOpeners")

// nameCounts are the count words that may open a body's name.
var nameCounts = lex("nameCounts")

// CountWords give the size of a plural description. Summits of six to
// twelve are counted too ("The six leaders held their first session": issue
// 14's five-hundred-and-twenty-fifth round, p3187; p1766, p1767, p1826).
var CountWords = map[string]int{"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// nameParticleWord: a short function word capitalized inside a sentence,
// between two capitalized words, is a part of a name, not the word
// ("General Secretary To Lam", "Chairman Do Van Hieu"): in running text
// those words are written in lower case. Headlines, which capitalize
// every word, do not count, nor do words that open sentences ("Minister
// X A spokesman said": a lost sentence break).
func nameParticleWord(s *text.Sentence, k int) bool {
	toks := s.Toks
	if s.Title || k < 1 || k+1 >= len(toks) {
		return false
	}
	t := toks[k]
	return t.Word && t.Cap && !t.Acronym && len(t.Lower) <= 3 && functionWords[t.Lower] && !sentenceOpeners[t.Lower] &&
		toks[k-1].Word && toks[k-1].Cap && !functionWords[toks[k-1].Lower] &&
		toks[k+1].Word && toks[k+1].Cap && !functionWords[toks[k+1].Lower]
}

var sentenceOpeners = lex("sentenceOpeners")

// titledPronounName: toks[k] is a family name spelled as a pronoun
// (pronounFamilyNames: the Chinese "He"), written with a capital inside a
// sentence right after a capitalized title word and before a capitalized
// given name that is no common word: "Vice Premier He Lifeng". As a
// function word it broke the run of capitals, and the person was lost
// (issue 14's four-hundred-and-sixty-fifth round; p2825, p611). A lost
// sentence break ("Minister X He said") has a lower-case word after it.
func titledPronounName(s *text.Sentence, k int, common func(text.Token) bool) bool {
	toks := s.Toks
	if s.Title || k < 1 || k+1 >= len(toks) || !pronounFamilyNames[toks[k].Lower] || toks[k].Acronym || !toks[k].Cap {
		return false
	}
	p, n := toks[k-1], toks[k+1]
	return p.Word && p.Cap && IsTitleWord(p.Lower) && n.Word && n.Cap && !n.Acronym && !common(n) && !IsTitleWord(n.Lower)
}

var pronounFamilyNames = lex("pronounFamilyNames")

// hyphenedGivenOpening: toks[k] is a capitalized function word that opens
// a romanized given name of two hyphened syllables after a family name:
// "Hyun In-taek", "Lee Do-woon". The run of capitals broke at "In" or
// "Do" as at any function word, so the given name was lost and the
// family name alone ("Hyun") or nothing was read as the person
// (issue 14's three-hundred-and-twenty-third round, p1972, p1394). The
// second syllable is a short lower-case word that is no common English
// word, so that a headline's "Talks To-day" keeps its break. A family
// name that is also a common word ("Lee", "Park") no longer makes the run
// all common words (classifyRun's allCommon case) for its "In" or "Do".
func hyphenedGivenOpening(s *text.Sentence, k int, common map[string]bool) bool {
	toks := s.Toks
	if s.Title || k < 1 || k+2 >= len(toks) {
		return false
	}
	t, prev, hy, second := toks[k], toks[k-1], toks[k+1], toks[k+2]
	l := second.Lower
	return t.Word && t.Cap && !t.Acronym && len(t.Lower) <= 3 && functionWords[t.Lower] &&
		prev.Word && prev.Cap && !functionWords[prev.Lower] &&
		hy.Text == "-" && hy.Glued && second.Glued && second.Word && !second.Cap &&
		len(l) >= 2 && len(l) <= 5 && !common[l] && !functionWords[l] &&
		!strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing")
}

// openingTitle: the word at k, opening a sentence, is a title word before
// a capitalized word ("Archbishop X met", "Foreign Minister X said"): it
// stays in the run though the text uses it in lower case elsewhere ("the
// archbishop"), so the name keeps its title, a later "the archbishop" can
// be read as that person and "both presidents" finds its two (p17, p165,
// p183 gain persons or pairs from it).
func openingTitle(toks []text.Token, k int) bool {
	return IsTitleWord(toks[k].Lower) && !honorifics[toks[k].Lower] && k+1 < len(toks) && toks[k+1].Word && toks[k+1].Cap && !functionWords[toks[k+1].Lower] ||
		openingTitleComplement(toks, k)
}

// openingHonorific: the word at k, opening a sentence, is an honorific
// ("Mr", "Dr", "Herr") before a capitalized name, its period between:
// "Dr. X, the West German Chancellor, and M. Y ended two days of talks"
// (round 165, p1027). The honorific is one of initialWords, dropped from a
// name at the start of a sentence, which left the surname alone and
// unread as a person beside its apposed post. A title word after it ("Mr
// President, ...") is an address, left as it was.
func openingHonorific(toks []text.Token, k int) bool {
	if !honorifics[toks[k].Lower] {
		return false
	}
	c := k + 1
	if c < len(toks) && toks[c].Text == "." && toks[c].Glued {
		c++
	}
	return c < len(toks) && toks[c].Word && toks[c].Cap && !functionWords[toks[c].Lower] && !IsTitleWord(toks[c].Lower) ||
		particleSurname(toks, c, func(k int) bool {
			return toks[k].Word && toks[k].Cap && !functionWords[toks[k].Lower]
		})
}

// particleSurname: a family name opens at c with its lower-case particle
// ("de Valera", "van der Berg"): one or two particles of surnameParticles
// and then a word of the name (isWord). After an honorific's period
// ("Mr. de Valera") such a name is the honorific's, and the run goes on
// through the period as it does before a capitalised name.
func particleSurname(toks []text.Token, c int, isWord func(int) bool) bool {
	n := len(toks)
	if c >= n || toks[c].Cap || !surnameParticles[toks[c].Lower] {
		return false
	}
	if c+1 < n && !toks[c+1].Cap && surnameParticles[toks[c+1].Lower] {
		c++ // "Mr. van der Berg"
	}
	return c+1 < n && isWord(c+1)
}

// openingTitleComplement: the word at k, opening a sentence, is a title
// head whose capitalized "of"/"for" complement follows ("Minister of
// Energy and Mines X said", "Minister for Trade X met"): a title written
// as its holder's post, though the text has "the minister" elsewhere
// (p251, p500, p505). A plural ("Ministers of ...") is left alone.
func openingTitleComplement(toks []text.Token, k int) bool {
	if !titleHeads[toks[k].Lower] || k+2 >= len(toks) || (toks[k+1].Lower != "of" && toks[k+1].Lower != "for") {
		return false
	}
	c := k + 2
	if toks[c].Lower == "the" && c+1 < len(toks) {
		c++
	}
	return toks[c].Word && toks[c].Cap && !functionWords[toks[c].Lower]
}

// movementHeads end the name of a movement, coalition or opposition that
// may carry a demonym inside it.
var movementHeads = lex("movementHeads")

// demonymInsideMovements: one capitalized modifier, a demonym, then a
// movement's head end the capitalized run of one name ("the United X-ian
// Opposition", "the Patriotic X-ian Front"; p677, p166, p521). The
// demonym cut the run in three, the modifier was left an unknown word,
// the state took the demonym's place and the head word (when no group
// head by itself, "Opposition") was lost, so the coalition that was a
// side was never an actor. A title word as the modifier, a longer run
// after the head, or an army's head ("the Royal X-ian Army", a state's
// army) leave the run as it was.
func demonymInsideMovements(s *text.Sentence, ms []Mention) []Mention {
	toks := s.Toks
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind == Unknown && m.J-m.I == 1 && i+1 < len(ms) && !IsTitleWord(toks[m.I].Lower) {
			d := ms[i+1]
			h := d.J
			if d.Kind == Demonym && d.I == m.J && d.J-d.I == 1 && h < len(toks) && toks[h].Cap && toks[h].Word && movementHeads[toks[h].Lower] &&
				(h+1 >= len(toks) || !(toks[h+1].Cap && toks[h+1].Word)) {
				g := Mention{I: m.I, J: h + 1, Actor: -1, Kind: Group}
				g.Text = SpanText(s, g.I, g.J)
				out = append(out, g)
				i++
				if i+1 < len(ms) && ms[i+1].I == h {
					i++ // the head word found alone
				}
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// honorificPeriod: the token at k is the period closing an honorific
// ("Mr.", "Dr.").
func honorificPeriod(toks []text.Token, k int) bool {
	return k > 0 && toks[k].Text == "." && toks[k].Glued && honorifics[toks[k-1].Lower]
}

// initialRun: the token at k is a lone capital "A" opening a run of
// initials — "A. V.", "A S M", each a single capital, with or without
// its period — that a capitalized word of two letters or more ends.
func initialRun(toks []text.Token, k int) bool {
	if toks[k].Text != "A" {
		return false
	}
	e, count := k+1, 0
	if e < len(toks) && toks[e].Text == "." && toks[e].Glued {
		e++
	}
	for e < len(toks) && toks[e].Word && len(toks[e].Text) == 1 && initials(toks[e]) {
		count++
		e++
		if e < len(toks) && toks[e].Text == "." && toks[e].Glued {
			e++
		}
	}
	return count > 0 && e < len(toks) && toks[e].Word && toks[e].Cap && len(toks[e].Text) > 1 && !functionWords[toks[e].Lower]
}

// causeLedLand: the "of" at j follows a run from i of two or more
// capitalized words that opens with a cause noun ("Liberation", "Freedom",
// "Unity") and ends on no head of a title, office or thing, and one or two
// capitalized words end the name after it. It returns the end of the
// land's words, or 0.
func causeLedLand(toks []text.Token, i, j int, isWord func(int) bool) int {
	n := len(toks)
	if j-i < 2 || !toks[i].Cap || !causeNouns[toks[i].Lower] {
		return 0
	}
	for k := i; k < j; k++ {
		if !toks[k].Word || !toks[k].Cap {
			return 0
		}
	}
	if h := toks[j-1].Lower; titleHeads[h] || orgHeads[h] || nonActorHeads[h] || headFirstBodies[h] {
		return 0
	}
	k := j + 1
	for k < n && k-j <= 3 && isWord(k) {
		k++
	}
	if k == j+1 || k-j > 3 {
		return 0
	}
	return k
}

// churchConferenceLand: the run [i, j) ends in "Episcopal Conference"
// (conferenceBodyMods) and "of" then a state the gazetteer read follows:
// the end of that state's name and its index in ms, or 0 and -1.
func churchConferenceLand(toks []text.Token, ms []Mention, i, j int) (int, int) {
	if j-i < 2 || j+1 >= len(toks) || toks[j-1].Lower != "conference" || !conferenceBodyMods[toks[j-2].Lower] || toks[j].Lower != "of" {
		return 0, -1
	}
	for x, m := range ms {
		if m.I == j+1 && m.Kind == State {
			return m.J, x
		}
	}
	return 0, -1
}

// causeLedBody: the run [i, j) is a cause-led body and its land
// (causeLedLand), one group whatever the run's reading split it into:
// "the Liberation Lions of X Y" is no body "Liberation Lions" and
// person "X Y".
func causeLedBody(s *text.Sentence, i, j int, out []Mention) []Mention {
	toks := s.Toks
	p := i + 1
	for p < j && toks[p].Lower != "of" {
		p++
	}
	isCap := func(k int) bool { return toks[k].Word && toks[k].Cap && !functionWords[toks[k].Lower] }
	if p >= j || causeLedLand(toks, i, p, isCap) < j {
		return out
	}
	return []Mention{{I: i, J: j, Actor: -1, Text: SpanText(s, i, j), Kind: Group}}
}

// firstRegnalNumeral: the capital "I" at k closes a ruler's or a
// patriarch's name as its numeral ("X I, the Ecumenical Patriarch of
// ...", "His Majesty Y Z I, who had offered ..."), not the pronoun:
// right after a capitalized name word that is no title or function word,
// and before a comma opening an apposition or a relative clause. The
// pronoun is never set off so between a name and a comma (the
// three-hundred-and-sixty-second round, p2204, p1312).
func firstRegnalNumeral(toks []text.Token, k int) bool {
	if k < 1 || k+2 >= len(toks) || toks[k].Text != "I" || toks[k+1].Text != "," {
		return false
	}
	p := toks[k-1]
	if !p.Word || !p.Cap || p.Acronym || functionWords[p.Lower] || IsTitleWord(p.Lower) {
		return false
	}
	next := toks[k+2].Lower
	return next == "the" || next == "who" || next == "whose"
}

// sloganNouns name a policy after "X First" (lexicon/words.txt).
var sloganNouns = lex("sloganNouns")

// sloganFirst: one unknown capitalized word before a capital "First" and
// a noun of policy (sloganNouns) names a policy or a slogan, not an
// actor: "its Neighbourhood First policy", "the X First approach"; a
// party so named ("the X First party") is left alone. The title reading
// takes "First" for a post's first word ("First Secretary") and leaves
// the word before it alone, which the resolution stage then keeps as a
// group (issue 14's four-hundred-and-fifty-fifth round: p2764, p1048,
// p1127).
func sloganFirst(s *text.Sentence, ms []Mention) []Mention {
	toks := s.Toks
	for i := range ms {
		m := &ms[i]
		if m.Kind != Unknown || m.J != m.I+1 || m.J+1 >= len(toks) {
			continue
		}
		if f, n := toks[m.J], toks[m.J+1]; f.Lower == "first" && f.Cap && !n.Cap && sloganNouns[n.Lower] {
			m.Kind = NonActor
		}
	}
	return ms
}

// PlightStart: the first token of the lower-case words right before the
// name at i that tell the city's plight — "occupied", "divided", or a
// hyphened compound such as "war-torn" — or i when none stands there. "In
// occupied X" places a meeting in X as "in X" does.
func PlightStart(toks []text.Token, i int) int {
	if i >= 1 && !toks[i-1].Cap && plightAdjectives[toks[i-1].Lower] {
		return i - 1
	}
	if i >= 3 && !toks[i-1].Cap && plightCompoundTails[toks[i-1].Lower] && toks[i-1].Glued &&
		toks[i-2].Text == "-" && toks[i-2].Glued && toks[i-3].Word && !toks[i-3].Cap {
		return i - 3
	}
	return i
}

// PlightPlace: the name at i follows a plight (PlightStart) that a place
// preposition opens: "in war-torn X", "to occupied Y".
func PlightPlace(toks []text.Token, i int, preps map[string]bool) bool {
	b := PlightStart(toks, i)
	return b < i && b > 0 && preps[toks[b-1].Lower]
}
