package extract

import (
	"testing"
)

// Issue 14's hundred-and-forty-third round: an untargeted batch
// (p890-p895: a talks round at a finance ministry, a prime minister's
// visit, a leaders' phone call, an airport meeting, a peace signing, an
// envoy's meeting with a rebel leader); the rules are the general date
// misses it showed, with sentences of their own.

// datesHeld extracts a text (published Tuesday 6 May 2025) and returns
// the dates of its held meetings between the two named people.
func datesHeld(t *testing.T, text, a, b string) []string {
	t.Helper()
	var out []string
	for _, m := range heldAt(t, text, corefPub) {
		has := map[string]bool{}
		for _, p := range m.Participants {
			has[p] = true
		}
		if has[a] && has[b] {
			out = append(out, m.Date)
		}
	}
	return out
}

// "about" before a stretch of time ("met for about an hour today",
// "talked for about two hours on Friday") rounds how long the meeting
// lasted; it opens no topic, so the time after it stays the meeting's
// (approximateSpan, frame/predicates.go; p893). The negative case: a time
// in a real "about" topic ("to talk about the May 20 summit") is still
// the topic's.
func TestAboutSpanKeepsDate(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Border talks\nPresident Ada Lind and Prime Minister Kofi Mensah met for about an hour today in Accra.", "2025-05-06"},
		{"Border talks\nPresident Ada Lind and Prime Minister Kofi Mensah talked for about two hours on Friday in Accra.", "2025-05-02"},
		{"Border talks\nPresident Ada Lind held talks with Prime Minister Kofi Mensah for about 90 minutes yesterday in Accra.", "2025-05-05"},
	} {
		got := datesHeld(t, c.text, "Ada Lind", "Kofi Mensah")
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%q: dates %v, want %s", c.text, got, c.want)
		}
	}
	// Negative: a topic opened by "about" keeps its own time.
	text := "Border talks\nPresident Ada Lind met Prime Minister Kofi Mensah in Accra to talk about the May 20 summit."
	for _, d := range datesHeld(t, text, "Ada Lind", "Kofi Mensah") {
		if d == "2025-05-20" {
			t.Errorf("%q: the topic's date taken for the meeting", text)
		}
	}
}

// The time in a "since" phrase after a first encounter ("It was the first
// meeting between A and B since the flood in March", "their first formal
// talks since the election last November") dates what came before the
// encounter, not the encounter, here or when a later sentence's "their
// talks" looks back to it (firstSince, meeting/when.go; p893). The
// negative case: a time before the "since" ("met on Monday for the first
// time since March") is still the meeting's.
func TestFirstSinceTimeNotMeetings(t *testing.T) {
	for _, c := range []struct{ text, bad string }{
		{"Border talks\nForeign Minister Ada Lind met Kofi Mensah in Accra on Monday. It was the first meeting between Lind and Mensah since the flood in March. In a statement issued after their talks, the two ministers said they would meet again.", "2025-03"},
		{"Border talks\nForeign Minister Ada Lind and Kofi Mensah held talks in Accra, their first formal talks since the election last November.", "2024-11"},
	} {
		got := datesHeld(t, c.text, "Ada Lind", "Kofi Mensah")
		if len(got) == 0 {
			t.Errorf("%q: no meeting of Lind and Mensah", c.text)
		}
		for _, d := range got {
			if d == c.bad {
				t.Errorf("%q: dates %v, the since phrase's %s taken", c.text, got, c.bad)
			}
		}
	}
	// Negative: the time before "since" stays the meeting's.
	text := "Border talks\nForeign Minister Ada Lind met Kofi Mensah in Accra on Monday for the first time since March."
	if got := datesHeld(t, text, "Ada Lind", "Kofi Mensah"); len(got) == 0 || got[0] != "2025-05-05" {
		t.Errorf("%q: dates %v, want 2025-05-05", text, got)
	}
}
