package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's forty-fifth round: places, venues and bodies read as people
// or cut short, the shapes the forty-fifth probe batch (p302-p307) showed,
// each with sentences of its own.

// actorsOf extracts text and returns its actors' names by kind.
func actorsOf(t *testing.T, text string) map[graph.Kind][]string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	out := map[graph.Kind][]string{}
	for _, a := range rec.Actors {
		out[a.Kind] = append(out[a.Kind], a.Name)
	}
	return out
}

// "the X mosque", "the Y temple", "the Z bridge": a capitalized name
// followed by a lower-case word for a place of worship or a bridge names
// that building, not a person (p305's "visited the ... mosque", p227's
// "the Preah Vihear temple", p138's and p257's bridges named for towns).
// A person named before the same words in another role stays one.
func TestWorshipAndBridgeNamesAreNoPersons(t *testing.T) {
	for _, text := range []string{
		"On Tuesday Ana Rossi visited the Omar Kareem Haddad mosque with Piet Grout.",
		"Ana Rossi and Piet Grout walked to the Sok Vanna temple on Tuesday.",
		"Ana Rossi met Piet Grout at the Kembo Lutali bridge on Tuesday.",
		"Ana Rossi prayed at the Saint Vitus Dellamar cathedral before meeting Piet Grout.",
	} {
		ps := personsOf(t, text)
		for _, n := range names(ps) {
			if n != "Ana Rossi" && n != "Piet Grout" {
				t.Errorf("%q: a building read as person %q (persons %v)", text, n, names(ps))
			}
		}
	}
	// The person is still read when the noun follows in a clause of its own.
	ps := personsOf(t, "Ana Rossi met Omar Haddad, who built the town's bridge, on Tuesday.")
	if _, ok := ps["Omar Haddad"]; !ok {
		t.Errorf("a person before a later 'bridge' lost: %v", names(ps))
	}
}

// "the Popular Movement of X", "the Islamic Front of Y": a movement, front
// or party named for a single land keeps the land in its name though the
// gazetteer lacks it (p304's two Tuareg movements, p245's "Movement of
// Uganda"). The rule takes one word only: two capitalized words may be a
// person ("the Labour Party of John Hume", p177).
func TestGroupNamedForItsLand(t *testing.T) {
	as := actorsOf(t, "Ana Rossi met leaders of the Popular Movement of Karvelia and the Islamic Front of Ostrava on Tuesday.")
	for _, want := range []string{"Popular Movement of Karvelia", "Islamic Front of Ostrava"} {
		if !slices.Contains(as[graph.Group], want) {
			t.Errorf("group %q not read whole: groups %v", want, as[graph.Group])
		}
	}
}

// "aboard the survey ship X", "the patrol boat Y": a name right after a
// lower-case noun for a vessel names the ship (p278's survey ship, p283's
// and p302's patrol boat and vessel). A person named after the ship, in
// a clause of their own, is still read.
func TestVesselNamesAreNoPersons(t *testing.T) {
	for _, text := range []string{
		"On Tuesday Ana Rossi met Piet Grout aboard the research ship Marta Kessel in the harbour.",
		"Ana Rossi and Piet Grout signed the accord aboard the patrol boat Tolu Vanga on Tuesday.",
	} {
		ps := personsOf(t, text)
		for _, n := range names(ps) {
			if n != "Ana Rossi" && n != "Piet Grout" {
				t.Errorf("%q: a ship read as person %q (persons %v)", text, n, names(ps))
			}
		}
		wantHeldOn(t, time.Date(2025, 5, 7, 0, 0, 0, 0, time.UTC), "Title\n"+text, "Ana Rossi", "Piet Grout", "2025-05-06")
	}
	ps := personsOf(t, "Ana Rossi met the ship's captain, Piet Grout, on Tuesday.")
	if _, ok := ps["Piet Grout"]; !ok {
		t.Errorf("a captain after 'ship' lost: %v", names(ps))
	}
}

// "the Front for the Restoration of Unity and Democracy": two causes
// coordinated by "and" inside a body's "for" complement stay in its name
// (p277's front, p44's "Movement for Justice and Renewal", p130's "Front
// for Change and Concord"). A name after "and" that is no cause starts a
// new actor.
func TestCoordinatedCausesInBodyName(t *testing.T) {
	as := actorsOf(t, "Ana Rossi met the Front for the Restoration of Peace and Democracy and the Movement for Justice and Renewal on Tuesday.")
	for _, want := range []string{"Front for the Restoration of Peace and Democracy", "Movement for Justice and Renewal"} {
		if !slices.Contains(as[graph.Group], want) {
			t.Errorf("group %q cut short: groups %v", want, as[graph.Group])
		}
	}
	as = actorsOf(t, "The Movement for Democracy and Piet Grout signed the text on Tuesday.")
	if !slices.Contains(as[graph.Group], "Movement for Democracy") {
		t.Errorf("a person after 'and' taken into a body's name: %v", as)
	}
}
