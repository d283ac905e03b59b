package extract

import (
	"strings"
	"testing"
)

// Issue 14's two-hundred-and-fifty-fourth round: who met whom when the
// participants are told across sentences and clauses (p1556-p1561: a
// premier's visit begun with an airport welcome and told by a wire from
// the capital, a news agency's talks with each side's attendants listed
// after them, an old broadsheet's talks in a hill town, a president
// greeted on landing and received the next morning, a vice-president's
// calls at an inauguration, a local paper's tour of two neighbours);
// each rule with sentences of its own, published on corefPub (Tuesday,
// 6 May 2025).

// A second predicate of the arrival's subject told in the passive with a
// place or time phrase before its agent — "arrived in X and was greeted
// at the airport by C", "was met on the tarmac by C" — shares the
// subject, as "and was received by C" does (frame.agentPastSpot; p1559).
// The negative case: the phrase opened by "in" ("praised in a statement
// by C") is no spot of a reception, and C joins no meeting.
func TestPassiveReceptionPastSpot(t *testing.T) {
	for _, tail := range []string{
		"was greeted at the airport by Foreign Minister Anna Sorel.",
		"was met on the tarmac by Trade Minister Anna Sorel.",
		"was welcomed at Humberto Delgado Airport by Foreign Minister Anna Sorel.",
	} {
		text := "Visit\n\nPresident Karl Ostrow of Arland arrived in Lisbon late on Monday and " + tail
		rec := corefRecord(t, text)
		if !metPair(rec, "Karl Ostrow", "Anna Sorel") {
			t.Errorf("%q: want Ostrow and Sorel met: %s", text, dump(rec))
		}
	}
	neg := "Visit\n\nPresident Karl Ostrow of Arland met Prime Minister Ivo Marek in Lisbon on Monday and was praised in a statement by opposition leader Anna Sorel."
	rec := corefRecord(t, neg)
	if metPair(rec, "Karl Ostrow", "Anna Sorel") || metPair(rec, "Ivo Marek", "Anna Sorel") {
		t.Errorf("%q: want Sorel at no meeting: %s", neg, dump(rec))
	}
	if !metPair(rec, "Karl Ostrow", "Ivo Marek") {
		t.Errorf("%q: want Ostrow and Marek met: %s", neg, dump(rec))
	}
}

// A pronoun's reception at the spot of arrival ("He was met at the
// airport by C", "on the tarmac") right after a sentence that brings the
// pronoun's person to a city on a day is in that city, not the
// dateline's, and on that day, not the lead's (greetedOnArrival,
// meeting/pronounarrival.go; p1556, p1561). The negative case: a
// reception that tells its own day ("met at the airport on Thursday")
// keeps it.
func TestReceptionOnArrivalTakesArrivalDay(t *testing.T) {
	lead := "Visit\n\nLISBON, May 6 (Wire) - President Karl Ostrow of Arland held talks with Prime Minister Ivo Marek in Lisbon on Friday.\n\nOstrow arrived in Porto on Wednesday. "
	for _, c := range []string{
		"He was met at the airport by Foreign Minister Anna Sorel.",
		"He was welcomed on the tarmac by Foreign Minister Anna Sorel, and later called on Mayor Rui Lemos.",
	} {
		rec := corefRecord(t, lead+c)
		m := meetingWith(rec, "Karl Ostrow", "Anna Sorel")
		if m == nil || m.Date != "2025-04-30" || m.Place != "Porto" {
			t.Errorf("%q: want the reception in Porto on 2025-04-30: %s", c, dump(rec))
		}
	}
	neg := "He was met at the airport on Thursday by Foreign Minister Anna Sorel."
	rec := corefRecord(t, lead+neg)
	if m := meetingWith(rec, "Karl Ostrow", "Anna Sorel"); m == nil || m.Date != "2025-05-01" {
		t.Errorf("%q: want the reception on its own day: %s", neg, dump(rec))
	}
}

