package historian

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

func readFixture(t *testing.T, b *Builder, name string) []*ReadError {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var bad []*ReadError
	fl, err := ReadFile(f, name, func(e *ReadError) { bad = append(bad, e) })
	var re *ReadError
	if errors.As(err, &re) {
		bad = append(bad, re)
	} else if err != nil {
		t.Fatal(err)
	}
	b.Add(fl)
	return bad
}

func fixtureItems(t *testing.T) map[string]Item {
	var b Builder
	for _, n := range []string{"trips.xml", "visits.xml"} {
		if bad := readFixture(t, &b, n); len(bad) > 0 {
			t.Fatalf("%s: %v", n, bad)
		}
	}
	out := map[string]Item{}
	for _, it := range b.Items() {
		if err := it.Record.Validate(); err != nil {
			t.Fatalf("%s: %v", it.Record.ID, err)
		}
		out[it.Record.ID] = it
	}
	return out
}

func actor(r graph.Record, name string) (graph.Actor, bool) {
	for _, a := range r.Actors {
		if a.Name == name {
			return a, true
		}
	}
	return graph.Actor{}, false
}

func persons(r graph.Record) []string {
	var out []string
	for _, a := range r.Actors {
		if a.Kind == graph.Person {
			out = append(out, a.Name)
		}
	}
	slices.Sort(out)
	return out
}

func TestSniff(t *testing.T) {
	for head, want := range map[string]Format{
		`<?xml version="1.0"?>` + "\n<trips><trip/></trips>": Trips,
		"<visits>":           Visits,
		"  <presidents>":     Presidents,
		"<schema/>":          "",
		`{"id": "x"}`:        "",
		"GlobalEventID\tDay": "",
	} {
		if got := Sniff([]byte(head)); got != want {
			t.Errorf("Sniff(%q) = %q, want %q", head, got, want)
		}
	}
}

func TestTripRecord(t *testing.T) {
	items := fixtureItems(t)
	r := items["historian-trip-1"].Record
	if r.Source.Publisher != Publisher || r.Source.URL != "https://history.state.gov/departmenthistory/travels/secretary/doe-jane" {
		t.Errorf("source = %+v", r.Source)
	}
	if got := persons(r); !slices.Equal(got, []string{"Alexandra Hill Tinoco", "Jane Q. Doe", "Nayib Bukele"}) {
		t.Errorf("persons = %v", got)
	}
	m := r.Meetings[0]
	if m.Place != "San Salvador" || m.Date != "2001-03-01/2001-03-02" || m.Status != graph.Held || m.Mode != graph.InPerson {
		t.Errorf("meeting = %+v", m)
	}
	if !strings.Contains(m.Evidence, "Alexandra Hill Tinoco") {
		t.Errorf("evidence = %q", m.Evidence)
	}
	fm, _ := actor(r, "Alexandra Hill Tinoco")
	if len(fm.Positions) != 1 || fm.Positions[0].Title != "Foreign Minister" || fm.Positions[0].Organization != "El Salvador" {
		t.Errorf("foreign minister's posts = %+v", fm.Positions)
	}
	// The Secretary's post spans her first to her last trip.
	sec, _ := actor(r, "Jane Q. Doe")
	if p := sec.Positions[0]; p.Title != "Secretary of State" || p.Start != "2001-03-01" || p.End != "2001-06-01" {
		t.Errorf("secretary's post = %+v", p)
	}
}

func TestRemarksGrammar(t *testing.T) {
	items := fixtureItems(t)
	r := items["historian-trip-2"].Record
	// A bare title is nobody; one person with two posts; the Soviet post;
	// honorifics dropped; the first place of the locale.
	if got := persons(r); !slices.Equal(got, []string{"Gromyko", "Jane Q. Doe", "Tamim bin Hamad Al Thani", "Taro Sato"}) {
		t.Errorf("persons = %v", got)
	}
	sato, _ := actor(r, "Taro Sato")
	var titles []string
	for _, p := range sato.Positions {
		titles = append(titles, p.Title+"/"+p.Organization)
	}
	if !slices.Equal(titles, []string{"Prime Minister/Japan", "Foreign Minister/Japan"}) {
		t.Errorf("Sato's posts = %v", titles)
	}
	g, _ := actor(r, "Gromyko")
	if g.Positions[0].Organization != "Soviet Union" {
		t.Errorf("Gromyko's post = %+v", g.Positions)
	}
	if r.Meetings[0].Place != "Tokyo" {
		t.Errorf("place = %q", r.Meetings[0].Place)
	}
	// Accompanied and mourned are not met; the NATO post's organization;
	// the summit is a meeting of its own.
	r = items["historian-trip-3"].Record
	if got := persons(r); !slices.Equal(got, []string{"Jane Q. Doe", "Javier Solana"}) {
		t.Errorf("persons = %v", got)
	}
	js, _ := actor(r, "Javier Solana")
	if js.Positions[0].Organization != "NATO" || js.Positions[0].Title != "Secretary General" {
		t.Errorf("Solana's post = %+v", js.Positions)
	}
	if len(r.Meetings) != 2 || !strings.HasPrefix(items["historian-trip-3"].MeetingIDs[1], "meeting:event:nato-summit:") {
		t.Errorf("meetings = %+v ids %v", r.Meetings, items["historian-trip-3"].MeetingIDs)
	}
	// No one named: the traveler in the country, the state's canonical
	// name, and the country as the place when there is no locale.
	r = items["historian-trip-5"].Record
	if m := r.Meetings[0]; !slices.Equal(m.Participants, []string{"Jane Q. Doe", "South Korea"}) || m.Place != "South Korea" {
		t.Errorf("meeting = %+v", m)
	}
}

