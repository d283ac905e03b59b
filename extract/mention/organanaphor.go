package mention

import (
	"slices"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's four-hundredth round: after a body has been named in full
// ("the African Union High-Level Implementation Panel"), the story
// goes on with its head noun alone as the subject of what the body does:
// "The panel has facilitated the negotiations between A and B", "Since
// months the panel is mediating between A and B" (p2433, p766). The
// definite noun is read as a mention of that body, so that its brokering
// is told of it.

// organAnaphors: "the" and a lower-case blocOrganHeads word, followed by
// a verb's auxiliary or a word in lower case (not "of" or a name, which
// begin another body: "the commission of inquiry"), in a sentence after
// the one body named earlier with that head; two such bodies make the
// noun anyone's.
func organAnaphors(sents []text.Sentence, ms [][]Mention) {
	named := map[string]string{} // head word -> the body's text, "" when two
	for si, s := range sents {
		toks := s.Toks
		var add []Mention
		for k := 0; k+2 < len(toks); k++ {
			h := toks[k+1]
			if toks[k].Lower != "the" || h.Cap || !blocOrganHeads[h.Lower] || named[h.Lower] == "" {
				continue
			}
			if n := toks[k+2]; !n.Word || n.Cap || n.Lower == "of" || n.Lower == "for" {
				continue
			}
			if slices.ContainsFunc(ms[si], func(m Mention) bool { return m.I <= k+1 && m.J > k+1 }) {
				continue
			}
			add = append(add, Mention{I: k + 1, J: k + 2, Actor: -1, Text: named[h.Lower], Kind: Org})
		}
		for _, m := range ms[si] {
			if m.Kind != Org || m.J-m.I < 2 || !blocOrganHeads[toks[m.J-1].Lower] || !toks[m.J-1].Cap {
				continue
			}
			l := toks[m.J-1].Lower
			if t, seen := named[l]; seen && t != m.Text {
				named[l] = ""
				continue
			}
			named[l] = m.Text
		}
		if len(add) > 0 {
			ms[si] = append(ms[si], add...)
			Sort(ms[si])
		}
	}
}
