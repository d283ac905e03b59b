package historian

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-dev/parley/graph"
)

// The remarks grammar. A trip's remarks ("Met with President Nayib Bukele
// and Foreign Minister Alexandra Hill Tinoco.") are read in four steps,
// each small enough to explain:
//
//  1. clauses: the text is cut at sentence ends and semicolons;
//  2. objects: in a clause, the words after "with" that follow a word of
//     meeting ("met", "conferred", "talks", "discussed", …) up to a word
//     that ends a noun phrase ("to", "on", "during", …);
//  3. conjuncts: the object is cut at commas and "and";
//  4. each conjunct is [a state or organization][titles][honorifics][name]
//     [of a state]: a title lexicon, a capitalized run of name words
//     (particles such as "bin" or "de" allowed inside), nothing else.
//
// A conjunct with titles and no name is no person ("met with the Prime
// Minister"), except that a bare minister's title joined by "and" to a
// minister with a name shares that person ("Prime Minister and Foreign
// Minister Z" is one person with two posts). A post's state is the one the
// conjunct names ("Soviet Foreign Minister", "President X of Montenegro",
// "NATO Secretary General") or else the default (the trip's country). A
// President who is the sitting U.S. President is him, by the terms.
// People only accompanied ("Accompanied President Biden") or mourned
// ("Attended the funeral of …") are never after a meeting "with", so they
// are not met. Events ("Attended the NATO Summit") are read separately.

// Person is someone the remarks say was met.
type Person struct {
	Name       string
	Titles     []string // "President", "Foreign Minister"; empty when none given
	Org        string   // the state (canonical name) or organization of the posts
	OrgIsState bool
	// Term is the sitting U.S. President's term when the person is he.
	Term *Term
}

// Context is what a remark is read against.
type Context struct {
	State string // the default state of posts: the trip's country
	Day   string // the first day, for the sitting President
	Terms *Terms
}

// meetWords are the words after which "with" introduces whom one met.
var meetWords = map[string]bool{
	"met": true, "meet": true, "meeting": true, "meetings": true, "conferred": true, "talks": true,
	"discussed": true, "discussions": true, "reviewed": true, "consulted": true, "consultations": true,
	"conversations": true, "audience": true, "audiences": true, "dinner": true, "lunch": true, "luncheon": true,
	"breakfast": true, "negotiated": true, "negotiations": true, "conference": true, "conferences": true,
	"visited": true, "trilateral": true, "bilateral": true, "held": true, "exchanged": true, "dined": true,
	"lunched": true, "summit": true, "signed": true,
}

// directVerbs take whom one met as their object.
var directVerbs = map[string]bool{"met": true, "briefed": true, "received": true}

// stopWords end the object of "with".
var stopWords = map[string]bool{
	"to": true, "on": true, "in": true, "at": true, "during": true, "regarding": true, "about": true,
	"concerning": true, "while": true, "for": true, "who": true, "after": true, "before": true,
	"following": true, "prior": true, "en": true, "who's": true, "where": true, "which": true, "that": true,
	"from": true, "over": true, "as": true, "under": true, "by": true, "aboard": true, "near": true,
	"also": true, "then": true, "separately": true, "respectively": true, "together": true,
}

