package mention

import "github.com/parley-dev/parley/extract/text"

// agencyCredits turns into an organization every untitled person that the
// article also writes as a news agency's credit in brackets: the
// dateline's "CITY, May 2 (Agency-Name) --" and a sentence's closing
// "..., the ministry said (Agency-Name)." A wire's credit is its own
// name, and no person's: read as one, "a source told Agency-Name" made
// the agency a person of the story (issue 14's four-hundred-and-twentieth
// round; p2554). The credit must stand alone in its brackets, closed by
// the dateline's dash or by the full stop after a reporting verb, so that
// a nickname in brackets after a name ("X (Nick) met Y") stays a name.
func agencyCredits(lead, sents []text.Sentence, ms [][]Mention) {
	credits := map[string]bool{}
	for x := range lead {
		for _, c := range bracketCredits(&lead[x], true) {
			credits[c] = true
		}
	}
	for x := range sents {
		for _, c := range bracketCredits(&sents[x], false) {
			credits[c] = true
		}
	}
	if len(credits) == 0 {
		return
	}
	for si := range ms {
		for x, m := range ms[si] {
			if m.Kind == Person && !m.Titled && m.Title == "" && credits[m.Text] {
				ms[si][x].Kind = Org
			}
		}
	}
}

// bracketCredits: the names in brackets of s that are an agency's credit:
// capitalized words, joined by hyphens only, alone between "(" and ")",
// with a dash after the ")" (a dateline, when dateline is set) or a
// reporting verb before the "(" and the sentence's end after the ")".
func bracketCredits(s *text.Sentence, dateline bool) []string {
	toks := s.Toks
	var out []string
	for o := 0; o < len(toks); o++ {
		if toks[o].Text != "(" {
			continue
		}
		c := o + 1
		for c < len(toks) && (toks[c].Word && toks[c].Cap || toks[c].Text == "-" && c > o+1) {
			c++
		}
		if c == o+1 || c >= len(toks) || toks[c].Text != ")" || toks[c-1].Text == "-" {
			continue
		}
		after := ""
		if c+1 < len(toks) {
			after = toks[c+1].Text
		}
		dashed := dateline && (after == "-" || after == "—" || after == "–")
		closing := !dateline && o > 0 && headlineReportVerbs[toks[o-1].Lower] && (after == "" || after == ".")
		if dashed || closing {
			out = append(out, SpanText(s, o+1, c))
		}
	}
	return out
}
