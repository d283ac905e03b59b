package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/graph"
)

// heldAt extracts a full article (headline included) published on pub and
// returns its held meetings.
func heldAt(t *testing.T, text string, pub time.Time) []graph.Meeting {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	var out []graph.Meeting
	for _, m := range rec.Meetings {
		if m.Status == graph.Held {
			slices.Sort(m.Participants)
			out = append(out, m)
		}
	}
	return out
}

// A dateline with no agency credit ("CITY, May 4 —", "CITY —") is cut
// from the first sentence, so that its subject is read, and gives "here"
// its city. Built from parts: every place form, date order and dash.
func TestDatelineWithoutCredit(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	places := map[string]string{"CAIRO": "Cairo", "Nairobi": "Nairobi", "ADDIS ABABA": "Addis Ababa"}
	dates := []string{", May 4", ", 4 May", ", May 4, 2025", ", May 4 (Wire)", ""}
	for place, city := range places {
		for _, date := range dates {
			for _, dash := range []string{"—", "–", "-"} {
				if date == "" && place == "Nairobi" {
					continue // a bare place needs capitals
				}
				text := fmt.Sprintf("Envoys confer\n%s%s %s Foreign Minister Lena Okoro met her counterpart Tomas Varga here on Sunday.", place, date, dash)
				got := heldAt(t, text, pub)
				if len(got) != 1 || !slices.Equal(got[0].Participants, []string{"Lena Okoro", "Tomas Varga"}) {
					t.Errorf("%q: held %v", text, got)
					continue
				}
				if got[0].Place != city {
					t.Errorf("%q: place %v, want %s", text, got[0].Place, city)
				}
			}
		}
	}
	// A capitalized common word after the dateline would run into the
	// place's capitals if the dateline were left in.
	for _, opening := range []string{"CAIRO, May 4 —", "CAIRO, 4 May -", "CAIRO —"} {
		got := heldAt(t, "Neighbours talk\n"+opening+" Delegations from Kenya and Uganda met here on Sunday.", pub)
		if len(got) != 1 || !slices.Equal(got[0].Participants, []string{"Kenya", "Uganda"}) || got[0].Place != "Cairo" {
			t.Errorf("%q: held %v, want Kenya and Uganda in Cairo", opening, got)
		}
	}
	// Not a dateline: a sentence that opens with a city and a comma.
	got := heldAt(t, "Envoys confer\nCairo, the host, saw Minister Lena Okoro meet Minister Tomas Varga on Sunday.", pub)
	if len(got) != 1 {
		t.Errorf("city opening a sentence: held %v", got)
	}
}

