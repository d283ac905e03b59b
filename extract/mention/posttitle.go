package mention

import "github.com/parley-dev/parley/extract/text"

// Issue 14's two-hundredth round: persons told with their post after the
// name ("X, Co-Chairman of the Y Group,", "X, Chairman of the Y
// Commission,") and names with a hyphen ("M. Mendes-France").

// hyphenTitlePrefixes open a title joined to its head by a hyphen and are
// no title word alone: "Co-Chairman", "Co-Chair". Read alone, "Co-" was
// taken for a name and the post lost.
var hyphenTitlePrefixes = lex("hyphenTitlePrefixes")

// hyphenTitlePrefix: the word at k is a prefix of hyphenTitlePrefixes
// glued by a hyphen to a title head ("Co-Chairman"): it belongs to the
// title that follows it, not to a name before it.
func hyphenTitlePrefix(toks []text.Token, k int) bool {
	return k+2 < len(toks) && toks[k].Word && hyphenTitlePrefixes[toks[k].Lower] &&
		toks[k+1].Text == "-" && toks[k+1].Glued && toks[k+2].Glued && titleHeads[toks[k+2].Lower]
}

// titleStart: the word at k opens a title, as a title word or as the
// prefix of a hyphenated one.
func titleStart(toks []text.Token, k int) bool {
	return IsTitleWord(toks[k].Lower) || hyphenTitlePrefix(toks, k)
}

// appositivePostOf reads a run [i,j) that stands after a name and a comma
// and is a post of a body with no holder's name after it: "X, Chairman of
// the Planning Commission,", "X, Vice-Chairman of the Council,". It gives
// the index of "of" (or "for") after the title words, or -1. The whole run
// was read as one organization named "Chairman of the ... Commission",
// and the person before the comma lost the post; split, the title is a
// bare title the actors stage gives to the name before it, as it does for
// a body the gazetteer knows ("X, Chairman of the African Union
// Commission").
func appositivePostOf(toks []text.Token, i, j int) int {
	if i < 2 || toks[i-1].Text != "," || !toks[i-2].Word || !toks[i-2].Cap || !titleStart(toks, i) {
		return -1
	}
	head := false
	for k := i; k < j; k++ {
		switch l := toks[k].Lower; {
		case l == "of" || l == "for":
			if !head || k+1 >= j {
				return -1
			}
			return k
		case titleHeads[l]:
			head = true
		case IsTitleWord(l) || hyphenTitlePrefix(toks, k) || toks[k].Text == "-" && toks[k].Glued:
		default:
			return -1
		}
	}
	return -1
}

// (d *scanner) postOfBody splits such a run into the bare title and the
// body after "of (the)".
func (d *scanner) postOfBody(s *text.Sentence, i, o, j int) []Mention {
	b := o + 1
	if b < j && s.Toks[b].Lower == "the" {
		b++
	}
	if b >= j {
		return nil
	}
	t := SpanText(s, i, o)
	return []Mention{{I: i, J: o, Kind: TitleRef, Actor: -1, Title: t, Text: t}, d.institution(s, b, j)}
}

// stateAfterNameHyphen: the one-word state name at token i is glued by a
// hyphen to a name word that itself follows a given name, an initial or
// an honorific ("M. Mendes-France", "Pierre Mendes-France", "Mr
// Mendes-France"): the state's name is the second half of a double
// surname, not the state. "the Hamas-Israel truce" and "the Putin-Ukraine
// call" have no capitalized word before the first half and keep the
// state.
func (d *scanner) stateAfterNameHyphen(toks []text.Token, i int) bool {
	if i < 3 || !toks[i].Glued || toks[i-1].Text != "-" || !toks[i-1].Glued || !d.nameWord(toks, i-2) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Text == "-" && toks[i+1].Glued {
		return false // "Mendes-France-style": a compound, read as before
	}
	p := toks[i-3]
	if p.Text == "." && p.Glued && i >= 4 {
		p = toks[i-4] // "M. Mendes-France": the initial before its stop
	}
	return p.Word && p.Cap && !functionWords[p.Lower]
}
