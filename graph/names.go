package graph

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// honorifics are words that precede a name without being part of it; they
// are dropped from name keys so "Mr. Burns" and "Burns" meet.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "dr": true, "sheikh": true,
	"sir": true, "the": true,
}

// Key normalizes a name for matching: accents and case folded, punctuation
// and possessives dropped, hyphens as spaces, leading honorifics removed.
// "Al-Thani", "al thani" and "Al Thani" share a key; so do "U.S." and "US".
func Key(name string) string {
	if isASCII(name) {
		return asciiKey(name)
	}
	return foldedKey(name)
}

// folders hold accent folders (decompose, drop the combining marks,
// recompose) for reuse: a chain is built with buffers of its own, and keys
// of names with accents are made for every mention of every article.
var folders = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// foldedKey is Key for any name: accents folded, then the words kept.
func foldedKey(name string) string {
	fold := folders.Get().(transform.Transformer)
	s, _, err := transform.String(fold, name) // resets fold first
	folders.Put(fold)
	if err != nil {
		s = name
	}
	s = strings.ToLower(strings.ReplaceAll(s, "\u2019", "'"))
	var b strings.Builder
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '/' || r == ','
	})
	kept := 0
	for i, w := range words {
		w = strings.TrimSuffix(w, "'s")
		w = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, w)
		if w == "" || (kept == 0 && honorifics[w] && i < len(words)-1) {
			continue
		}
		if kept > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		kept++
	}
	return b.String()
}

// asciiKey is foldedKey for an ASCII name, in one pass over its bytes
// and one allocation: most names are ASCII, and Key was a quarter of the
// planner's CPU (profiled on the offline import of generated data).
func asciiKey(name string) string {
	sep := func(c byte) bool {
		return c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '/' || c == ','
	}
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + ('a' - 'A')
		}
		return c
	}
	out := make([]byte, 0, len(name))
	kept := 0
	for i, n := 0, len(name); ; {
		for i < n && sep(name[i]) {
			i++
		}
		if i == n {
			break
		}
		start := i
		for i < n && !sep(name[i]) {
			i++
		}
		end := i
		j := i
		for j < n && sep(name[j]) {
			j++
		}
		last := j == n
		if end-start >= 2 && name[end-2] == '\'' && lower(name[end-1]) == 's' {
			end -= 2
		}
		mark := len(out)
		if kept > 0 {
			out = append(out, ' ')
		}
		word := len(out)
		for _, c := range []byte(name[start:end]) {
			if c = lower(c); (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
				out = append(out, c)
			}
		}
		if len(out) == word || (kept == 0 && !last && honorifics[string(out[word:])]) {
			out = out[:mark]
			continue
		}
		kept++
	}
	return string(out)
}

// Slug turns a name into the readable part of an id: "William Burns" →
// "william-burns".
func Slug(name string) string { return strings.ReplaceAll(Key(name), " ", "-") }

// titleWords are words of office that can precede a person's name in a
// mention ("CIA Director William Burns", "Prime Minister X").
var titleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "secretary": true,
	"director": true, "chief": true, "envoy": true, "ambassador": true, "general": true,
	"gen": true, "king": true, "queen": true, "prince": true, "emir": true, "chancellor": true,
	"foreign": true, "defense": true, "defence": true, "special": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "chairman": true, "chair": true, "commander": true,
	"premier": true, "governor": true, "senator": true, "head": true, "leader": true,
	"mediator": true, "negotiator": true, "deputy": true, "sheikh": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "messrs": true, "adviser": true, "advisor": true,
}

// StripTitles drops the words of office before a person's name: "CIA
// Director William Burns" → "William Burns". A name that is nothing but
// title words is returned as it is.
func StripTitles(name string) string {
	words := strings.Fields(name)
	last := -1
	for i, w := range words[:max(len(words)-1, 0)] {
		if titleWords[Key(w)] {
			last = i
		}
	}
	if last < 0 || titleWords[Key(words[len(words)-1])] {
		return name
	}
	return strings.Join(words[last+1:], " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
