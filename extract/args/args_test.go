package args

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

func read(s string) *Reader {
	g := gazetteer.Load()
	t := text.Read(s)
	return New(actors.Resolve(g, t, mention.Find(g, t)))
}

// at is the index of the first token of sentence si whose lower-case form
// is w.
func at(t *testing.T, r *Reader, si int, w string) int {
	t.Helper()
	for k, tok := range r.Sents[si].Toks {
		if tok.Lower == w {
			return k
		}
	}
	t.Fatalf("no %q in %q", w, r.Sents[si].Text)
	return -1
}

// names are the actors' names, in order.
func names(r *Reader, as []int) []string {
	var out []string
	for _, a := range as {
		out = append(out, r.Cast.Actors[a].Name())
	}
	return out
}

// The syntax of the predicate names its arguments: a "between" pair, a
// "with" list, a coordinated subject, a hyphenated pair.
func TestSlotActors(t *testing.T) {
	cases := []struct {
		text, pred string
		want       []string
	}{
		{"Officials from Chile and Peru met for talks between Chile and Peru on Monday.", "talks", []string{"Chile", "Peru"}},
		{"Chilean envoy Rosa Campos held talks with Peru and Bolivia on Monday.", "talks", []string{"Peru", "Bolivia"}},
		{"Chile and Peru met in a border town on Monday.", "met", []string{"Chile", "Peru"}},
		{"The Chile-Peru talks resumed on Monday.", "talks", []string{"Chile", "Peru"}},
	}
	for _, c := range cases {
		r := read(c.text)
		k := at(t, r, 0, c.pred)
		cs, ce := r.Sents[0].Clause(k)
		got := names(r, r.SlotActors(0, k, cs, ce, false))
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: arguments %v lack %s", c.text, got, w)
			}
		}
	}
}

// A host named in a phrase of its own after the predicate: "at the
// invitation of X", "was received by X".
func TestHostPhrase(t *testing.T) {
	for _, s := range []string{
		"Rosa Campos paid a visit to Lima at the invitation of Ana Ruiz on Monday.",
		"Rosa Campos was received by Ana Ruiz in Lima on Monday.",
	} {
		r := read(s)
		pred := "visit"
		if !slices.ContainsFunc(r.Sents[0].Toks, func(t text.Token) bool { return t.Lower == "visit" }) {
			pred = "received"
		}
		h := r.HostPhrase(0, at(t, r, 0, pred))
		if h == nil || r.Cast.Actors[h.Actor].Name() != "Ana Ruiz" {
			t.Errorf("%q: host %+v", s, h)
		}
	}
	r := read("Rosa Campos visited a fish market in Lima on Monday.")
	if h := r.HostPhrase(0, at(t, r, 0, "visited")); h != nil {
		t.Errorf("a host where none is named: %+v", h)
	}
}

// A mention may stand as a participant unless it is a location, the
// speaker who reports the meeting, or only the possessor of something
// else.
func TestEligible(t *testing.T) {
	r := read("Rosa Campos met Ana Ruiz in Peru on Monday, a spokesman for Campos said.\n" +
		"Ana Ruiz's office said on Monday that Rosa Campos met Luis Vega in Lima.")
	eligible := map[string]bool{}
	for si := range r.Sents {
		for mi := range r.Ments[si] {
			m := &r.Ments[si][mi]
			if m.Actor >= 0 {
				eligible[m.Text] = r.Eligible(si, m) || eligible[m.Text]
			}
		}
	}
	for _, w := range []string{"Rosa Campos", "Luis Vega"} {
		if !eligible[w] {
			t.Errorf("%s is a participant: %v", w, eligible)
		}
	}
	if eligible["Peru"] {
		t.Errorf("a place after \"in\" is no participant: %v", eligible)
	}
	m := &r.Ments[1][0]
	if m.Text != "Ana Ruiz" || r.Eligible(1, m) {
		t.Errorf("the possessor in %q is no participant", r.Sents[1].Text)
	}
}

// "between A and B" reads the pair over the titles before the names;
// "A and B" is a pair only when they are different sides.
func TestPairs(t *testing.T) {
	r := read("Talks between Chilean President Rosa Campos and Peruvian President Ana Ruiz ended.")
	a, b := r.BetweenPair(0, at(t, r, 0, "between"))
	if a == nil || b == nil || r.Cast.Actors[a.Actor].Name() != "Rosa Campos" || r.Cast.Actors[b.Actor].Name() != "Ana Ruiz" {
		t.Errorf("between pair %+v %+v", a, b)
	}
	r = read("Chile and Peru signed a truce.")
	if a, b := r.ConjPair(0, at(t, r, 0, "and")); a == nil || b == nil {
		t.Errorf("two states are two sides")
	}
}
