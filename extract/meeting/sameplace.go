package meeting

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// SamePlaces: a held meeting told with no place of its own whose sentence
// puts it "in the same building", "at the same venue", "on the same
// cruiser" or "in the same city" took place where the story's place last
// told was: the venue noun points back, not to a place it names. Its
// antecedent is the place of the nearest held meeting told before it
// with one ("met at the president's office in Town. In March X had tea
// with Y in the same building"); with none, the last city an earlier
// sentence puts something "in" or "at" ("The accord was initialled in
// Town. Its envoys had first talked a week before in the same city"); with none
// either, the city the story is set in (its dateline's). "The same room"
// and "the same table" tell two sides sat together, not where, and are
// no such anaphor (sameVenueNouns). Issue 14's two-hundred-and-
// seventieth round (p1656, p1466, p225, p609).
func (d *Reader) SamePlaces(ms []Frame) {
	for i := range ms {
		m := &ms[i]
		// A place that is only the dateline's city is no place of the
		// meeting's own: "in the same building" still points back (p1656,
		// whose Sapa dateline bareDayCredit reads: issue 14's
		// five-hundred-and-seventieth round).
		own := m.Place != "" && (d.dateline == "" || m.Place != d.storyCity())
		if own || m.Status != graph.Held || !inPerson(*m) || !sameVenuePhrase(d.Sents[m.Sent].Toks) {
			continue
		}
		place := ""
		best := -1
		for j := range ms {
			p := ms[j]
			if j == i || p.Place == "" || p.Sent >= m.Sent || p.Status != graph.Held || !inPerson(p) {
				continue
			}
			if best < 0 || p.Sent > ms[best].Sent {
				best = j
			}
		}
		if best >= 0 {
			place = ms[best].Place
		} else {
			place = d.lastCityBefore(m.Sent)
		}
		if place == "" {
			place = d.storyCity()
		}
		m.Place = place
	}
}

// sameVenuePhrase: toks hold "in", "at", "on" or "aboard", then "the
// same" and a noun of a place (sameVenueNouns).
func sameVenuePhrase(toks []text.Token) bool {
	for k := 0; k+3 < len(toks); k++ {
		switch toks[k].Lower {
		case "in", "at", "on", "aboard":
		default:
			continue
		}
		if toks[k+1].Lower == "the" && toks[k+2].Lower == "same" && sameVenueNouns[toks[k+3].Lower] {
			return true
		}
	}
	return false
}

var sameVenueNouns = lex("sameVenueNouns")

// lastCityBefore: the last city a sentence before si (headline aside)
// names after "in" or "at", "" when none does.
func (d *Reader) lastCityBefore(si int) string {
	for s := si - 1; s >= 0; s-- {
		if d.Sents[s].Title {
			continue
		}
		toks := d.Sents[s].Toks
		city := ""
		for _, mt := range d.Ments[s] {
			if mt.Kind == mention.City && mt.I > 0 && (toks[mt.I-1].Lower == "in" || toks[mt.I-1].Lower == "at") {
				city = mt.City
			}
		}
		if city != "" {
			return city
		}
	}
	return ""
}
