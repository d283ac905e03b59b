package extract

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed gazetteer/countries.tsv gazetteer/former-states.tsv gazetteer/cities.tsv gazetteer/common-words.txt
var gazetteerFS embed.FS

// entryKind is what a gazetteer phrase names.
type entryKind int

const (
	eCountry entryKind = iota + 1
	eDemonym
	eCity
	eOrg
)

// entry is one meaning of a gazetteer phrase.
type entry struct {
	kind    entryKind
	ref     string // country code (eCountry, eDemonym, eCity's country) or org name
	city    string // canonical city name for eCity
	capital bool   // the city is its country's capital
	pop     int
	acr     bool // the phrase is an acronym: match only upper case
}

type country struct {
	code, name string
	capitals   []string
}

// gazetteer maps token-key phrases ("united states", "u.s.") to entries.
type gazetteer struct {
	phrases   map[string]entry
	prefixes  map[string]bool // every proper prefix of a phrase, to stop a lookup early
	maxLen    int
	countries map[string]*country
	orgs      map[string]*knownOrg
	common    map[string]bool // the most frequent English words
}

var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{phrases: map[string]entry{}, prefixes: map[string]bool{}, countries: map[string]*country{},
		orgs: map[string]*knownOrg{}, common: map[string]bool{}}
	if b, err := gazetteerFS.ReadFile("gazetteer/common-words.txt"); err == nil {
		for _, w := range strings.Split(string(b), "\n") {
			if w != "" && !strings.HasPrefix(w, "#") {
				g.common[w] = true
			}
		}
	}
	g.loadCities()
	g.loadCountries()
	g.loadFormerStates()
	for i := range knownOrgs {
		o := &knownOrgs[i]
		g.orgs[o.name] = o
		for _, f := range append([]string{o.name}, o.aliases...) {
			g.add(f, entry{kind: eOrg, ref: o.name}, true)
		}
	}
	return g
})

func phraseKey(s string) (string, int) {
	toks := tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.lower
	}
	return strings.Join(parts, " "), len(toks)
}

// add stores a phrase; over says whether it replaces an existing meaning
// (countries and organizations win over cities of the same name).
func (g *gazetteer) add(phrase string, e entry, over bool) {
	// "Saint X" is written "St. X" and "St X" as often.
	if rest, ok := strings.CutPrefix(phrase, "Saint "); ok {
		g.add("St. "+rest, e, over)
		g.add("St "+rest, e, over)
	}
	k, n := phraseKey(phrase)
	if k == "" {
		return
	}
	e.acr = isAcronymForm(phrase)
	if old, ok := g.phrases[k]; ok && !over {
		if old.kind != eCity || e.kind != eCity || old.pop >= e.pop {
			return
		}
	}
	g.phrases[k] = e
	if n > g.maxLen {
		g.maxLen = n
	}
	for i := strings.IndexByte(k, ' '); i >= 0; {
		g.prefixes[k[:i]] = true
		j := strings.IndexByte(k[i+1:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
}

func (g *gazetteer) loadCountries() {
	rows := readRows("gazetteer/countries.tsv")
	// Names first, so that no alternative spelling or demonym takes
	// another country's name; sovereign states before territories, so that
	// "Indian" is India's and not the British Indian Ocean Territory's.
	for _, col := range rows {
		c := &country{code: col[0], name: col[1], capitals: splitBar(col[5])}
		g.countries[c.code] = c
		e := entry{kind: eCountry, ref: c.code}
		g.add(col[1], e, true)
		g.add(col[2], e, true)
	}
	for _, sovereign := range []string{"1", "0"} {
		for _, col := range rows {
			if col[6] != sovereign {
				continue
			}
			for _, f := range splitBar(col[3]) {
				// A native spelling that is an English word ("Island"
				// for Iceland) would read every capitalized use of the
				// word as the country.
				if g.common[strings.ToLower(f)] {
					continue
				}
				g.addIfFree(f, entry{kind: eCountry, ref: col[0]})
			}
			for _, d := range splitBar(col[4]) {
				g.addIfFree(d, entry{kind: eDemonym, ref: col[0]})
				if p := pluralDemonym(d); p != "" {
					g.addIfFree(p, entry{kind: eDemonym, ref: col[0]})
				}
			}
		}
	}
	for _, col := range rows {
		for _, form := range countryExtras[col[0]] {
			g.add(form, entry{kind: eCountry, ref: col[0]}, true) // curated short forms win over the data's
		}
		for _, cap := range splitBar(col[5]) {
			name := strings.TrimSuffix(strings.TrimSuffix(cap, " D.C."), ", D.C.")
			k, _ := phraseKey(name)
			if old, ok := g.phrases[k]; ok && old.kind == eCity {
				old.capital, old.ref = true, col[0]
				g.phrases[k] = old
			} else if !ok {
				g.add(name, entry{kind: eCity, ref: col[0], city: name, capital: true}, false)
			}
		}
	}
}

// loadFormerStates adds the states of former-states.tsv under every name
// no present-day entry holds.
func (g *gazetteer) loadFormerStates() {
	for _, col := range readRows("gazetteer/former-states.tsv") {
		g.countries[col[0]] = &country{code: col[0], name: col[1]}
		e := entry{kind: eCountry, ref: col[0]}
		for _, f := range append([]string{col[1], col[2]}, splitBar(col[3])...) {
			g.addIfFree(f, e)
		}
		for _, d := range splitBar(col[4]) {
			g.addIfFree(d, entry{kind: eDemonym, ref: col[0]})
		}
	}
}

// readRows reads the rows of an embedded table of countries.tsv's seven
// columns, comments left out.
func readRows(name string) [][]string {
	f, err := gazetteerFS.Open(name)
	if err != nil {
		panic("extract: embedded " + name + ": " + err.Error()) // cannot happen in a built binary
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

// addIfFree adds a country's alternative form or demonym unless another
// country already owns it.
func (g *gazetteer) addIfFree(phrase string, e entry) {
	k, _ := phraseKey(phrase)
	if old, ok := g.phrases[k]; ok && (old.kind == eCountry || old.kind == eDemonym) && old.ref != e.ref {
		return
	}
	g.add(phrase, e, true)
}

func (g *gazetteer) loadCities() {
	f, err := gazetteerFS.Open("gazetteer/cities.tsv")
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
		e := entry{kind: eCity, ref: col[1], city: col[0], pop: pop}
		g.add(col[0], e, false)
		for _, a := range splitBar(col[3]) {
			g.add(a, e, false)
		}
	}
}

func splitBar(s string) []string {
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

// capitalCity returns the capital of a country code, "" when unknown.
func (g *gazetteer) capitalCity(code string) string {
	if c := g.countries[code]; c != nil && len(c.capitals) > 0 {
		return strings.TrimSuffix(c.capitals[0], " D.C.")
	}
	return ""
}
