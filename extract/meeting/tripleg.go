package meeting

import (
	"slices"
	"time"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/mention"
)

// tripLegVerbs open a leg of a trip in a city, right before "in" or "to"
// and the city, or with the day between ("The trip began on Sunday in X",
// "the tour opened in Y"); with arrivalInVerbs they tell where a traveller
// is on that day (tripLegBefore; the two-hundred-and-forty-third round).
var tripLegVerbs = lex("tripLegVerbs")

// tripLegBefore: the sentence right before si, in the same paragraph,
// tells one leg of a trip ("The trip began on Sunday in X", "On Monday
// evening he landed in Y", "On Monday he travelled on to Z"): a trip verb
// (arrivalInVerbs, tripLegVerbs), then within six words "in" or "to" and
// the one city or state the sentence names, and one day, not after the
// news. A meeting of sentence si that tells no date of its own and names
// no place but that city, or a city of that state, was held on that day
// ("At the Presidential Palace, the Chancellor held talks with X", "In W
// he met V"): readouts and wire copy tell a visit's stops a sentence each
// and the meetings in the next. It returns the leg's city ("" for a state)
// and the day, or "", "" when the shape is not there. A sequence word
// ("had", "later", "after") in either sentence sets the leg apart from
// the meeting's time ("X arrived in Y on Sunday. She later met Z";
// arrivalSequenceWords), and a quote sets the place apart.
func (d *Reader) tripLegBefore(si int) (string, string) {
	if si < 1 || d.printed.IsZero() {
		return "", ""
	}
	ps := si - 1
	s, p := &d.Sents[si], &d.Sents[ps]
	if p.Title || s.Line != p.Line {
		return "", ""
	}
	if len(frame.FindDates(s.Toks, 0, len(s.Toks), d.published)) > 0 {
		return "", ""
	}
	pt := p.Toks
	city, state, found := "", "", false
	for _, m := range d.Ments[ps] {
		if m.Kind != mention.City && m.Kind != mention.State || m.Actor >= 0 && m.Kind == mention.City {
			continue
		}
		if m.I < 2 || pt[m.I-1].Lower != "in" && pt[m.I-1].Lower != "to" {
			continue // "Senegal, Niger and South Africa" named otherwise
		}
		if found || p.Quoted[m.I] {
			return "", ""
		}
		for v := m.I - 2; v >= 0 && v >= m.I-7; v-- {
			if arrivalInVerbs[pt[v].Lower] || tripLegVerbs[pt[v].Lower] {
				found = true
				break
			}
			if !pt[v].Word {
				break
			}
		}
		if !found {
			return "", ""
		}
		if m.Kind == mention.City {
			city, state = m.City, d.cityCountry(m.City)
		} else {
			state = m.Code
		}
	}
	if !found {
		return "", ""
	}
	for _, m := range d.Ments[si] {
		switch {
		case m.Kind == mention.City && (city != "" && m.City != city || city == "" && d.cityCountry(m.City) != state):
			return "", "" // another city than the leg's
		case m.Kind == mention.State && m.I > 0 && otherCityCues[s.Toks[m.I-1].Lower]:
			return "", ""
		}
	}
	for _, t := range append(slices.Clip(pt), s.Toks...) {
		if arrivalSequenceWords[t.Lower] {
			return "", "" // "X arrived in Y on Sunday. She later met Z": not that day
		}
	}
	ds := frame.FindDates(pt, 0, len(pt), d.published)
	if len(ds) != 1 || len(ds[0].Value) != len("2006-01-02") || ds[0].Days > 0 {
		return "", ""
	}
	t, err := time.Parse("2006-01-02", ds[0].Value)
	if err != nil || t.After(d.printed) {
		return "", ""
	}
	return city, ds[0].Value
}