// titleWords make up titles of office.
var titleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "ministers": true, "foreign": true,
	"secretary": true, "general": true, "king": true, "queen": true, "crown": true, "prince": true,
	"princess": true, "emir": true, "amir": true, "sultan": true, "shah": true, "chancellor": true,
	"premier": true, "chairman": true, "chairperson": true, "chairwoman": true, "chair": true, "acting": true,
	"interim": true, "transitional": true, "governor": true, "mayor": true, "pope": true, "cardinal": true,
	"archbishop": true, "patriarch": true, "ambassador": true, "speaker": true, "leader": true,
	"commander": true, "chief": true, "director": true, "deputy": true, "defense": true, "defence": true,
	"finance": true, "affairs": true, "interior": true, "external": true, "expatriates": true,
	"economy": true, "trade": true, "national": true, "security": true, "adviser": true, "advisor": true,
	"grand": true, "duke": true, "duchess": true, "regent": true, "emperor": true, "empress": true,
	"commissioner": true, "high": true, "representative": true, "supreme": true, "executive": true,
	"marshal": true, "generalissimo": true, "admiral": true, "senator": true, "special": true,
	"envoy": true, "first": true, "state": true, "head": true, "elect": true, "president-elect": true,
	"field": true, "lord": true, "mufti": true, "imam": true, "sheikha": true, "viceroy": true,
	"governor-general": true, "coordinator": true, "ruler": true, "raja": true, "maharaja": true,
	"taoiseach": true, "tanaiste": true, "co-chairman": true, "minister-president": true,
	"federal": true, "defence-minister": true, "counselor": true, "senior": true, "cabinet": true,
	"development": true, "cooperation": true, "planning": true, "petroleum": true, "energy": true,
	"justice": true, "chairmen": true, "presidents": true, "kings": true, "general-secretary": true,
	"mandate": true, "brigadier": true, "colonel": true, "lieutenant": true, "captain": true,
	"air": true, "vice-president": true, "vice-admiral": true, "rear": true, "major": true,
	"viscount": true, "count": true, "earl": true, "baron": true, "marquis": true, "archduke": true,
	"grand-duke": true, "infante": true, "infanta": true, "crown-prince": true, "dictator": true,
	"provisional": true, "chief-of-state": true, "sovereign": true, "nuncio": true, "secretary-general": true,
}

// titleJoin may appear inside a title between title words ("Minister of
// Foreign Affairs and Expatriates", "Secretary of State").
var titleJoin = map[string]bool{"of": true, "for": true, "and": true, "the": true}

// honorifics precede a name without being part of it.
var honorifics = map[string]bool{
	"his": true, "her": true, "majesty": true, "highness": true, "royal": true, "excellency": true,
	"sheikh": true, "sheik": true, "shaikh": true, "shaykh": true, "dato": true, "datuk": true, "sri": true,
	"tun": true, "dr": true, "mr": true, "mrs": true, "ms": true, "madame": true, "madam": true, "sir": true,
	"dame": true, "monsignor": true, "hon": true, "honorable": true, "honourable": true, "the": true,
	"serene": true, "holiness": true, "beatitude": true, "tan": true, "haji": true, "hajji": true,
	"mister": true,
}

// particles are lower-case words allowed inside a name.
var particles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "de": true, "da": true, "del": true,
	"della": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "y": true,
	"di": true, "du": true, "abu": true, "ould": true, "ben": true, "dos": true, "das": true, "do": true,
	"e": true, "ter": true, "zu": true, "af": true, "al-": true,
}

// notNames are capitalized words that make a run an institution or a
// crowd rather than a person.
var notNames = map[string]bool{
	"presidency": true, "parliament": true, "council": true, "government": true, "cabinet": true,
	"committee": true, "assembly": true, "congress": true, "party": true, "officials": true,
	"leaders": true, "union": true, "authority": true, "ministers": true, "delegation": true,
	"delegations": true, "members": true, "representatives": true, "heads": true, "leadership": true,
	"opposition": true, "group": true, "forces": true, "staff": true, "troops": true, "community": true,
	"commission": true, "senate": true, "court": true, "church": true, "army": true, "junta": true,
	"front": true, "movement": true, "organization": true, "league": true, "nations": true, "states": true,
	"alliance": true, "chiefs": true, "family": true, "students": true, "people": true, "personnel": true,
	"counterparts": true, "colleagues": true, "foreign": true, "governments": true, "embassy": true,
	"secretariat": true, "conference": true, "summit": true, "meeting": true, "ministry": true,
	"department": true, "office": true, "bank": true, "fund": true, "agency": true, "board": true,
	"prime": true, "president": true, "minister": true,
}

