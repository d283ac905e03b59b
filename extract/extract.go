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
	"strings"
	"time"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Article is one news article to extract.
type Article struct {
	ID        string
	Text      string
	Published time.Time // zero when unknown
}

// doc is the state of one extraction after the resolution stage: the
// resolved story it reads (sentences, mentions, actors) and what the later
// passes build from it.
type doc struct {
	*actors.Story
	art        Article
	lowerSeen  map[string]bool
	dateline   string // the city the article is filed from, "" when none
	pluralAnte int    // the sentence the last plural description was resolved in
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
	ms, r := d.negotiationsAndMeetings()
	rec = d.record(ms, r)
	if err := rec.Validate(); err != nil {
		return graph.Record{}, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	return rec, nil
}

func newDoc(a Article) *doc {
	t := text.Read(a.Text)
	g := gazetteer.Load()
	m := mention.Find(g, t)
	return &doc{Story: actors.Resolve(g, t, m), art: a, lowerSeen: m.LowerSeen, dateline: m.Dateline}
}

// DatelineDate reads the publication day from an article's dateline (see
// text.DatelineDate).
func DatelineDate(raw string, now time.Time) (day time.Time, yearKnown, ok bool) {
	return text.DatelineDate(raw, now)
}
