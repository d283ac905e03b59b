package extract

import (
	"strings"
	"testing"
)

// Issue 14's two-hundred-and-eighty-third round: meeting places told
// indirectly (p1730-p1735: a broadsheet's "here" under a college town's
// dateline, a wire from a ski resort, an agency's "here" on a summit's
// sidelines, a wire on talks "at the summit in" a country, an agency on a
// visit to "the Eritrean capital", a wire on talks at a frontier town);
// each rule with sentences of its own.

// "A, who arrived here on Monday, then met B" and "A, who arrived in
// the Freedonian capital on Monday, also met B that evening": the
// relative clause tells the trip that brought A to the meeting, its city
// told as "here" (the dateline's, even after a paragraph set in another
// town) or as a country's capital (relativeTripPlace, meeting when.go;
// p162, p405, p1733, p1550).
func TestRelativeTripHereOrCapital(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Ministers keep talking over the river\n\nLOME - Benin and Togo kept up their talks on the river border this week. Their foreign ministers met in Cotonou on July 3 and in Kara on July 9.\n\nIn Kara, opposition leader Paul Dossou accused the government of giving the river away.\n\nMinister Ana Lind, who arrived here on Monday evening, then held talks with Premier Kofi Mensah.", "Lome"},
		{"Leaders meet at the summit\n\nBy a staff writer\n\nThe summit opened on Saturday. President Ana Lind of Togo, who arrived in the Ghanaian capital on Thursday after a stop in Lome, also met President Kofi Mensah of Ghana, the summit's host, that evening.", "Accra"},
	} {
		held := heldAt(t, c.text, corefPub)
		found := false
		for _, m := range held {
			if strings.Contains(strings.Join(m.Participants, "|"), "Mensah") && strings.Contains(strings.Join(m.Participants, "|"), "Lind") {
				found = true
				if m.Place != c.want {
					t.Errorf("%q: place %q, want %q", c.text, m.Place, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: held %+v, want Lind and Mensah's meeting", c.text, held)
		}
	}
}

// "A and B joined them for lunch, together with C and D": a joint subject of
// a joining for a meal sits at the meeting told before, as a single
// joiner does (joinedThemForMeal, merge.go), and so do those named after
// "along with" (mealAlongside); their posts' cities ("the ambassador in
// X") are no place of it, and a meeting noun the same sentence goes on to
// use ("and the talks continued") is that meeting, not one of the joiners
// alone (partial.earlier; p1730, p805). "joined the queue for lunch"
// joins no one.
func TestJointSubjectJoinedThemForMeal(t *testing.T) {
	lead := "Talks in Lome\n\nLOME, May 5 - President Ana Lind of Togo and President Kofi Mensah of Ghana talked for five hours here today.\n\n"
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Minister Paul Dossou and Minister Jean Agbo joined them for lunch on the veranda, together with Marc Sossa, the Togolese Ambassador in Paris, and Eric Boni, the Ghanaian Ambassador in Lagos.", 6},
		{"Minister Paul Dossou and Minister Jean Agbo joined them for lunch, and the talks continued until evening.", 4},
		{"Minister Paul Dossou and Minister Jean Agbo joined the queue for lunch.", 2},
	} {
		held := heldAt(t, lead+c.s, corefPub)
		if len(held) != 1 || len(held[0].Participants) != c.want || held[0].Place != "Lome" {
			t.Errorf("%q: held %+v, want one meeting in Lome of %d people", c.s, held, c.want)
		}
	}
}

// "They were revived at a summit in P last month, when A met B", "a trip
// to Q on Sunday, when A met B": the clause after ", when" dates the
// meeting by the event told before the comma, and that event's place is
// the meeting's (whenClausePlace, meeting when.go; p301, p39, p898,
// p823). A place of the meeting's own clause stays.
func TestWhenClauseTakesPlaceBefore(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Contacts between the two navies stalled in 2019. They were taken up again at a regional summit in Accra last month, when President Ana Lind met President Kofi Mensah.", "Accra"},
		{"Foreign Minister Paul Dossou laid the ground for the accord on a journey to Lome on Sunday, when he held talks with President Kofi Mensah.", "Lome"},
		{"Contacts began in Accra in 2019, when President Ana Lind met President Kofi Mensah in Lome for the first time.", "Lome"},
	} {
		held := heldAt(t, "Navies to patrol together\n\n"+c.s, corefPub)
		if len(held) != 1 || held[0].Place != c.want {
			t.Errorf("%q: held %+v, want one meeting in %s", c.s, held, c.want)
		}
	}
}
