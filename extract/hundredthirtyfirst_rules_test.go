package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-thirty-first round: an untargeted batch from
// regions, eras and outlets rare in the probe, with sentences of its own.

// "The meeting was attended by H.H. Sheikh X, Minister of ...; and H.H.
// Sheikh Y": "H.H." (His Highness) and "H.R.H." open a name in Gulf news
// agencies' lists of those present, and their periods end no sentence
// (lexicon "abbreviations", read by text.Split; the same words are
// honorifics, no part of the name). Cut there, the list lost its verb and
// the people in it joined no meeting (p822, p666). The negative case: an
// abbreviation that is no honorific ("the P.L.F.") still ends its sentence.
func TestHighnessHonorificEndsNoSentence(t *testing.T) {
	for _, s := range []string{
		"The meeting was attended by H.H. Sheikh Saif bin Rashid, Minister of Interior.",
		"The guests were received by H.R.H. Prince Faisal bin Nawaf at the palace.",
	} {
		if n := len(text.Split(s)); n != 1 {
			t.Errorf("%q: %d sentences, want 1", s, n)
		}
	}
	for _, text := range []string{
		"Crown Prince receives Lagosian President\nMANAMA, 4th March, 2025 (BNA) -- His Highness Sheikh Khalid bin Rashid Al Fadil, Crown Prince, today received Paulo Mendes Ribeiro, President of Lagosia, at Al Rawda Palace. The meeting was attended by H.H. Sheikh Nasser bin Rashid Al Fadil, Minister of Foreign Affairs; and H.H. Sheikh Hamad bin Saqr Al Fadil, Minister of Finance.",
	} {
		for _, who := range []string{"Nasser bin Rashid Al Fadil", "Hamad bin Saqr Al Fadil"} {
			if ok, rec := hundredeighthMet(t, text, "Paulo Mendes Ribeiro", who); !ok {
				t.Errorf("%q: no Ribeiro-%s meeting: %s", text, who, rec)
			}
		}
	}
	// Negative: a dotted acronym that is no honorific still ends its
	// sentence.
	if n := len(text.Split("The envoy met the leaders of the P.L.F. His aides waited outside.")); n != 2 {
		t.Errorf("acronym before a new sentence: %d sentences, want 2", n)
	}
}

// "KATHMANDU, March 23: President X held talks with Y ... on Monday
// evening": a dated dateline closed by a colon, as South Asian papers
// print it, is cut from the lead like one closed by a dash
// (text.datelineDashRE, lead.go), so its day is the filing's and the
// meeting takes the Monday its sentence tells (p821). The negative case: a
// sentence whose colon follows no date ("LIMA, Peru's envoy said:") keeps
// its words.
func TestColonDatelineIsCut(t *testing.T) {
	art := "Presidents hold talks\nVALDORA, March 24: President Mira Kastel held talks with President Oren Daleth at the palace in Valdora on Monday evening, hours after he arrived for a state visit."
	rec, err := Extract(Article{ID: "t", Text: art, Published: time.Date(2021, 3, 24, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	m := meetingWith(rec, "Mira Kastel", "Oren Daleth")
	if m == nil || m.Date != "2021-03-22" {
		t.Errorf("want the Kastel-Daleth talks on 2021-03-22: %s", dump(rec))
	}
	s := text.NewSentence("LIMA, the envoy said: talks will resume.", 1)
	if got := text.StripDateline(s, true); got.Text != s.Text {
		t.Errorf("colon after no date cut: %q", got.Text)
	}
}

// "talks mediated by President X of Zambia", "talks held under the
// chairmanship of Foreign Minister Y": the broker named after a
// capitalized title that the person's mention leaves out is read as the
// agent (roles actorList, with titledNext as the list's later items
// already are), and "under the chairmanship of X" after talks makes X
// their chair as "chaired by X" does (roles underChairmanship,
// appointed.go; p819). The negative cases: a summit "under the
// chairmanship of" its host has no broker, a chair who is one of the
// sides brokers nothing, and a body's session held under a member's
// chairmanship, with no sides in the story, has no broker (p147).
func TestTitledBrokerAndChairmanship(t *testing.T) {
	for _, c := range []struct{ text, med string }{
		{"Border talks\nThe talks between Bolivia and Paraguay were mediated by President Arvid Kellen of Uruguay.", "Arvid Kellen"},
		{"Border talks\nBolivia and Paraguay held talks on their border dispute under the chairmanship of Foreign Minister Lena Osk.", "Lena Osk"},
		{"Border talks\nThe two delegations held talks on the border dispute between Bolivia and Paraguay under the chairmanship of President Arvid Kellen of Uruguay.", "Arvid Kellen"},
	} {
		rec, err := Extract(Article{ID: "t", Text: c.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if !hasMediator(rec, c.med) {
			t.Errorf("%q: %s not a mediator: %s", c.text, c.med, dump(rec))
		}
	}
	// Negative: a summit's chair, and a chair who is a side's leader.
	for _, c := range []struct{ text, who string }{
		{"Summit ends\nThe leaders of Bolivia and Paraguay discussed trade at a regional summit under the chairmanship of President Arvid Kellen of Uruguay.", "Arvid Kellen"},
		{"Border talks\nBolivia and Paraguay held talks on their border dispute under the chairmanship of Bolivia's President Arvid Kellen.", "Arvid Kellen"},
		{"Council meets\nVARDO, Norway, 4 May 2026 - Foreign Minister Lena Osk took part today in the ministerial meeting of the Polar Council, held here under the chairmanship of Norway.", "Norway"},
	} {
		rec, err := Extract(Article{ID: "t", Text: c.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if hasMediator(rec, c.who) {
			t.Errorf("%q: want %s no mediator: %s", c.text, c.who, dump(rec))
		}
	}
}

func hasMediator(rec graph.Record, name string) bool {
	for _, n := range rec.Negotiations {
		for _, m := range n.Mediators {
			if m == name {
				return true
			}
		}
	}
	return false
}

// "ended their talks aboard the cruiser X off Gibraltar", "met aboard a
// frigate anchored off Y": a meeting on a ship lying off a city is placed
// in that city, a city-state's name read as its city (meeting afloatOff,
// when.go; lexicon "afloatWords"; p818). The negative case: "off" with no
// ship before it places nothing.
func TestMeetingAfloatOffCity(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"Talks at sea\nLONDON, May 4 - Premier Ola Brandt and Chancellor Ivo Marek ended their talks aboard the cruiser Harrier off Gibraltar on Sunday with a joint paper which Marek will put to his cabinet in Vienna.", "Gibraltar"},
		{"Talks at sea\nLONDON, May 4 - Premier Ola Brandt and Chancellor Ivo Marek met on Sunday aboard a frigate anchored off Valletta.", "Valletta"},
	} {
		rec, err := Extract(Article{ID: "t", Text: c.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if m := meetingWith(rec, "Ola Brandt", "Ivo Marek"); m == nil || m.Place != c.place {
			t.Errorf("%q: want the Brandt-Marek meeting in %s: %s", c.text, c.place, dump(rec))
		}
	}
	// Negative: "off" after no ship.
	text := "Talks\nLONDON, May 4 - Premier Ola Brandt and Chancellor Ivo Marek met in London on Sunday, and later flew off Gibraltar."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Ola Brandt", "Ivo Marek"); m != nil && m.Place == "Gibraltar" {
		t.Errorf("want no meeting in Gibraltar: %s", dump(rec))
	}
}
