package meeting

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// paragraphDatelineRE is a dated dateline in capitals opening a paragraph
// below the lead: "MOSCOW, May 26 -- ", "NEW DELHI, 4 March (Wire) - ",
// "ARUSHA, Tanzania, Jan. 9 — ". Only the dated form counts: a bare word
// in capitals before a dash ("NATO - ...") is no dateline.
var paragraphDatelineRE = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’-]+(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3})\s*,\s*` +
	`(?:[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,2}\s*,\s*)?` +
	`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*(?:\([^)]{1,30}\)\s*)?(?:--|[-–—]|:)(?:\s|$)`)

// paragraphDateline: sentence si, below the lead, opens its paragraph
// with a dateline of its own ("MOSCOW, May 26 -- X received Y at the
// ministry on Friday", "MOSCOW, May 26 (Agency) - ...", which the text
// package cuts into Filed). A wire roundup files each part of the story
// from where it happened, so that city, not the story's first dateline
// nor a city named before, is where the part's meetings were (the
// two-hundred-and-twenty-seventh round). The sentences after it in the
// same paragraph are filed from there too. "" when the paragraph opens no
// such dateline, or its city is not a known city.
func (d *Reader) paragraphDateline(si int) string {
	lead := d.leadSentence()
	if lead < 0 || si <= lead {
		return ""
	}
	first := si
	for first > lead+1 && d.Sents[first-1].Line == d.Sents[si].Line {
		first--
	}
	if d.Sents[first-1].Line == d.Sents[first].Line {
		return "" // the paragraph opens with the lead: its dateline is the story's
	}
	sub := paragraphDatelineRE.FindStringSubmatch(filedLine(&d.Sents[first]))
	if sub == nil || !slices.ContainsFunc(d.Sents[:first], func(p text.Sentence) bool { return p.Filed != "" }) {
		// Only a part filed after the story's own dateline: a dated
		// lead set below a headline's second deck is the story's.
		return ""
	}
	s := &d.Sents[first]
	if s.Filed == "" {
		for _, m := range d.Ments[first] {
			if m.I == 0 && m.Kind == mention.City && m.City != "" {
				return m.City
			}
		}
		return ""
	}
	k, _ := gazetteer.PhraseKey(strings.TrimSpace(sub[1]))
	if e, ok := d.G.Phrases[k]; ok && e.Kind == gazetteer.City && !e.Minor {
		return e.City
	}
	return ""
}

// filedLine is the dateline a sentence opens with: the one StripDateline
// cut, else its own text, where a dash dateline below the lead stays.
func filedLine(s *text.Sentence) string {
	if s.Filed != "" {
		return s.Filed
	}
	return s.Text
}
