package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-twenty-third round: met pairs missed though
// both people are found (p1370-p1375: a wire's premier "accompanied by"
// two ministers and "later" meeting two more, a paper's premier met
// across two sentences after arriving, a non-native agency's president
// met with ministers present, an old broadsheet's "who was accompanied
// by", a government readout's "A day earlier, X was in Kyiv. He held
// talks with Z", a paper's "where they were also joined by X"); each
// rule with sentences of its own.

// twohundredtwentythirdMeeting is the held meeting of a and b, with its
// place and date; found is false when there is none.
func twohundredtwentythirdMeeting(t *testing.T, text, a, b string) (place, date string, found bool) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Meetings {
		if m.Status == "held" && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m.Place, m.Date, true
		}
	}
	return "", "", false
}

// "A day earlier, X was in Prague. He held talks with Z": a meeting told
// by a pronoun opening the sentence, with no place of its own, was in the
// city the sentence before put its person in ("was in", "arrived in"),
// not in the dateline's city, and on the day that sentence shifts to ("A
// day earlier": pronounArrival, meeting/pronounarrival.go; p1374). The
// negative cases: a call gets no place; a meeting with its own place
// keeps it; a meeting told "later" takes no day from the shift.
func TestPronounAfterArrivalPlace(t *testing.T) {
	lead := "Talks in the region\nVIENNA, May 6 - President Ola Brandt held talks with Chancellor Ivo Marek on Tuesday.\n"
	shifted := lead + "A day earlier, President Brandt was in Prague. He held talks with Prime Minister Jana Kolar."
	if place, date, ok := twohundredtwentythirdMeeting(t, shifted, "Ola Brandt", "Jana Kolar"); !ok || place != "Prague" || date != "2025-05-05" {
		t.Errorf("want Brandt-Kolar in Prague on 2025-05-05, got %v %q %q", ok, place, date)
	}
	arrived := lead + "President Brandt arrived in Prague on Monday. He held talks with Prime Minister Jana Kolar."
	if place, _, ok := twohundredtwentythirdMeeting(t, arrived, "Ola Brandt", "Jana Kolar"); !ok || place != "Prague" {
		t.Errorf("want Brandt-Kolar in Prague, got %v %q", ok, place)
	}
	call := lead + "A day earlier, President Brandt was in Prague. He spoke by telephone with Prime Minister Jana Kolar."
	if place, _, ok := twohundredtwentythirdMeeting(t, call, "Ola Brandt", "Jana Kolar"); !ok || place != "" {
		t.Errorf("want the call with no place, got %v %q", ok, place)
	}
	own := lead + "President Brandt was in Prague on Monday. He held talks with Prime Minister Jana Kolar in Brno."
	if place, _, ok := twohundredtwentythirdMeeting(t, own, "Ola Brandt", "Jana Kolar"); !ok || place != "Brno" {
		t.Errorf("want the meeting's own place Brno, got %v %q", ok, place)
	}
	later := lead + "A day earlier, President Brandt was in Prague. He later met Prime Minister Jana Kolar."
	if _, date, ok := twohundredtwentythirdMeeting(t, later, "Ola Brandt", "Jana Kolar"); !ok || date == "2025-05-05" {
		t.Errorf("want no arrival day for a meeting told later, got %v %q", ok, date)
	}
}

// "A met B at the palace on Monday, where they were also joined by C":
// "also" may stand between "were" and "joined" as "then" and "later" do
// (joinSequenceAdverbs, meeting.joinedWere; p1375). The negative case: a
// state after "by" ("were also joined by Poland in calling for ...")
// brings no one to the meeting.
func TestWereAlsoJoinedBy(t *testing.T) {
	text := "Leaders meet\nPresident Ola Brandt met Chancellor Ivo Marek at the palace on Monday, where they were also joined by Foreign Minister Jana Kolar."
	if _, _, ok := twohundredtwentythirdMeeting(t, text, "Ola Brandt", "Jana Kolar"); !ok {
		t.Errorf("want Kolar at the Brandt-Marek meeting")
	}
	state := "Leaders meet\nPresident Ola Brandt met Chancellor Ivo Marek on Monday. They were also joined by Poland in calling for a ceasefire."
	if _, _, ok := twohundredtwentythirdMeeting(t, state, "Ola Brandt", "Poland"); ok {
		t.Errorf("want no meeting with Poland")
	}
}

// "persuaded A to talk to the government", "hopes to persuade A to talk
// to B": a meeting verb in the infinitive after a verb urging someone to
// it is only wished for (urgedMeeting, meeting/pronounarrival.go; p1375,
// "expected Mr Khan to help persuade the Taliban to talk to the
// government"). The negative cases: a trip's purpose ("flew to X to meet
// Y") and a meeting told after a relative clause with such a verb ("A,
// who urged the rebels to talk, met B") stay held.
func TestUrgedToTalkIsNoMeeting(t *testing.T) {
	for _, text := range []string{
		"Leaders meet\nPresident Ola Brandt persuaded rebel leader Jan Vrba to talk to the government.",
		"Leaders meet\nPresident Ola Brandt hopes to persuade rebel leader Jan Vrba to talk to the government.",
		"Leaders meet\nPresident Ola Brandt said he expected Prime Minister Ivo Marek to help persuade the rebels to talk to the government.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range rec.Meetings {
			if m.Status == "held" {
				t.Errorf("want no held meeting, got %v: %s", m.Participants, text)
			}
		}
	}
	for _, text := range []string{
		"Leaders meet\nPresident Ola Brandt flew to Vienna to meet Chancellor Ivo Marek on Monday.",
		"Leaders meet\nPresident Ola Brandt, who urged the rebels to talk, met Chancellor Ivo Marek on Monday.",
	} {
		if _, _, ok := twohundredtwentythirdMeeting(t, text, "Ola Brandt", "Ivo Marek"); !ok {
			t.Errorf("want the Brandt-Marek meeting held: %s", text)
		}
	}
}
