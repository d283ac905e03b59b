// Package text is the first stage of extraction: it turns an article's raw
// text into sentences of tokens (Read), with the headline marked, quoted
// tokens flagged, credit lines dropped and datelines cut. It knows no names:
// what the tokens refer to is the mention stage's business.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark of a sentence.
type Token struct {
	Text    string
	Lower   string
	Start   int  // byte offset in the sentence
	End     int  // byte offset after the token
	Word    bool // letters or digits
	Cap     bool // starts with an upper-case letter (or is an acronym)
	Acronym bool // all upper case, two letters or more, or dotted (U.S.)
	Glued   bool // no space before it
}

// Tokenize splits s into words and punctuation. Hyphens and possessive 's
// are tokens of their own; dotted acronyms (U.S.) stay whole; an apostrophe
// between letters stays inside the word (O'Brien).
func Tokenize(s string) []Token {
	// One token per five bytes is about what news prose holds; sizing the
	// slice once spares the copies of growing it token by token.
	toks := make([]Token, 0, len(s)/5+1)
	lower := lowerInPlace(s)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		switch {
		case isWordRune(r):
			i = scanWord(s, i)
		case r == '\'' && strings.HasPrefix(s[i:], "'s") && !nextIsWord(s, i+2):
			i += 2
		default:
			i += size
		}
		toks = append(toks, makeToken(s, lower, start, i))
	}
	return toks
}

// lowerInPlace is strings.ToLower(s) when lowering keeps the byte length of
// every rune, so that a token's lower-case form can be cut from it at the
// token's offsets, sparing a copy per capitalized word; "" when some rune
// changes length ("İ", invalid bytes), and the tokens lower themselves.
func lowerInPlace(s string) string {
	lower := strings.ToLower(s)
	if lower == s {
		return s
	}
	if len(lower) != len(s) {
		return ""
	}
	for _, r := range s {
		if r == utf8.RuneError || utf8.RuneLen(unicode.ToLower(r)) != utf8.RuneLen(r) {
			return ""
		}
	}
	return lower
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func nextIsWord(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// scanWord returns the end of the word at i, keeping dotted acronyms and
// inner apostrophes.
func scanWord(s string, i int) int {
	start := i
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			i += size
		case r == '\'' && nextIsWord(s, i+1) && !(strings.HasPrefix(s[i:], "'s") && !nextIsWord(s, i+2)):
			i += size
		case r == '.' && dottedAcronym(s[start:i]) && (nextIsUpperLetterDot(s, i+1) || i+1 >= len(s) || !nextIsWord(s, i+1)):
			// "U.S." keeps its dots; a sentence-final "U.S." keeps its last one too.
			if !nextIsUpperLetterDot(s, i+1) && !strings.Contains(s[start:i], ".") {
				return i
			}
			i += size
		default:
			return i
		}
	}
	return i
}

// dottedAcronym: the word so far is one upper-case letter, or letters
// separated by dots ("U", "U.S").
func dottedAcronym(w string) bool {
	for k, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return k > 0 && part == ""
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func nextIsUpperLetterDot(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	if i >= len(s) || !unicode.IsUpper(r) {
		return false
	}
	return i+size < len(s) && s[i+size] == '.'
}

func makeToken(s, lower string, start, end int) Token {
	text := s[start:end]
	t := Token{Text: text, Start: start, End: end}
	if lower != "" {
		t.Lower = lower[start:end]
	} else {
		t.Lower = strings.ToLower(text)
	}
	t.Glued = start > 0 && !unicode.IsSpace(rune(s[start-1]))
	r, _ := utf8.DecodeRuneInString(text)
	t.Word = isWordRune(r)
	if !t.Word {
		return t
	}
	t.Cap = unicode.IsUpper(r)
	letters, upper := 0, 0
	for _, c := range text {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		}
	}
	t.Acronym = t.Cap && upper == letters && (letters >= 2 || strings.Contains(text, "."))
	return t
}

// IsAcronymForm: a form with no lower-case ASCII letter ("UN", "U.S.").
func IsAcronymForm(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}
