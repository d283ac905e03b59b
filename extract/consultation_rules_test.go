package extract

import (
	"strings"
	"testing"
)

// "consultation" in the singular is talks as its plural is: two people who
// co-chair or hold one met; "in consultation with" is a way of working, no
// meeting.
func TestConsultationIsTalks(t *testing.T) {
	rec := run(t, strings.Join([]string{
		"Ministers meet",
		"JAKARTA, March 3 - Foreign Minister Lena Okoro and her Malaysian counterpart Tomas Varga co-chaired the annual consultation here today.",
		"The agenda had been drawn up by Okoro's deputy, Ivan Petrov, in consultation with Varga's chief of staff, Omar Haddad.",
	}, "\n"), "2016-03-03")
	m := mustMeeting(t, rec, "Lena Okoro", "Tomas Varga")
	if m.Date != "2016-03-03" {
		t.Errorf("date %q, want 2016-03-03", m.Date)
	}
	for _, m := range rec.Meetings {
		for _, p := range m.Participants {
			if p == "Ivan Petrov" || p == "Omar Haddad" {
				t.Errorf("\"in consultation with\" read as a meeting: %v", m.Participants)
			}
		}
	}
}