// "called on" before a title opened by lower-case modifiers ("called on
// outgoing President X", "called on the former Prime Minister X") is a
// visit, as "called on President X" is (pastLowerMods, meeting/meetings.go;
// p1560). The negative case: "called on outgoing Prime Minister X to
// resign" is an appeal, no visit.
func TestCalledOnModifiedTitle(t *testing.T) {
	lead := "Visit\n\nLISBON, May 6 (Wire) - President Karl Ostrow of Arland arrived in Lisbon on Monday. Later that day, Ostrow called on "
	for _, obj := range []string{"outgoing Prime Minister Ivo Marek at his office.", "the former Prime Minister Ivo Marek at his home."} {
		rec := corefRecord(t, lead+obj)
		if !metPair(rec, "Karl Ostrow", "Ivo Marek") {
			t.Errorf("%q: want Ostrow and Marek met: %s", obj, dump(rec))
		}
	}
	neg := "outgoing Prime Minister Ivo Marek to resign."
	rec := corefRecord(t, lead+neg)
	if metPair(rec, "Karl Ostrow", "Ivo Marek") {
		t.Errorf("%q: want no meeting: %s", neg, dump(rec))
	}
}

// "the visiting Prime Minister", the post capitalised as readouts write
// it, stands for the visitor told arriving before, as "the visiting prime
// minister" does (visitingTitleWord, coref/visitor.go; p1557). The
// negative case: "the visiting Borvian Prime Minister Tomas Vell" names
// another person, who is not the visitor told before.
func TestVisitingCapitalisedTitle(t *testing.T) {
	lead := "Visit\n\nLISBON, May 6 (Wire) - Prime Minister Karl Ostrow of Arland arrived in Lisbon on Thursday for a three-day official visit. "
	for _, c := range []string{
		"On Friday, the visiting Prime Minister paid a brief courtesy call to President Emil Dorn.",
		"On Friday, the visiting Prime Minister met President Emil Dorn at the palace.",
	} {
		rec := corefRecord(t, lead+c)
		if !metPair(rec, "Karl Ostrow", "Emil Dorn") {
			t.Errorf("%q: want Ostrow and Dorn met: %s", c, dump(rec))
		}
	}
	neg := "On Friday, the visiting Borvian Prime Minister Tomas Vell met President Emil Dorn at the palace."
	rec := corefRecord(t, lead+neg)
	if metPair(rec, "Karl Ostrow", "Emil Dorn") || !metPair(rec, "Tomas Vell", "Emil Dorn") {
		t.Errorf("%q: want Vell, not Ostrow, met Dorn: %s", neg, dump(rec))
	}
}

// The subject of an arrival set off from its verb by a participle's aside
// — "A, leading a delegation to the inauguration of B, arrived in X" — is
// A, not B named last in the aside, so "He was greeted at the airport by
// C" in the next sentence is in X (participleOpening, meeting/frames.go;
// p1560). The negative case: B, named inside the aside, is not the one
// greeted.
func TestArrivalSubjectPastParticipleAside(t *testing.T) {
	text := "Visit\n\nOffice of the President - May 6, 2025\n\nVice President Karl Ostrow, leading a small delegation to the inauguration of Borvian President Tomas Vell, arrived in Lisbon on the afternoon of May 3 after a stopover in Paris. He was greeted at Portela Airport by Foreign Minister Anna Sorel."
	rec := corefRecord(t, text)
	if m := meetingWith(rec, "Karl Ostrow", "Anna Sorel"); m == nil || m.Place != "Lisbon" || m.Date != "2025-05-03" {
		t.Errorf("want the greeting in Lisbon on 2025-05-03: %s", dump(rec))
	}
	if metPair(rec, "Tomas Vell", "Anna Sorel") {
		t.Errorf("want Vell not greeted: %s", dump(rec))
	}
}

