// Package meeting is the meeting-frame stage: in each clause that holds a
// meeting predicate (frame.Triggers: meet, talks, visit, call, host,
// receive, summit, ...) it builds a frame — the predicate's arguments
// (subject, object, "with"/"between" phrases, coordinated and plural
// mentions, hosts, people a fronted adjunct or a reporting speaker puts
// there, descriptions resolved by coref), the source the sentence
// attributes it to, its modality (held, planned, cancelled, denied), its
// mode (in person, call, virtual), and the place and time attached to that
// predicate; a clause that tells several encounters ("met A and later B",
// "met separately with") gives several frames.
//
// Input: the resolved story with its argument reader and resolver
// (Input), a sentence, and the frames of the last few sentences (a
// description or "the meeting" points back to them). Output: []Frame,
// participants as indexes of Story.Cast.Actors. It reads the story and
// never changes it. Joining frames across sentences (rosters, attendance,
// the same meeting retold) and the record are the last stage's (package
// extract); the sides and mediators of negotiations are package roles'.
package meeting

import (
	"time"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/coref"
	"github.com/parley-dev/parley/extract/frame"
)

// Input is what the frames read: the resolved story, read through args
// and coref, and the article's publication day and dateline city.
type Input struct {
	Story     *actors.Story
	Args      *args.Reader
	Coref     *coref.Resolver
	Published time.Time // zero when unknown
	// Filed is the day the story's own "today" and weekdays count from,
	// its dateline's day when the dispatch was filed the day before its
	// printing (extract.filingDay); zero for the publication day.
	Filed     time.Time
	Dateline  string          // the city the article is filed from, "" when none
	LowerSeen map[string]bool // words the text writes in lower case (mention.Mentions)
}

// Reader builds the meeting frames of one story.
type Reader struct {
	*actors.Story
	arg *args.Reader
	ref *coref.Resolver
	// published is the day the story's dates count from (Input.Filed
	// when set); printed is the publication day, by which the places
	// stage tells news of the day from background (places.go).
	published, printed time.Time
	dateline           string
	lowerSeen          map[string]bool
	// storyTimes is the time a historical narrative has reached, per
	// sentence (frame.StoryTimes).
	storyTimes []time.Time
	// seriesSides are the sides of the story's first held meeting when it
	// names no people (noteSeriesSides); seriesTold, that it was told.
	seriesSides []int
	seriesTold  bool
}

// StoryTime is the time the story has reached at sentence si (zero when
// it is not told in the past): days without their year are of that time.
func (d *Reader) StoryTime(si int) time.Time { return d.storyTimes[si] }

// New is a Reader of the input.
func New(in Input) *Reader {
	counted := in.Published
	if !in.Filed.IsZero() {
		counted = in.Filed
	}
	return &Reader{Story: in.Story, arg: in.Args, ref: in.Coref, published: counted, printed: in.Published, dateline: in.Dateline, lowerSeen: in.LowerSeen,
		storyTimes: frame.StoryTimes(in.Story.Sents, counted)}
}
