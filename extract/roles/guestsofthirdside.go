package roles

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// withGuestsOfThirdSide: the "and" pair a, b closes a list after "with"
// in a clause where someone of a third side met or held talks ("Erdogan
// held talks with German Chancellor A and French President B", "X and Y
// held a meeting with A, B and C"): the list names the subject's guests,
// two visitors at one table, not two sides of a negotiation of their own
// (issue 14's five-hundred-and-fifty-fifth round; p3366, p2584, p3212,
// p3215, p1709). A dispute, agreement or round told in the sentence
// ("talks with A and B on their border dispute") keeps the pair: an
// envoy's guests are then the sides he goes between.
func (d *Reader) withGuestsOfThirdSide(si int, a, b *mention.Mention, toks []text.Token) bool {
	if a.Actor < 0 || b.Actor < 0 || d.Cast.Actors[a.Actor].Kind != graph.Person || d.Cast.Actors[b.Actor].Kind != graph.Person {
		return false
	}
	if agreementTold(toks) || anyCompound(toks, disputeWords) || roundTold(toks) {
		return false
	}
	w := -1
	for j := a.I - 1; j >= 0 && j >= a.I-16; j-- {
		l := toks[j].Lower
		if l == "with" {
			w = j
			break
		}
		if l == ";" || l == "between" || l == "among" || l == "and" || frame.ClauseBreaks[l] {
			return false
		}
	}
	if w < 0 {
		return false
	}
	cs, _ := d.Sents[si].Clause(w)
	told := false
	for j := cs; j < w; j++ {
		l := toks[j].Lower
		told = told || frame.MeetingNouns[l] || l == "met" || l == "meet" || l == "meets"
	}
	if !told {
		return false
	}
	sa, sb := d.Side(a.Actor), d.Side(b.Actor)
	if sa < 0 || sb < 0 || sa == sb || d.Cast.Actors[sa].Kind != graph.State || d.Cast.Actors[sb].Kind != graph.State {
		// A movement's leader among the guests ("a meeting with the
		// President and the opposition leader", p2628) is a side the
		// host goes between.
		return false
	}
	if d.home >= 0 && (sa == d.home || sb == d.home) {
		// Talks in one guest's capital ("GUATEMALA CITY - X held talks
		// with Guatemalan President A and Salvadoran President B",
		// p3334): the visitor sits at that host's regional table, whose
		// states the story takes as the sides.
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I < cs || m.I >= w || m.Actor < 0 {
			continue
		}
		if s := d.Side(m.Actor); s >= 0 && d.IsSide(s) && s != sa && s != sb {
			return true
		}
	}
	return false
}