// Inverted lists of those at the talks told before, in the shapes of
// readouts and wire copy: "Attending the talks (from X side) were A and
// B", "From Y side there were C and D" (attendedSittingObject,
// fromSideThereWere; p1557), "Seated with X were A and B", "At the far end
// of the table sat Y, flanked by C and D" (seatedWithName,
// otherSideOfTable; p1556), all in roster.go. The negative cases:
// "Attending the funeral were" names no sitting, and "Seated with
// reporters were" no person, so nobody joins the talks.
func TestInvertedSittingLists(t *testing.T) {
	lead := "Talks\n\nLISBON, May 6 (Wire) - Prime Minister Karl Ostrow held talks with Borvian Prime Minister Tomas Vell in Lisbon on Friday. "
	for _, c := range []struct {
		text   string
		joined []string
	}{
		{"Attending the talks from Arland side were Foreign Minister Anna Sorel and Trade Minister Piet Lund. From Borvian side there were Finance Minister Jan Hollis and Interior Minister Ivo Marek.", []string{"Anna Sorel", "Piet Lund", "Jan Hollis", "Ivo Marek"}},
		{"Attending the talks were Foreign Minister Anna Sorel and Trade Minister Piet Lund.", []string{"Anna Sorel", "Piet Lund"}},
		{"Seated with Ostrow were Foreign Minister Anna Sorel and Trade Minister Piet Lund. At the far end of the table sat Vell, flanked by Finance Minister Jan Hollis and Interior Minister Ivo Marek.", []string{"Anna Sorel", "Piet Lund", "Jan Hollis", "Ivo Marek"}},
	} {
		rec := corefRecord(t, lead+c.text)
		for _, p := range c.joined {
			if !metPair(rec, "Karl Ostrow", p) || !metPair(rec, "Tomas Vell", p) {
				t.Errorf("%q: want %s at the talks: %s", c.text, p, dump(rec))
			}
		}
	}
	for _, neg := range []string{
		"Attending the funeral were Foreign Minister Anna Sorel and Trade Minister Piet Lund.",
		"Seated with reporters were Foreign Minister Anna Sorel and Trade Minister Piet Lund.",
	} {
		rec := corefRecord(t, lead+neg)
		if metPair(rec, "Karl Ostrow", "Anna Sorel") {
			t.Errorf("%q: want Sorel at no meeting: %s", neg, dump(rec))
		}
	}
}

// A list after a sentence that retells the talks with their city ("The
// talks in Lisbon lasted three hours") joins the talks in that city, not a
// reception told between them (retoldSittingCity, roster.go; p1556). The
// negative case: with no city in the retelling, the list joins the
// meeting told last, as before.
func TestListAfterRetoldSittingCity(t *testing.T) {
	text := "Talks\n\nLISBON, May 6 (Wire) - Prime Minister Karl Ostrow held talks with Borvian Prime Minister Tomas Vell in Lisbon on Monday.\n\nVell arrived in Porto on Saturday. He was met at the airport by Mayor Rui Lemos.\n\nThe talks in Lisbon lasted nearly three hours. Seated with Ostrow were Foreign Minister Anna Sorel and Trade Minister Piet Lund."
	rec := corefRecord(t, text)
	if !metPair(rec, "Tomas Vell", "Anna Sorel") || metPair(rec, "Rui Lemos", "Anna Sorel") {
		t.Errorf("want Sorel at the Lisbon talks, not the airport: %s", dump(rec))
	}
	neg := strings.Replace(text, "The talks in Lisbon lasted", "The talks lasted", 1)
	rec = corefRecord(t, neg)
	if !metPair(rec, "Rui Lemos", "Anna Sorel") {
		t.Errorf("want the list on the meeting told last: %s", dump(rec))
	}
}

// A name closed by the noun of a public venue ("toured Lisbon Zoo",
// "visited the Gulbenkian Museum") is no person (namedVenueHeads,
// mention/classify.go; p1556), and the city in it stays a city for the
// arrival told before. The negative case: a person's name is kept.
func TestNamedVenueIsNoPerson(t *testing.T) {
	text := "Visit\n\nPremier Karl Ostrow of Arland met Mayor Rui Lemos in Lisbon on Monday. On Sunday the visiting premier toured Lisbon Zoo with Mayor Rui Lemos."
	rec := corefRecord(t, text)
	if hasPerson(rec, "Lisbon Zoo") {
		t.Errorf("want no person Lisbon Zoo: %s", dump(rec))
	}
	if !hasPerson(rec, "Rui Lemos") || !hasPerson(rec, "Karl Ostrow") {
		t.Errorf("want the people kept: %s", dump(rec))
	}
}

// A headline that puts the talks in the dateline's city ("Premier wraps
// up talks in X after pandas and wine in Y") keeps the lead's meeting
// there; Y, named later in it, is an earlier stop (headlineMeetingCity,
// meeting/places.go; p1556). The negative case: a headline whose only
// meeting city is another keeps putting the meeting there.
func TestHeadlineDatelineCityFirst(t *testing.T) {
	body := "\n\nLISBON, May 6 (Wire) - Premier Karl Ostrow of Arland held talks with Prime Minister Ivo Marek on Monday.\n\nOstrow toured wine cellars on Saturday."
	for _, c := range []struct{ title, place string }{
		{"Ostrow wraps up talks in Lisbon after port and pastries in Porto", "Lisbon"},
		{"Ostrow holds talks in Porto", "Porto"},
	} {
		rec := corefRecord(t, c.title+body)
		if m := meetingWith(rec, "Karl Ostrow", "Ivo Marek"); m == nil || m.Place != c.place {
			t.Errorf("%q: want the talks in %s: %s", c.title, c.place, dump(rec))
		}
	}
}

