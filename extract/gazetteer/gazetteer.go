// Package gazetteer is the extractor's embedded knowledge of places and
// well-known bodies: countries with their names, spellings, demonyms and
// capitals, major cities, international organizations, and the most common
// English words (see README.md and LICENSE-DATA.md for the data). Phrases
// are keyed by their lower-cased tokens, as the mention stage looks them up.
package gazetteer

import (
	"bufio"
	"embed"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
)

//go:embed countries.tsv former-states.tsv cities.tsv towns.tsv common-words.txt leaders.tsv
var gazetteerFS embed.FS

// EntryKind is what a gazetteer phrase names.
type EntryKind int

const (
	CountryName EntryKind = iota + 1
	Demonym
	City
	Org
)

// Entry is one meaning of a gazetteer phrase.
type Entry struct {
	Kind    EntryKind
	Ref     string // country code (CountryName, Demonym, City's country) or org name
	City    string // canonical city name for City
	Capital bool   // the city is its country's capital
	Pop     int
	Acr     bool // the phrase is an acronym: match only upper case
	// Minor: a town of towns.tsv, a place only where the text puts one
	// ("in X", "at X"): small places' names are often surnames or words.
	Minor bool
}

// Country is one country of countries.tsv.
type Country struct {
	Code, Name string
	Capitals   []string
	Sovereign  bool // a sovereign state, not a territory
}

// Gazetteer maps token-key phrases ("united states", "u.s.") to entries.
type Gazetteer struct {
	Phrases   map[string]Entry
	Prefixes  map[string]bool // every proper prefix of a phrase, to stop a lookup early
	MaxLen    int
	Countries map[string]*Country
	Orgs      map[string]*KnownOrg
	Common    map[string]bool // the most frequent English words
	capitals  map[string]bool // phrase keys of every country's capitals
	// ownRows: the row of cities.tsv whose own name a phrase key is,
	// read while loading (seatOfCity).
	ownRows map[string]Entry
	// SeatSpellings are the phrase keys seatOfCity gave to a capital
	// seat that name the larger city around it ("delhi", "dilli"), and
	// those boroughsOfCities gave to a city that name a borough within it
	// ("manhattan"): a record spells the place by its own name, not by
	// these.
	SeatSpellings map[string]bool
	// Leaders maps a leader's LeaderKey to the code of their state
	// (leaders.go).
	Leaders map[string]string
}

// Load reads the embedded data once; every extraction shares the result,
// which is never written after loading.
var Load = sync.OnceValue(func() *Gazetteer {
	g := &Gazetteer{Phrases: map[string]Entry{}, Prefixes: map[string]bool{}, Countries: map[string]*Country{},
		Orgs: map[string]*KnownOrg{}, Common: map[string]bool{}, capitals: map[string]bool{}, ownRows: map[string]Entry{}, SeatSpellings: map[string]bool{}, Leaders: map[string]string{}}
	if b, err := gazetteerFS.ReadFile("common-words.txt"); err == nil {
		for _, w := range strings.Split(string(b), "\n") {
			if w != "" && !strings.HasPrefix(w, "#") {
				g.Common[w] = true
			}
		}
	}
	g.loadCities()
	g.loadTowns()
	g.loadCountries()
	g.ownRows = nil // read only while loading
	g.loadFormerStates()
	g.boroughsOfCities()
	g.loadLeaders()
	for i := range knownOrgs {
		o := &knownOrgs[i]
		g.Orgs[o.Name] = o
		for _, f := range append([]string{o.Name}, o.Aliases...) {
			for _, v := range orgSpellings(f) {
				g.add(v, Entry{Kind: Org, Ref: o.Name}, true)
			}
		}
	}
	return g
})

// PhraseKey is the lookup key of a phrase, its lower-cased tokens joined by
// spaces, and its number of tokens.
func PhraseKey(s string) (string, int) {
	toks := text.Tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Lower
	}
	return strings.Join(parts, " "), len(toks)
}

