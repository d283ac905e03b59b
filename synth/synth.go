// Package synth generates a deterministic synthetic data set for
// benchmarks: N actors and M meetings in articles (records), with a skewed
// degree distribution (Zipf: a few hubs, many leaves), places, dates and
// negotiations. The same Config always gives the same bytes.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Config sizes the data set.
type Config struct {
	Seed     uint64
	Actors   int // distinct actors to draw from
	Meetings int // meetings in all (across records)
	Places   int
	// Skew is the Zipf exponent s (> 1) and Offset its v (≥ 1): the share
	// of attendances of the actor of rank k is ∝ (k+Offset)^−s. The
	// defaults (1.1, 50) give, for 200k actors and 1M meetings, a top hub
	// of ~9,000 meetings, ~300 actors above 1,000 and a long tail of
	// actors with one or two.
	Skew, Offset float64
	// Hubs adds a tier of that many actors above the Zipf draw, the
	// busiest a head of state or a foreign minister would be: hub h
	// (0-based) attends about HubMeetings·(1 − h/Hubs) meetings, so at
	// 10 hubs from 10,000 down to 1,900 (at most a fifth of all the
	// meetings each, in a small set). 0 adds none.
	Hubs  int
	Start time.Time // first publication day; default 2015-01-01
	Days  int       // span of publication days; default 3650
}

func (c *Config) defaults() {
	if c.Actors <= 0 {
		c.Actors = 200_000
	}
	if c.Meetings <= 0 {
		c.Meetings = 1_000_000
	}
	if c.Places <= 0 {
		c.Places = 2_000
	}
	if c.Skew <= 1 {
		c.Skew = 1.1
	}
	if c.Offset < 1 {
		c.Offset = 50
	}
	if c.Start.IsZero() {
		c.Start = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if c.Days <= 0 {
		c.Days = 3650
	}
}

// HubMeetings is the busiest hub's share of meetings.
const HubMeetings = 10_000

var syllables = []string{
	"ka", "lo", "mi", "ra", "ten", "vo", "sa", "dun", "be", "ri", "mar", "zo", "ne", "ul", "ta", "gor",
	"li", "pe", "han", "sor", "da", "ki", "vel", "mo", "ar", "in", "tho", "ba", "sel", "ru", "fa", "yen",
}

// word spells n in syllables (bijective, so distinct n give distinct
// words), at least two syllables long.
func word(n int) string {
	var b strings.Builder
	n += len(syllables) + 1
	for n > 0 {
		n--
		b.WriteString(syllables[n%len(syllables)])
		n /= len(syllables)
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

var orgWords = []string{"Council", "Agency", "Ministry", "Commission", "Institute", "Union", "Bank", "Office"}
var groupWords = []string{"Front", "Movement", "Brigades", "Alliance", "Party"}

// Actor is the actor of rank i (0 is the biggest hub).
func Actor(i int) graph.Actor {
	switch i % 10 {
	case 6:
		return graph.Actor{Name: "Republic of " + word(i), Kind: graph.State}
	case 7, 8:
		return graph.Actor{Name: word(i) + " " + orgWords[i%len(orgWords)], Kind: graph.Organization}
	case 9:
		return graph.Actor{Name: word(i) + " " + groupWords[i%len(groupWords)], Kind: graph.Group}
	}
	return graph.Actor{Name: word(i*7+3) + " " + word(i), Kind: graph.Person}
}

// Place is the place of rank i.
func Place(i int) string { return word(i+100_000) + "ville" }

// Generate calls emit with each record in order until cfg.Meetings
// meetings have been emitted.
func Generate(cfg Config, emit func(graph.Record) error) error {
	cfg.defaults()
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))
	actors := rand.NewZipf(rng, cfg.Skew, cfg.Offset, uint64(cfg.Actors-1))
	places := rand.NewZipf(rng, 1.2, 5, uint64(cfg.Places-1))
	modes := []graph.Mode{graph.InPerson, graph.InPerson, graph.InPerson, graph.Call, graph.Virtual, graph.UnknownMode}
	left := cfg.Meetings
	hubs := make([]float64, cfg.Hubs) // hub h's chance to attend a meeting
	for h := range hubs {
		hubs[h] = min(0.2, HubMeetings*(1-float64(h)/float64(cfg.Hubs))/float64(cfg.Meetings))
	}
	for n := 0; left > 0; n++ {
		published := cfg.Start.AddDate(0, 0, rng.IntN(cfg.Days))
		r := graph.Record{
			ID: fmt.Sprintf("synth-%07d", n),
			Source: graph.Source{
				URL:       fmt.Sprintf("https://news.example/%d/%07d", published.Year(), n),
				Title:     fmt.Sprintf("Synthetic article %d", n),
				Publisher: fmt.Sprintf("Outlet %d", n%97),
				Published: published.Format("2006-01-02"),
			},
		}
		k := min(1+rng.IntN(5), left)
		left -= k
		inRecord := map[int]bool{}
		mention := func(i int) string {
			a := Actor(i)
			if !inRecord[i] {
				inRecord[i] = true
				r.Actors = append(r.Actors, a)
			}
			return a.Name
		}
		for j := 0; j < k; j++ {
			size := 2
			switch x := rng.IntN(10); {
			case x == 9:
				size = 4
			case x >= 7:
				size = 3
			}
			var ids []int
			for len(ids) < size {
				i := int(actors.Uint64())
				if !contains(ids, i) {
					ids = append(ids, i)
				}
			}
			for h, p := range hubs { // hubs rank after the cfg.Actors drawn
				if rng.Float64() < p {
					ids = append(ids, cfg.Actors+h)
				}
			}
			m := graph.Meeting{Status: graph.Held, Mode: modes[rng.IntN(len(modes))],
				Evidence: fmt.Sprintf("Synthetic meeting %d of article %d.", j, n)}
			for _, i := range ids {
				m.Participants = append(m.Participants, mention(i))
			}
			if rng.IntN(5) > 0 {
				m.Place = Place(int(places.Uint64()))
			}
			switch x := rng.IntN(10); {
			case x == 0:
				m.Status = graph.Planned
				m.Date = published.AddDate(0, 0, 1+rng.IntN(14)).Format("2006-01-02")
			case x == 1:
				m.Date = published.Format("2006-01")
			case x == 2:
				// undated
			default:
				m.Date = published.AddDate(0, 0, -rng.IntN(3)).Format("2006-01-02")
			}
			if j == 0 && rng.IntN(10) < 3 {
				neg := graph.Negotiation{Parties: []string{m.Participants[0], m.Participants[1]}}
				neg.Topic = neg.Parties[0] + " – " + neg.Parties[1] + " talks"
				if len(m.Participants) > 2 {
					neg.Mediators = []string{m.Participants[2]}
				}
				r.Negotiations = append(r.Negotiations, neg)
			}
			r.Meetings = append(r.Meetings, m)
		}
		if err := emit(r); err != nil {
			return err
		}
	}
	return nil
}

func contains(s []int, x int) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}
