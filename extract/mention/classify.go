package mention

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/text"
)

// IsTitleWord: a word that belongs to a title or honorific, not to a name.
func IsTitleWord(lower string) bool {
	return titleHeads[lower] || titleMods[lower] || postTitleMods[lower] || honorifics[lower] || PluralTitle(lower)
}

// capitalParticle: the name particle at k, written with a capital, opens
// the surname already read at m ("Gianni De Michelis", "President De
// Gaulle"). "de" is also a title word, of "de facto", which never stands
// before a capitalized name word.
func capitalParticle(toks []text.Token, k, m, j int) bool {
	t := toks[k]
	return t.Word && t.Cap && !t.Acronym && particles[t.Lower] && m == k+1 && m < j &&
		toks[m].Word && toks[m].Cap && !IsTitleWord(toks[m].Lower)
}

// articleFamilyWord: the title word at k ("Sheikh", an honorific) closes
// a family name after the Arabic article, with or without its hyphen, and
// a capitalized given name before it: "Hussein Al Sheikh", "Karim
// al-Sheikh". The article makes the word a name, not a title of the next
// person, and the name run ended before it, so the person was lost
// (issue 14's three-hundred-and-eleventh round; p1902, p1241). The word
// must close the run: in "the Agong Al-Sultan X" the article's title
// comes before the name (p782). "the Amir Sheikh X" has no article
// before the title and stays a title.
func articleFamilyWord(toks []text.Token, i, k, j int) bool {
	t := toks[k]
	if k != j-1 || !t.Word || !t.Cap || !IsTitleWord(t.Lower) {
		return false
	}
	a := k - 1
	if a > i && toks[a].Text == "-" {
		a--
	}
	if a <= i || !familyArticles[toks[a].Lower] {
		return false
	}
	g := toks[a-1]
	return g.Word && g.Cap && !IsTitleWord(g.Lower) && !particles[g.Lower]
}

// familyArticles: see articleFamilyWord.
var familyArticles = lex("familyArticles")

// ofRegion: the word at k is the "of" of a post's jurisdiction, or the
// "the" right after it, before the region's compass word.
func ofRegion(toks []text.Token, i, k int) bool {
	return regionPreps[toks[k].Lower] || toks[k].Lower == "the" && k-1 >= i && regionPreps[toks[k-1].Lower]
}

// regionPreps open a post's jurisdiction: "of" ("the Governor of North
// Kivu"), and "for" of an envoy's or a director's region ("Special
// Representative for Central Asia, X", "Senior Director for the Western
// Hemisphere, Y"), whose last word was read as a person (issue 14's
// four-hundred-and-eighty-seventh round; p2091, p94).
var regionPreps = map[string]bool{"of": true, "for": true}

// givenNameBeforePatronym: the capitalized title word at k stands right
// before a patronymic particle and a capitalized name ("Prince Sultan bin
// X", "Defence Minister Amir ibn Y"): a title is never joined to a
// father's name, so the word is the given name. A title before the given
// name ("Sultan Z bin Y") leaves a name word, not the particle, after it.
func givenNameBeforePatronym(toks []text.Token, k, j int) bool {
	return k+2 < j && toks[k].Word && toks[k].Cap && !toks[k].Acronym && IsTitleWord(toks[k].Lower) &&
		patronymParticles[toks[k+1].Lower] && !toks[k+1].Cap && toks[k+2].Word && toks[k+2].Cap
}

// TheTitle: the word at k is a title that is also a given name (theTitles)
// and stands right after "the", with no name word after it but an
// honorific or title: "His Highness the Amir arrived", "the Amir Sheikh
// X". Without "the" ("Amir Khan") it stays a name, and so it does in a
// namesake's place ("the Amir X monument").
func TheTitle(toks []text.Token, k int) bool {
	if k == 0 || !toks[k].Cap || !theTitles[toks[k].Lower] || toks[k-1].Lower != "the" {
		return false
	}
	n := k + 1
	return n >= len(toks) || !toks[n].Word || !toks[n].Cap || IsTitleWord(toks[n].Lower)
}

// PluralTitle: the plural of a title head, set before coordinated names
// ("Presidents A and B", "Foreign Ministers A and B").
func PluralTitle(lower string) bool {
	return len(lower) > 4 && strings.HasSuffix(lower, "s") && titleHeads[lower[:len(lower)-1]]
}

