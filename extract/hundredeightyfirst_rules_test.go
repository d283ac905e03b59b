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
