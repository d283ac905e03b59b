package roles

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

func reader(s string) *Reader {
	g := gazetteer.Load()
	t := text.Read(s)
	st := actors.Resolve(g, t, mention.Find(g, t))
	return New(st, args.New(st))
}

// read runs the sentence rules over the whole story.
func read(d *Reader) *Roles {
	var r Roles
	for si := range d.Sents {
		d.Sentence(si, &r)
	}
	return &r
}

func (d *Reader) actor(t *testing.T, name string) int {
	t.Helper()
	for i, a := range d.Cast.Actors {
		if a.Name() == name {
			return i
		}
	}
	t.Fatalf("no actor %q", name)
	return -1
}

// settled names the settled pairs ("A|B", sorted within) and mediators.
func settled(d *Reader, r *Roles) (pairs, meds []string) {
	ps, ms := r.Settle()
	for _, p := range ps {
		x := []string{d.Cast.Actors[p.A].Name(), d.Cast.Actors[p.B].Name()}
		slices.Sort(x)
		pairs = append(pairs, x[0]+"|"+x[1])
	}
	for _, m := range ms {
		meds = append(meds, d.Cast.Actors[m].Name())
	}
	slices.Sort(meds)
	return pairs, meds
}

// Sides and brokers the sentences name.
func TestSentenceRoles(t *testing.T) {
	cases := []struct {
		text  string
		pairs []string
		meds  []string
	}{
		{"Talks between Chile and Peru over the fishing dispute resumed on Monday.", []string{"Chile|Peru"}, nil},
		{"The Chile-Peru talks were mediated by Norway.", []string{"Chile|Peru"}, []string{"Norway"}},
		{"Chile and Peru resumed negotiations under the auspices of Norway and Sweden.", []string{"Chile|Peru"}, []string{"Norway", "Sweden"}},
		{"Chile and Peru traded fish on Monday.", nil, nil},
	}
	for _, c := range cases {
		d := reader(c.text)
		pairs, meds := settled(d, read(d))
		if !slices.Equal(pairs, c.pairs) || !slices.Equal(meds, c.meds) {
			t.Errorf("%q: parties %v, mediators %v", c.text, pairs, meds)
		}
	}
}

// Talks over a dispute between the people of two sides make the sides
// parties (weak evidence); a meeting with no dispute does not.
func TestMeetingSides(t *testing.T) {
	d := reader("Chilean Foreign Minister Rosa Campos met Peruvian Foreign Minister Ana Ruiz in Lima for talks on the border dispute.\n" +
		"Chilean Foreign Minister Rosa Campos met Peruvian Foreign Minister Ana Ruiz at a dinner.")
	held := func(si int) []meeting.Frame {
		return []meeting.Frame{{Parts: []int{d.actor(t, "Rosa Campos"), d.actor(t, "Ana Ruiz")}, Status: graph.Held, Sent: si}}
	}
	var r Roles
	d.MeetingSides(held(0), &r)
	if pairs, _ := settled(d, &r); !slices.Equal(pairs, []string{"Chile|Peru"}) {
		t.Errorf("dispute talks: parties %v", pairs)
	}
	r = Roles{}
	d.MeetingSides(held(1), &r)
	if pairs, _ := settled(d, &r); pairs != nil {
		t.Errorf("a dinner made parties %v", pairs)
	}
}

// A third side that met each of two known sides apart, the two never
// meeting, carries proposals between them: a mediator. Strong evidence
// naming it a side wins.
func TestShuttles(t *testing.T) {
	d := reader("Talks between Chile and Peru over the fishing dispute stalled, and Norway sent an envoy.")
	r := read(d)
	chile, peru, norway := d.actor(t, "Chile"), d.actor(t, "Peru"), d.actor(t, "Norway")
	frames := []meeting.Frame{
		{Parts: []int{norway, chile}, Status: graph.Held},
		{Parts: []int{norway, peru}, Status: graph.Held, Sent: 1},
	}
	d.Shuttles(frames, r)
	if _, meds := settled(d, r); !slices.Equal(meds, []string{"Norway"}) {
		t.Errorf("the shuttling side: mediators %v", meds)
	}
	frames = append(frames, meeting.Frame{Parts: []int{chile, peru}, Status: graph.Held, Sent: 2})
	r = read(d)
	d.Shuttles(frames, r)
	if _, meds := settled(d, r); meds != nil {
		t.Errorf("the sides met each other too: mediators %v", meds)
	}
	if got := r.Named(); !slices.Contains(got, chile) || !slices.Contains(got, peru) {
		t.Errorf("named %v", got)
	}
}
