package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's seventy-seventh round: a side named through its leader.

// leaderPartyPair reads "between President X's P and the Q" from the
// "between" at k (p178, p495): a person's possessive before a group names
// the group the person leads, and it is that group, not the leader, that
// sits at the table. The argument reader stops at the possessive and
// reads no pair, and the "and" reading gives none when a comma follows
// the second side (it may open a longer list); here the possessed group
// is the first side and the first actor after "and" the second. Nil when the phrase is not of that
// shape or the possessed name is no group.
func (d *Reader) leaderPartyPair(si, k int) (*mention.Mention, *mention.Mention) {
	toks := d.Sents[si].Toks
	lead := d.FirstActor(si, k+1, 4, false)
	if lead == nil || d.Cast.Actors[lead.Actor].Kind != graph.Person {
		return nil, nil
	}
	if lead.J+1 >= len(toks) || toks[lead.J].Text != "'s" {
		return nil, nil
	}
	party := d.FirstActor(si, lead.J+1, 1, false)
	if party == nil || d.Cast.Actors[party.Actor].Kind != graph.Group {
		return nil, nil
	}
	if party.J >= len(toks) || toks[party.J].Lower != "and" {
		return nil, nil
	}
	other := d.FirstActor(si, party.J+1, 3, false)
	if other == nil || other.Actor == party.Actor {
		return nil, nil
	}
	return party, other
}
