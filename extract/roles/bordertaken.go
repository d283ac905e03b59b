package roles

import "github.com/parley-dev/parley/extract/text"

// Issue 14's seventieth round: the two sides of a bilateral meeting
// taking up what lies between them.

// reviewVerbs: "discussed", "reviewed", "agreed", said of the two sides.
var reviewVerbs = lex("reviewVerbs")

// sharedLineWords: "border", "boundary", "demarcation", "checkpoints";
// bareSideNouns: "the sides", "the parties".
var (
	sharedLineWords = lex("sharedLineWords")
	bareSideNouns   = lex("bareSideNouns")
)

// borderTaken is the noun of "the two sides", "both ministers" or "the
// sides" as the subject of a review verb in a sentence that names their
// border or what is done along it: "the two sides discussed the
// tariffs ... and the opening of the new border crossing" (p456), "the two
// sides agreed to soon complete the demarcation of land border" (p384),
// "the sides discussed ... new checkpoints on the state border" (p381;
// p373, p443). Two states at the table taking up what their border divides
// negotiate it, not only meet. A war or a peace process named there may
// be another land's ("the two leaders discussed energy cooperation and
// the war in Ukraine", p02; p94), so only the shared line counts. Framed as cooperation ("the two leaders
// agreed to set up joint patrols along their northern border", p111;
// p121) or taken to a court, the sentence tells partners. With they set,
// the sentence's opening "They" is the sides' noun (sidesContinued). -1
// when none.
func borderTaken(toks []text.Token, they bool) int {
	if cooperationFramed(toks) || adjudicated(toks) || !sharedLineTaken(toks) {
		return -1
	}
	for k := 0; k+1 < len(toks); k++ {
		if sidesReview(toks, k, they) >= 0 {
			return k
		}
	}
	return -1
}

// sidesReview is the review verb ("discussed", "reviewed") whose subject
// is the sides' noun at k ("the two sides discussed", "both leaders have
// reviewed"), or, with they set, the opening "They" at k = 0 ("They
// agreed"); -1 when none.
func sidesReview(toks []text.Token, k int, they bool) int {
	if k == 0 && !they || k > 0 && !sidesSubject(toks, k) {
		return -1
	}
	v := k + 1
	if toks[v].Lower == "also" || toks[v].Lower == "have" || toks[v].Lower == "had" {
		v++
	}
	if v < len(toks) && reviewVerbs[toks[v].Lower] {
		return v
	}
	return -1
}

// takenDisputeNouns: "dispute", "quarrel", "differences" — what divides
// the two sides themselves, taken up at their own table.
var takenDisputeNouns = lex("takenDisputeNouns")

// disputeTaken is the noun of "the two sides", "both leaders" or "the
// sides" as the subject of a review verb whose object, within four words,
// is a dispute ("the two sides discussed the water dispute over the dam",
// "both ministers reviewed their differences on the fishing quota"): two
// states at the table taking up a dispute negotiate it, as borderTaken
// reads their border (round 165). A war, a crisis or a conflict named there
// may be another land's and does not count; a dispute between others is
// left out by DescribedSides (othersBetween). Framed as cooperation or
// taken to a court, the sentence tells partners. With they set, the
// opening "They" is the sides' noun (sidesContinued). -1 when none.
func disputeTaken(toks []text.Token, they bool) int {
	if cooperationFramed(toks) || adjudicated(toks) {
		return -1
	}
	for k := 0; k+1 < len(toks); k++ {
		v := sidesReview(toks, k, they)
		if v < 0 {
			continue
		}
		// A hyphenated modifier counts as one word: "discussed the
		// long-standing fishing dispute".
		reach := v + 4
		for e := v + 1; e < len(toks) && e <= reach; e++ {
			if toks[e].Text == "-" && toks[e].Glued {
				reach += 2
				continue
			}
			if !toks[e].Word {
				break
			}
			if takenDisputeNouns[toks[e].Lower] {
				return k
			}
		}
	}
	return -1
}

// sidesSubject: token k ends "the two sides", "both leaders" or "the
// sides" / "the parties".
func sidesSubject(toks []text.Token, k int) bool {
	w := toks[k].Lower
	if !sideGroupNouns[w] && !personGroupNouns[w] {
		return false
	}
	p := toks[k-1].Lower
	if p == "both" || p == "two" && k >= 2 && toks[k-2].Lower == "the" {
		return true
	}
	return p == "the" && bareSideNouns[w]
}

// sidesContinued: the sentence opens with "They" and the one before it
// opened with the two sides as its subject ("The two sides expressed
// their satisfaction at ... They agreed to complete the demarcation",
// "The two leaders reviewed ... They agreed to resolve the boundary
// issue"): a readout's next sentence about the table keeps its subject in
// the pronoun, so "They" is the sides' noun for borderTaken and
// disputeTaken (issue 14's two-hundred-and-eighty-first round; p1704,
// p786). A "They" after any other sentence may be anyone the story named.
func sidesContinued(prev, toks []text.Token) bool {
	if len(toks) < 2 || toks[0].Lower != "they" {
		return false
	}
	for k := 1; k <= 2 && k+1 < len(prev); k++ {
		if sidesSubject(prev, k) {
			return true
		}
	}
	return false
}

// alongActivityNouns: what happens along a line, not the line itself
// ("security", "incidents", "the situation"; lexicon alongActivityNouns).
var alongActivityNouns = lex("alongActivityNouns")

// sharedLineTaken: the sentence names the shared line (sharedLineWords)
// as what is taken up, not only as where something happens: "discussed
// security along the border", "the security situation along the common
// border", "to avoid incidents along the border" tell where partners
// keep order, which they discuss without negotiating the line (issue 14's
// two-hundred-and-eighty-first round: p150, p621, p1561, p1585). A line
// word within three words after "along" does not count when an activity
// noun stands right before "along"; "to reopen crossing points along the
// border" (p1162) still takes the line up.
func sharedLineTaken(toks []text.Token) bool {
	for k := range toks {
		if !sharedLineWords[compound(toks, k)] {
			continue
		}
		along := false
		for j := k - 1; j >= 1 && j >= k-3; j-- {
			if toks[j].Lower == "along" {
				along = alongActivityNouns[toks[j-1].Lower]
				break
			}
		}
		if !along {
			return true
		}
	}
	return false
}
