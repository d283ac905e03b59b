package graph_test

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

func row(date, place, published string, status graph.Status, parts ...string) graph.MeetingRow {
	r := graph.MeetingRow{ParticipantIDs: parts, Date: date, PlaceID: place, Status: status,
		Report: graph.ReportRow{SourceID: "new", Published: published, Status: status, Date: date}}
	if d, err := graph.ParseDate(date); err == nil {
		r.DateStart, r.DateEnd = d.Start.Format("2006-01-02"), d.End.Format("2006-01-02")
	}
	return r
}

func known(date, place, published string, parts ...string) graph.KnownMeeting {
	r := row(date, place, published, graph.Held, parts...)
	return graph.KnownMeeting{ID: "meeting:known", Date: r.Date, DateStart: r.DateStart, DateEnd: r.DateEnd, PlaceID: place,
		ParticipantIDs: parts, Reports: []graph.ReportRow{{SourceID: "old", Published: published, Status: graph.Held, Date: date}}}
}

func TestSameMeeting(t *testing.T) {
	k := known("2024-05-24", "place:paris", "2024-05-25", "burns", "barnea", "al-thani")
	for _, tc := range []struct {
		name string
		k    graph.KnownMeeting
		m    graph.MeetingRow
		same bool
	}{
		{"same day, place, pair", k, row("2024-05-24", "place:paris", "2024-05-26", graph.Held, "burns", "barnea"), true},
		{"a day later in another report", k, row("2024-05-25", "", "2024-05-25", graph.Held, "barnea", "al-thani"), true},
		{"known to the month", k, row("2024-05", "place:paris", "2024-06-02", graph.Held, "burns", "al-thani"), true},
		{"undated, same place", k, row("", "place:paris", "2024-07-01", graph.Held, "burns", "barnea"), true},
		{"undated, published close", k, row("", "", "2024-05-27", graph.Held, "burns", "barnea"), true},
		{"planned then held", k, row("2024-05-24", "place:paris", "2024-05-20", graph.Planned, "burns", "barnea"), true},
		{"another day", k, row("2024-05-28", "place:paris", "2024-05-29", graph.Held, "burns", "barnea"), false},
		{"another place", k, row("2024-05-24", "place:doha", "2024-05-25", graph.Held, "burns", "barnea"), false},
		{"one participant in common", k, row("2024-05-24", "place:paris", "2024-05-25", graph.Held, "burns", "sisi"), false},
		{"undated, far apart, no place", k, row("", "", "2024-08-01", graph.Held, "burns", "barnea"), false},
		{"a small part of a summit", known("2024-05-24", "", "2024-05-25", "a", "b", "c", "d", "e", "f"),
			row("2024-05-24", "", "2024-05-25", graph.Held, "a", "b", "x", "y", "z"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := graph.SameMeeting(tc.k, tc.m); got != tc.same {
				t.Fatalf("SameMeeting = %v, want %v", got, tc.same)
			}
		})
	}
}

func TestConsolidate(t *testing.T) {
	k := known("2024-05", "place:paris", "2024-05-25", "burns", "barnea")
	k.Reports[0].Status = graph.Planned
	rows := []graph.MeetingRow{
		row("2024-05-24", "", "2024-05-26", graph.Held, "burns", "barnea"),
		row("2024-09-01", "", "2024-09-02", graph.Held, "burns", "barnea"),
	}
	rows[0].ID, rows[1].ID = "meeting:a", "meeting:b"
	graph.Consolidate(rows, map[string][]*graph.KnownMeeting{"meeting:a": {&k}, "meeting:b": {&k}})
	if rows[0].ID != k.ID || !rows[0].Merged {
		t.Fatalf("the Paris report did not join the known meeting: %+v", rows[0])
	}
	if rows[0].Date != "2024-05-24" || rows[0].Status != graph.Held || rows[0].PlaceID != "place:paris" {
		t.Fatalf("merged meeting: date %s status %s place %s, want the precise date, held, Paris", rows[0].Date, rows[0].Status, rows[0].PlaceID)
	}
	if rows[1].ID != "meeting:b" || rows[1].Merged {
		t.Fatalf("a September meeting joined a May one: %+v", rows[1])
	}
	again := []graph.MeetingRow{row("2024-05-24", "", "2024-05-26", graph.Held, "burns", "barnea")}
	again[0].ID = k.ID
	graph.Consolidate(again, map[string][]*graph.KnownMeeting{k.ID: {{ID: "meeting:other"}, &k}})
	if again[0].ID != k.ID {
		t.Fatal("a meeting already known under its own id moved")
	}
}
