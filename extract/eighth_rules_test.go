package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's eighth round: rules for constructions the eighth probe batch
// (p73-p80) showed beside earlier rounds, each with sentences of its own.

// A gathering told by its host alone ("X hosted the retreat", "X welcomed
// the leaders to the summit") and a list of attendees after it make one
// meeting of the host and the list, where and when the gathering sentence
// (or the gathering it refers back to) says (p71, p78).
func TestHostedGatheringRoster(t *testing.T) {
	for _, text := range []string{
		"Summit\nPrime Minister Lena Berg hosted the retreat in Oslo on Monday. Among those attending were President Omar Haddad, Chancellor Ines Valdez and Premier Tomas Ruiz.",
		"Summit\nPresident Lena Berg welcomed more than thirty leaders to the regional summit in Oslo on Monday. Attending were President Omar Haddad, Chancellor Ines Valdez and Premier Tomas Ruiz.",
		"Summit\nNordic leaders gathered on Monday for their annual retreat in Oslo. Prime Minister Lena Berg, who chairs the council this year, hosted the retreat. Among those attending were President Omar Haddad, Chancellor Ines Valdez and Premier Tomas Ruiz.",
	} {
		rec := extractAt(t, text)
		for _, pair := range [][2]string{{"Lena Berg", "Omar Haddad"}, {"Omar Haddad", "Tomas Ruiz"}, {"Ines Valdez", "Lena Berg"}} {
			m := meetingWith(rec, pair[0], pair[1])
			if m == nil || m.Status != graph.Held || m.Place != "Oslo" || m.Date != "2025-05-05" {
				t.Errorf("%q: want %v met in Oslo on 2025-05-05, got %s", text, pair, dump(rec))
			}
		}
	}
	// In a story set years back, the gathering's day is of that time.
	past := "Summit\nOn March 3, 1971, Lena Berg met Karl Lind in Bergen. Prime Minister Lena Berg hosted the retreat in Oslo on March 9. Among those attending were President Omar Haddad and Chancellor Ines Valdez."
	if m := meetingWith(extractAt(t, past), "Lena Berg", "Omar Haddad"); m == nil || m.Date != "1971-03-09" {
		t.Errorf("%q: want Lena Berg and Omar Haddad met on 1971-03-09, got %s", past, dump(extractAt(t, past)))
	}
	// The host alone is no meeting; a list after a meeting joins that one.
	if got := pairsOf(t, "Summit\nPrime Minister Lena Berg hosted the retreat in Oslo on Monday."); len(got) != 0 {
		t.Errorf("a host alone: want no pairs, got %v", got)
	}
	text := "Talks\nPrime Minister Lena Berg met President Omar Haddad in Oslo on Monday. Also present were Chancellor Ines Valdez and Premier Tomas Ruiz."
	rec := extractAt(t, text)
	if m := meetingOf(rec, "Lena Berg", "Omar Haddad", "Ines Valdez", "Tomas Ruiz"); m == nil || len(rec.Meetings) != 1 {
		t.Errorf("%q: want one meeting of the four, got %s", text, dump(rec))
	}
}

// "the Solomon Islands capital", like "the Qatari capital", is the
// state's capital city (p71; a build-half dev article names a capital so).
func TestStateCapitalPlace(t *testing.T) {
	for _, text := range []string{
		"Talks\nLena Berg met Omar Haddad on Monday in the Solomon Islands capital.",
		"Talks\nLena Berg met Omar Haddad on Monday in the Solomon Islander capital.",
	} {
		rec := extractAt(t, text)
		if m := meetingOf(rec, "Lena Berg", "Omar Haddad"); m == nil || m.Place != "Honiara" {
			t.Errorf("%q: want the meeting in Honiara, got %s", text, dump(rec))
		}
	}
}

