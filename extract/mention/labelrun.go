package mention

import "github.com/parley-dev/parley/extract/text"

// communityLabels: the adjectives of a people, faith or church (lexicon).
var communityLabels = lex("communityLabels")

// partyCreedLabels: the creed words that close a party's name (lexicon).
var partyCreedLabels = lex("partyCreedLabels")

// labelRun: the untitled name m opens or closes with a people's, faith's
// or church's adjective ("Gulf Arab officials said", "Sunni Arab
// parties", "Roman Catholic bishops", "the Anglican Communion", "the
// Anglican-Roman Catholic dialogue"). Such a run labels a bloc or a
// community: a surname never is such an adjective, nor is a given name
// (communityLabels leaves out those that are). Read as a person, the
// label met whoever the community's members met, and took the alias of
// a region it shared a word with ("the Gulf"). A title before the run
// ("Archbishop X") is left to the rules for titles (issue 14's
// four-hundred-and-twentieth round; p2552, p2555). A run closed by a
// party's creed ("the Social Democrats", "Social Democratic premiers")
// names a party or its members, no person (the
// four-hundred-and-seventy-fifth round; p2883, p2122, p2507, p287, p1388).
func labelRun(toks []text.Token, m Mention) bool {
	if m.Kind != Person || m.Titled || m.Title != "" || m.J-m.I < 2 {
		return false
	}
	first, last := toks[m.I], toks[m.J-1]
	return first.Word && communityLabels[first.Lower] || last.Word && (communityLabels[last.Lower] || partyCreedLabels[last.Lower])
}