// A host who chairs or hosts a welcome ceremony "for" a guest receives
// the guest, as a host of a luncheon for a guest does, and "the two Prime
// Ministers" who then hold talks are those two (welcomeCeremonyGuest,
// meeting/addresses.go; p1557). The negative case: "attended the welcome
// ceremony for X" names no host.
func TestWelcomeCeremonyForGuest(t *testing.T) {
	for _, c := range []string{
		"Prime Minister Karl Ostrow chaired the official welcome ceremony for Borvian Prime Minister Tomas Vell at the Presidential Palace in Lisbon on May 5, after which the two Prime Ministers held formal talks.",
		"Prime Minister Karl Ostrow hosted a welcoming ceremony for Borvian Prime Minister Tomas Vell in Lisbon on May 5.",
	} {
		rec := corefRecord(t, "Talks\n\nLisbon (ANA) - "+c)
		if m := meetingWith(rec, "Karl Ostrow", "Tomas Vell"); m == nil || m.Place != "Lisbon" || m.Date != "2025-05-05" {
			t.Errorf("%q: want Ostrow and Vell met in Lisbon on 2025-05-05: %s", c, dump(rec))
		}
	}
	neg := "Prime Minister Karl Ostrow attended the welcome ceremony for Borvian Prime Minister Tomas Vell in Lisbon on May 5."
	rec := corefRecord(t, "Talks\n\nLisbon (ANA) - "+neg)
	if metPair(rec, "Karl Ostrow", "Tomas Vell") {
		t.Errorf("%q: want no meeting: %s", neg, dump(rec))
	}
}

// A pronoun opening the sentence after one whose subject is the visitor
// described ("the visiting Prime Minister paid a brief courtesy call to X")
// stands for the visitor, not X named after the description
// (visitorBeforePerson, coref/coref.go; p1557). The negative case: when
// the sentence names X first, as its subject, the pronoun is X.
func TestPronounAfterVisitorSubject(t *testing.T) {
	lead := "Talks\n\nLISBON, May 6 (Wire) - Prime Minister Karl Ostrow of Arland arrived in Lisbon on Thursday for a three-day official visit. "
	text := lead + "On Friday, the visiting Prime Minister paid a brief courtesy call to President Emil Dorn. He then met with Parliament Chairman Otto Brand."
	rec := corefRecord(t, text)
	if !metPair(rec, "Karl Ostrow", "Otto Brand") || metPair(rec, "Emil Dorn", "Otto Brand") {
		t.Errorf("want Ostrow, not Dorn, met Brand: %s", dump(rec))
	}
	neg := lead + "On Friday, President Emil Dorn received the visiting Prime Minister. He then met with Parliament Chairman Otto Brand."
	rec = corefRecord(t, neg)
	if !metPair(rec, "Emil Dorn", "Otto Brand") {
		t.Errorf("want Dorn met Brand: %s", dump(rec))
	}
}

// A send-off at the spot of departure told by a pronoun ("He was seen off
// at the airport by Z") after a sentence in which its person leaves a
// city ("The prime minister had left X on Sunday") is in the
// city left, on that day, not where the trip went (pronounDeparture,
// meeting/pronounarrival.go; p1325). The negative case: a city the person
// did not leave ("had flown over X") lends nothing.
func TestSendOffInCityLeft(t *testing.T) {
	lead := "Visit\n\nLISBON, May 6 (Wire) - Prime Minister Karl Ostrow of Arland held talks with Prime Minister Ivo Marek in Lisbon on Monday.\n\n"
	text := lead + "Prime Minister Karl Ostrow had left Porto on Sunday. He was seen off at the airport by Mayor Rui Lemos."
	rec := corefRecord(t, text)
	if m := meetingWith(rec, "Karl Ostrow", "Rui Lemos"); m == nil || m.Place != "Porto" || m.Date != "2025-05-04" {
		t.Errorf("want the send-off in Porto on 2025-05-04: %s", dump(rec))
	}
	neg := lead + "Prime Minister Karl Ostrow had flown over Porto on Sunday. He was seen off at the airport by Mayor Rui Lemos."
	rec = corefRecord(t, neg)
	if m := meetingWith(rec, "Karl Ostrow", "Rui Lemos"); m != nil && m.Place == "Porto" {
		t.Errorf("want no send-off in Porto: %s", dump(rec))
	}
}

