package mention

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/text"
)

// unionStyled are the states whose national government is "the Union";
// unionGovernmentWords follow "Union" when it names that government.
var (
	unionStyled          = lex("unionStyled")
	unionGovernmentWords = lex("unionGovernmentWords")
)

// unionGovernment: a bare "Union" before a minister's title or
// "government" ("Union Home Minister X", "the Union government") is the
// national government of a union-styled state, not a body called "Union".
// Of those states, the one the story names most often (by name, demonym,
// city or dateline) is meant; with no such state, or a tie, the word is
// left alone. Read as a demonym heading "government", the way homeSide
// reads "the government" of a dateline.
func unionGovernment(sents []text.Sentence, out [][]Mention, homeCode string) {
	count := map[string]int{}
	if unionStyled[strings.ToLower(homeCode)] {
		count[homeCode]++
	}
	for _, ms := range out {
		for _, m := range ms {
			if (m.Kind == State || m.Kind == Demonym || m.Kind == City) && unionStyled[strings.ToLower(m.Code)] {
				count[m.Code]++
			}
		}
	}
	code, best, tie := "", 0, false
	for c, n := range count {
		if n > best {
			code, best = c, n
		}
	}
	for c, n := range count {
		tie = tie || n == best && c != code
	}
	if code == "" || tie {
		return
	}
	for si := range sents {
		toks := sents[si].Toks
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].Text != "Union" || !unionGovernmentWords[toks[k+1].Lower] {
				continue
			}
			// Part of a longer name ("European Union", "Soviet Union"):
			// a capitalized word before it that opens no sentence.
			if k > 0 && toks[k-1].Cap && toks[k-1].Word {
				continue
			}
			ms := &out[si]
			if slices.ContainsFunc(*ms, func(m Mention) bool { return m.I <= k && m.J > k && (m.I != k || m.J != k+1) }) {
				continue
			}
			*ms = slices.DeleteFunc(*ms, func(m Mention) bool { return m.I == k && m.J == k+1 })
			*ms = append(*ms, Mention{I: k, J: k + 1, Actor: -1, Text: toks[k].Text, Kind: Demonym, Code: code, HeadNoun: "government"})
			slices.SortStableFunc(*ms, func(a, b Mention) int { return a.I - b.I })
		}
	}
}
