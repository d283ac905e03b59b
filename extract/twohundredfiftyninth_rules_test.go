package extract

import (
	"testing"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-fifty-ninth round: a stranger's batch
// (p1586-p1591: two presidents signing an act of economic union, an old
// wire, Santiago, 1953; a president's visit and talks on gas, a U.S.
// wire, Mexico City, 1979; two leaders signing a unity agreement, a Gulf
// agency, Aden, 1989; a prime minister's first visit and a handshake in
// a tent, a British broadsheet, Tripoli, 2004; a prime minister's talks
// with a president and a premier to come, an Australian paper, Beijing,
// 2023; talks aboard a warship ending without agreement, an old
// broadsheet, Gibraltar, 1968); each rule with sentences of its own.

// "aboard the frigate H.M.S. Valiant": a ship's prefix opens its name and
// ends no sentence, so the talks' sentence keeps both its people and its
// verb (abbreviations in the lexicon; p1591). The negative case: the
// ship's name is no person.
func TestShipPrefixEndsNoSentence(t *testing.T) {
	for _, s := range []string{
		"The talks between Mr. Piet Oster and Mr. Jan Dorn aboard the frigate H.M.S. Valiant ended in Koram on Sunday without agreement.",
		"The talks between Piet Oster and Jan Dorn on board the U.S.S. Tarrant ended in Koram on Sunday.",
	} {
		rec := corefRecord(t, "Talks end\nKORAM - "+s)
		if !metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%s: want Oster with Dorn: %s", s, dump(rec))
		}
		if hasPerson(rec, "Valiant") || hasPerson(rec, "Tarrant") {
			t.Errorf("%s: a ship read as a person: %s", s, dump(rec))
		}
	}
}

// "will sit down with B on Thursday": the base form of "sit" before a
// sitTails word is an encounter to come, dated forward (meeting.sitForm;
// p1590, where only the sentence's later "for the annual leaders'
// meeting" was read, and held on the Tuesday before). "before sitting
// down with C and D": the participle before "down" is an encounter of
// its own (meeting.sittingDown; p1529 in the harm check). The negative
// cases: "sit in parliament" is no encounter, and "held their final
// sitting" keeps its session.
func TestSitDownForms(t *testing.T) {
	rec := corefRecord(t, "Leaders to meet\nKORAM - Borvian President Piet Oster will sit down with Arlander Prime Minister Jan Dorn in Koram on Thursday.")
	m := meetingOf(rec, "Piet Oster", "Jan Dorn")
	if m == nil || m.Status != "planned" || m.Date != "2025-05-08" {
		t.Errorf("want a planned meeting on 2025-05-08: %s", dump(rec))
	}
	rec = corefRecord(t, "Ranch talks\nKORAM - Piet Oster and Jan Dorn talked for hours at the ranch in Koram on Monday before sitting down with Foreign Minister Ana Vel and Interior Minister Bo Kram.")
	if !metPair(rec, "Ana Vel", "Bo Kram") {
		t.Errorf("want the ministers met: %s", dump(rec))
	}
	rec = corefRecord(t, "Deputies\nKORAM - Piet Oster will sit in parliament with Jan Dorn from Thursday.")
	if meetingOf(rec, "Piet Oster", "Jan Dorn") != nil {
		t.Errorf("a seat in parliament read as a meeting: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks end\nKORAM - Piet Oster and Jan Dorn held their final sitting this evening at the Chancellor's Lodge in Koram.")
	if !metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("want the last sitting kept: %s", dump(rec))
	}
}

// "X yesterday became the first Borvian president to visit Arland,
// meeting Y": the infinitive after a record phrase that a past copula
// predicates tells what X did, so the meeting is held
// (meeting.firstToDone; p1589). The negative case: a record still to
// come ("will become the first ... to visit") stays planned.
func TestFirstToVisitHeld(t *testing.T) {
	rec := corefRecord(t, "Historic visit\nKORAM - Piet Oster yesterday became the first Borvian president to visit Arland, holding talks with President Jan Dorn in Koram.")
	m := meetingOf(rec, "Piet Oster", "Jan Dorn")
	if m == nil || m.Status != "held" || m.Date != "2025-05-05" {
		t.Errorf("want a held meeting on 2025-05-05: %s", dump(rec))
	}
	rec = corefRecord(t, "Historic visit\nKORAM - Piet Oster was the only foreign minister to meet President Jan Dorn in Koram last week.")
	if !metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("want a held meeting: %s", dump(rec))
	}
	rec = corefRecord(t, "Historic visit\nKORAM - Piet Oster will become the first Borvian president to meet President Jan Dorn in Koram.")
	if metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("a record to come read as held: %s", dump(rec))
	}
}