func TestMet(t *testing.T) {
	c := Context{State: "Jordan", Day: "2024-12-12", Terms: NewTerms(nil)}
	for remarks, want := range map[string][]string{
		"Met with met with King Abdullah II and Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi.": {"Abdullah II", "Ayman Safadi"},
		"Met with Saudi Foreign Minister Adel al-Jubeir.":                             {"Adel al-Jubeir"},
		"Met with President Reagan April 15.":                                         {"Ronald Reagan"},
		"Met with senior Italian officials and IGAD representatives.":                 nil,
		"Accompanied President Biden.":                                                nil,
		"Attended the funeral of King Hussein.":                                       nil,
		"Reviewed the peace process with President Sadat and Foreign Minister Fahmy.": {"Sadat", "Fahmy"},
		"Met with President Djukanovic of Montenegro.":                                {"Djukanovic"},
	} {
		day := c.Day
		if strings.Contains(remarks, "Reagan") {
			c.Day = "1985-04-15"
		}
		var got []string
		for _, p := range Met(remarks, c) {
			got = append(got, p.Name)
		}
		c.Day = day
		if !slices.Equal(got, want) {
			t.Errorf("Met(%q) = %v, want %v", remarks, got, want)
		}
	}
	ps := Met("Met with President Djukanovic of Montenegro.", c)
	if ps[0].Org != "Montenegro" {
		t.Errorf("Djukanovic's state = %q", ps[0].Org)
	}
	ps = Met("Met with Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi.", c)
	if len(ps) != 1 || len(ps[0].Titles) != 2 {
		t.Errorf("Safadi = %+v", ps)
	}
}

func TestVisitRecords(t *testing.T) {
	items := fixtureItems(t)
	// The 2010 summit: one meeting id for both attendees, spanning both.
	a, b := items["historian-visit-10"], items["historian-visit-11"]
	if a.MeetingIDs[0] == "" || a.MeetingIDs[0] != b.MeetingIDs[0] {
		t.Fatalf("summit ids %v %v", a.MeetingIDs, b.MeetingIDs)
	}
	if a.Record.Meetings[0].Date != "2010-04-11/2010-04-13" || b.Record.Meetings[0].Date != "2010-04-11/2010-04-13" {
		t.Errorf("summit dates %q %q", a.Record.Meetings[0].Date, b.Record.Meetings[0].Date)
	}
	// The 2014 summit of the same name is another meeting.
	if c := items["historian-visit-14"]; c.MeetingIDs[0] == a.MeetingIDs[0] {
		t.Errorf("2014 summit joined 2010's: %v", c.MeetingIDs)
	}
	hu, _ := actor(b.Record, "Hu Jintao")
	if hu.Positions[0].Organization != "China" || hu.Positions[0].Title != "President" {
		t.Errorf("Hu's post = %+v", hu.Positions)
	}
	// "Met with President Clinton": the sitting President by the terms.
	r := items["historian-visit-12"].Record
	if got := persons(r); !slices.Equal(got, []string{"Juan Carlos I", "William J. Clinton"}) {
		t.Errorf("persons = %v", got)
	}
	cl, _ := actor(r, "William J. Clinton")
	if p := cl.Positions[0]; p.Organization != UnitedStates || p.Start != "1993-01-20" || p.End != "2001-01-20" {
		t.Errorf("Clinton's post = %+v", p)
	}
	// "Working visit.": the visitor and the United States, nobody invented.
	r = items["historian-visit-13"].Record
	if got := persons(r); !slices.Equal(got, []string{"Funes"}) {
		t.Errorf("persons = %v", got)
	}
	if m := r.Meetings[0]; !slices.Equal(m.Participants, []string{"Funes", UnitedStates}) || m.Evidence != "Working visit." {
		t.Errorf("meeting = %+v", m)
	}
	if r.Source.URL != "https://history.state.gov/departmenthistory/visits/el-salvador" {
		t.Errorf("url = %q", r.Source.URL)
	}
}

func TestMalformedXML(t *testing.T) {
	var b Builder
	bad := readFixture(t, &b, "broken.xml")
	if len(bad) != 1 || bad[0].File != "broken.xml" || bad[0].Line != 14 || !strings.Contains(bad[0].Error(), "malformed XML") {
		t.Fatalf("errors = %v", bad)
	}
	// The visit before the error is read; nothing of the broken one is.
	items := b.Items()
	if len(items) != 1 || items[0].Record.ID != "historian-visit-20" {
		t.Errorf("items = %+v", items)
	}
	bad = readFixture(t, &Builder{}, "baddate.xml")
	if len(bad) != 1 || bad[0].Line != 3 || !strings.Contains(bad[0].Error(), "2010-02-30") {
		t.Errorf("bad date: %v", bad)
	}
}
