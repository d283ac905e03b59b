package extract

import "testing"

// Issue 14's four-hundred-and-third round: a stranger's batch of old
// broadsheets and wires, Europe and the Americas, 1900-1960 (p2450-p2455:
// a 1940 wire on a joint defense board agreed in a railway car, a 1925
// broadsheet on treaties initialled at a lakeside conference, a 1936
// report on a president received at a pier, a 1947 wire on a hemisphere
// pact signed in a hill town, a 1934 French agency's wire on two leaders'
// first meeting, a 1908 broadsheet on two sovereigns meeting on their
// yachts); each rule with sentences of its own.

// A town in title case that the gazetteer lists among its smaller places,
// opening the text with a comma and the day in either order ("Town, 16
// October (Agency). -", "Town, Oct. 16 -"), is the dateline's town, and
// the meeting told "today" is held there (datedTitleTown, mention;
// p2454). The negative case: the same town name opening a sentence with
// no date after its comma names no place.
func TestDatedTitleCaseTownIsDateline(t *testing.T) {
	for _, c := range []string{
		"Envoys confer\n\nMontreux, 16 October (Agency). - Sir John Hobart had a long conversation with Pierre Lanvin today.\n",
		"Envoys confer\n\nMontreux, Oct. 16 - Sir John Hobart had a long conversation with Pierre Lanvin today.\n",
		"Envoys confer\n\nBiarritz, 16 October 1931 - Sir John Hobart had a long conversation with Pierre Lanvin today.\n",
	} {
		rec := corefRecord(t, c)
		m := meetingWith(rec, "John Hobart", "Pierre Lanvin")
		if m == nil {
			t.Errorf("%q: want the meeting: %s", c, dump(rec))
			continue
		}
		if m.Place != "Montreux" && m.Place != "Biarritz" {
			t.Errorf("%q: want the dateline's town, got %q: %s", c, m.Place, dump(rec))
		}
	}
	rec := corefRecord(t, "Envoys confer\n\nMontreux, the envoys said, was too small. Sir John Hobart had a long conversation with Pierre Lanvin yesterday.\n")
	if m := meetingWith(rec, "John Hobart", "Pierre Lanvin"); m != nil && m.Place == "Montreux" {
		t.Errorf("no dateline: want no place from the town: %s", dump(rec))
	}
}

// The name after an airfield's noun and "of" ("the aerodrome of X", "the
// air base of Y, near Z") is the field's own name, no person, and the
// meeting told there keeps only its real participants (airfieldOf,
// mention; p2454, p1497).
func TestAirfieldNameIsNoPerson(t *testing.T) {
	for _, c := range []string{
		"Envoys confer\n\nPARIS, June 14 - Sir John Hobart arrived this morning at the aerodrome of San Marcello, where he was received by Pierre Lanvin.\n",
		"Envoys confer\n\nPARIS, June 14 - Sir John Hobart first met Pierre Lanvin today at the Arlandian air base of El Morrito, near Paris.\n",
		"Envoys confer\n\nPARIS, June 14 - Sir John Hobart was welcomed at the airport of San Marcello today by Pierre Lanvin.\n",
	} {
		rec := corefRecord(t, c)
		if hasPerson(rec, "San Marcello") || hasPerson(rec, "El Morrito") {
			t.Errorf("%q: want the airfield's name no person: %s", c, dump(rec))
		}
		if meetingOf(rec, "John Hobart", "Pierre Lanvin") == nil {
			t.Errorf("%q: want the meeting of the two alone: %s", c, dump(rec))
		}
	}
}
