package extract

import "strings"

// Datelines: wire copy opens with the city it was filed from ("OSLO, May
// 27 —", "LIMA. Feb 3 (Agency) -", "March 4, 2024 (QUITO) –", "LIMA,
// AGENCY -", "LIMA, Peru —"). The article's "here" means that city.

// readDateline returns the city of a dateline opening toks and the words
// it is written with, or "".
func (d *doc) readDateline(toks []token) (city, form string) {
	if len(toks) < 3 {
		return "", ""
	}
	// "CITY, <date>", "CITY. <date>", "CITY (Agency)", "CITY —"
	if toks[0].cap {
		if l, e := d.longestPhrase(toks, 0); l > 0 && e.kind == eCity && l < len(toks) {
			cityLen := l
			// "CITY, Country, <date>", "CITY, Country —": the city's
			// country after it is part of the dateline.
			if toks[l].text == "," && l+1 < len(toks) {
				if cl, ce := d.longestPhrase(toks, l+1); cl > 0 && ce.kind == eCountry && l+1+cl < len(toks) {
					l += 1 + cl
				}
			}
			next := toks[l].text
			after := ""
			if l+1 < len(toks) {
				after = toks[l+1].lower
			}
			_, isMonth := months[after]
			if (next == "," || next == ".") && (isMonth || isNumber(after)) || next == "(" || next == "-" || next == "—" || next == "–" {
				return e.city, wordsOf(toks[:cityLen])
			}
			// "CITY, AGENCY -": an agency credit in capitals after the comma.
			if next == "," && l+2 < len(toks) && toks[l+1].acronym && (toks[l+2].text == "-" || toks[l+2].text == "—" || toks[l+2].text == "–") {
				return e.city, wordsOf(toks[:cityLen])
			}
		}
	}
	// "<date> (CITY)": the city in parentheses within the first words.
	for k := 0; k+2 < len(toks) && k < 8; k++ {
		if toks[k].text != "(" || !toks[k+1].cap {
			continue
		}
		if l, e := d.longestPhrase(toks, k+1); l > 0 && e.kind == eCity && k+1+l < len(toks) && toks[k+1+l].text == ")" {
			if _, isMonth := months[toks[0].lower]; isMonth || isNumber(toks[0].lower) {
				return e.city, wordsOf(toks[k+1 : k+1+l])
			}
		}
	}
	return "", ""
}

// wordsOf is the text of tokens, one space between words.
func wordsOf(toks []token) string {
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = t.text
	}
	return strings.Join(w, " ")
}
