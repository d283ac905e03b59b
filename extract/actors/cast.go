// Package actors is the resolution stage of extraction (Resolve): it links
// the mentions of the mention stage to the actors of the article's cast —
// states by country code, institutions, acronyms, people named in full and
// the surnames, titles and lone words that refer back to them — and reads
// the posts people hold from titles and appositions, including a title
// used without a name ("the Qatari prime minister"). The later passes of
// package extract read the Story it returns.
package actors

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Actor is an actor being built: its canonical name is chosen at the end,
// from the forms the text uses.
type Actor struct {
	Kind        graph.Kind
	Code        string   // ISO code for a state
	Forms       []string // every form the text uses, first seen first
	Names       []string // forms fit to be the canonical name (no demonyms)
	Extra       []string // gazetteer forms, kept as aliases only
	Styled      []string // a person's forms with a nameHonorific ("Sheikh X"), aliases only
	Positions   []Position
	Affiliation int // actor index, -1 when unknown
	Mentions    int
	Titled      bool // a title or apposition says what the person is
	Important   bool // takes part in a meeting or negotiation
	Acts        bool // named once at least other than as the speaker of a claim (extract/speakers.go)
	NotName     bool // looked like a name but the text uses it as something else
	Wife        bool // named under a wife's style beside her husband (couples.go)
	tokens      map[string]bool
	formKeys    map[string]bool
}

// Position is a post held, with the index of the actor that grants it.
type Position struct {
	Title string
	Org   int
}

// Cast is the table of actors of one article.
type Cast struct {
	Actors []*Actor
	byKey  map[string]int // graph.Key of any form → actor index
	byCode map[string]int
	keys   map[string]string
	// byToken indexes people by the words of their names, byInitials
	// institutions by the initials of theirs, so lookups stay linear.
	byToken   map[string][]int
	byInitial map[string][]int
}

func NewCast() *Cast {
	return &Cast{byKey: map[string]int{}, byCode: map[string]int{}, keys: map[string]string{},
		byToken: map[string][]int{}, byInitial: map[string][]int{}}
}

// add finds or creates the actor with this form and kind, and records the
// form. States are keyed by country code, so "US" and "United States" meet.
func (c *Cast) add(kind graph.Kind, form, code string) int {
	if code != "" {
		if i, ok := c.byCode[code]; ok {
			c.addForm(i, form)
			return i
		}
	}
	k := c.key(form)
	if k == "" {
		return -1
	}
	if i, ok := c.byKey[k]; ok && (c.Actors[i].Kind == kind || code == "") {
		c.addForm(i, form)
		return i
	}
	c.Actors = append(c.Actors, &Actor{Kind: kind, Code: code, Affiliation: -1, tokens: map[string]bool{}, formKeys: map[string]bool{}})
	i := len(c.Actors) - 1
	if code != "" {
		c.byCode[code] = i
	}
	c.addForm(i, form)
	return i
}

// key is graph.Key, memoized: the same forms recur throughout an article.
func (c *Cast) key(form string) string {
	if k, ok := c.keys[form]; ok {
		return k
	}
	k := graph.Key(form)
	c.keys[form] = k
	return k
}

func (c *Cast) addForm(i int, form string) {
	form = strings.TrimSpace(form)
	k := c.key(form)
	if k == "" || i < 0 {
		return
	}
	a := c.Actors[i]
	if a.formKeys[k] {
		return
	}
	a.formKeys[k] = true
	a.Forms = append(a.Forms, form)
	if _, ok := c.byKey[k]; !ok {
		c.byKey[k] = i
	}
	styled := a.Kind == graph.Person && mention.StyledName(form)
	for _, t := range strings.Fields(k) {
		if styled && t == "of" {
			// "Duchess of Cornwall": the place a style takes refers to
			// the place, not the person (mention/styledpeer.go).
			break
		}
		if !particles[t] && !a.tokens[t] {
			a.tokens[t] = true
			if a.Kind == graph.Person {
				c.byToken[t] = append(c.byToken[t], i)
			}
		}
	}
}

func (c *Cast) addExtra(i int, form string) {
	if i < 0 || form == "" {
		return
	}
	a := c.Actors[i]
	if !slices.Contains(a.Extra, form) {
		a.Extra = append(a.Extra, form)
	}
}

// lookup returns the actor whose form has this key, -1 if none.
func (c *Cast) lookup(form string) int {
	if i, ok := c.byKey[c.key(form)]; ok {
		return i
	}
	return -1
}

// personByTokens resolves a partial person name ("Burns", "Al Thani",
// "Abdel Fattah el-Sisi") to the one person whose name contains all its
// words; -1 when none or several do.
func (c *Cast) personByTokens(form string) int {
	cands := c.personsByTokens(form)
	if len(cands) != 1 {
		return -1
	}
	return cands[0]
}