// A historical narrative tells the days of its own time without their
// year: once a story is set years back by a dated event ("On March 3,
// 1971, ..."), "on March 5" is of that time, not of the publication year
// (p69, p77). A look back to an earlier date does not move the story's
// time; a date counted from the publication ("on Monday") brings it back
// to the news of the day.
func TestHistoricalDayMonth(t *testing.T) {
	for _, c := range []struct{ text, a, b, want string }{
		{"Talks\nOn March 3, 1971, Lena Berg met Omar Haddad in Oslo. Berg met Ines Valdez in Bergen on March 9.", "Lena Berg", "Ines Valdez", "1971-03-09"},
		{"Talks\nOn March 3, 1971, Lena Berg met Omar Haddad in Oslo to restore the line held before June 1, 1969. On March 9, Haddad met Ines Valdez in Bergen.", "Omar Haddad", "Ines Valdez", "1971-03-09"},
		{"Talks\nThe accord signed in March 1971 still holds. Lena Berg met Omar Haddad in Bergen in April.", "Lena Berg", "Omar Haddad", "1971-04"},
		{"Talks\nOn March 3, 1971, Lena Berg met Omar Haddad in Oslo. On Monday, Haddad met Ines Valdez in Rome. Valdez met Tomas Ruiz in Madrid on March 9.", "Ines Valdez", "Tomas Ruiz", "2025-03-09"},
		// A sequel sentence ("The talks took place ... on March 9") is read
		// by its own sentence's story time, not by the last sentence's.
		{"Talks\nOn March 3, 1971, Lena Berg met Omar Haddad in Oslo. Ines Valdez met Tomas Ruiz a week later. The talks took place in Bergen on March 9. On Monday, Haddad met Karl Lind in Rome.", "Ines Valdez", "Tomas Ruiz", "1971-03-09"},
	} {
		rec := extractAt(t, c.text)
		if m := meetingWith(rec, c.a, c.b); m == nil || m.Date != c.want {
			t.Errorf("%q: want %s and %s met on %s, got %s", c.text, c.a, c.b, c.want, dump(rec))
		}
	}
}

// A meeting noun whose own verb says it is not on the agenda ("a meeting
// between A and B is not on the agenda", "was 'not on the cards'") was
// not held (p70, p73).
func TestNotOnTheAgenda(t *testing.T) {
	for _, text := range []string{
		"Talks\nA spokesman said on Monday that a meeting between Lena Berg and Omar Haddad was \"not on the agenda\" for now.",
		"Talks\nA summit of Lena Berg and Omar Haddad is not on the cards before the vote, an official said.",
	} {
		if got := pairsOf(t, text); len(got) != 0 {
			t.Errorf("%q: want no held pair, got %v", text, got)
		}
	}
	if got := pairsOf(t, "Talks\nA meeting between Lena Berg and Omar Haddad was on the agenda of the summit in Oslo on Monday, and it took place."); len(got) == 0 {
		t.Errorf("a meeting on the agenda that took place: want the pair held")
	}
}

// A side that met each of two others apart goes between them (Shuttles);
// when it already goes between a side and that side's known counterpart,
// a third side it also met (a call to an ally) is no new counterpart
// (p70). When the known pair has the go-between itself as a side, the two
// others it met apart are still the talks' sides.
func TestShuttleKnownSides(t *testing.T) {
	text := "Talks\nNorway has mediated between Armenia and Azerbaijan since the war began. Norwegian Foreign Minister Lena Berg held separate phone calls on Sunday with Armenian Foreign Minister Omar Haddad and Azerbaijani Foreign Minister Ines Valdez. Berg also spoke with German Foreign Minister Tomas Ruiz on Saturday."
	rec := extractAt(t, text)
	for _, n := range rec.Negotiations {
		if slices.Contains(n.Parties, "Germany") {
			t.Errorf("an ally called beside the sides is no party: got %+v", rec.Negotiations)
		}
	}
}

