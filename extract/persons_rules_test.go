package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// personsOf extracts text and returns its person actors by name, each with
// its positions written "title @ organization".
func personsOf(t *testing.T, text string) map[string][]string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, a := range rec.Actors {
		if a.Kind != graph.Person {
			continue
		}
		out[a.Name] = []string{}
		for _, p := range a.Positions {
			out[a.Name] = append(out[a.Name], p.Title+" @ "+p.Organization)
		}
	}
	return out
}

func names(ps map[string][]string) []string {
	var out []string
	for n := range ps {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// A title with a complement — "Minister for X and Y", "Ambassador to
// Z", "Envoy for the A, B and C" — keeps the complement out of the name.
func TestTitleComplementIsNoName(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"The envoy met Norway's Minister for Fisheries and Oceans Lars Dahl in Bergen.", []string{"Lars Dahl"}},
		{"Minister of Foreign Affairs Olga Petrova met Minister of Defence Ivan Sokol in Minsk.", []string{"Ivan Sokol", "Olga Petrova"}},
		{"Observers included Kenyan Ambassador to Brazil Joseph Mwangi and Assistant Secretary of State for African Affairs Molly Tran, who carried messages.", []string{"Joseph Mwangi", "Molly Tran"}},
		{"Also present was Nadia Farouk, the Special Representative for the Small Island States, Coastal Nations and Deltas.", []string{"Nadia Farouk"}},
		{"Later the Commissioner for Trade, Industry and Small Businesses Pavel Horak flew home.", []string{"Pavel Horak"}},
	}
	for _, c := range cases {
		got := names(personsOf(t, c.text))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: persons %v, want %v", c.text, got, c.want)
		}
	}
	// The state between the title and the name grants no post of its own:
	// the title's possessor does.
	got := personsOf(t, "Observers included Kenyan Ambassador to Brazil Joseph Mwangi, who carried messages.")
	if p := got["Joseph Mwangi"]; !slices.Equal(p, []string{"Ambassador to Brazil @ Kenya"}) {
		t.Errorf("Mwangi's posts %v", p)
	}
}

// A native spelling that is an English word is not the country.
func TestCommonWordIsNoCountrySpelling(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Title\nThe Island Council met the Harbour Board on Friday."})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Kind == graph.State {
			t.Errorf("state %q read from a common word", a.Name)
		}
	}
}

// A middle initial, a quoted nickname and given names in brackets stay
// inside the name.
func TestInsertedPartsOfNames(t *testing.T) {
	cases := map[string]string{
		"Senator Paul J. Harnett met Governor Lucy Ambrose in Denver on Friday.":                  "Paul J. Harnett",
		"Chilean President, Jorge 'Coco' Alvarado Soto, met Governor Lucy Ambrose in Lima.":       "Jorge 'Coco' Alvarado Soto",
		"The mediators thanked President (Ana Maria) Lind, who had hosted Governor Lucy Ambrose.": "Ana Maria Lind",
	}
	for text, want := range cases {
		got := personsOf(t, text)
		if _, ok := got[want]; !ok {
			t.Errorf("%q: persons %v, want %q among them", text, names(got), want)
		}
		for n := range got {
			if n != want && n != "Lucy Ambrose" {
				t.Errorf("%q: stray person %q", text, n)
			}
		}
	}
}

// An apposition with a state's word says what the person is: "X, a
// Chilean diplomat", "X, Chile's senior-most envoy".
func TestApposedTitleWithState(t *testing.T) {
	got := personsOf(t, "A photo showed Li Qiang, China's senior-most envoy, and Tomas Berg, a Swedish diplomat, at the table.")
	want := map[string][]string{"Li Qiang": {"senior-most envoy @ China"}, "Tomas Berg": {"diplomat @ Sweden"}}
	for n, p := range want {
		if !slices.Equal(got[n], p) {
			t.Errorf("%s: posts %v, want %v (all: %v)", n, got[n], p, got)
		}
	}
}

// People only quoted in passing are not actors (SCHEMA.md): the speaker of
// a claim, in any of its slots, named nowhere else and at no meeting.
func TestSpeakerOnlyIsNoActor(t *testing.T) {
	meet := "Lina Ortiz met Peter Brandt in Quito on Monday. "
	speakers := []string{
		`"It went well," said Marco Vidal, spokesman for the host ministry.`,
		"Foreign ministry spokeswoman Marta Vidal said the talks would continue.",
		"Marco Vidal, the deputy security adviser, had earlier described the contacts as routine.",
		"Before the session, caretaker Foreign Minister Marco Vidal was quoted as saying the mood was calm.",
		"The news came according to a statement by Interior Minister Marco Vidal on Sunday.",
	}
	for _, sp := range speakers {
		got := names(personsOf(t, meet+sp))
		if !slices.Equal(got, []string{"Lina Ortiz", "Peter Brandt"}) {
			t.Errorf("%q: persons %v, want only Ortiz and Brandt", sp, got)
		}
	}
	// Minimal pairs: the same person acting, or appearing beside someone.
	acting := []string{
		"Foreign ministry spokeswoman Marta Vidal said the talks would continue. Vidal later flew to Lima to brief the cabinet.",
		"Speaking alongside his Chilean counterpart Ruben Soto, Foreign Minister Marco Vidal said the talks would continue.",
	}
	for _, sp := range acting {
		got := personsOf(t, meet+sp)
		if !slices.ContainsFunc(names(got), func(n string) bool { return strings.HasSuffix(n, "Vidal") }) {
			t.Errorf("%q: persons %v, want Vidal kept", sp, names(got))
		}
	}
}

