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
