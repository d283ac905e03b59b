package graph_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Al-Thani":             "al thani",
		"al thani":             "al thani",
		"Abdel Fattah el-Sisi": "abdel fattah el sisi",
		"U.S.":                 "us",
		"Qatar’s":              "qatar",
		"Mr. Burns":            "burns",
		"Sísi":                 "sisi",
		"  ":                   "",
		"The White House":      "white house",
		"Mr":                   "mr",
	} {
		if got := graph.Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripTitles(t *testing.T) {
	for in, want := range map[string]string{
		"CIA Director William Burns":              "William Burns",
		"Egyptian President Abdel Fattah el-Sisi": "Abdel Fattah el-Sisi",
		"William Burns":                           "William Burns",
		"Prime Minister":                          "Prime Minister",
		"Sheikh Mohammed bin Abdulrahman":         "Mohammed bin Abdulrahman",
	} {
		if got := graph.StripTitles(in); got != want {
			t.Errorf("StripTitles(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in, start, end string
		ok             bool
	}{
		{"2024-05-24", "2024-05-24", "2024-05-24", true},
		{"2024-02", "2024-02-01", "2024-02-29", true},
		{"2023", "2023-01-01", "2023-12-31", true},
		{"2024-02-30", "", "", false},
		{"2024-13", "", "", false},
		{"24-05-2024", "", "", false},
		{"yesterday", "", "", false},
	} {
		d, err := graph.ParseDate(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("ParseDate(%q): err = %v", tc.in, err)
			continue
		}
		if tc.ok && (d.Start.Format("2006-01-02") != tc.start || d.End.Format("2006-01-02") != tc.end) {
			t.Errorf("ParseDate(%q) = %v..%v", tc.in, d.Start, d.End)
		}
	}
}

func TestResolve(t *testing.T) {
	william := graph.Candidate{ID: "person:william-burns", Name: "William Burns", Kind: graph.Person, Keys: []string{"william burns", "burns"}}
	nicholas := graph.Candidate{ID: "person:nicholas-burns", Name: "Nicholas Burns", Kind: graph.Person, Keys: []string{"nicholas burns", "burns"}}
	us := graph.Candidate{ID: "state:united-states", Name: "United States", Kind: graph.State, Keys: []string{"united states", "us"}}
	for _, tc := range []struct {
		name  string
		actor graph.Actor
		cands []graph.Candidate
		want  string
	}{
		{"same full name", graph.Actor{Name: "William Burns", Kind: graph.Person}, []graph.Candidate{william, nicholas}, william.ID},
		{"surname, one candidate", graph.Actor{Name: "Burns", Kind: graph.Person}, []graph.Candidate{william}, william.ID},
		{"surname, two candidates", graph.Actor{Name: "Burns", Kind: graph.Person}, []graph.Candidate{william, nicholas}, ""},
		{"other first name", graph.Actor{Name: "Robert Burns", Kind: graph.Person, Aliases: []string{"Burns"}}, []graph.Candidate{william}, ""},
		{"alias of a state", graph.Actor{Name: "US", Kind: graph.State}, []graph.Candidate{us}, us.ID},
		{"other kind", graph.Actor{Name: "United States", Kind: graph.Organization}, []graph.Candidate{us}, ""},
		{"new", graph.Actor{Name: "Ann Example", Kind: graph.Person}, []graph.Candidate{william}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := graph.Resolve(tc.actor, tc.cands); got != tc.want {
				t.Fatalf("Resolve = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	good := func() graph.Record {
		return graph.Record{
			ID:           "r",
			Source:       graph.Source{Published: "2024-05-25"},
			Actors:       []graph.Actor{{Name: "Israel", Kind: graph.State, Aliases: []string{"Israeli"}}, {Name: "Hamas", Kind: graph.Group}, {Name: "Qatar", Kind: graph.State}},
			Negotiations: []graph.Negotiation{{Topic: "t", Parties: []string{"Israel", "Hamas"}, Mediators: []string{"Qatar"}}},
			Meetings:     []graph.Meeting{{Participants: []string{"Israeli", "Hamas"}, Status: graph.Held, Date: "2024-05"}},
		}
	}
	r := good()
	if err := r.Validate(); err != nil {
		t.Fatalf("good record: %v", err)
	}
	for field, spoil := range map[string]func(*graph.Record){
		"id":                           func(r *graph.Record) { r.ID = " " },
		"source.published":             func(r *graph.Record) { r.Source.Published = "2024-02-31" },
		"actors[1].kind":               func(r *graph.Record) { r.Actors[1].Kind = "militia" },
		"actors[0].name":               func(r *graph.Record) { r.Actors[0].Name = "" },
		"negotiations[0].mediators[0]": func(r *graph.Record) { r.Negotiations[0].Mediators[0] = "Egypt" },
		"meetings[0].participants[1]":  func(r *graph.Record) { r.Meetings[0].Participants[1] = "Fatah" },
		"meetings[0].date":             func(r *graph.Record) { r.Meetings[0].Date = "2024-13-01" },
		"meetings[0].status":           func(r *graph.Record) { r.Meetings[0].Status = "rumoured" },
		"meetings[0].mode":             func(r *graph.Record) { r.Meetings[0].Mode = "telepathy" },
		"meetings[0].participants":     func(r *graph.Record) { r.Meetings[0].Participants = nil },
		"negotiations[0]": func(r *graph.Record) {
			r.Negotiations[0].Parties, r.Negotiations[0].Mediators = nil, nil
		},
		"negotiations[0].parties[1]": func(r *graph.Record) { r.Negotiations[0].Parties[1] = "Fatah" },
		"actors[2].positions[1].title": func(r *graph.Record) {
			r.Actors[2].Positions = []graph.Position{{Title: "Emir", Organization: "Qatar"}, {Title: " ", Organization: "Qatar"}}
		},
		"actors[2].positions[0].organization": func(r *graph.Record) {
			r.Actors[2].Positions = []graph.Position{{Title: "Emir", Organization: "--"}}
		},
		"actors[2].positions[0].start": func(r *graph.Record) {
			r.Actors[2].Positions = []graph.Position{{Title: "Emir", Organization: "Qatar", Start: "2013-06-31", End: "2099-13"}}
		},
		"actors[2].positions[0].end": func(r *graph.Record) {
			r.Actors[2].Positions = []graph.Position{{Title: "Emir", Organization: "Qatar", Start: "2013-06-25", End: "2099-13"}}
		},
	} {
		r := good()
		spoil(&r)
		err := r.Validate()
		var fe *graph.FieldError
		if !errors.As(err, &fe) || fe.Field != field || !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("spoiled %s: err = %v", field, err)
		}
	}
}

func TestNewPlanResolvesWithinARecord(t *testing.T) {
	r := graph.Record{
		ID: "r",
		Actors: []graph.Actor{
			{Name: "CIA Director William Burns", Kind: graph.Person, Aliases: []string{"Burns"},
				Positions: []graph.Position{{Title: "Director", Organization: "CIA"}}, Affiliation: "United States"},
			{Name: "United States", Kind: graph.State, Aliases: []string{"U.S."}},
			{Name: "David Barnea", Kind: graph.Person},
			{Name: "Israel", Kind: graph.State}, {Name: "Hamas", Kind: graph.Group},
		},
		Negotiations: []graph.Negotiation{{Parties: []string{"Israel", "Hamas"}, Mediators: []string{"U.S."}}},
		Meetings: []graph.Meeting{
			{Participants: []string{"Burns", "David Barnea"}, Place: "Paris", Date: "2024-05-24", Status: graph.Held},
			{Participants: []string{"William Burns", "David Barnea"}, Place: "Paris", Date: "2024-05-24", Status: graph.Held},
		},
	}
	p := graph.NewPlan(r, nil)
	var ids []string
	for _, a := range p.Actors {
		ids = append(ids, a.ID)
	}
	slices.Sort(ids)
	want := []string{"organization:cia", "person:david-barnea", "person:william-burns", "state:hamas", "state:israel", "state:united-states"}
	want[3] = "group:hamas"
	slices.Sort(want)
	if !slices.Equal(ids, want) {
		t.Fatalf("actor ids %v, want %v", ids, want)
	}
	if len(p.Meetings) != 1 {
		t.Fatalf("the same meeting twice in one record gave %d meetings", len(p.Meetings))
	}
	m := p.Meetings[0]
	if m.NegotiationID != "negotiation:group:hamas+state:israel" || m.PlaceID != "place:paris" || m.DateStart != "2024-05-24" {
		t.Fatalf("meeting row %+v", m)
	}
	if len(p.Positions) != 1 || p.Positions[0].OrgID != "organization:cia" {
		t.Fatalf("positions %+v", p.Positions)
	}
	if again := graph.NewPlan(r, nil); !slices.EqualFunc(again.Meetings, p.Meetings, func(a, b graph.MeetingRow) bool { return a.ID == b.ID }) {
		t.Fatal("meeting ids are not deterministic")
	}
}