// Portfolio words before a title belong to it ("Petroleum Minister X"),
// not to an institution named "Petroleum".
func TestPortfolioBeforeTitle(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Title\nPetroleum Minister Bola Adeyemi met Mines and Energy Minister Kofi Asare in Accra on Monday.", Published: rulesPub})
	if err != nil {
		t.Fatal(err)
	}
	var ps []string
	for _, a := range rec.Actors {
		if a.Kind != graph.Person {
			t.Errorf("%s %q read from a title", a.Kind, a.Name)
			continue
		}
		ps = append(ps, a.Name)
	}
	slices.Sort(ps)
	if !slices.Equal(ps, []string{"Bola Adeyemi", "Kofi Asare"}) {
		t.Errorf("persons %v", ps)
	}
}

// A month word glued to a hyphen is a syllable of a given name.
func TestMonthSyllableInName(t *testing.T) {
	for _, given := range []string{"Jun-ho", "Mar-kyu", "Jan-erik"} {
		got := names(personsOf(t, "Chairman Ri Sol-chan met North Korean leader Pak "+given+" in Pyongyang."))
		if !slices.Contains(got, "Pak "+given) {
			t.Errorf("%s: persons %v", given, got)
		}
	}
	// A month with a day number stays a date.
	if got := names(personsOf(t, "Chairman Ri Sol-chan met Premier Pak Dong-il on Jun 3 in Pyongyang.")); slices.ContainsFunc(got, func(n string) bool { return strings.Contains(n, "Jun") }) {
		t.Errorf("date read as a name: %v", got)
	}
}

// The institution or state after the name completes the title before it
// ("Chairman X of the Y"); "X of Finland" alone names X's side.
func TestOfComplementAfterName(t *testing.T) {
	got := personsOf(t, "Chairman Ri Sol-chan of the State Defence Commission met President Lena Berg of Finland in Pyongyang.")
	if !slices.Equal(got["Ri Sol-chan"], []string{"Chairman @ State Defence Commission"}) || !slices.Equal(got["Lena Berg"], []string{"President @ Finland"}) {
		t.Errorf("posts %v", got)
	}
	got = personsOf(t, "The pact was later signed by Hendrik Vos of Belgium and Marta Kolar of Croatia in the presence of the two presidents.")
	if !slices.Equal(names(got), []string{"Hendrik Vos", "Marta Kolar"}) {
		t.Errorf("people of a state: %v", names(got))
	}
	// "of" and a thing is no side: a person named once stays out.
	got = personsOf(t, "The pact was later praised by Hendrik Vos of the local choir.")
	if len(got) != 0 {
		t.Errorf("of a thing: %v", names(got))
	}
}

// A known institution's short and full names are one actor.
func TestKnownOrgFormsMeet(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Title\nThe EU envoy met the Serbian minister in Brussels. The European Union later welcomed the talks.", Published: rulesPub})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range rec.Actors {
		if a.Kind == graph.Organization {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d organizations, want the EU once: %v", n, rec.Actors)
	}
}

// A title set off by a comma is the one just before it, not a stretch
// running back over another person's name: "A and her Peruvian
// counterpart, B".
func TestCommaTitleStopsAtName(t *testing.T) {
	got := personsOf(t, "Chile's President Ana Lind and her Peruvian counterpart, Omar Farid, met in Lima.")
	if len(got["Omar Farid"]) != 0 {
		t.Errorf("Farid's posts %v, want none (a counterpart says only whose side)", got["Omar Farid"])
	}
	got = personsOf(t, "Chile's President Ana Lind and the Peruvian trade minister, Omar Farid, met in Lima.")
	if !slices.Equal(got["Omar Farid"], []string{"trade minister @ Peru"}) {
		t.Errorf("Farid's posts %v", got["Omar Farid"])
	}
}

// After "and" inside a title's complement the next word is one more
// complement noun when a name of two words follows.
func TestCoordinatedComplementNoun(t *testing.T) {
	got := names(personsOf(t, "The envoy met Minister for Water and Sanitation Kwame Boateng in Kumasi."))
	if !slices.Equal(got, []string{"Kwame Boateng"}) {
		t.Errorf("persons %v", got)
	}
}

