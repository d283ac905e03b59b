package extract

import (
	"slices"
	"testing"
)

// Issue 14's seventy-ninth round: meetings not read although both people
// are found, each shape with sentences of its own.

// "Their ministers, A and B, held a separate session": a session two
// people held is talks of theirs (p506, p508, p233, p356); a body's
// session ("held a session of parliament") is none.
func TestHeldSession(t *testing.T) {
	text := "Talks\nPresident Omar Dialo met President Lena Vogt in Bamako on Monday. Their trade ministers, Karl Heine and Ana Pereira, held a separate session on customs duties."
	if got := pairsOf(t, text); !slices.Contains(got, "Ana Pereira|Karl Heine") {
		t.Errorf("pairs %v, want Ana Pereira|Karl Heine", got)
	}
	text = "Talks\nSpeaker Karl Heine and Deputy Speaker Ana Pereira held a session of parliament in Bamako on Monday."
	if got := pairsOf(t, text); slices.Contains(got, "Ana Pereira|Karl Heine") {
		t.Errorf("%q: a body's session read as talks: %v", text, got)
	}
}

// "X signed the accord on Thursday, after a meeting in P with host
// President Y": the subject met Y, on the day the clause tells and in the
// place the phrase names (p509, p465). Before an act to come the meeting
// is to come too.
func TestAfterMeetingWith(t *testing.T) {
	text := "Talks\nTrade Minister Karl Heine signed the customs accord on Monday, after a meeting in Bamako with host President Omar Dialo."
	got := heldAt(t, text, corefPub)
	found := false
	for _, m := range got {
		if slices.Contains(m.Participants, "Karl Heine") && slices.Contains(m.Participants, "Omar Dialo") {
			found = true
			if m.Date != "2025-05-05" || m.Place != "Bamako" {
				t.Errorf("date %q place %q, want 2025-05-05 in Bamako", m.Date, m.Place)
			}
		}
	}
	if !found {
		t.Errorf("meetings %v, want Karl Heine with Omar Dialo", got)
	}
	text = "Talks\nTrade Minister Karl Heine will sign the customs accord on Monday, after a meeting in Bamako with host President Omar Dialo."
	if got := pairsOf(t, text); slices.Contains(got, "Karl Heine|Omar Dialo") {
		t.Errorf("%q: a meeting to come read as held: %v", text, got)
	}
}

// "Z, who sat in on both sessions, said": Z was at the talks told before
// (p510, p340, p437); "sat in parliament" is no attendance.
func TestSatInOn(t *testing.T) {
	text := "Talks\nPresident Omar Dialo met President Lena Vogt in Bamako on Monday. Envoy Karl Heine, who sat in on both sessions, said the mood was calm."
	if got := pairsOf(t, text); !slices.Contains(got, "Karl Heine|Omar Dialo") || !slices.Contains(got, "Karl Heine|Lena Vogt") {
		t.Errorf("pairs %v, want Karl Heine with both presidents", got)
	}
	text = "Talks\nPresident Omar Dialo met President Lena Vogt in Bamako on Monday. Envoy Karl Heine, who sat in parliament for ten years, said the mood was calm."
	if got := pairsOf(t, text); slices.Contains(got, "Karl Heine|Omar Dialo") {
		t.Errorf("%q: a seat in parliament read as attendance: %v", text, got)
	}
}
