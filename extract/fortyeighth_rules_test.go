package extract

import (
	"testing"
	"time"
)

// Issue 14's forty-eighth round: places the gazetteer lacks, told by their
// context (a preposition, an apposition, a facility "of" the town, the
// dateline's form), the shapes the forty-eighth probe batch (p320-p325)
// and the probe's place misses showed, each with sentences of its own.

// "held talks with X in Velmoka on Tuesday": one unknown capitalized word
// right after "in", told after the predicate, is where the meeting took
// place (p26, p138). Not the quarter of a city a building stands in ("at
// his official residence in X", p143, p258, p92), nor a word the article
// also writes in lower case.
func TestUnknownTownAfterIn(t *testing.T) {
	for text, want := range map[string]string{
		"Minister Ana Lind held talks with Minister Omar Farid in Velmoka on Tuesday over the river.":                                                             "Velmoka",
		"The envoy, Ana Lind, crossed the river to see Governor Omar Farid of the Eastern Region in Tarvona later the same day, and the two discussed the ferry.": "Tarvona",
	} {
		if p := lastHeldPlace(t, "Title\n"+text); p != want {
			t.Errorf("%q: place %q, want %q", text, p, want)
		}
	}
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	got := heldAt(t, "Title\nLISBON, May 4 - Minister Ana Lind met Minister Omar Farid at his official residence in Kovela on Sunday.", pub)
	if len(got) != 1 || got[0].Place != "Lisbon" {
		t.Errorf("a building's quarter taken for the town: %v", got)
	}
	got = heldAt(t, "Title\nLISBON, May 4 - Minister Ana Lind met Minister Omar Farid in Harvest on Sunday. The harvest was poor this year.", pub)
	if len(got) != 1 || got[0].Place == "Harvest" {
		t.Errorf("a word the article writes in lower case taken for a town: %v", got)
	}
}

// "at Nam Kheun, a border village in the north", "at Los Robles, the border
// crossing on the river": a name read as a thing after "at" is a place
// when its apposition says it is one (p323, p324). Without such an
// apposition it may be a building's name, and is not taken.
func TestNamedPlaceWithSettlementApposition(t *testing.T) {
	for text, want := range map[string]string{
		"Minister Ana Lind met Minister Omar Farid on Tuesday at Nam Kheun, a border village in the north, to discuss demining.":           "Nam Kheun",
		"Minister Ana Lind and Minister Omar Farid met on Thursday at Los Robles, the border crossing on the river, to settle the agenda.": "Los Robles",
	} {
		if p := lastHeldPlace(t, "Title\n"+text); p != want {
			t.Errorf("%q: place %q, want %q", text, p, want)
		}
	}
	text := "Title\nMinister Ana Lind met Minister Omar Farid on Thursday at Los Robles, the president's private estate, to settle the agenda."
	if p := lastHeldPlace(t, text); p == "Los Robles" {
		t.Errorf("an estate taken for a town: place %q", p)
	}
}

// "at the railway station of Karuma", "near the harbour of Telmora": a
// town's station or harbour names the town after "of" (p306; p302's
// harbour, where a city in a body's name told nearer the verb still wins).
func TestFacilityOfTown(t *testing.T) {
	for text, want := range map[string]string{
		"President Ana Lind and President Omar Farid met on Saturday at the railway station of Karuma and agreed to reopen the line.":               "Karuma",
		"Before leaving, Ana Lind met the head of the farmers' association, Omar Farid, near the harbour of Telmora to hear complaints about nets.": "Telmora",
	} {
		if p := lastHeldPlace(t, "Title\n"+text); p != want {
			t.Errorf("%q: place %q, want %q", text, p, want)
		}
	}
	// A city after "of" with no body's noun before it still places.
	if p := lastHeldPlace(t, "Title\nAna Lind met Omar Farid on Saturday in the city of Porto."); p != "Porto" {
		t.Errorf("the city of Porto: place %q", p)
	}
}

// "DELMONT, New York —", "SANTA LUCÍA, Nicaragua (AP) -": a town in
// capitals the gazetteer lacks, then its state or country and a dash or
// an agency's bracket, is the dateline's place, and "here" means it (p160,
// p244); an accented capital no longer keeps the agency credit in the
// first sentence.
func TestTownWithRegionDateline(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	for lead, want := range map[string]string{
		"DELMONT, New York — Minister Ana Lind and Minister Omar Farid ended two days of talks here on Tuesday.":       "Delmont",
		"OSTRANA, Nicaragua (AP) — Minister Ana Lind and Minister Omar Farid ended two days of talks here on Tuesday.": "Ostrana",
	} {
		got := heldAt(t, "Envoys end talks\n"+lead, pub)
		if len(got) != 1 || got[0].Place != want {
			t.Errorf("%q: %v, want the place %q", lead, got, want)
		}
	}
	rec, err := Extract(Article{ID: "t", Text: "Envoys end talks\nSANTA LUCÍA, Nicaragua (AP) - Minister Ana Lind and Minister Omar Farid ended two days of talks on Tuesday.", Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Name == "AP" {
			t.Errorf("the agency credit of an accented dateline read as an actor: %v", rec.Actors)
		}
	}
}
