package frame

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/extract/text"
)

func TestFindDates(t *testing.T) {
	pub := time.Date(2024, 8, 9, 0, 0, 0, 0, time.UTC) // a Friday
	cases := []struct{ text, want string }{
		{"during a call last Monday", "2024-08-05"},
		{"talks on Wednesday", "2024-08-07"},
		{"Friday's talks", "2024-08-09"},
		{"talks last week", "2024-08"},
		{"talks on August 14", "2024-08-14"},
		{"talks on Aug. 14", "2024-08-14"},
		{"signed on 2 August", "2024-08-02"},
		{"signed in May 2023", "2023-05"},
		{"on October 7, 2023", "2023-10-07"},
	}
	for _, c := range cases {
		toks := text.Tokenize(c.text)
		ds := FindDates(toks, 0, len(toks), pub)
		if len(ds) != 1 || ds[0].Value != c.want {
			t.Errorf("%q: %+v, want %s", c.text, ds, c.want)
		}
	}
	if ds := FindDates(text.Tokenize("on Friday"), 0, 2, time.Time{}); len(ds) != 0 {
		t.Errorf("a weekday needs a publication date: %+v", ds)
	}
}

// Every predicate has one class; the classes order weak to call.
func TestTriggers(t *testing.T) {
	for w, want := range map[string]int{"met": Meet, "talks": Talks, "discussed": Weak} {
		if Triggers[w] != want {
			t.Errorf("%s: class %d, want %d", w, Triggers[w], want)
		}
	}
	if !(Weak < Talks && Talks < Meet && Meet < Call) {
		t.Error("classes out of order")
	}
}

// "A met B in X, and C visited D in Y" joins two events: the predicate's
// conjunct ends before the second subject.
func TestConjunct(t *testing.T) {
	toks := text.Tokenize("Ana Lind met Omar Haddad in Paris, and Luis Vega visited Eva Berg in Rome")
	from, to, _, _ := Conjunct(toks, 0, len(toks), 2)
	if from != 0 || to > 8 || to <= 2 {
		t.Errorf("conjunct of met: [%d,%d)", from, to)
	}
	from, to, _, _ = Conjunct(toks, 0, len(toks), 11)
	if from < 8 || from > 11 || to != len(toks) {
		t.Errorf("conjunct of visited: [%d,%d)", from, to)
	}
}

// Negation of the predicate and plans: "did not meet" is no meeting.
func TestNegatedPredicate(t *testing.T) {
	toks := text.Tokenize("Lind did not meet Haddad")
	if !NegatedPredicate(toks, 3) {
		t.Error("did not meet: not negated")
	}
	toks = text.Tokenize("Lind met Haddad")
	if NegatedPredicate(toks, 1) {
		t.Error("met: negated")
	}
}
