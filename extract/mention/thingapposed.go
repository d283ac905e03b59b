package mention

import (
	"strings"

	"github.com/parley-dev/parley/extract/text"
)

// thingAppositionHeads head an apposition that names a thing or a body,
// not a person (thingApposed).
var thingAppositionHeads = lex("thingAppositionHeads")

// thingApposed: a run of two capitalized words or more set before a
// comma and an apposition headed by a common noun for a company, a
// lobby, a residence or a document ("X Y, a consulting company,", "X Y,
// the presidential retreat.", "X Y, the South African security company
// hired by ...") names that thing, not a person: a person's apposition is
// headed by a post or a person noun ("X Y, a former minister"). The head
// is a thingAppositionHeads noun after the article and its modifiers
// whose next word closes the noun phrase (a comma or a stop, a function
// word, a participle before "by": "a company hired by", "a hotel in"); "a company
// director" is headed by "director", and a possessive ("the company's
// chairman") heads no apposition of a thing. A title word among the
// modifiers ("the company chairman") stops the search: the apposition is
// a post's. A run closed by an institution's head ("X Corporation") is
// read as a body already and left alone (issue 14's three-hundred-and-fifty-seventh round).
func thingApposed(toks []text.Token, i, j int) bool {
	if j-i < 2 || j+2 >= len(toks) || toks[j].Text != "," || honorifics[toks[i].Lower] || isHead(toks[j-1].Lower) {
		return false
	}
	if !allCapWords(toks, i, j) {
		return false
	}
	if d := toks[j+1].Lower; d != "a" && d != "an" && d != "the" {
		return false
	}
	for k := j + 2; k < len(toks) && k < j+7; k++ {
		t := toks[k]
		if !t.Word || functionWords[t.Lower] || titleHeads[t.Lower] {
			return false
		}
		if t.Cap || !thingAppositionHeads[t.Lower] {
			continue
		}
		if k+1 == len(toks) {
			return true
		}
		n := toks[k+1]
		if !n.Word {
			return n.Text != "'s" && n.Text != "'" && n.Text != "-"
		}
		return functionWords[n.Lower] || !n.Cap && strings.HasSuffix(n.Lower, "ed") && k+2 < len(toks) && toks[k+2].Lower == "by"
	}
	return false
}

// thingNames: a name an apposition calls a thing (thingApposed), or a
// vessel noun puts right before it (vesselNamed), is that thing wherever
// else the story uses it ("X Y has been credited ...", "aimed at X Y",
// "the 20,000-ton X Y, which was moored"), not a person; a title word that
// opened the name ("X" read as a post) does not make it one.
func thingNames(sents []text.Sentence, ms [][]Mention) {
	things := map[string]bool{}
	for si, s := range sents {
		for _, m := range ms[si] {
			if m.Kind == NonActor && (thingApposed(s.Toks, m.I, m.J) || vesselNamed(s.Toks, m.I)) {
				things[m.Text] = true
			}
		}
	}
	if len(things) == 0 {
		return
	}
	for si, s := range sents {
		for mi := range ms[si] {
			m := &ms[si][mi]
			if m.Kind != Person && m.Kind != Unknown {
				continue
			}
			i := m.I
			if m.Titled && m.TI < m.I {
				i = m.TI
			}
			if things[m.Text] || things[SpanText(&s, i, m.J)] {
				m.Kind, m.Title, m.Titled = NonActor, "", false
				m.I, m.Text = i, SpanText(&s, i, m.J)
			}
		}
	}
}

// vesselNamed: the name at i follows a lower-case vessel noun ("the cruise
// ship X Y", "the frigate Z"): the ship's name, read as no person where
// it stands (classifyRun), and so wherever the story names the ship again
// without the noun ("aboard the 20,000-ton X Y", "crossed to X Y"), where
// a two-word ship's name looks like a person's (issue 14's
// four-hundred-and-twenty-fifth round).
func vesselNamed(toks []text.Token, i int) bool {
	return i > 0 && toks[i-1].Word && !toks[i-1].Cap && vesselNouns[toks[i-1].Lower]
}
