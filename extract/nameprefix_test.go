package extract

import (
	"slices"
	"testing"
	"time"
)

// Prefixes of honour and abbreviated ranks open a name without being part
// of it (lexicon [namePrefixes]): Malay honorifics of two words or of a
// word that is a name elsewhere, and ranks written without a period.
func TestNamePrefixesLeaveTheName(t *testing.T) {
	for _, c := range []struct {
		text    string
		want    []string // persons read
		notWant []string
	}{
		{"Deputy Prime Minister Datuk Seri Ahmad Zulkifli met the Thai envoy, Pichai Thongdee, in Putrajaya on Monday.",
			[]string{"Ahmad Zulkifli", "Pichai Thongdee"}, []string{"Datuk Seri Ahmad Zulkifli"}},
		{"Tan Sri Rahim Yusof, the chief secretary, met Home Minister Dato' Sri Nordin Salleh on Tuesday.",
			[]string{"Rahim Yusof", "Nordin Salleh"}, []string{"Tan Sri Rahim Yusof", "Sri Nordin Salleh"}},
		{"The army chief, Gen Somsak Rattana, met Lt Gen Anuwat Chaisri at the border on Friday.",
			[]string{"Somsak Rattana", "Anuwat Chaisri"}, []string{"Gen Somsak Rattana", "Lt Gen Anuwat Chaisri"}},
		{"The delegation was led by Chief of Naval Staff Adm Tan Sri Musa Kamil, who met his counterpart on Friday.",
			[]string{"Musa Kamil"}, []string{"Tan Sri Musa Kamil", "Staff Adm Tan Sri Musa Kamil"}},
		// A family name "Tan" and a given name "Sri" are names, not prefixes.
		{"Singapore's foreign minister, Tan Wei Ming, met Indonesia's finance minister, Sri Wahyuni Hartono, in Jakarta on Monday.",
			[]string{"Tan Wei Ming", "Sri Wahyuni Hartono"}, []string{"Wei Ming", "Wahyuni Hartono"}},
	} {
		got := actorsOf(t, c.text)["person"]
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: persons %q, want %q among them", c.text, got, w)
			}
		}
		for _, w := range c.notWant {
			if slices.Contains(got, w) {
				t.Errorf("%q: persons %q, do not want %q", c.text, got, w)
			}
		}
	}
}

// "Gen Z" is a generation: a rank needs a name of two letters or more.
func TestRankPrefixNeedsAName(t *testing.T) {
	got := actorsOf(t, "Gen Z protesters marched to parliament as President Ruto met the opposition leader, Raila Odinga, on Monday.")["person"]
	if slices.Contains(got, "Z") {
		t.Errorf("persons %q: a generation read as a person", got)
	}
}

// A mediator named with an honorific in apposition to the mediator noun
// keeps the role: the honorific belongs to the name's phrase.
func TestHonoredMediatorInApposition(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Published: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), Text: "Talks resume\n" +
		"Norway has facilitated the talks between the government and the Karen rebels since 2012.\n" +
		"Asked whether Norway's facilitator, Tan Sri Erik Halvorsen, had met the rebels this month, the minister declined to comment."})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range rec.Negotiations {
		if slices.Contains(n.Mediators, "Erik Halvorsen") {
			return
		}
	}
	t.Errorf("negotiations %+v: want Erik Halvorsen among the mediators", rec.Negotiations)
}
