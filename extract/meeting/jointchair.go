package meeting

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// jointChairVerbs run a sitting ("chaired", "presided"),
// jointChairedNouns are talks two may chair besides a session ("the
// dialogue", "the annual consultation"), and privateTalkWords are the two
// ends of a "tete-a-tete" (lexicon).
var (
	jointChairVerbs   = lex("jointChairVerbs")
	jointChairedNouns = lex("jointChairedNouns")
	privateTalkWords  = lex("privateTalkWords")
)

// jointChairedSession: a session noun at k that two or more people the
// sentence opens with "co-chaired" or "jointly chaired" — "A and B on
// Friday co-chaired the first session of the Joint Commission", "A and
// his counterpart B jointly chaired the opening sitting" — is talks of
// theirs: a sitting has one chair unless its chairs sit at it together.
// Unlike a session merely held, it may be a body's ("of the
// Commission"): the two chair that body's sitting. One person chairing
// ("A chaired the session"), or "co-chaired" without two people named
// before it, is none. A dialogue or consultations so chaired are theirs
// too: "A and B co-chaired the dialogue at the ministry" (p2891, p535).
func (d *Reader) jointChairedSession(si, k int) bool {
	toks := d.Sents[si].Toks
	if !heldSessionNouns[toks[k].Lower] && !jointChairedNouns[toks[k].Lower] || k < 4 {
		return false
	}
	v := k - 1
	for v > 0 && k-v <= 4 && !jointChairVerbs[toks[v].Lower] {
		if !toks[v].Word || toks[v].Cap {
			return false
		}
		v--
	}
	if !jointChairVerbs[toks[v].Lower] {
		return false
	}
	s := jointMarkStart(toks, v)
	if s < 0 {
		return false
	}
	return d.coordinatedBefore(si, s)
}

// jointMarkStart is where the mark of joint chairing before the verb at v
// begins — "co-" glued to it ("co-chaired") or "jointly" ("jointly
// chaired") — or -1 when there is none.
func jointMarkStart(toks []text.Token, v int) int {
	if v >= 2 && toks[v-1].Text == "-" && toks[v-2].Lower == "co" && toks[v-1].Glued && toks[v].Glued {
		return v - 2
	}
	if v >= 1 && toks[v-1].Lower == "jointly" {
		return v - 1
	}
	return -1
}

// privateTalk: the token at k opens a "tete-a-tete", the French
// "tête-à-tête" for a private talk of two as English news writes it
// unaccented: "the two leaders held a tete-a-tete", "a tete-a-tete
// between A and B". Only the hyphenated whole counts, in lower case:
// "Tete" alone is a Mozambican city and province. (The accented spelling
// is not read: its tokens reach no meeting yet.)
func privateTalk(toks []text.Token, k int) bool {
	if k+4 >= len(toks) || toks[k].Cap || !privateTalkWords[toks[k].Lower] {
		return false
	}
	return toks[k+1].Text == "-" && toks[k+2].Lower == "a" && toks[k+3].Text == "-" &&
		privateTalkWords[toks[k+4].Lower] && toks[k+1].Glued && toks[k+2].Glued && toks[k+3].Glued && toks[k+4].Glued
}

// sessionWith: a session noun at k followed by "with" and a person —
// "after a final three-hour session with Ambassador X", "held a working
// session with B" — is an encounter of the sentence's subject and that
// person, as "talks with X" is. Only a person named right after "with"
// (past a title or honorific) counts: "a session with students" or "a
// session with the press" names no one.
func (d *Reader) sessionWith(si, k int) bool {
	toks := d.Sents[si].Toks
	if !heldSessionNouns[toks[k].Lower] || k+2 >= len(toks) || toks[k+1].Lower != "with" {
		return false
	}
	for _, m := range d.Ments[si] {
		if m.I > k+1 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return honorificStart(toks, m.PhraseStart()) == k+2 || m.PhraseStart() == k+2 || m.I == k+2
		}
	}
	return false
}

// guestAtMeal: the noun "guest" at k in "was the guest of Y at a dinner",
// "is the guest of Y at luncheon", as older papers tell a visitor's
// evening — the subject sat at the table of the host Y, named right
// after "of" (past a title), an encounter of the two as "Y gave a dinner
// for X" is. The subject is one person ("was", "is"). The meal follows the host within six words after "at";
// "the guest of honour" (no host) or a guest without a meal ("was the
// guest of the nation") is none.
func (d *Reader) guestAtMeal(si, k int) bool {
	toks := d.Sents[si].Toks
	if !guestNouns[toks[k].Lower] || k < 2 || k+3 >= len(toks) || toks[k+1].Lower != "of" || !guestBeForms[toks[k-1].Lower] && !guestBeForms[toks[k-2].Lower] {
		return false
	}
	host := -1
	for _, m := range d.Ments[si] {
		if m.I > k+1 && m.Actor >= 0 && !m.Desc {
			if d.Cast.Actors[m.Actor].Kind == graph.Person && titleRun(toks, k+2, m.I) {
				host = m.J
			}
			break
		}
	}
	if host < 0 {
		return false
	}
	for e := host; e < len(toks) && e <= host+6; e++ {
		if toks[e].Lower == "at" {
			for f := e + 1; f < len(toks) && f <= e+3; f++ {
				if mealNouns[toks[f].Lower] {
					return true
				}
			}
			return false
		}
		if !toks[e].Word && toks[e].Text != "," {
			return false
		}
	}
	return false
}

