package meeting

import (
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Speakers at a gathering: an address to a hall ("A spoke in the morning
// session", "A and B both gave speeches at the forum") tells who was in
// the room, not who met whom. Summits, conferences and forums have many
// speakers who never sit down together.

// spokeAtOccasion: the weak predicate at k ("spoke", "speaks") is
// followed by "at", "in", "during" or "before" and, within three
// lower-case words, a sitting of a gathering ("spoke in the morning
// session", "spoke at the plenary"): an address, not a conversation.
func spokeAtOccasion(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || !speakVerbs[toks[k].Lower] || !occasionPreps[toks[k+1].Lower] {
		return false
	}
	return nounWithin(toks, k+2, k+5, addressOccasions)
}

// spokeOut: the weak predicate at k ("spoke", "speak", "talked") is
// followed by a particle that makes it a public stand ("spoke out
// against X", "speak up for X", "talked up the plan"): X is what the
// speaker stood for or against, not someone spoken with.
func spokeOut(toks []text.Token, k int) bool {
	return k+1 < len(toks) && (speakVerbs[toks[k].Lower] || talkVerbs[toks[k].Lower]) && standParticles[toks[k+1].Lower]
}

// SpokeOut reports whether the sentence holds a public stand (spokeOut).
func SpokeOut(toks []text.Token) bool {
	for k := range toks {
		if spokeOut(toks, k) {
			return true
		}
	}
	return false
}

// spokeToPress: the weak predicate at k ("spoke", "talked") has the
// press for its hearer ("A and B spoke to reporters", "talked with
// waiting journalists", "spoke to the press"): each briefed the press,
// which says nothing of the two speaking with each other.
func spokeToPress(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || !speakVerbs[toks[k].Lower] && !talkVerbs[toks[k].Lower] ||
		toks[k+1].Lower != "to" && toks[k+1].Lower != "with" {
		return false
	}
	// Up to two lower-case words ("the", "waiting", "local") before the
	// press noun.
	return nounWithin(toks, k+2, k+4, pressHearers)
}

// nounWithin: a word of nouns stands in toks[from..last], reached over
// lower-case words only ("at the morning session", "to waiting
// reporters").
func nounWithin(toks []text.Token, from, last int, nouns map[string]bool) bool {
	for e := from; e < len(toks) && e <= last; e++ {
		t := toks[e]
		if nouns[t.Lower] {
			return true
		}
		if !t.Word || t.Cap {
			return false
		}
	}
	return false
}

// addressClause: the clause cs..ce says its people gave an address
// ("gave speeches", "delivered remarks"), spoke at a sitting, or
// "addressed" one.
func addressClause(toks []text.Token, cs, ce int) bool {
	for e := cs; e < ce && e < len(toks); e++ {
		switch l := toks[e].Lower; {
		case addressGiveVerbs[l]:
			for f := e + 1; f < ce && f <= e+3; f++ {
				if addressNouns[toks[f].Lower] {
					return true
				}
			}
		case l == "addressed":
			return true
		case speakVerbs[l] && spokeAtOccasion(toks, e):
			return true
		}
	}
	return false
}

var (
	addressOccasions = lex("addressOccasions")
	addressNouns     = lex("addressNouns")
	speakVerbs       = lex("addressSpeakVerbs")
	talkVerbs        = lex("standTalkVerbs")
	standParticles   = lex("standParticles")
	pressHearers     = lex("pressHearers")
	occasionPreps    = lex("addressPreps")
	addressGiveVerbs = lex("addressGiveVerbs")
)

// sharedMeal: the noun at k is a meal that a have-verb takes, within two
// words before it, and that "with" follows: "had breakfast with X", "had
// a working lunch with Y", "hosted a dinner with Z". Sitting at one table
// is an encounter, as a meeting is.
func sharedMeal(toks []text.Token, k int) bool {
	if !mealNouns[toks[k].Lower] && !sessionNouns[toks[k].Lower] || k+1 >= len(toks) {
		return false
	}
	if toks[k+1].Lower != "with" && !(mealNouns[toks[k].Lower] && mealTimeThenWith(toks, k+1)) {
		return false
	}
	return mealVerbAt(toks, k, mealVerbs) >= 0
}

// mealTimeThenWith: from e, a short time adjunct and then "with" — "had
// dinner late on Sunday with X", "had a working breakfast today with Y"
// — as wire and agency copy put the time between the meal and its
// company (issue 14's five-hundred-and-seventieth round; p3452, p2286).
// Up to four words of the mealTimeWords section or weekdays, at least
// one of them a time word proper; a comma, a name or any other word ends
// the adjunct ("had dinner at the embassy with X" is left as it was).
func mealTimeThenWith(toks []text.Token, e int) bool {
	timed := false
	for n := e; n < len(toks) && n <= e+4; n++ {
		t := toks[n]
		_, weekday := lexicon.Weekdays[t.Lower]
		switch {
		case t.Lower == "with":
			return timed && n > e
		case weekday || mealTimeWords[t.Lower] && !mealTimeLinks[t.Lower]:
			timed = true
		case mealTimeLinks[t.Lower]:
		default:
			return false
		}
	}
	return false
}

// mealVerbAt is the verb of the list that takes the meal noun at k,
// within three lower-case words before it ("had a working lunch"), or -1.
func mealVerbAt(toks []text.Token, k int, verbs map[string]bool) int {
	for e := k - 1; e >= 0 && e >= k-3; e-- {
		if verbs[toks[e].Lower] {
			return e
		}
		if !toks[e].Word || toks[e].Cap {
			return -1
		}
	}
	return -1
}

// mealToCome: the verb of the meal at k is an infinitive after "to" —
// "is to give a luncheon for X", "to have dinner with Y" — a meal to come,
// as "to meet" is one, unless the "to" opens the purpose of a trip told
// before it ("flew to X to have dinner with Y"; when.go tripPurpose).
func mealToCome(toks []text.Token, k, cs int) bool {
	if !mealNouns[toks[k].Lower] {
		return false
	}
	v := mealVerbAt(toks, k, guestMealVerbs)
	if v < 0 {
		v = mealVerbAt(toks, k, haveMealVerbs)
	}
	if v < 1 || v-1 < cs || toks[v-1].Lower != "to" {
		return false
	}
	from := cs
	for e := v - 2; e >= cs; e-- {
		if toks[e].Text == "," {
			from = e + 1
			break
		}
	}
	return !tripPurpose(toks, from, v-1)
}

// mealGuest is the word that opens the guest of the meal at k (the "for"
// of "for X", the "of" of "in honour of X"), or -1 when the meal has
// none. The guest may stand up to ten words after the noun, past a time
// and a place phrase as a state agency tells them ("gave a banquet in
// the evening at the X House in honour of Y", the two-hundred-and-
// fifteenth round, p1323); a comma or a clause word still ends the search.
func mealGuest(toks []text.Token, k int) int {
	if !mealNouns[toks[k].Lower] || mealVerbAt(toks, k, guestMealVerbs) < 0 {
		return -1
	}
	for e := k + 1; e < len(toks) && e <= k+10; e++ {
		t := toks[e]
		switch {
		case t.Lower == "for" && e+1 < len(toks) && !toks[e+1].Word:
			return -1
		case t.Lower == "for":
			return e
		case t.Lower == "in" && e+2 < len(toks) && honourWords[toks[e+1].Lower] && toks[e+2].Lower == "of":
			return e + 2 // "in honour of X"
		case t.Lower == "in" && possessiveHonour(toks, e):
			return e // "in X's honour": the guest's name right after "in"
		case !t.Word || clauseStops[t.Lower]:
			return -1
		}
	}
	return -1
}

// possessiveHonour: "in" at e opens the guest's name told in the
// possessive before an honourWord — "gave a dinner in Mr. X's honour",
// "a state dinner in President Y's honor" — the same guest as "in honour
// of X", in the word order an older broadsheet or wire story keeps (the
// four-hundred-and-thirteenth round, p2511). Up to five capitalised words
// (a title, an honorific and its period, the name) stand between "in"
// and the "'s"; a pronoun ("in his honour") names no one here.
func possessiveHonour(toks []text.Token, e int) bool {
	for j := e + 1; j < len(toks) && j <= e+6; j++ {
		t := toks[j]
		switch {
		case t.Text == "'s" || t.Text == "'":
			return j > e+1 && j+1 < len(toks) && honourWords[toks[j+1].Lower]
		case t.Text == "." && j > e+1 && honorifics[toks[j-1].Lower]:
		case !t.Word || !t.Cap:
			return false
		}
	}
	return false
}

// jointBetween: tokens [i, j) join two names as one subject: "and" with
// nothing but the words of a title ("A and President B").
func jointBetween(toks []text.Token, i, j int) bool {
	and := false
	for e := i; e < j; e++ {
		switch {
		case toks[e].Lower == "and":
			and = true
		case !toks[e].Word || !toks[e].Cap:
			return false
		}
	}
	return and
}

// jointMeal: the meal noun at k, taken by "had" (not "hosted"), has no
// guest after it and a joint subject before the verb: "A and B had
// dinner at the embassy", "the two leaders had lunch". Persons counted
// before the verb in its clause, two at least and joined by "and".
func (d *Reader) jointMeal(si, k int) bool {
	toks := d.Sents[si].Toks
	if !mealNouns[toks[k].Lower] || k+1 < len(toks) && (toks[k+1].Lower == "with" || toks[k+1].Lower == "for") {
		return false
	}
	v := mealVerbAt(toks, k, haveMealVerbs)
	if v < 1 {
		return false
	}
	cs, ce := d.Sents[si].Clause(v)
	cs, _, _, _ = frame.Conjunct(toks, cs, ce, v) // "A had lunch, and B had dinner": B's conjunct alone
	if e := v - 1; toks[e].Lower == "leaders" || postHolderNouns[toks[e].Lower] {
		return e >= 2 && (toks[e-1].Lower == "two" || toks[e-1].Lower == "both") // "the two leaders had lunch"
	}
	return d.jointPersons(si, cs, v)
}

// instrumentsExchanged: the verb at k exchanges the instruments of a
// ratification ("A and B exchanged the instruments of ratification",
// "exchanged the ratification documents", "exchanged ratifications"),
// the act that brings a treaty into force and the two who perform it
// together, and its subject joins two named persons as jointMeal's
// does (the hundred-and-seventy-second round, p1064). Sides told by
// their states alone ("A and B exchanged the instruments") may have
// exchanged through envoys and are no encounter read here; nor are
// "exchanged views" or "exchanged notes on the plan".
func (d *Reader) instrumentsExchanged(si, k int) bool {
	toks := d.Sents[si].Toks
	if !exchangeVerbs[toks[k].Lower] || !ratificationObject(toks, k) {
		return false
	}
	cs, ce := d.Sents[si].Clause(k)
	cs, _, _, _ = frame.Conjunct(toks, cs, ce, k)
	return d.jointPersons(si, cs, k)
}

// jointPersons: sentence si names at least two persons, two of them
// joined by "and", between token cs and the verb at k ("A and B had
// lunch", "A and B exchanged ...").
func (d *Reader) jointPersons(si, cs, k int) bool {
	toks := d.Sents[si].Toks
	persons, and, prevEnd := 0, false, -1
	for _, m := range d.Ments[si] {
		if m.I < cs || m.J > k {
			continue
		}
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			if persons > 0 && jointBetween(toks, prevEnd, m.I) {
				and = true
			}
			persons, prevEnd = persons+1, m.J
		}
	}
	return persons >= 2 && and
}

// ratificationObject: the object of the verb at k is the instruments of
// a ratification: "the instruments of ratification", "instruments of
// ratification", "the ratification instruments", "ratifications".
func ratificationObject(toks []text.Token, k int) bool {
	e := k + 1
	if e < len(toks) && toks[e].Lower == "the" {
		e++
	}
	at := func(i int, set map[string]bool) bool { return i < len(toks) && set[toks[i].Lower] }
	switch {
	case at(e, ratificationPapers):
		return e+2 < len(toks) && toks[e+1].Lower == "of" && ratificationNouns[toks[e+2].Lower]
	case at(e, ratificationNouns):
		return toks[e].Lower == "ratifications" || at(e+1, ratificationPapers)
	}
	return false
}

var (
	mealNouns      = lex("mealNouns")
	entertainVerbs = lex("entertainVerbs")
	mealVerbs      = lex("mealVerbs")
	mealTimeWords  = lex("mealTimeWords")
	mealTimeLinks  = lex("mealTimeLinks")
	haveMealVerbs  = lex("haveMealVerbs")
	guestMealVerbs = lex("guestMealVerbs")
	honourWords    = lex("honourWords")
	clauseStops    = lex("clauseBreaks")

	exchangeVerbs      = lex("instrumentExchangeVerbs")
	ratificationPapers = lex("ratificationPapers")
	ratificationNouns  = lex("ratificationNouns")
)

// audienceWith: the noun at k is an audience that "with" follows: "had an
// audience with President X", "after his audience with the king". A
// ruler receiving someone is an encounter, as a visit received is.
func audienceWith(toks []text.Token, k int) bool {
	return audienceNouns[toks[k].Lower] && k+1 < len(toks) && toks[k+1].Lower == "with"
}

var audienceNouns = lex("audienceNouns")

// spentWith: the verb at k spends a stretch of a day in someone's
// company: "spent the afternoon with X", "spent much of Wednesday with
// Y". Up to five lower-case words (or a weekday) stand between the verb
// and "with", one of them a stretch of a day; a longer stretch ("spent
// years with the rebels") or a comma between is no encounter. Five, not
// four: the stretch is often told with its measure and its day, "spent
// an hour on Wednesday afternoon with X", "spent more than five hours
// today with Y", "spent three and a half hours with Z" (issue 14's
// five-hundred-and-seventieth round; p3454, p1058, p1103). After the
// stretch, a place may come before "with" (spentPlace): "spent five
// hours at 10 Downing Street with X" (the hundred-and-ninety-seventh
// round, p1216).
func spentWith(toks []text.Token, k int) bool {
	if !spendVerbs[toks[k].Lower] {
		return false
	}
	span := false
	for e := k + 1; e < len(toks) && e <= k+6; e++ {
		t := toks[e]
		_, weekday := lexicon.Weekdays[t.Lower]
		switch {
		case t.Lower == "with":
			return span
		case spendSpans[t.Lower] || weekday:
			span = true
		case span && spentPlaceLeads[t.Lower]:
			if w := spentPlace(toks, e); w > 0 {
				return true
			}
			return false
		case !t.Word || t.Cap:
			return false
		}
	}
	return false
}

// spentPlace: the preposition at e ("at", "in") opens a named place —
// capitalized words and numbers, "the" and "of" between them ("at 10
// Downing Street", "in the Hofburg", "at the Palace of Nations") — that
// "with" follows right after. Its index is returned, 0 when the phrase
// is not one: "spent the afternoon at a hotel with X" is a place of no
// name, and a comma or a lower-case word ends the phrase before "with".
func spentPlace(toks []text.Token, e int) int {
	named := false
	for n := e + 1; n < len(toks) && n <= e+7; n++ {
		t := toks[n]
		switch {
		case t.Lower == "with":
			if named {
				return n
			}
			return 0
		case t.Word && t.Cap || mention.IsNumber(t.Text):
			named = true
		case t.Lower == "the" && !named, t.Lower == "of" && named:
		default:
			return 0
		}
	}
	return 0
}

var spentPlaceLeads = lex("spentPlaceLeads")

var (
	spendVerbs = lex("spendVerbs")
	spendSpans = lex("spendSpans")
)

// sidelineDate: a clause at cs of sentence si that opens "On the margins
// (sidelines) of the <gathering>" with no date of its own took place on
// the gathering's day, when one of the six sentences before names that
// gathering's noun with a day ("took part today in the ministerial
// meeting ... On the margins of the meeting, X met Y"; "chaired the
// summit on Sunday ... On the margins of the summit, X met Y"). "" when
// none does.
func (d *Reader) sidelineDate(si, cs int) string {
	date := ""
	d.sidelineGathering(si, cs, func(ps, k, pcs, pce int) bool {
		date = d.dateOf(ps, k, pcs, pce, graph.Held)
		if len(date) != len("2006-01-02") {
			date = ""
		}
		return date != ""
	})
	return date
}

// sidelinePlace: a clause that opens "On the sidelines (margins) of the
// <gathering>" with no place of its own took place where the gathering
// was, told in one of the six sentences before ("arrived in X on Sunday
// for the summit ... On the sidelines of the summit, A met B"; p113, p90).
func (d *Reader) sidelinePlace(si, cs int) string {
	place := ""
	d.sidelineGathering(si, cs, func(ps, k, pcs, pce int) bool {
		place = d.PlaceOf(ps, k, pcs, pce)
		return place != ""
	})
	return place
}

// sidelineGathering calls found with each earlier mention of the
// gathering a sideline phrase at the start of the clause at cs of
// sentence si names (its head noun, nearest sentence first), until found
// returns true.
func (d *Reader) sidelineGathering(si, cs int, found func(ps, k, pcs, pce int) bool) {
	toks := d.Sents[si].Toks
	head := ""
	for e := cs; e+3 < len(toks) && e <= cs+3; e++ {
		if !sidelineNouns[toks[e].Lower] || toks[e+1].Lower != "of" || toks[e+2].Lower != "the" {
			continue
		}
		for f := e + 3; f < len(toks) && f <= e+6; f++ {
			if !toks[f].Word || toks[f].Cap {
				break
			}
			head = toks[f].Lower
		}
		break
	}
	if head == "" {
		return
	}
	for ps := si - 1; ps >= 0 && ps >= si-6; ps-- {
		for k, t := range d.Sents[ps].Toks {
			if t.Lower != head {
				continue
			}
			pcs, pce := d.Sents[ps].Clause(k)
			if found(ps, k, pcs, pce) {
				return
			}
		}
	}
}

// simultaneousClause: the clause at cs opens with ", while" (or
// "whilst"): two events told side by side in one sentence, at one time
// ("Gedion met X at the ministry, while State Minister Y received Z";
// p150, p151, p149).
func simultaneousClause(toks []text.Token, cs int) bool {
	for e := cs - 1; e >= 1 && e >= cs-2; e-- {
		if simultaneityWords[toks[e].Lower] {
			return toks[e-1].Text == ","
		}
	}
	return cs < len(toks) && cs >= 1 && simultaneityWords[toks[cs].Lower] && toks[cs-1].Text == ","
}

var simultaneityWords = lex("simultaneityWords")

// welcomeCeremonyNouns, welcomeCeremonyMods and ceremonyHostVerbs shape a
// welcome given by a host for a guest (welcomeCeremonyGuest; lexicon, the
// two-hundred-and-fifty-fourth round).
var (
	welcomeCeremonyNouns = lex("welcomeCeremonyNouns")
	welcomeCeremonyMods  = lex("welcomeCeremonyMods")
	ceremonyHostVerbs    = lex("ceremonyHostVerbs")
)

// welcomeCeremonyGuest: the noun at k is a welcome ceremony ("welcome
// ceremony", "welcoming ceremony") that a host verb up to four words
// before it holds ("chaired the official welcome ceremony", "hosted a
// welcoming ceremony", "presided over the welcome ceremony"), with "for"
// within three words after it: the index of "for", whose person is the
// guest, as a luncheon hosted "for" a guest is (mealForGuest; p1557).
// -1 otherwise: "attended the welcome ceremony" names no host, and "a
// ceremony for the victims" no welcome.
func welcomeCeremonyGuest(toks []text.Token, k int) int {
	if !welcomeCeremonyNouns[toks[k].Lower] || k < 2 || !welcomeCeremonyMods[toks[k-1].Lower] {
		return -1
	}
	host := false
	for e := k - 2; e >= 0 && e >= k-5; e-- {
		if ceremonyHostVerbs[toks[e].Lower] || toks[e].Lower == "over" && e > 0 && ceremonyHostVerbs[toks[e-1].Lower] {
			host = true
			break
		}
		if !toks[e].Word || toks[e].Cap {
			break
		}
	}
	if !host {
		return -1
	}
	for e := k + 1; e < len(toks) && e <= k+3; e++ {
		if toks[e].Lower == "for" {
			if e+1 < len(toks) && toks[e+1].Word {
				return e
			}
			return -1
		}
		if !toks[e].Word {
			return -1
		}
	}
	return -1
}

// timeTogether: the verb at k ("had", "spent") counts a stretch of a
// day its clause's people passed in each other's company: "A and B had
// more than two hours together", "the envoys had forty minutes alone",
// "spent about three hours together". Up to seven
// lower-case words or numbers stand between the verb and "together" or
// "alone", one of them a stretch of minutes or hours; a longer stretch
// ("had years together") is a shared past, and a comma or a name
// between ends the phrase. The encounter is told by the time it took,
// with no meeting word (the three-hundred-and-twenty-first round, p1958,
// p1961).
func timeTogether(toks []text.Token, k int) bool {
	if !timeTogetherVerbs[toks[k].Lower] {
		return false
	}
	span := false
	for e := k + 1; e < len(toks) && e <= k+8; e++ {
		t := toks[e]
		switch {
		case timeTogetherTails[t.Lower]:
			return span && e > k+1
		case timeTogetherSpans[t.Lower]:
			span = true
		case mention.IsNumber(t.Text):
		case !t.Word || t.Cap:
			return false
		}
	}
	return false
}

var (
	timeTogetherVerbs = lex("timeTogetherVerbs")
	timeTogetherSpans = lex("timeTogetherSpans")
	timeTogetherTails = lex("timeTogetherTails")
)

// entertainedAtMeal: the verb at k is one of entertaining a guest and a
// meal follows it in the clause, past the guest: "X entertained Y at
// dinner", "entertained the President at a state dinner", "entertained
// the Sultan of Z, W, at luncheon" (issue 14's five-hundred-and-thirty-
// ninth round: p3266, p3243, p1652). Host and guest sat at one table, as
// "gave a dinner for Y" tells. "at" (or "to") opens the meal, at most three
// words before its noun; the meal stands within twelve words of the verb,
// no clause break between. "entertained hopes of a deal" names no meal
// and stays unread.
func entertainedAtMeal(toks []text.Token, k int) bool {
	// The guest follows the verb by name or title ("entertained
	// President Y", "entertained the Sultan"), not a lower-case noun
	// ("entertained hopes", "entertained the crowd").
	if !entertainVerbs[toks[k].Lower] || k+2 >= len(toks) || !toks[k+1].Cap && !(toks[k+1].Lower == "the" && toks[k+2].Cap) {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+12; e++ {
		t := toks[e]
		if clauseStops[t.Lower] || t.Text == ";" || t.Text == "." {
			return false
		}
		if t.Lower != "at" && t.Lower != "to" {
			continue
		}
		for j := e + 1; j < len(toks) && j <= e+4; j++ {
			if mealNouns[toks[j].Lower] {
				// "at dinner time" is a time of day, not the meal.
				return j+1 >= len(toks) || !toks[j+1].Word || toks[j+1].Cap || !nounAfterMeal(toks[j+1].Lower)
			}
			if !toks[j].Word {
				break
			}
		}
	}
	return false
}

// nounAfterMeal: a word after a meal noun that makes it a modifier
// ("dinner time", "lunch hour") rather than the meal itself.
func nounAfterMeal(w string) bool {
	return w == "time" || w == "hour" || w == "hours" || w == "break" || w == "table"
}
