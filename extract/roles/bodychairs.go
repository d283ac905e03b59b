package roles

// chairsOfBody reads the brokers of "by the mediation of the
// co-chairs of G, which are A, B and C" (or "..., which is led by A, B
// and C"), k the index of the first word after the mediation noun's
// "of": the body G, whose chairs broker,
// and the states or people the relative clause names as those chairs or
// as the body's leaders. A joint statement on a ceasefire often names
// the standing mediation so, by its chairs, then says who they are
// (issue 14's four-hundred-and-twenty-eighth round; p2605, p1850). The
// list in the relative clause must follow the body's comma and "which",
// and a copula or "led by": "which has mediated the conflict since"
// names no members.
func (d *Reader) chairsOfBody(si, k int) []int {
	toks := d.Sents[si].Toks
	j := k
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	if j+3 >= len(toks) || toks[j].Lower != "co" || toks[j+1].Text != "-" || !coChairNouns[toks[j+2].Lower] || toks[j+3].Lower != "of" {
		return nil
	}
	j += 4
	// The body's phrase ends at the comma before "which".
	c := -1
	for e := j; e < len(toks) && e <= j+12; e++ {
		if toks[e].Text == "," {
			c = e
			break
		}
	}
	if c < 0 || c+2 >= len(toks) || toks[c+1].Lower != "which" {
		return nil
	}
	body := d.MentionEndingAt(si, c)
	if body == nil || body.Actor < 0 {
		return nil
	}
	out := []int{body.Actor}
	e := c + 2
	switch toks[e].Lower {
	case "are", "is", "were", "was":
		e++
		if e+1 < len(toks) && bodyHeadVerbs[toks[e].Lower] && toks[e+1].Lower == "by" {
			e += 2
		}
	default:
		return out
	}
	return append(out, d.actorList(si, e)...)
}
