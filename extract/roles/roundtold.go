package roles

import "github.com/parley-dev/parley/extract/text"

// roundNouns, roundOrdinals and resumeVerbs tell a negotiation under way
// between the sides at the table: "a second round of talks", "the fourth
// round of negotiations", "resumed talks" (lexicon sections
// negotiationRoundNouns, negotiationRoundOrdinals, negotiationResumeVerbs).
var (
	roundNouns    = lex("negotiationRoundNouns")
	roundOrdinals = lex("negotiationRoundOrdinals")
	resumeVerbs   = lex("negotiationResumeVerbs")
	roundTalks    = lex("negotiationRoundTalks")
)

// roundTold: the meeting's sentence tells a numbered round of talks ("met
// for a second round of talks on the cost of the troops", "the third
// round of negotiations") or talks taken up again ("resumed negotiations
// over the boundary"). A meeting of two sides' people so told continues
// a negotiation between the sides, as one held over a dispute does
// (MeetingSides); a courtesy call or a first visit is told so by neither.
func roundTold(toks []text.Token) bool {
	for k, t := range toks {
		switch {
		case roundNouns[t.Lower] && k >= 1 && k+2 < len(toks) && toks[k+1].Lower == "of" && roundTalks[toks[k+2].Lower]:
			if roundOrdinals[toks[k-1].Lower] || k >= 2 && roundOrdinals[toks[k-2].Lower] && toks[k-1].Word {
				return true
			}
		case resumeVerbs[t.Lower]:
			for e := k + 1; e < len(toks) && e <= k+3; e++ {
				if roundTalks[toks[e].Lower] {
					return true
				}
				if !toks[e].Word {
					break
				}
			}
		}
	}
	return false
}

// subjectTalks name what talks settle when put before them: "the
// fisheries talks", "nuclear talks", "trade negotiations" (lexicon
// section negotiationSubjectNouns).
var subjectTalks = lex("negotiationSubjectNouns")

// subjectTalksTold: the meeting's sentence names talks by their subject
// ("met in Tallinn for the fisheries talks", "the two met for nuclear
// talks"): talks on a matter between two sides' people are a negotiation
// of the sides, as talks over a dispute are (MeetingSides). Talks named
// by no subject ("met for talks") or by their manner ("informal talks")
// tell none.
func subjectTalksTold(toks []text.Token) bool {
	for k := 1; k < len(toks); k++ {
		if roundTalks[toks[k].Lower] && subjectTalks[toks[k-1].Lower] {
			return true
		}
	}
	return false
}
