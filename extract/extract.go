// Package extract reads a news article about negotiations and produces its
// graph.Record: the persons, states, groups and organizations it names, the
// negotiations between them, and the meetings, talks, visits and calls it
// reports, each tied to the sentence that states it and, when that sentence
// says, to the source it attributes the report to (see attribution.go).
//
// The extractor is rule based, deterministic and offline: sentences are
// split and tokenized, capitalized runs are matched against an embedded
// gazetteer (countries, demonyms, capitals and major cities from open data,
// see gazetteer/LICENSE-DATA.md) and a lexicon of titles and institution
// words, later mentions are resolved to the people first named in full, and
// patterns over meeting vocabulary yield the meetings and negotiations.
package extract

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Article is one news article to extract.
type Article struct {
	ID        string
	Text      string
	Published time.Time // zero when unknown
}

// maxTextBytes bounds the input: longer text is cut (at a line break when
// possible) so that extraction time stays bounded.
const maxTextBytes = 16 << 20

// doc is the state of one extraction.
type doc struct {
	g            *gazetteer
	art          Article
	sents        []sentence
	ments        [][]mention
	cast         *cast
	lowerSeen    map[string]bool
	acronyms     map[string]int
	meetings     []meeting
	roles        roles
	pending      []string      // titles awaiting their possessor (positions pass)
	holders      map[int][]int // org → people holding a post in it
	dateline     string        // the city the article is filed from, "" when none
	datelineForm string        // the dateline's city as written ("NEW YORK")
	pluralAnte   int           // the sentence the last plural description was resolved in
}

// Extract produces the record of an article. It never panics on bad input:
// any text gives a valid record; an empty ID is an error.
func Extract(a Article) (rec graph.Record, err error) {
	if strings.TrimSpace(a.ID) == "" {
		return graph.Record{}, fmt.Errorf("extract: %w", graph.Invalid("id", "is empty"))
	}
	defer func() {
		if r := recover(); r != nil {
			rec, err = graph.Record{}, fmt.Errorf("extract %s: internal error: %v", a.ID, r)
		}
	}()
	d := newDoc(a)
	d.analyze()
	rec = d.record()
	if err := rec.Validate(); err != nil {
		return graph.Record{}, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	return rec, nil
}

func newDoc(a Article) *doc {
	text := a.Text
	if len(text) > maxTextBytes {
		text = text[:maxTextBytes]
		if k := strings.LastIndexByte(text, '\n'); k > 0 {
			text = text[:k]
		}
	}
	text = normalize(text)
	d := &doc{g: loadGazetteer(), art: a, cast: newCast(), lowerSeen: map[string]bool{}, acronyms: map[string]int{}}
	d.sents = splitSentences(text)
	if len(d.sents) > 0 && d.sents[0].line == firstLine(text) && looksLikeTitle(d.sents[0].text, text) {
		d.sents[0].title = true
	}
	for i, s := range d.sents {
		if i > 2 || d.dateline != "" {
			break
		}
		d.dateline, d.datelineForm = d.readDateline(s.toks)
	}
	kept := d.sents[:0]
	for i, s := range d.sents {
		if isByline(s.text) {
			continue
		}
		kept = append(kept, stripDateline(s, i <= 2 && !s.title))
	}
	d.sents = kept
	for _, s := range d.sents {
		for _, t := range s.toks {
			if t.word && !t.cap {
				d.lowerSeen[t.lower] = true
			}
		}
	}
	d.ments = make([][]mention, len(d.sents))
	return d
}

func firstLine(text string) int {
	for i, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			return i + 1
		}
	}
	return 0
}

// looksLikeTitle: the first line is a headline when it is a single
// sentence, short, and does not end like body text.
func looksLikeTitle(first, text string) bool {
	line := strings.TrimSpace(strings.SplitN(strings.TrimLeft(text, "\n "), "\n", 2)[0])
	if line != first || len(line) > 200 || len(strings.Fields(line)) < 2 {
		return false
	}
	return !strings.HasSuffix(line, ".")
}

// bylineMarks are phrases found only in credit lines.
var bylineMarks = []string{"reporting by", "writing by", "editing by", "contributed reporting",
	"contributed to this report", "additional reporting"}

// isByline: credit lines ("By X", "Reporting by X", "X contributed
// reporting") name journalists, not actors. They are short.
func isByline(s string) bool {
	if len(s) > 400 {
		return false
	}
	t := strings.TrimLeft(s, "*-_ (")
	if len(t) > 4 && strings.EqualFold(t[:3], "by ") && t[3] >= 'A' && t[3] <= 'Z' {
		return true
	}
	l := strings.ToLower(t)
	if strings.HasPrefix(l, "photo:") || strings.HasPrefix(l, "source:") {
		return true
	}
	for _, m := range bylineMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// datelineRE matches an agency dateline, "CAIRO, May 2 (Reuters) - ", and
// a bare agency credit in parentheses opening the text, "(Agency) ".
var datelineRE = regexp.MustCompile(`^(?:[A-Z][A-Za-z .,'0-9]{0,40}\([^)]{1,40}\)\s*-\s*|\([A-Z][A-Za-z ]{1,30}\)\s+)`)

// datelineDashRE matches a dateline with no agency credit, closed by a
// dash: "KABUL, May 27 —", "Doha, 5 June 2024 -", "NEW YORK, Sept. 3 (Wire)
// –", "Lima, AGENCY -", "DOHA, Qatar —", and the bare capitals of "KABUL — " (dashes are " - " once
// normalized). Left in, its words run into the first sentence's subject.
var datelineDashRE = regexp.MustCompile(`^(?:[A-Z][\p{L}.'’-]*(?:[ -][A-Z][\p{L}.'’-]*){0,4}\s*,\s*` +
	`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*(?:\([^)]{1,30}\)\s*)?[-–—]|` +
	`\p{Lu}[\p{Lu}.'’-]+(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3}\s*[-–—]|` +
	`[A-Z][\p{L}.'’-]*(?:[ -][A-Z][\p{L}.'’-]*){0,3}\s*,\s*\p{Lu}{2,8}\s*[-–—]|` +
	`\p{Lu}[\p{Lu}.'’-]+(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3}\s*,\s*[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,2}\s*[-–—])\s+`)

// stripDateline cuts an agency dateline from s; lead also allows one with
// no agency credit, which only opens the article's first lines.
func stripDateline(s sentence, lead bool) sentence {
	loc := datelineRE.FindStringIndex(s.text)
	if loc == nil && lead {
		loc = datelineDashRE.FindStringIndex(s.text)
	}
	if loc == nil || loc[1] >= len(s.text) {
		return s
	}
	t := newSentence(s.text[loc[1]:], s.line)
	t.title = s.title
	cut := len(s.toks) - len(t.toks)
	if cut >= 0 && cut <= len(s.quoted) {
		copy(t.quoted, s.quoted[cut:])
	}
	return t
}

// analyze runs the passes in order: mentions, actors, posts, roles,
// meetings.
func (d *doc) analyze() {
	for si := range d.sents {
		d.scanSentence(si)
	}
	d.resolve()
	d.positions()
	d.negotiationsAndMeetings()
}
