package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/parley-dev/parley/graph"
)

// devDir holds the evaluation articles; it sits beside the repository and
// is never copied into it.
const devDir = "../../shared/eval/dev"

type devArticle struct {
	stem string
	text string
	gold graph.Record
	pub  time.Time
}

func loadDev(tb testing.TB) []devArticle {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(devDir, "*.json"))
	if len(files) == 0 {
		tb.Skipf("no evaluation articles in %s", devDir)
	}
	var out []devArticle
	for _, f := range files {
		stem := strings.TrimSuffix(f, ".json")
		text, err := os.ReadFile(stem + ".txt")
		if err != nil {
			tb.Fatal(err)
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var gold graph.Record
		if err := json.Unmarshal(raw, &gold); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		pub, _ := time.Parse("2006-01-02", gold.Source.Published)
		out = append(out, devArticle{filepath.Base(stem), string(text), gold, pub})
	}
	return out
}

// TestDevSet extracts every evaluation article, checks that each record
// validates, and scores them the way shared/eval/score.py does, against
// the floors the project set.
func TestDevSet(t *testing.T) {
	var persons, roleC, pairs count
	placeHit, placeTot := 0, 0
	for _, a := range loadDev(t) {
		rec, err := Extract(Article{ID: a.stem, Text: a.text, Published: a.pub})
		if err != nil {
			t.Fatalf("%s: %v", a.stem, err)
		}
		if err := rec.Validate(); err != nil {
			t.Errorf("%s: %v", a.stem, err)
		}
		if rec.ID != a.stem {
			t.Errorf("%s: id %q", a.stem, rec.ID)
		}
		gres := newResolver(a.gold)
		pres := predResolver(rec, gres)
		persons.add(personSet(a.gold, gres.resolve), personSet(rec, pres))
		roleC.add(roleSet(a.gold, gres.resolve), roleSet(rec, pres))
		gp, pp := pairPlaces(a.gold, gres.resolve), pairPlaces(rec, pres)
		pairs.add(keys(gp), keys(pp))
		for pair, places := range gp {
			if got, ok := pp[pair]; ok && len(places) > 0 {
				placeTot++
				for p := range places {
					if got[p] {
						placeHit++
						break
					}
				}
			}
		}
	}
	places := 0.0
	if placeTot > 0 {
		places = float64(placeHit) / float64(placeTot)
	}
	t.Logf("persons F1 %.2f  roles F1 %.2f  met-pairs F1 %.2f  places %.2f", persons.f1(), roleC.f1(), pairs.f1(), places)
	for name, got := range map[string][2]float64{
		"persons": {persons.f1(), 0.90}, "roles": {roleC.f1(), 0.80},
		"met-pairs": {pairs.f1(), 0.75}, "places": {places, 0.85},
	} {
		if got[0] < got[1] {
			t.Errorf("%s %.2f is below the floor %.2f", name, got[0], got[1])
		}
	}
}

// What follows mirrors shared/eval/score.py.

type count struct{ tp, fp, fn int }

func (c *count) add(gold, pred map[string]bool) {
	for k := range pred {
		if gold[k] {
			c.tp++
		} else {
			c.fp++
		}
	}
	for k := range gold {
		if !pred[k] {
			c.fn++
		}
	}
}