// personsByTokens are the people whose names hold every word of form
// (particles aside), in the order they were added.
func (c *Cast) personsByTokens(form string) []int {
	words := strings.Fields(c.key(form))
	var cands []int
	for _, w := range words {
		if !particles[w] {
			cands = c.byToken[w]
			break
		}
	}
	var found []int
	for _, i := range cands {
		a := c.Actors[i]
		all := true
		for _, w := range words {
			if !a.tokens[w] && !particles[w] {
				all = false
				break
			}
		}
		if all && !slices.Contains(found, i) && !c.kinNamed(words, a) {
			found = append(found, i)
		}
	}
	return found
}

// kinNamed: a full name (two name words or more) whose first word stands
// in the known person's names only after a kinParticle is a kinsman's,
// not a short form of the known name. The father's name is inside the
// son's ("Salman bin Abdulaziz" in "Mohammed bin Salman bin Abdulaziz"),
// and a brother whose given name is the family's ("Sheikh Sabah
// al-Ahmad al-Sabah" after "Sheikh Jaber al-Ahmad al-Sabah") has every
// word of the emir's; a short form keeps the given name in front (issue
// 14's three-hundred-and-sixty-seventh round, p2237, p1327, p1777).
func (c *Cast) kinNamed(words []string, a *Actor) bool {
	if len(words) < 2 || particles[words[0]] {
		return false
	}
	named := 0
	for _, w := range words {
		if !particles[w] {
			named++
		}
	}
	if named < 2 {
		return false
	}
	kin := false
	for _, n := range a.Names {
		nw := strings.Fields(c.key(n))
		for j, w := range nw {
			if w != words[0] {
				continue
			}
			if j == 0 || !kinParticles[nw[j-1]] {
				return false
			}
			kin = true
		}
	}
	return kin
}

// addName records a form that may serve as the canonical name.
func (c *Cast) addName(i int, form string) {
	if i < 0 {
		return
	}
	c.addForm(i, form)
	a := c.Actors[i]
	if !slices.Contains(a.Names, form) {
		a.Names = append(a.Names, form)
		if a.Kind == graph.Organization || a.Kind == graph.Group {
			if ini := initials(c.key(form)); len(ini) >= 2 && !slices.Contains(c.byInitial[ini], i) {
				c.byInitial[ini] = append(c.byInitial[ini], i)
			}
		}
	}
}

