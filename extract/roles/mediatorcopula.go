package roles

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
)

// mediatorStateNouns stand after a mediators' noun used as a modifier
// for the bodies that broker: "the guarantor countries", "the mediator
// states" (lexicon section mediatorStateNouns).
var mediatorStateNouns = lex("mediatorStateNouns")

// copulaMediators reads the members a relative clause with "are" or
// "were" names after a plural of mediators at token k: "the guarantor
// countries of the 1942 protocol, which are A, B, C and D" (round 253,
// p1552), "the facilitators, who were A and B". It is includedMediators'
// form with a copula for "include", and with the noun's own "of" phrase
// (what they guarantee) between the noun and the clause. nil when no
// such clause follows within ten words.
func (d *Reader) copulaMediators(si, k int) []int {
	toks := d.Sents[si].Toks
	e := k
	if e+1 < len(toks) && mediatorStateNouns[toks[e+1].Lower] {
		e++
	} else if !(len(toks[e].Lower) > 1 && toks[e].Lower[len(toks[e].Lower)-1] == 's') {
		return nil // a singular "the guarantor" lists no members
	}
	c := e + 1
	if c < len(toks) && toks[c].Lower == "of" {
		for c < len(toks) && c <= e+10 && toks[c].Text != "," {
			if toks[c].Lower == "which" || toks[c].Lower == "who" || toks[c].Text == ";" {
				return nil
			}
			c++
		}
	}
	if c+3 >= len(toks) || toks[c].Text != "," || toks[c+1].Lower != "which" && toks[c+1].Lower != "who" {
		return nil
	}
	v := c + 2
	if toks[v].Lower != "are" && toks[v].Lower != "were" {
		return nil
	}
	return d.actorList(si, v+1)
}

// namedMediatorPreps are the prepositions that make a name the object of
// an apposition in a list of mediators ("X, the adviser to President Y"):
// the source phrases' prepositions (lexicon section preps).
var namedMediatorPreps = lex("preps")

// subjectCopulaMediators reads the members that a plural mediators' noun
// at k, as the subject of "are" or "were", names in its predicate: "the
// four mediators were the founder of X A, the priest B and deputy C", "the
// French and German mediators were A, the adviser to President Y, and B"
// (the four-hundred-and-twenty-second round; p1967, p2491, p2568). It is
// copulaMediators without the relative word. Every person the predicate
// names brokers unless a preposition makes the name the object of an
// apposition ("the adviser to President Y"); a body or state brokers when
// it opens an item ("the mediators are A and B"). The predicate must open
// with a name or a determiner: "the mediators were meeting the parties",
// "the mediators are expected to" tell what they do, not who they are.
// The predicate ends at a verb, a relative word, a semicolon or a colon.
func (d *Reader) subjectCopulaMediators(si, k int) []int {
	toks := d.Sents[si].Toks
	if !strings.HasSuffix(toks[k].Lower, "s") || k+2 >= len(toks) {
		return nil
	}
	v := k + 1
	if toks[v].Lower != "are" && toks[v].Lower != "were" {
		return nil
	}
	if f := toks[v+1]; !f.Cap && !appositionDets[f.Lower] {
		return nil
	}
	end := len(toks)
	for e := v + 1; e < len(toks); e++ {
		if toks[e].Text == ";" || toks[e].Text == ":" || frame.RelativeWords[toks[e].Lower] || frame.LooksVerb(toks, e) {
			end = e
			break
		}
	}
	var out []int
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I <= v || m.J > end || m.Actor < 0 || slices.Contains(out, m.Actor) {
			continue
		}
		b := m.I
		for b > v+1 && toks[b-1].Cap && toks[b-1].Word && (mention.IsTitleWord(toks[b-1].Lower) || mention.PrefixEnd(toks, b-1) == b) {
			b--
		}
		if m.Kind == mention.Person {
			// "the adviser to President Y", "the aide of Minister Y": a
			// preposition before the name, or before the title that
			// opens it. A bare "of" before the name is the see or body
			// of the item's own post when the name has taken it in
			// ("the Archbishop of Beira Jaime Goncalves", one mention).
			if b > v+1 && namedMediatorPreps[toks[b-1].Lower] && (b < m.I || toks[b-1].Lower != "of") {
				continue
			}
		} else if m.Kind == mention.Demonym || m.Desc || m.Kind == mention.TitleRef {
			continue // "B, an Italian member of parliament": a modifier
		} else {
			for b > v+1 && appositionDets[toks[b-1].Lower] {
				b--
			}
			if b > v+1 && toks[b-1].Text != "," && toks[b-1].Lower != "and" {
				continue // "the founder of X A": X describes A
			}
		}
		out = append(out, m.Actor)
	}
	return out
}
