package mention

import "github.com/parley-dev/parley/extract/text"

// Issue 14's five-hundred-and-thirty-fourth round: a family name that is
// also a title (titleSurnames: "Major", "Bishop", "King") stands alone
// once the article has named its bearer in full ("Prime Minister John
// Major ... Lubbers met Major twice", "Major had breakfast with"). Alone,
// the word read as a title with no holder and the person dropped out of
// the sentence (p3236, p1671).

// titleFamilyNames are the titleSurnames words the article writes as a
// titled person's family name: after a title and a given name ("Prime
// Minister John Major") or right after an honorific ("Mr Major"), in
// lower case.
func titleFamilyNames(sents []text.Sentence) map[string]bool {
	var out map[string]bool
	for _, s := range sents {
		toks := s.Toks
		for k, t := range toks {
			if !t.Cap || !titleSurnames[t.Lower] || k < 1 || k+1 < len(toks) && toks[k+1].Cap {
				continue
			}
			g := toks[k-1]
			named := honorifics[g.Lower] ||
				k >= 2 && g.Word && g.Cap && !g.Acronym && len(g.Lower) > 1 && !IsTitleWord(g.Lower) && titleHeads[toks[k-2].Lower]
			if !named {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[t.Lower] = true
		}
	}
	return out
}

// loneTitleFamily: the run [i, j) is the one word of a family name the
// article gives a titled person (titleFamilyNames), with no article
// before it and no "of" after it ("the Major", "King of Jordan" stay
// titles).
func (d *scanner) loneTitleFamily(toks []text.Token, i, j int) bool {
	if j-i != 1 || !d.titleFamilies[toks[i].Lower] || articleBefore(toks, i) {
		return false
	}
	if i > 0 && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an") {
		return false
	}
	return j == len(toks) || toks[j].Lower != "of"
}

// A month that is also a function word ("May") stands alone as the family
// name once the article has written it after a given name ("Theresa May
// ... Tusk, who met May privately", "May held talks with"): alone it read
// as the month or the modal and the person dropped out (p3238, p1491).

// monthFamilyNames are the month words the article writes as a family
// name (monthSurname) in its body sentences, in lower case.
func monthFamilyNames(sents []text.Sentence) map[string]bool {
	var out map[string]bool
	for _, s := range sents {
		if s.Title {
			continue
		}
		for k := range s.Toks {
			if monthSurname(s.Toks, k) {
				if out == nil {
					out = map[string]bool{}
				}
				out[s.Toks[k].Lower] = true
			}
		}
	}
	return out
}

// monthDateWords are the words a month takes before it as a date ("in
// May", "until May", "last May"), never before a person's name.
var monthDateWords = map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"to": true, "through": true, "last": true, "next": true, "this": true, "early": true, "late": true, "mid": true,
	"of": true, "during": true, "before": true, "after": true, "on": true, "between": true, "and": true, "or": true, "-": true}

// loneMonthFamily: the word at k is a month the article writes as a
// family name (monthFamilyNames), capitalized, with no date word before
// it and no number or capitalized word after it.
func (d *scanner) loneMonthFamily(toks []text.Token, k int) bool {
	t := toks[k]
	if !t.Word || !t.Cap || t.Acronym || !d.monthFamilies[t.Lower] {
		return false
	}
	if k > 0 && (monthDateWords[toks[k-1].Lower] || IsNumber(toks[k-1].Text) || toks[k-1].Cap) {
		return false
	}
	if k+1 < len(toks) && (IsNumber(toks[k+1].Text) || toks[k+1].Cap && toks[k+1].Word) {
		return false
	}
	return !isDateWord(toks, k)
}