// initials of a name key, skipping small words: "rapid support forces" →
// "rsf".
func initials(k string) string {
	var b strings.Builder
	for _, w := range strings.Fields(k) {
		if w != "of" && w != "the" && w != "and" && w != "for" {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// Name is the fullest form the text gives: most words, then longest.
func (a *Actor) Name() string {
	cands := a.Names
	if len(a.Extra) > 0 && (len(cands) == 0 || (a.Kind == graph.State && shorterThan(cands, a.Extra[0]))) {
		return a.Extra[0] // "United States" rather than "US" or "America"
	}
	if len(cands) == 0 {
		cands = a.Forms
	}
	if len(cands) == 0 {
		return ""
	}
	best := cands[0]
	for _, f := range cands[1:] {
		if a.Kind == graph.State || a.Kind == graph.Organization || a.Kind == graph.Group {
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
	fa, ba := text.IsAcronymForm(f), text.IsAcronymForm(best)
	if fa != ba {
		return ba
	}
	return len(strings.Fields(f)) > len(strings.Fields(best)) ||
		(len(strings.Fields(f)) == len(strings.Fields(best)) && len(f) > len(best))
}

// byInitials finds the organization or group whose name's initials spell
// an acronym: "rsf" for "Rapid Support Forces"; -1 when none or several.
func (c *Cast) byInitials(acr string) int {
	if len(acr) < 2 || strings.Contains(acr, " ") || len(c.byInitial[acr]) != 1 {
		return -1
	}
	return c.byInitial[acr][0]
}

// shorterThan: no form the text uses is a full name as long as the
// gazetteer's ("Democratic Republic of Congo" is; "US" is not).
func shorterThan(forms []string, name string) bool {
	n := len(strings.Fields(name))
	for _, f := range forms {
		if !text.IsAcronymForm(f) && len(strings.Fields(f)) >= n {
			return false
		}
	}
	return true
}

// KeepPerson: people count as actors when the text says what they are,
// names them twice, has them act in a meeting or negotiation, or calls
// them by surname alone as someone the reader knows; a full name dropped
// once in passing does not.
func (a *Actor) KeepPerson() bool {
	return !a.NotName && (a.Acts || a.Important) && (a.Titled || a.Mentions >= 2 || a.Important || len(a.Names) == 1 && !strings.Contains(a.Names[0], " "))
}

// person is the cast's person a name refers to — one already met whose
// name it shortens or repeats (the form is recorded), else a new one.
func (c *Cast) person(text string) int {
	if p := c.personByTokens(text); p >= 0 {
		c.addForm(p, text)
		return p
	}
	if p := c.initialSurname(text); p >= 0 {
		c.addForm(p, text)
		return p
	}
	p := c.add(graph.Person, text, "")
	c.addName(p, text)
	return p
}

// initialSurname resolves an initial and a surname ("M. Toure", "K.
// Mara") that the token lookup did not place to the one person already
// met with that surname whose given name the initial starts, or, when the
// letter is one of initialHonorifics, whose given name it does not: "M."
// is how English copy writes a Frenchman's or a francophone African's
// "Monsieur" ("M. Toure" after "Sekou Toure", the hundred-and-ninety-
// seventh round, p1215). Another letter ("K. Mara" after "Sekou Mara")
// is another person's initial; a surname two people share, or none,
// gives -1.
//
// A surname of more words ("M. X d'Y" after "Z X d'Y") is read the same
// way: the known name ends with all of them and has a given name before
// (the two-hundred-and-seventy-third round, p1675).
func (c *Cast) initialSurname(form string) int {
	w := strings.Fields(c.key(form))
	if len(w) < 2 || len(w) > 4 {
		return -1
	}
	letter := strings.TrimSuffix(w[0], ".")
	if len(letter) != 1 {
		return -1
	}
	surname := w[1:]
	found := -1
	for _, i := range c.byToken[surname[len(surname)-1]] {
		a := c.Actors[i]
		if a.Kind != graph.Person || len(a.Names) == 0 {
			continue
		}
		names := strings.Fields(c.key(a.Names[0]))
		if len(names) <= len(surname) || !slices.Equal(names[len(names)-len(surname):], surname) || len(names[0]) < 2 {
			continue
		}
		if !strings.HasPrefix(names[0], letter) && !initialHonorifics[letter] {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// headFirstShort resolves the short form of a body named head first
// ("the Community of X", "the Centre for Y Dialogue"): its complement
// alone ("X") or its head alone ("the Community") names the one such
// body of the story; -1 when none or several do. Up to two words may
// qualify the head ("the Roman Catholic Community of X"): the complement
// alone still names the body (issue 14's four-hundred-and-ninety-fifth
// round, p3005, p2865, p1751), the head alone no longer does.
func (c *Cast) headFirstShort(form string) int {
	k := c.key(form)
	found := -1
	for i, a := range c.Actors {
		if a.Kind != graph.Organization || len(a.Names) == 0 {
			continue
		}
		w := strings.Fields(c.key(a.Names[0]))
		h := 0
		for h < 2 && h+3 < len(w) && !headFirstBodies[w[h]] {
			h++
		}
		if len(w) < h+3 || !headFirstBodies[w[h]] || w[h+1] != "of" && w[h+1] != "for" {
			continue
		}
		rest := w[h+2:]
		if rest[0] == "the" && len(rest) > 1 {
			rest = rest[1:]
		}
		if (h > 0 || k != w[0]) && k != strings.Join(rest, " ") {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// headLastShort resolves a body named again by the last word of its name
// alone after "the" ("the World Bank" ... "the Bank", "the Gulf
// Cooperation Council" ... "the Council"): the one organization of the
// story whose name of two words or more that word ends; -1 when none or
// several do.
func (c *Cast) headLastShort(form string) int {
	k := c.key(form)
	if k == "" || strings.Contains(k, " ") {
		return -1
	}
	found := -1
	for i, a := range c.Actors {
		if a.Kind != graph.Organization {
			continue
		}
		for _, n := range a.Names {
			w := strings.Fields(c.key(n))
			if len(w) >= 2 && w[len(w)-1] == k {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// dropSurnameForms takes from a person the forms that are only the
// surname ("Y", "de Y"): a wife's, once her husband is a person of his
// own, keeps the forms that name her (actors/couples.go).
func (c *Cast) dropSurnameForms(i int, surname string) {
	a := c.Actors[i]
	keep := func(f string) bool { return !surnameOnly(f, surname) }
	for _, f := range a.Forms {
		if k := c.key(f); !keep(f) {
			delete(a.formKeys, k)
			if c.byKey[k] == i {
				delete(c.byKey, k)
			}
		}
	}
	a.Forms = slices.DeleteFunc(a.Forms, func(f string) bool { return !keep(f) })
	a.Names = slices.DeleteFunc(a.Names, func(f string) bool { return !keep(f) })
}

// addPerson adds a new person under a form, even when another actor
// already has the form's key: a husband's or a wife's form is the other
// spouse's too.
func (c *Cast) addPerson(form string) int {
	if c.key(form) == "" {
		return -1
	}
	c.Actors = append(c.Actors, &Actor{Kind: graph.Person, Affiliation: -1, tokens: map[string]bool{}, formKeys: map[string]bool{}})
	i := len(c.Actors) - 1
	c.addName(i, form)
	return i
}