// A plural title covers the coordinated names after it; in a headline,
// where every word is capitalized, it makes no person of the verb.
func TestPluralTitle(t *testing.T) {
	got := names(personsOf(t, "Presidents Ana Lind and Omar Farid, who were last together in Lima, met in Quito on Monday."))
	if !slices.Equal(got, []string{"Ana Lind", "Omar Farid"}) {
		t.Errorf("persons %v", got)
	}
	rec, err := Extract(Article{ID: "t", Text: "Chilean, Peruvian Presidents Hold First Talks In Quito\nPresident Ana Lind met President Omar Farid in Quito on Monday.", Published: rulesPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && a.Name != "Ana Lind" && a.Name != "Omar Farid" {
			t.Errorf("person %q from the headline", a.Name)
		}
	}
}

// "the Chilean President" with no name after it is the one person the
// text gave that post, as "Chile's President" is.
func TestDemonymTitleRefersToHolder(t *testing.T) {
	text := "Chilean President Ana Lind welcomed Peru's Foreign Minister Omar Farid on Monday. Later Bolivia's President Eva Sol held a phone call with Farid and the Chilean President."
	got := heldAt(t, "Title\n"+text, rulesPub)
	if !slices.ContainsFunc(got, func(m graph.Meeting) bool {
		return slices.Equal(m.Participants, []string{"Ana Lind", "Eva Sol"})
	}) {
		t.Errorf("held %v, want a call between Sol and Lind", got)
	}
	// With two presidents of Chile named, the reference stays unresolved.
	text = "Chilean President Ana Lind and former Chilean President Rosa Vidal welcomed Omar Farid on Monday. Later Bolivia's President Eva Sol held a phone call with Farid and the Chilean President."
	for _, m := range heldAt(t, "Title\n"+text, rulesPub) {
		if slices.Contains(m.Participants, "Eva Sol") && (slices.Contains(m.Participants, "Ana Lind") || slices.Contains(m.Participants, "Rosa Vidal")) {
			t.Errorf("ambiguous title resolved: %v", m.Participants)
		}
	}
}

// In a list of titled names ("A, Peruvian Foreign Minister B, ..."), a
// title followed by a name is that name's, not an apposition to the name
// before it: each person holds only their own post.
func TestListedTitlesStayWithTheirNames(t *testing.T) {
	names := []string{"Ana Soto", "Luis Prado", "Jorge Alves", "Rosa Vidal"}
	titles := []string{"Chilean Foreign Minister", "Peruvian Foreign Minister", "Chilean President", "Peruvian Prime Minister"}
	for shift := range names {
		var items []string
		want := map[string]string{}
		for i := range names {
			n, ti := names[i], titles[(i+shift)%len(titles)]
			items = append(items, ti+" "+n)
			want[n] = ti
		}
		text := "Talks\n" + strings.Join(items[:3], ", ") + " and " + items[3] + " arrived in Lima on Sunday."
		rec, err := Extract(Article{ID: "t", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range rec.Actors {
			ti, ok := want[a.Name]
			if !ok {
				continue
			}
			if len(a.Positions) != 1 || !strings.HasSuffix(ti, a.Positions[0].Title) {
				t.Errorf("%q: %s holds %v, want only %s", text, a.Name, a.Positions, ti)
			}
		}
	}
}

// A middle initial that is also a word ("A.", "I.") is an initial inside a
// name, for every letter of the alphabet.
func TestEveryMiddleInitial(t *testing.T) {
	for c := 'A'; c <= 'Z'; c++ {
		name := "Andrei " + string(c) + ". Volkov"
		rec, err := Extract(Article{ID: "t", Text: "Talks\nForeign Minister " + name + " met Secretary of State Lena Okoro in Geneva."})
		if err != nil {
			t.Fatal(err)
		}
		if persons := personNames(rec); !slices.Contains(persons, name) {
			t.Errorf("%s: persons %v", name, persons)
		}
	}
}

// personNames are the names of a record's persons.
func personNames(rec graph.Record) []string {
	var out []string
	for _, a := range rec.Actors {
		if a.Kind == graph.Person {
			out = append(out, a.Name)
		}
	}
	return out
}

// A family name that is also a head noun ("Lake", "Hall", "Church") ends
// a person's name after a title of office, an honorific or a title in
// apposition; after a title whose holders lend their names to places, or
// with a head that is no family name, the run stays a place.
func TestSurnameHeadAfterTitle(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"National Security Adviser Oren Lake met Foreign Minister Clara Novak in Vienna on Monday.", []string{"Clara Novak", "Oren Lake"}},
		{"Senator Walter Church and Ambassador Ines Hall met the visiting delegation in Lima.", []string{"Ines Hall", "Walter Church"}},
		{"The Canadian envoy, Marta Day, flew between the two capitals with the draft.", []string{"Marta Day"}},
		{"Dr Ana Temple met Foreign Minister Clara Novak in Vienna on Monday.", []string{"Ana Temple", "Clara Novak"}},
		{"Foreign Minister Clara Novak met the delegates at Queen Sofia Hall in Vienna.", []string{"Clara Novak"}},
		{"Foreign Minister Clara Novak crossed the King Omar Bridge on Monday.", []string{"Clara Novak"}},
		{"Foreign Minister Clara Novak spoke at Vienna Hall on Monday.", []string{"Clara Novak"}},
		{"Envoy Pavel Bridge met Foreign Minister Clara Novak in Vienna on Monday.", []string{"Clara Novak"}},
	}
	for _, c := range cases {
		got := names(personsOf(t, c.text))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: persons %v, want %v", c.text, got, c.want)
		}
	}
}