// orgs are organizations a post can belong to, by their key, with the
// name the graph gets.
var orgs = map[string]string{
	"nato": "NATO", "un": "United Nations", "u n": "United Nations", "united nations": "United Nations",
	"eu": "European Union", "european union": "European Union", "european commission": "European Commission",
	"oas": "Organization of American States", "african union": "African Union",
	"african union commission": "African Union Commission", "arab league": "Arab League",
	"asean": "ASEAN", "opec": "OPEC", "ec": "European Community", "european community": "European Community",
	"osce": "OSCE", "palestinian authority": "Palestinian Authority", "plo": "PLO",
	"world bank": "World Bank", "imf": "International Monetary Fund", "iaea": "IAEA", "gcc": "Gulf Cooperation Council",
	"seato": "SEATO", "cento": "CENTO", "unrwa": "UNRWA", "who": "World Health Organization",
}

var reSentence = regexp.MustCompile(`[.;:!?]\s+|[.;:!?]$`)

// clauses cuts remarks at sentence ends and semicolons, keeping
// abbreviations ("U.S.", "H. W.", "Mr.") inside.
func clauses(text string) []string {
	var out []string
	start := 0
	for _, m := range reSentence.FindAllStringIndex(text, -1) {
		end := m[0]
		if text[end] == '.' && isAbbrev(text[start:end]) {
			continue
		}
		if s := strings.TrimSpace(text[start:end]); s != "" {
			out = append(out, s)
		}
		start = m[1]
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

var abbrevs = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"jr": true, "sr": true, "lt": true, "col": true, "adm": true, "sen": true, "rep": true, "gov": true, "no": true, "u.s": true, "u.n": true, "u.k": true}

// isAbbrev reports whether text ends in an abbreviation or initial, so
// the period after it does not end the clause.
func isAbbrev(text string) bool {
	i := strings.LastIndexFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '(' })
	w := text[i+1:]
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return true // an initial
	}
	lw := strings.ToLower(w)
	if abbrevs[lw] {
		return true
	}
	return strings.Count(w, ".") >= 1 && len(w) <= 5 // "U.S", "D.C"
}

// words splits a phrase into words, keeping commas as their own tokens.
func words(s string) []string {
	s = strings.NewReplacer(",", " , ", "’", "'", "(", " ( ", ")", " ) ").Replace(s)
	return strings.Fields(s)
}

func lower(w string) string { return strings.ToLower(strings.Trim(w, ".'")) }

func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// Met reads whom the remarks say the traveler met.
func Met(remarks string, c Context) []Person {
	var out []Person
	for _, cl := range clauses(remarks) {
		ws := words(cl)
		for i := 0; i < len(ws); i++ {
			// "Met President X", "Briefed President Sadat": a verb of
			// meeting whose object is a person phrase, without "with".
			direct := directVerbs[lower(ws[i])] && i+1 < len(ws) && capitalized(ws[i+1]) && !titleJoin[lower(ws[i+1])]
			if !direct && (lower(ws[i]) != "with" || !meetingBefore(ws[:i])) {
				continue
			}
			j := i + 1
			for j < len(ws) && !stopWords[lower(ws[j])] && ws[j] != "(" && lower(ws[j]) != "with" {
				j++
			}
			for _, p := range conjuncts(ws[i+1:j], c) {
				if !containsPerson(out, p) {
					out = append(out, p)
				}
			}
			i = j - 1
		}
	}
	return out
}

// meetingBefore: a word of meeting earlier in the clause, with no other
// "with" between (each "with" is taken once).
func meetingBefore(ws []string) bool {
	for i := len(ws) - 1; i >= 0; i-- {
		l := lower(ws[i])
		if meetWords[l] {
			return true
		}
		if l == "accompanied" || l == "accompanying" || l == "funeral" {
			return false
		}
	}
	return false
}

func containsPerson(ps []Person, p Person) bool {
	for _, q := range ps {
		if graph.Key(q.Name) == graph.Key(p.Name) {
			return true
		}
	}
	return false
}

