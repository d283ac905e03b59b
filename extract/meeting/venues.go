package meeting

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// VenuePlaces: a meeting told "at the presidential office" or "at the
// castle", with no place of its own, took place at a venue the story has
// already put a meeting at ("received X at the presidential office",
// "sat down at Northtown Castle ... were to meet Y at the castle"): the
// definite article points back to that venue, and the venue stands where
// the earlier meeting was placed, however far apart the two sentences or
// their dates (the three-hundred-and-seventy-eighth round). The earlier
// meeting matches by the same lower-case venue phrase ("presidential
// office"), or, for a bare venue noun ("the castle"), by a capitalized name
// ending in that noun ("Northtown Castle"). A sentence naming a city
// of its own keeps it, and a venue told at two places keeps none.
func (d *Reader) VenuePlaces(ms []Frame) {
	for i := range ms {
		m := &ms[i]
		if m.Place != "" || m.Status != graph.Held && m.Status != graph.Planned || !inPerson(*m) || d.namesAnyCity(m.Sent) {
			continue
		}
		phrase := definiteVenue(&d.Sents[m.Sent])
		if phrase == "" {
			continue
		}
		place := ""
		for j := range ms {
			p := ms[j]
			if p.Sent >= m.Sent || p.Place == "" || p.Status != graph.Held || !inPerson(p) || !venueNamed(&d.Sents[p.Sent], phrase) {
				continue
			}
			if place != "" && place != p.Place {
				place = ""
				break
			}
			place = p.Place
		}
		m.Place = place
	}
}

// namesAnyCity: sentence si names a city outside a quotation.
func (d *Reader) namesAnyCity(si int) bool {
	for _, m := range d.Ments[si] {
		if m.Kind == mention.City && !d.Sents[si].Quoted[m.I] {
			return true
		}
	}
	return false
}

// definiteVenue: the sentence tells its event "at the" and up to two
// lower-case words ending in a venue noun (venueNouns), outside a
// quotation: the phrase after "the" ("presidential office", "castle"),
// "" when none.
func definiteVenue(s *text.Sentence) string {
	toks := s.Toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Lower != "at" || toks[i+1].Lower != "the" || s.Quoted[i] {
			continue
		}
		for e := i + 2; e < len(toks) && e <= i+4 && toks[e].Word && !toks[e].Cap; e++ {
			if venueNouns[toks[e].Lower] {
				words := []string{}
				for _, t := range toks[i+2 : e+1] {
					words = append(words, t.Lower)
				}
				return strings.Join(words, " ")
			}
		}
	}
	return ""
}

// venueNamed: the sentence puts something "at" the venue phrase told by
// definiteVenue: "at the" and the same words, or, for a bare noun, "at
// the" and words closed by that noun ("at the royal palace") or "at" and
// a capitalized name closed by it ("at Northtown Castle").
func venueNamed(s *text.Sentence, phrase string) bool {
	told := definiteVenue(s)
	if told == phrase {
		return true
	}
	if strings.Contains(phrase, " ") {
		return false
	}
	if strings.HasSuffix(told, " "+phrase) {
		return true // "at the royal palace", then "at the palace"
	}
	toks := s.Toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Lower != "at" || !toks[i+1].Cap || s.Quoted[i] {
			continue
		}
		for e := i + 2; e < len(toks) && e <= i+4 && toks[e].Word && toks[e].Cap; e++ {
			if toks[e].Lower == phrase {
				return true
			}
		}
	}
	return false
}
