package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's five-hundred-and-sixty-seventh round: a host is no side of
// the agreement it hosted. "A's President X and B's President Y signed
// an agreement on their border ... The two leaders met near C at the
// invitation of C's President Z, who hosted the meeting": the meeting
// takes in Z, so its sides are three and MeetingSides would make all three
// parties of the agreement. A side whose people the agreement's sentence
// does not name, and whom the story tells only as the meeting's host
// ("who hosted", "at the invitation of"), holds the venue (SCHEMA): the
// agreement is between the other two.

// signersWithoutHost: sides less those held only by hosts named outside
// the meeting's sentence, when exactly two remain; else sides unchanged.
func (d *Reader) signersWithoutHost(m meeting.Frame, sides []int) []int {
	if len(sides) < 3 {
		return sides
	}
	named := map[int]bool{}
	for _, mn := range d.Ments[m.Sent] {
		if mn.Actor >= 0 {
			named[mn.Actor] = true
		}
	}
	var kept []int
	for _, sd := range sides {
		hostOnly := true
		for _, p := range m.Parts {
			if d.Side(p) != sd {
				continue
			}
			if named[p] || !d.toldAsHost(p) {
				hostOnly = false
				break
			}
		}
		if !hostOnly && !slices.Contains(kept, sd) {
			kept = append(kept, sd)
		}
	}
	if len(kept) != 2 {
		return sides
	}
	return kept
}

// toldAsHost: some sentence names person p as a host, "P, who hosted
// the meeting" (a hostVerbs word right after the name or its "who") or
// "at the invitation of [C's] P".
func (d *Reader) toldAsHost(p int) bool {
	for si, ms := range d.Ments {
		toks := d.Sents[si].Toks
		for _, mn := range ms {
			if mn.Actor != p || mn.Desc {
				continue
			}
			j := mn.J
			if j+1 < len(toks) && toks[j].Lower == "," && toks[j+1].Lower == "who" {
				j += 2
			}
			if j < len(toks) && hostVerbs[toks[j].Lower] {
				return true
			}
			if invitedBy(toks, d.descStart(si, mn.PhraseStart())) {
				return true
			}
		}
	}
	return false
}

// descStart moves i back over a describing state or demonym right before
// it ("Tanzanian President X", "C's President X").
func (d *Reader) descStart(si, i int) int {
	for _, mn := range d.Ments[si] {
		if mn.Desc && mn.J == i {
			return mn.I
		}
		if mn.Desc && mn.J+1 == i && d.Sents[si].Toks[mn.J].Lower == "'s" {
			return mn.I
		}
	}
	return i
}

// invitedBy: "at the invitation of" ends right before i.
func invitedBy(toks []text.Token, i int) bool {
	return i >= 4 && toks[i-1].Lower == "of" && toks[i-2].Lower == "invitation" && toks[i-3].Lower == "the" && toks[i-4].Lower == "at"
}
