package extract

import (
	"time"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/coref"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// Article is one news article to extract.
type Article struct {
	ID        string
	Text      string
	Published time.Time // zero when unknown
}

// doc is what the meeting passes read: the resolved story (sentences,
// mentions, actors), the article's date and the dateline city. They return
// what they build; only the record stage marks actors as important or
// acting, and a roster gives a person the side it names.
type doc struct {
	*actors.Story
	arg       *args.Reader    // the arguments of predicates
	ref       *coref.Resolver // descriptions standing for the story's people
	art       Article
	lowerSeen map[string]bool
	dateline  string // the city the article is filed from, "" when none
	// datelineForm is the dateline's city as written ("NEW YORK").
	datelineForm string
}

// newDoc runs the stages before the meeting passes: text, mentions,
// resolution.
func newDoc(a Article) *doc {
	t := text.Read(a.Text)
	g := gazetteer.Load()
	m := mention.Find(g, t)
	st := actors.Resolve(g, t, m)
	arg := args.New(st)
	return &doc{Story: st, arg: arg, ref: coref.New(st, arg), art: a, lowerSeen: m.LowerSeen, dateline: m.Dateline, datelineForm: m.DatelineForm}
}
