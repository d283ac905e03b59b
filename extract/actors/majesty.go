package actors

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// bareMajestyRefs: court and agency copy names the monarch, once
// introduced, by the style alone — "His Majesty and the Prime Minister
// held talks", "the minister briefed His Majesty on the talks", "Her
// Majesty later received X". The style with no title or name after it
// (the scanner drops it, mention.styleEnd) is the story's one monarch:
// the one person who holds a ruler's post or was first introduced by
// the style ("His Majesty King X"). With two such people, or none, it
// is left unread (the three-hundred-and-thirty-fifth round: p2045,
// p977, p1786, p1990).
func (d *Story) bareMajestyRefs() {
	monarch := d.majestyHolder()
	if monarch < 0 {
		return
	}
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for i := 0; i+1 < len(toks); i++ {
			e := bareMajestyEnd(toks, i)
			if e < 0 || slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool { return m.I < e && m.J > i }) {
				continue
			}
			m := mention.Mention{I: i, J: e, Kind: mention.Person, Actor: monarch, Text: mention.SpanText(&d.Sents[si], i, e), Titled: true, TI: i}
			k := 0
			for k < len(d.Ments[si]) && d.Ments[si][k].I < i {
				k++
			}
			d.Ments[si] = slices.Insert(d.Ments[si], k, m)
			i = e - 1
		}
	}
}

// majestyHolder is the one monarch of the story, -1 when there is none
// and -2 when there are several: a person holding a ruler's post
// (regnalTitles), or named after a majesty style ("His Majesty King X",
// "Her Majesty Queen Y").
func (d *Story) majestyHolder() int {
	found := -1
	for a, x := range d.Cast.Actors {
		if x.Kind != graph.Person {
			continue
		}
		ruler := slices.ContainsFunc(x.Positions, func(p Position) bool {
			w := strings.Fields(strings.ToLower(p.Title))
			return len(w) > 0 && regnalTitles[w[len(w)-1]]
		}) || d.styledByMajesty(a)
		if !ruler {
			continue
		}
		if found >= 0 {
			return -2
		}
		found = a
	}
	return found
}

// styledByMajesty: some mention of person a follows a majesty style,
// directly or with a ruler's title between ("His Majesty King X").
func (d *Story) styledByMajesty(a int) bool {
	for si, ms := range d.Ments {
		toks := d.Sents[si].Toks
		for _, m := range ms {
			if m.Actor != a || m.Kind != mention.Person {
				continue
			}
			k := m.PhraseStart() - 1
			if k >= 0 && regnalTitles[toks[k].Lower] {
				k--
			}
			if k >= 0 && majestyNouns[toks[k].Lower] {
				return true
			}
		}
	}
	return false
}

// majestyNouns end a monarch's style: "His Majesty", "Her Imperial Majesty".
var majestyNouns = map[string]bool{"majesty": true}

// bareMajestyEnd: tokens from i are a possessive and a majesty style
// ("His Majesty", "Her Imperial Majesty") with no title, name or "'s"
// after it; it returns the index after the style, or -1.
func bareMajestyEnd(toks []text.Token, i int) int {
	switch toks[i].Lower {
	case "his", "her":
	default:
		return -1
	}
	e := i + 1
	for e < len(toks) && toks[e].Lower == "imperial" {
		e++
	}
	if e >= len(toks) || !majestyNouns[toks[e].Lower] {
		return -1
	}
	e++
	if e < len(toks) && (toks[e].Lower == "the" || toks[e].Text == "'s" || toks[e].Cap && toks[e].Word) {
		return -1
	}
	return e
}
