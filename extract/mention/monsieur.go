package mention

import (
	"unicode/utf8"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's four-hundred-and-second round: "M." (Monsieur) and its plural
// "MM." (Messieurs) are the French honorifics that English copy about
// French speakers and others sets before a surname or a full name ("M. X
// said", "M. Ana Lind, the Foreign Minister", "MM. X and Y"). They are
// written like an initial, so the name kept them ("M. X" and "X" were two
// forms, "M. Ana Lind" the name); left out as "Mr." is, one person keeps
// one name across articles (p2444-p2449 and older probe articles). Before
// another initial the letter is the person's own ("M. A. Lind" keeps it).

// monsieurEnd is the index after the period of a "M." or "MM." honorific
// opening at k, before a name word of two letters or more that is no
// initial itself, or 0.
func monsieurEnd(toks []text.Token, k int) int {
	if k+2 >= len(toks) || toks[k].Text != "M" && toks[k].Text != "MM" {
		return 0
	}
	if toks[k+1].Text != "." || !toks[k+1].Glued {
		return 0
	}
	w := toks[k+2]
	if !w.Word || !w.Cap || utf8.RuneCountInString(w.Text) < 2 || initials(w) {
		return 0
	}
	return k + 2
}

// monsieurPlural: the honorific at k is "MM.", which covers the names
// coordinated after the first ("MM. X and Y"), as "Messrs." does.
func monsieurPlural(toks []text.Token, k int) bool {
	return toks[k].Text == "MM"
}

// Issue 14's four-hundred-and-twenty-seventh round: "M." before a name is
// also a person's own initial ("M. X", "M. A B" in Indian, Mongolian and
// other copy that sets the given or father's name as a letter), and the
// article shows which: copy that writes "Mr." before the same surname
// ("Mr. X said") styles the man in English, so its "M." is no Monsieur
// but the initial the name keeps. "Mr. Y and M. X" (two surnames) leaves
// X's "M." the honorific; "MM." is always the plural honorific
// (p2594, p2595, p2599 against p2596).

// misterSurnames are the capitalized words written after "Mr" or "Mr."
// in the article's sentences (the run of name words that follows), in
// lower case.
func misterSurnames(sents []text.Sentence) map[string]bool {
	var out map[string]bool
	for _, s := range sents {
		toks := s.Toks
		for k, t := range toks {
			if t.Lower != "mr" {
				continue
			}
			e := k + 1
			if e < len(toks) && toks[e].Text == "." {
				e++
			}
			for ; e < len(toks) && toks[e].Word && toks[e].Cap; e++ {
				if out == nil {
					out = map[string]bool{}
				}
				out[toks[e].Lower] = true
			}
		}
	}
	return out
}

// initialNotMonsieur: the "M." at k opens a name whose last word, at
// j-1, the article also writes after "Mr.": the letter is the man's
// initial, kept in his name.
func (d *scanner) initialNotMonsieur(toks []text.Token, k, j int) bool {
	return toks[k].Text == "M" && j > k+2 && d.misters[toks[j-1].Lower]
}
