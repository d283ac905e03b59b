package extract

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/parley-dev/parley/graph"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
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

// devHalf splits the evaluation articles by the fixed rule of
// shared/eval/score.py --half: the second hex digit of the SHA-1 of the stem,
// below 8 for the build half (read and fixed against), else the check half
// (only measured).
func devHalf(stem string) string {
	sum := sha1.Sum([]byte(stem))
	if hex.EncodeToString(sum[:])[1] < '8' {
		return "build"
	}
	return "check"
}

// devScores are the micro scores of shared/eval/score.py over a set of articles.
type devScores struct {
	persons, roles, pairs count
	placeHit, placeTot    int
	dateHit, dateTot      int
}

func (s devScores) places() float64 { return share(s.placeHit, s.placeTot) }
func (s devScores) dates() float64  { return share(s.dateHit, s.dateTot) }

func share(hit, tot int) float64 {
	if tot == 0 {
		return 0
	}
	return float64(hit) / float64(tot)
}

func (s *devScores) add(gold, pred graph.Record) {
	gres := newResolver(gold)
	pres := predResolver(pred, gres)
	s.persons.add(personSet(gold, gres.resolve), personSet(pred, pres))
	s.roles.add(roleSet(gold, gres.resolve), roleSet(pred, pres))
	gp, pp := pairValues(gold, gres.resolve, placeOf), pairValues(pred, pres, placeOf)
	s.pairs.add(keys(gp), keys(pp))
	h, t := shareFound(gp, pp)
	s.placeHit, s.placeTot = s.placeHit+h, s.placeTot+t
	h, t = shareFound(pairValues(gold, gres.resolve, dateOf), pairValues(pred, pres, dateOf))
	s.dateHit, s.dateTot = s.dateHit+h, s.dateTot+t
}

// devFloors are what main scores on each half today (micro, as score.py
// prints them, rounded down): a change that loses ground fails here. Raise
// them with every improvement.
var devFloors = map[string]map[string]float64{
	"build": {"persons": 0.96, "roles": 0.83, "met-pairs": 0.84, "met-pairs precision": 1.00, "places": 1.00, "dates": 0.98},
	// check dates 0.91 before the two-hundred-and-fifty-ninth round's rules
	// (totals only).
	"check": {"persons": 0.97, "roles": 0.81, "met-pairs": 0.82, "met-pairs precision": 0.97, "places": 0.96, "dates": 0.93},
}

// TestDevSet extracts every evaluation article, checks that each record
// validates, and scores each half the way shared/eval/score.py does,
// against the floors above.
func TestDevSet(t *testing.T) {
	halves := map[string]*devScores{"build": {}, "check": {}}
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
		halves[devHalf(a.stem)].add(a.gold, rec)
	}
	for _, half := range []string{"build", "check"} {
		s := halves[half]
		got := map[string]float64{
			"persons": s.persons.f1(), "roles": s.roles.f1(), "met-pairs": s.pairs.f1(),
			"met-pairs precision": s.pairs.precision(), "places": s.places(), "dates": s.dates(),
		}
		t.Logf("%s half: persons F1 %.2f  roles F1 %.2f  met-pairs F1 %.2f (P %.2f R %.2f)  places %.2f  dates %.2f",
			half, got["persons"], got["roles"], got["met-pairs"], s.pairs.precision(), s.pairs.recall(), got["places"], got["dates"])
		for name, floor := range devFloors[half] {
			// Scores print with two decimals; compare at that precision.
			if math.Round(got[name]*100) < math.Round(floor*100) {
				t.Errorf("%s half: %s %.2f is below the floor %.2f", half, name, got[name], floor)
			}
		}
	}
}

// TestDevHalfSplit pins the split to score.py's rule: both halves are
// non-empty and every article falls in exactly one.
func TestDevHalfSplit(t *testing.T) {
	n := map[string]int{}
	for _, a := range loadDev(t) {
		n[devHalf(a.stem)]++
	}
	if n["build"] == 0 || n["check"] == 0 {
		t.Fatalf("halves %v: one is empty", n)
	}
	// The rule, checked on a digest computed by hand: sha1("a") = 86f7e4…,
	// second digit 6 → build; sha1("b") = e9d71f…, second digit 9 → check.
	if devHalf("a") != "build" || devHalf("b") != "check" {
		t.Fatalf("split rule differs from score.py: a→%s b→%s", devHalf("a"), devHalf("b"))
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

func (c count) precision() float64 {
	if c.tp+c.fp > 0 {
		return float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.fn > 0 {
		return 0
	}
	return 1
}

func (c count) recall() float64 {
	if c.tp+c.fn > 0 {
		return float64(c.tp) / float64(c.tp+c.fn)
	}
	return 1
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

// pairValues maps each unordered pair of participants of a held meeting to
// the values (place keys, dates) its meetings give.
func pairValues(rec graph.Record, res func(string) string, value func(graph.Meeting) string) map[string]map[string]bool {
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
				if v := value(m); v != "" {
					out[k][v] = true
				}
			}
		}
	}
	return out
}

func placeOf(m graph.Meeting) string {
	if m.Place == "" {
		return ""
	}
	return placeKey(m.Place)
}

func dateOf(m graph.Meeting) string { return strings.TrimSpace(m.Date) }

// shareFound counts the gold pairs with a value that were found, and of
// those the ones whose prediction shares a value.
func shareFound(gold, pred map[string]map[string]bool) (hit, tot int) {
	for pair, values := range gold {
		got, ok := pred[pair]
		if len(values) == 0 || !ok {
			continue
		}
		tot++
		for v := range values {
			if got[v] {
				hit++
				break
			}
		}
	}
	return hit, tot
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

// seedFloors are what the extractor scores on the seed article (seed/, the
// copy of ../shared/seed the product loads), the example of the mission:
// every person, role, place and date, and every met pair but the parties'
// own (Israel and Hamas, whose talks go through the mediators, which the
// gold counts as their meeting).
var seedFloors = map[string]float64{
	"persons": 1.00, "roles": 1.00, "met-pairs": 0.91, "met-pairs precision": 1.00,
	"places": 1.00, "dates": 1.00,
}

func TestSeedArticle(t *testing.T) {
	files, err := filepath.Glob("../seed/*.json")
	if err != nil || len(files) != 1 {
		t.Fatalf("seed articles: %v (%d), want 1", err, len(files))
	}
	checkProbeFloors(t, "seed", scoreProbe(t, files), seedFloors)
}
