package extract

import (
	"slices"
	"testing"
)

// "The audience was (also) attended by X and Y" after a ruler's reception
// adds X and Y to the audience told before (audienceAttendedBy; p2494,
// p1992, p977). A sentence with no "the audience" subject, "an audience
// of students", adds no one.
func TestAudienceAttendedBy(t *testing.T) {
	rec := corefRecord(t, "Talks\nKORAM, May 3 (BNA) - President Anton Belko received Prime Minister Ivan Kolar of Norway at the palace on Thursday.\nIn the course of the audience, they reviewed bilateral ties.\nThe audience was also attended by Petar Marek, Minister of Defence, and Jan Dorn, Minister of Foreign Affairs.")
	found := false
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Anton Belko") && slices.Contains(m.Participants, "Petar Marek") && slices.Contains(m.Participants, "Jan Dorn") {
			found = true
		}
	}
	if !found {
		t.Errorf("audience attended by: meetings %v, want Belko with Marek and Dorn", rec.Meetings)
	}
	rec = corefRecord(t, "Lecture\nKORAM, May 3 (BNA) - President Anton Belko received Prime Minister Ivan Kolar of Norway at the palace on Thursday.\nLater Petar Marek gave a lecture to an audience of students at the university.")
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Petar Marek") {
			t.Errorf("audience of students: meeting %v, want none with Marek", m.Participants)
		}
	}
}
