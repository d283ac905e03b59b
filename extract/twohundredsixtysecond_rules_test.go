package extract

import (
	"strings"
	"testing"
)

// Issue 14's two-hundred-and-sixty-second round: a stranger's batch
// (p1604-p1609: three West African leaders meeting in a village, 1959; two
// heads of government meeting for the first time in a New York hotel,
// 1960; a sea-border treaty signed by two prime ministers, an Australian
// paper, Sydney, 1978; two prime ministers fixing the end of a
// federation, a national agency, Brno, 1992; two presidents agreeing on
// embassies, a French agency, Damascus, 2008; a chief adviser's talks on
// a summit's sidelines, a Dhaka daily, Bangkok, 2025); each rule with
// sentences of its own.

// "signed the treaty on the Marren Strait after five years of
// negotiation": a water between coasts, a lagoon or a chain of islands
// is no person, so it neither joins the signing nor the persons
// (nonActorHeads in the lexicon; p1606). The positive case: the two
// leaders who signed are still found.
func TestStraitIsNoPerson(t *testing.T) {
	for _, s := range []string{
		"Mr Oster and Mr Dorn today signed the treaty on the Marren Strait after five years of negotiation.",
		"Mr Oster and Mr Dorn today signed the treaty on the Sella Lagoon after five years of negotiation.",
		"Mr Oster and Mr Dorn today signed the treaty on the Kello Archipelago after five years of negotiation.",
	} {
		rec := corefRecord(t, "Border treaty\nKORAM - "+s)
		for _, w := range []string{"Marren Strait", "Sella Lagoon", "Kello Archipelago"} {
			if hasPerson(rec, w) {
				t.Errorf("%s: a water read as a person: %s", s, dump(rec))
			}
		}
		if !metPair(rec, "Oster", "Dorn") {
			t.Errorf("%s: want Oster with Dorn: %s", s, dump(rec))
		}
	}
}

