package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-thirty-third round: roles of parties in
// bilateral talks with no mediator (p1430-p1435: an Australian broadsheet
// on a seabed treaty signed aboard an aircraft, an American wire on an
// auto pact signed at a president's ranch, a Polish agency on a border
// treaty, a Saudi agency on a border treaty and a state visit, an Indian
// paper on a border peace accord, a Russian agency on a border protocol).
// The batch's roles were all read; the rules below are for the meetings
// and people around them. Each has sentences of its own.

// "TOWN, Ore., Sept. 9 (AP) --": American wire copy writes the state's
// abbreviation, with its period, between the town and the day, and the
// month abbreviated with one too (datedRegion, abbreviationPeriod,
// capitalsDateline, mention/dateline.go; p1431). The town is the
// dateline's place, known to the gazetteer or not. The negative case: a
// town and its state opening the story's first clause with no day after
// them is no dateline, and the meeting keeps the place its sentence names.
func TestWireDatelineStateAbbreviation(t *testing.T) {
	for _, c := range []struct{ lead, want string }{
		{"GRANTSVILLE, Ore., Sept. 9 (AP) -- ", "Grantsville"},
		{"PORTLAND, Ore., Sept. 9 (AP) -- ", "Portland"},
		{"GRANTSVILLE, N.M., Sept. 9 (AP) -- ", "Grantsville"},
	} {
		rec := corefRecord(t, "Leaders sign fishing pact\n"+c.lead+"Borvian President Tomas Velk and Cardian President Anna Mirov held talks today on fishing rights.")
		m := meetingWith(rec, "Tomas Velk", "Anna Mirov")
		if m == nil || m.Place != c.want {
			t.Errorf("%q: want the talks in %s: %s", c.lead, c.want, dump(rec))
		}
	}
	rec := corefRecord(t, "Leaders sign fishing pact\nGRANTSVILLE, Ore., a logging town of 900, has waited for news since Borvian President Tomas Velk and Cardian President Anna Mirov met in Lisbon on Tuesday.")
	if m := meetingWith(rec, "Tomas Velk", "Anna Mirov"); m == nil || m.Place != "Lisbon" {
		t.Errorf("no dateline: want the meeting in Lisbon: %s", dump(rec))
	}
}

// "Prince Sultan bin X": a title word right before a patronymic
// particle is the given name it joins, not a title (givenNameBeforePatronym,
// mention/classify.go, lexicon patronymParticles; p1433). The negative
// case: "Sultan Y bin X" has a name word after the title, which stays a
// title.
func TestTitleWordBeforePatronymIsGivenName(t *testing.T) {
	rec := corefRecord(t, "King receives minister\nKing Omar of Kesland met Defence Minister Prince Sultan bin Kadar in Koram on Tuesday.")
	if actorNamed(rec, "Sultan bin Kadar") == nil || meetingWith(rec, "Omar", "Sultan bin Kadar") == nil {
		t.Errorf("want Sultan bin Kadar met: %s", dump(rec))
	}
	if actorNamed(rec, "Kadar") != nil {
		t.Errorf("want no bare Kadar: %s", dump(rec))
	}
	rec = corefRecord(t, "Sultan receives envoy\nSultan Hamad bin Kadar met the Borvian envoy Tomas Velk in Koram on Tuesday.")
	if actorNamed(rec, "Hamad bin Kadar") == nil || actorNamed(rec, "Sultan Hamad bin Kadar") != nil {
		t.Errorf("title before a given name: want Hamad bin Kadar: %s", dump(rec))
	}
}

// "the Chief Minister of the Northern Territory, X": the lone word after
// "of the" and a compass word is the rest of a region's name, not a person,
// as after "of" alone (ofRegion, mention/classify.go; p1430). The
// negative case: the post's holder named after the comma is still read
// and met.
func TestOfTheCompassRegionIsNoPerson(t *testing.T) {
	for _, region := range []string{"the Northern Territory", "the Western Cape"} {
		rec := corefRecord(t, "Minister visits north\nBorvian Foreign Minister Tomas Velk paid a courtesy call on the Chief Minister of "+region+", Mr Piet Oster, on Tuesday.")
		if meetingWith(rec, "Tomas Velk", "Piet Oster") == nil {
			t.Errorf("%s: want Velk with Oster: %s", region, dump(rec))
		}
		for _, a := range rec.Actors {
			if a.Name == "Territory" || a.Name == "Cape" {
				t.Errorf("%s: want no person %q: %s", region, a.Name, dump(rec))
			}
		}
	}
}

