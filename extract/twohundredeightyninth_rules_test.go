package extract

import (
	"testing"
	"time"
)

// Issue 14's two-hundred-and-eighty-ninth round: who met whom at summits
// and multilateral gatherings (p1766-p1771: a summit's opening told by the
// count of those who came, its heads of government listed a few sentences
// on as those present, those who listened, or those who attended); each
// rule with sentences of its own.

// "The leaders of five states met here today ... Also present were A, B
// and C": the count of leaders tells the gathering and the list after it,
// up to three sentences on, names who sat (leadersGathering; p1768,
// p1769, p1770). The list had no meeting to join and was lost. "Today"
// counts from the dateline's day, as for the meeting frames.
func TestLeadersBodyGatheringTakesPresenceList(t *testing.T) {
	pub := time.Date(2010, 3, 4, 0, 0, 0, 0, time.UTC) // filed on the 3rd
	list := "President Ivan Kolar of Denmark, President Petar Marek of Finland and President Oskar Vinter of Sweden."
	for _, lead := range []string{
		"The leaders of five Nordic states met here this morning to discuss fishing rights.",
		"Heads of government from five countries opened their annual conference here today, with fishing rights at the top of the agenda.",
		"Five heads of state opened here today the first Nordic summit, a meeting convened by Norwegian President Anton Belko.",
	} {
		text := "NORDIC LEADERS MEET\n\nOSLO, March 3 (Agency) -- " + lead + "\n\nThe talks are expected to last two days.\n\nAlso present were " + list
		rec := recordAt(t, text, pub)
		m := meetingWith(rec, "Ivan Kolar", "Oskar Vinter")
		if m == nil {
			t.Fatalf("%s: want Kolar with Vinter: %s", lead, dump(rec))
		}
		if m.Date != "2010-03-03" || m.Place != "Oslo" {
			t.Errorf("%s: %q %q, want Oslo on 2010-03-03", lead, m.Place, m.Date)
		}
	}
	// The convener named after "convened by" sat too.
	text := "NORDIC LEADERS MEET\n\nOSLO, March 3 (Agency) -- Five heads of state opened here today the first Nordic summit, a meeting convened by Norwegian President Anton Belko.\n\nAlso present were " + list
	if rec := recordAt(t, text, pub); !metPair(rec, "Anton Belko", "Petar Marek") {
		t.Errorf("want the convener Belko with Marek: %s", dump(rec))
	}
	// "opened" with no gathering after it tells none.
	text = "NORDIC LEADERS\n\nOSLO, March 3 (Agency) -- The leaders of five states opened the border to trade today.\n\nAlso present were " + list
	if rec := recordAt(t, text, pub); metPair(rec, "Ivan Kolar", "Oskar Vinter") {
		t.Errorf("no gathering told, want no pair: %s", dump(rec))
	}
}

// "Among those who listened were A, B and C", "Among the chiefs of the
// visiting missions who sat at the back were D and E": the audience
// of the gathering's opening address sat at it (amongAudience; p1768,
// p1771). Only a verb of attending an address opens the list.
func TestAmongThoseWhoListenedArePresent(t *testing.T) {
	pub := time.Date(2010, 3, 3, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Among those who listened were President Ivan Kolar of Denmark and President Petar Marek of Finland.", true},
		{"Among the chiefs of the visiting missions who sat at the back were President Ivan Kolar of Denmark and President Petar Marek of Finland.", true},
		{"Among those who died in the storm were Ivan Kolar of Denmark and Petar Marek of Finland.", false},
	} {
		text := "NORDIC SUMMIT\n\nOSLO, March 3 (Agency) -- President Anton Belko of Norway hosted a summit here today.\n\n" + c.s
		rec := recordAt(t, text, pub)
		if got := metPair(rec, "Anton Belko", "Ivan Kolar"); got != c.want {
			t.Errorf("%s: Belko with Kolar %v, want %v: %s", c.s, got, c.want, dump(rec))
		}
	}
}

// "The meeting was chaired by X. It was attended by A, B and C": "It"
// stands for the gathering just told, and those listed sat at it
// (pronounAttended; p1770, and the summit readouts that list heads of
// state after their chair).
func TestItWasAttendedByLists(t *testing.T) {
	pub := time.Date(2010, 3, 3, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"President Anton Belko of Norway hosted a summit here today. It was attended by President Ivan Kolar of Denmark and President Petar Marek of Finland.",
		"The leaders of five states met here today. The meeting was chaired by Norwegian President Anton Belko. It was also attended by President Ivan Kolar of Denmark and President Petar Marek of Finland.",
	} {
		rec := recordAt(t, "NORDIC SUMMIT\n\nOSLO, March 3 (Agency) -- "+s, pub)
		if !metPair(rec, "Anton Belko", "Ivan Kolar") || !metPair(rec, "Ivan Kolar", "Petar Marek") {
			t.Errorf("%s: want Belko, Kolar and Marek together: %s", s, dump(rec))
		}
	}
}
