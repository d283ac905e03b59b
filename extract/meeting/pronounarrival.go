package meeting

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// arrivalPresenceVerbs put their subject in the city after "in" or "to"
// (lexicon, round 223).
var arrivalPresenceVerbs = lex("arrivalPresenceVerbs")

// pronounArrival: sentence si opens with "He" or "She" and tells a
// meeting; the sentence right before puts one of its participants in a
// city ("A day earlier, X was in Kyiv. He held talks with Z", "X arrived
// in Y on Sunday. She met Z"): the meeting was in that city. It returns
// the city and that sentence, or "" and -1 when the shape is not there.
// The subject must be the participant: "Z's envoy was in Y. He met W" about another
// person does not count, nor a city in a quote.
func (d *Reader) pronounArrival(si int, parts []int) (string, int) {
	return d.pronounAfterCity(si, parts, false, func(pt []text.Token, m mention.Mention) int {
		if m.I < 3 {
			return -1
		}
		prep, v := pt[m.I-1].Lower, m.I-2
		if prep != "in" && prep != "to" || !arrivalPresenceVerbs[pt[v].Lower] {
			return -1
		}
		if (pt[v].Lower == "was" || pt[v].Lower == "were") && prep != "in" {
			return -1
		}
		return v
	})
}

// pronounAfterCity: sentence si opens with "He" or "She", and the sentence
// right before puts someone in a city by the verb that verb finds for a
// city mention there (its index, or -1 when the mention does not fit).
// It returns the city and that sentence when the verb's subject is one of
// parts (or, with visitor, the visitor that sentence describes), "" and
// -1 otherwise: the first city that fits is someone else's.
func (d *Reader) pronounAfterCity(si int, parts []int, visitor bool, verb func(pt []text.Token, m mention.Mention) int) (string, int) {
	if si < 1 || d.Sents[si-1].Title {
		return "", -1
	}
	toks := d.Sents[si].Toks
	if len(toks) == 0 || toks[0].Lower != "he" && toks[0].Lower != "she" {
		return "", -1
	}
	ps := si - 1
	pt := d.Sents[ps].Toks
	for _, m := range d.Ments[ps] {
		if m.Kind != mention.City || m.Actor >= 0 || d.Sents[ps].Quoted[m.I] {
			continue
		}
		v := verb(pt, m)
		if v < 0 {
			continue
		}
		if subj := d.subjectBefore(ps, v); subj >= 0 && containsInt(parts, subj) {
			return m.City, ps
		}
		if visitor {
			if subj := d.ref.Visitor(ps, -2, 0, v); subj >= 0 && containsInt(parts, subj) {
				return m.City, ps
			}
		}
		return "", -1
	}
	return "", -1
}

// urgeToMeetVerbs take a person and the infinitive of a meeting they
// should hold (lexicon, round 223).
var urgeToMeetVerbs = lex("urgeToMeetVerbs")

// urgedMeeting: the meeting predicate at k is an infinitive ("to talk",
// "to hold talks", "to meet") whose "to" follows, within six words, a
// verb urging someone to it ("urged A to talk to B", "to help persuade
// the rebels to talk to the government"): the meeting is only wished
// for. A purpose "to" after a trip ("flew to X to meet Y") has no such
// verb before it.
func urgedMeeting(toks []text.Token, k, cs int) bool {
	to := -1
	for e := k - 1; e >= max(cs, k-3); e-- {
		if toks[e].Lower == "to" {
			to = e
			break
		}
	}
	if to < 0 {
		return false
	}
	for e := to - 1; e >= max(cs, to-6); e-- {
		if toks[e].Text == "," || toks[e].Text == ";" {
			return false
		}
		if urgeToMeetVerbs[toks[e].Lower] {
			return true
		}
	}
	return false
}

// arrivalSpotNouns name where a traveller is met on arrival (lexicon,
// the two-hundred-and-fifty-fourth round).
var arrivalSpotNouns = lex("arrivalSpotNouns")

// greetedOnArrival: the sentence tells a reception at the spot of arrival
// — "at the airport", "on the tarmac", "at Kotoka International
// Airport", "on arrival": a preposition ("at", "on", "upon"), then within
// five words a noun of lexicon arrivalSpotNouns. After a sentence that
// tells the arrival, such a reception is on the arrival's day, while
// "He was received by the President" may be the next day (p948).
func greetedOnArrival(toks []text.Token) bool {
	for i, t := range toks {
		if !arrivalSpotNouns[t.Lower] {
			continue
		}
		for e := i - 1; e >= 0 && e >= i-5; e-- {
			if l := toks[e].Lower; l == "at" || l == "on" || l == "upon" {
				return true
			}
			if !toks[e].Word {
				break
			}
		}
	}
	return false
}

// departureVerbs put their subject in the city right after them, which
// the subject leaves: "X left Kathmandu on Sunday" (lexicon, the
// two-hundred-and-fifty-fourth round).
var departureVerbs = lex("departureVerbs")

// pronounDeparture: sentence si opens with "He" or "She" and tells a
// send-off at the spot of departure ("He was seen off at the airport by
// Z"); the sentence right before has one of its participants leave a
// city ("The prime minister had left X on Sunday morning"): the send-off
// was in that city, not where the trip went (p1325), on the day of the
// departure. It returns the city and that sentence, or "" and -1 when
// the shape is not there.
func (d *Reader) pronounDeparture(si int, parts []int) (string, int) {
	return d.pronounAfterCity(si, parts, true, func(pt []text.Token, m mention.Mention) int {
		if m.I < 2 || !departureVerbs[pt[m.I-1].Lower] {
			return -1
		}
		v := m.I - 1
		if pt[v-1].Lower == "had" || pt[v-1].Lower == "has" {
			v--
		}
		return v
	})
}