// add stores a phrase; over says whether it replaces an existing meaning
// (countries and organizations win over cities of the same name).
func (g *Gazetteer) add(phrase string, e Entry, over bool) {
	// "Saint X" is written "St. X" and "St X" as often.
	if rest, ok := strings.CutPrefix(phrase, "Saint "); ok {
		g.add("St. "+rest, e, over)
		g.add("St "+rest, e, over)
	}
	k, n := PhraseKey(phrase)
	if k == "" {
		return
	}
	e.Acr = text.IsAcronymForm(phrase)
	if old, ok := g.Phrases[k]; ok && !over {
		if old.Kind != City || e.Kind != City || old.Pop >= e.Pop {
			return
		}
	}
	g.Phrases[k] = e
	if n > g.MaxLen {
		g.MaxLen = n
	}
	for i := strings.IndexByte(k, ' '); i >= 0; {
		g.Prefixes[k[:i]] = true
		j := strings.IndexByte(k[i+1:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
}

func (g *Gazetteer) loadCountries() {
	rows := ReadRows("countries.tsv")
	// Names first, so that no alternative spelling or demonym takes
	// another country's name; sovereign states before territories, so that
	// "Indian" is India's and not the British Indian Ocean Territory's.
	for _, col := range rows {
		c := &Country{Code: col[0], Name: col[1], Capitals: SplitBar(col[5]), Sovereign: col[6] == "1"}
		g.Countries[c.Code] = c
		e := Entry{Kind: CountryName, Ref: c.Code}
		g.add(col[1], e, true)
		g.add(col[2], e, true)
	}
	// A demonym two states share goes first to the sovereign one whose
	// name is built on it: "Dominican" is the Dominican Republic's ("the
	// Dominican capital", Santo Domingo) before Dominica's, whose row
	// comes first (the three-hundred-and-seventy-third round: p2271,
	// p1257, where summits in Santo Domingo were placed in Roseau). A
	// territory named on its state's demonym ("French Southern ...",
	// "American Samoa") takes nothing from the state.
	for _, col := range rows {
		if col[6] != "1" {
			continue
		}
		for _, d := range SplitBar(col[4]) {
			if strings.HasPrefix(col[1], d+" ") {
				g.addIfFree(d, Entry{Kind: Demonym, Ref: col[0]})
				if p := pluralDemonym(d); p != "" && !g.isCountryName(p) {
					g.addIfFree(p, Entry{Kind: Demonym, Ref: col[0]})
				}
			}
		}
	}
	for _, sovereign := range []string{"1", "0"} {
		for _, col := range rows {
			if col[6] != sovereign {
				continue
			}
			for _, f := range SplitBar(col[3]) {
				// A native spelling that is an English word ("Island"
				// for Iceland) would read every capitalized use of the
				// word as the country.
				if g.Common[strings.ToLower(f)] {
					continue
				}
				g.addIfFree(f, Entry{Kind: CountryName, Ref: col[0]})
			}
			for _, d := range append(SplitBar(col[4]), DemonymExtras[col[0]]...) {
				g.addIfFree(d, Entry{Kind: Demonym, Ref: col[0]})
				if p := pluralDemonym(d); p != "" && !g.isCountryName(p) {
					// "Philippines" is the plural of no demonym: the
					// country's own name stays its name.
					g.addIfFree(p, Entry{Kind: Demonym, Ref: col[0]})
				}
			}
		}
	}
	for _, col := range rows {
		for _, form := range CountryExtras[col[0]] {
			g.add(form, Entry{Kind: CountryName, Ref: col[0]}, true) // curated short forms win over the data's
		}
		for _, cap := range SplitBar(col[5]) {
			name := strings.TrimSuffix(strings.TrimSuffix(cap, " D.C."), ", D.C.")
			k, _ := PhraseKey(name)
			g.capitals[k] = true
			if old, ok := g.Phrases[k]; ok && old.Kind == City {
				// A capital that cities.tsv lacks for its spelling
				// ("Reykjavik" in the table of countries, "Reykjavík" in
				// the towns) is a city wherever the text names it, not
				// a minor town read only after "in".
				if old.Minor && old.Ref == col[0] {
					old.Minor = false
				}
				if own, ok := g.ownRows[k]; ok && old.Ref == col[0] && own.Ref == col[0] && old.City != own.City {
					// The capital has a row of its own, but a larger
					// city of the same country holds its name as an
					// alternate ("New Delhi" for Delhi): the capital
					// names itself, and so does the larger city, since
					// its government sits there (seatOfCity).
					g.seatOfCity(old.City, col[0], own.City)
					continue
				}
				if old.Ref != col[0] {
					// Another country's city holds the capital's name
					// as one of its own alternates ("Bridgetown" for
					// Portland, "Victoria" for Hong Kong, "Islamabad"
					// for Chattogram): in the text it is the capital.
					old.City, old.Pop = name, 0
				}
				old.Capital, old.Ref = true, col[0]
				g.Phrases[k] = old
			} else if !ok {
				g.add(name, Entry{Kind: City, Ref: col[0], City: name, Capital: true}, false)
			}
			// A capital the table spells with diacritics only ("Malé",
			// "São Tomé", "Nouméa") is written without them in most
			// English copy ("in Male", "in Sao Tome"): the plain
			// spelling names the same capital, where no other place or
			// country holds it. A plain spelling that is an English word
			// ("male") is the capital only where the text puts a place
			// ("in Male", a dateline), as a minor town is.
			if plain := foldDiacritics(name); plain != name {
				if pk, _ := PhraseKey(plain); pk != "" {
					if old, taken := g.Phrases[pk]; !taken {
						g.add(plain, Entry{Kind: City, Ref: col[0], City: plain, Capital: true, Minor: g.Common[pk]}, false)
						g.capitals[pk] = true
					} else if old.Kind == City && old.Ref == col[0] && old.City == name && !old.Capital {
						// The plain spelling is already the capital's own
						// alternate in cities.tsv ("Bogota" for Bogotá):
						// it names the capital too, so "between the
						// guerrillas and Bogota" reads the state's
						// government as "and Jakarta" does (issue 14's
						// five-hundred-and-fifty-seventh round).
						old.Capital = true
						g.Phrases[pk] = old
						g.capitals[pk] = true
					}
				}
			}
		}
	}
}

// loadFormerStates adds the states of former-states.tsv under every name
// no present-day entry holds.
func (g *Gazetteer) loadFormerStates() {
	for _, col := range ReadRows("former-states.tsv") {
		g.Countries[col[0]] = &Country{Code: col[0], Name: col[1]}
		e := Entry{Kind: CountryName, Ref: col[0]}
		for _, f := range append([]string{col[1], col[2]}, SplitBar(col[3])...) {
			g.addIfFree(f, e)
		}
		for _, d := range SplitBar(col[4]) {
			g.addIfFree(d, Entry{Kind: Demonym, Ref: col[0]})
		}
	}
}

// ReadRows reads the rows of an embedded table of countries.tsv's seven
// columns (countries.tsv, former-states.tsv), comments left out.
func ReadRows(name string) [][]string {
	f, err := gazetteerFS.Open(name)
	if err != nil {
		panic("gazetteer: embedded " + name + ": " + err.Error()) // cannot happen in a built binary
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		if col := strings.Split(sc.Text(), "\t"); len(col) >= 7 && !strings.HasPrefix(col[0], "#") {
			rows = append(rows, col)
		}
	}
	return rows
}

// isCountryName: the phrase is already some country's name.
func (g *Gazetteer) isCountryName(phrase string) bool {
	k, _ := PhraseKey(phrase)
	old, ok := g.Phrases[k]
	return ok && old.Kind == CountryName
}

// addIfFree adds a country's alternative form or demonym unless another
// country already owns it.
func (g *Gazetteer) addIfFree(phrase string, e Entry) {
	k, _ := PhraseKey(phrase)
	if old, ok := g.Phrases[k]; ok && (old.Kind == CountryName || old.Kind == Demonym) && old.Ref != e.Ref {
		return
	}
	g.add(phrase, e, true)
}

func (g *Gazetteer) loadCities() {
	f, err := gazetteerFS.Open("cities.tsv")
	if err != nil {
		return // embedded: cannot happen in a built binary
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) < 4 {
			continue
		}
		pop, _ := strconv.Atoi(col[2])
		e := Entry{Kind: City, Ref: col[1], City: col[0], Pop: pop}
		if k, _ := PhraseKey(col[0]); k != "" {
			g.ownRows[k] = e
		}
		g.add(col[0], e, false)
		for _, a := range SplitBar(col[3]) {
			g.add(a, e, false)
		}
	}
}

// loadTowns adds the towns of towns.tsv under the names no city holds.
func (g *Gazetteer) loadTowns() {
	f, err := gazetteerFS.Open("towns.tsv")
	if err != nil {
		return // embedded: cannot happen in a built binary
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 3 || strings.HasPrefix(col[0], "#") {
			continue
		}
		k, _ := PhraseKey(col[0])
		if old, ok := g.Phrases[k]; ok && !old.Minor {
			continue
		}
		pop, _ := strconv.Atoi(col[2])
		g.add(col[0], Entry{Kind: City, Ref: col[1], City: col[0], Pop: pop, Minor: true}, false)
		// The name without diacritics ("Tromso"), as English copy often
		// writes it: a spelling of the same town.
		if len(col) > 3 && col[3] != "" {
			if fk, _ := PhraseKey(col[3]); g.Phrases[fk].Kind == 0 || g.Phrases[fk].Minor {
				g.add(col[3], Entry{Kind: City, Ref: col[1], City: col[3], Pop: pop, Minor: true}, false)
			}
		}
	}
}

// foldDiacritics drops the accents of a name ("Malé" -> "Male").
func foldDiacritics(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// SplitBar splits a "|"-separated list of a table cell.
func SplitBar(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// pluralDemonym forms "Qataris" from "Qatari"; "British" and "Chinese" have
// no plural.
func pluralDemonym(d string) string {
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "sh"), strings.HasSuffix(d, "ch"), strings.HasSuffix(d, "s"):
		return ""
	case strings.HasSuffix(d, "n"), strings.HasSuffix(d, "i"), strings.HasSuffix(d, "e"):
		return d + "s"
	}
	return ""
}

// CapitalCity returns the capital of a country code, "" when unknown.
func (g *Gazetteer) CapitalCity(code string) string {
	if c := g.Countries[code]; c != nil && len(c.Capitals) > 0 {
		return strings.TrimSuffix(c.Capitals[0], " D.C.")
	}
	return ""
}

// FormerCapital is the capital a former state of former-states.tsv had in
// its time, "" for any other code. Stories of that time name the city by
// its state ("arrived in the Soviet capital", "talks in the Yugoslav
// capital"), and a reader knows which city that was. former-states.tsv
// gives these states no capital, so that the city keeps its present state
// wherever it is named; only the phrases that name a state's capital read
// this (meeting.capitalNamed). Spelled as the stories of the time spell
// them (Saigon, Salisbury).
func (g *Gazetteer) FormerCapital(code string) string {
	return formerCapitals[code]
}

// formerCapitals: by the codes of former-states.tsv.
var formerCapitals = map[string]string{
	"SUHH": "Moscow", "YUCS": "Belgrade", "CSHH": "Prague", "DDDE": "East Berlin", "DEWG": "Bonn",
	"VDVN": "Saigon", "HVBF": "Ouagadougou", "ZRCD": "Kinshasa", "DYBJ": "Porto-Novo", "RHZW": "Salisbury",
	"ZWRH": "Salisbury", "NHVU": "Port Vila", "YDYE": "Aden", "YEYA": "Sanaa", "LKCE": "Colombo",
	"THSI": "Bangkok", "IRPE": "Tehran", "TZTA": "Dar es Salaam",
}

// IsCapital: the city (as a text or dateline spells it) is a country's
// capital.
func (g *Gazetteer) IsCapital(city string) bool {
	k, _ := PhraseKey(city)
	if g.capitals[k] {
		return true
	}
	e, ok := g.Phrases[k]
	return ok && e.Kind == City && e.Capital
}

// seatOfCity renames every phrase of the city named city in country code
// to the capital seat, a place of its own within it ("Delhi", "Dilli" and
// "New Delhi" all read as New Delhi): a meeting "in Delhi" is in the seat
// of government the larger city holds, and records name that seat.
func (g *Gazetteer) seatOfCity(city, code, seat string) {
	for k, e := range g.Phrases {
		if e.Kind == City && e.Ref == code && e.City == city {
			e.City, e.Capital = seat, true
			g.Phrases[k] = e
			if sk, _ := PhraseKey(seat); k != sk {
				g.SeatSpellings[k] = true
			}
		}
	}
}

// boroughsOfCities renames every phrase of a borough the lexicon's
// cityBoroughs section names ("manhattan=new+york") to the city that
// holds it, in the same country: the table keeps Manhattan as a city of
// its own, but a meeting "in midtown Manhattan" is in New York, and
// records name the city, as they name New Delhi for Delhi (seatOfCity;
// issue 14's two-hundred-and-sixty-second round, p1605, p1454, p778).
func (g *Gazetteer) boroughsOfCities() {
	for _, pair := range lexicon.List("cityBoroughs") {
		borough, city, ok := strings.Cut(pair, "=")
		if !ok {
			continue
		}
		bk, _ := PhraseKey(strings.ReplaceAll(borough, "+", " "))
		ck, _ := PhraseKey(strings.ReplaceAll(city, "+", " "))
		b, okB := g.Phrases[bk]
		c, okC := g.Phrases[ck]
		if !okB || !okC || b.Kind != City || c.Kind != City || b.Ref != c.Ref || b.City == c.City {
			continue
		}
		for k, e := range g.Phrases {
			if e.Kind == City && e.Ref == b.Ref && e.City == b.City {
				e.City, e.Capital = c.City, c.Capital
				g.Phrases[k] = e
				g.SeatSpellings[k] = true // the record names the city, not the borough
			}
		}
	}
}

// orgSpellingPairs are the British and American spellings a body's name
// is printed in: a wire writes "Organization for Security and Cooperation
// in Europe" where the body itself writes "Co-operation"; unknown, the
// name broke at its "and" and half of it became an actor of its own.
var orgSpellingPairs = [][2]string{{"Co-operation", "Cooperation"}, {"Organisation", "Organization"}}

// orgSpellings is a known body's form with every mix of the spellings in
// orgSpellingPairs, the form itself first.
func orgSpellings(f string) []string {
	forms := []string{f}
	for _, p := range orgSpellingPairs {
		for _, x := range forms {
			for _, swap := range [][2]string{p, {p[1], p[0]}} {
				if v := strings.ReplaceAll(x, swap[0], swap[1]); v != x && !slices.Contains(forms, v) {
					forms = append(forms, v)
				}
			}
		}
	}
	return forms
}
