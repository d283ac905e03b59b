package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-fifty-second round: an untargeted batch on
// Central Asia and Mongolia (p2144-p2149: Kazinform, Kabar and Montsame
// readouts, 1990s wires); each rule with sentences of its own.

// "President Ts.Bat received ...": a Mongolian patronymic initial written
// with two Latin letters and glued to the surname opens the name as a
// one-letter initial does, so the person is one ("Bat"), not "Ts" and a
// second person (digraphInitial in mention/mentions.go; p1658, p2146).
// A spaced abbreviation before a word stays out of the name.
func TestMongolianDigraphInitial(t *testing.T) {
	pub := time.Date(2015, 3, 4, 0, 0, 0, 0, time.UTC)
	lead := "Leaders meet\n\nUlaanbaatar /AGENCY/ "
	for _, c := range []string{
		"President of Mongolia Ts.Gantulga received on March 3 visiting Prime Minister Ivo Marten at the State Palace.\n",
		"Speaker Ch.Gantulga received on March 3 visiting Prime Minister Ivo Marten at the State Palace.\n",
	} {
		rec := recordAt(t, lead+c, pub)
		if m := meetingWith(rec, "Gantulga", "Ivo Marten"); m == nil {
			t.Errorf("%q: want a meeting of Gantulga and Marten: %s", c, dump(rec))
		}
		for _, n := range personNames(rec) {
			if n == "Ts" || n == "Ch" {
				t.Errorf("%q: the initial %q read as a person: %s", c, n, dump(rec))
			}
		}
	}
}
