package meeting

import "github.com/parley-dev/parley/extract/mention"

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
		if m.Kind != mention.City || m.Actor >= 0 || m.I < 3 || d.Sents[ps].Quoted[m.I] {
			continue
		}
		prep, v := pt[m.I-1].Lower, m.I-2
		if prep != "in" && prep != "to" || !arrivalPresenceVerbs[pt[v].Lower] {
			continue
		}
		if (pt[v].Lower == "was" || pt[v].Lower == "were") && prep != "in" {
			continue
		}
		if subj := d.subjectBefore(ps, v); subj >= 0 && containsInt(parts, subj) {
			return m.City, ps
		}
		return "", -1 // the first arrival told is someone else's
	}
	return "", -1
}
