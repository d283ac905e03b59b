package extract

import (
	"slices"
	"testing"
	"time"
)

// heldPairs extracts text and returns its held meetings' participants.
func heldPairs(t *testing.T, text string) [][]string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, m := range rec.Meetings {
		if m.Status == "held" {
			p := slices.Clone(m.Participants)
			slices.Sort(p)
			out = append(out, p)
		}
	}
	return out
}

// A month word that runs into a capitalized word with no number beside it
// is a given name, not a date.
func TestMonthWordAsGivenName(t *testing.T) {
	for _, given := range []string{"Jan", "August", "June"} {
		got := heldPairs(t, "Premier Olaf Brandt held talks with the visiting minister "+given+" Kowalczyk in Oslo on Friday.")
		want := []string{given + " Kowalczyk", "Olaf Brandt"}
		if len(got) != 1 || !slices.Equal(got[0], want) {
			t.Errorf("%s: held %v, want %v", given, got, want)
		}
	}
}

// People who comment on a meeting ("criticised the meeting") did not
// attend it; people who chair or attend it did.
func TestCommentOnMeetingIsNoMeeting(t *testing.T) {
	text := "Minister Vera Holm met Minister Ivo Sandor in Oslo on Friday. "
	for _, verb := range []string{"criticised", "welcomed", "praised", "dismissed"} {
		got := heldPairs(t, text+"The lawmaker Ruth Adler "+verb+" the meeting, and the scholar Omar Tanvir said little would change.")
		if len(got) != 1 {
			t.Errorf("%s: held %v, want only Holm and Sandor", verb, got)
		}
	}
	got := heldPairs(t, text+"The envoy Ruth Adler chaired the meeting with the mayor Omar Tanvir.")
	if len(got) < 2 {
		t.Errorf("chaired: held %v, want a meeting with Adler", got)
	}
}

// A pronoun subject after a fronted adjunct stands for the person of the
// sentence before.
func TestPronounAfterFrontedAdjunct(t *testing.T) {
	got := heldPairs(t, "The Peruvian envoy Rosa Quispe arrived in Quito on Monday. During the trip, she was received by President Tomas Vera.")
	want := []string{"Rosa Quispe", "Tomas Vera"}
	if !slices.ContainsFunc(got, func(p []string) bool { return slices.Equal(p, want) }) {
		t.Errorf("held %v, want %v", got, want)
	}
}