// A person named in a sentence's opening "According to ..." phrase, past
// an apposition ("According to a note signed by the Presidential
// Spokesperson, Mr X, Mr Y told his hosts ..."), is the report's source,
// not at the meeting it reports (accordingAdjunctEnd, args/participants.go;
// p1561). The negative case: a person named after the phrase, in the
// main clause, still met.
func TestAccordingToSourceNotAtMeeting(t *testing.T) {
	lead := "Talks\n\nBy Staff Reporter\n\nPresident Karl Ostrow arrived in Lisbon on Saturday and held closed-door talks with President Tomas Vell at the palace. "
	text := lead + "According to a note signed by the Presidential Spokesperson, Mr Otto Brand, Mr Ostrow told his hosts that Arland would stand by them."
	rec := corefRecord(t, text)
	if metPair(rec, "Karl Ostrow", "Otto Brand") {
		t.Errorf("want Brand at no meeting: %s", dump(rec))
	}
	neg := lead + "According to officials, Ostrow met Otto Brand on Sunday."
	rec = corefRecord(t, neg)
	if !metPair(rec, "Karl Ostrow", "Otto Brand") {
		t.Errorf("want Ostrow and Brand met: %s", dump(rec))
	}
}

// A presence list after a sentence that told encounters one after the
// other ("He was received at the airport by A, and later held talks with
// B. Present at the meeting were C and D") is of the sitting told last
// (splitSittingBefore, roster.go; p1561). The negative case: C and D did
// not meet A at the airport.
func TestPresenceAfterSplitSittings(t *testing.T) {
	text := "Talks\n\nBy Staff Reporter\n\nPresident Karl Ostrow arrived in Lisbon on Saturday. He was received at the airport by Prime Minister Ivo Marek, and later held closed-door talks with President Tomas Vell at the palace. Present at the meeting were Foreign Minister Anna Sorel and Foreign Minister Jan Hollis."
	rec := corefRecord(t, text)
	if !metPair(rec, "Tomas Vell", "Anna Sorel") || !metPair(rec, "Karl Ostrow", "Jan Hollis") {
		t.Errorf("want Sorel and Hollis at the talks with Vell: %s", dump(rec))
	}
	if metPair(rec, "Ivo Marek", "Anna Sorel") {
		t.Errorf("want Sorel not at the airport: %s", dump(rec))
	}
	// A sentence of attendance between them: "The talks were attended
	// by C. Also present was D" (p1559).
	text = "Talks\n\nBy Staff Reporter\n\nPresident Karl Ostrow arrived in Lisbon on Saturday. He was received at the airport by Prime Minister Ivo Marek, and later held closed-door talks with President Tomas Vell at the palace. The talks were attended by Foreign Minister Anna Sorel. Also present was Foreign Minister Jan Hollis."
	rec = corefRecord(t, text)
	if !metPair(rec, "Tomas Vell", "Jan Hollis") || metPair(rec, "Ivo Marek", "Jan Hollis") {
		t.Errorf("want Hollis at the talks with Vell: %s", dump(rec))
	}
}

// "Later that day" opening a sentence dates its meeting by the day of the
// last meeting told, past sentences of what was said at it, as "later
// that day" inside a sentence does (sameDayPhrase, meeting/when.go;
// p1560). The negative case: a call told with its own day ("On Monday")
// keeps that day.
func TestLaterThatDayOpening(t *testing.T) {
	lead := "Talks\n\nOffice of the President - May 6, 2025\n\nOn May 2, Vice President Karl Ostrow was received by President-elect Tomas Vell at his office. During the meeting, Ostrow conveyed congratulations. Vell replied that Borvia would remain a friend. "
	rec := corefRecord(t, lead+"Later that day, Vice President Ostrow called on outgoing President Ivo Marek at the palace.")
	if m := meetingWith(rec, "Karl Ostrow", "Ivo Marek"); m == nil || m.Date != "2025-05-02" {
		t.Errorf("want the call on 2025-05-02: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"On Monday, Vice President Ostrow called on outgoing President Ivo Marek at the palace.")
	if m := meetingWith(rec, "Karl Ostrow", "Ivo Marek"); m == nil || m.Date != "2025-05-05" {
		t.Errorf("want the call on its own day: %s", dump(rec))
	}
}
