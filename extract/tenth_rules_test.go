package extract

import (
	"slices"
	"testing"
)

// Issue 14's tenth round: rules for constructions the tenth probe batch
// (p89-p96) showed beside earlier rounds, each with sentences of its own.

// "saw X" with a person as its object is a meeting ("then saw X in the
// afternoon", "saw Mali's X over lunch"; p32, p44, p64, p69, p77, p89);
// "saw" with anything else is not.
func TestSawPerson(t *testing.T) {
	text := "Talks\nEnvoy Clara Dunn saw Colonel Ivo Marek in Vilnius on Sunday."
	if got := pairsOf(t, text); !slices.Equal(got, []string{"Clara Dunn|Ivo Marek"}) {
		t.Errorf("%q: want Dunn and Marek, got %v", text, got)
	}
	for _, text := range []string{
		"Talks\nEnvoy Clara Dunn saw a rise in tensions in Vilnius on Sunday.",
		"Talks\nEnvoy Clara Dunn saw Lithuania as a partner on Sunday.",
	} {
		if got := pairsOf(t, text); len(got) != 0 {
			t.Errorf("%q: want no meeting, got %v", text, got)
		}
	}
}

// One subject meeting coordinated objects, each with a part of the day
// of its own ("saw B over breakfast and C after the morning session",
// "met B in the morning and C in the afternoon"; p44, p75, p89), met each
// apart: B and C did not meet.
func TestDayPartsSplit(t *testing.T) {
	for _, text := range []string{
		"Talks\nEnvoy Clara Dunn saw Uruguay's Ivo Marek over breakfast and Paraguay's Lena Sosa after the morning session on Sunday.",
		"Talks\nEnvoy Clara Dunn met Ivo Marek in the morning and Lena Sosa in the afternoon on Sunday.",
	} {
		got := pairsOf(t, text)
		if !slices.Equal(got, []string{"Clara Dunn|Ivo Marek", "Clara Dunn|Lena Sosa"}) {
			t.Errorf("%q: want Dunn-Marek and Dunn-Sosa apart, got %v", text, got)
		}
	}
	text := "Talks\nEnvoy Clara Dunn met Ivo Marek and Lena Sosa in the morning on Sunday."
	if got := pairsOf(t, text); len(got) != 3 {
		t.Errorf("%q: want one meeting of three, got %v", text, got)
	}
}

// A plural count noun of encounters with one subject and several objects
// ("held bilateral meetings with A and B", "separate calls with A and B";
// p78, p89) is one encounter with each.
func TestPluralMeetingsDistribute(t *testing.T) {
	text := "Talks\nChancellor Otto Brandt held bilateral meetings with President Lena Berg and Prime Minister Omar Haddad in Oslo on Sunday."
	got := pairsOf(t, text)
	if !slices.Equal(got, []string{"Lena Berg|Otto Brandt", "Omar Haddad|Otto Brandt"}) {
		t.Errorf("%q: want Brandt with each, got %v", text, got)
	}
	text = "Talks\nChancellor Otto Brandt held talks with President Lena Berg and Prime Minister Omar Haddad in Oslo on Sunday."
	if got := pairsOf(t, text); len(got) != 3 {
		t.Errorf("%q: want one meeting of three, got %v", text, got)
	}
}

// A meeting of one person with several that the next sentences tell again
// as separate encounters ("met the presidents of A and B. In separate
// meetings, A's P and B's Q told X ..."; p50, p89) was not one meeting of
// all.
func TestSplitRetold(t *testing.T) {
	text := "Talks\nPresident Ana Lind met the presidents of Chad and Mali in Geneva on Sunday. In separate meetings, Chadian President Idriss Kaba and Malian President Musa Keita told Lind they backed her plan."
	got := pairsOf(t, text)
	if !slices.Equal(got, []string{"Ana Lind|Idriss Kaba", "Ana Lind|Musa Keita"}) {
		t.Errorf("%q: want Lind with each president apart, got %v", text, got)
	}
}

