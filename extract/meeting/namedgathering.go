package meeting

import (
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/text"
)

// namedGatheringCity: a clause that puts its meeting "at the Munich
// Security Conference", "during the Lisbon Summit" or "on the margins of
// the Geneva conference" names the city of the gathering in the
// gathering's own name, a capitalised run that opens with a city of the
// gazetteer and ends with a gathering noun ("summit", "conference",
// "forum"). The meeting took place there: the dateline's city or the one
// a story told before is where the reporter files, not where the sideline
// meeting was. Only after "at", "during" or a sideline noun's "of", so
// that "the outcome of the Paris conference" or "after the London
// summit" place nothing. A town of the gazetteer's towns list (as often
// a word or a surname as a place) does not count.
func (d *Reader) namedGatheringCity(si, cs, ce int) string {
	toks := d.Sents[si].Toks
	for e := cs; e+2 < ce; e++ {
		if toks[e].Lower != "the" || !gatheringLead(toks, e) {
			continue
		}
		k, _ := gazetteer.PhraseKey(toks[e+1].Text)
		c, ok := d.G.Phrases[k]
		if !ok || c.Kind != gazetteer.City || c.Minor || !toks[e+1].Cap {
			continue
		}
		if gatheringNameEnds(toks, e+2, ce) {
			return c.City
		}
	}
	return ""
}

// gatheringLead: the "the" at e follows "at", "during" or "sidelines of"
// ("margins of"), the prepositions that set a meeting at a gathering.
func gatheringLead(toks []text.Token, e int) bool {
	if e == 0 {
		return false
	}
	switch toks[e-1].Lower {
	case "at", "during":
		return true
	case "of":
		return e >= 2 && sidelineNouns[toks[e-2].Lower]
	}
	return false
}

// gatheringNameEnds: from f, up to three more capitalised words and then
// a gathering noun, itself capitalised when any word came before it
// ("Munich Security Conference", "Geneva conference"), close the name.
func gatheringNameEnds(toks []text.Token, f, ce int) bool {
	for n := 0; f+n < ce && n <= 3; n++ {
		t := toks[f+n]
		if gatheringEvents[t.Lower] {
			return n == 0 || t.Cap
		}
		if !t.Word || !t.Cap {
			return false
		}
	}
	return false
}

// NamedGatheringCity is namedGatheringCity for readers outside the
// package: the city a gathering's name opens with, in [cs, ce) of
// sentence si ("on the sidelines of the Munich Security Conference").
func (d *Reader) NamedGatheringCity(si, cs, ce int) string {
	return d.namedGatheringCity(si, cs, ce)
}
