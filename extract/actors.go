package extract

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// actor is an actor being built: its canonical name is chosen at the end,
// from the forms the text uses.
type actor struct {
	kind        graph.Kind
	code        string   // ISO code for a state
	forms       []string // every form the text uses, first seen first
	names       []string // forms fit to be the canonical name (no demonyms)
	extra       []string // gazetteer forms, kept as aliases only
	positions   []position
	affiliation int // actor index, -1 when unknown
	mentions    int
	titled      bool // a title or apposition says what the person is
	important   bool // takes part in a meeting or negotiation
	tokens      map[string]bool
}

// position is a post held, with the index of the actor that grants it.
type position struct {
	title string
	org   int
}

// cast is the table of actors of one article.
type cast struct {
	actors []*actor
	byKey  map[string]int // graph.Key of any form → actor index
	byCode map[string]int
}

func newCast() *cast { return &cast{byKey: map[string]int{}, byCode: map[string]int{}} }

// add finds or creates the actor with this form and kind, and records the
// form. States are keyed by country code, so "US" and "United States" meet.
func (c *cast) add(kind graph.Kind, form, code string) int {
	if code != "" {
		if i, ok := c.byCode[code]; ok {
			c.addForm(i, form)
			return i
		}
	}
	k := graph.Key(form)
	if k == "" {
		return -1
	}
	if i, ok := c.byKey[k]; ok && (c.actors[i].kind == kind || code == "") {
		c.addForm(i, form)
		return i
	}
	c.actors = append(c.actors, &actor{kind: kind, code: code, affiliation: -1, tokens: map[string]bool{}})
	i := len(c.actors) - 1
	if code != "" {
		c.byCode[code] = i
	}
	c.addForm(i, form)
	return i
}

func (c *cast) addForm(i int, form string) {
	form = strings.TrimSpace(form)
	k := graph.Key(form)
	if k == "" || i < 0 {
		return
	}
	a := c.actors[i]
	if !slices.ContainsFunc(a.forms, func(f string) bool { return graph.Key(f) == k }) {
		a.forms = append(a.forms, form)
	}
	if _, ok := c.byKey[k]; !ok {
		c.byKey[k] = i
	}
	for _, t := range strings.Fields(k) {
		if !particles[t] {
			a.tokens[t] = true
		}
	}
}

func (c *cast) addExtra(i int, form string) {
	if i < 0 || form == "" {
		return
	}
	a := c.actors[i]
	if !slices.Contains(a.extra, form) {
		a.extra = append(a.extra, form)
	}
}

// lookup returns the actor whose form has this key, -1 if none.
func (c *cast) lookup(form string) int {
	if i, ok := c.byKey[graph.Key(form)]; ok {
		return i
	}
	return -1
}

// personByTokens resolves a partial person name ("Burns", "Al Thani",
// "Abdel Fattah el-Sisi") to the one person whose name contains all its
// words; -1 when none or several do.
func (c *cast) personByTokens(form string) int {
	words := strings.Fields(graph.Key(form))
	if len(words) == 0 {
		return -1
	}
	found := -1
	for i, a := range c.actors {
		if a.kind != graph.Person {
			continue
		}
		all := true
		for _, w := range words {
			if !a.tokens[w] && !particles[w] {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// addName records a form that may serve as the canonical name.
func (c *cast) addName(i int, form string) {
	if i < 0 {
		return
	}
	c.addForm(i, form)
	a := c.actors[i]
	if !slices.Contains(a.names, form) {
		a.names = append(a.names, form)
	}
}

// name is the fullest form the text gives: most words, then longest.
func (a *actor) name() string {
	cands := a.names
	if len(cands) == 0 && len(a.extra) > 0 {
		return a.extra[0]
	}
	if len(cands) == 0 {
		cands = a.forms
	}
	if len(cands) == 0 {
		return ""
	}
	best := cands[0]
	for _, f := range cands[1:] {
		if a.kind == graph.State || a.kind == graph.Organization || a.kind == graph.Group {
			// Prefer a form that is not an adjective or acronym.
			if betterInstitutionName(f, best) {
				best = f
			}
			continue
		}
		if graph.FullerName(f, best) == f && f != best {
			best = f
		}
	}
	return best
}

// betterInstitutionName prefers full names over acronyms and demonyms:
// "United States" over "US", "Rapid Support Forces" over "RSF".
func betterInstitutionName(f, best string) bool {
	fa, ba := isAcronymForm(f), isAcronymForm(best)
	if fa != ba {
		return ba
	}
	return len(strings.Fields(f)) > len(strings.Fields(best)) ||
		(len(strings.Fields(f)) == len(strings.Fields(best)) && len(f) > len(best))
}

func isAcronymForm(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// byInitials finds the organization or group whose name's initials spell
// an acronym: "rsf" for "Rapid Support Forces".
func (c *cast) byInitials(acr string) int {
	if len(acr) < 2 || strings.Contains(acr, " ") {
		return -1
	}
	found := -1
	for i, a := range c.actors {
		if a.kind != graph.Organization && a.kind != graph.Group {
			continue
		}
		for _, f := range a.names {
			var b strings.Builder
			for _, w := range strings.Fields(graph.Key(f)) {
				if w != "of" && w != "the" && w != "and" && w != "for" {
					b.WriteByte(w[0])
				}
			}
			if b.String() == acr {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}