// conjuncts cuts an object phrase at commas and "and" and reads each part.
func conjuncts(ws []string, c Context) []Person {
	type part struct {
		ws    []string
		byAnd bool // joined to the previous part by "and" alone
	}
	var parts []part
	cur := part{}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		l := lower(w)
		// "Prime Minister and Foreign Minister Z", "Minister of Foreign
		// Affairs and Expatriates Z": an "and" between title words, not
		// after "the", joins posts of one person.
		if l == "and" && len(cur.ws) > 0 && lower(cur.ws[0]) != "the" && titleWords[lower(cur.ws[len(cur.ws)-1])] &&
			i+1 < len(ws) && titleWords[lower(ws[i+1])] && capitalized(ws[i+1]) {
			cur.ws = append(cur.ws, w)
			continue
		}
		if w == "," || l == "and" || l == "&" {
			if len(cur.ws) > 0 {
				parts = append(parts, cur)
			}
			byAnd := l == "and" || l == "&"
			if w == "," && i+1 < len(ws) && (lower(ws[i+1]) == "and") {
				i++
				byAnd = false
			}
			cur = part{byAnd: byAnd}
			continue
		}
		cur.ws = append(cur.ws, w)
	}
	if len(cur.ws) > 0 {
		parts = append(parts, cur)
	}
	var out []Person
	var pending []string // bare titles waiting for a name
	for k, pt := range parts {
		p, ok := conjunct(pt.ws, c)
		if !ok {
			pending = nil
			continue
		}
		if p.Name == "" {
			// A bare title (no article) followed by "and" and a title
			// with a name: one person with both posts ("Crown Prince and
			// Prime Minister Salman"). "The Prime Minister" alone is
			// nobody.
			if len(p.Titles) > 0 && lower(pt.ws[0]) != "the" && k+1 < len(parts) && parts[k+1].byAnd {
				pending = append(pending, p.Titles...)
			} else {
				pending = nil
			}
			continue
		}
		if len(pending) > 0 && len(p.Titles) > 0 && pt.byAnd {
			p.Titles = append(pending, p.Titles...)
		}
		pending = nil
		out = append(out, p)
	}
	return out
}

// conjunct reads [org][titles][honorifics][name][of org]; ok is false for
// a part that names no post and no person ("senior officials").
func conjunct(ws []string, c Context) (Person, bool) {
	i := 0
	for i < len(ws) && (lower(ws[i]) == "the" || lower(ws[i]) == "former" || lower(ws[i]) == "then" || lower(ws[i]) == "both" || lower(ws[i]) == "new" || lower(ws[i]) == "newly" || lower(ws[i]) == "elected" || lower(ws[i]) == "outgoing" || lower(ws[i]) == "incoming") {
		i++
	}
	former := i > 0 && slicesContainsLower(ws[:i], "former")
	var p Person
	// A state, demonym or organization before the titles.
	if n, org, isState := orgPrefix(ws[i:]); n > 0 {
		p.Org, p.OrgIsState = org, isState
		i += n
	}
	// Titles.
	var title []string
	for i < len(ws) {
		l := lower(ws[i])
		if titleWords[l] && capitalized(ws[i]) || (len(title) > 0 && titleJoin[l] && i+1 < len(ws) && titleWords[lower(ws[i+1])] && capitalized(ws[i+1])) {
			title = append(title, ws[i])
			i++
			continue
		}
		// "Minister of Foreign Affairs", "President of Montenegro X" handled below
		break
	}
	p.Titles = splitTitles(title)
	// "of <state>" right after the title.
	if i+1 < len(ws) && lower(ws[i]) == "of" {
		if n, org, isState := orgPrefix(ws[i+1:]); n > 0 {
			p.Org, p.OrgIsState = org, isState
			i += 1 + n
		}
	}
	// Honorifics.
	for i < len(ws) && honorifics[lower(ws[i])] && capitalized(ws[i]) {
		i++
	}
	// The name: capitalized words, particles inside.
	var name []string
	for i < len(ws) {
		w := ws[i]
		l := lower(w)
		if months[l] || (len(name) > 0 && (l == "jr" || l == "sr")) {
			break
		}
		if capitalized(w) || prefixed(w) || (len(name) > 0 && particles[l] && i+1 < len(ws) && (capitalized(ws[i+1]) || prefixed(ws[i+1]))) {
			if notNames[l] {
				return Person{}, false
			}
			name = append(name, w)
			i++
			continue
		}
		break
	}
	// "President Djukanovic of Montenegro".
	if i+1 < len(ws) && lower(ws[i]) == "of" {
		if n, org, isState := orgPrefix(ws[i+1:]); n > 0 {
			p.Org, p.OrgIsState = org, isState
			i += 1 + n
		}
	}
	if i < len(ws) && !months[lower(ws[i])] && !unicode.IsDigit([]rune(ws[i])[0]) && lower(ws[i]) != "jr" && lower(ws[i]) != "sr" {
		// Words left over: not a person phrase of the grammar ("senior
		// officials", "IGAD representatives", "his counterpart").
		return Person{}, false
	}
	for _, w := range name {
		if len(w) >= 2 && strings.ToUpper(w) == w && !strings.ContainsAny(w, ".") && !isRoman(w) {
			return Person{}, false // an acronym: an institution
		}
	}
	p.Name = strings.TrimSuffix(strings.Join(name, " "), ".")
	if p.Name != "" {
		if _, isState := graph.StateName(p.Name); isState {
			return Person{}, false
		}
		if _, isDem := graph.StateOfDemonym(p.Name); isDem {
			return Person{}, false
		}
		if _, isOrg := orgs[graph.Key(p.Name)]; isOrg {
			return Person{}, false
		}
	}
	if p.Name == "" && len(p.Titles) == 0 {
		return Person{}, false
	}
	// The sitting U.S. President, named by title and surname.
	if p.Name != "" && c.Terms != nil && (p.Org == "" || p.Org == "United States") && hasTitle(p.Titles, "President") && !former {
		if t, ok := c.Terms.SittingNamed(c.Day, p.Name); ok {
			p.Name, p.Org, p.OrgIsState, p.Term = t.Name, "United States", true, &t
			p.Titles = []string{"President"}
		}
	}
	if p.Org == "" {
		p.Org, p.OrgIsState = c.State, true
	}
	if former {
		p.Titles = nil // a former post is not held then
	}
	return p, true
}

