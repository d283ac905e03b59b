package actors

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// styleRefs reads a style written in lower case after "the" ("the
// prince", "the duchess", "the viceroy", "the cardinal") as the one person
// the story named before with that style capitalized before the name
// ("Prince Charles", "Cardinal X") or as the style itself ("the Duchess of
// Cornwall"), as British and Commonwealth papers write a royal, a peer or
// a prelate after the first mention. The capitalized bare title is read
// by bareTitleRefs; in lower case the word was no mention at all, and the
// meeting it held lost its host (issue 14's two-hundred-and-thirty-sixth
// round, p1452: "the prince held a private meeting with Mr A and B"). A
// style two people bore, a name or "of" after the word ("the prince of
// a small state"), or a possessive leave it alone.
func (d *Story) styleRefs() {
	bearers := map[string][]int{} // style word -> persons named with it so far
	add := func(w string, p int) {
		for _, q := range bearers[w] {
			if q == p {
				return
			}
		}
		bearers[w] = append(bearers[w], p)
	}
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		ms := d.Ments[si]
		var refs []mention.Mention
		for k := 1; k+1 < len(toks); k++ {
			w := toks[k].Lower
			if toks[k].Cap || !styleAnaphors[w] || toks[k-1].Lower != "the" {
				continue
			}
			if n := toks[k+1]; n.Lower == "of" || n.Text == "'s" || n.Text == "'" || n.Cap && n.Word || n.Text == "-" {
				continue
			}
			if d.mentionStartingAt(si, k) != nil || d.MentionEndingAt(si, k+1) != nil {
				continue
			}
			if b := bearers[w]; len(b) == 1 {
				refs = append(refs, mention.Mention{I: k, J: k + 1, Kind: mention.Person, Actor: b[0], Text: toks[k].Text, TI: k})
			}
		}
		// Bearers named in this sentence count from the next one.
		for _, m := range ms {
			if m.Kind != mention.Person || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			if w := styleOf(m); w != "" {
				add(w, m.Actor)
			}
		}
		if len(refs) > 0 {
			ms = append(ms, refs...)
			mention.Sort(ms)
			d.Ments[si] = ms
		}
	}
}

// styleOf is the style word a person's mention bears: the last word of
// its title ("Prince" in "Prince Charles") or the first of a styled name
// ("Duchess" in "Duchess of Cornwall"), when it is one of styleAnaphors.
func styleOf(m mention.Mention) string {
	if t := strings.Fields(strings.ToLower(mention.CleanTitle(m.Title))); len(t) > 0 && styleAnaphors[t[len(t)-1]] {
		return t[len(t)-1]
	}
	if w := strings.Fields(strings.ToLower(m.Text)); len(w) >= 3 && w[1] == "of" && styleAnaphors[w[0]] {
		return w[0]
	}
	return ""
}

// styleAnaphors are the styles of royals, peers, prelates and rulers that
// stand in lower case for the one bearer the story named (styleRefs).
var styleAnaphors = lex("styleAnaphors")
