package extract

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
	"sync"

	"github.com/parley-dev/parley/graph"
)

//go:embed gazetteer/countries.tsv gazetteer/cities.tsv
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
	maxLen    int
	countries map[string]*country
	orgs      map[string]*knownOrg
}

var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{phrases: map[string]entry{}, countries: map[string]*country{}, orgs: map[string]*knownOrg{}}
	g.loadCities()
	g.loadCountries()
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
}

func (g *gazetteer) loadCountries() {
	f, _ := gazetteerFS.Open("gazetteer/countries.tsv")
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) < 6 {
			continue
		}
		c := &country{code: col[0], name: col[1], capitals: splitBar(col[5])}
		g.countries[c.code] = c
		e := entry{kind: eCountry, ref: c.code}
		forms := append([]string{col[1], col[2]}, splitBar(col[3])...)
		forms = append(forms, countryExtras[c.code]...)
		for _, f := range forms {
			g.add(f, e, true)
		}
		for _, d := range splitBar(col[4]) {
			g.add(d, entry{kind: eDemonym, ref: c.code}, true)
			if p := pluralDemonym(d); p != "" {
				g.add(p, entry{kind: eDemonym, ref: c.code}, true)
			}
		}
		for _, cap := range c.capitals {
			name := strings.TrimSuffix(strings.TrimSuffix(cap, " D.C."), ", D.C.")
			k, _ := phraseKey(name)
			if old, ok := g.phrases[k]; ok && old.kind == eCity {
				old.capital, old.ref = true, c.code
				g.phrases[k] = old
			} else if !ok {
				g.add(name, entry{kind: eCity, ref: c.code, city: name, capital: true}, false)
			}
		}
	}
}

func (g *gazetteer) loadCities() {
	f, _ := gazetteerFS.Open("gazetteer/cities.tsv")
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

func (g *gazetteer) orgKind(name string) graph.Kind {
	if o := g.orgs[name]; o != nil {
		return o.kind
	}
	return graph.Organization
}