func hasTitle(ts []string, t string) bool {
	for _, x := range ts {
		if strings.EqualFold(x, t) {
			return true
		}
	}
	return false
}

func slicesContainsLower(ws []string, w string) bool {
	for _, x := range ws {
		if lower(x) == w {
			return true
		}
	}
	return false
}

// orgPrefix reads a state (name or demonym) or a known organization at the
// start of ws, longest first; n is the number of words taken.
func orgPrefix(ws []string) (n int, org string, isState bool) {
	for k := min(len(ws), 5); k >= 1; k-- {
		if !capitalized(ws[0]) {
			return 0, "", false
		}
		phrase := strings.Join(ws[:k], " ")
		key := graph.Key(phrase)
		if o, ok := orgs[key]; ok {
			return k, o, false
		}
		if s, ok := graph.StateOfDemonym(phrase); ok {
			return k, s, true
		}
		if s, ok := graph.StateName(phrase); ok && k < len(ws) || ok && k == len(ws) {
			return k, s, true
		}
	}
	return 0, "", false
}

// eventWords make a noun phrase a multilateral event.
var eventWords = map[string]bool{
	"summit": true, "conference": true, "meeting": true, "meetings": true, "ministerial": true,
	"council": true, "session": true, "assembly": true, "congress": true, "forum": true, "dialogue": true,
	"talks": true, "consultations": true, "negotiations": true, "convention": true,
}

// eventVerbs introduce an event the traveler took part in.
var eventVerbs = map[string]bool{"attended": true, "attend": true, "attending": true, "participated": true, "addressed": true, "chaired": true, "co-chaired": true, "hosted": true}

// Event is a named multilateral event: its name as written, the key that
// joins its attendees, and the city the remarks place it in.
type Event struct {
	Name, Key, City string
}

var reInCity = regexp.MustCompile(`\bin ((?:[A-Z][\p{L}.'-]*\s?)+),\s*(?:[A-Z]{2}|D\.?C\.?)\b`)

