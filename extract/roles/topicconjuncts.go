package roles

import "github.com/parley-dev/parley/extract/text"

// Talks about two states: "talks on A and B were not on the agenda", "the
// talks on A and B, from which C is absent": the states after a topic
// preposition right after a noun of talks say what the talks concern, not
// who negotiates, so "A and B" there pairs no parties (p2570, p2572; issue
// 14's four-hundred-and-twenty-third round). The sides of such talks are
// told elsewhere ("talks between A and B on C").

// topicTalkNouns name talks before a topic preposition.
var topicTalkNouns = lex("topicTalkNouns")

// topicTalkPreps open the topic of talks.
var topicTalkPreps = lex("topicTalkPreps")

// topicConjuncts: the first conjunct of "A and B", opening at ai, follows
// "<talk noun> <topic preposition>" (an article between allowed).
func topicConjuncts(toks []text.Token, ai int) bool {
	if ai >= 1 && toks[ai-1].Lower == "the" {
		ai--
	}
	return ai >= 2 && topicTalkPreps[toks[ai-1].Lower] && topicTalkNouns[toks[ai-2].Lower]
}

// Two phrases of their own nouns: "a treaty on the withdrawal of troops from
// A and independence for B", "the occupation of A and aid to B": each state
// ends a prepositional phrase of its own noun, with a different
// preposition, so "and" joins what is done to each (the topic of a deal),
// not two sides (p2572; the four-hundred-and-twenty-third round). The same
// preposition on both ("officials from A and envoys from B") still joins
// the two sides' people.

// parallelPhrasePreps head the two phrases.
var parallelPhrasePreps = lex("parallelPhrasePreps")

// parallelPhrases: the conjunct A opening at ai follows a preposition, and
// B opening at bi (past "and" at k) follows "<lower-case noun> <another
// preposition>" right after "and".
func parallelPhrases(toks []text.Token, ai, k, bi int) bool {
	prepBefore := func(i int) int {
		if i >= 1 && toks[i-1].Lower == "the" {
			i--
		}
		if i >= 1 && parallelPhrasePreps[toks[i-1].Lower] {
			return i - 1
		}
		return -1
	}
	pa, pb := prepBefore(ai), prepBefore(bi)
	if pa < 0 || pb < 0 || toks[pa].Lower == toks[pb].Lower || pb != k+2 {
		return false
	}
	n := toks[k+1]
	return n.Word && !n.Cap && !parallelPhrasePreps[n.Lower]
}
