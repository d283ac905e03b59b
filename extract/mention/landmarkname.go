package mention

import (
	"strings"

	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/text"
)

// landmarkNames: the names of the buildings the landmarks section lists
// ("casa+rosada:buenos+aires"), their words in lower case joined by
// spaces.
var landmarkNames = func() map[string]bool {
	out := map[string]bool{}
	for _, e := range lexicon.List("landmarks") {
		name, _, _ := strings.Cut(e, ":")
		out[strings.ReplaceAll(name, "+", " ")] = true
	}
	return out
}()

// landmarkArticles may open a landmark's name as its own language writes
// it: "La Moncloa", "El Pardo", "Le Bourget".
var landmarkArticles = map[string]bool{"la": true, "el": true, "le": true, "il": true, "los": true, "las": true, "les": true}

// landmarkRun: the capitalized run [i, j) is the name of a seat of
// government or a palace known by its own name ("Casa Rosada", "La
// Moncloa", "Rashtrapati Bhavan"), with or without the article of its
// language. Agency copy writes the building for the government that sits
// in it ("La Moncloa said in a statement"); read as a given name and a
// surname, the building sat at the talks as a person (issue 14's
// four-hundred-and-first round; p2443, p2440). The gazetteer's places
// are left to it.
func landmarkRun(toks []text.Token, i, j int) bool {
	if j-i >= 2 && toks[i].Cap && landmarkArticles[toks[i].Lower] && landmarkRun(toks, i+1, j) {
		return true
	}
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		if !toks[k].Word {
			return false
		}
		words = append(words, toks[k].Lower)
	}
	return len(words) > 0 && landmarkNames[strings.Join(words, " ")]
}
