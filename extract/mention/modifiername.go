package mention

import "github.com/parley-dev/parley/extract/text"

// modifierNames: a name of two capitalized words or more written between
// "the" and a lower-case title noun ("the X Y president, Z", "the X Y
// leader") modifies the post: it names the body that grants it, and a
// personal name takes no article. Every other untitled use of that name
// in the story ("gave the A Party and X Y until ...", "requires X Y to
// support ...") names the same body, a group, not a person. The use
// before the post itself is left to the resolver, which reads the post's
// body there ("the X Y leader, Z") and links the body's shorter forms to
// it (issue 14's three-hundred-and-fifty-seventh round).
func modifierNames(sents []text.Sentence, ms [][]Mention) {
	bodies := map[string]bool{}
	type at struct{ si, i int }
	post := map[at]bool{}
	for si, s := range sents {
		if s.Title {
			continue
		}
		toks := s.Toks
		for _, m := range ms[si] {
			if m.Kind != Person || m.Titled || m.J-m.I < 2 || m.I == 0 || m.J >= len(toks) {
				continue
			}
			if toks[m.I-1].Lower != "the" || !toks[m.J].Word || toks[m.J].Cap || !titleHeads[toks[m.J].Lower] {
				continue
			}
			if honorifics[toks[m.I].Lower] || !allCapWords(toks, m.I, m.J) {
				continue
			}
			bodies[m.Text] = true
			post[at{si, m.I}] = true
		}
	}
	if len(bodies) == 0 {
		return
	}
	for si := range sents {
		for mi := range ms[si] {
			m := &ms[si][mi]
			if (m.Kind == Person || m.Kind == Unknown) && !m.Titled && bodies[m.Text] && !post[at{si, m.I}] {
				m.Kind, m.Title = Group, ""
			}
		}
	}
}

// allCapWords: every token of [i, j) is a capitalized word.
func allCapWords(toks []text.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if !toks[k].Word || !toks[k].Cap {
			return false
		}
	}
	return true
}