// Events reads the named events the remarks say were attended: "Attended
// the NATO Summit", "Attended G-8 Foreign Ministers meeting".
func Events(remarks string) []Event {
	var out []Event
	for _, cl := range clauses(remarks) {
		ws := words(cl)
		for i := 0; i < len(ws); i++ {
			if !eventVerbs[lower(ws[i])] {
				continue
			}
			j := i + 1
			if j < len(ws) && lower(ws[j]) == "in" {
				j++
			}
			k := j
			for k < len(ws) && ws[k] != "," && !(stopWords[lower(ws[k])] && lower(ws[k]) != "of") && lower(ws[k]) != "and" && lower(ws[k]) != "with" && ws[k] != "(" {
				k++
			}
			phrase := ws[j:k]
			if len(phrase) == 0 {
				continue
			}
			hasEvent, funeral, named := false, false, false
			for _, w := range phrase {
				l := lower(w)
				if eventWords[l] {
					hasEvent = true
				}
				if l == "funeral" || l == "memorial" || l == "inauguration" {
					funeral = true
				}
				if capitalized(w) && !eventWords[l] && l != "the" && l != "a" && l != "an" {
					named = true
				}
			}
			if !hasEvent || funeral || !named {
				continue
			}
			name := strings.TrimSpace(strings.Join(phrase, " "))
			for _, a := range []string{"the ", "a ", "an ", "The "} {
				name = strings.TrimPrefix(name, a)
			}
			ev := Event{Name: name, Key: eventKey(name)}
			if m := reInCity.FindStringSubmatch(cl[strings.Index(cl, ws[i]):]); m != nil {
				ev.City = strings.TrimSpace(m[1])
			}
			out = append(out, ev)
			i = k - 1
		}
	}
	return out
}

// eventKey folds the words that vary between two records of one event
// ("the NATO Summit Meeting", "NATO Summit").
func eventKey(name string) string {
	var ks []string
	for _, w := range strings.Fields(graph.Key(name)) {
		switch w {
		case "the", "a", "an", "meeting", "meetings", "of", "s":
			continue
		}
		ks = append(ks, w)
	}
	return strings.Join(ks, " ")
}

// prefixed is a name word with an Arabic article: "al-Jubeir", "el-Sisi".
func prefixed(w string) bool {
	l := strings.ToLower(w)
	for _, p := range []string{"al-", "el-", "bin-", "ad-", "as-", "ash-", "at-"} {
		if strings.HasPrefix(l, p) && len(w) > len(p) && capitalized(w[len(p):]) {
			return true
		}
	}
	return false
}

func isRoman(w string) bool {
	return strings.Trim(w, "IVXL") == ""
}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// headWords make a title a post of its own; a part without one
// ("Expatriates") belongs to the title before it.
var headWords = map[string]bool{
	"minister": true, "president": true, "secretary": true, "king": true, "queen": true, "prince": true,
	"princess": true, "premier": true, "chancellor": true, "chairman": true, "chairperson": true, "chair": true,
	"emir": true, "amir": true, "sultan": true, "governor": true, "leader": true, "commander": true,
	"chief": true, "director": true, "ambassador": true, "speaker": true, "envoy": true, "adviser": true,
	"advisor": true, "emperor": true, "empress": true, "regent": true, "mayor": true, "general": true,
	"shah": true, "pope": true, "president-elect": true, "commissioner": true, "representative": true,
}

// splitTitles cuts "Prime Minister and Foreign Minister" into its posts.
func splitTitles(title []string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) == 0 {
			return
		}
		head := false
		for _, w := range cur {
			if headWords[lower(w)] {
				head = true
			}
		}
		if !head && len(out) > 0 {
			out[len(out)-1] += " and " + strings.Join(cur, " ")
		} else {
			out = append(out, strings.Join(cur, " "))
		}
		cur = nil
	}
	for _, w := range title {
		if lower(w) == "and" {
			flush()
			continue
		}
		cur = append(cur, w)
	}
	flush()
	return out
}
