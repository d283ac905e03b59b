package extract

import (
	"testing"
	"time"
)

// Issue 14's forty-eighth round: places the gazetteer lacks, told by their
// context (a preposition, an apposition, a facility "of" the town, the
// dateline's form), the shapes the forty-eighth probe batch (p320-p325)
// and the probe's place misses showed, each with sentences of its own.

// "met X in Velmoka on Tuesday": one unknown capitalized word
// right after "in", told after the predicate, is where the meeting took
// place (p26, p138). Not the quarter of a city a building stands in ("at
// his official residence in X", p143, p258, p92), nor a word the article
// also writes in lower case.
func TestUnknownTownAfterIn(t *testing.T) {
	for text, want := range map[string]string{
		"Minister Ana Lind met Minister Omar Farid in Velmoka on Tuesday to discuss grazing rights.":                     "Velmoka",
		"On Friday the envoy, Ana Lind, drove north and called on Governor Omar Farid of the Upper Province in Tarvona.": "Tarvona",
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

// "at Nam Kheun, a fishing village on the lake", "at Los Robles, a busy
// crossing for cattle traders": a name read as a thing after "at" is a place
// when its apposition says it is one (p323, p324). Without such an
// apposition it may be a building's name, and is not taken.
func TestNamedPlaceWithSettlementApposition(t *testing.T) {
	for text, want := range map[string]string{
		"Minister Ana Lind held talks with Minister Omar Farid at Nam Kheun, a fishing village on the lake, on Tuesday.": "Nam Kheun",
		"Minister Ana Lind met Minister Omar Farid at Los Robles, a busy crossing for cattle traders, on Thursday.":      "Los Robles",
	} {
		if p := lastHeldPlace(t, "Title\n"+text); p != want {
			t.Errorf("%q: place %q, want %q", text, p, want)
		}
	}
	text := "Title\nMinister Ana Lind met Minister Omar Farid at Los Robles, the president's private estate, on Thursday."
	if p := lastHeldPlace(t, text); p == "Los Robles" {
		t.Errorf("an estate taken for a town: place %q", p)
	}
}

// "at the railway station of Karuma", "near the harbour of Telmora": a
// town's station or harbour names the town after "of" (p306; p302's
// harbour, where a city in a body's name told nearer the verb still wins).
func TestFacilityOfTown(t *testing.T) {
	for text, want := range map[string]string{
		"President Ana Lind received President Omar Farid at the railway station of Karuma on Saturday.": "Karuma",
		"Ana Lind met Omar Farid, the trawler owners' spokesman, near the harbour of Telmora on Sunday.": "Telmora",
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
		"DELMONT, New York — Minister Ana Lind and Minister Omar Farid met here on Tuesday for a second round of talks.":       "Delmont",
		"OSTRANA, Nicaragua (AP) — Minister Ana Lind and Minister Omar Farid met here on Tuesday for a second round of talks.": "Ostrana",
	} {
		got := heldAt(t, "Envoys end talks\n"+lead, pub)
		if len(got) != 1 || got[0].Place != want {
			t.Errorf("%q: %v, want the place %q", lead, got, want)
		}
	}
	rec, err := Extract(Article{ID: "t", Text: "Envoys end talks\nSANTA LUCÍA, Nicaragua (AP) - Minister Ana Lind and Minister Omar Farid met on Tuesday for a second round of talks.", Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Name == "AP" {
			t.Errorf("the agency credit of an accented dateline read as an actor: %v", rec.Actors)
		}
	}
}