// "A and B signed the treaty aboard an aircraft": a craft holds the
// signatories together, an encounter of its own as a ceremony is, though
// the sentence names no place or day (signedAboard, meeting/aboard.go,
// lexicon craftNouns; p1430). The negative cases: "aboard" in a clause of
// its own ("which lets inspectors aboard each other's ships", "and then
// flew home aboard a jet") tells no venue of the signing.
func TestSignedAboardCraftIsAMeeting(t *testing.T) {
	lead := "Ministers sign sea treaty\n"
	for _, s := range []string{
		"Borvian Foreign Minister Tomas Velk and his Cardian counterpart, Anna Mirov, signed the seabed treaty aboard an aircraft flying over the strait.",
		"Borvian Foreign Minister Tomas Velk and his Cardian counterpart, Anna Mirov, put their names to the seabed treaty on board a navy cruiser.",
	} {
		rec := corefRecord(t, lead+s)
		if meetingWith(rec, "Tomas Velk", "Anna Mirov") == nil {
			t.Errorf("want Velk and Mirov met: %s\n%s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Borvian Foreign Minister Tomas Velk and his Cardian counterpart, Anna Mirov, signed the seabed treaty, which lets inspectors aboard each other's ships.",
		"Borvian Foreign Minister Tomas Velk and his Cardian counterpart, Anna Mirov, signed the seabed treaty and then flew home aboard a jet.",
	} {
		rec := corefRecord(t, lead+s)
		if meetingWith(rec, "Tomas Velk", "Anna Mirov") != nil {
			t.Errorf("want no meeting: %s\n%s", s, dump(rec))
		}
	}
}

// "in the presence of the two Prime Ministers": a plural description
// whose post the paper capitalizes stands for the people just met as
// "the two prime ministers" does (titledPlural, coref/coref.go; p1434);
// and states the clause names beside such a description are what the
// people talked about, not more participants (meeting/meetings.go,
// argued; p1085). The negative case: the description named in apposition
// ("the two Foreign Ministers, A and B") is its own people, not those met
// before.
func TestCapitalizedPluralDescription(t *testing.T) {
	lead := "Kesland, Morvia sign accord\n"
	rec := corefRecord(t, lead+"The Prime Minister, Mr. Arun Dev, held talks with the Morvian Premier, Mr. Tomas Varga, on Tuesday. The agreement was signed by the Minister of State, Mr. Ravi Nath, and the Vice-Minister, Mr. Jan Holt, in the presence of the two Prime Ministers.")
	if meetingWith(rec, "Arun Dev", "Ravi Nath") == nil || meetingWith(rec, "Tomas Varga", "Jan Holt") == nil {
		t.Errorf("want the prime ministers at the signing: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Mr. Arun Dev had a further talk with Mr. Tomas Varga in Koram this afternoon. It is understood that the two Prime Ministers discussed the recent agreement between Kesland and Morvia on trade.")
	if meetingWith(rec, "Arun Dev", "Kesland") != nil || meetingWith(rec, "Kesland", "Morvia") != nil {
		t.Errorf("want no states among the prime ministers' talks: %s", dump(rec))
	}
	if meetingWith(rec, "Arun Dev", "Tomas Varga") == nil {
		t.Errorf("want Dev with Varga: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The Prime Minister, Mr. Arun Dev, held talks with the Morvian Premier, Mr. Tomas Varga, on Tuesday. The agreement was signed by Mr. Ravi Nath and Mr. Jan Holt in the presence of the two Foreign Ministers, Ana Lind and Piet Oster.")
	if meetingWith(rec, "Arun Dev", "Ravi Nath") != nil {
		t.Errorf("apposition: want the foreign ministers, not the prime ministers: %s", dump(rec))
	}
}

// "the KMV Ranch": a named ranch is an estate where leaders host guests,
// no person (lexicon nonActorHeads; p1431). The negative case: the
// leaders who signed there are still read and met.
func TestNamedRanchIsNoPerson(t *testing.T) {
	rec := corefRecord(t, "Velk, Mirov Sign Auto Trade Pact at Ranch\n\nKORAM, Jan. 16 (AP) -- President Velk and Swedish Prime Minister Anna Mirov signed a trade pact today that will remove tariffs on new cars and original parts crossing the border between the two countries.\nThe signing took place in the living room of the KMV Ranch after two days of talks between the leaders, with Secretary of State Piet Oster and Sweden's External Affairs Secretary Jan Holt sitting in.")
	if actorNamed(rec, "KMV Ranch") != nil {
		t.Errorf("want no person KMV Ranch: %s", dump(rec))
	}
	if meetingWith(rec, "Velk", "Anna Mirov") == nil {
		t.Errorf("want Velk with Mirov: %s", dump(rec))
	}
}
