package mention

import (
	"strings"
	"unicode"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
)

// Datelines: wire copy opens with the city it was filed from ("OSLO, May
// 27 —", "LIMA. Feb 3 (Agency) -", "March 4, 2024 (QUITO) –", "LIMA,
// AGENCY -", "LIMA. AGENCY -", "LIMA, Peru —"). The article's "here" means that city.

// readDateline returns the city of a dateline opening toks, the words it
// is written with and the code of the city's country, or "".
func (d *scanner) readDateline(toks []text.Token) (city, form, code string) {
	if len(toks) < 3 || noTownDateline(toks) {
		return "", "", ""
	}
	if k := creditLineEnd(toks); k > 0 {
		// "From Our Correspondent, Oslo, June 1": the credit, then the
		// town and day the correspondent filed from, read as the
		// dateline they are.
		return d.readDateline(toks[k:])
	}
	if k := d.namedCreditEnd(toks); k > 0 {
		return d.readDateline(toks[k:])
	}
	if k := bracketCreditEnd(toks); k > 0 {
		return d.readDateline(toks[k:])
	}
	if city, form, code := d.headquartersDateline(toks); city != "" {
		return city, form, code
	}
	// "CITY, <date>", "CITY. <date>", "CITY (Agency)", "CITY —"
	if toks[0].Cap {
		l, e := d.longestPhrase(toks, 0)
		if l > 0 && e.Kind == gazetteer.CountryName {
			// "SINGAPORE —", "VATICAN CITY (AP) —": a city-state, whose
			// name as a country is also its capital's.
			e = d.cityState(toks[:l], e)
		}
		if l > 0 && e.Kind == gazetteer.City && l < len(toks) {
			cityLen := l
			// "CITY, Country, <date>", "CITY, Country —": the city's
			// country after it is part of the dateline.
			if toks[l].Text == "," && l+1 < len(toks) {
				if cl, ce := d.longestPhrase(toks, l+1); cl > 0 && ce.Kind == gazetteer.CountryName && l+1+cl < len(toks) {
					l += 1 + cl
				} else if rl := datedRegion(toks, l+1); rl > 0 {
					l += 1 + rl
				} else if al := stateAbbreviation(toks, l+1); al > 0 && regionEnds(toks, l+1+al) {
					l += 1 + al
				}
			}
			next := toks[l].Text
			after := ""
			if l+1 < len(toks) {
				after = toks[l+1].Lower
			}
			_, isMonth := lexicon.Months[after]
			if (next == "," || next == ".") && (isMonth || IsNumber(after) || ordinalDay(after)) || next == "(" || next == "-" && !joinedHyphen(toks, l) || next == "—" || next == "–" {
				return e.City, wordsOf(toks[:cityLen]), e.Ref
			}
			// "City, Safar 12, 1441, Oct 11, 2019, AGENCY --": the day
			// of the Hijri calendar first, then the Gregorian one, as the
			// Saudi agency dates its copy (hijriDateline; the
			// four-hundred-and-nineteenth round: p2496; p1682 and p1750 are
			// dated so too, their records unchanged).
			if next == "," && hijriDateline(toks, l+1) {
				return e.City, wordsOf(toks[:cityLen]), e.Ref
			}
			// "CITY, Tuesday -", "CITY, Tuesday (Agency)": a weekday for
			// the day, as the Colombo and Karachi papers write it; and
			// "CITY:" with the city in capitals, the South Asian papers'
			// dateline with no day at all (p498, p540).
			if _, isWeekday := lexicon.Weekdays[after]; next == "," && isWeekday && l+2 < len(toks) && datelineCloser(toks[l+2].Text) {
				return e.City, wordsOf(toks[:cityLen]), e.Ref
			}
			// "CITY, Thursday Night.": the old broadsheets' dateline, a
			// weekday and a part of the day closing its own line.
			if next == "," && weekdayLine(toks, l+1) {
				return e.City, wordsOf(toks[:cityLen]), e.Ref
			}
			if next == ":" && cityLen == l && allCapitals(toks[:cityLen]) {
				return e.City, wordsOf(toks[:cityLen]), e.Ref
			}
			// "CITY Month D Agency": the city in capitals, then the day
			// and the agency's name with no comma or dash, on a line of
			// its own, as the South African agency sets its copy ("CITY
			// April 19 Sapa", "CITY July 30 2002 Sapa"; issue 14's
			// five-hundred-and-seventieth round: p3455, p2430, p2781).
			if cityLen == l && allCapitals(toks[:cityLen]) && bareDayCredit(toks, l) {
				return e.City, wordsOf(toks[:cityLen]), e.Ref
			}
			// "City /AGENCY/ ...": the agency's name in capitals between
			// slashes right after the city, with no day, as the Mongolian
			// agency sets it (issue 14's four-hundred-and-twenty-seventh
			// round: p2595, p2146).
			if next == "/" && l+2 < len(toks) && toks[l+1].Acronym && toks[l+2].Text == "/" {
				return e.City, wordsOf(toks[:cityLen]), e.Ref
			}
			// "CITY, AGENCY -": an agency credit in capitals after the
			// comma, or after a period ("CITY. AGENCY -"), as Central
			// Asian agencies write it.
			if (next == "," || next == ".") && l+2 < len(toks) && toks[l+1].Acronym && (toks[l+2].Text == "-" || toks[l+2].Text == "—" || toks[l+2].Text == "–") {
				return e.City, wordsOf(toks[:cityLen]), e.Ref
			}
		}
	}
	// "CITY, Country, <date>": a town the gazetteer lacks ("ST. JOHN'S,
	// Antigua and Barbuda, June 26") is a city by its place in the
	// dateline, as "in Town, Country" is in the text.
	if city, form, code := d.unlistedDateline(toks); city != "" {
		return city, form, code
	}
	// "TOWN, Jan 21 (Agency):": a town the gazetteer lacks, in capitals,
	// then a comma and the day, is the dateline's place too (a resort
	// that hosts a forum; wire copy is filed from where the news is).
	if form := capitalsDateline(toks); form != "" {
		return titleWords(form), form, ""
	}
	// "Town, 15 February -": a town the gazetteer lacks, in title case,
	// then the day and the dash that closes a dateline, as European
	// dailies date their own reports (issue 14's two-hundred-and-
	// fifty-eighth round, p1581).
	if form := d.titleCaseDateline(toks); form != "" {
		return form, form, ""
	}
	// "TOWN, Thursday Night.": a town in capitals the gazetteer lacks, on
	// a line of its own with the weekday it was filed on.
	if c := capitalsRun(toks); c > 0 && c < len(toks) && toks[c].Text == "," && weekdayLine(toks, c+1) {
		if l, _ := d.longestPhrase(toks, 0); l < c {
			form := wordsOf(toks[:c])
			return titleWords(form), form, ""
		}
	}
	// "TOWN, New York —", "TOWN, Nicaragua (AP) -": a town in capitals,
	// then its state, province or country in title case and the dash or
	// the agency's bracket that ends a dateline (p160, p244).
	if form, code := d.regionDateline(toks); form != "" {
		return titleWords(form), form, code
	}
	if form := d.agencyDateline(toks); form != "" {
		return titleWords(form), form, ""
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

// bareDayCredit: the words from k are a month in title case, its day
// and perhaps the year, then a capitalized word (the agency) that ends
// the line or is followed by the capitalized opening of the story.
func bareDayCredit(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || !toks[k].Cap || toks[k].Acronym {
		return false
	}
	if _, ok := lexicon.Months[toks[k].Lower]; !ok || !IsNumber(toks[k+1].Lower) || len(toks[k+1].Text) > 2 {
		return false
	}
	e := k + 2
	if len(toks[e].Text) == 4 && IsNumber(toks[e].Lower) {
		e++ // the year
	}
	if e >= len(toks) || !toks[e].Word || !toks[e].Cap {
		return false
	}
	return e+1 == len(toks) || toks[e+1].Word && toks[e+1].Cap
}

// hijriDateline: the words from k open a day of the Hijri calendar, a
// month's name (hijriMonths; "Dhul-Hijjah" read by its first word) and
// its number: "Safar 12", "Dhul-Hijjah 3", "Dhu al-Hijjah 9".
func hijriDateline(toks []text.Token, k int) bool {
	return hijriDayNumber(toks, k) > 0
}

// hijriDayNumber: the index of the day's number after a Hijri month's
// name opening at k, -1 when none. The name runs over at most three more
// words and hyphens ("Dhu al-Hijjah 9", "Rabi al-Awwal 12": the
// four-hundred-and-forty-first round, p2679; "Dhul-Hijjah 27", p1750);
// anything else before the number ends it.
func hijriDayNumber(toks []text.Token, k int) int {
	if k >= len(toks) || !hijriMonths[toks[k].Lower] {
		return -1
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		if IsNumber(toks[e].Lower) {
			return e
		}
		if !toks[e].Word && toks[e].Text != "-" {
			return -1
		}
	}
	return -1
}

// inHijriDay: the word at k is part of a Hijri month's name with its day
// number after it ("Dhul-Hijjah 27", "Dhu al-Hijjah 9"), a date the Saudi
// agency sets in its dateline and no person's name (isDateWord; the
// four-hundred-and-forty-first round, p2679, p1750).
func inHijriDay(toks []text.Token, k int) bool {
	for s := k; s >= 0 && s >= k-3; s-- {
		if e := hijriDayNumber(toks, s); e > k {
			return true
		}
		if !toks[s].Word && toks[s].Text != "-" {
			return false
		}
	}
	return false
}

// hijriMonths: the months of the Hijri calendar, in the agencies'
// spellings.
var hijriMonths = lexicon.Words("hijriMonths")

// joinedHyphen: the hyphen at k is glued to the words on both sides of
// it, joining a compound ("TACNA-ARICA TREATY SIGNED", "Town-Town
// railway"): a headline in capitals that opens with two places joined so
// names a dispute, a treaty or a route between them, and its first town
// is no dateline's; the dash that closes a dateline stands apart from
// the next word ("CITY - The talks", "CITY -- The talks"; issue 14's
// two-hundred-and-seventy-sixth round, p1691).
func joinedHyphen(toks []text.Token, k int) bool {
	return k+1 < len(toks) && toks[k].Glued && toks[k+1].Glued && toks[k+1].Word
}

// noTownDateline: the dateline opens with a preposition in capitals
// (datelineNoTownWords) — "ABOARD HMNZS X, Aug 5 AAP -", "ON THE BORDER,
// May 2 -", "WITH ALLIED FORCES, March 3 (AP) -", "NEAR TOWN, ..." — and
// so tells where the reporter was, a ship, a front or a border, and no
// town the copy is filed from (the two-hundred-and-fifty-fifth round,
// p1563): the capitals after it are no city, and meetings take no
// place from it.
func noTownDateline(toks []text.Token) bool {
	t := toks[0]
	return t.Word && len(t.Text) >= 2 && t.Text == strings.ToUpper(t.Text) && datelineNoTownWords[t.Lower] &&
		toks[1].Word && toks[1].Text == strings.ToUpper(toks[1].Text)
}

// datelineNoTownWords open a dateline that names no town: "ABOARD",
// "ON THE ...", "WITH ... FORCES".
var datelineNoTownWords = lex("datelineNoTownWords")

// datedRegion: after a known city's comma, the region words of a
// dateline, "SEOUL, Korea, June 26 --", "BONN, Germany, May 3", "TOWN,
// Province, 8 August": up to three capitalized words the gazetteer need
// not hold as a country (a peninsula, a divided country's short name, a
// province or state), or a state as American wire copy abbreviates it
// ("AUSTIN, Tex., Jan. 16", "SALEM, Ore., May 3"; stateAbbreviation),
// then a comma and a month or a day. The date after it is what makes the
// words part of the dateline and not the story's first clause. It
// returns the number of region tokens, or 0.
func datedRegion(toks []text.Token, at int) int {
	if al := stateAbbreviation(toks, at); al > 0 {
		if at+al < len(toks) && toks[at+al].Text == "," && regionEnds(toks, at+al) {
			return al
		}
		return 0
	}
	for n := 1; n <= 3 && at+n+1 < len(toks); n++ {
		t := toks[at+n-1]
		if !t.Word || !t.Cap {
			return 0
		}
		if toks[at+n].Text != "," {
			continue
		}
		after := toks[at+n+1].Lower
		if _, isMonth := lexicon.Months[after]; isMonth || IsNumber(after) {
			return n
		}
		return 0
	}
	return 0
}

// datelineCloser: a token that ends a dateline's words: a dash, a colon
// or the bracket of an agency credit.
func datelineCloser(t string) bool {
	return t == "-" || t == "—" || t == "–" || t == ":" || t == "("
}

// allCapitals: every word of toks is written in capitals ("KATHMANDU",
// "NEW DELHI"), as a dateline sets its city off from the text.
func allCapitals(toks []text.Token) bool {
	for _, t := range toks {
		if t.Word && (len(t.Text) < 2 || t.Text != strings.ToUpper(t.Text)) {
			return false
		}
	}
	return len(toks) > 0
}

// unlistedDateline reads "CITY, Country, <date>" whose city the gazetteer
// does not know: up to four capitalized words before the first comma,
// then a country's name, a comma and a month or day. The city is the
// words as written, in title case.
func (d *scanner) unlistedDateline(toks []text.Token) (city, form, code string) {
	c := 0
	for c < len(toks) && c <= 6 && toks[c].Text != "," {
		if t := toks[c]; !(t.Word && t.Cap || t.Text == "." || t.Lower == "'s" || t.Text == "-") {
			return "", "", ""
		}
		c++
	}
	if c == 0 || c >= len(toks) || toks[c].Text != "," || !toks[0].Word {
		return "", "", ""
	}
	l, e := d.longestPhrase(toks, c+1)
	end := c + 1 + l
	if l == 0 || e.Kind != gazetteer.CountryName || end+1 >= len(toks) || toks[end].Text != "," {
		return "", "", ""
	}
	if _, isMonth := lexicon.Months[toks[end+1].Lower]; !isMonth && !IsNumber(toks[end+1].Lower) {
		return "", "", ""
	}
	form = wordsOf(toks[:c])
	return titleWords(form), form, e.Ref
}

// titleWords writes capitals as a name: "ST. JOHN'S" is "St. John's".
func titleWords(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r := []rune(strings.ToLower(x))
		r[0] = unicode.ToUpper(r[0])
		w[i] = string(r)
	}
	return strings.Join(w, " ")
}

// wordsOf is the text of tokens as written: a space between them unless
// one is glued to the one before ("ST. JOHN'S", not "ST . JOHN 'S").
func wordsOf(toks []text.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && !t.Glued {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// capitalsDateline reads "TOWN, <Month> <day>" or "TOWN, <day> <Month>"
// ("TOWN (Region), <Month> <day>" too) opening toks, its town in capitals (one to three words of two letters
// or more) that the gazetteer does not know: the town as written, or "".
func capitalsDateline(toks []text.Token) string {
	c := 0
	for c < len(toks) && c < 3 && toks[c].Word && len(toks[c].Text) >= 2 && toks[c].Text == strings.ToUpper(toks[c].Text) && strings.ToUpper(toks[c].Text) != strings.ToLower(toks[c].Text) {
		c++
	}
	town := c
	if c > 0 {
		// "PORTO ALTO (Ruritania), Nov 10:": the town's country or
		// region in parentheses before the comma (p3127).
		c = bracketedRegionEnd(toks, c)
	}
	if c == 0 || c+2 >= len(toks) || toks[c].Text != "," {
		return ""
	}
	// "TOWN, Tex., Jan. 16": the state between the town and the day.
	if r := datedRegion(toks, c+1); r > 0 && c+r+3 < len(toks) {
		c += 1 + r
	}
	_, m1 := lexicon.Months[toks[c+1].Lower]
	_, m2 := lexicon.Months[toks[c+2].Lower]
	day := c + 2
	// "Jan. 16": the month's abbreviation keeps its period.
	if m1 && toks[day].Text == "." && toks[day].Glued && day+1 < len(toks) {
		day++
	}
	if !(m1 && IsNumber(toks[day].Lower) || IsNumber(toks[c+1].Lower) && m2) {
		return ""
	}
	return wordsOf(toks[:town])
}

// bracketedRegionEnd: the index after "(Region)" opening at c — one to
// three capitalized words in parentheses — or c when none opens there.
func bracketedRegionEnd(toks []text.Token, c int) int {
	if c >= len(toks) || toks[c].Text != "(" {
		return c
	}
	for e := c + 1; e < len(toks) && e <= c+4; e++ {
		if toks[e].Text == ")" {
			if e == c+1 {
				return c
			}
			return e + 1
		}
		if !toks[e].Word || !toks[e].Cap {
			return c
		}
	}
	return c
}

// regionDateline reads "TOWN, Region —" or "TOWN, Region (Agency)"
// opening toks: a town in capitals the gazetteer does not know (one to
// three words), a comma, one to three capitalized words in title case
// (a state, a province or the country: wire copy from the United States
// names the state), then a dash or an opening bracket. It returns the
// town as written and the country's code when the region is a country.
func (d *scanner) regionDateline(toks []text.Token) (form, code string) {
	c := capitalsRun(toks)
	if c == 0 || c+2 >= len(toks) || toks[c].Text != "," {
		return "", ""
	}
	r := c + 1
	if al := stateAbbreviation(toks, r); al > 0 {
		// "TOWN, Wyo. (AP) -", "TOWN, Md., Sept. 23 -": the state as
		// American wire copy abbreviates it.
		r += al
		if !regionEnds(toks, r) {
			return "", ""
		}
	} else {
		for r < len(toks) && r-c <= 3 && toks[r].Word && toks[r].Cap && toks[r].Text != strings.ToUpper(toks[r].Text) {
			r++
		}
		if r == c+1 || !regionEnds(toks, r) {
			return "", ""
		}
	}
	if l, _ := d.longestPhrase(toks, 0); l >= c {
		return "", "" // a known city: readDateline's first reading
	}
	if l, e := d.longestPhrase(toks, c+1); l == r-c-1 && e.Kind == gazetteer.CountryName {
		code = e.Ref
	}
	return wordsOf(toks[:c]), code
}

// capitalsRun is the number of words in capitals (two letters or more)
// opening toks, up to three.
func capitalsRun(toks []text.Token) int {
	c := 0
	for c < len(toks) && c < 3 && toks[c].Word && len(toks[c].Text) >= 2 && toks[c].Text == strings.ToUpper(toks[c].Text) && strings.ToUpper(toks[c].Text) != strings.ToLower(toks[c].Text) {
		c++
	}
	return c
}

// cityState is e as its capital city when the words name a country whose
// capital has the same name (Singapore, Monaco, Vatican City), else e.
func (d *scanner) cityState(words []text.Token, e gazetteer.Entry) gazetteer.Entry {
	capital := d.g.CapitalCity(e.Ref)
	if capital == "" || !strings.EqualFold(capital, wordsOf(words)) {
		return e
	}
	return gazetteer.Entry{Kind: gazetteer.City, Ref: e.Ref, City: capital, Capital: true}
}

// weekdayLine reads, from toks[i], a weekday, at most one part of the day
// ("Night", "Evening") and a period that ends toks, or a dash: the whole
// rest of a dateline line such as "Thursday Night.".
func weekdayLine(toks []text.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	if _, ok := lexicon.Weekdays[toks[i].Lower]; !ok {
		return false
	}
	j := i + 1
	if j < len(toks) && datelineDayParts[toks[j].Lower] {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch toks[j].Text {
	case "-", "—", "–":
		return true
	case ".":
		// "TOWN, Thursday." closing its line, or "TOWN, Thursday. -
		// The ..." closing the dateline the story's first sentence
		// opens with (text.periodDateline).
		return j == len(toks)-1 || j+1 < len(toks) && (toks[j+1].Text == "-" || toks[j+1].Text == "—" || toks[j+1].Text == "–")
	}
	return false
}

// stateAbbreviation reads, from toks[at], a state or province as wire
// copy from North America abbreviates it in a dateline: a dotted acronym
// ("N.Y.", "D.C.", spaced as "N. Y." in old broadsheets) or one short
// title-case word with its period glued on ("Wyo.", "Calif.", "Md.").
// A weekday so abbreviated ("SINGAPORE, Wed. --", p862) reads the same
// and closes the dateline all the same; a month's ("Sept.") is the
// filing date, not a region. It returns the number of tokens, or 0.
func stateAbbreviation(toks []text.Token, at int) int {
	if at >= len(toks) {
		return 0
	}
	t := toks[at]
	if t.Acronym && strings.HasSuffix(t.Text, ".") && strings.Count(t.Text, ".") >= 2 && len(t.Text) <= 6 {
		return 1 // "N.Y.", "D.C."
	}
	// "N. Y.": single capitals, each with its period.
	n := at
	for n+1 < len(toks) && len(toks[n].Text) == 1 && toks[n].Cap && toks[n].Word && toks[n+1].Text == "." {
		n += 2
	}
	if n-at >= 4 {
		return n - at
	}
	if n-at == 2 && n+1 < len(toks) && toks[n].Word && toks[n].Cap && toks[n].Glued && len([]rune(toks[n].Text)) <= 4 &&
		toks[n].Text != strings.ToUpper(toks[n].Text) && toks[n+1].Text == "." && toks[n+1].Glued {
		// "W.Va.": a capital and a short title-case word, each with its
		// period glued on, as AP abbreviates a two-word state (issue 14's
		// three-hundred-and-seventy-second round: p698, p2267).
		return 4
	}
	r := []rune(t.Text)
	if _, isMonth := lexicon.Months[t.Lower]; isMonth {
		return 0 // "Sept.": the day the dateline was filed on
	}
	if t.Word && t.Cap && !t.Acronym && len(r) >= 2 && len(r) <= 5 && t.Text != strings.ToUpper(t.Text) &&
		at+1 < len(toks) && toks[at+1].Text == "." && toks[at+1].Glued {
		return 2 // "Wyo.", "Calif."
	}
	return 0
}

// regionEnds: at toks[i] a dateline's region is over: a comma and the
// month or day it was filed on, or the dash or agency bracket that
// closes the dateline.
func regionEnds(toks []text.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Text {
	case "—", "–", "-", "(":
		return true
	case ",":
		if i+1 < len(toks) {
			_, isMonth := lexicon.Months[toks[i+1].Lower]
			return isMonth || IsNumber(toks[i+1].Lower)
		}
	}
	return false
}

// headquartersDateline reads a dateline that names a body's headquarters
// in capitals ("UNITED NATIONS (AP) -", "UNITED NATIONS, Oct. 26 -",
// "UNITED NATIONS, N.Y. (Reuters) -"): the city of that seat, its name
// in capitals and the city's country, or "".
func (d *scanner) headquartersDateline(toks []text.Token) (city, form, code string) {
	c := capitalsRun(toks)
	if c == 0 {
		return "", "", ""
	}
	seat, ok := gazetteer.HeadquartersDatelines[strings.ToLower(wordsOf(toks[:c]))]
	if !ok {
		return "", "", ""
	}
	end := c
	if end < len(toks) && toks[end].Text == "," {
		if al := stateAbbreviation(toks, end+1); al > 0 {
			end += 1 + al
		}
	}
	if !regionEnds(toks, end) {
		return "", "", ""
	}
	e, ok := d.g.Phrases[seat]
	if !ok || e.Kind != gazetteer.City {
		return "", "", ""
	}
	// The seat's name is the form: the record spells the city, not
	// the body.
	return e.City, strings.ToUpper(seat), e.Ref
}

// agencyDateline reads "TOWN (AP) -", "TOWN (Reuters) —": a town in
// capitals (one to three words) that the gazetteer does not know and no
// word the article writes in lower case, then the agency's credit in
// brackets and the dash, with no region or date between: wire copy
// filed from a small place. It returns the town as written, or "".
func (d *scanner) agencyDateline(toks []text.Token) string {
	c := capitalsRun(toks)
	if c == 0 || c+3 >= len(toks) || toks[c].Text != "(" {
		return ""
	}
	if l, _ := d.longestPhrase(toks, 0); l > 0 || toks[0].Lower == "aboard" {
		return "" // known words: the other readings of readDateline; "ABOARD USS X (AP)": a ship
	}
	for _, t := range toks[:c] {
		if d.commonWord(t) {
			return "" // "EXCLUSIVE (Reuters) -": a label, no town
		}
	}
	e := c + 1
	for e < len(toks) && e-c <= 3 && toks[e].Word && toks[e].Cap {
		e++
	}
	if e == c+1 || e+1 >= len(toks) || toks[e].Text != ")" {
		return ""
	}
	switch toks[e+1].Text {
	case "-", "—", "–":
		return wordsOf(toks[:c])
	}
	return ""
}

// titleCaseDateline reads "Town, 15 February -", "Town, February 15,
// 1991 —" opening toks: one or two title-case words the gazetteer does
// not know and that are no title, weekday, month or function word, a
// comma, the day and month (a year may follow), then a dash. The dash
// right after the date is what makes the words a dateline, not the
// story's first clause. It returns the town as written, or "".
func (d *scanner) titleCaseDateline(toks []text.Token) string {
	c := 0
	for c < len(toks) && c < 2 && d.townWord(toks[c]) {
		c++
	}
	if c == 0 || c+3 >= len(toks) || toks[c].Text != "," {
		return ""
	}
	if l, _ := d.longestPhrase(toks, 0); l > 0 {
		return ""
	}
	k := c + 1
	_, m1 := lexicon.Months[toks[k].Lower]
	_, m2 := lexicon.Months[toks[k+1].Lower]
	switch {
	case m1 && IsNumber(toks[k+1].Lower):
		k += 2
	case IsNumber(toks[k].Lower) && m2:
		k += 2
	default:
		return ""
	}
	// The year, after a comma or not.
	if k+1 < len(toks) && toks[k].Text == "," && IsNumber(toks[k+1].Lower) && len(toks[k+1].Text) == 4 {
		k += 2
	} else if k < len(toks) && IsNumber(toks[k].Lower) && len(toks[k].Text) == 4 {
		k++
	}
	if k >= len(toks) || (toks[k].Text != "-" && toks[k].Text != "—" && toks[k].Text != "–") {
		return ""
	}
	return wordsOf(toks[:c])
}

// townWord: a title-case word that may name a town in a dateline: no
// title, weekday, month, function or common word.
func (d *scanner) townWord(t text.Token) bool {
	if !t.Word || !t.Cap || t.Acronym || functionWords[t.Lower] || IsTitleWord(t.Lower) || d.g.Common[t.Lower] {
		return false
	}
	_, wd := lexicon.Weekdays[t.Lower]
	_, mo := lexicon.Months[t.Lower]
	return !wd && !mo
}

// creditLineEnd: toks open with a broadsheet's credit ("From Our
// Correspondent,", "From our Diplomatic Correspondent,", "From Our
// Labour Staff,") that goes on, after its comma, with the town and day
// the dispatch was filed from, as the British papers set their dateline
// on the credit's own line; the index after that comma, or -1. The
// credit is "from", "our" (or "a", "an"), up to four more words, the
// last a credit noun (lexicon creditLineNouns), then the comma (issue
// 14's three-hundred-and-sixty-sixth round: p2230, p1961, p956, p777).
func creditLineEnd(toks []text.Token) int {
	if len(toks) < 5 || toks[0].Lower != "from" || !creditLineOpeners[toks[1].Lower] {
		return -1
	}
	for k := 2; k < len(toks) && k <= 6; k++ {
		if toks[k].Text == "," {
			if k > 2 && creditLineNouns[toks[k-1].Lower] && k+1 < len(toks) && toks[k+1].Cap {
				return k + 1
			}
			return -1
		}
		if !toks[k].Word {
			return -1
		}
	}
	return -1
}

// namedCreditEnd: toks open with a credit that names its correspondent,
// "From A. Writer, Oslo, June 1", "From Jane Writer, OSLO": "from", two
// or three capitalized words of a name (none a title, a function word
// or a place the gazetteer knows), then the comma and a capitalized word;
// the index after that comma, or -1. The town and day after it are the
// dateline, as after "From Our Correspondent," (creditLineEnd): left
// unread, the article's "here" and "today" had no town (issue 14's
// three-hundred-and-eighty-ninth round: p2371; the shape of p1713 and
// p948, whose town the story names again).
func (d *scanner) namedCreditEnd(toks []text.Token) int {
	if len(toks) < 6 || toks[0].Lower != "from" {
		return -1
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		t := toks[k]
		if t.Text == "," {
			if k >= 3 && k+1 < len(toks) && toks[k+1].Cap {
				return k + 1
			}
			return -1
		}
		if !t.Word || !t.Cap || t.Acronym || functionWords[t.Lower] || IsTitleWord(t.Lower) || creditLineOpeners[t.Lower] {
			return -1
		}
		if l, _ := d.longestPhrase(toks, k); l > 0 {
			return -1
		}
	}
	return -1
}

// bracketCreditEnd: toks open with the agency's credit in brackets and a
// dash before the town and day, "(ANSA) - Rome, October 14 - ...", the
// order Italian agencies' English services set their dateline in: one to
// three capitalized words in brackets, then the dash, then a capitalized
// word; the index after the dash, or -1. Left unread, the story had no
// town and a place named in its first sentence for another matter took
// the meeting (issue 14's four-hundred-and-thirty-fifth round: p2643,
// p1721).
func bracketCreditEnd(toks []text.Token) int {
	if len(toks) < 6 || toks[0].Text != "(" {
		return -1
	}
	e := 1
	for e < len(toks) && e <= 3 && toks[e].Word && toks[e].Cap {
		e++
	}
	if e == 1 || e+2 >= len(toks) || toks[e].Text != ")" {
		return -1
	}
	switch toks[e+1].Text {
	case "-", "—", "–":
		if toks[e+2].Cap {
			return e + 2
		}
	}
	return -1
}

// creditLineOpeners follow "from" in a credit line: "From Our ...".
var creditLineOpeners = lexicon.Words("creditLineOpeners")

// creditLineNouns close a credit line's words: "Correspondent", "Staff".
var creditLineNouns = lexicon.Words("creditLineNouns")

// ordinalDay reports whether s is a day of the month written as an
// ordinal, "24th", "1st", "2nd", "3rd": the Gulf agencies date their copy
// so, the day before the month ("ABU DHABI, 24th January, 2018 (WAM)
// --"), and a dateline read only with the bare number lost its city, so
// the lead's meeting at a palace or ministry of that city had no place
// (issue 14's four-hundred-and-fortieth round: p2677, p2346, p666).
func ordinalDay(s string) bool {
	for _, end := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(s, end); ok && len(n) <= 2 && IsNumber(n) {
			return true
		}
	}
	return false
}