// classifyRun turns a capitalized run [i,j) into mentions: a city, an
// institution, a person with the title before the name, a bare title, or
// an unknown single word.
func (d *scanner) classifyRun(s *text.Sentence, si, i, j int, cityAt map[int]cityHit) []Mention {
	toks := s.Toks
	if k := headlineVerbSplit(s, i, j); k > 0 {
		out := d.classifyRun(s, si, i, k, cityAt)
		if k+1 < j {
			out = append(out, d.classifyRun(s, si, k+1, j, cityAt)...)
		}
		return out
	}
	// "Democrat X Y", "the People's Assembly X Y": a party label or a
	// body's head glued to a name opens no name (partylabel.go); the label
	// stands where a title would.
	if headAfterPossessive(toks, i, j) {
		// Only a bare name after the head: "Britain's International
		// Development Secretary X" has a title there, and "International"
		// opens it.
		if out := d.classifyRun(s, si, i+1, j, cityAt); len(out) == 1 && out[0].Kind == Person && out[0].I == i+1 && out[0].Title == "" && !out[0].Titled {
			out[0].TI = i // possessiveTitle joins the title before
			return out
		}
	}
	if partyLabelBeforeName(toks, i, j) {
		out := d.classifyRun(s, si, i+1, j, cityAt)
		for k := range out {
			if out[k].Kind == Person && out[k].I == i+1 && !out[k].Titled {
				out[k].Titled, out[k].TI = true, i
			}
		}
		return out
	}
	if out := d.postCityName(s, si, i, j, cityAt); out != nil {
		return out
	}
	if c, ok := cityAt[i]; ok && i+c.l == j {
		m := Mention{I: i, J: j, Kind: City, Actor: -1, City: c.e.City, Text: SpanText(s, i, j)}
		if c.e.Capital {
			m.Code = c.e.Ref
		}
		return []Mention{m}
	}
	// "X Y, a consulting company,", "X Y, the presidential retreat.": a
	// name an apposition calls a thing is no person's (thingapposed.go).
	if !s.Title && thingApposed(toks, i, j) {
		return []Mention{{I: i, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, i, j)}}
	}
	// "at the Elysee Palace", "the Kremlin Palace": the gazetteer took
	// the seat's own name as a body, and its building's head noun was
	// left alone; a lone head noun glued to a name before it is the
	// building's, no person (issue 14's four-hundred-and-first round;
	// p2443, p1357). Heads that are also family names ("Hall") and
	// "Lodge" stay with the rules for names.
	if j-i == 1 && i > 0 && toks[i].Cap && buildingHeads[toks[i].Lower] && !surnameHeads[toks[i].Lower] && toks[i].Lower != "lodge" && toks[i-1].Cap && toks[i-1].Word && !toks[i-1].Acronym {
		return []Mention{{I: i, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, i, j)}}
	}
	// "X, Chairman of the Y Commission,", "X, Co-Chairman of the Y
	// Group,": a post after the name and a comma, its body after "of"
	// (posttitle.go).
	if o := appositivePostOf(toks, i, j); o > 0 && isHead(toks[j-1].Lower) {
		if out := d.postOfBody(s, i, o, j); out != nil {
			return out
		}
	}
	// A body named head first, its complement after "of"/"for" ("the
	// Community of X", "the Centre for Y Dialogue"): the whole run is one
	// organization, not a title followed by a person's name.
	if j-i >= 3 && toks[i].Cap && headFirstBodies[toks[i].Lower] && (toks[i+1].Lower == "of" || toks[i+1].Lower == "for") {
		return []Mention{{I: i, J: j, Actor: -1, Text: SpanText(s, i, j), Kind: Org}}
	}
	// A group named head first in its own language, kept untranslated
	// ("the Barisan X Y", "the Frente X de Y"): the head opens the run, so
	// the head-final test of institution misses it and the run would be
	// read as a person or dropped. The whole run is one group.
	if j-i >= 2 && toks[i].Cap && headFirstGroupHeads[toks[i].Lower] {
		return []Mention{{I: i, J: j, Actor: -1, Text: SpanText(s, i, j), Kind: Group}}
	}
	// A movement or party named head first for its cause ("the Movement
	// for Democratic Change", p178; "the Movement for Socialism", p168) is
	// one group, though its words are common ones.
	if j-i >= 3 && toks[i].Cap && groupHeads[toks[i].Lower] && !orgHeads[toks[i].Lower] && toks[i+1].Lower == "for" {
		return []Mention{{I: i, J: j, Actor: -1, Text: SpanText(s, i, j), Kind: Group}}
	}
	if polityRun(toks, i, j, d.g.Common) {
		// "the Chechen Republic of Y": the whole run is the state's name
		// (polityRun); the split below would keep "Y" alone.
		t := SpanText(s, i, j)
		return []Mention{{I: i, J: j, Kind: State, Actor: -1, Code: t, Text: t}}
	}
	if b, h, p := causeBodyOf(toks, i, j); b >= 0 {
		kind := Org
		if groupHeads[toks[h].Lower] && !orgHeads[toks[h].Lower] {
			kind = Group
		}
		var out []Mention
		if p > i {
			out = d.classifyRun(s, si, i, p, cityAt)
		}
		return append(out, Mention{I: b, J: j, Actor: -1, Text: SpanText(s, b, j), Kind: kind})
	}
	if modifiedCauseGroup(toks, i, j) {
		return []Mention{{I: i, J: j, Actor: -1, Text: SpanText(s, i, j), Kind: Group}}
	}
	// A prefix of honour closing the run opens the name of the next one:
	// "Chief Secretary to the Government Datuk Seri Dr X Y" splits before
	// "Dr", leaving "... Government Datuk Seri", which names no one. The
	// words before the prefix are read alone (a title, a body).
	if k := danglingPrefix(toks, i, j); k >= 0 {
		if k == i {
			return nil
		}
		return d.classifyRun(s, si, i, k, cityAt)
	}
	// Split the run into title words and the name after them.
	m := j
	surnamed := d.titleSurname(toks, i, j)
	if surnamed {
		m-- // "Prime Minister John Major": "Major" is the family name
	}
	for m > i {
		t := toks[m-1]
		if hyphenedTitle(toks, m-1) {
			break // "Ambassador-at-Large X": the title's last part (p2947)
		}
		if t.Text == "-" || (particles[t.Lower] && !t.Cap) || freeParticle(toks, m-1) || elidedParticle(t) || (t.Word && t.Cap && !TheTitle(toks, m-1) && (!IsTitleWord(t.Lower) || syllableNotAcronym(toks, m-1, i))) || middleInitial(toks, m-1) || saintParticle(toks, m-1) || insertMark(toks, m-1) || capitalParticle(toks, m-1, m, j) || givenNameBeforePatronym(toks, m-1, j) || articleFamilyWord(toks, i, m-1, j) || placeLinkAt(toks, m-2) {
			m-- // "les" of "Colombey-les-Deux-Eglises" (placeLinkAt)
			continue
		}
		break
	}
	// A surname's own particle after a title stays in the name:
	// "President von der Leyen", "Minister de Trazegnies" (lexicon
	// surnameParticles); "al-" glued to the name still drops.
	keep := m > i && m+1 < j && surnameParticles[toks[m].Lower] && !toks[m].Cap && toks[m+1].Text != "-"
	for !keep && m < j && (toks[m].Text == "-" || (particles[toks[m].Lower] && !toks[m].Cap)) {
		m++
	}
	// After a title's preposition ("Minister for", "Envoy to the") the
	// first words are its complement, not the name: "Minister for Trade
	// and Industry Ana Lind" names Ana Lind.
	if m < j && (m > i && titleComplement(toks, i, m) || m == i && AfterTitleComplement(toks, i) || prepAfterTitle(toks, i)) {
		// Coordinated complements run to the last "and" or comma.
		coord := false
		for k := j - 1; k > m; k-- {
			if toks[k].Lower == "and" || toks[k].Text == "," {
				m, coord = k+1, true
				// The conjunct after "and" is one more complement noun
				// ("for Water and Sanitation Ana Lind") when a name of
				// two words or more is left after it.
				if toks[k].Lower == "and" && j-m >= 3 && toks[m].Word {
					m++
				}
				break
			}
		}
		if !coord && m == i && i > 0 && toks[i-1].Lower == "and" && j-m >= 3 {
			m, coord = m+1, true // the run opens with that conjunct
		}
		// The complement ends at its last portfolio word before the
		// name's last word: "for African Affairs Ana Lind".
		for k := j - 2; k >= m; k-- {
			if d.complementWord(toks[k]) {
				m = k + 1
				break
			}
		}
		for m < j && (toks[m].Lower == "the" || !toks[m].Word) {
			m++
		}
		// A continent or a department no name opens with, right after the
		// preposition, "the", "and" or a compass word, closes the
		// complement: "Chancellor of the Exchequer A B", "Minister for
		// Europe A B", "Commissioner of Police A B", "for the Middle East
		// and North Africa A B" (issue 14's five-hundred-and-forty-seventh
		// round; p3314, p3236, p1140, p2587, p1403). Alone it is the whole
		// complement, no name ("the Chancellor of the Exchequer was
		// received"). After another complement word it is a given name:
		// "Minister for Trade Asia A".
		if (j-m >= 3 || j-m == 1) && m > 0 && titleComplementNouns[toks[m].Lower] && toks[m].Cap {
			if p := toks[m-1].Lower; p == "of" || p == "for" || p == "to" || p == "the" || p == "and" || regionCompassWords[p] {
				m++
			}
		}
		// What is left is no name when it is one more complement word, or
		// a lone word closing a coordination ("..., Coasts and Deltas").
		if m == j-1 && (coord || d.complementWord(toks[m])) {
			m = j
		}
		// Nor when it ends in a noun of action, a portfolio a name never
		// ends in, its adjective a continent's or a people's that no list
		// of title words holds: "Minister of Foreign Affairs and African
		// Cooperation", "Minister of European Integration" (issue 14's
		// two-hundred-and-eighty-first round; p1722, p120).
		if m < j && portfolioNoun(toks[j-1]) {
			m = j
		}
		// A lone word after "of" and a compass word is the rest of a
		// region's name the gazetteer lacks, the post's jurisdiction:
		// "the Chief Minister of West Bengal, X", "the Governor of
		// North Kivu" (p1274). A personal name does not follow "of
		// North", nor "of the North" ("the Chief Minister of the
		// Northern Territory, X", "the Premier of the Western Cape").
		if m == j-1 && m-2 >= i && regionCompassWords[toks[m-1].Lower] && toks[m-1].Cap && ofRegion(toks, i, m-2) {
			m = j
		}
		// A run that ends in a complement word right before one more
		// "of" complement holds no name: "Minister of Industry and
		// Mineral Resources of A X" (p105), "Minister of Foreign Affairs
		// of A X"; the name follows the last complement.
		if m < j && j+1 < len(toks) && toks[j].Lower == "of" && d.complementWord(toks[j-1]) {
			m = j
		}
		// A run that ends at a comma before the holder's name holds no
		// name either: "the Minister of Territorial Administration, X
		// Y" (p326), "Minister for Bougainville Affairs, X Y" (p377):
		// the name stands in apposition after the comma. The
		// words must end in a portfolio word: a place closing the
		// complement ("Representative for Central Asia, X", p94) and a
		// body's head ("Speaker of Parliament, X", p111) keep their
		// readings.
		if m < j && nameAfterComma(toks, j) && d.complementWord(toks[j-1]) && !slices.ContainsFunc(toks[m:j], func(t text.Token) bool { return isHead(t.Lower) }) {
			m = j
		}
	}
	// A prefix of honour or rank inside the name part opens the name after
	// it; what is before it belongs to the title: "Chief of Defence Force
	// Gen Tan Sri A B", "Datuk Seri A B".
	titleEnd, honoured := m, false
	if k, e := lastNamePrefix(toks, i, m, j); e > 0 {
		titleEnd, m, honoured = k, e, true
	}
	// "M. X", "MM. X and Y": the French honorific is no part of the name
	// (monsieur.go).
	// The name part opens at "M." (its period reads as an initial's) or
	// right after "MM.".
	monsieurs := false
	if e := monsieurEnd(toks, m); e > 0 && e < j && !d.initialNotMonsieur(toks, m, j) {
		titleEnd, honoured, monsieurs = m, true, monsieurPlural(toks, m)
		m = e
	} else if m-2 >= i && monsieurEnd(toks, m-2) == m && !d.initialNotMonsieur(toks, m-2, j) {
		titleEnd, honoured, monsieurs = m-2, true, monsieurPlural(toks, m-2)
	}
	// A state or region the gazetteer lacks, named by its polity noun
	// ("the Chechen Republic", "Republika Srpska"): a state, not a
	// person nor a document; a title before it is the post's
	// ("President of X").
	if polityRun(toks, m, j, d.g.Common) {
		var out []Mention
		if m > i {
			out = d.classifyRun(s, si, i, m, cityAt)
		}
		t := SpanText(s, m, j)
		return append(out, Mention{I: m, J: j, Kind: State, Actor: -1, Code: t, Text: t})
	}
	// An institution head inside the name part ends an institution name,
	// unless it is the family name of a titled person (surnameAfterTitle).
	surname := surnameAfterTitle(toks, i, m, j) || givenNameAfterTitle(toks, i, m, j)
	for k := j - 1; k >= m && !surname; k-- {
		if isHead(toks[k].Lower) && k > i {
			out := []Mention{d.titledBody(s, i, k+1)}
			if k+1 < j {
				out = append(out, d.classifyRun(s, si, k+1, j, cityAt)...)
			}
			return out
		}
	}
	if m == j { // no name: an institution, or a title standing alone
		if d.loneTitleFamily(toks, i, j) {
			return []Mention{{I: i, J: j, Kind: Person, Actor: -1, Text: SpanText(s, i, j)}}
		}
		if isHead(toks[j-1].Lower) {
			return []Mention{d.institution(s, i, j)}
		}
		if HasTitleHead(toks, i, j) {
			// "ACME Prime Minister": the words before the title name
			// whoever grants it.
			first := i
			for first < j && !titleStart(toks, first) {
				first++
			}
			var out []Mention
			if first > i && first < j {
				out = d.classifyRun(s, si, i, first, cityAt)
				i = first
			}
			return append(out, Mention{I: i, J: j, Kind: TitleRef, Actor: -1, Title: SpanText(s, i, j), Text: SpanText(s, i, j)})
		}
		return nil
	}
	var out []Mention
	title := ""
	titled := false
	plural := false
	// Capitalized words before the first title word name whoever grants
	// the title: "Taliban Foreign Minister X".
	first := i
	for first < m && !titleStart(toks, first) && !TheTitle(toks, first) {
		first++
	}
	// Portfolio words right before the title are part of it: "Petroleum
	// Minister X", "Mines and Energy Minister X".
	for first > i && (portfolioWords[toks[first-1].Lower] || toks[first-1].Lower == "and" && first-1 > i && portfolioWords[toks[first-2].Lower]) {
		first--
	}
	if bodyHeadBeforeTitle(toks, i, first, m) {
		first++
	}
	if first > i && first < m {
		out = append(out, d.classifyRun(s, si, i, first, cityAt)...)
		i = first
	}
	ts := m
	if m > i {
		ts = i
		// "Security Council Chairman": the institution in the title describes the post.
		for k := m - 1; k > i; k-- {
			if isHead(toks[k].Lower) && titleHeads[toks[k+1].Lower] && !titleHeads[toks[k].Lower] {
				inst := d.institution(s, i, k+1)
				inst.Desc = true
				out = append(out, inst)
				ts = k + 1
				break
			}
		}
		titled = honoured
		for k := ts; k < titleEnd; k++ {
			if titleHeads[toks[k].Lower] || TheTitle(toks, k) || honorifics[toks[k].Lower] || PluralTitle(toks[k].Lower) && !s.Title {
				// (A headline capitalizes its verb: "Presidents Hold Talks".)
				titled = true
			}
			if toks[k].Lower == "messrs" {
				plural = true
			}
		}
		plural = plural || monsieurs
		title = CleanTitle(SpanText(s, ts, max(ts, titleEnd)))
	}
	words := 0
	acr := 0
	digit := false
	for k := m; k < j; k++ {
		t := toks[k]
		if !t.Word || (particles[t.Lower] && !t.Cap) || freeParticle(toks, k) {
			continue
		}
		words++
		if t.Acronym {
			acr++
		}
		if strings.ContainsAny(t.Text, "0123456789") {
			digit = true
		}
	}
	switch {
	case words == 0:
	case !titled && m == i && j-m >= 2 && (companyBeforePost(toks, j) || companyAfterPost(toks, m)):
		// "X Y chief executive Z W", "managing director of X Y": the
		// company's name by its chief's post (companypost.go).
		out = append(out, Mention{I: m, J: j, Kind: Org, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && !digit && m == i && m >= 2 && toks[m-1].Lower == "of" && settlementNouns[toks[m-2].Lower] && !DemonstrativeTown(toks, m-2):
		// "in the Kyrgyz town of X" (p97), a town the gazetteer lacks:
		// a place, where the meeting the clause tells was held; the
		// story's other uses of the name follow (namedTowns).
		out = append(out, Mention{I: m, J: j, Kind: City, Actor: -1, City: SpanText(s, m, j), Text: SpanText(s, m, j)})
	case !titled && !s.Title && m >= 2 && toks[m-1].Lower == "of" && toks[m-2].Cap && namedTextHeads[toks[m-2].Lower]:
		// "signed the Protocol of X", "the Declaration of Y": the name of
		// a text, after the town or idea it is named for, no person
		// (issue 14's five-hundred-and-twenty-fifth round, p3185, p845).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && m == i && m >= 2 && toks[m-1].Lower == "of" && airfieldOf(toks, m-2):
		// "at the aerodrome of X", "the Argentine air base of Y": the
		// name an airfield goes by, no person; nor the meeting's town,
		// which the dateline or a "near Z" tells (airfieldOf).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !s.Title && postOfCompound(toks, m, j):
		// "the Minister-President of X-Y", "the premier of X-Y": a pair
		// compound after a post's title and "of" is the land the post
		// governs, resolved as a lone word is, so a headline's "X" alone
		// is not taken for its surname (issue 14's
		// five-hundred-and-sixtieth round; p3392, p2885).
		out = append(out, Mention{I: m, J: j, Kind: Unknown, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && placeLinked(toks, m, j):
		// "at Colombey-les-Deux-Eglises", "to Stratford-upon-Avon": a
		// name whose parts a place's link word joins between hyphens is
		// a place the gazetteer lacks, never a person; its other uses
		// follow (namedTowns).
		out = append(out, Mention{I: m, J: j, Kind: City, Actor: -1, City: SpanText(s, m, j), Text: SpanText(s, m, j)})
	case words == 1 || acr == words || digit:
		endsOf := m > i && (toks[m-1].Lower == "of" || toks[m-1].Lower == "the")
		if headlineVerb(s, toks, m, j) {
			break // "Envoy Tells Rebels": the verb, no name
		}
		if words == 1 && titled && !digit && acr == 0 && !endsOf {
			out = append(out, Mention{I: m, J: j, Kind: Person, Actor: -1, Text: SpanText(s, m, j), Title: title, Titled: true, Plural: plural, TI: ts})
		} else if words == 1 || acr == words && hyphenJoined(toks, m, j) {
			// "ZANU-PF" (p178), "SPLM-IO" (p65): acronyms joined by
			// hyphens are one name, resolved as a lone acronym is.
			out = append(out, Mention{I: m, J: j, Kind: Unknown, Actor: -1, Text: SpanText(s, m, j)})
		}
	case !titled && !s.Title && d.acronymTail(toks, m, j, words, acr):
		// "of Zanu PF", "Zanu-PF sources": a name closed by an acronym is
		// a party's or a body's, not a person's, resolved as a lone
		// acronym is (the four-hundred-and-fifty-eighth round: p2785,
		// p1222, p1938).
		out = append(out, Mention{I: m, J: j, Kind: Unknown, Actor: -1, Text: SpanText(s, m, j)})
	case !s.Title && townOfPost(toks, i, m, j, titled, words):
		// "the Mayor of X Y, Z W" (p334), "the mayor of X Y" (p484): the
		// town of the post, which the gazetteer lacks; its other uses
		// ("a return visit to X Y") follow (namedTowns).
		out = append(out, Mention{I: m, J: j, Kind: City, Actor: -1, City: SpanText(s, m, j), Text: SpanText(s, m, j)})
	case s.Title && !titled:
		// Headlines capitalize every word: keep single words for later resolution.
		for k := m; k < j; k++ {
			if toks[k].Word && toks[k].Cap {
				out = append(out, Mention{I: k, J: k + 1, Kind: Unknown, Actor: -1, Text: toks[k].Text})
			}
		}
	case !titled && !surnamed && d.allCommon(toks, m, j) && !commonNameAfterTitle(toks, m, j) && !hyphenedGivenOpening(s, j-1, d.g.Common):
		// "Human Rights Watch", "Breaking News": ordinary words, not a name.
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !surnamed && d.meetingName(toks, m, j):
		// "held a Summit Meeting with X", "the Trilateral Session": a
		// meeting named in capitals, as government readouts write it,
		// not a person.
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && forName(toks, m, j):
		// "the Steering Committee for Bilateral Cooperation", "the
		// Dialogue Table for Peace": a body's name joined by "for".
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && articleBefore(toks, m) && (j == len(toks) || !toks[j].Word || Auxiliaries[toks[j].Lower]):
		// "on the Blue Nile,", "the two Koreas are": a personal name
		// takes no article; this names a place or a thing. ("the Sinn
		// Fein team" is a name used as a modifier: left to the rules
		// for names.)
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case j-m >= 2 && portfolioHeads[toks[j-1].Lower] && m > 0 && toks[m-1].Lower == "and":
		// "Cabinet Secretary for Foreign and Diaspora Affairs", "the
		// Department of Boundary and Ocean Affairs": the second conjunct
		// of a portfolio, no name (p93 and a build-half article).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && j < len(toks) && toks[j].Word && !toks[j].Cap && areaNouns[toks[j].Lower]:
		// "visited Lam Dong province", "the Tana river": a name before a
		// lower-case noun for an area of land or water names that area.
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && m == i && m > 0 && !toks[m-1].Cap && (vesselNouns[toks[m-1].Lower] || buildingBeforeNames[toks[m-1].Lower]):
		// "aboard the survey ship X" (p278), "the patrol boat Y" (p283),
		// "the patrol vessel Z" (p302): a name right after a lower-case
		// noun for a vessel is the ship's, not a person's; so is a name
		// right after "residence" the residence's ("met in the residence
		// X", "at his official residence Y"; issue 14's
		// five-hundred-and-fifty-fourth round, p1197, p2105).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && m == i && m > 0 && toks[m-1].Lower == "at" && (j >= len(toks) || toks[j].Text != "'s" && toks[j].Text != "'"):
		// "at Perdana Putra", "the bridge at Gura Bicului" (p109, p110):
		// a name the gazetteer lacks, right after "at" with no title,
		// is where something is, not who ("at X's invitation" aside).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && m == i && m >= 2 && toks[m-1].Lower == "the" && toks[m-2].Lower == "at" && (j >= len(toks) || !toks[j].Word || !toks[j].Cap && !Auxiliaries[toks[j].Lower] && toks[j].Text != "'s"):
		// "at the Torre Ejecutiva", "at the Casa Rosada": a personal
		// name takes no article; a name after "at the" is where.
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && m > 0 && (toks[m-1].Lower == "the" || toks[m-1].Lower == "at") && buildingHeads[toks[j-1].Lower]:
		// "at the Government Headquarters", "at State House", "the
		// State Palace" (p98, p101, p105, p106, p109): a building
		// named by its own noun.
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && buildingAfter(toks, j):
		// "at the X state residence", "the Y compound" (p97, p63).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && m == i && m >= 1 && toks[m-1].Lower == "the" && j-m >= 2 && j < len(toks) && toks[j].Word && !toks[j].Cap && theNameFollowers[toks[j].Lower]:
		// "of the Liberation Tigers of X" (p159), "of the Dialogue Table
		// in Havana" (p66): a personal name takes no article; a name of
		// two words or more after "the", a preposition after it, is a
		// body's, left to the resolver.
		out = append(out, Mention{I: m, J: j, Kind: Unknown, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && j-m >= 2 && featureLeads[toks[m].Lower] && toks[m].Cap:
		// "on the shore of Lake Prespa" (p169), "clean up Lake
		// Titicaca" (p232): a lake, neither a person nor a town.
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && j-m >= 2 && buildingLeads[toks[m].Lower] && toks[m].Cap:
		// "in the old Hotel X", "the former Hotel Y": a building named
		// head first, as hotels are; after "old" or "former" the article
		// no longer marks it as no person's name (the
		// three-hundred-and-forty-sixth round, p2110, p2029).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && j-m >= 3 && romancePlaceLeads[toks[m].Lower] && toks[m].Cap && romancePlaceParticles[toks[m+1].Lower]:
		// "filled the Plaza de X", "at the Palacio de Y", "the Casa de
		// Z": a square or a house named head first in a Romance
		// language, its name joined by "de", is where people gather, not
		// one of them (the four-hundred-and-first round, p2440, p2359).
		// The particle is required: "Plaza" and "Palacio" are also
		// family names.
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && compoundModifier(toks, m, j):
		// "on the Lagos-Abidjan corridor" (p116), "since the
		// Trans-Kalahari highway" (p134), "of the Sadakhlo-Bagratashen
		// crossing" (p118): two names joined by a hyphen after "the" and
		// before a common noun modify that noun; no person is named.
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && compoundBeforeThing(toks, m, j):
		// "the proposed X-Y waterway", "the planned X-Y natural gas
		// pipeline", "the old X-Y enclaves": a pair compound that a
		// route's, a frontier's or a tract's noun follows, a word or two
		// between, names that thing, not a person (the
		// four-hundred-and-seventy-fifth round; p532, p1274, p2846).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && j-m >= 2 && toks[j-1].Cap && namedVenueHeads[toks[j-1].Lower]:
		// "toured Adelaide Zoo", "visited the Hermitage Museum": a name
		// closed by the noun of a public venue names the venue, not a
		// person (the two-hundred-and-fifty-fourth round, p1556).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && placeRun(toks, i, m, j):
		// "in Kelso Bay", "Port Arlen", "in Dolo Ado, a small town":
		// a place the gazetteer lacks, by its own words or by what the
		// text calls it, not a person.
		out = append(out, Mention{I: m, J: j, Kind: City, Actor: -1, City: SpanText(s, m, j), Text: SpanText(s, m, j)})
	case !titled && m == i && LedPairCompound(toks, m, j):
		// "in Nagorno-Karabakh", "this Haute-Marne village", "leaves
		// for Baden-Baden": two capitalized words joined by a hyphen,
		// with no given name, title or honorific before and a
		// preposition or determiner right before, are one word, resolved
		// as a lone word is. A person's double-barrelled surname there
		// resolves to the full name the story gives; a place's compound
		// no longer stands for a person of its own. A subject ("and
		// Oster-Lund agreed") is left a person.
		out = append(out, Mention{I: m, J: j, Kind: Unknown, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && possessedPairCompound(toks, m, j):
		// "Schleswig-Holstein's premier X", "and Baden-Baden's Y": a lone
		// pair compound that owns a post or a named person is a region's
		// or a body's name, resolved as a lone word is, as after a
		// compoundLead; a person's double-barrelled surname there still
		// resolves to the full name the story gives (the
		// four-hundred-and-seventy-fifth round; p2883, p1016).
		out = append(out, Mention{I: m, J: j, Kind: Unknown, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && m == i && articleCompound(toks, m, j):
		// "the leaders of Al-X", "fighters loyal to Al-Y": the Arabic
		// article glued to one capitalized word, no given name before,
		// names a society, a movement or a mosque; resolved as a lone
		// word is, so a surname written so still finds the full name the
		// story gives (issue 14's five-hundred-and-sixtieth round; p3394,
		// p3395, p3376, p1489).
		out = append(out, Mention{I: m, J: j, Kind: Unknown, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && bracketedCompound(toks, m, j):
		// "the Party of X (Marxist-Leninist)", "the Council of Y
		// (Isak-Muivah)": a pair compound in brackets right after a
		// body's name is its faction or creed, part of that name (the
		// five-hundred-and-sixtieth round; p3396, p3095, p319, p922).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && !s.Title && thingApposed(toks, m, j):
		// "Representatives of X Y, a mining lobby,": the name after the
		// run's own words is called a thing (thingapposed.go).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	case !titled && m == i && landmarkRun(toks, m, j):
		// "La X said in a statement", "walked out of the Casa Y": a seat
		// of government known by its own name is a building, no person
		// (landmarkname.go).
		out = append(out, Mention{I: m, J: j, Kind: NonActor, Actor: -1, Text: SpanText(s, m, j)})
	default:
		out = append(out, Mention{I: m, J: j, Kind: Person, Actor: -1, Text: SpanText(s, m, j), Title: title, Titled: titled, Plural: plural, TI: ts})
	}
	return out
}

// townOfPost: the name [m, j) follows "of" after a town's post ("the
// mayor of", "the Mayor of", which opens the run), so it names the town,
// not a person: a personal name does not follow "of" after a title. The
// name must be two words, or close at a comma that sets the post's
// holder in apposition ("the Mayor of X Y, Z W,"); a longer run may hold
// the holder's name itself ("Mayor of X Z W said"). One word after "of"
// is no person already (endsOf).
func townOfPost(toks []text.Token, i, m, j int, titled bool, words int) bool {
	if m < 2 || toks[m-1].Lower != "of" || !townPosts[toks[m-2].Lower] || m != i && !titled {
		return false
	}
	return words == 2 || words > 2 && nameAfterComma(toks, j)
}

// compoundLeads: the prepositions and determiners before which a lone
// hyphenated compound names a place or a thing (lonePairCompound).
var compoundLeads = lex("compoundLeads")

// placeNameLinks join the parts of a place's name between hyphens
// ("Boulogne-sur-Mer"; placeLinkAt).
var placeNameLinks = lex("placeNameLinks")

// LedPairCompound: the name [m, j) is a lone pair compound right after a
// compoundLead ("in Nagorno-Karabakh"): a place's or a thing's name, unless
// the story names a person by it in full.
func LedPairCompound(toks []text.Token, m, j int) bool {
	return m > 0 && compoundLeads[toks[m-1].Lower] && lonePairCompound(toks, m, j)
}

// lonePairCompound: the name [m, j) is one compound of two capitalized
// words joined by a glued hyphen, neither an acronym ("Haute-Marne", not
// "ZANU-PF", whose own case reads acronyms).
func lonePairCompound(toks []text.Token, m, j int) bool {
	if j-m != 3 || toks[m+1].Text != "-" || !toks[m+1].Glued || !toks[m+2].Glued {
		return false
	}
	a, b := toks[m], toks[m+2]
	return a.Word && b.Word && a.Cap && b.Cap && !a.Acronym && !b.Acronym
}

// postOfCompound: the name [m, j) is a lone pair compound right after
// "of" and a title word; the title words hold "people" too, and "the
// people of X-Y" are a land's as well (p3186).
func postOfCompound(toks []text.Token, m, j int) bool {
	return m >= 2 && toks[m-1].Lower == "of" && IsTitleWord(toks[m-2].Lower) && lonePairCompound(toks, m, j)
}

// articleCompound: the name [m, j) is a lone pair compound whose first
// word is the Arabic article, capitalized ("Al-X", "El-Y";
// familyArticles).
func articleCompound(toks []text.Token, m, j int) bool {
	return lonePairCompound(toks, m, j) && familyArticles[toks[m].Lower] && (m == 0 || !toks[m-1].Cap)
}

// bracketedCompound: the name [m, j) is a lone pair compound between
// brackets, a capitalized word right before the opening one.
func bracketedCompound(toks []text.Token, m, j int) bool {
	return lonePairCompound(toks, m, j) && m >= 2 && j < len(toks) && toks[m-1].Text == "(" && toks[j].Text == ")" && toks[m-2].Word && toks[m-2].Cap
}

// possessedPairCompound: the name [m, j) is a lone pair compound glued to
// "'s", a capitalized word or a post's title word after it: the possessor
// of a named person or of a post.
func possessedPairCompound(toks []text.Token, m, j int) bool {
	if !lonePairCompound(toks, m, j) || j+1 >= len(toks) || toks[j].Text != "'s" {
		return false
	}
	n := toks[j+1]
	return n.Word && (n.Cap || IsTitleWord(n.Lower))
}

// compoundThingNouns: the nouns of routes, frontiers and tracts that make
// a pair compound before them their name (lexicon).
var compoundThingNouns = lex("compoundThingNouns")

// compoundBeforeThing: the name [m, j) is a lone pair compound followed by
// a compoundThingNoun, at most two lower-case modifiers between ("natural
// gas"). A verb, an auxiliary or a function word between ends the phrase:
// "X-Y said the pipeline", "X-Y visited railway workers" tell a person.
func compoundBeforeThing(toks []text.Token, m, j int) bool {
	if !lonePairCompound(toks, m, j) {
		return false
	}
	for k := j; k < len(toks) && k <= j+2; k++ {
		t := toks[k]
		if !t.Word || t.Cap {
			return false
		}
		if compoundThingNouns[t.Lower] {
			return true
		}
		if compoundLeads[t.Lower] || Auxiliaries[t.Lower] || strings.HasSuffix(t.Lower, "ed") || t.Lower == "and" || t.Lower == "or" || t.Lower == "who" || t.Lower == "which" || t.Lower == "that" {
			return false
		}
	}
	return false
}

// compoundModifier: the name [m, j) is one hyphenated compound of two
// capitalized words, "the" before it and a lower-case word after.
func compoundModifier(toks []text.Token, m, j int) bool {
	return j-m == 3 && m > 0 && j < len(toks) && toks[m-1].Lower == "the" && toks[m+1].Text == "-" &&
		toks[m].Cap && toks[m+2].Cap && toks[j].Word && !toks[j].Cap
}

// placeRun: the untitled name [m, j) (its run opening at i) is a place:
// two words or more with a place's head or lead word ("Kelso Bay",
// "Alice Springs", "Port Arlen") and no institution's head after, or a
// name right after "in" that an apposition calls a settlement ("in Dolo
// Ado, a small town in ..."): people are neither.
func placeRun(toks []text.Token, i, m, j int) bool {
	if m > 0 && (toks[m-1].Text == "'s" || toks[m-1].Lower == "of" && m > 1 && isHead(toks[m-2].Lower)) {
		return false
	}
	if j < len(toks) && (toks[j].Text == "'s" || toks[j].Text == "'") {
		return false
	}
	if j-m >= 2 && (placeTails[toks[j-1].Lower] || placeLeads[toks[m].Lower]) && !isHead(toks[j-1].Lower) {
		return true
	}
	if m != i || m == 0 || toks[m-1].Lower != "in" || j+2 >= len(toks) || toks[j].Text != "," || !appositionDets[toks[j+1].Lower] {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+5; k++ {
		t := toks[k]
		if settlementNouns[t.Lower] {
			return true
		}
		if !t.Word || t.Cap || functionWords[t.Lower] {
			return false
		}
	}
	return false
}

// buildingAfter: a building noun follows a run ending at j, right after
// it or after one lower-case modifier ("state residence").
func buildingAfter(toks []text.Token, j int) bool {
	for e := j; e < len(toks) && e <= j+1; e++ {
		if !toks[e].Word || toks[e].Cap {
			return false
		}
		if buildingNouns[toks[e].Lower] {
			return true
		}
	}
	return false
}

// forName: the run [m, j) is a part of a body's name joined by "for":
// after "<Head> for" ("Committee for Bilateral Cooperation") or, after
// "the", before "for" and a capitalized word ("the Dialogue Table for
// Peace"). A person's name takes neither.
func forName(toks []text.Token, m, j int) bool {
	if m >= 2 && toks[m-1].Lower == "for" && toks[m-2].Cap && isHead(toks[m-2].Lower) {
		return true
	}
	return articleBefore(toks, m) && j+1 < len(toks) && toks[j].Lower == "for" && toks[j+1].Cap && toks[j+1].Word
}

// Auxiliaries may follow a subject: "the two Koreas are".
var Auxiliaries = lex("auxiliaries")

// articleBefore: the run at m follows "the", or "the" and a number word
// ("the two").
func articleBefore(toks []text.Token, m int) bool {
	if m > 0 && toks[m-1].Lower == "the" {
		return true
	}
	_, count := CountWords[toks[max(m-1, 0)].Lower]
	return m > 1 && count && toks[m-2].Lower == "the"
}

// hyphenJoined: the words of [i, j) are joined by glued hyphens only.
func hyphenJoined(toks []text.Token, i, j int) bool {
	if j-i < 3 {
		return false
	}
	for k := i + 1; k < j; k += 2 {
		if toks[k].Text != "-" || !toks[k].Glued || !toks[k+1].Glued {
			return false
		}
	}
	return (j-i)%2 == 1
}

// acronymTail: the run [m, j) of two or three words ends in its only
// acronym, with no dot, joined to the word before by a hyphen
// ("Zanu-PF sources"), of two letters ("of Zanu PF"), or after an
// ordinary word ("the Vision SAGAR"). Some outlets write a surname in
// capitals ("Shinzo ABE", p2408), so a longer acronym after a name may be
// a surname; a regnal number ("Sobhuza III") or a post-nominal ("MP")
// closes a person's name and is no such acronym.
func (d *scanner) acronymTail(toks []text.Token, m, j, words, acr int) bool {
	if words < 2 || words > 3 || acr != 1 || j-m < 2 {
		return false
	}
	t := toks[j-1]
	if !t.Acronym || strings.Contains(t.Text, ".") || postNominals[t.Lower] || strings.Trim(t.Text, "IVXLCDM") == "" {
		return false
	}
	if toks[j-2].Text == "-" && toks[j-2].Glued && t.Glued {
		return true
	}
	return len(t.Text) == 2 || d.g.Common[toks[m].Lower]
}

// commonNameAfterTitle: the run [m, j) of two or three capitalized words,
// each a frequent English word ("James Kelly", "William Davis"), comes
// right after a lower-case title ("former premier William Davis") or a
// title in apposition ("the assistant secretary of state, James Kelly,",
// "the envoy, John Major,"): a person named after the post held, not
// ordinary words in capitals. A body's name ("Human Rights Watch") has
// no title before it.
func commonNameAfterTitle(toks []text.Token, m, j int) bool {
	if j-m < 2 || j-m > 3 || m < 1 {
		return false
	}
	for k := m; k < j; k++ {
		if !toks[k].Word || !toks[k].Cap || toks[k].Acronym {
			return false
		}
	}
	head := func(t text.Token) bool { return t.Word && !t.Cap && titleHeads[t.Lower] }
	if head(toks[m-1]) || postApposedAfter(toks, j) {
		return true
	}
	if toks[m-1].Text != "," || m < 2 {
		return false
	}
	return head(toks[m-2]) || m >= 4 && toks[m-3].Lower == "of" && head(toks[m-4])
}

// Issue 14's five-hundred-and-eighteenth round: a person whose given and
// family names are both frequent words ("James Kelly", p1055; "Mike
// Brown", p3141) named before the post in apposition ("X Y, assistant
// secretary of state for ...", "X Y, the deputy chairman,") was read as
// ordinary words in capitals and lost, as the post before the name was
// not.

// postApposedAfter: the run ending at j is followed by a comma and an
// apposition of at most six tokens, an optional article or possessor and
// lower-case words, that ends on a title's head closed by a comma, a
// full stop or a preposition ("managing director of"). A relative
// pronoun ("X Y, whose director ...") or a head that is also an
// adjective or a thing ("a major", "the general") opens no post.
func postApposedAfter(toks []text.Token, j int) bool {
	if j >= len(toks) || toks[j].Text != "," {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		t := toks[k]
		switch {
		case t.Text == "'s" || t.Text == "-":
			continue
		case !t.Word:
			return false
		case t.Cap && !t.Acronym:
			return false
		case k == j+1 && (t.Lower == "the" || t.Lower == "a" || t.Lower == "an" || t.Lower == "its" || t.Lower == "his" || t.Lower == "her" || t.Lower == "their"):
			continue
		case !t.Cap && titleHeads[t.Lower] && !apposedHeadNouns[t.Lower]:
			if k+1 >= len(toks) {
				return false
			}
			// "deputy chairman": a head may modify the next one.
			if n := toks[k+1].Lower; n == "," || n == "." || n == "of" || n == "for" || n == "at" || n == "to" {
				return true
			}
		case functionWords[t.Lower]:
			return false
		}
	}
	return false
}

// apposedHeadNouns are title heads that are also adjectives or things
// ("a major", "the general public", "staff", "justice"): no post after a
// comma by themselves.
var apposedHeadNouns = lex("apposedPostExceptions")

// allCommon: every word of [i,j) is among the most frequent English words.
func (d *scanner) allCommon(toks []text.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].Word && !d.g.Common[toks[k].Lower] {
			return false
		}
	}
	return true
}

// meetingName: the run [i, j) ends in a meeting noun ("Meeting",
// "Summit", "Talks") and its other words are ordinary ones or meeting
// nouns too: "Summit Meeting", "Bilateral Talks" name an encounter.
func (d *scanner) meetingName(toks []text.Token, i, j int) bool {
	if j-i < 2 || !meetingNouns[toks[j-1].Lower] {
		return false
	}
	for k := i; k < j-1; k++ {
		if toks[k].Word && !d.g.Common[toks[k].Lower] && !meetingNouns[toks[k].Lower] {
			return false
		}
	}
	return true
}

type cityHit struct {
	e gazetteer.Entry
	l int
}

// bodyWithComplement: a run whose capitalized words up to its first "of"
// or "for" end in an institution head is one body named for whom or what
// it serves: "Lesotho Congress for Democracy" (p221), "National Committee
// for the Salvation of the People" (p222), "Union for National Progress"
// (p189), "Commission of Guarantors" (p243). The title reading splits such
// a run into a title and a name and loses the head, or takes a place or
// document closing the complement for the head ("Council for the Defence
// of the Coast"); only then is out, the run's reading, replaced by the
// body. Only bodies of members (memberBodyHeads) and groups: an office
// or agency after a post ("head of the Office for X") is left to the
// post. Runs opened by a title word
// ("Minister for X", "Secretary of State") keep their reading.
func (d *scanner) bodyWithComplement(s *text.Sentence, i, j int, out []Mention) []Mention {
	toks := s.Toks
	p := i + 1
	for p < j && !bodyConnector(toks[p].Lower) {
		p++
	}
	if p >= j-1 || (toks[p-1].Text != "-" && !toks[p-1].Cap) {
		return out
	}
	head := toks[p-1].Lower
	if !memberBodyHeads[head] && !groupHeads[head] {
		return out // "head of the Office for X": the post's unit
	}
	for k := i; k < j; k++ {
		if titleHeads[toks[k].Lower] || PluralTitle(toks[k].Lower) || honorifics[toks[k].Lower] || k < p && !toks[k].Cap && toks[k].Text != "-" {
			return out // "House of Representatives Speaker X" names a person
		}
	}
	for _, m := range out {
		if m.I <= p-1 && p-1 < m.J && m.Kind != NonActor {
			return out // the head is read in a name already
		}
	}
	kind := Org
	if groupHeads[head] && !orgHeads[head] {
		kind = Group
	}
	return []Mention{{I: i, J: j, Actor: -1, Text: SpanText(s, i, j), Kind: kind}}
}

// actionNoun: a noun of action ("salvation", "liberation", "restoration")
// that takes an object after "of".
func actionNoun(lower string) bool {
	return len(lower) > 6 && strings.HasSuffix(lower, "tion")
}

func isHead(lower string) bool {
	return orgHeads[lower] || groupHeads[lower] || nonActorHeads[lower]
}

func HasTitleHead(toks []text.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if titleHeads[toks[k].Lower] || TheTitle(toks, k) {
			return true
		}
	}
	return false
}

// titleSurname: the run [i, j) ends in a title head that is also a family
// name (titleSurnames) right after a given name: a capitalized word that
// is no title, honorific or common word, with no capitalized word after
// the run; a given name that is also a frequent word needs a title before. "Prime Minister John Major met", "Julie Bishop said" end in the
// family name; "Major General John Smith", "the Air Marshal" (a common
// word before it) and "Crown Prince X" (a title word before it) do not.
func (d *scanner) titleSurname(toks []text.Token, i, j int) bool {
	if j-i < 2 || !titleSurnames[toks[j-1].Lower] || !toks[j-1].Cap {
		return false
	}
	// An honorific alone before the word ("Mr Major", "Ms Bishop") styles
	// a person by the family name; "the Lord Bishop of X" keeps the see
	// (round 534; p3239, p1428).
	if j-i == 2 && honorifics[toks[i].Lower] && (j == len(toks) || !toks[j].Cap && toks[j].Lower != "of") {
		return true
	}
	g := toks[j-2]
	if !g.Word || !g.Cap || g.Acronym || len(g.Lower) < 2 || IsTitleWord(g.Lower) || d.commonWord(g) || denominations[g.Lower] {
		return false
	}
	if j < len(toks) && toks[j].Cap {
		return false
	}
	// A given name that is also a frequent English word ("John") needs a
	// title or honorific before it, in the run or just before it ("Prime
	// Minister John Major", "the Prime Minister, John Major"): "the Air
	// Marshal" stays a title.
	if !d.g.Common[g.Lower] {
		return true
	}
	// The two words alone open the sentence and a lowercase word other
	// than "of" follows ("John Major said in the Commons", "John Major
	// last night hailed"): a title opening a sentence takes its article
	// ("The Air Marshal said") or its holder's name, so the pair is a
	// person's name (round 534; p3239, p2655).
	if i == 0 && j-i == 2 && j < len(toks) && toks[j].Word && !toks[j].Cap && toks[j].Lower != "of" {
		return true
	}
	if j-2 > i {
		return IsTitleWord(toks[j-3].Lower)
	}
	return i >= 1 && (titleHeads[toks[i-1].Lower] || honorifics[toks[i-1].Lower]) ||
		i >= 2 && toks[i-1].Text == "," && titleHeads[toks[i-2].Lower]
}

// surnameAfterTitle: the name part [m, j) after the title words [i, m) is
// a given name and a family name that is also a head noun ("National
// Security Adviser Anthony Lake", "Senator Frank Church", "the envoy,
// Ruth Hall,"). A title of office or an honorific right before two name
// words, or a title in apposition before them, marks a person; only
// titles whose holders lend their names to places ("King Hussein
// Bridge", "Queen Elizabeth Hall") do not, and the head must be one that
// is also a family name (surnameHeads), never "Airport" or "Bridge".
func surnameAfterTitle(toks []text.Token, i, m, j int) bool {
	if j-m != 2 || !surnameHeads[toks[j-1].Lower] || isHead(toks[m].Lower) || !toks[m].Cap {
		return false
	}
	if m == i {
		// An honorific the run leaves out ("Dr Ana Temple"), or the title
		// before the name in apposition ("the American envoy, Anthony
		// Lake, flew").
		return i >= 1 && honorifics[toks[i-1].Lower] ||
			i >= 2 && toks[i-1].Text == "," && titleHeads[toks[i-2].Lower] && !namesakeTitles[toks[i-2].Lower]
	}
	titled := false
	for k := i; k < m; k++ {
		if namesakeTitles[toks[k].Lower] {
			return false
		}
		titled = titled || titleHeads[toks[k].Lower] || honorifics[toks[k].Lower]
	}
	return titled
}

// givenNameAfterTitle: the name part [m, j) is a given name that is also
// a head noun and a capitalized family name after it, with a title before
// ("President Bill X", "US President Bill X"): a person, not a bill. Only
// two words and only after a title, so "the Finance Bill" and "Bill 12"
// stay documents.
func givenNameAfterTitle(toks []text.Token, i, m, j int) bool {
	if j-m != 2 || m == i || !givenNameHeads[toks[m].Lower] || !toks[m].Cap || !toks[m+1].Cap || isHead(toks[m+1].Lower) {
		return false
	}
	for k := i; k < m; k++ {
		if namesakeTitles[toks[k].Lower] {
			return false
		}
		if titleHeads[toks[k].Lower] || honorifics[toks[k].Lower] {
			return true
		}
	}
	return false
}

// institution classifies a run ending in a head noun.
func (d *scanner) institution(s *text.Sentence, i, j int) Mention {
	last := s.Toks[j-1].Lower
	m := Mention{I: i, J: j, Actor: -1, Text: SpanText(s, i, j)}
	switch {
	case last == "church" && j-i >= 2 && denominations[s.Toks[j-2].Lower]:
		// "the Roman Catholic Church", "the Russian Orthodox Church"
		// (p168, p156, p66): a church named by its denomination is the
		// body, which can broker talks; "St Mark's Church" stays a
		// building.
		m.Kind = Org
	case last == "conference" && j-i >= 2 && conferenceBodyMods[s.Toks[j-2].Lower]:
		// "the Episcopal Conference of X", "the X Episcopal Conference":
		// a bishops' conference is a standing body of a country's church,
		// not a gathering, and it convenes or mediates talks as the
		// church does (p674, p1755, p1345, p996, p1978).
		m.Kind = Org
	case nonActorHeads[last] && !orgHeads[last] && !groupHeads[last] && actingBody(s.Toks, i, j):
		m.Kind = Org // "the X Initiative said" (actingbody.go)
	case nonActorHeads[last] && !orgHeads[last] && !groupHeads[last]:
		m.Kind = NonActor
	case groupHeads[last] && !orgHeads[last]:
		m.Kind = Group
	default:
		m.Kind = Org
	}
	if j-i == 1 && m.Kind != NonActor && !s.Toks[i].Acronym {
		m.Kind = NonActor // a lone "Council" or "Agency" names nothing
	}
	return m
}

// titledBody classifies a run [i, j) ending in a head noun that may open
// with a title and its "of" complement: "the Speaker of the National
// Assembly (of X) Y", "the President of the Senate". The body is then the
// post's, describing whoever holds it, as in "Security Council Chairman":
// it is not itself a party to what the sentence tells, and the title words
// name no body.
func (d *scanner) titledBody(s *text.Sentence, i, j int) Mention {
	toks := s.Toks
	if j-i < 3 || !titleHeads[toks[i].Lower] || toks[i+1].Lower != "of" && toks[i+1].Lower != "for" {
		return d.institution(s, i, j)
	}
	b := i + 2
	if toks[b].Lower == "the" {
		b++
	}
	if b >= j {
		return d.institution(s, i, j)
	}
	m := d.institution(s, b, j)
	m.Desc = true
	return m
}

// CleanTitle drops honorifics and stray punctuation from a title.
func CleanTitle(t string) string {
	var kept []string
	for _, w := range strings.Fields(t) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if honorifics[lw] || lw == "" {
			continue
		}
		kept = append(kept, strings.Trim(w, ","))
	}
	return strings.Join(trailingPrefixCut(kept), " ")
}

// trailingPrefixCut drops a prefix of honour (namePrefixes) that closes a
// title's words: Malaysian and Bruneian copy sets the style between the
// post and the name ("Prime Minister Datuk Seri X", "Foreign Minister
// Tan Sri Y"), and the style is no part of the post, whose last word
// tells what office it is (the three-hundred-and-twenty-ninth round). A
// rank of the same list closing a title goes too ("Chief of Defence Force
// Gen X").
// One word at least is kept: a bare "Gen" stays a title.
func trailingPrefixCut(words []string) []string {
	for _, p := range namePrefixes {
		n := len(p)
		if n >= len(words) {
			continue
		}
		match := true
		for x, w := range p {
			if strings.ToLower(strings.TrimRight(words[len(words)-n+x], ".'’")) != w {
				match = false
				break
			}
		}
		if match {
			return words[:len(words)-n]
		}
	}
	return words
}

// titleComplement: the run [i,m) is a title whose complement ends at m:
// it holds a title head followed by "of", "for", "to" or "on" ("Adviser
// on Foreign Affairs"), or a title joined by hyphens followed by one
// ("Ambassador-at-Large for").
func titleComplement(toks []text.Token, i, m int) bool {
	for k := i + 1; k < m; k++ {
		switch toks[k].Lower {
		case "of", "for", "to", "on":
			if IsTitleWord(toks[k-1].Lower) || hyphenedTitle(toks, k-1) {
				return true
			}
		}
	}
	return false
}

// prepAfterTitle: the run at i opens right after a title word and its
// preposition that the run left out: "Adviser on Foreign Affairs X" at a
// sentence's start, where "Adviser" is read as a common word when the
// story also writes "adviser" in lower case (p2967).
func prepAfterTitle(toks []text.Token, i int) bool {
	if i < 2 || !toks[i].Cap {
		return false
	}
	switch toks[i-1].Lower {
	case "of", "for", "to", "on":
		return toks[i-2].Cap && IsTitleWord(toks[i-2].Lower) || hyphenedTitle(toks, i-2)
	}
	return false
}

// hyphenedTitle: the capitalized word at k closes a title joined by
// hyphens whose first part is a title head: "Ambassador-at-Large",
// "Envoy-at-Large".
func hyphenedTitle(toks []text.Token, k int) bool {
	if k < 2 || !toks[k].Cap || !toks[k].Word || toks[k-1].Text != "-" {
		return false
	}
	h := k
	for h >= 2 && toks[h-1].Text == "-" && toks[h-2].Word {
		h -= 2
	}
	return h < k && toks[h].Cap && titleHeads[toks[h].Lower]
}

// AfterTitleComplement: the run at i continues a title's complement past a
// state or demonym: "Envoy for African Affairs X", "Ambassador to Chile
// and the Andes X".
func AfterTitleComplement(toks []text.Token, i int) bool {
	k := i - 1
	for k > 0 && i-k <= 6 && (toks[k].Cap || toks[k].Lower == "and" || toks[k].Lower == "the" || toks[k].Text == ",") {
		k--
	}
	if k < 1 || k == i-1 {
		return false
	}
	switch toks[k].Lower {
	case "of", "for", "to":
		return toks[k-1].Cap && IsTitleWord(toks[k-1].Lower)
	}
	return false
}

// nameAfterComma: a comma at k opens a person's name in apposition, an
// honorific or two capitalized words that are no title ("..., Mr. X",
// "..., Ana Lind,"); a title after the comma ("..., Prime Minister X")
// opens the next item of a list instead.
func nameAfterComma(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || toks[k].Text != "," {
		return false
	}
	if a := toks[k+1].Lower; honorifics[strings.TrimSuffix(a, ".")] || honorifics[a] {
		return true
	}
	// Two capitalized words or more, closed by a comma or the sentence's
	// end: "..., Jon Berg and Sara Holm" is a list of names instead.
	e := k + 1
	for e < len(toks) && toks[e].Word && toks[e].Cap && !IsTitleWord(toks[e].Lower) {
		e++
	}
	return e-k-1 >= 2 && (e == len(toks) || toks[e].Text == "," || toks[e].Text == ".")
}

// middleInitial: the period at k closes a one-letter initial inside a name.
// Callers look ahead past the token they hold ("N. Korea" ending a
// headline), so k may lie beyond the sentence.
func middleInitial(toks []text.Token, k int) bool {
	return k < len(toks) && toks[k].Text == "." && k > 0 && initials(toks[k-1]) && k+1 < len(toks) && (toks[k+1].Cap || particleSurnameAt(toks, k+1))
}

// particleSurnameAt: one or two lower-case name particles at k and a
// capitalized word after them — the family name an initial's period may
// stand before: "J. H. van X", "F. W. de Y", "A. S. de Z" (issue 14's
// five-hundred-and-seventy-first round; p3461, p1752, p1436, p1511,
// p1977, p3180, p854, p1771), which were cut at the particle into "J. H"
// and "X". "the U.S. de facto" has no capitalized word after it.
func particleSurnameAt(toks []text.Token, k int) bool {
	for n := 0; n < 2 && k < len(toks) && particles[toks[k].Lower] && !toks[k].Cap && toks[k].Word && !toks[k].Glued; n++ {
		k++
		if k < len(toks) && toks[k].Word && toks[k].Cap && !toks[k].Glued {
			return true
		}
	}
	return false
}

// saintParticle: the period at k closes "St", the cut-short "Saint" of a
// family name after a given name ("Louis St. Laurent", "Paul St. John"):
// the period is glued to it and a capitalized word follows.
func saintParticle(toks []text.Token, k int) bool {
	return toks[k].Text == "." && toks[k].Glued && k > 1 && toks[k-1].Text == "St" && toks[k-2].Cap && toks[k-2].Word &&
		k+1 < len(toks) && toks[k+1].Cap && toks[k+1].Word
}

// insertMark: the token at k opens or closes a part set inside a name
// ("'Coco'", "(Ana Maria)"): a quote or bracket with a capitalized word on
// either side.
func insertMark(toks []text.Token, k int) bool {
	switch toks[k].Text {
	case "'", "\"", "(", ")":
		return k > 0 && k+1 < len(toks) && toks[k-1].Cap && toks[k+1].Cap || toks[k].Text == "(" && k+1 < len(toks) && toks[k+1].Cap
	}
	return false
}

// lastNamePrefix finds the last prefix of honour or rank in the run [i,j)
// that reaches into its name part [m,j) and leaves a name after it: its
// start k and its end e (after a closing apostrophe, "Dato' Sri"), or e =
// 0. The name left must hold a word of two letters or more ("Gen Z" is a
// generation, not General Z).
func lastNamePrefix(toks []text.Token, i, m, j int) (k, e int) {
	for s := j - 2; s >= i; s-- {
		end := prefixAt(toks, s, j)
		if end <= m {
			continue
		}
		for n := end; n < j; n++ {
			if toks[n].Word && len([]rune(toks[n].Text)) >= 2 {
				return s, end
			}
		}
	}
	return 0, 0
}

// PrefixEnd is the index after the prefix of honour or rank of
// namePrefixes ("Tan Sri", "Datuk", "Lt Gen") that opens at toks[k]
// capitalized, or k when none opens there.
func PrefixEnd(toks []text.Token, k int) int {
	if e := prefixAt(toks, k, len(toks)); e > k {
		return e
	}
	return k
}

// prefixAt matches the longest of namePrefixes at toks[k] (below j),
// returning the index after it, or 0.
func prefixAt(toks []text.Token, k, j int) int {
	best := 0
	for _, p := range namePrefixes {
		n := k
		for x, w := range p {
			if n >= j || toks[n].Lower != w || !toks[n].Cap {
				n = -1
				break
			}
			n++
			if n < j && (toks[n].Text == "'" || toks[n].Text == "’" || rankPeriod(toks, n)) {
				n++
			}
			if x+1 < len(p) && rankHyphen(toks, n, j) {
				n++
			}
		}
		if n > best {
			best = n
		}
	}
	return best
}

// syllableNotAcronym: toks[k] is a title word only as an acronym ("UN
// envoy", "EU official") written in title case after a capitalized name
// word of the run that starts at i, as the last syllable of a romanized
// name is ("Kim Jong Un"): part of the name, not a title. Written "UN",
// or first in the run, it stays a title word.
func syllableNotAcronym(toks []text.Token, k, i int) bool {
	t := toks[k]
	return k > i && acronymMods[t.Lower] && !t.Acronym && toks[k-1].Word && toks[k-1].Cap && !IsTitleWord(toks[k-1].Lower)
}

// acronymMods are title words that are acronyms of bodies: read in title
// case after a name word they are a name's syllable.
var acronymMods = lex("acronymTitleMods")

// Issue 14's hundred-and-seventh round: a coalition or movement named for
// its cause after one or two modifiers ("the Civic Alliance for Justice
// and Democracy", "the Popular Front for Unity and Renewal", p674). The
// head-first case above reads "the Movement for X" as one group; with a
// modifier before the head the run went on to be split into title words
// and a person's name, and a second cause after "and" ("... Justice and
// Democracy") was left as a person, "Democracy". The modifiers are
// capitalized words that are no title words ("Chairman Front for ..." is
// not a group's name), and the head is a group head that is no
// organization head ("Union", "Congress" also head bodies, left as they
// were).
func modifiedCauseGroup(toks []text.Token, i, j int) bool {
	for h := i + 1; h <= i+2 && h+2 < j; h++ {
		if !toks[h].Cap || !groupHeads[toks[h].Lower] || orgHeads[toks[h].Lower] || toks[h+1].Lower != "for" {
			continue
		}
		for k := i; k < h; k++ {
			if !toks[k].Word || !toks[k].Cap || IsTitleWord(toks[k].Lower) || groupHeads[toks[k].Lower] {
				return false
			}
		}
		return true
	}
	return false
}

// namesBuilding: the name ending before j owns a capitalized building's
// noun right after it — "'s Cathedral", "'s Church" — that makes the two
// one name of a building.
// peerageOf: the town at i follows a capitalized peerage style and "of"
// ("Duke of Edinburgh", "Countess of Wessex"; lexicon peerageStyles), so
// it names a title, not a place.
func peerageOf(toks []text.Token, i int) bool {
	return i >= 2 && toks[i-1].Lower == "of" && toks[i-2].Cap && peerageStyles[toks[i-2].Lower]
}

func namesBuilding(toks []text.Token, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "'s" && toks[j+1].Cap && toks[j+1].Word && buildingNouns[toks[j+1].Lower]
}

// polityRun: the capitalized run [m, j) names a state or region by a
// polity noun (lexicon polityHeads) after a word of its own name ("the
// Chechen Republic", with its "of" complement: "the X Republic of Y"),
// or before it in the region's own language ("Republika Srpska"). A
// polity noun after ordinary words or a state's style only ("the Second
// Republic", "the Islamic Republic": polityStyles) names an era or a
// known state, not a new actor; one before another capitalized
// word ("Republic Day") names something else, and one right before "of"
// and a state the gazetteer knows is that state's style ("the Socialist
// Republic of X").
func polityRun(toks []text.Token, m, j int, common map[string]bool) bool {
	if j-m < 2 {
		return false
	}
	// The polity noun first, in the region's own language, before its
	// own name: "Republika Srpska".
	if toks[m].Cap && polityHeadsFirst[toks[m].Lower] {
		own := false
		for k := m + 1; k < j; k++ {
			t := toks[k]
			if !t.Word || !t.Cap || t.Acronym || IsTitleWord(t.Lower) {
				return false
			}
			own = own || !common[t.Lower]
		}
		return own
	}
	h := -1
	for k := m + 1; k < j; k++ {
		if toks[k].Cap && polityHeads[toks[k].Lower] {
			h = k
			break
		}
	}
	if h < 0 {
		return false
	}
	own := false
	for k := m; k < h; k++ {
		t := toks[k]
		if !t.Word || !t.Cap || t.Acronym || IsTitleWord(t.Lower) {
			return false
		}
		own = own || !common[t.Lower] && !polityStyles[t.Lower]
	}
	if !own {
		return false
	}
	if h+1 == j {
		// "the Socialist Republic of X" where X is a state the gazetteer
		// knows: the run stops before "of", and is the state's style.
		return j >= len(toks) || toks[j].Lower != "of"
	}
	// "of" and the region's own capitalized name: "Republic of Y".
	if toks[h+1].Lower != "of" || h+2 >= j {
		return false
	}
	for k := h + 2; k < j; k++ {
		if !toks[k].Word || !toks[k].Cap {
			return false
		}
	}
	return true
}

// DemonstrativeTown: the settlement noun at n follows "this" or "that"
// ("in this city of Mozart", "this town of weavers"): the dateline's own
// town, already named, told by what it is known for; the capitalized
// word after "of" is a person or a trade, not the town's name (the
// two-hundred-and-fourth round, p1256).
func DemonstrativeTown(toks []text.Token, n int) bool {
	for b := n - 1; b >= 0 && b >= n-3; b-- {
		switch toks[b].Lower {
		case "this", "that":
			return true
		}
		if !toks[b].Word || toks[b].Cap {
			return false
		}
	}
	return false
}

// headlineVerb: the lone word after a title in a headline is its verb of
// saying, which a headline capitalizes ("U.S. Envoy Tells Rebels to
// Wait", "President Said to Have Carried Views"), not the holder's name
// (the two-hundred-and-sixteenth round, p1328, p1332). In the body
// "Mediator Says" cannot stand capitalized, so only the headline is read.
func headlineVerb(s *text.Sentence, toks []text.Token, m, j int) bool {
	return s.Title && j == m+1 && headlineReportVerbs[toks[m].Lower] || headlinePassive(toks, m, j)
}

// headlinePassive: the lone word after a title in a headline or a deck
// (a line with no closing period) is a past participle, ending in "-ed"
// with a lower-case "by" after it: "Argentine Leader Cheered by Crowds",
// "Premier Greeted by Students" tell what befell the holder, who is not
// named (issue 14's two-hundred-and-fifty-ninth round, p1586). A name
// ending in "-ed" ("President Ahmed") is not followed by "by" in such a
// line.
func headlinePassive(toks []text.Token, m, j int) bool {
	if j != m+1 || j >= len(toks) || toks[j].Lower != "by" || toks[j].Cap {
		return false
	}
	w := toks[m].Lower
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || !toks[m].Cap {
		return false
	}
	return toks[len(toks)-1].Text != "."
}

// headlineVerbSplit: in a headline, the capitalized verb of meeting after
// a name ends the name ("Prime Minister X Meets with Y", "President X
// Hosts Y"; the two-hundred-and-sixty-first round, p1603): the index of
// the verb, or 0. The verb must follow a capitalized word of the run and
// be in the third person, which a name's word never is.
func headlineVerbSplit(s *text.Sentence, i, j int) int {
	if !s.Title {
		return 0
	}
	for k := i + 1; k < j; k++ {
		if t := s.Toks[k]; t.Word && t.Cap && headlineMeetVerbs[t.Lower] && s.Toks[k-1].Word && s.Toks[k-1].Cap {
			return k
		}
	}
	return 0
}

// rankHyphen: toks[k] is a hyphen glued between two words of a rank of
// several words, as British, Commonwealth and African papers write them
// ("Lt-Col. X", "Maj-Gen. Y", "Brig-Gen Z"; issue 14's
// two-hundred-and-thirty-sixth round, p1451). Unread, the run after the
// hyphen was taken for a person, "-Col", and the name behind it was lost.
func rankHyphen(toks []text.Token, k, j int) bool {
	return k+1 < j && toks[k].Text == "-" && toks[k].Glued && toks[k+1].Glued && toks[k+1].Cap
}

// rankPeriod: toks[k] is the period of an abbreviated rank that opens a
// name, glued to a capitalized first word of namePrefixes ("Gen.", "Lt.
// Gen.", "Maj."): it ends no sentence and no name's phrase.
func rankPeriod(toks []text.Token, k int) bool {
	return k > 0 && toks[k].Text == "." && toks[k].Glued && toks[k-1].Cap && prefixStarts[toks[k-1].Lower]
}

// danglingPrefix is the start of a prefix of honour (namePrefixes, "Datuk
// Seri", "Tan Sri") that ends the run [i,j) right before a capitalized
// honorific opening the next run ("Datuk Seri Dr X Y", "Tan Sri Prof X"):
// the prefix is the honoured person's, told after it, not a name of its
// own. -1 when the run does not end so.
func danglingPrefix(toks []text.Token, i, j int) int {
	if j >= len(toks) || !toks[j].Cap || !honorifics[strings.TrimSuffix(toks[j].Lower, ".")] {
		return -1
	}
	for k := i; k < j; k++ {
		if prefixAt(toks, k, j) == j {
			return k
		}
	}
	return -1
}

// bodyHeadBeforeTitle: the first title word at first of the run [i,m) is
// a council's head that is also a title modifier ("council", "committee";
// lexicon councilHeads), written with a capital after capitalized words that are no
// title words and right before a title head: "European Council President
// X", "Revolutionary Council Chairman Y". The head closes the body's name
// ("European Council") and the post is the title head after it; read from
// the head on, the title took "Council President" and the words before it
// stood alone as a body of their own ("European"), which then sat in
// negotiations as a party or mediator (issue 14's
// three-hundred-and-twentieth round). With a title word before the head
// ("State Council Premier", "National Security Council adviser") the run
// opens with the title and this does not apply.
func bodyHeadBeforeTitle(toks []text.Token, i, first, m int) bool {
	if first <= i || first+1 >= m {
		return false
	}
	h, t := toks[first], toks[first+1]
	return h.Word && h.Cap && councilHeads[h.Lower] && t.Word && t.Cap && titleHeads[t.Lower] && toks[first-1].Word && toks[first-1].Cap
}

// councilHeads: see bodyHeadBeforeTitle.
var councilHeads = lex("councilHeads")

// postCityName splits a post's seat from the name run on after it:
// "Permanent Representative to the Agencies in T X Y", "envoy to the
// agencies in T X Y" (T a town the gazetteer knows). The
// one-word town after "in" and the person's name make one capitalized
// run, read as one person whose name opens with the town, who then
// matched no one (issue 14's four-hundred-and-eighty-seventh round,
// p2955, p1230). Only when the words after the town read alone as one
// person of two words or more.
func (d *scanner) postCityName(s *text.Sentence, si, i, j int, cityAt map[int]cityHit) []Mention {
	c, ok := cityAt[i]
	if !ok || c.l != 1 || i < 2 || s.Toks[i-1].Lower != "in" || j-i < 3 {
		return nil
	}
	rest := d.classifyRun(s, si, i+1, j, cityAt)
	if len(rest) != 1 || rest[0].Kind != Person || rest[0].J-rest[0].I < 2 {
		return nil
	}
	m := Mention{I: i, J: i + 1, Kind: City, Actor: -1, City: c.e.City, Text: SpanText(s, i, i+1)}
	if c.e.Capital {
		m.Code = c.e.Ref
	}
	return append([]Mention{m}, rest...)
}

// freeParticle: the token at k is a freeNameParticles word standing free
// between two words of a name ("Correia e Silva"), glued to no hyphen.
func freeParticle(toks []text.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && freeNameParticles[toks[k].Lower] && !toks[k].Cap && !toks[k].Glued && !toks[k+1].Glued
}
