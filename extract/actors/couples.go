package actors

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Husband and wife under one surname. Copy of state visits and dinners
// names a couple by the husband's title or style and the wife's —
// "President and Mrs. X", "General and Madame Y", "Mr. and Mrs. Z",
// "Vice President W and Mrs. W" — and the wife afterwards as "Mrs. X" or
// "Madame Y". Read by surname alone the two are one person: the wife's
// mentions fell to the husband ("Mrs. X" to "President X"), or, when the
// wife's style stays in her name ("Madame Y") or she is named in full
// ("Mrs Barbara Z"), the husband's fell to her and his post with them.
// When the story shows two people under the surname — the surname under
// a man's style elsewhere ("Mr. Z", "M. Y"), or the wife's style
// coordinated with a title, a man's style or the husband's name ("T and
// Mrs. X", "X and Mrs. X") — the wife's mentions go to the wife and the
// bare or man-styled surname to the husband, and a title coordinated
// with the wife's style is the husband's mention ("President" in
// "President and Mrs. X"). Issue 14's four-hundred-and-twenty-first round
// (p2558, p2559, p2561 of the batch; p2511, p2513, p1771 of earlier
// rounds).
var (
	wifeStyles = lex("wifeStyles")
	manStyles  = lex("manStyles")
)

// styleBefore is where a style of the set stands right before token i
// ("Mrs X", "Mrs. X"), -1 when none does.
func styleBefore(toks []text.Token, i int, set map[string]bool) int {
	if i >= 1 && toks[i-1].Cap && set[toks[i-1].Lower] {
		return i - 1
	}
	if i >= 2 && toks[i-1].Text == "." && toks[i-2].Cap && set[toks[i-2].Lower] {
		return i - 2
	}
	return -1
}

// wifeMention is a person's mention under a wife's style: the style's
// first token, whether the style is inside the mention's text ("Madame
// Y" read as one name), and the name's tokens without it. ok is false
// for any other mention.
func wifeMention(toks []text.Token, m *mention.Mention) (style, from int, inText, ok bool) {
	if m.Kind != mention.Person || m.J > len(toks) {
		return 0, 0, false, false
	}
	if m.J-m.I >= 2 && toks[m.I].Cap && wifeStyles[toks[m.I].Lower] {
		return m.I, m.I + 1, true, true
	}
	if s := styleBefore(toks, m.I, wifeStyles); s >= 0 {
		return s, m.I, false, true
	}
	return 0, 0, false, false
}

// surnameStart is where the surname of a name ending at j starts: its
// last word and the lower-case particles before it ("de Y").
func surnameStart(toks []text.Token, from, j int) int {
	k := j - 1
	for k-1 >= from && particles[toks[k-1].Lower] {
		k--
	}
	return k
}

// surnameOnly: the mention's words are all the surname's (particles
// aside): "Y", "de Y" for the surname "de y"; not the wife's "Mrs. Y".
func surnameOnly(form, surname string) bool {
	if f := strings.Fields(strings.ToLower(form)); len(f) > 0 && wifeStyles[strings.TrimSuffix(f[0], ".")] {
		return false // "Mrs. Y": the key drops the style
	}
	sw := strings.Fields(surname)
	for _, w := range strings.Fields(graph.Key(form)) {
		if !slices.Contains(sw, w) && !particles[w] {
			return false
		}
	}
	return true
}

func lastWord(k string) string {
	w := strings.Fields(k)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// wifeAt is one mention under a wife's style: sentence, mention, the
// style's first token, where the name after the style starts, and whether
// the style is inside the mention's text.
type wifeAt struct {
	si, mi, style, from int
	inText              bool
	surname             string // as written
}

// couples splits a husband and a wife the resolution read as one person.
func (d *Story) couples() {
	wives, order := d.wifeMentions()
	for _, sk := range order {
		ws := wives[sk]
		if len(ws) == 0 {
			continue
		}
		d.splitCouple(sk, ws[0].surname, ws)
		// A husband's mention inserted moves the indices after it.
		wives, _ = d.wifeMentions()
	}
}

// wifeMentions are the mentions under a wife's style by surname key, and
// the surnames in the order the text first styles them.
func (d *Story) wifeMentions() (map[string][]wifeAt, []string) {
	wives := map[string][]wifeAt{}
	var order []string
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			style, from, inText, ok := wifeMention(toks, m)
			if !ok || m.Actor < 0 || from >= m.J {
				continue
			}
			st := mention.SpanText(&d.Sents[si], surnameStart(toks, from, m.J), m.J)
			k := graph.Key(st)
			if _, seen := wives[k]; !seen {
				order = append(order, k)
			}
			wives[k] = append(wives[k], wifeAt{si, mi, style, from, inText, st})
		}
	}
	return wives, order
}

// endsWithSurname: the mention's name ends with the surname.
func endsWithSurname(form, sk string) bool {
	k := graph.Key(form)
	return k == sk || strings.HasSuffix(k, " "+sk)
}