// guestNouns are "guest" and its plural; guestBeForms the singular forms
// of "be" before it that make the subject the guest. A plural subject
// ("the two leaders and their wives were guests of Y") is left out: the
// gathering it names is read less surely than one person (p1118).
var (
	guestNouns   = lex("guestNouns")
	guestBeForms = lex("guestBeForms")
)

// reachedAgreement: "reached" at k with "agreement" or "accord" after it
// (past "an", "full", "broad") whose subject is two people joined by
// "and" — "The Prime Ministers of X and Y, A and Sir B, today reached
// agreement on ..." — is an encounter of the two: leaders named as
// reaching agreement together settled it face to face. A state, a
// government or one person reaching agreement ("X reached agreement with
// the unions") is not this shape.
func (d *Reader) reachedAgreement(si, k int) bool {
	toks := d.Sents[si].Toks
	if !reachVerbs[toks[k].Lower] || k < 3 {
		return false
	}
	e := k + 1
	for e < len(toks) && e <= k+3 && reachedModifiers[toks[e].Lower] {
		e++
	}
	if e >= len(toks) || !reachedObjects[toks[e].Lower] {
		return false
	}
	v := k
	for v > 0 && k-v < 4 && toks[v-1].Word && !toks[v-1].Cap && (bareTimeWords[toks[v-1].Lower] || frame.AnyWord(toks, v-1, v, reachedAdverbs)) {
		v-- // "today reached", "also reached"
	}
	return d.coordinatedBefore(si, v) && d.namedPersonRightBefore(si, v)
}

// namedPersonRightBefore: a person's name ends right before token v, or
// before the comma that closes an apposition ending there: the subject
// of the verb at v is those people, not a clause before them.
func (d *Reader) namedPersonRightBefore(si, v int) bool {
	toks := d.Sents[si].Toks
	end := v
	if end > 0 && toks[end-1].Text == "," {
		end--
		// "A and B, chairman of X, reached": the second person's post,
		// set off by commas, closes the subject (appositionThenAnd).
		for o := end - 1; o > 0 && o >= end-20; o-- {
			if toks[o].Text == "," {
				if appositionEnd(toks, o) == end {
					end = o
				}
				break
			}
		}
	}
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.J == end && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return true
		}
	}
	return false
}

// reachVerbs, reachedModifiers, reachedObjects and reachedAdverbs spell
// "A and B (today) reached (a full) agreement" (lexicon).
var (
	reachVerbs       = lex("reachVerbs")
	reachedModifiers = lex("reachedModifiers")
	reachedObjects   = lex("reachedObjects")
	reachedAdverbs   = lex("reachedAdverbs")
	bareTimeWords    = lex("bareTimeOpeners")
)

// viewsExchanged: the noun "exchange" at k, with "of views" after it and
// an article and a verb of holding before it, is a conversation of the
// clause's people, as communiques and agencies tell talks: "A and B had
// an in-depth exchange of views", "the delegations had a long exchange of
// views", "held a cordial and frank exchange of views with C". Up to
// six lower-case words, hyphens and commas stand between the article and
// the noun; a capitalized word or a name there ends it. "Exchange" as a
// verb ("exchanged views"), a prisoner exchange or "an exchange of notes"
// is no such talk. The caller wants two people named in the sentence:
// "The two presidents, who met in X last year, had a frank exchange of
// views" restates the talks told before it through an anaphor (p955)
// (the three-hundred-and-twenty-first round, p1962).
func viewsExchanged(toks []text.Token, k int) bool {
	t := toks[k]
	if t.Cap || t.Lower != "exchange" || k+2 >= len(toks) || toks[k+1].Lower != "of" || toks[k+2].Lower != "views" {
		return false
	}
	for e := k - 1; e >= 1 && e >= k-7; e-- {
		w := toks[e]
		switch {
		case w.Lower == "a" || w.Lower == "an":
			return viewsExchangeVerbs[toks[e-1].Lower]
		case w.Text == "-" || w.Text == ",":
		case !w.Word || w.Cap:
			return false
		}
	}
	return false
}

var viewsExchangeVerbs = lex("viewsExchangeVerbs")

// viewsExchangedWith: the verb at k exchanges views with someone, a
// conversation as agencies and readouts tell talks: "A exchanged views
// with B", "A exchanged views on the border question with B". Between
// "views" and "with" may stand a topic phrase ("on", "about") of up to
// six lower-case words; a comma ("exchanged views, by letter, with B") or
// a capitalized word ends it. The person after "with" is the frame's to
// find, as for "held talks with" (the four-hundred-and-seventy-seventh
// round, p2896, p2897, p1816).
func viewsExchangedWith(toks []text.Token, k int) bool {
	if toks[k].Cap || !viewsWithVerbs[toks[k].Lower] || k+2 >= len(toks) || !exchangedViews[toks[k+1].Lower] {
		return false
	}
	if toks[k+2].Lower == "with" {
		return true
	}
	if !viewsTopicPreps[toks[k+2].Lower] {
		return false
	}
	for e := k + 3; e < len(toks) && e <= k+9; e++ {
		w := toks[e]
		switch {
		case w.Lower == "with":
			return true
		case w.Text == "-":
		case !w.Word || w.Cap:
			return false
		}
	}
	return false
}

var (
	viewsWithVerbs  = lex("viewsWithVerbs")
	exchangedViews  = lex("exchangedViews")
	viewsTopicPreps = lex("viewsTopicPreps")
)
