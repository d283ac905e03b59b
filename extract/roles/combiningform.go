package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// combiningCodes maps the prefixes that name a state only before a hyphen
// ("Sino-", "Anglo-", "Indo-") to the state's country code (lexicon
// [combiningStateForms]); combiningRegions are hyphened pairs that name a
// region ("Indo-China").
var (
	combiningCodes   = combiningForms()
	combiningRegions = lex("combiningRegions")
	pairIssueNouns   = lex("pairIssueNouns")
)

func combiningForms() map[string]string {
	out := map[string]string{}
	for _, p := range lexicon.Phrases("combiningStateForms") {
		if len(p) == 2 {
			out[strings.ToLower(p[0])] = strings.ToUpper(p[1])
		}
	}
	return out
}

// combiningSide: the state a combining form glued before a hyphen at k
// names ("Sino-Indian boundary question", "Anglo-Egyptian talks"), when
// the story already has that state as an actor (from a demonym or its
// name elsewhere): the prefix is no mention of its own, so the hyphen
// pair had only its second side (issue 14's two-hundred-and-seventy-second
// round; p1668, p1544, p1343). A pair that names a region ("Indo-China")
// names no state; -1 when none.
func (d *Reader) combiningSide(toks []text.Token, k int) int {
	if k < 1 || k+1 >= len(toks) || !toks[k].Glued || !toks[k+1].Glued {
		return -1
	}
	code, ok := combiningCodes[toks[k-1].Lower]
	if !ok || combiningRegions[toks[k-1].Lower+"-"+toks[k+1].Lower] {
		return -1
	}
	for i, a := range d.Cast.Actors {
		if a.Kind == graph.State && strings.EqualFold(a.Code, code) {
			return i
		}
	}
	return -1
}

// pairIssueAt: a dispute word named as the matter at issue ("boundary
// question", "border issue") at e, which tells the hyphened pair before it
// negotiating as "talks" after it does.
func pairIssueAt(toks []text.Token, e int) bool {
	return disputeWords[toks[e].Lower] && e+1 < len(toks) && pairIssueNouns[toks[e+1].Lower]
}
