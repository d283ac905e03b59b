package extract

import (
	"testing"
)

// Issue 14's hundred-and-eighty-first round: places of meetings
// (p1118-p1123: venues named before their city, a city given only by
// the dateline or "here", "in the X capital", a place told in the next
// sentence, and a place of another event in the same sentence); each rule
// with sentences of its own.

// hundredeightyfirstPlace is the place of the held meeting of a and b in
// text, and whether there is one.
func hundredeightyfirstPlace(t *testing.T, text, a, b string) (string, bool) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, a, b); m != nil {
		return m.Place, true
	}
	return "", false
}

// A side's stronghold or someone's hometown named after "of" is a town,
// as "the town of X" is (lexicon settlementNouns; p1121): where the
// meeting was, after "in" or before ", where". The negative case: a
// stronghold named as somewhere else in the sentence does not displace
// the city the meeting is told in.
func TestStrongholdOfTownIsPlace(t *testing.T) {
	for _, text := range []string{
		"Mountain talks\nEnvoy Ola Brandt met the guerrilla commander Ivo Marek in the rebel stronghold of Tarvan on Monday.",
		"Mountain talks\nEnvoy Ola Brandt spent weeks travelling between the capital and the rebel stronghold of Tarvan, where she met the guerrilla commander Ivo Marek on Monday.",
		"Mountain talks\nPresident Ivo Marek received envoy Ola Brandt in his hometown of Tarvan on Monday.",
	} {
		if got, ok := hundredeightyfirstPlace(t, text, "Ola Brandt", "Ivo Marek"); !ok || got != "Tarvan" {
			t.Errorf("%q: want the Brandt-Marek meeting in Tarvan, got %q (found %v)", text, got, ok)
		}
	}
	text := "Mountain talks\nEnvoy Ola Brandt met the guerrilla commander Ivo Marek in Port Louis on Monday, far from the rebel stronghold of Tarvan."
	if got, _ := hundredeightyfirstPlace(t, text, "Ola Brandt", "Ivo Marek"); got != "Port Louis" {
		t.Errorf("want the Brandt-Marek meeting in Port Louis, got %q", got)
	}
}

// A person named in a phrase that tells where someone came from ("A,
// fresh from talks in X with C, met B", "Back from talks with C, A met
// B") was at the trip's origin, another event: not a participant of the
// meeting the sentence tells, as that phrase's place is not its place
// (onlyInFromAside, meeting/meetings.go). The negative case: a person
// named in the meeting's own "with" list after such a phrase stays.
func TestFromAsidePersonNotParticipant(t *testing.T) {
	for _, text := range []string{
		"Island talks\nEnvoy Ola Brandt, fresh from talks in Port Louis with Premier Ivo Marek, met President Tomas Vell in Victoria on Monday.",
		"Island talks\nBack from talks with Premier Ivo Marek, envoy Ola Brandt met President Tomas Vell in Victoria on Monday.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		m := meetingWith(rec, "Ola Brandt", "Tomas Vell")
		if m == nil || m.Place != "Victoria" {
			t.Fatalf("%q: want the Brandt-Vell meeting in Victoria, got %+v", text, m)
		}
		for _, p := range m.Participants {
			if p == "Ivo Marek" {
				t.Errorf("%q: the person of the trip's origin taken into the meeting: %v", text, m.Participants)
			}
		}
	}
	text := "Island talks\nEnvoy Ola Brandt, fresh from Port Louis, met with President Tomas Vell and Premier Ivo Marek in Victoria on Monday."
	if got, ok := hundredeightyfirstPlace(t, text, "Tomas Vell", "Ivo Marek"); !ok || got != "Victoria" {
		t.Errorf("want the Vell-Marek meeting in Victoria, got %q (found %v)", got, ok)
	}
}
