package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's twenty-fifth round: who met whom on unseen articles, from the
// constructions the twenty-fifth probe batch (p182-p187) showed beside
// older probe articles, each with sentences of its own.

// twentyFifthPub is a Friday.
var twentyFifthPub = time.Date(2025, 10, 17, 0, 0, 0, 0, time.UTC)

// "A called B's Prime Minister, X, on Tuesday": "called" with a person as
// its object, named or as a state's post and its holder, after a person
// or pronoun subject, is a phone call (p174's "Wangdi called Bangladesh's
// Prime Minister, X", p184's "al-Saffar called Kuwait's Prime Minister,
// Sheikh X", p186's "Kasirye called Tanzania's Prime Minister, X, later
// the same day"). Naming ("called X a coward", "a lawyer called X"),
// appeals ("called for talks with X") and the courtesy call ("called on
// X", a visit) are not calls. An honorific after the post's comma
// ("Kuwait's Prime Minister, Sheikh X") leaves the post to the holder, so
// the state is no second participant beside him.
func TestCalledPersonIsPhoneCall(t *testing.T) {
	lead := "Lake talks\n\n"
	call := func(text, a, b, date string) {
		t.Helper()
		wantHeldOn(t, twentyFifthPub, text, a, b, date)
		for _, m := range heldAt(t, text, twentyFifthPub) {
			if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) && m.Mode != graph.Call {
				t.Errorf("%q: %s and %s met %q, want a call", text, a, b, m.Mode)
			}
		}
	}
	call(lead+"President Ilse Varga called Latvia's Prime Minister, Odo Brandt, on Tuesday to propose a joint survey of the lake.", "Ilse Varga", "Odo Brandt", "2025-10-14")
	call(lead+"President Ilse Varga called Odo Brandt on Wednesday about the survey.", "Ilse Varga", "Odo Brandt", "2025-10-15")
	call(lead+"President Ilse Varga called Latvia's transport minister, Dr. Odo Brandt, on Tuesday.", "Ilse Varga", "Odo Brandt", "2025-10-14")
	text := lead + "President Ilse Varga called Latvia's Prime Minister, Sheikh Odo Brandt, on Tuesday to propose a survey."
	call(text, "Ilse Varga", "Odo Brandt", "2025-10-14")
	noneHeld(t, twentyFifthPub, text, "Ilse Varga", "Latvia")
	none := func(text, a, b string) {
		t.Helper()
		noneHeld(t, twentyFifthPub, text, a, b)
	}
	none(lead+"President Ilse Varga called Odo Brandt a coward on Tuesday.", "Ilse Varga", "Odo Brandt")
	none(lead+"President Ilse Varga called for talks with Odo Brandt.", "Ilse Varga", "Odo Brandt")
	none(lead+"President Ilse Varga called Latvia's decision a mistake on Tuesday.", "Ilse Varga", "Latvia")
}
