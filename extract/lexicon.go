package extract

import (
	"embed"
	"strings"
)

// General English knowledge the rules rely on: honorifics, titles of office,
// head nouns that tell organizations from groups and documents, meeting
// vocabulary and function words. None of it names an entity from a
// particular article.

//go:embed lexicon/words.txt lexicon/predicates.txt
var lexiconFS embed.FS

// lexicon holds the word lists of lexicon/words.txt by section name.
var lexicon = parseLexicon(mustRead("lexicon/words.txt"))

func mustRead(name string) string {
	b, err := lexiconFS.ReadFile(name)
	if err != nil {
		panic("extract: embedded " + name + ": " + err.Error()) // cannot happen in a built binary
	}
	return string(b)
}

// parseLexicon reads "[name]" sections of white-space separated words;
// lines starting with "#" are comments.
func parseLexicon(text string) map[string][]string {
	out := map[string][]string{}
	name := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			name = line[1 : len(line)-1]
			out[name] = []string{}
		case name != "":
			out[name] = append(out[name], strings.Fields(line)...)
		}
	}
	return out
}

// lex is the word list of one section; a missing section is a build
// error caught by the tests (TestLexiconSections), never a silent empty list.
func lex(name string) map[string]bool {
	words, ok := lexicon[name]
	if !ok {
		panic("extract: no lexicon section [" + name + "]")
	}
	return set(words...)
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// honorifics precede a name without being part of it.
var honorifics = lex("honorifics")

// titleHeads end a title of office: "Foreign Minister", "army chief".
var titleHeads = lex("titleHeads")

// titleMods may precede a title head inside a title.
var titleMods = lex("titleMods")

// orgHeads end the name of an organization.
var orgHeads = lex("orgHeads")

// groupHeads end the name of an armed group, movement or party.
var groupHeads = lex("groupHeads")

// nonActorHeads end names that are neither actors nor places: documents,
// events, buildings.
var nonActorHeads = lex("nonActorHeads")

// functionWords are capitalized only at the start of a sentence and never
// begin a name.
var functionWords = lex("functionWords")

// initialWords open sentences capitalized but are ordinary words; they are
// dropped from a name only at the start of a sentence.
var initialWords = lex("initialWords")

// particles join the parts of a name in lower case: "bin", "al-", "de".
var particles = lex("particles")

// Weekdays and months, lower case.
var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2,
	"mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

// abbreviations end with a period that does not end the sentence.
var abbreviations = lex("abbreviations")

// personVerbs follow a person far more often than an organization; a lone
// unknown capitalized word before one of them is taken for a surname.
var personVerbs = lex("personVerbs")

// groupNouns after an unknown name mark it as a collective actor:
// "M23 group", "Hamas delegation".
var groupNouns = lex("groupNouns")

// demonymStateNouns after a demonym make it stand for the state:
// "Sudanese government", "Ukrainian representatives".
var demonymStateNouns = lex("demonymStateNouns")

// demonymOrgNouns after a demonym name a state body of its own:
// "Sudanese army".
var demonymOrgNouns = lex("demonymOrgNouns")