// "CITY, Country, <date> (Agency) -" with a town the gazetteer lacks
// places the lead's meeting in that town, written as a name
// ("ST. ANDREW'S" is "St. Andrew's"; p89, beside p81 and the build
// half's "CITY, Country, date" datelines); a dotted city the gazetteer
// knows keeps its dot glued ("ST. PETERSBURG" is "St. Petersburg").
func TestUnlistedDatelineCity(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"Talks\nST. ANDREW'S, Grenada, May 4 (Reuters) - Foreign Minister Ana Lind met Deputy Minister Paul Hugo on Sunday.", "St. Andrew's"},
		{"Talks\nKESTON BAY, Jamaica, May 4 (Reuters) - Foreign Minister Ana Lind met Deputy Minister Paul Hugo on Sunday.", "Keston Bay"},
		{"Talks\nST. PETERSBURG, May 4 (Reuters) - Foreign Minister Ana Lind met Deputy Minister Paul Hugo on Sunday.", "St. Petersburg"},
	} {
		ms := heldAt(t, c.text, corefPub)
		if len(ms) != 1 || ms[0].Place != c.place || ms[0].Date != "2025-05-04" {
			t.Errorf("%q: want one meeting in %s on 2025-05-04, got %+v", c.text, c.place, ms)
		}
	}
}

// A readout's object after time and place adjuncts, named after a title
// with its complements ("received today the Ambassador of A to B C",
// "received on Sunday at X Palace the Chairman of the Y of A, General C";
// p86, p94) is the person received; "received today the report of ..." is
// no meeting.
func TestTitledObjectAfterAdjuncts(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Talks\nRiga, 6 May 2025 - Minister of Foreign Affairs of Latvia Janis Kalns received today the Ambassador of the Republic of Chile to Latvia Pablo Ortega.",
			[]string{"Janis Kalns|Pablo Ortega"}},
		{"Talks\nPresident Janis Kalns received on Sunday at Rundale Palace the Chairman of the Senate of Chile, General Pablo Ortega, in the presence of Prime Minister Ivo Berzins.",
			[]string{"Ivo Berzins|Janis Kalns", "Ivo Berzins|Pablo Ortega", "Janis Kalns|Pablo Ortega"}},
	} {
		if got := pairsOf(t, c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: want %v, got %v", c.text, c.want, got)
		}
	}
	text := "Talks\nMinister Janis Kalns received today the report of the Committee on Trade."
	if got := pairsOf(t, text); len(got) != 0 {
		t.Errorf("%q: want no meeting, got %v", text, got)
	}
}

// A summit its host chaired, told by the host alone, then "A and B
// attended in person, while C was represented by X, D by Y and E by Z"
// (p61, p71, p90): one meeting of the host and all those listed, each
// envoy on the side the gapped clause names, where the dateline places
// the lead ("--" after the agency credit, as some agencies write it).
func TestRepresentedAtHostedSummit(t *testing.T) {
	text := "Leaders meet\nDOHA, May 4 (QNA) -- The Emir of Qatar, His Highness Sheikh Ali Al-Tani, chaired the summit of the Council at Amir Palace on Sunday.\n" +
		"Sultan Omar Haddad and King Ismail Nasser attended in person, while Oman was represented by Foreign Minister Badr Saif, Kuwait by Crown Prince Jaber Sabah and the United Arab Emirates by Vice President Saleh Nour."
	rec := extractAt(t, text)
	m := meetingOf(rec, "Ali Al-Tani", "Omar Haddad", "Ismail Nasser", "Badr Saif", "Jaber Sabah", "Saleh Nour")
	if m == nil || m.Place != "Doha" || m.Date != "2025-05-04" {
		t.Fatalf("%q: want the six in Doha on 2025-05-04, got %s", text, dump(rec))
	}
	for name, side := range map[string]string{"Badr Saif": "Oman", "Jaber Sabah": "Kuwait", "Saleh Nour": "United Arab Emirates"} {
		if a := actorNamed(rec, name); a == nil || a.Affiliation != side {
			t.Errorf("%s: want affiliation %s, got %+v", name, side, a)
		}
	}
}

