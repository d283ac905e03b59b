package mention

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/text"
)

// sharedFamilyPairs: "met A and B X", "his parents, A and B X": a lone
// given name coordinated before a person's two-word name shares that
// name's family name, and names a second person of the family ("A X"),
// where before the lone word fell away and the meeting lost one of the
// two (issue 14's five-hundred-and-fifty-third round; p3355, p2803,
// p3220, p3222). The story must name the family again (a third member,
// or "X" alone: "Rajghat and Bodh Gaya" are places), and the lone word
// nowhere else: a word the story writes capitalized elsewhere is a name
// of its own ("Marsh and B X" after "President Y Marsh" is Marsh; "led by
// Osman and B X" after "Minister Osman Z"). Nor is it a title, or the
// close of another name (after a capitalized word or an abbreviation's
// dot: "Mr. Z and B X"). A pair whose words the story also writes in
// lower case, or that "the" opens, is a thing's name ("at the X and
// Agreements Table").
func sharedFamilyPairs(sents []text.Sentence, ms [][]Mention, lowerSeen map[string]bool) {
	family := map[string]int{}
	for si, row := range ms {
		if sents[si].Title {
			continue
		}
		for _, m := range row {
			if f := strings.Fields(m.Text); (m.Kind == Person || m.Kind == Unknown) && len(f) > 0 {
				family[strings.ToLower(f[len(f)-1])]++
			}
		}
	}
	capped := map[string]int{}
	for _, s := range sents {
		for _, t := range s.Toks {
			if t.Word && t.Cap && !s.Title {
				capped[t.Lower]++
			}
		}
	}
	for si := range ms {
		if sents[si].Title {
			continue
		}
		toks := sents[si].Toks
		var add []Mention
		for _, p := range ms[si] {
			a, ok := sharedFamilyGiven(toks, p)
			if !ok || capped[toks[a].Lower] != 1 || family[toks[p.I+1].Lower] < 2 || lowerSeen[toks[p.I].Lower] || lowerSeen[toks[p.I+1].Lower] {
				continue
			}
			name := toks[a].Text + " " + toks[p.I+1].Text
			switch k := slices.IndexFunc(ms[si], func(o Mention) bool { return o.I <= a && a < o.J }); {
			case k < 0:
				add = append(add, Mention{I: a, J: a + 1, Kind: Person, Actor: -1, Text: name})
			case ms[si][k].Kind == Unknown && ms[si][k].J == a+1 && ms[si][k].I == a:
				ms[si][k].Kind, ms[si][k].Text = Person, name
			}
		}
		if len(add) > 0 {
			ms[si] = append(ms[si], add...)
			slices.SortStableFunc(ms[si], func(x, y Mention) int { return x.I - y.I })
		}
	}
}

// sharedFamilyGiven is the lone given name's token before the untitled
// two-word person p and "and", when there is one (sharedFamilyPairs).
func sharedFamilyGiven(toks []text.Token, p Mention) (int, bool) {
	if p.Kind != Person || p.Titled || p.J-p.I != 2 || p.I < 2 || toks[p.I-1].Lower != "and" {
		return 0, false
	}
	b, c := toks[p.I], toks[p.I+1]
	if !b.Word || !b.Cap || b.Acronym || !c.Word || !c.Cap || c.Acronym {
		return 0, false
	}
	a := p.I - 2
	t := toks[a]
	if !t.Word || !t.Cap || t.Acronym || IsTitleWord(t.Lower) {
		return 0, false
	}
	if a > 0 && (toks[a-1].Word && toks[a-1].Cap || toks[a-1].Text == "." || toks[a-1].Lower == "the") {
		return 0, false
	}
	return a, true
}
