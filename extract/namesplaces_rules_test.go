package extract

import (
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// A given name or surname that is also a state's name is part of the
// person's name when it stands between a title or a name and a surname,
// or right after an honorific.
func TestStateNameInsidePersonName(t *testing.T) {
	rec := run(t, strings.Join([]string{
		"Border ministers meet",
		"QUITO, June 9 - Interior Minister Chad Okafor of Nigeria met President Rosa Panama Quiroga of Ecuador in Quito on Tuesday to discuss a prisoner exchange.",
		"Mrs. Panama later received Acting Secretary Israel Dunmore, the Canadian envoy, at the palace.",
	}, "\n"), "2019-06-09")
	for _, name := range []string{"Chad Okafor", "Rosa Panama Quiroga", "Israel Dunmore"} {
		mustActor(t, rec, name, graph.Person)
	}
	for _, state := range []string{"Chad", "Panama", "Israel"} {
		if a := actorNamed(rec, state); a != nil && a.Kind == graph.State {
			t.Errorf("%s read as a state in %s", state, dump(rec))
		}
	}
	mustMeeting(t, rec, "Chad Okafor", "Rosa Panama Quiroga")
	mustMeeting(t, rec, "Rosa Panama Quiroga", "Israel Dunmore")
}

// No person takes the state's name where a neighbour is no name: a
// common word ("Israel Defense Forces", "Jordan Valley"), a title ("Qatar
// Emir X"), or a possessive.
func TestStateNameBesideNoName(t *testing.T) {
	for _, tc := range []struct{ text, state string }{
		{"Minister Lena Okoro met Qatar Emir Tamim bin Hamad in Doha on Monday.", "Qatar"},
		{"Colonel Ben Amit said Israel Defense Forces had pulled back overnight.", "Israel"},
		{"Minister Lena Okoro toured Jordan Valley farms on Monday with envoy Omar Haddad.", "Jordan"},
		{"Envoy Lena Okoro met Chad's foreign minister, Ali Mahamat, in Paris on Monday.", "Chad"},
	} {
		rec := run(t, "Talks\n"+tc.text, "2021-03-01")
		for _, a := range rec.Actors {
			if a.Kind == graph.Person && strings.Contains(a.Name, tc.state) {
				t.Errorf("%q: person %q takes the state's name", tc.text, a.Name)
			}
		}
	}
}

// "The foreign ministers of A and B met": when the story names one person
// of each state, even without the post ("A's X and B's Y"), the meeting is
// theirs, not the states'.
func TestStatesPostsNamedWithoutTheirPosts(t *testing.T) {
	rec := run(t, strings.Join([]string{
		"Ministers hold river talks",
		"VIENNA, April 4 - The foreign ministers of Slovenia and Croatia met in Vienna on Thursday and agreed to refer their river dispute to a commission.",
		"Slovenia's Marko Vidmar and Croatia's Ivo Balic spent three hours at the Hofburg, an aide said.",
	}, "\n"), "2013-04-04")
	mustMeeting(t, rec, "Marko Vidmar", "Ivo Balic")
	for _, m := range rec.Meetings {
		for _, p := range m.Participants {
			if a := actorNamed(rec, p); a != nil && a.Kind == graph.State {
				t.Errorf("meeting %v keeps a state in %s", m.Participants, dump(rec))
			}
		}
	}
}

// A story that names a person for one of the states only leaves the
// states as they are: "the leaders of A, B and C" with only A's named.
func TestStatesPostsWithAStateUnnamed(t *testing.T) {
	rec := run(t, strings.Join([]string{
		"Leaders meet on trade",
		"ACCRA, April 4 - The presidents of Ghana, Togo and Benin met in Accra on Thursday to discuss a customs union.",
		"Ghana's Kofi Mensah said the talks had gone well.",
	}, "\n"), "2013-04-04")
	if mustMeeting(t, rec, "Ghana", "Togo", "Benin") == nil {
		t.Fatal("unreachable")
	}
}

// A state named beside the posts ("their Kenyan counterpart") stands for
// the one person the story names for it, as the posts' states do.
func TestStatesPostsWithACounterpartState(t *testing.T) {
	rec := run(t, strings.Join([]string{
		"Three presidents talk trade",
		"The presidents of Uganda and Rwanda, meeting their Kenyan counterpart in Mombasa on Monday, agreed to share the cost of a railway.",
		"Uganda's Peter Okello, Rwanda's Jean Habimana and Kenya's David Mwangi signed a statement on the line.",
	}, "\n"), "2016-08-02")
	mustMeeting(t, rec, "Peter Okello", "Jean Habimana", "David Mwangi")
	for _, m := range rec.Meetings {
		for _, p := range m.Participants {
			if a := actorNamed(rec, p); a != nil && a.Kind == graph.State {
				t.Errorf("meeting %v keeps a state in %s", m.Participants, dump(rec))
			}
		}
	}
}

// A small town the gazetteer lists is the meeting's place when the text
// names it by its kind ("the port of X", "the Chilean town of Y"), as
// after "in" or "at"; without its kind or a preposition it is no place.
func TestTownNamedByItsKind(t *testing.T) {
	for _, tc := range []struct{ text, place string }{
		{"President Ana Ruiz met President Juan Mora in the Salvadoran port of La Union on Friday.", "La Union"},
		{"President Ana Ruiz met President Juan Mora in the town of La Union on Friday.", "La Union"},
		{"President Ana Ruiz met President Juan Mora in La Union on Friday.", "La Union"},
		{"President Ana Ruiz met President Juan Mora in Santa Ana on Friday to discuss the history of La Union.", "Santa Ana"},
	} {
		rec := run(t, "Talks\nSAN SALVADOR (AP) - "+tc.text, "1992-03-02")
		m := mustMeeting(t, rec, "Ana Ruiz", "Juan Mora")
		if m.Place != tc.place {
			t.Errorf("%q: place %v, want %s", tc.text, m.Place, tc.place)
		}
	}
}

// A name the gazetteer lacks after "the region of", "the disputed
// territory of" or "the town of" is a place, never a person; a name after
// a post ("the mayor of X Y") or a capitalized noun keeps its reading.
func TestPlaceNamedByItsKindIsNoPerson(t *testing.T) {
	rec := run(t, strings.Join([]string{
		"Ceasefire talks",
		"The breakaway region of Velo-Darsk split from Moldova in 1991.",
		"The disputed territory of Upper Karsk has been under a truce since 1994, and the town of Lesnovo-Brod was shelled in May.",
		"President Ana Ruiz met the mayor of Lesnovo-Brod, Ivan Petrov, on Friday.",
	}, "\n"), "2019-06-09")
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && (strings.Contains(a.Name, "Darsk") || strings.Contains(a.Name, "Karsk") || strings.Contains(a.Name, "Lesnovo")) {
			t.Errorf("place %q read as a person", a.Name)
		}
	}
	mustActor(t, rec, "Ivan Petrov", graph.Person)
}