// The dateline places the day's meeting told in the lead paragraph with
// no place of its own; not one dated weeks before, nor one told further
// down the story.
func TestDatelinePlacesLeadMeeting(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	place := func(text string) string {
		got := heldAt(t, "Envoys confer\nCAIRO, May 4 — "+text, pub)
		if len(got) == 0 {
			t.Fatalf("%q: no held meeting", text)
		}
		return got[len(got)-1].Place
	}
	if p := place("Foreign Minister Lena Okoro met Minister Tomas Varga on Sunday."); p != "Cairo" {
		t.Errorf("the day's meeting: place %q, want Cairo", p)
	}
	if p := place("Foreign Minister Lena Okoro met Minister Tomas Varga on March 2."); p != "" {
		t.Errorf("a meeting two months before: place %q, want none", p)
	}
	filler := "Trade between the two countries grew last year. Both ministries issued statements. Officials expect more exchanges. "
	if p := place(filler + "Foreign Minister Lena Okoro met Minister Tomas Varga on Sunday."); p != "" {
		t.Errorf("a meeting told further down: place %q, want none", p)
	}
	rec, err := Extract(Article{ID: "t", Text: "Envoys confer\nCAIRO, May 4 — Foreign Minister Lena Okoro spoke by phone with Minister Tomas Varga on Sunday.", Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Meetings {
		if m.Place != "" {
			t.Errorf("a call takes no place: %v", m.Place)
		}
	}
}

// "in Northtown, Freedonia": a town the gazetteer lacks, named with its
// country after a comma, is where the meeting was.
func TestUnknownTownWithCountry(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	for _, country := range []string{"Kazakhstan", "Peru", "Ghana"} {
		got := heldAt(t, "Envoys confer\nPresident Lena Okoro met President Tomas Varga in Ostrovia, "+country+", on Sunday.", pub)
		if len(got) != 1 || got[0].Place != "Ostrovia" {
			t.Errorf("%s: held %v, want a meeting in Ostrovia", country, got)
		}
	}
}

// A delegation's list opened by its leader ("was led by A and included
// B"), one list per clause ("..., while the other side was headed by C"),
// joins the meeting of the sides; a side's roster is not joined to a
// meeting held within another side.
func TestPassiveLedRoster(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	for _, verb := range []string{"led", "headed"} {
		text := "Neighbours talk\nDelegations from Kenya and Uganda met in Kampala on Sunday to discuss the border. " +
			"The Kenyan delegation was " + verb + " by Interior Minister Amos Kibet and included General Ruth Wanjiru, " +
			"while the Ugandan side was " + verb + " by Trade Minister Joseph Okello."
		got := heldAt(t, text, pub)
		want := []string{"Amos Kibet", "Joseph Okello", "Ruth Wanjiru"}
		if len(got) != 1 || !slices.Equal(got[0].Participants, want) {
			t.Errorf("%s: held %v, want one meeting of %v", verb, got, want)
		}
	}
	text := "Cabinet meets\nKenyan Interior Minister Amos Kibet met Kenyan Trade Minister Ruth Wanjiru in Nairobi on Sunday. " +
		"Separately, the Ugandan delegation to the border talks was led by Joseph Okello."
	got := heldAt(t, text, pub)
	if len(got) != 1 || !slices.Equal(got[0].Participants, []string{"Amos Kibet", "Ruth Wanjiru"}) {
		t.Errorf("roster of another side: held %v", got)
	}
}

// A place belongs to its own event: ", where he met X" takes the place
// just named, and a meeting on another date is not where the one before
// it was.
func TestPlaceOfItsOwnEvent(t *testing.T) {
	pub := time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)
	find := func(got []graph.Meeting, who string) *graph.Meeting {
		for i := range got {
			if slices.Contains(got[i].Participants, who) {
				return &got[i]
			}
		}
		return nil
	}
	got := heldAt(t, "Talks\nPresident Ana Lind met President Kofi Mensah in Accra on Monday. Mensah later travelled to Lome, where he met Prime Minister Rasa Kone.", pub)
	if m := find(got, "Rasa Kone"); m == nil || m.Place != "Lomé" && m.Place != "Lome" {
		t.Errorf("where-clause: held %v, want Mensah and Kone in Lome", got)
	}
	got = heldAt(t, "Talks\nPresident Ana Lind met President Kofi Mensah in Accra on Monday. The talks were their first since Lind met Chancellor Otto Reiner in March.", pub)
	if m := find(got, "Otto Reiner"); m == nil || m.Place == "Accra" {
		t.Errorf("another date: held %v, want Lind and Reiner not placed in Accra", got)
	}
	// The same event told again keeps its place.
	got = heldAt(t, "Talks\nPresident Ana Lind met President Kofi Mensah in Accra on Monday. Mensah also met Prime Minister Rasa Kone on Monday.", pub)
	if m := find(got, "Rasa Kone"); m == nil || m.Place != "Accra" {
		t.Errorf("same day: held %v, want the talks with Kone in Accra", got)
	}
}

// A dateline may name the city's country after it ("DOHA, Qatar —",
// "LIMA, Peru, May 4 (Wire) -"); the country is part of the dateline and
// the city is still where "here" and the lead's meeting are.
func TestDatelineWithCountry(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	cases := map[string]string{"CAIRO, Egypt": "Cairo", "NAIROBI, Kenya": "Nairobi", "ADDIS ABABA, Ethiopia": "Addis Ababa"}
	for place, city := range cases {
		for _, tail := range []string{" —", " -", ", May 4 —", ", May 4 (Wire) -"} {
			text := fmt.Sprintf("Envoys confer\n%s%s Foreign Minister Lena Okoro met her counterpart Tomas Varga on Sunday.", place, tail)
			got := heldAt(t, text, pub)
			if len(got) != 1 || !slices.Equal(got[0].Participants, []string{"Lena Okoro", "Tomas Varga"}) || got[0].Place != city {
				t.Errorf("%q: held %v, want Okoro and Varga in %s", text, got, city)
			}
		}
	}
}

// Below the lead paragraph, when the headline or lead names the
// dateline's city (the story is set there), a meeting of the dispatch's
// own days (its day or the two before) with no place of its own is in
// that city; an older one is not, nor one in a story that only files
// from the city (TestDatelinePlacesLeadMeeting) or is placed only by its
// headline.
func TestDatelineDaysBelowTheLead(t *testing.T) {
	pub := time.Date(2025, 5, 7, 0, 0, 0, 0, time.UTC) // a Wednesday
	filler := " The talks are expected to last several days. Officials declined to give details. Both sides issued statements."
	for _, c := range []struct {
		opening, when, want string
	}{
		{"CAIRO, May 7 —", "on Tuesday", "Cairo"},
		{"CAIRO, May 7 —", "on Monday morning", "Cairo"},
		{"CAIRO, May 7 —", "today", "Cairo"},
		{"CAIRO, May 7 —", "last Thursday", ""},
		{"CAIRO, May 7 —", "in March", ""},
	} {
		text := "Envoys gather for talks\n" + c.opening + " Delegations arrived in Cairo for a new round of talks." + filler +
			" Foreign Minister Lena Okoro met her counterpart Tomas Varga " + c.when + "."
		got := heldAt(t, text, pub)
		if len(got) != 1 || got[0].Place != c.want {
			t.Errorf("%q %q: held %v, want place %q", c.opening, c.when, got, c.want)
		}
	}
	// Only a dateline places meetings below the lead, not a headline.
	text := "Envoys gather for talks in Cairo\nDelegations arrived for a new round of talks." + filler +
		" Foreign Minister Lena Okoro met her counterpart Tomas Varga on Tuesday."
	if got := heldAt(t, text, pub); len(got) != 1 || got[0].Place != "" {
		t.Errorf("headline place below the lead: held %v, want no place", got)
	}
}

// A record spells a city as the article does, not as the gazetteer's
// main entry does; an all-capital dateline keeps the gazetteer's casing.
func TestCitySpelledAsTheTextDoes(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	g := gazetteer.Load()
	n := 0
	for _, form := range []string{"Ulaanbaatar", "Peking", "Bombay", "Kiev"} {
		k, _ := gazetteer.PhraseKey(form)
		e, ok := g.Phrases[k]
		if !ok || e.Kind != gazetteer.City || e.City == form {
			continue // not an alternate name of a city in this gazetteer
		}
		n++
		got := heldAt(t, "Envoys confer\nForeign Minister Lena Okoro met her counterpart Tomas Varga in "+form+" on Sunday.", pub)
		if len(got) != 1 || got[0].Place != form {
			t.Errorf("%s (gazetteer %s): held %v, want the text's spelling", form, e.City, got)
		}
	}
	if n == 0 {
		t.Fatal("no alternate city spelling found in the gazetteer: the test checks nothing")
	}
}

// A city only written in a dateline's capitals is its words in title
// case ("NEW YORK —" is New York even where the gazetteer's entry is "New
// York City"); capitals that spell the gazetteer's name keep its casing.
func TestDatelineCitySpelling(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	g := gazetteer.Load()
	for _, c := range []struct{ caps, want string }{{"NEW YORK", "New York"}, {"RIO DE JANEIRO", ""}, {"CAIRO", ""}} {
		k, _ := gazetteer.PhraseKey(c.caps)
		e, ok := g.Phrases[k]
		if !ok || e.Kind != gazetteer.City {
			t.Fatalf("%s is no city of the gazetteer", c.caps)
		}
		want := c.want
		if want == "" {
			want = e.City
		}
		got := heldAt(t, "Envoys confer\n"+c.caps+" — Foreign Minister Lena Okoro met her counterpart Tomas Varga on Sunday.", pub)
		if len(got) != 1 || got[0].Place != want {
			t.Errorf("%s: held %v, want place %s", c.caps, got, want)
		}
	}
}

// Former states (former-states.tsv) are states under each of their names,
// and never take a present-day name or city from the state that holds it.
func TestFormerStates(t *testing.T) {
	g := gazetteer.Load()
	for _, col := range gazetteer.ReadRows("former-states.tsv") {
		for _, form := range append([]string{col[1], col[2]}, gazetteer.SplitBar(col[3])...) {
			k, _ := gazetteer.PhraseKey(form)
			if e, ok := g.Phrases[k]; !ok || e.Kind != gazetteer.CountryName || e.Ref != col[0] {
				t.Errorf("%s: entry %+v, want the state %s", form, e, col[0])
			}
		}
	}
	for _, present := range []string{"Russia", "Vietnam", "Germany", "Serbia", "Czech Republic", "Moscow", "Belgrade", "Prague", "Berlin"} {
		k, _ := gazetteer.PhraseKey(present)
		if e, ok := g.Phrases[k]; !ok || strings.HasSuffix(e.Ref, "HH") || e.Ref == "YUCS" || e.Ref == "DDDE" || e.Ref == "VDVN" {
			t.Errorf("%s: entry %+v, want its present-day state", present, e)
		}
	}
	rec, err := Extract(Article{ID: "t", Text: "Talks\nForeign Minister Ivan Petrov of the Soviet Union met Secretary of State Lena Okoro in Geneva."})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Name == "Soviet Union" && a.Kind != graph.State {
			t.Errorf("Soviet Union is a %s, want a state", a.Kind)
		}
	}
}