// "received the two delegations", "both delegations": the people of the
// meeting just told, one from each side (p66, p87, p95); with no such
// meeting the text does not say who came, and the states are not read in
// their place.
func TestTwoDelegations(t *testing.T) {
	text := "Talks\nOSLO, May 6 (NTB) - Chilean Foreign Minister Ana Lind and Peruvian Foreign Minister Paul Hugo held talks in Oslo on Sunday.\nPrime Minister Ivo Berzins received the two delegations at his office before the session began."
	if got := pairsOf(t, text); !slices.Equal(got, []string{"Ana Lind|Ivo Berzins", "Ana Lind|Paul Hugo", "Ivo Berzins|Paul Hugo"}) {
		t.Errorf("%q: want Berzins with both ministers, got %v", text, got)
	}
	text = "Talks\nOSLO, May 6 (NTB) - Chile and Peru opened talks in Oslo on Sunday. Prime Minister Ivo Berzins received both delegations at his office."
	for _, p := range pairsOf(t, text) {
		if p == "Chile|Ivo Berzins" || p == "Ivo Berzins|Peru" {
			t.Errorf("%q: the delegations read as the states: %v", text, p)
		}
	}
}

// The second conjunct of a portfolio ("Cabinet Secretary for Foreign and
// Diaspora Affairs", "the Department of Boundary and Ocean Affairs"; p93
// and a build-half article) names no person.
func TestPortfolioConjunct(t *testing.T) {
	text := "Talks\nMinister Lena Berg, Cabinet Secretary for Foreign and Diaspora Affairs, met Minister Omar Haddad in Oslo on Sunday."
	if got := pairsOf(t, text); !slices.Equal(got, []string{"Lena Berg|Omar Haddad"}) {
		t.Errorf("%q: want Berg and Haddad only, got %v", text, got)
	}
}

// "met the foreign ministers of A and B" tells a meeting with two states'
// officials, not a negotiation between the states, unless a dispute or an
// agreement is told (p50, p89; as "the A and B foreign ministers").
func TestPostsOfStatesNoParties(t *testing.T) {
	text := "Talks\nEnvoy Clara Dunn held separate meetings on Sunday with the foreign ministers of Chile and Peru."
	if parties, meds := roleNames(extractAt(t, text)); len(parties)+len(meds) != 0 {
		t.Errorf("%q: want no negotiation, got %v / %v", text, parties, meds)
	}
	text = "Talks\nEnvoy Clara Dunn met the foreign ministers of Chile and Peru on Sunday over the border dispute."
	if parties, _ := roleNames(extractAt(t, text)); !slices.Equal(parties, []string{"Chile", "Peru"}) {
		t.Errorf("%q: want Chile and Peru as parties, got %v", text, parties)
	}
}

// "X, who hosted the gathering, ..." refers back to the meeting the
// sentence before told, whatever noun it used ("met in Y on Friday for
// their annual meeting"): its place and date (p61).
func TestHostedGatheringTakesToldMeeting(t *testing.T) {
	text := "Leaders meet\nThe leaders of the region met in Astana on Friday for their annual meeting.\n" +
		"President Ivo Marek, who hosted the gathering, told reporters the talks went well. Chile was represented by its foreign minister Ana Lind."
	rec := extractAt(t, text)
	if m := meetingWith(rec, "Ivo Marek", "Ana Lind"); m == nil || m.Place != "Astana" || m.Date != "2025-05-02" {
		t.Errorf("%q: want Marek and Lind in Astana on 2025-05-02, got %s", text, dump(rec))
	}
}

// "A and B agreed in X on Wednesday to start negotiations, after the talks
// mediated by C. Among those attending were D and E": the talks closing the
// lead's clause were where and when that clause says (p76, beside p95's
// "agreed ... after a day of talks"), and a planned meeting told beside
// them is no second encounter, so the attendance list joins the talks
// (p76).
func TestAfterTalksTakeTheClause(t *testing.T) {
	text := "Talks\nMOGADISHU (Agency) - President Ali Farah and Prime Minister Tesfaye Bekele agreed late Wednesday in Ankara to start technical negotiations, after the talks mediated by President Kemal Aydin.\n" +
		"Among those attending were Foreign Minister Omar Nur and Foreign Minister Dawit Alemu."
	rec := extractAt(t, text)
	m := meetingOf(rec, "Ali Farah", "Tesfaye Bekele", "Kemal Aydin", "Omar Nur", "Dawit Alemu")
	if m == nil || m.Status != "held" || m.Place != "Ankara" || m.Date != "2025-04-30" {
		t.Errorf("%q: want the five held in Ankara on 2025-04-30, got %s", text, dump(rec))
	}
}
