package meeting

import "github.com/parley-dev/parley/extract/text"

// simultaneousAs is the index of the "as" that opens the clause of the
// meeting word at k when that clause tells what went on at the same time
// as the main clause's act: "A and B agreed on Wednesday to ..., as the
// two leaders met in X", "C and D on Saturday agreed to review the treaty
// as ministers E and F co-chaired the commission". The main clause's day
// is then the meeting's, which its own clause does not repeat (issue 14's
// three-hundred-and-ninety-fourth round; p667, p2397). A clause opens
// after "as": a determiner, a pronoun or a capitalized word, not "as well
// as", "such as", "as part of" or "as a result". -1 when there is none.
func simultaneousAs(toks []text.Token, k int) int {
	for a := k - 1; a >= 1 && a >= k-25; a-- {
		t := toks[a]
		if t.Text == ";" || t.Text == ":" || t.Text == "." {
			return -1
		}
		if t.Lower != "as" {
			continue
		}
		prev, next := toks[a-1], toks[a+1]
		if asFixedBefore[prev.Lower] || a+1 >= k {
			return -1
		}
		if next.Lower == "the" || next.Lower == "their" || next.Lower == "they" || next.Lower == "both" ||
			next.Cap && next.Word && !asFixedAfter[next.Lower] {
			return a
		}
		return -1
	}
	return -1
}

// asFixedBefore and asFixedAfter make "as" part of a fixed phrase, no
// conjunction of time: "such as", "as well as", "as a result of".
var asFixedBefore = map[string]bool{"such": true, "well": true, "same": true, "so": true, "known": true, "serve": true, "serves": true, "served": true, "serving": true, "act": true, "acts": true, "acted": true, "acting": true}
var asFixedAfter = map[string]bool{"part": true, "a": true, "an": true, "well": true, "soon": true, "long": true, "far": true, "much": true}
