package mention

import "github.com/parley-dev/parley/extract/text"

// Issue 14's two-hundred-and-fifty-seventh round: talks held at a neutral
// venue are filed from there ("OSLO - The government and the Liberation
// Front signed ..."), and homeSide took the venue's state for "the
// government". A story that tells the dateline's state as the one that
// provided the venue or hosted the talks ("Norway, which provided the
// venue, was not involved") says that state is no side: its government is
// not the one "the government" names.

// standInHome is the state whose own government or military the story
// names by its demonym ("the Ghanaian Military", "the Sylvanian
// government") when the dateline's state only hosts: "the government" of
// a story filed from the venue is that state's. "" unless exactly one
// state other than the host is so named.
func standInHome(sents []text.Sentence, ms [][]Mention, host string) string {
	code := ""
	for si, s := range sents {
		toks := s.Toks
		for _, m := range ms[si] {
			if m.Kind != Demonym || m.Code == host || m.Code == "" || m.J >= len(toks) || !homeSideNouns[toks[m.J].Lower] && !homeSideNouns[m.HeadNoun] {
				continue
			}
			if code != "" && code != m.Code {
				return ""
			}
			code = m.Code
		}
	}
	return code
}

// venueOnlyVerbs tell a state lending its ground to others' talks, in
// "X, which hosted the talks" or "X, which only provided the venue".
var venueOnlyVerbs = lex("venueOnlyVerbs")

// venueOnlyHome: some sentence tells the state of code as the venue's
// host, in a relative clause right after its name: the state's name, a
// comma, "which", up to two auxiliaries or adverbs ("has", "only"), and a
// venueOnlyVerbs verb.
func venueOnlyHome(sents []text.Sentence, ms [][]Mention, code string) bool {
	if code == "" {
		return false
	}
	for si, s := range sents {
		toks := s.Toks
		for _, m := range ms[si] {
			if m.Kind != State || m.Code != code || m.J+2 >= len(toks) || toks[m.J].Text != "," || toks[m.J+1].Lower != "which" {
				continue
			}
			for k := m.J + 2; k < len(toks) && k <= m.J+4; k++ {
				if venueOnlyVerbs[toks[k].Lower] {
					return true
				}
				if !toks[k].Word || toks[k].Cap {
					break
				}
			}
		}
	}
	return false
}
