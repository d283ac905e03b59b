package text

import (
	"strings"
	"unicode/utf8"
)

// Unwrap joins the lines of hard-wrapped copy (wire text broken at a fixed
// width, where a line ends mid-sentence and even mid-name: "Secretary of
// State Cyrus" / "Vance met ..."), so that Split, which cuts at every line
// break, sees each sentence whole. Text is taken as hard-wrapped only when
// its body (the lines after the first, which may be a headline) has at
// least six lines, four in five of them no longer than wrapWidth
// characters, and at least two in five of them (the last aside) ending
// without a sentence's closing mark; text of one paragraph a line is left
// as it is. In wrapped text a line is joined to the next when it does not
// end a sentence (closing mark, or a period after no abbreviation); the
// first line is never joined.
func Unwrap(norm string) string {
	lines := strings.Split(norm, "\n")
	first := -1
	var body []int
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if first < 0 {
			first = i
			continue
		}
		body = append(body, i)
	}
	if len(body) < 6 {
		return norm
	}
	short, open := 0, 0
	for k, i := range body {
		l := strings.TrimSpace(lines[i])
		if utf8.RuneCountInString(l) <= wrapWidth {
			short++
		}
		if k < len(body)-1 && !endsSentence(l) {
			open++
		}
	}
	if short*5 < len(body)*4 || open*5 < (len(body)-1)*2 {
		return norm
	}
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		t := strings.TrimSpace(l)
		if i > first && t != "" && strings.TrimSpace(lines[i+1]) != "" && !endsSentence(t) &&
			utf8.RuneCountInString(t) <= wrapWidth {
			b.WriteByte(' ')
			continue
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// wrapWidth is the longest line hard-wrapped copy is taken to have.
const wrapWidth = 80

// endsSentence: a trimmed line ends a sentence when its last mark, before
// any closing quotes or brackets, is ! or ?, or a period that does not end
// an abbreviation or an initial ("U.S.", "Mr.").
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"')")
	if l == "" {
		return false
	}
	switch l[len(l)-1] {
	case '!', '?':
		return true
	case '.':
		return !isAbbrev(l[:len(l)-1])
	}
	return false
}
