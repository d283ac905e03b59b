package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-forty-first round: a stranger's batch
// (p2078-p2083: a Zambian daily on a disengagement accord between two
// states reached in talks its president chaired, a Namibian daily on
// ministers' talks on the eve of independence, a Zimbabwean daily on a
// unity accord, a South African agency on a king and a premier brought
// to terms by three presidents, a Mozambican agency on a government's
// first talks with rebels, an Angolan agency on a ceasefire memorandum
// signed by two armies' chiefs); each rule with sentences of its own.

var threehundredfortyfirstPub = time.Date(1991, 3, 15, 0, 0, 0, 0, time.UTC)

// threehundredfortyfirstRecord extracts text, published on
// threehundredfortyfirstPub (a Friday).
func threehundredfortyfirstRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: threehundredfortyfirstPub})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// "A and B yesterday agreed on X after a day of talks in P. The A
// delegation was led by Y, and the B side by Z": two states that acted
// together after talks met in them, and the roster after it puts their
// people in their place (meeting.jointSidesAfter; p2078). "at the close
// of N days of talks" is such talks too (closingPrep; p1924, the shape
// of p1987), and a time in an aside after "since" is no time of
// them (p1924). The negative cases: with no people told for the sides
// no meeting of states alone is kept, and "A and B agreed ..., Y said
// after talks in P" gives the talks to Y.
func TestStatesAgreedAfterTalksMeet(t *testing.T) {
	roster := " The Chilean delegation was led by the Interior Minister, Tomas Orlen, and the Peruvian side by the Foreign Minister, Mr Ivo Brandt."
	for _, lead := range []string{
		"Chile and Peru yesterday agreed on the withdrawal of troops from the border after a day of talks in Guayaquil chaired by President Anna Holt.",
		"Chile and Peru agreed here yesterday to reopen their consulates, closed since the 1979 war, at the conclusion of a week of talks in Guayaquil.",
	} {
		rec := threehundredfortyfirstRecord(t, "Border accord\n"+lead+roster)
		m := meetingWith(rec, "Tomas Orlen", "Ivo Brandt")
		if m == nil || m.Status != graph.Held || m.Date != "1991-03-14" || m.Place != "Guayaquil" {
			t.Errorf("%q: want Orlen and Brandt met in Guayaquil on 1991-03-14: %s", lead, dump(rec))
		}
		if meetingWith(rec, "Chile", "Peru") != nil {
			t.Errorf("%q: the sides stand for their people: %s", lead, dump(rec))
		}
	}
	for _, text := range []string{
		"Border accord\nChile and Peru yesterday agreed on the withdrawal of troops after a day of talks in Guayaquil.",
		"Border accord\nChile and Peru agreed to a truce, the Peruvian Foreign Minister Ivo Brandt said after talks in Guayaquil." + roster,
	} {
		rec := threehundredfortyfirstRecord(t, text)
		if m := meetingWith(rec, "Chile", "Peru"); m != nil {
			t.Errorf("%q: want no meeting of the states alone: %s", text, dump(rec))
		}
		if m := meetingWith(rec, "Tomas Orlen", "Ivo Brandt"); m != nil && m.Status == graph.Held {
			t.Errorf("%q: the talks are the speaker's, not the states': %s", text, dump(rec))
		}
	}
}

// "The A delegation was headed by X, and the B by Y": the gapped clause
// may leave out the team noun with the verb, the demonym alone standing
// for its side (gappedSide; p1859's "and the rebels by", p1987).
func TestGappedDemonymSide(t *testing.T) {
	text := "Border accord\nChilean and Peruvian officials met in Guayaquil on Tuesday. The Chilean delegation was headed by ambassador Tomas Orlen, a veteran diplomat, and the Peruvian by Mr Ivo Brandt."
	rec := threehundredfortyfirstRecord(t, text)
	for _, a := range rec.Actors {
		if a.Name == "Ivo Brandt" && a.Affiliation != "Peru" {
			t.Errorf("Brandt's side: got %q: %s", a.Affiliation, dump(rec))
		}
	}
}

// "The three presidents met the king in P": a plural description of a
// post as the clause's subject, after a sentence naming people who hold
// another post the story gives (two foreign ministers), stands for the
// people the story named with that post when just that many hold it
// (coref otherPostAmong; p2081, and the shape of p158's "the two
// ministers", p369's and p665's "the two Presidents").
func TestPluralPostPastOtherPosts(t *testing.T) {
	lead := "Crisis accord\nTonga's King Ato Mensa and Prime Minister Kofi Dua signed an agreement on Thursday after talks chaired by President Ana Soto of Chile, with President Luis Vera of Peru and President Rosa Diaz of Bolivia. "
	rec := threehundredfortyfirstRecord(t, lead+"The Tongan Foreign Minister, Mr Tomas Orlen, and Chile's Foreign Minister, Mr Ivo Brandt, held talks on Wednesday. King Ato Mensa had dismissed the cabinet in January. The three presidents met the king in Nukualofa in February.")
	m := meetingWith(rec, "Ato Mensa", "Ana Soto", "Luis Vera", "Rosa Diaz")
	if m == nil || m.Place != "Nukualofa" || meetingWith(rec, "Tomas Orlen", "Ato Mensa") != nil {
		t.Errorf("want the three presidents in Nukualofa, no foreign minister with the king: %s", dump(rec))
	}
}