// "the first Borvian president to visit Arland since the Great War,
// shaking hands with X": a "since" after a record's "first" that
// takes a name or a year up to a comma is a phrase, not a clause, so the
// participle after it keeps the sentence's subject (text.recordSince;
// p1589). The negative case: a "since" that opens a clause ("since Y took
// office") still breaks it.
func TestRecordSinceIsNoClause(t *testing.T) {
	s := "Piet Oster yesterday became the first Borvian president to visit Arland since the Great War, shaking hands with President Jan Dorn in a tent outside Koram."
	rec := corefRecord(t, "Historic visit\nKORAM - "+s)
	if !metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("want Oster with Dorn: %s", dump(rec))
	}
	clauseOf := func(s, w string) (int, int, int) {
		ss := text.Split(s)
		for k, t := range ss[0].Toks {
			if t.Lower == w {
				cs, ce := ss[0].Clause(k)
				return cs, ce, k
			}
		}
		return -1, -1, -1
	}
	if cs, _, _ := clauseOf(s, "shaking"); cs != 0 {
		t.Errorf("the record's since phrase broke the clause at %d", cs)
	}
	if cs, _, _ := clauseOf("Piet Oster was the first envoy to visit Koram since Jan Dorn took office, meeting Ana Vel.", "meeting"); cs == 0 {
		t.Errorf("a since clause did not break")
	}
	if cs, _, _ := clauseOf("Piet Oster has lived in Koram since 1990, working for Ana Vel.", "working"); cs == 0 {
		t.Errorf("a since with no record before it did not break")
	}
}

// "President A of X and President B of Y signed here today an act
// committing their two countries to ...", the act "signed after three
// long rounds of conversations between the Presidents": an act is a text
// two sides sign (signedNouns, signedDocumentNouns), and conversations
// are the older papers' talks (negotiatedCues), so the signatories met
// and their states are the parties (p1586). The negative case: an act
// one president signs alone joins no sides.
func TestSignedActOfConversations(t *testing.T) {
	s := "Pact signed\nLIMA, May 5 - President Tomas Vell of Chile and President Ana Pruzek of Peru signed here today an act committing their two countries to a common market. The act was signed at the palace after three long rounds of conversations between the Presidents."
	rec := corefRecord(t, s)
	if !metPair(rec, "Tomas Vell", "Ana Pruzek") {
		t.Errorf("want the signatories met: %s", dump(rec))
	}
	wantSides(t, s, []string{"Chile", "Peru"})
	wantSides(t, "Tax act\nLIMA, May 5 - President Tomas Vell of Chile signed here today an act raising the tax on fuel, after conversations with his ministers.", nil)
}

// "SANTIAGO, May 5 - X arrived by air from Lima yesterday afternoon and
// was met at the airport by Y", printed the next day: the arrival counts from
// the dateline's day, as the meeting's date does, so it falls on the
// meeting's day and Lima is where the traveller came from, not where
// the two met (meeting.arrivedFrom; p1586). The negative case: a meeting
// before the arrival ("arrived here tonight from Lima after two days of
// talks. X, who met Y yesterday") was still in the city left.
func TestArrivalCountsFromDateline(t *testing.T) {
	rec := corefRecord(t, "Visit opens\nSANTIAGO, May 5 (Wire) - President Tomas Vell arrived by air from Lima yesterday afternoon and was met at Pudahuel airport by President Ana Pruzek.")
	m := meetingOf(rec, "Tomas Vell", "Ana Pruzek")
	if m == nil || m.Place != "Santiago" || m.Date != "2025-05-04" {
		t.Errorf("want the meeting in Santiago on 2025-05-04: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks end\nSANTIAGO, May 5 (Wire) - President Tomas Vell arrived here tonight from Lima after two days of talks. Vell, who met President Ana Pruzek yesterday, said the talks had gone well.")
	m = meetingOf(rec, "Tomas Vell", "Ana Pruzek")
	if m == nil || m.Place != "Lima" {
		t.Errorf("want the meeting in Lima: %s", dump(rec))
	}
}

// "Arlander Leader Cheered by Crowds in Capital": in a headline
// or a deck (a line with no closing period) the lone capitalized word
// after a title, ending in "-ed" before a lower-case "by", is a past
// participle, not the holder's name (mention.headlinePassive; p1586).
// The negative case: in a body sentence a name ending in "-ed" before
// "by" stays a person.
func TestHeadlinePassiveNoName(t *testing.T) {
	for _, h := range []string{"Arlander Leader Cheered by Crowds in Capital", "Pact signed\nArlander Leader Cheered by Crowds in Capital"} {
		rec := corefRecord(t, h+"\nKORAM, May 5 (Wire) - President Piet Oster met President Jan Dorn in Koram on Monday.")
		if hasPerson(rec, "Cheered") {
			t.Errorf("%q: a headline's participle read as a person: %s", h, dump(rec))
		}
	}
	rec := corefRecord(t, "Talks\nKORAM, May 5 (Wire) - President Piet Oster met Prime Minister Hamed by the river in Koram on Monday.")
	if !hasPerson(rec, "Hamed") {
		t.Errorf("want Hamed a person: %s", dump(rec))
	}
}

// "went to the launch of the Chile International Import Expo, where he
// spoke briefly with Premier X": a trade show's name ends in its head
// noun (nonActorHeads), so it is no person and meets nobody (p1590). The
// negative case: the person the visitor spoke with there is still met.
func TestExpoNoActor(t *testing.T) {
	rec := corefRecord(t, "Visit\nKORAM, May 5 (Wire) - Piet Oster on Sunday went to the launch of the Chile International Import Expo, where he spoke briefly with Premier Jan Dorn.")
	for _, a := range rec.Actors {
		if a.Kind == "person" && a.Name != "Piet Oster" && a.Name != "Jan Dorn" {
			t.Errorf("the expo read as a person %q: %s", a.Name, dump(rec))
		}
	}
	if !metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("want Oster with Dorn: %s", dump(rec))
	}
}

