package mention

import (
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's five-hundred-and-fifty-ninth round: a company named right
// before its chief's post and name ("X Y chief executive Z W"). The two
// capitalized words of the company's name were read as a person, so the
// company was lost as a side of the talks it held with a state, and its
// home state, told by an adjective ("the Anglo-Australian miner"), was
// made the party in its place (p3386, p3388).

// companyPostTitles: see the lexicon section of the same name.
var companyPostTitles = lexicon.Phrases("companyPostTitles")

// companyBeforePost: the run ending at j is followed, with no comma, by a
// company's post in lower case and a capitalized name ("chief executive
// Z W"). A person's name does not stand right before another's post so;
// set off by a comma ("Z W, chief executive of") it is the holder's own.
func companyBeforePost(toks []text.Token, j int) bool {
	for _, p := range companyPostTitles {
		e := j + len(p)
		if e >= len(toks) || !toks[e].Word || !toks[e].Cap {
			continue
		}
		if lowerPhraseAt(toks, j, p) {
			return true
		}
	}
	return false
}

// companyAfterPost: the run starting at i follows a company's post in
// lower case and "of" ("Z W, managing director of X Y"; p3141, p174): the
// name is the company's, as before the post.
func companyAfterPost(toks []text.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "of" {
		return false
	}
	for _, p := range companyPostTitles {
		b := i - 1 - len(p)
		if b < 0 {
			continue
		}
		if lowerPhraseAt(toks, b, p) {
			return true
		}
	}
	return false
}

// lowerPhraseAt: the tokens from i spell the words of p, in lower case.
func lowerPhraseAt(toks []text.Token, i int, p []string) bool {
	for x, w := range p {
		if t := toks[i+x]; t.Cap || t.Lower != w {
			return false
		}
	}
	return true
}

// companyNames: a name read as a company by its chief's post
// (companyBeforePost, companyAfterPost) is the company's wherever the story writes it
// untitled ("Zambia and X Y agreed", "the deal with X Y"), as thingNames
// does for a thing's name: the first mention made the actor a person
// otherwise.
func companyNames(sents []text.Sentence, ms [][]Mention) {
	names := map[string]bool{}
	for si, s := range sents {
		for _, m := range ms[si] {
			if m.Kind == Org && m.J-m.I >= 2 && (companyBeforePost(s.Toks, m.J) || companyAfterPost(s.Toks, m.I)) {
				names[m.Text] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for si := range sents {
		for mi := range ms[si] {
			if m := &ms[si][mi]; (m.Kind == Person || m.Kind == Unknown) && !m.Titled && names[m.Text] {
				m.Kind = Org
			}
		}
	}
}
