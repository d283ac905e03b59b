package coref

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

func resolver(s string) *Resolver {
	g := gazetteer.Load()
	t := text.Read(s)
	st := actors.Resolve(g, t, mention.Find(g, t))
	return New(st, args.New(st))
}

// last is the index of the last sentence, and its clause bounds.
func last(r *Resolver) (si, cs, ce int) {
	si = len(r.Sents) - 1
	return si, 0, len(r.Sents[si].Toks)
}

func names(r *Resolver, as []int) []string {
	var out []string
	for _, a := range as {
		out = append(out, r.Cast.Actors[a].Name())
	}
	slices.Sort(out)
	return out
}

func person(t *testing.T, r *Resolver, name string) int {
	t.Helper()
	for i, a := range r.Cast.Actors {
		if a.Name() == name {
			return i
		}
	}
	t.Fatalf("no actor %q", name)
	return -1
}

// "the two leaders" stands for the two people named just before it, and
// only when exactly two are: among three it names no one.
func TestPluralDescription(t *testing.T) {
	r := resolver("Rosa Campos flew to Lima on Monday to see Ana Ruiz.\nThe two leaders held talks on fishing rights.")
	si, cs, ce := last(r)
	refs, ante := r.PluralReferents(si, cs, ce, Told{Sent: -1})
	if got := names(r, refs); !slices.Equal(got, []string{"Ana Ruiz", "Rosa Campos"}) || ante != 0 {
		t.Errorf("the two leaders: %v (from sentence %d)", got, ante)
	}
	r = resolver("Rosa Campos, Ana Ruiz and Luis Vega flew to Lima on Monday.\nThe two leaders held talks on fishing rights.")
	si, cs, ce = last(r)
	if refs, _ := r.PluralReferents(si, cs, ce, Told{Sent: -1}); refs != nil {
		t.Errorf("a description among three people resolved to %v", names(r, refs))
	}
	r = resolver("Chile and Peru traded offers all week.\nBoth sides held talks in Lima on Friday.")
	si, cs, ce = last(r)
	if refs, _ := r.PluralReferents(si, cs, ce, Told{Sent: -1}); !slices.Equal(names(r, refs), []string{"Chile", "Peru"}) {
		t.Errorf("both sides: %v", names(r, refs))
	}
}

// "the two" standing alone is the people of the meeting told just
// before, when it had that many; a meeting told long before is not.
func TestBareCount(t *testing.T) {
	r := resolver("Rosa Campos met Ana Ruiz in Lima on Monday.\nThe two last met in 2019.")
	si, cs, ce := last(r)
	told := Told{Sent: 0, Parts: []int{person(t, r, "Rosa Campos"), person(t, r, "Ana Ruiz")}, Held: true}
	if refs, _ := r.PluralReferents(si, cs, ce, told); len(refs) != 2 {
		t.Errorf("the two: %v", names(r, refs))
	}
	told.Sent = si - 3
	if refs, _ := r.PluralReferents(si, cs, ce, told); refs != nil {
		t.Errorf("a meeting three sentences back is too far: %v", names(r, refs))
	}
}

// "the two leaders met with X": the description is the people of the
// held meeting just told; a planned one is no antecedent.
func TestArgumentPlural(t *testing.T) {
	r := resolver("Rosa Campos met Ana Ruiz in Lima on Monday.\nOn Tuesday the two leaders met with Luis Vega.")
	si, cs, ce := last(r)
	told := Told{Sent: 0, Parts: []int{person(t, r, "Rosa Campos"), person(t, r, "Ana Ruiz")}, Held: true}
	if got := names(r, r.ArgumentPlural(si, cs, ce, told)); !slices.Equal(got, []string{"Ana Ruiz", "Rosa Campos"}) {
		t.Errorf("the two leaders: %v", got)
	}
	told.Held = false
	if got := r.ArgumentPlural(si, cs, ce, told); got != nil {
		t.Errorf("a planned meeting as antecedent: %v", names(r, got))
	}
}

// "her Peruvian counterpart" is the person of Peru named before; a
// pronoun opening the clause is the first person of the sentence before.
func TestCounterpartAndPronoun(t *testing.T) {
	r := resolver("Chilean Foreign Minister Rosa Campos landed in Lima on Monday, a week after Peruvian Foreign Minister Ana Ruiz spoke on fishing.\nShe held talks with her Peruvian counterpart on Tuesday.")
	si, cs, ce := last(r)
	if a := r.Counterpart(si, cs, ce); a < 0 || r.Cast.Actors[a].Name() != "Ana Ruiz" {
		t.Errorf("counterpart %d", a)
	}
	if a := r.PronounAntecedent(si, cs); a < 0 || r.Cast.Actors[a].Name() != "Rosa Campos" {
		t.Errorf("she: %d", a)
	}
	r = resolver("Luis Vega said she held talks with her Peruvian counterpart.")
	si, cs, _ = last(r)
	if a := r.PronounAntecedent(si, cs); a >= 0 {
		t.Errorf("a pronoun with no sentence before resolved to %s", r.Cast.Actors[a].Name())
	}
}

// Plural posts: "the foreign ministers of A and B", "the two countries'
// foreign ministers" are the people named with that post.
func TestPluralPosts(t *testing.T) {
	const story = "Chilean Foreign Minister Rosa Campos and Peruvian Foreign Minister Ana Ruiz spoke at a fishing fair.\n"
	r := resolver(story + "The foreign ministers of Chile and Peru met in Lima on Friday.")
	si, cs, ce := last(r)
	if got := names(r, r.StatesPosts(si, cs, ce)); !slices.Equal(got, []string{"Ana Ruiz", "Rosa Campos"}) {
		t.Errorf("the foreign ministers of Chile and Peru: %v", got)
	}
	r = resolver(story + "Talks in Lima on Friday brought together the two countries' foreign ministers.")
	si, cs, ce = last(r)
	if got := names(r, r.TitlePlural(si, cs, ce, nil)); !slices.Equal(got, []string{"Ana Ruiz", "Rosa Campos"}) {
		t.Errorf("the two countries' foreign ministers: %v", got)
	}
	r = resolver(story + "The defence ministers of Chile and Peru met in Lima on Friday.")
	si, cs, ce = last(r)
	if got := r.StatesPosts(si, cs, ce); got != nil {
		t.Errorf("a post nobody holds resolved to %v", names(r, got))
	}
	// A state named with its article, first or last in the list.
	const story2 = "Czech Foreign Minister Jan Holub and Slovak Foreign Minister Eva Kral spoke at a trade fair.\n"
	for _, text := range []string{
		"The foreign ministers of the Czech Republic and Slovakia met in Brno on Friday.",
		"The foreign ministers of Slovakia and the Czech Republic met in Brno on Friday.",
	} {
		r = resolver(story2 + text)
		si, cs, ce = last(r)
		if got := names(r, r.StatesPosts(si, cs, ce)); !slices.Equal(got, []string{"Eva Kral", "Jan Holub"}) {
			t.Errorf("%q: %v", text, got)
		}
	}
}
