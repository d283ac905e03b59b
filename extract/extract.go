// Package extract reads a news article about negotiations and produces its
// graph.Record: the persons, states, groups and organizations it names, the
// negotiations between them, and the meetings, talks, visits and calls it
// reports, each tied to the sentence that states it and, when that sentence
// says, to the source it attributes the report to (see attribution.go).
//
// The extractor is rule based, deterministic and offline. It runs in
// stages, data flowing one way, each with its own input and output types:
//
//	text.Read        raw text → text.Text (sentences, tokens, headline; bylines, datelines cut)
//	mention.Find     → mention.Mentions (states, demonyms, cities, bodies, names, titles; dateline city)
//	actors.Resolve   → *actors.Story (mentions linked to a cast of actors, posts, titles without names)
//	meeting passes   → []meeting, roles (frames over frame's predicates: arguments,
//	                   attribution, modality, place, time, coreference; parties, mediators)
//	record           → graph.Record
//
// The word lists (package lexicon) and the gazetteer (package gazetteer,
// open data, see gazetteer/LICENSE-DATA.md) are data the stages load.
package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

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

// DatelineDate reads the publication day from an article's dateline (see
// text.DatelineDate).
func DatelineDate(raw string, now time.Time) (day time.Time, yearKnown, ok bool) {
	return text.DatelineDate(raw, now)
}