func (c count) f1() float64 {
	p, r := 1.0, 1.0
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	} else if c.fn > 0 {
		p = 0
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

var (
	possRE    = regexp.MustCompile(`'s\b`)
	nonWordRE = regexp.MustCompile(`[^\w\s-]`)
	spacesRE  = regexp.MustCompile(`\s+`)
	scoreWord = set("the", "mr", "mrs", "ms", "messrs", "dr", "sheikh", "president", "prime", "minister",
		"secretary", "director", "general", "gen", "king", "queen", "prince", "emir", "chancellor",
		"foreign", "defense", "defence", "state", "envoy", "special", "ambassador", "chief")
)

func scoreNorm(s string) string {
	s, _, _ = transform.String(transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn))), s)
	s = strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
	s = possRE.ReplaceAllString(s, "")
	s = nonWordRE.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "-", " ")
	s = strings.TrimSpace(spacesRE.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

type resolver struct {
	exact   map[string]string
	persons map[string]map[string]bool
	last    map[string]string
}

func newResolver(gold graph.Record) *resolver {
	r := &resolver{exact: map[string]string{}, persons: map[string]map[string]bool{}, last: map[string]string{}}
	lastAll := map[string]map[string]bool{}
	for _, a := range gold.Actors {
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			if _, ok := r.exact[scoreNorm(f)]; !ok {
				r.exact[scoreNorm(f)] = a.Name
			}
		}
		if a.Kind == graph.Person {
			toks := strings.Fields(scoreNorm(a.Name))
			r.persons[a.Name] = set(toks...)
			if len(toks) > 0 {
				l := toks[len(toks)-1]
				if lastAll[l] == nil {
					lastAll[l] = map[string]bool{}
				}
				lastAll[l][a.Name] = true
			}
		}
	}
	for l, names := range lastAll {
		if len(names) == 1 {
			for n := range names {
				r.last[l] = n
			}
		}
	}
	return r
}

func (r *resolver) resolve(name string) string {
	n := scoreNorm(name)
	if n == "" {
		return ""
	}
	if c, ok := r.exact[n]; ok {
		return c
	}
	var toks []string
	for _, t := range strings.Fields(n) {
		if !scoreWord[t] {
			toks = append(toks, t)
		}
	}
	if c, ok := r.exact[strings.Join(toks, " ")]; ok && len(toks) > 0 {
		return c
	}
	if len(toks) > 0 {
		if c, ok := r.last[toks[len(toks)-1]]; ok {
			gold := r.persons[c]
			sub := true
			for _, t := range toks {
				sub = sub && gold[t]
			}
			all := set(strings.Fields(n)...)
			sup := true
			for t := range gold {
				sup = sup && all[t]
			}
			if sub || sup {
				return c
			}
		}
	}
	return "?" + n
}

func predResolver(pred graph.Record, g *resolver) func(string) string {
	table := map[string]string{}
	for _, a := range pred.Actors {
		forms := append([]string{a.Name}, a.Aliases...)
		canon := ""
		for _, f := range forms {
			if c := g.resolve(f); c != "" && !strings.HasPrefix(c, "?") {
				canon = c
				break
			}
		}
		if canon == "" {
			canon = g.resolve(a.Name)
		}
		for _, f := range forms {
			if _, ok := table[scoreNorm(f)]; !ok && f != "" {
				table[scoreNorm(f)] = canon
			}
		}
	}
	return func(name string) string {
		if c, ok := table[scoreNorm(name)]; ok && c != "" {
			return c
		}
		return g.resolve(name)
	}
}

func personSet(rec graph.Record, res func(string) string) map[string]bool {
	out := map[string]bool{}
	for _, a := range rec.Actors {
		if a.Kind == graph.Person {
			if r := res(a.Name); r != "" {
				out[r] = true
			}
		}
	}
	return out
}

func roleSet(rec graph.Record, res func(string) string) map[string]bool {
	out := map[string]bool{}
	for _, n := range rec.Negotiations {
		for _, p := range n.Parties {
			out[res(p)+"|party"] = true
		}
		for _, m := range n.Mediators {
			out[res(m)+"|mediator"] = true
		}
	}
	return out
}

func pairPlaces(rec graph.Record, res func(string) string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, m := range rec.Meetings {
		if m.Status != "" && m.Status != graph.Held {
			continue
		}
		names := map[string]bool{}
		for _, p := range m.Participants {
			if r := res(p); r != "" {
				names[r] = true
			}
		}
		var list []string
		for n := range names {
			list = append(list, n)
		}
		for i := range list {
			for j := range list {
				if list[i] >= list[j] {
					continue
				}
				k := list[i] + "+" + list[j]
				if out[k] == nil {
					out[k] = map[string]bool{}
				}
				if m.Place != "" {
					out[k][placeKey(m.Place)] = true
				}
			}
		}
	}
	return out
}

func placeKey(s string) string {
	s = scoreNorm(s)
	s = strings.TrimSpace(regexp.MustCompile(`\b(d c|dc)\b`).ReplaceAllString(s, ""))
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

func keys(m map[string]map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}