// "A and B agreed that the union will end next year, the two leaders told
// journalists today after talks in X": the "will" is in the claim the
// trailing speech clause reports, not in the act the talks precede, so
// the talks were held and are the two's (meeting.futureBefore; p1607).
// The negative cases: "will sign the accord after talks" is still an act
// to come, and with no speech clause the "will" of the complement still
// counts.
func TestFutureClaimBeforeTrailingSpeech(t *testing.T) {
	for _, s := range []string{
		"Piet Oster and Jan Dorn agreed that the union will end next year, the two leaders told journalists today after talks in Koram.",
		"Piet Oster and Jan Dorn agreed that the union will end next year, they said today after talks in Koram.",
	} {
		rec := corefRecord(t, "Union to end\nKORAM - "+s)
		m := meetingOf(rec, "Piet Oster", "Jan Dorn")
		if m == nil || m.Status != "held" || m.Place != "Koram" {
			t.Errorf("%s: want a held meeting in Koram: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Piet Oster and Jan Dorn will sign the accord after talks in Koram.",
		"Piet Oster and Jan Dorn agreed that the union will end after talks in Koram.",
	} {
		rec := corefRecord(t, "Union to end\nKORAM - "+s)
		if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m != nil && m.Status == "held" {
			t.Errorf("%s: a meeting to come read as held: %s", s, dump(rec))
		}
	}
}

// "An earlier meeting of the two leaders, in X last month, ...", "The
// two prime ministers are to hold further talks in Y": a description of
// a post far from the lead, with no nearer reading, stands for the
// people the lead names with that post when just that many hold it
// (coref.leadHolders; p1607, and in the harm check p847, p785, p940 and
// planned meetings of p1077, p272, p842). The negative case: a third
// prime minister in the lead leaves "the two prime ministers" unread.
func TestDescriptionFarFromLeadIsPrincipals(t *testing.T) {
	story := "Union talks\nKORAM, Aug 27 - Borvian Prime Minister Piet Oster and Arlander Prime Minister Jan Dorn agreed on Wednesday on a date for the end of the union after talks in Koram.\n" +
		"Oster said the parliament would pass a law on the split by the end of September.\n" +
		"Dorn said the two republics would keep a customs union for a time.\n" +
		"Opposition parties criticised the agreement.\n" +
		"The regional assembly last week passed a motion on the shared currency.\n"
	rec := corefRecord(t, story+"The two prime ministers are to hold further talks in Velm in early September.")
	m := meetingOf(rec, "Piet Oster", "Jan Dorn")
	if m == nil {
		t.Fatalf("want the lead's meeting: %s", dump(rec))
	}
	found := false
	for _, mm := range rec.Meetings {
		if mm.Place == "Velm" && mm.Status == "planned" && len(mm.Participants) == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("want the two prime ministers' planned meeting in Velm: %s", dump(rec))
	}
	rec = corefRecord(t, story+"An earlier meeting of the two leaders, in Velm last month, settled only a timetable.")
	found = false
	for _, mm := range rec.Meetings {
		if mm.Place == "Velm" && mm.Status == "held" && len(mm.Participants) == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("want the two leaders' earlier meeting in Velm: %s", dump(rec))
	}
	three := strings.Replace(story, "Arlander Prime Minister Jan Dorn", "Arlander Prime Minister Jan Dorn, with Union Prime Minister Ed Vask,", 1)
	rec = corefRecord(t, three+"The two prime ministers are to hold further talks in Velm in early September.")
	for _, mm := range rec.Meetings {
		if mm.Place == "Velm" {
			t.Errorf("three prime ministers in the lead: the two read anyway: %s", dump(rec))
		}
	}
}

// "X, on the first visit by a head of state to Y since 2005, held talks
// with Z": "first" after a determiner ranks the visit, it is not the
// adverb of "first met", and a date after "since" in that record phrase
// does not time the talks, so the talks are a scene of the day the lead
// dates (meeting.priorEvent, recordDates; p1608, and in the harm check
// p1279, p1415, p1585, p80). The negative case: "who first met Y in 2005"
// keeps its own year.
func TestRecordPhraseKeepsStoryDay(t *testing.T) {
	lead := "Ties agreed\nKORAM, May 6 (AFP) - Borvia and Arland agreed on Tuesday to establish diplomatic relations, during a visit by Arlander President Jan Dorn to Koram.\n"
	for _, s := range []string{
		"Dorn, on the first visit by an Arlander head of state to Borvia since 2005, held talks with President Piet Oster at the palace.",
		"Dorn, on his first trip to Borvia, held talks with President Piet Oster at the palace.",
	} {
		rec := corefRecord(t, lead+s)
		m := meetingOf(rec, "Jan Dorn", "Piet Oster")
		if m == nil || m.Date != "2025-05-06" {
			t.Errorf("%s: want the talks on the lead's day: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"Dorn, who first met Piet Oster in 2005, held talks with President Piet Oster at the palace.")
	if m := meetingOf(rec, "Jan Dorn", "Piet Oster"); m != nil && m.Date == "2025-05-06" {
		t.Errorf("a meeting told as first held in 2005 read as the lead's day: %s", dump(rec))
	}
}

// "The ceremony took place at the offices in X in the presence of A and
// B": a sentence whose subject is the signing occasion just told and
// whose verb tells it happened puts those named after "in the presence
// of" at the signing (extract.presenceAtSigning; p1606, p979). The
// negative case: "took place in the presence of" after another subject
// ("The clashes took place ...") seats no one at the signing.
func TestPresenceAtSigningCeremony(t *testing.T) {
	lead := "Treaty signed\nKORAM, Monday. -- Piet Oster and Jan Dorn today signed the treaty on the border.\n"
	for _, s := range []string{
		"The ceremony took place at the parliament building in Koram in the presence of the Interior Minister, Mr Ed Vask, and the Arlander Fisheries Minister, Mr Bo Lune, who had drafted the text.",
		"The signing ceremony was held at the palace in the presence of Ed Vask and Bo Lune.",
	} {
		rec := corefRecord(t, lead+s)
		if !metPair(rec, "Piet Oster", "Ed Vask") || !metPair(rec, "Jan Dorn", "Bo Lune") {
			t.Errorf("%s: want the witnesses at the signing: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"The clashes took place near the border in the presence of Ed Vask and Bo Lune.")
	if metPair(rec, "Piet Oster", "Ed Vask") {
		t.Errorf("a presence at another event read as at the signing: %s", dump(rec))
	}
}

// "in a hotel suite in midtown Manhattan", "at the mission in Brooklyn":
// "midtown" names a part of the city after "in" as "downtown" does
// (cityQuarters), and a borough is read as the city that holds it, which
// the record names (gazetteer boroughsOfCities; p1605, p1454, p778). The
// negative case: a city named outright keeps its own name.
func TestBoroughIsItsCity(t *testing.T) {
	for _, s := range []string{
		"Piet Oster and Jan Dorn met on Sunday, for the second time this year, in a borrowed apartment in midtown Manhattan.",
		"Piet Oster and Jan Dorn met yesterday at the mission in Brooklyn.",
	} {
		rec := corefRecord(t, "Leaders meet\n"+s)
		m := meetingOf(rec, "Piet Oster", "Jan Dorn")
		if m == nil || !strings.HasPrefix(m.Place, "New York") {
			t.Errorf("%s: want the meeting in New York: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, "Leaders meet\nPiet Oster and Jan Dorn met yesterday at a hotel in downtown Chicago.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Place != "Chicago" {
		t.Errorf("want the meeting in Chicago: %s", dump(rec))
	}
}
