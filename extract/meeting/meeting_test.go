package meeting

import (
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/coref"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

var published = time.Date(2025, 5, 28, 0, 0, 0, 0, time.UTC) // a Wednesday

func reader(s string) *Reader {
	g := gazetteer.Load()
	t := text.Read(s)
	m := mention.Find(g, t)
	st := actors.Resolve(g, t, m)
	arg := args.New(st)
	return New(Input{Story: st, Args: arg, Coref: coref.New(st, arg), Published: published, Dateline: m.Dateline, LowerSeen: m.LowerSeen})
}

// frames runs the stage over every sentence, each seeing the frames
// before it.
func frames(r *Reader) []Frame {
	var out []Frame
	for si := range r.Sents {
		if !r.Sents[si].Title {
			out = append(out, r.Frames(si, out)...)
		}
	}
	return out
}

func parts(r *Reader, f Frame) []string {
	var out []string
	for _, a := range f.Parts {
		out = append(out, r.Cast.Actors[a].Name())
	}
	slices.Sort(out)
	return out
}

// One clause, one frame: its arguments, place, time, status and mode.
func TestFrame(t *testing.T) {
	r := reader("Officials gave no details.\nChilean President Rosa Campos met Peruvian President Ana Ruiz in Lima on Tuesday.")
	fs := frames(r)
	if len(fs) != 1 {
		t.Fatalf("frames %+v", fs)
	}
	f := fs[0]
	if got := parts(r, f); !slices.Equal(got, []string{"Ana Ruiz", "Rosa Campos"}) {
		t.Errorf("participants %v", got)
	}
	if f.Place != "Lima" || f.Date != "2025-05-27" || f.Status != graph.Held || f.Mode != graph.InPerson || f.Sent != 1 {
		t.Errorf("frame %+v", f)
	}
}

// Modality: a future or intended meeting is planned, a called-off one
// cancelled, a negated one no frame at all; a call is a call.
func TestModality(t *testing.T) {
	cases := []struct {
		text   string
		status graph.Status
		mode   graph.Mode
	}{
		{"Rosa Campos will meet Ana Ruiz in Lima next week.", graph.Planned, ""},
		{"Rosa Campos is expected to hold talks with Ana Ruiz in Lima.", graph.Planned, ""},
		{"A meeting between Rosa Campos and Ana Ruiz was cancelled on Monday.", graph.Cancelled, ""},
		{"Rosa Campos spoke by phone with Ana Ruiz on Monday.", graph.Held, graph.Call},
	}
	for _, c := range cases {
		r := reader("Officials gave no details.\n" + c.text)
		fs := frames(r)
		if len(fs) != 1 || fs[0].Status != c.status || c.mode != "" && fs[0].Mode != c.mode {
			t.Errorf("%q: frames %+v", c.text, fs)
		}
	}
	r := reader("Officials gave no details.\nRosa Campos did not meet Ana Ruiz during the fair.")
	if fs := frames(r); len(fs) != 0 {
		t.Errorf("a negated predicate made frames %+v", fs)
	}
}

// The source a sentence attributes the meeting to.
func TestAttribution(t *testing.T) {
	r := reader("Officials gave no details.\nRosa Campos met Ana Ruiz in Lima on Monday, the foreign ministry said.")
	fs := frames(r)
	if len(fs) != 1 || fs[0].Attr != "the foreign ministry" {
		t.Errorf("frames %+v", fs)
	}
}

// A clause that tells several encounters gives a frame for each.
func TestDistributive(t *testing.T) {
	r := reader("Officials gave no details.\nRosa Campos and Luis Vega met separately with Ana Ruiz in Lima on Monday.")
	fs := frames(r)
	if len(fs) != 2 {
		t.Fatalf("frames %+v", fs)
	}
	for _, f := range fs {
		if got := parts(r, f); len(got) != 2 || !slices.Contains(got, "Ana Ruiz") || !f.Split {
			t.Errorf("encounter %v %+v", got, f)
		}
	}
}

// "The two leaders" takes its people from coref, and the place of the
// sentence that named them.
func TestDescriptionParticipants(t *testing.T) {
	r := reader("Officials gave no details.\nRosa Campos flew to Lima on Monday to see Ana Ruiz.\nThe two leaders held talks on fishing rights.")
	fs := frames(r)
	var last Frame
	for _, f := range fs {
		if f.Sent == 2 {
			last = f
		}
	}
	if got := parts(r, last); !slices.Equal(got, []string{"Ana Ruiz", "Rosa Campos"}) || last.Place != "Lima" {
		t.Errorf("the two leaders: %v %+v", got, last)
	}
}

// The stage reads the story and never changes it.
func TestFramesLeaveStory(t *testing.T) {
	r := reader("Officials gave no details.\nChilean President Rosa Campos met Peruvian President Ana Ruiz in Lima on Tuesday.\n" +
		"The Peruvian delegation included Luis Vega. Both sides held talks.")
	before := cast(r)
	if len(frames(r)) == 0 {
		t.Fatal("no frames")
	}
	if !reflect.DeepEqual(before, cast(r)) {
		t.Error("the meeting stage changed the cast")
	}
}

// On any input built from the words the stage reacts to, every frame has
// two or more distinct participants of the cast, a status, a sentence of
// the story, and the cast is left as it was.
func TestFramesContract(t *testing.T) {
	words := []string{"Rosa", "Campos", "Ana", "Ruiz", "Chile", "Peru", "Chilean", "Peruvian", "Lima", "President", "Minister",
		"met", "meet", "talks", "held", "visited", "hosted", "by", "with", "between", "and", "the", "two", "leaders", "both",
		"sides", "her", "counterpart", "she", "he", "will", "not", "said", "separately", "later", "on", "Monday", "in",
		"delegation", "included", ",", ".", "\"", "\n", "meeting", "summit", "phone", "call", "cancelled", "denied"}
	r := rand.New(rand.NewSource(14))
	total := 0
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := r.Intn(80); k >= 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteByte(' ')
		}
		rd := reader(b.String())
		before := cast(rd)
		fs := frames(rd)
		total += len(fs)
		for _, f := range fs {
			seen := map[int]bool{}
			for _, a := range f.Parts {
				if a < 0 || a >= len(rd.Cast.Actors) || seen[a] {
					t.Fatalf("%q: participants %v", b.String(), f.Parts)
				}
				seen[a] = true
			}
			if len(f.Parts) < 2 || f.Status == "" || f.Sent < 0 || f.Sent >= len(rd.Sents) {
				t.Fatalf("%q: frame %+v", b.String(), f)
			}
		}
		if !reflect.DeepEqual(cast(rd), before) {
			t.Fatalf("%q: the cast changed", b.String())
		}
	}
	if total < 50 {
		t.Errorf("only %d frames in 300 texts: the words no longer exercise the stage", total)
	}
}

// cast is a copy of the story's actors.
func cast(r *Reader) []actors.Actor {
	var out []actors.Actor
	for _, a := range r.Cast.Actors {
		out = append(out, *a)
	}
	return out
}
