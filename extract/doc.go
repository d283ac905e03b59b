package extract

import (
	"strings"
	"time"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/coref"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/roles"
	"github.com/parley-dev/parley/extract/text"
)

// Article is one news article to extract.
type Article struct {
	ID        string
	Text      string
	Published time.Time // zero when unknown
}

// doc is what the last stage reads: the resolved story (sentences,
// mentions, actors), the argument reader, the meeting frames and roles of
// each sentence, the article and its dateline. Its passes join the frames
// across sentences (rosters, attendance, the same meeting retold) and
// write the record; they are the only ones that change the cast: the
// record marks actors as important or acting, and a roster gives a person
// the side it names.
type doc struct {
	*actors.Story
	arg    *args.Reader    // the arguments of predicates
	frames *meeting.Reader // the meeting frames of each sentence
	roles  *roles.Reader   // parties and mediators
	ref    *coref.Resolver // pronouns and descriptions
	art    Article
	// dateline is the city the article is filed from ("" when none),
	// datelineForm that city as written ("NEW YORK").
	dateline, datelineForm string
}

// newDoc runs the stages before the last: text, mentions, resolution,
// arguments and coreference, meeting frames.
func newDoc(a Article) *doc {
	t := text.Read(a.Text)
	g := gazetteer.Load()
	m := mention.Find(g, t)
	st := actors.Resolve(g, t, m)
	arg := args.New(st)
	ref := coref.New(st, arg)
	frames := meeting.New(meeting.Input{Story: st, Args: arg, Coref: ref,
		Published: a.Published, Filed: filingDay(a.Text, a.Published), Dateline: m.Dateline, LowerSeen: m.LowerSeen})
	return &doc{Story: st, arg: arg, frames: frames, roles: roles.New(st, arg).WithHome(m.Dateline, m.DatelineForm).WithAgencyHome(firstLines(a.Text, 4)), ref: ref, art: a, dateline: m.Dateline, datelineForm: m.DatelineForm}
}

// filingDay is the day the story's own "today", "yesterday" and weekdays
// count from: the day its dateline gives ("ADDIS ABABA, Aug. 9 - ... met
// here today", printed on the 10th; "VIENTIANE, June 12 (Wire)" printed
// the next day: p332, p378) when that is one or two days before the
// publication, a dispatch filed the evening before it was printed; else
// the publication day. A dateline's day further back is no filing of the
// day's news, and one after the publication is no dateline's.
func filingDay(raw string, pub time.Time) time.Time {
	if pub.IsZero() {
		return pub
	}
	day, _, ok := text.DatelineDate(raw, pub)
	if !ok {
		day, ok = weekdayFiled(raw, pub)
	}
	if !ok {
		return pub
	}
	if age := pub.Sub(day); age > 0 && age <= 2*24*time.Hour {
		return day
	}
	return pub
}

// weekdayFiled is the day a weekday dateline stands for ("CANBERRA,
// Thursday.—... talks this morning", printed on the Friday; "TOWNSVILLE,
// Friday (AAP). — ... today", printed on the Saturday): the latest day
// with that weekday on or before the publication. filingDay keeps it only
// when it is one or two days back, as it keeps a dated dateline's.
func weekdayFiled(raw string, pub time.Time) (time.Time, bool) {
	wd, ok := text.DatelineWeekday(raw)
	if !ok {
		return time.Time{}, false
	}
	back := (int(pub.Weekday()) - int(wd) + 7) % 7
	return pub.AddDate(0, 0, -back), true
}

// firstLines: the first n lines of text that are not blank, where a
// dateline with its agency credit stands.
func firstLines(text string, n int) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" && len(out) < n {
			out = append(out, l)
		}
	}
	return out
}
