package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-eightieth round: a stranger's batch of African
// regional mediations (p1712-p1717: a daily on a reconciliation conference
// opened under a regional authority, a daily on a peace accord signed
// before a bloc's chairman, a press agency on a panel of presidents at a
// leader's compound, a daily on two rivals brought together on an island,
// a second-language agency on a bloc's mediators after a coup, a state
// agency on a prime minister's day of talks with a junta and its
// opponents); each rule with sentences of its own.

// "the Interim Government of National Unity", "the Party of National
// Unity": a body named head first for its national cause is one body,
// not the title "Government of National" and a person "Unity"
// (causeBodyOf, mention causebody.go; p1713, p461, p495, p1119). A
// possessor before it ("President X's Party of ...") and a title with its
// "of" ("the chairman of the ...") are read on their own.
func TestNationalCauseBodyIsNoPerson(t *testing.T) {
	for _, c := range []struct{ text, person, body string }{
		{"The charter was signed by the chairman of the Transitional Government of National Reconciliation, Dr Kwame Obeng, in Lome on Monday.", "Kwame Obeng", "Transitional Government of National Reconciliation"},
		{"Envoys of President Abel Tanko's Party of National Unity met rebel commanders in Lome on Monday.", "Abel Tanko", "Party of National Unity"},
		{"Officials of the Interim Government of National Unity met rebel commanders in Lome on Monday.", "", "Interim Government of National Unity"},
	} {
		rec, err := Extract(Article{ID: "t", Text: "Talks in Lome\n\n" + c.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		var persons []string
		for _, a := range rec.Actors {
			if a.Kind == graph.Person {
				persons = append(persons, a.Name)
			}
		}
		want := []string{}
		if c.person != "" {
			want = append(want, c.person)
		}
		if !slices.Equal(persons, want) && !(len(persons) == 0 && len(want) == 0) {
			t.Errorf("%q: persons %v, want %v", c.text, persons, want)
		}
		if !slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == c.body && a.Kind != graph.Person }) {
			t.Errorf("%q: actors %+v, want the body %q", c.text, rec.Actors, c.body)
		}
	}
}

// "A and B met ... The talks were facilitated by X and hosted by Y": a
// third party the meeting just told was mediated or facilitated by sat at
// it, as its host or chair did (lexicon meetingHostPassives); a second
// host passive after "and" names one more of them, no meeting of X and Y
// of their own (hostedAgain, meeting apart.go); and "with Z taking part"
// after the agents seats Z there too (withAttending, merge.go). p1715,
// p1042. "Brokered" is left out: a broker may only have arranged the
// meetings.
func TestFacilitatorsSatAtTheTalksJustTold(t *testing.T) {
	lead := "Rivals meet\n\nTogo's President Ana Lind and former president Kofi Mensah met face to face yesterday in Lome, their first meeting since 2009. "
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"The talks were facilitated by Ghanaian President Abel Tanko.", []string{"Abel Tanko", "Ana Lind", "Kofi Mensah"}},
		{"The talks, which lasted four hours, were mediated by Ghanaian President Abel Tanko, who chairs the regional bloc, and hosted by President Jean Kobina.", []string{"Abel Tanko", "Ana Lind", "Jean Kobina", "Kofi Mensah"}},
		{"The meeting, which lasted six hours, was chaired by deputy Abel Tanko and Jean Kobina, head of a charity, with Ghanaian President Kwesi Boateng taking part.", []string{"Abel Tanko", "Ana Lind", "Jean Kobina", "Kofi Mensah", "Kwesi Boateng"}},
	} {
		held := heldAt(t, lead+c.s, corefPub)
		if len(held) != 1 || !slices.Equal(held[0].Participants, c.want) {
			t.Errorf("%q: held %+v, want one meeting of %v", c.s, held, c.want)
		}
	}
}

// "A and B met yesterday on X island", "A met B on Y Island": the island
// places the meeting, a name the gazetteer may lack (islandNamed, meeting
// places.go; p1715, p325, p1625). An island that locates a venue or a
// thing named just before it ("at the X hotel on Y island", "about a
// naval base on Z Island") does not: the meeting stays in the story's
// city (p598, p971, p745, p278, p279 unchanged).
func TestIslandPlacesTheMeeting(t *testing.T) {
	for _, c := range []struct{ s, place string }{
		{"Rivals meet\n\nTogo's President Ana Lind and former president Kofi Mensah met face to face yesterday on Morvane island, their first meeting in years.", "Morvane"},
		{"Talks\n\nPrime Minister Ana Lind met President Kofi Mensah on Morvane Island on Monday.", "Morvane Island"},
		{"Summit\n\nLOME, May 6 (Wire) - President Ana Lind and President Kofi Mensah met at the Bellvue hotel on Morvane island on Monday.", "Lome"},
		{"Summit\n\nLOME, May 6 (Wire) - President Ana Lind and President Kofi Mensah met here on Monday and talked about a naval base on Morvane Island.", "Lome"},
	} {
		held := heldAt(t, c.s, corefPub)
		if len(held) != 1 || held[0].Place != c.place {
			t.Errorf("%q: held %+v, want one meeting in %s", c.s, held, c.place)
		}
	}
}
