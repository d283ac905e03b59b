package mention

import (
	"strings"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
)

// Datelines: wire copy opens with the city it was filed from ("OSLO, May
// 27 —", "LIMA. Feb 3 (Agency) -", "March 4, 2024 (QUITO) –", "LIMA,
// AGENCY -", "LIMA, Peru —"). The article's "here" means that city.

// readDateline returns the city of a dateline opening toks, the words it
// is written with and the code of the city's country, or "".
func (d *scanner) readDateline(toks []text.Token) (city, form, code string) {
	if len(toks) < 3 {
		return "", "", ""
	}
	// "CITY, <date>", "CITY. <date>", "CITY (Agency)", "CITY —"
	if toks[0].Cap {
		if l, e := d.longestPhrase(toks, 0); l > 0 && e.Kind == gazetteer.City && l < len(toks) {
			cityLen := l
			// "CITY, Country, <date>", "CITY, Country —": the city's
			// country after it is part of the dateline.
			if toks[l].Text == "," && l+1 < len(toks) {
				if cl, ce := d.longestPhrase(toks, l+1); cl > 0 && ce.Kind == gazetteer.CountryName && l+1+cl < len(toks) {
					l += 1 + cl
				}
			}
			next := toks[l].Text
			after := ""
			if l+1 < len(toks) {
				after = toks[l+1].Lower
			}
			_, isMonth := lexicon.Months[after]
			if (next == "," || next == ".") && (isMonth || IsNumber(after)) || next == "(" || next == "-" || next == "—" || next == "–" {
				return e.City, wordsOf(toks[:cityLen]), e.Ref
			}
			// "CITY, AGENCY -": an agency credit in capitals after the comma.
			if next == "," && l+2 < len(toks) && toks[l+1].Acronym && (toks[l+2].Text == "-" || toks[l+2].Text == "—" || toks[l+2].Text == "–") {
				return e.City, wordsOf(toks[:cityLen]), e.Ref
			}
		}
	}
	// "<date> (CITY)": the city in parentheses within the first words.
	for k := 0; k+2 < len(toks) && k < 8; k++ {
		if toks[k].Text != "(" || !toks[k+1].Cap {
			continue
		}
		if l, e := d.longestPhrase(toks, k+1); l > 0 && e.Kind == gazetteer.City && k+1+l < len(toks) && toks[k+1+l].Text == ")" {
			if _, isMonth := lexicon.Months[toks[0].Lower]; isMonth || IsNumber(toks[0].Lower) {
				return e.City, wordsOf(toks[k+1 : k+1+l]), e.Ref
			}
		}
	}
	return "", "", ""
}

// wordsOf is the text of tokens, one space between words.
func wordsOf(toks []text.Token) string {
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = t.Text
	}
	return strings.Join(w, " ")
}