// Credit lines take no place in the lead: under a headline, a second
// headline and "From Our Own Correspondent", a dateline alone on its line
// still names the city "here" stands for. The negative case: the same
// lines with the dateline as the fifth line of text, after a first
// paragraph of body, place nothing.
func TestDatelineAfterSecondHeadlineAndCredit(t *testing.T) {
	const body = "The Danish Prime Minister, Karl Holm, and the Peruvian Foreign Minister, Rosa Quispe, talked for two hours at the Danish Embassy here this afternoon."
	text := "PREMIER SEES MINISTER\n\nFISHERIES TALKS GO ON\n\nFrom Our Own Correspondent\n\nOSLO, March 4\n\n" + body
	if got := placeOfPair(t, text, "Karl Holm", "Rosa Quispe"); got != "Oslo" {
		t.Errorf("place %q, want Oslo (the dateline after a credit line)", got)
	}
	late := "PREMIER SEES MINISTER\n\nFISHERIES TALKS GO ON\n\nThe talks were called last week.\n\nFrom Our Own Correspondent\n\nOSLO, March 4\n\n" + body
	if got := placeOfPair(t, late, "Karl Holm", "Rosa Quispe"); got == "Oslo" {
		t.Errorf("a city line after the story's first sentence read as its dateline")
	}
}
