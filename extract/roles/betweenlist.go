package roles

// betweenListNouns, right before "between" and a list of three or more,
// make the listed the sides of one negotiation (betweenList).
var betweenListNouns = lex("betweenListNouns")

// betweenList reads "negotiations between A, B and C" at the "between"
// at k: three or more states or groups listed after it, joined by commas
// and a last "and", are each a side of the one negotiation, as "talks
// among A, B and C" make them (amongSides); BetweenPair reads only two,
// and a list of three left the negotiation unread (the
// two-hundred-and-sixty-fourth round, p1620: "two years of negotiations
// between the USA, Denmark and the Greenland home rule"). A list with a
// person or a body in it, or with one side twice, is left to the pair
// reading; nil when the list holds fewer than three or is no list. Only
// the nouns of a process count (betweenListNouns): "the new trade
// agreement between A, B and C" is a pact in force, whose members
// negotiate nothing in the story (p1173).
func (d *Reader) betweenList(si, k int) []int {
	toks := d.Sents[si].Toks
	if k == 0 || !betweenListNouns[toks[k-1].Lower] {
		return nil
	}
	items := d.actorList(si, k+1)
	if len(items) < 3 {
		return nil
	}
	seen := map[int]bool{}
	var sides []int
	for _, m := range items {
		s := d.Side(m)
		if s < 0 || s != m || !d.IsSide(s) || seen[s] {
			return nil
		}
		seen[s] = true
		sides = append(sides, m)
	}
	// The list is one of commas closed by "and": "A, B and C".
	commas, and := 0, false
	for e := k + 1; e < len(toks) && e <= k+30; e++ {
		switch toks[e].Lower {
		case ",":
			commas++
		case "and":
			and = true
		}
		if and {
			break
		}
	}
	if commas < 1 || !and {
		return nil
	}
	return sides
}
