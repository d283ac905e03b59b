package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/extract/text"
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
