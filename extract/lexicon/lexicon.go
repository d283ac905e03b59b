// Package lexicon is the general English knowledge the extractor's rules
// rely on, kept as data: honorifics, titles of office, head nouns that tell
// organizations from groups and documents, meeting predicates with their
// frame class, modality cues and function words (words.txt and
// predicates.txt, sections of white-space separated words). None of it
// names an entity from a particular article.
package lexicon

import (
	_ "embed"
	"strings"
)

//go:embed words.txt
var wordsTxt string

//go:embed predicates.txt
var predicatesTxt string

// sections holds the word lists of words.txt by section name.
var sections = Parse(wordsTxt)

// Sections returns the word lists of words.txt by section name.
func Sections() map[string][]string { return sections }

// Predicates returns the meeting predicates of predicates.txt by frame
// class ("weak", "talks", "meet", "call").
func Predicates() map[string][]string { return Parse(predicatesTxt) }

// Parse reads "[name]" sections of white-space separated words; lines
// starting with "#" are comments.
func Parse(text string) map[string][]string {
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

// Words is the word list of one section of words.txt as a set; a missing
// section is a build error caught by the tests, never a silent empty list.
func Words(name string) map[string]bool {
	words, ok := sections[name]
	if !ok {
		panic("lexicon: no section [" + name + "]")
	}
	return Set(words...)
}

// List is the word list of one section of words.txt in its order, for
// lists whose order means something (number words from one); a missing
// section panics as in Words.
func List(name string) []string {
	words, ok := sections[name]
	if !ok {
		panic("lexicon: no section [" + name + "]")
	}
	return words
}

// Phrases is one section of words.txt whose entries join the words of a
// phrase with "+" ("tan+sri"), each as its words; a missing section
// panics as in Words.
func Phrases(name string) [][]string {
	var out [][]string
	for _, e := range List(name) {
		out = append(out, strings.Split(e, "+"))
	}
	return out
}

// Set makes a set of words.
func Set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Weekdays and months, lower case.
var Weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

var Months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2,
	"mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
