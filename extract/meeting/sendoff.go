package meeting

import (
	"strings"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// sendOffVerbs are the participles of a send-off told in the passive with
// a particle: "was seen off by X", "were waved off at the airport by Y".
// The one who sees a guest off meets the guest (the two-hundred-and-
// seventeenth round); the active "X saw off the challenge" is no meeting,
// so only the passive with its "by" agent counts.
var sendOffVerbs = lex("sendOffVerbs")

// passiveSendOff: the token at k is a send-off participle after an
// auxiliary ("was seen off", "had been seen off", "was warmly seen off"),
// with "off" right after it and the agent's "by" after that, perhaps past
// a place or time phrase ("seen off at the railway station by X").
func passiveSendOff(toks []text.Token, k int) bool {
	if !sendOffVerbs[toks[k].Lower] || k+1 >= len(toks) || toks[k+1].Lower != "off" || k < 1 {
		return false
	}
	aux := k - 1
	if len(toks[aux].Lower) > 3 && toks[aux].Lower[len(toks[aux].Lower)-2:] == "ly" && aux > 0 {
		aux-- // "was warmly seen off"
	}
	if a := toks[aux].Lower; !mention.Auxiliaries[a] && a != "be" && a != "been" && a != "being" {
		return false
	}
	return k+2 < len(toks) && toks[k+2].Lower == "by" || agentPastPlace(toks, k+1, k+2)
}

// invertedGreetVerbs and invertedGreetParticiples tell a reception whose
// hosts are the inverted subject after "was" or "were": "Also on hand to
// greet him was X", "Greeting the President at the foot of the ramp were
// A and B" (the two-hundred-and-seventeenth round).
var (
	invertedGreetVerbs       = lex("invertedGreetVerbs")
	invertedGreetParticiples = lex("invertedGreetParticiples")
)

// invertedGreeting: the token at k opens an inverted reception — the
// infinitive after "on hand to" ("Also on hand to welcome him were A and
// B") or a participle opening the sentence ("Greeting the guest at the
// airport was X") — whose clause goes on to "was" or "were" and a
// capitalized host. Without that inverted subject ("on hand to greet the
// crowd, he ...", "Greeting the delegates, X said") no host is named.
func invertedGreeting(toks []text.Token, k int) bool {
	l := toks[k].Lower
	switch {
	case invertedGreetVerbs[l] && k >= 3 && toks[k-1].Lower == "to" && toks[k-2].Lower == "hand" && toks[k-3].Lower == "on":
	case invertedGreetParticiples[l] && (k == 0 || k == 1 && toks[0].Lower == "also"):
	default:
		return false
	}
	for e := k + 1; e+1 < len(toks) && e <= k+16; e++ {
		if w := toks[e].Lower; w == "was" || w == "were" {
			n := e + 1
			if n < len(toks) && (toks[n].Lower == "also" || toks[n].Lower == "there") {
				n++
			}
			return n < len(toks) && toks[n].Cap && toks[n].Word
		}
		if toks[e].Text == ";" || toks[e].Text == "." {
			return false
		}
	}
	return false
}

// invertedGuest: the guest of an inverted reception at k — its object, a
// pronoun or a definite description right after the verb ("to greet him",
// "Greeting the Chinese leader"), stands for the story's visitor, the
// first person told arriving or being received before it. -1 when the
// predicate is no inverted reception or the object is a name of its own
// (read as a mention already).
func (d *Reader) invertedGuest(si, k int) int {
	toks := d.Sents[si].Toks
	if !invertedGreeting(toks, k) || k+1 >= len(toks) {
		return -1
	}
	if o := toks[k+1].Lower; !objectPronouns[o] && o != "the" && o != "his" && o != "her" && o != "their" {
		return -1
	}
	for _, m := range d.Ments[si] {
		if m.I == k+1 || m.I == k+2 && m.Actor >= 0 && !m.Desc {
			return -1 // "Greeting Premier X at the airport was Y": X is read
		}
	}
	return d.ref.VisitorOf(si, k, "")
}

// apposedSigners is the comma after "by the heads of the two teams" at
// by: lower-case words and "of" up to it, one a signerHeadNouns word, and
// a capitalized word after it; -1 when none.
func apposedSigners(toks []text.Token, by int) int {
	head := false
	e := by + 1
	for ; e < len(toks) && e <= by+10 && toks[e].Word && !toks[e].Cap; e++ {
		head = head || signerHeadNouns[toks[e].Lower]
	}
	if !head || e+1 >= len(toks) || toks[e].Text != "," || !toks[e+1].Cap {
		return -1
	}
	return e
}

// signerHeadNouns name those who sign for the sides, as a plural before
// their names in apposition: "the heads of the two delegations, A and B".
var signerHeadNouns = lex("signerHeadNouns")

// agentPastPlace: the passive at k finds its "by" agent from token from on,
// perhaps past a place or time phrase ("at the ministry in X by", "in the
// morning at the presidential palace by"); another phrase ends the search.
func agentPastPlace(toks []text.Token, k, from int) bool {
	place := false // inside "at the ministry", "in the morning"
	for e := from; e < len(toks) && e <= k+14; e++ {
		t := toks[e]
		switch {
		case t.Lower == "by":
			return e > from && (!frame.IsTimeWord(toks[min(e+1, len(toks)-1)]) || titledAgent(toks, e) || formerAgent(toks, e) || apposedSigners(toks, e) > 0)
		case t.Lower == "on" && behalfBy(toks, e) > 0:
			// "were signed on behalf of the two governments by A and
			// B": whom the signers act for stands between the verb and
			// its agent (issue 14's two-hundred-and-fifty-second round,
			// p1548).
			e = behalfBy(toks, e) - 1
		case t.Lower == "for" && forSideBy(toks, e) > 0:
			// "was signed for the government by A and for the rebels
			// by B": the side a signer acts for, told with "for" as
			// "on behalf of" tells it (issue 14's
			// three-hundred-and-forty-seventh round, p2114, p2118).
			e = forSideBy(toks, e) - 1
		case t.Lower == "under" && patronageBy(toks, e) > 0:
			// "was signed under the auspices of President X by A and
			// B": the patron of the signing stands between the verb and
			// its signers, as a place does (issue 14's
			// four-hundred-and-thirty-ninth round, p2667).
			e = patronageBy(toks, e) - 1
		case t.Lower == "in" || t.Lower == "at" || t.Lower == "on":
			place = true
		case t.Lower == "the" || t.Lower == "this" || t.Text == ",":
		case place && (t.Lower == "a" || t.Lower == "an"):
			// "was initialled at a hotel outside the capital by": a
			// venue the story has not named takes the indefinite
			// article (the three-hundred-and-twenty-fifth round, p180)
		case t.Lower == "of" && toks[e-1].Cap && e+1 < len(toks) && toks[e+1].Cap:
			// "was signed at the Palace of X by"
		case t.Lower == "of" && toks[e-1].Cap && e+2 < len(toks) && toks[e+1].Lower == "the" && toks[e+2].Cap:
			// "was signed at the Presidency of the Government by", "at
			// the Ministry of the Interior by": an institution's name
			// with its article (the two-hundred-and-thirty-second round,
			// p1425)
		case t.Cap || mention.IsNumber(t.Lower) || strings.HasSuffix(t.Lower, "ly"):
		case place && t.Text == "-" && toks[e-1].Cap && e+1 < len(toks) && toks[e+1].Cap:
			// "was signed at Al-Safa Palace by": the hyphen inside a
			// venue's capitalized name is part of the name (issue 14's
			// five-hundred-and-twenty-first round, p3162, p1669).
		case t.Lower == "last" && e+1 < len(toks) && frame.IsTimeWord(toks[e+1]):
			// "signed last August by", "received last week by": the
			// day's phrase, as "today" is (the two-hundred-and-forty-
			// fourth round, p1499)
		case t.Word && passiveGapWords[t.Lower]:
			// "was initialled here this evening by", "was signed
			// today by": the dateline's place and the day stand
			// between the verb and its agent (the
			// two-hundred-and-sixteenth round, p1331).
		case place && t.Word && passivePlaces[t.Lower]:
			// "was received at the ministry in X by", "in the morning at
			// the presidential palace on the Plateau by"
		case place && (t.Lower == "'s" || t.Lower == "’s") && (toks[e-1].Cap || possessedVenue(toks, e-1)):
			// "at the Prime Minister's office by": a venue named by its
			// holder's title (issue 14's four-hundred-and-sixty-seventh
			// round, p946)
		case place && t.Word && possessedVenue(toks, e):
			// "in the community's headquarters in X by": the holder told
			// by a common noun, as the title tells it above (issue 14's
			// four-hundred-and-ninety-fifth round, p3005, p317)
		case place && t.Word && (ceremonyNouns[t.Lower] || e+1 < len(toks) && ceremonyNouns[toks[e+1].Lower]):
			// "was signed at a closing ceremony by", "in a brief
			// ceremony at the ministry by": the occasion, with the one
			// word that qualifies it, stands where a venue does (issue
			// 14's four-hundred-and-sixty-seventh round, p2839, p946,
			// p2501).
		default:
			return false // another phrase: not the verb's agent
		}
	}
	return false
}

// possessedVenue: the word at e holds the venue named right after its
// "'s" — "the community's headquarters", "the foundation's villa".
func possessedVenue(toks []text.Token, e int) bool {
	return e+2 < len(toks) && (toks[e+1].Lower == "'s" || toks[e+1].Lower == "’s") && passivePlaces[toks[e+2].Lower]
}

// patronageBy: "under" at e opens a patronage phrase, "under the
// auspices of X", "under the sponsorship of X", "under the aegis of the
// Y", whose patron is a name (capitalized words, "of" and "the" within
// it) running to a "by": the index of that "by", 0 otherwise. A patron
// told in lower case ("under the auspices of a regional body") is not
// skipped, so that no other phrase passes for one.
func patronageBy(toks []text.Token, e int) int {
	if e+4 >= len(toks) || toks[e+1].Lower != "the" || !patronageNouns[toks[e+2].Lower] || toks[e+3].Lower != "of" {
		return 0
	}
	for b := e + 4; b < len(toks) && b <= e+14; b++ {
		t := toks[b]
		switch {
		case t.Lower == "by":
			if b > e+4 {
				return b
			}
			return 0
		case t.Cap && t.Word, t.Lower == "of" || t.Lower == "the", t.Text == "-" || t.Text == "'s":
		default:
			return 0
		}
	}
	return 0
}

// formerAgent: "by" at e opens an agent under the title held then, "by
// then Security Council Secretary X": "then" before a capitalized title
// word dates the title, not the signing ("signed by then" alone is a
// time; the two-hundred-and-forty-fourth round, p1499).
func formerAgent(toks []text.Token, e int) bool {
	return e+2 < len(toks) && toks[e+1].Lower == "then" && toks[e+2].Cap && toks[e+2].Word && mention.IsTitleWord(toks[e+2].Lower)
}

// titledAgent: "by" at e opens a titled agent, "by the Foreign Minister
// of ..." (p331), "by the Prime Minister", not a time ("by the end of
// the week"): "the" and a capitalized word that tells no time.
func titledAgent(toks []text.Token, e int) bool {
	return e+2 < len(toks) && toks[e+1].Lower == "the" && toks[e+2].Cap && toks[e+2].Word && !frame.IsTimeWord(toks[e+2])
}

// forSideBy: "for" at e opens the side a signer acts for — a definite or
// named noun phrase of at most four words ("for the government", "for
// the FMLN", "for the rebels", "for Ruritania") — that runs to a "by",
// whose index it returns; 0 otherwise. An indefinite or counted object
// ("for two hours by", "for a week by") tells a span, not a side.
func forSideBy(toks []text.Token, e int) int {
	if e+2 >= len(toks) || toks[e].Lower != "for" {
		return 0
	}
	if f := toks[e+1]; !f.Cap && !sideDets[f.Lower] || spanWord(f) {
		return 0
	}
	for j := e + 2; j < len(toks) && j <= e+5; j++ {
		switch {
		case toks[j].Lower == "by":
			return j
		case !toks[j].Word && toks[j].Text != "'s" || spanWord(toks[j]):
			return 0
		}
	}
	return 0
}

// spanWord: a word that makes a "for" phrase a span of time ("for the
// first time", "for two weeks", "for the whole of May"), not a side.
func spanWord(t text.Token) bool {
	if _, ok := lexicon.Months[t.Lower]; ok {
		return true
	}
	if _, ok := lexicon.Weekdays[t.Lower]; ok {
		return true
	}
	return mention.IsNumber(t.Lower) || t.Word && t.Lower[0] >= '0' && t.Lower[0] <= '9' || spanNouns[t.Lower]
}

// spanNouns tell a length or a turn of time.
var spanNouns = map[string]bool{"time": true, "times": true, "moment": true, "hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "first": true, "second": true, "last": true, "while": true}

// sideDets open the phrase naming the side a signer acts for.
var sideDets = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "both": true}

// behalfBy: "on behalf of" opens at e and its object — at most six words,
// a possessive "'s" among them — runs to a "by", whose index it returns;
// 0 when the phrase is not so ("on behalf of the two governments by").
func behalfBy(toks []text.Token, e int) int {
	if e+3 >= len(toks) || toks[e].Lower != "on" || toks[e+1].Lower != "behalf" || toks[e+2].Lower != "of" {
		return 0
	}
	for j := e + 3; j < len(toks) && j <= e+9; j++ {
		switch {
		case toks[j].Lower == "by":
			if j > e+3 {
				return j
			}
			return 0
		case !toks[j].Word && toks[j].Text != "'s":
			return 0
		}
	}
	return 0
}