// A meeting told without who met ("The second round of talks was held in
// X on Monday") takes the delegations a list after it names; a list's
// gapped clause ("and the Ukrainian one by B", "and the rebel side by B")
// is the other side's, and the lists of one sentence are of one meeting
// (p70, p78).
func TestNamelessMeetingDelegations(t *testing.T) {
	for _, text := range []string{
		"Talks\nArmenia and Azerbaijan have been at odds for decades. The second round of talks was held in Geneva on Monday. The Armenian delegation was led by Deputy Prime Minister Lena Berg and the Azerbaijani one by Deputy Prime Minister Omar Haddad.",
		"Talks\nArmenian and Azerbaijani delegations met in Geneva on Monday. The Armenian side was led by Deputy Prime Minister Lena Berg and the Azerbaijani side by Deputy Prime Minister Omar Haddad.",
	} {
		rec := extractAt(t, text)
		m := meetingOf(rec, "Lena Berg", "Omar Haddad")
		if m == nil || m.Place != "Geneva" || m.Date != "2025-05-05" {
			t.Errorf("%q: want Berg and Haddad alone met in Geneva on 2025-05-05, got %s", text, dump(rec))
		}
		for _, a := range rec.Actors {
			if a.Name == "Omar Haddad" && a.Affiliation != "Azerbaijan" {
				t.Errorf("%q: the gapped clause's side is Haddad's, got %q", text, a.Affiliation)
			}
		}
	}
	// A list after a meeting of named people still joins that meeting; a
	// nameless sentence with no list is no meeting.
	if got := pairsOf(t, "Talks\nThe second round of talks was held in Geneva on Monday and lasted two hours."); len(got) != 0 {
		t.Errorf("a nameless meeting alone: want no pairs, got %v", got)
	}
}

// "H.E." (His or Her Excellency), which official readouts put before a
// name, ends no sentence and is no part of the name (p74, p76).
func TestExcellencyHonorific(t *testing.T) {
	for _, text := range []string{
		"Talks\nOn March 20, Foreign Minister Lena Berg held a meeting with H.E. Mr. Omar Haddad, Minister of Foreign Affairs of Morocco.",
		"Talks\nOn March 20, H.E. Omar Haddad, Minister of Foreign Affairs of Morocco, held a meeting with Foreign Minister Lena Berg.",
	} {
		rec := extractAt(t, text)
		if m := meetingOf(rec, "Lena Berg", "Omar Haddad"); m == nil || m.Date != "2025-03-20" {
			t.Errorf("%q: want Berg and Haddad met on 2025-03-20, got %s", text, dump(rec))
		}
	}
}

// Going between the sides is brokering like carrying their proposals:
// "X was shuttling between the two delegations", "X shuttled between
// their villas" make X a mediator (p76, p77).
func TestShuttledBetween(t *testing.T) {
	for _, text := range []string{
		"Talks\nTalks between Armenia and Azerbaijan resumed in Geneva on Monday, but Swiss envoy Lena Berg was shuttling between the two delegations, who did not sit in the same room.",
		"Talks\nTalks between Armenia and Azerbaijan resumed in Geneva on Monday. For three days Swiss envoy Lena Berg shuttled between their hotels.",
	} {
		rec := extractAt(t, text)
		if len(rec.Negotiations) == 0 || !slices.Contains(rec.Negotiations[0].Mediators, "Lena Berg") {
			t.Errorf("%q: want Berg a mediator, got %+v", text, rec.Negotiations)
		}
	}
	rec := extractAt(t, "Talks\nTalks between Armenia and Azerbaijan resumed in Geneva on Monday. The two capitals agreed to revive shuttle visits between them.")
	for _, n := range rec.Negotiations {
		if len(n.Mediators) != 0 {
			t.Errorf("shuttle visits of the sides make no mediator, got %+v", rec.Negotiations)
		}
	}
}

// A meeting told "on the sidelines", or at "the summit", without a date of
// its own took place at the gathering told with its date just before
// (p55, p78; p61 has the same construction).
func TestSidelinesTakeTheGatheringsDay(t *testing.T) {
	for _, text := range []string{
		"Summit\nNordic leaders met in Oslo on Monday for their annual summit. On the sidelines, Lena Berg held talks with Omar Haddad.",
		"Summit\nNordic leaders met in Oslo on Monday for an emergency summit. The summit, chaired by Lena Berg, was attended by Omar Haddad and Ines Valdez.",
	} {
		rec := extractAt(t, text)
		if m := meetingWith(rec, "Lena Berg", "Omar Haddad"); m == nil || m.Date != "2025-05-05" || m.Place != "Oslo" {
			t.Errorf("%q: want Berg and Haddad met in Oslo on 2025-05-05, got %s", text, dump(rec))
		}
	}
	// Without a gathering told before, the publication month stays.
	rec := extractAt(t, "Talks\nOn the sidelines, Lena Berg held talks with Omar Haddad.")
	if m := meetingWith(rec, "Lena Berg", "Omar Haddad"); m == nil || m.Date != "2025-05" {
		t.Errorf("no gathering told: want the publication month, got %s", dump(rec))
	}
}
