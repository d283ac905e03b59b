package mention

import (
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-forty-eighth round: a state's alternate
// one-word form is also a family name ("X Mann" against the Isle of Man's
// native "Mann"). After a given name it stays in the person's name
// (stateEndsName); the same word alone later in the article ("Later, Mann
// met Y") was read as the state, which then sat at the talks and took a
// side (p2720, p731, p1959). The article's own full name decides: the
// bare word is the person's surname, left to the run as a surname is.
// The state's canonical name ("Jordan", "Chad") is not touched: a story
// may well name the state and a namesake both; nor a sovereign state's
// alternates (altStateForm).

// altStateSurnames are the one-word alternate state forms the article
// writes right after a given name, in lower case.
func (d *scanner) altStateSurnames() map[string]bool {
	var out map[string]bool
	for si := range d.sents {
		s := &d.sents[si]
		for i := range s.Toks {
			// Only a word that alone names a state can be one
			// (altStateForm): the phrase scan is for those words only.
			if e, ok := d.g.Phrases[s.Toks[i].Lower]; !ok || e.Kind != gazetteer.CountryName {
				continue
			}
			l, e := d.longestPhrase(s.Toks, i)
			if l != 1 || !d.altStateForm(s, i, e) || !d.stateEndsName(s, i, e) && !initialBefore(s.Toks, i) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[s.Toks[i].Lower] = true
		}
	}
	return out
}

// altStateForm: the word at i is a territory's name under a form other
// than its canonical one. A sovereign state's alternates are English in
// common use ("America", "Holland", "Burma") and stay the state, as in
// "Operation Pan America" (p940); a territory's are mostly its native
// spellings, which English copy writes as names.
func (d *scanner) altStateForm(s *text.Sentence, i int, e gazetteer.Entry) bool {
	if e.Kind != gazetteer.CountryName {
		return false
	}
	c := d.g.Countries[e.Ref]
	return c != nil && !c.Sovereign && graph.Key(s.Toks[i].Text) != graph.Key(c.Name)
}

// initialBefore: a given name and a middle initial come right before i,
// "A C. X" (p1959).
func initialBefore(toks []text.Token, i int) bool {
	return i >= 3 && toks[i-1].Text == "." && len(toks[i-2].Text) == 1 && toks[i-2].Cap && toks[i-3].Cap && toks[i-3].Word && len(toks[i-3].Text) > 1
}
