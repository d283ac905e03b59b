package roles

import "github.com/parley-dev/parley/extract/lexicon"

// lex is the word list of one section of lexicon/words.txt.
func lex(name string) map[string]bool { return lexicon.Words(name) }

// determiners that may open an apposition: "X, the security adviser to Y".
var appositionDets = lex("appositionDets")

// mediatorVerbs, as "X mediated" or "mediated by X".
var mediatorVerbs = lex("mediatorVerbs")