// splitCouple parts the husband and the wife of one surname, when the
// story shows two people under it.
func (d *Story) splitCouple(sk, surname string, ws []wifeAt) {
	isWife := map[[2]int]bool{}
	for _, w := range ws {
		isWife[[2]int{w.si, w.mi}] = true
	}
	// The evidence of a husband: the surname under a man's style, or the
	// wife's style coordinated with a title, a man's style or the name.
	type span struct{ si, i, j int }
	var coords []span
	var men []int // the actors the evidence shows men
	evidence := false
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for mi, m := range d.Ments[si] {
			if m.Kind == mention.Person && !isWife[[2]int{si, mi}] && endsWithSurname(m.Text, sk) && styleBefore(toks, m.I, manStyles) >= 0 {
				evidence = true
				men = append(men, m.Actor)
			}
		}
	}
	for _, w := range ws {
		toks := d.Sents[w.si].Toks
		a := w.style - 1
		if a < 1 || toks[a].Lower != "and" || d.Sents[w.si].Title {
			// A headline's "T and Mrs. X" names two leaders by post
			// and style ("Premier and Mrs. X agree"), no couple.
			continue
		}
		if s := styleBefore(toks, a, manStyles); s >= 0 {
			evidence = true
			coords = append(coords, span{w.si, s, a})
			continue
		}
		for mi, m := range d.Ments[w.si] {
			if m.J != a {
				continue
			}
			switch {
			case m.Kind == mention.TitleRef:
				evidence = true
				coords = append(coords, span{w.si, m.I, m.J})
			case m.Kind == mention.Person && !isWife[[2]int{w.si, mi}] && endsWithSurname(m.Text, sk):
				evidence = true
				men = append(men, m.Actor)
			}
		}
	}
	if !evidence {
		return
	}
	// The wife: named in full or with her style in her name, else the
	// one other person of the surname named in full, else a person of
	// her own under her style.
	woman := -1
	for _, w := range ws {
		m := d.Ments[w.si][w.mi]
		if w.inText || surnameStart(d.Sents[w.si].Toks, w.from, m.J) > w.from {
			woman = m.Actor
			break
		}
	}
	husband := -1
	for si := range d.Sents {
		for mi, m := range d.Ments[si] {
			if husband < 0 && m.Kind == mention.Person && m.Actor >= 0 && m.Actor != woman && !isWife[[2]int{si, mi}] && endsWithSurname(m.Text, sk) {
				husband = m.Actor
			}
		}
	}
	if woman < 0 {
		others := -1
		for i, a := range d.Cast.Actors {
			if a.Kind != graph.Person || i == husband || slices.Contains(men, i) {
				continue
			}
			if slices.ContainsFunc(a.Names, func(n string) bool { return endsWithSurname(n, sk) && !surnameOnly(n, sk) }) {
				if others >= 0 {
					others = -2
					break
				}
				others = i
			}
		}
		if others >= 0 {
			woman = others
		}
	}
	if woman < 0 {
		w := ws[0]
		m := d.Ments[w.si][w.mi]
		form := mention.SpanText(&d.Sents[w.si], w.style, m.J)
		// Not Cast.add: the key drops the style, and "Mrs. X" would be
		// found as X.
		woman = d.Cast.addPerson(form)
	}
	if woman < 0 {
		return
	}
	d.Cast.dropSurnameForms(woman, sk)
	if husband < 0 || husband == woman {
		husband = d.Cast.addPerson(surname)
	}
	if husband < 0 || husband == woman {
		return
	}
	d.Cast.Actors[woman].Wife = true
	if d.Husbands == nil {
		d.Husbands = map[int]int{}
	}
	d.Husbands[woman] = husband
	titles := map[string]bool{}
	for _, w := range ws {
		m := &d.Ments[w.si][w.mi]
		m.Actor = woman
		d.Cast.addForm(woman, mention.SpanText(&d.Sents[w.si], w.style, m.J))
	}
	for si := range d.Sents {
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.Kind != mention.Person || isWife[[2]int{si, mi}] || m.Actor != woman || !surnameOnly(m.Text, sk) {
				continue
			}
			m.Actor = husband
			d.Cast.addForm(husband, m.Text)
			if m.Title != "" {
				titles[graph.Key(m.Title)] = true
			}
		}
	}
	for _, c := range coords {
		ms := d.Ments[c.si]
		if slices.ContainsFunc(ms, func(m mention.Mention) bool { return m.Kind == mention.Person && m.I == c.i && m.J == c.j }) {
			continue
		}
		title := ""
		if ti := slices.IndexFunc(ms, func(m mention.Mention) bool { return m.Kind == mention.TitleRef && m.I == c.i && m.J == c.j }); ti >= 0 {
			title = ms[ti].Title
			titles[graph.Key(title)] = true
		}
		at := slices.IndexFunc(ms, func(m mention.Mention) bool { return m.I > c.i })
		if at < 0 {
			at = len(ms)
		}
		d.Ments[c.si] = slices.Insert(ms, at, mention.Mention{I: c.i, J: c.j, Kind: mention.Person, Actor: husband,
			Text: mention.SpanText(&d.Sents[c.si], c.i, c.j), Title: title, Titled: true, TI: c.i})
	}
	// "the General" afterwards is the husband the title named.
	for si := range d.Sents {
		for mi := range d.Ments[si] {
			if m := &d.Ments[si][mi]; m.Kind == mention.Person && m.Actor == woman && !isWife[[2]int{si, mi}] && titles[graph.Key(m.Text)] {
				m.Actor = husband
			}
		}
	}
}
