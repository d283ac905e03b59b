package mention

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/text"
)

// familyPlurals: "The Xs met the Ys", "the Xs received Z": a family
// name in the plural after "the" (or opening a headline, "Xs tour ...")
// is the couple or family the story names under that name, not a person
// called "Xs". Read as one name it was a person of its own, and the
// meeting lost the people it stands for. The plural stands for every
// person the story names with that family name (each by the fullest
// form it gives, "A X" and "B C X"; "X" alone when none is fuller), so
// it becomes one mention of each of them on its word. A word the story
// also writes in lower case, or that names no person's family elsewhere,
// is left as it was ("the Philippines"). Issue 14's
// five-hundred-and-fifty-eighth round (p3381, p3385 of the batch; p3355,
// p1684).
func familyPlurals(sents []text.Sentence, ms [][]Mention, lowerSeen map[string]bool) {
	forms := map[string][]string{} // family name → the person forms ending in it
	bare := map[string]bool{}      // family names the story writes alone
	titled := map[string]bool{}    // family names under a title or style ("President X", "Mrs. X")
	for si, row := range ms {
		if sents[si].Title {
			continue
		}
		for _, m := range row {
			f := strings.Fields(m.Text)
			if len(f) == 1 && (m.Kind == Person || m.Kind == Unknown) {
				bare[strings.ToLower(f[0])] = true
			}
			if m.Kind != Person || len(f) == 0 {
				continue
			}
			k := strings.ToLower(f[len(f)-1])
			if m.Titled || m.Title != "" {
				titled[k] = true
			}
			if !slices.Contains(forms[k], m.Text) {
				forms[k] = append(forms[k], m.Text)
			}
		}
	}
	for si := range ms {
		toks := sents[si].Toks
		var add []Mention
		drop := map[int]bool{}
		for mi, m := range ms[si] {
			if m.J-m.I != 1 || m.Kind != Person && m.Kind != Unknown || m.Titled || m.Title != "" {
				continue
			}
			t := toks[m.I]
			if !t.Cap || t.Acronym || lowerSeen[t.Lower] || !(m.I > 0 && toks[m.I-1].Lower == "the" || m.I == 0 && sents[si].Title) {
				continue
			}
			people := familyOf(forms, bare, titled, t.Lower)
			if people == nil {
				continue
			}
			drop[mi] = true
			for _, p := range people {
				add = append(add, Mention{I: m.I, J: m.J, Kind: Person, Actor: -1, Text: p})
			}
		}
		if len(drop) == 0 {
			continue
		}
		kept := ms[si][:0]
		for mi, m := range ms[si] {
			if !drop[mi] {
				kept = append(kept, m)
			}
		}
		ms[si] = append(kept, add...)
		slices.SortStableFunc(ms[si], func(x, y Mention) int { return x.I - y.I })
	}
}

// familyOf is the people a plural family word stands for: the fullest
// forms the story gives each person whose name ends in the singular, or
// nil when none does.
func familyOf(forms map[string][]string, bare, titled map[string]bool, plural string) []string {
	var fs []string
	for _, sing := range []string{strings.TrimSuffix(plural, "es"), strings.TrimSuffix(plural, "s")} {
		if sing != plural && forms[sing] != nil && bare[sing] && titled[sing] {
			fs = forms[sing]
			break
		}
	}
	if fs == nil {
		// The story must call the person by the family name alone ("X
		// said") and under a title or style ("President X", "Mrs.
		// X"): "the Tigers" after "a Tamil Tiger" read as a name is
		// no family (p2328, p2026), nor "the Maoists" (p2724).
		return nil
	}
	var out []string
	for _, f := range fs {
		// a shorter form inside a fuller one is the same person's
		if !slices.ContainsFunc(fs, func(g string) bool { return g != f && strings.HasSuffix(g, " "+f) }) {
			out = append(out, f)
		}
	}
	return out
}
