package graphtest

import (
	"fmt"
	"time"

	"github.com/parley-dev/parley/graph"
)

// fixtureCast is a made-up but plausible cast for tests: several
// negotiations, people who share surnames, places in several countries.
var fixtureCast = []graph.Actor{
	{Name: "Israel", Kind: graph.State}, {Name: "Hamas", Kind: graph.Group},
	{Name: "Qatar", Kind: graph.State}, {Name: "Egypt", Kind: graph.State},
	{Name: "United States", Kind: graph.State, Aliases: []string{"U.S."}},
	{Name: "Ukraine", Kind: graph.State}, {Name: "Russia", Kind: graph.State},
	{Name: "Turkey", Kind: graph.State}, {Name: "Sudan", Kind: graph.State},
	{Name: "Rapid Support Forces", Kind: graph.Group, Aliases: []string{"RSF"}},
	{Name: "Saudi Arabia", Kind: graph.State}, {Name: "Rwanda", Kind: graph.State},
	{Name: "Democratic Republic of the Congo", Kind: graph.State, Aliases: []string{"DRC"}},
	{Name: "Mohammed bin Abdulrahman Al Thani", Kind: graph.Person, Aliases: []string{"Al Thani"}, Affiliation: "Qatar",
		Positions: []graph.Position{{Title: "Prime Minister", Organization: "Qatar"}}},
	{Name: "Tamim bin Hamad Al Thani", Kind: graph.Person, Affiliation: "Qatar",
		Positions: []graph.Position{{Title: "Emir", Organization: "Qatar"}}},
	{Name: "William Burns", Kind: graph.Person, Affiliation: "United States",
		Positions: []graph.Position{{Title: "Director", Organization: "CIA"}}},
	{Name: "Nicholas Burns", Kind: graph.Person, Affiliation: "United States",
		Positions: []graph.Position{{Title: "Ambassador", Organization: "United States"}}},
	{Name: "David Barnea", Kind: graph.Person, Affiliation: "Israel"},
	{Name: "Khalil al-Hayya", Kind: graph.Person, Affiliation: "Hamas"},
	{Name: "Hassan Rashad", Kind: graph.Person, Affiliation: "Egypt"},
	{Name: "Rustem Umerov", Kind: graph.Person, Affiliation: "Ukraine"},
	{Name: "Vladimir Medinsky", Kind: graph.Person, Affiliation: "Russia"},
	{Name: "Hakan Fidan", Kind: graph.Person, Affiliation: "Turkey",
		Positions: []graph.Position{{Title: "Foreign Minister", Organization: "Turkey"}}},
	{Name: "Abdel Fattah al-Burhan", Kind: graph.Person, Affiliation: "Sudan"},
	{Name: "Mohamed Hamdan Dagalo", Kind: graph.Person, Affiliation: "Rapid Support Forces"},
	{Name: "Faisal bin Farhan", Kind: graph.Person, Affiliation: "Saudi Arabia"},
	{Name: "Olivier Nduhungirehe", Kind: graph.Person, Affiliation: "Rwanda"},
	{Name: "Therese Kayikwamba Wagner", Kind: graph.Person, Affiliation: "Democratic Republic of the Congo"},
	{Name: "CIA", Kind: graph.Organization, Affiliation: "United States"},
}

type fixtureNegotiation struct {
	neg    graph.Negotiation
	people []string
	places []string
}

var fixtureNegotiations = []fixtureNegotiation{
	{graph.Negotiation{Topic: "Gaza ceasefire and hostages", Parties: []string{"Israel", "Hamas"}, Mediators: []string{"Qatar", "Egypt", "United States"}},
		[]string{"Mohammed bin Abdulrahman Al Thani", "William Burns", "David Barnea", "Khalil al-Hayya", "Hassan Rashad", "Tamim bin Hamad Al Thani"},
		[]string{"Doha", "Cairo", "Paris"}},
	{graph.Negotiation{Topic: "Russia-Ukraine prisoner exchanges", Parties: []string{"Russia", "Ukraine"}, Mediators: []string{"Turkey"}},
		[]string{"Rustem Umerov", "Vladimir Medinsky", "Hakan Fidan", "Nicholas Burns"},
		[]string{"Istanbul", "Ankara"}},
	{graph.Negotiation{Topic: "Sudan war", Parties: []string{"Sudan", "Rapid Support Forces"}, Mediators: []string{"Saudi Arabia", "United States"}},
		[]string{"Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo", "Faisal bin Farhan", "Nicholas Burns"},
		[]string{"Jeddah", "Geneva"}},
	{graph.Negotiation{Topic: "eastern Congo peace", Parties: []string{"Rwanda", "Democratic Republic of the Congo"}, Mediators: []string{"Qatar", "United States"}},
		[]string{"Olivier Nduhungirehe", "Therese Kayikwamba Wagner", "Tamim bin Hamad Al Thani", "William Burns"},
		[]string{"Doha", "Washington", "Kigali"}},
}

// FixtureMeetings is how many meetings Fixture holds.
const FixtureMeetings = 64

// Fixture returns records richer than the seed: four negotiations, 64
// meetings over 2024 (every seventh planned, every fifth a call with no
// place), in eight cities of seven countries, eight records from eight
// sources. It is deterministic.
func Fixture() []graph.Record {
	start := time.Date(2024, 1, 3, 0, 0, 0, 0, time.UTC)
	var recs []graph.Record
	for r := 0; r < 8; r++ {
		rec := graph.Record{
			ID: fmt.Sprintf("fixture-%02d", r),
			Source: graph.Source{
				Title: fmt.Sprintf("Fixture report %d", r), Publisher: []string{"Wire A", "Wire B"}[r%2],
				URL:       fmt.Sprintf("https://example.org/fixture/%d", r),
				Published: start.AddDate(0, 0, (r+1)*8*5).Format("2006-01-02"),
			},
			Actors: fixtureCast,
		}
		for _, n := range fixtureNegotiations {
			rec.Negotiations = append(rec.Negotiations, n.neg)
		}
		for j := 0; j < 8; j++ {
			i := r*8 + j
			n := fixtureNegotiations[i%len(fixtureNegotiations)]
			k := i / len(fixtureNegotiations)
			a, b := n.people[k%len(n.people)], n.people[(k+1)%len(n.people)]
			m := graph.Meeting{
				Participants: []string{a, b},
				Place:        n.places[k%len(n.places)],
				Date:         start.AddDate(0, 0, i*5).Format("2006-01-02"),
				Status:       graph.Held,
				Mode:         graph.InPerson,
			}
			if i%3 == 0 {
				m.Participants = append(m.Participants, n.people[(k+2)%len(n.people)])
			}
			if i%7 == 6 {
				m.Status = graph.Planned
			}
			if i%5 == 4 {
				m.Mode, m.Place = graph.Call, ""
			}
			m.Evidence = fmt.Sprintf("%s met %s (fixture meeting %d).", a, b, i)
			rec.Meetings = append(rec.Meetings, m)
		}
		recs = append(recs, rec)
	}
	return recs
}
