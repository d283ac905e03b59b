package extract

import "testing"

// Issue 14's three-hundred-and-seventy-third round: an untargeted batch
// (p2270-p2275: a non-aggression pact signed at a border, a South
// African agency, 1984; a summit handshake brokered by its host, a
// Spanish agency, 2008; a presidents' phone call, a Kyrgyz agency, 2021;
// a reception at Downing Street, a London broadsheet, 1921; a summit's
// talks and declaration, a Korean agency, 2007; a border accord brokered
// on a summit's sidelines, a U.S. wire, 1975); each rule with sentences
// of its own.

// "was received by the Prime Minister ... Sir X, the Prime Minister of
// Y, is to see ...": a bare title named before any holder does not look
// ahead to a person the story brings in with an apposition giving the
// post a place of its own — that is a second holder, the bare title was
// the home one (actors.introducedOfState; p2273, p2183, where the
// visitor was met by the later-introduced Northern premier). The
// negative case: a holder named later by a plain title before his name
// is still the one the bare title meant.
func TestBareTitleNotOtherPlaceHolder(t *testing.T) {
	for _, place := range []string{"Northern Ireland", "Tasmania"} {
		rec := corefRecord(t, "Talks at the palace\nKORAM, May 3 - Mr. Piet Oster, who heads the rebels, was received by the Prime Minister in the palace this afternoon, and the two talked for an hour. Sir Jan Dorn, the Prime Minister of "+place+", who arrived on Monday, is to see Mr. Karel Vos separately.")
		if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m != nil {
			t.Errorf("%s: the visitor did not meet the premier of another place: %s", place, dump(rec))
		}
	}
	rec := corefRecord(t, "Talks at the palace\nKORAM, May 3 - Mr. Piet Oster, who heads the rebels, was received by the Prime Minister in the palace this afternoon. Later Prime Minister Jan Dorn told reporters the talks were useful.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Status != "held" {
		t.Errorf("want the visitor received by the premier named later: %s", dump(rec))
	}
}

// "in the Dominican capital": a demonym two states share goes to the
// one whose name is built on it, the Dominican Republic, before the
// state whose row comes first (gazetteer.loadCountries; p2271, p1257,
// where summits in Santo Domingo were placed in Roseau). The negative
// case: a text naming the other state's capital keeps it.
func TestSharedDemonymNamesItsNamesake(t *testing.T) {
	rec := corefRecord(t, "Leaders meet\nMay 3 (Reuters) - President Piet Oster and his counterpart Jan Dorn met on Friday in the Dominican capital to sign the accord.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Place != "Santo Domingo" {
		t.Errorf("want the meeting in Santo Domingo: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders meet\nMay 3 (Reuters) - President Piet Oster and his counterpart Jan Dorn met on Friday in Roseau to sign the accord.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Place != "Roseau" {
		t.Errorf("want the meeting in Roseau: %s", dump(rec))
	}
}
