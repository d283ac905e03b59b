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
	a := conjunctionBefore(toks, k, "as")
	if a < 0 || asFixedBefore[toks[a-1].Lower] || a+1 >= k {
		return -1
	}
	next := toks[a+1]
	if next.Lower == "the" || next.Lower == "their" || next.Lower == "they" || next.Lower == "both" ||
		next.Cap && next.Word && !asFixedAfter[next.Lower] {
		return a
	}
	return -1
}

// conjunctionBefore is the index of the nearest word w before the meeting
// word at k, within 25 tokens and the sentence's stretch up to a ";", ":"
// or ".", that may open the meeting's clause (never the first token); -1
// when there is none.
func conjunctionBefore(toks []text.Token, k int, w string) int {
	for a := k - 1; a >= 1 && a >= k-25; a-- {
		t := toks[a]
		if t.Text == ";" || t.Text == ":" || t.Text == "." {
			return -1
		}
		if t.Lower == w {
			return a
		}
	}
	return -1
}

// asFixedBefore and asFixedAfter make "as" part of a fixed phrase, no
// conjunction of time: "such as", "as well as", "as a result of".
var asFixedBefore = map[string]bool{"such": true, "well": true, "same": true, "so": true, "known": true, "serve": true, "serves": true, "served": true, "serving": true, "act": true, "acts": true, "acted": true, "acting": true}
var asFixedAfter = map[string]bool{"part": true, "a": true, "an": true, "well": true, "soon": true, "long": true, "far": true, "much": true}

// precedingAfter is the index of the "after" that opens the clause of the
// meeting word at k when that clause tells the meeting the main clause's
// act came out of: "A and B agreed on Saturday to form a committee, after
// X held talks with Y at the palace", "..., after their foreign ministers,
// X and Y, met at a special session". Wire copy tells such talks on the
// act's day and gives them no time of their own (issue 14's
// five-hundred-and-twenty-third round; p307, p303, p1370, p2333). The
// clause opens with a capitalized word or "their", "the", "his", "her"
// after "after" ("after months of talks" is no clause); a measure before
// it ("a day after") or a relative clause within it ("where he met Y")
// tells another time. -1 when there is none.
func precedingAfter(toks []text.Token, k int) int {
	a := conjunctionBefore(toks, k, "after")
	if a < 0 || a+1 >= k || afterMeasures[toks[a-1].Lower] {
		return -1 // "a day after his talks": another day (possessedTalks)
	}
	for e := a + 1; e < k; e++ {
		if afterNestedClause[toks[e].Lower] {
			return -1 // "after his arrival in P, where he met Y": a meeting before the arrival
		}
	}
	next := toks[a+1]
	if afterClauseOpeners[next.Lower] || next.Cap && next.Word && !asFixedAfter[next.Lower] {
		return a
	}
	return -1
}

// afterClauseOpeners open a clause with its own subject after "after".
var afterClauseOpeners = map[string]bool{"the": true, "their": true, "his": true, "her": true}

// afterMeasures before "after" count a distance from the main clause's
// time; afterNestedClause words open a clause of their own inside the
// "after" clause.
var afterMeasures = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "night": true}
var afterNestedClause = map[string]bool{"where": true, "when": true, "which": true, "who": true, "whom": true}