// "X has held talks with Y at the palace. The meeting on Monday afternoon
// lasted almost two hours": the next sentence's "The meeting on <day>"
// dates the talks told with no day (meeting.retoldOnDay; p1590). The
// negative case: "The meeting on trade" holds no day and dates nothing.
func TestRetoldMeetingOnDay(t *testing.T) {
	rec := corefRecord(t, "Talks\nKORAM (Wire) - Piet Oster has held talks with President Jan Dorn at the palace in Koram. The meeting on Monday afternoon lasted almost two hours.")
	m := meetingOf(rec, "Piet Oster", "Jan Dorn")
	if m == nil || m.Date != "2025-05-05" {
		t.Errorf("want the talks on 2025-05-05: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\nKORAM (Wire) - Piet Oster has held talks with President Jan Dorn at the palace in Koram. The meeting on trade lasted almost two hours.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || len(m.Date) == len("2006-01-02") {
		t.Errorf("want the talks with no day: %s", dump(rec))
	}
}

// "X met separately with Y to draft a joint communique to be released
// Friday": the bare weekday after a passive infinitive is when the
// statement is due, not the day of the meeting held, which is not dated
// back to the Friday before (meeting.passiveInfinitiveBefore; p1587).
// The negative case: the meeting's own day before the infinitive stays.
func TestPassiveInfinitiveWeekday(t *testing.T) {
	rec := corefRecord(t, "Talks\nKORAM (Wire) - Foreign Minister Piet Oster met separately with Foreign Minister Jan Dorn to draft a joint communique to be released Friday.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Date == "2025-05-02" {
		t.Errorf("want the meeting not dated by the statement's Friday: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\nKORAM (Wire) - Foreign Minister Piet Oster met Foreign Minister Jan Dorn on Monday to draft a joint communique to be released Friday.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Date != "2025-05-05" {
		t.Errorf("want the meeting on Monday 2025-05-05: %s", dump(rec))
	}
}

// "X arrived in Lima on Saturday and on Sunday went to the launch of the
// Chile International Import Expo, where he spoke briefly with Premier
// Y": the sentence's own arrival places the meeting, before a place
// carried from the talks told before or read from the gathering's name
// (meeting.arrivalEarlier; p1590, and p579, p720, p1207 in the harm
// check). The negative case: a city named after the arrival, where the
// trip went on, wins.
func TestArrivalEarlierPlaces(t *testing.T) {
	lead := "Talks\nKORAM (Wire) - Piet Oster has held talks with President Ana Vel at the palace in Koram. "
	rec := corefRecord(t, lead+"Piet Oster arrived in Lima on Saturday and on Sunday went to the launch of the Chile International Import Expo, where he spoke briefly with Premier Jan Dorn.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Place != "Lima" {
		t.Errorf("want the meeting in Lima: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Piet Oster arrived in Lima on Saturday and on Sunday flew to Santiago, where he briefly spoke with Premier Jan Dorn.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil || m.Place != "Santiago" {
		t.Errorf("want the meeting in Santiago: %s", dump(rec))
	}
}
