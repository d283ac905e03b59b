package mention

import (
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-twenty-fourth round: wire copy names a rebel
// movement after its leader in the possessive, "Ansah's Kando Liberation
// Front", "Mensah's People's Army". The capitalized run went
// on through the "'s" into the movement's name (as in "People's Liberation
// Front"), so the movement's name began with the leader's, and matched
// neither its later mentions nor the record's.

// leaderPossessive: the "'s" at j closes a run from i of one or two
// capitalized words that read as a person's name — none a frequent
// English word ("People's", "Lord's", "Women's" stay inside the name),
// none known to the gazetteer as a place or body ("Kenya's") — so the
// run ends before it.
func (d *scanner) leaderPossessive(toks []text.Token, i, j int) bool {
	if j-i < 1 || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		t := toks[k]
		if !t.Word || !t.Cap || t.Acronym || d.g.Common[t.Lower] || d.lowerSeen[t.Lower] {
			return false
		}
		if _, ok := d.g.Phrases[t.Lower]; ok {
			return false
		}
	}
	return true
}
