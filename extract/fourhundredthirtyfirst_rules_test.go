package extract

import "testing"

// Issue 14's four-hundred-and-thirty-first round: the place of a meeting
// told by "here", "in this city", "in the capital", "at the venue" or a
// building, under a dateline or none (p2618-p2623: an Eritrean agency's
// Asmara talks of 2018, an Indian agency's Tashkent conference of 1966, an
// Afghan broadcaster's undated-line visit of 2018, an Egyptian agency's
// Sharm el-Sheikh signing of 1999, a broadsheet's Belgrade declaration of
// 1955, a Japanese agency's Hyderabad House summit of 2015); each rule
// with sentences of its own.

// "Visiting Chilean Foreign Minister A met President B in the capital and
// discussed Peruvian ...", no dateline: the state after "visiting" is the
// guest's, and the capital is that of the one other state the sentence
// names (namedCapital, guestState, hostAfter; p2620). Two other states
// after it give no host.
func TestVisitingGuestStateIsNotTheCapitals(t *testing.T) {
	rec := run(t, "Minister in talks\nVisiting Chilean Foreign Minister Rosa Varela met President Tomas Ibarra in the capital on Saturday and discussed Peruvian fishing rights.\n", "2011-03-12")
	if m := meetingOf(rec, "Rosa Varela", "Tomas Ibarra"); m == nil || m.Place != "Lima" {
		t.Errorf("want the host's capital, Lima: %s", dump(rec))
	}
	rec = run(t, "Minister in talks\nVisiting Chilean Foreign Minister Rosa Varela met President Tomas Ibarra in the capital on Saturday and discussed Peruvian and Bolivian fishing rights.\n", "2011-03-12")
	if m := meetingOf(rec, "Rosa Varela", "Tomas Ibarra"); m == nil || m.Place == "Santiago" {
		t.Errorf("the guest's capital is no place of the visit: %s", dump(rec))
	}
	rec = run(t, "Minister in talks\nChilean Foreign Minister Rosa Varela met Peruvian President Tomas Ibarra in the capital on Saturday.\n", "2011-03-12")
	if m := meetingOf(rec, "Rosa Varela", "Tomas Ibarra"); m == nil || m.Place != "Lima" {
		t.Errorf("want the last state named, the host's: %s", dump(rec))
	}
}
