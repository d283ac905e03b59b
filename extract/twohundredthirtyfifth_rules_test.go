package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-thirty-fifth round: who met whom when the
// attendees are listed away from the meeting verb (p1442-p1447: an Indian
// paper on a president's lunch, dinner and breakfast in the capital, a
// wire on talks that brought two Somali sides together under a UN envoy,
// a 1961 broadsheet on a conference whose delegations are listed in later
// sentences ("With M. X are A and B"), a wire on an island accord whose signers were joined by an
// envoy and came accompanied by ministers, a wire on a dialogue whose
// participants follow "Taking part were", a Libyan outlet on a ceasefire
// signed by "the two delegations" in apposition); each rule with
// sentences of its own.

// "A lunched with B", "dined with", "breakfasted with": a meal told by
// its verb is an encounter of those at it (lexicon/predicates.txt [meet];
// p1442). The negative case: "dined at the palace" alone names no one met.
func TestMealVerbsAreMeetings(t *testing.T) {
	lead := "Visit to Arland\n"
	for _, v := range []string{"lunched", "dined", "breakfasted"} {
		rec := corefRecord(t, lead+"KORAM - Borvian President Tomas Velk "+v+" with Arlandian Prime Minister Piet Oster at the state guest house on Sunday.")
		if meetingWith(rec, "Tomas Velk", "Piet Oster") == nil {
			t.Errorf("%s: want Velk and Oster paired: %s", v, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"KORAM - Borvian President Tomas Velk dined at the palace on Sunday. Arlandian Prime Minister Piet Oster left for the north the same evening.")
	if meetingWith(rec, "Tomas Velk", "Piet Oster") != nil {
		t.Errorf("dined alone: want no meeting: %s", dump(rec))
	}
}

// "The talks opened on Monday. Taking part were A, B and C": the
// inverted list names those at the meeting or gathering told before, as
// "Participants included" does (takingPartList, roster.go; listedGathering
// with lexicon "listedOccasionNouns", gathering.go; p1446). The negative
// cases: "Taking part in the vote is a right" lists no one, and a list
// with no meeting or gathering told before it pairs no one.
func TestTakingPartWereListsAttendees(t *testing.T) {
	lead := "Arland dialogue opens\n"
	rec := corefRecord(t, lead+"KORAM, March 3 - Arland's national dialogue opened in the capital on Monday after two years of delay. Taking part were President Piet Oster, former president Jan Dorn and rebel leader Tomas Velk.")
	for _, p := range [][2]string{{"Piet Oster", "Jan Dorn"}, {"Jan Dorn", "Tomas Velk"}, {"Piet Oster", "Tomas Velk"}} {
		m := meetingWith(rec, p[0], p[1])
		if m == nil {
			t.Errorf("want %s and %s paired: %s", p[0], p[1], dump(rec))
			continue
		}
		if m.Place != "Koram" {
			t.Errorf("want the dateline's town: %s", dump(rec))
		}
	}
	rec = corefRecord(t, lead+"KORAM, March 3 - President Piet Oster and Borvian President Tomas Velk held talks on Monday. Also taking part in the talks were Foreign Minister Jan Dorn and envoy Anna Mirov.")
	if meetingWith(rec, "Jan Dorn", "Piet Oster") == nil || meetingWith(rec, "Anna Mirov", "Tomas Velk") == nil {
		t.Errorf("also taking part in the talks: want Dorn and Mirov at the talks: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"KORAM, March 3 - Arland's parliament passed the budget on Monday. Taking part in the vote is a right of every deputy, said President Piet Oster, and former president Jan Dorn agreed.")
	if meetingWith(rec, "Piet Oster", "Jan Dorn") != nil {
		t.Errorf("no list: want no meeting: %s", dump(rec))
	}
}

// "There the two leaders were joined by X", "At the ceremony the two men
// were joined by the Union's envoy Y", "Later they were joined by Z": the
// plural subject
// stands for the people of a meeting told just before, whom the people
// after "by" join (pluralJoinSubject, roster.go; p1445, p1442). The
// negative cases: "the two armies were joined by" names no people of a
// meeting, and joins nothing; "where they were joined by" is of the
// relative clause's place, not of the meeting told before.
func TestPluralSubjectJoinedBy(t *testing.T) {
	lead := "Accord signed\n"
	rec := corefRecord(t, lead+"KORAM, March 3 - Arland's President Piet Oster and rebel leader Tomas Velk signed a peace accord in Koram on Saturday. Velk crossed the lake by boat the same evening. At the signing ceremony in the town hall the two men were joined by the Organisation of Lake States' special envoy Anna Mirov, who has mediated between the two sides since June.")
	if meetingWith(rec, "Anna Mirov", "Piet Oster") == nil || meetingWith(rec, "Anna Mirov", "Tomas Velk") == nil {
		t.Errorf("the two men were joined by: want Mirov at the signing: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"KORAM, March 3 - Arland's President Piet Oster met Borvian President Tomas Velk in Koram on Saturday. Later they were joined by Borvian Foreign Minister Anna Mirov.")
	if meetingWith(rec, "Anna Mirov", "Piet Oster") == nil {
		t.Errorf("they were joined by: want Mirov at the meeting: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"KORAM, March 3 - Arland's President Piet Oster met Borvian President Tomas Velk in Sochi on Saturday. On Monday the ministers visited the border post, where they were joined by local governor Anna Mirov.")
	for _, m := range rec.Meetings {
		if m.Date == "2025-05-03" && len(m.Participants) > 2 {
			t.Errorf("where they were joined: want Saturday's meeting left to its two: %s", dump(rec))
		}
	}
	rec = corefRecord(t, lead+"KORAM, March 3 - Arland's President Piet Oster met Borvian President Tomas Velk in Koram on Saturday. Six sentences of nothing follow. The rains came. The rivers rose. The roads closed. The schools shut. On the river the two armies were joined by local governor Anna Mirov.")
	if meetingWith(rec, "Anna Mirov", "Piet Oster") != nil {
		t.Errorf("the two armies: want Mirov unpaired: %s", dump(rec))
	}
}

// "X flew in on Friday accompanied by Y and Z": the participle with no
// comma after the clause of the person who opens the sentence brings the
// companions to the meeting told just before at which X is
// (bareParticipleSubject, roster.go; p1445). The negative case: "X said
// the troops accompanied by Y" has a clause break between, and Y joins
// nothing.
func TestBareAccompaniedBy(t *testing.T) {
	lead := "Accord signed\n"
	rec := corefRecord(t, lead+"KORAM, March 3 - Arland's President Piet Oster and rebel leader Tomas Velk signed a peace accord in Koram on Saturday. Oster flew in from the coast on Friday accompanied by Prime Minister Jan Dorn and Foreign Minister Anna Mirov.")
	if meetingWith(rec, "Jan Dorn", "Tomas Velk") == nil || meetingWith(rec, "Anna Mirov", "Piet Oster") == nil {
		t.Errorf("accompanied by: want Dorn and Mirov at the signing: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"KORAM, March 3 - Arland's President Piet Oster and rebel leader Tomas Velk signed a peace accord in Koram on Saturday. Oster said that the convoy accompanied by Prime Minister Jan Dorn had been stopped.")
	if meetingWith(rec, "Jan Dorn", "Tomas Velk") != nil {
		t.Errorf("clause break: want Dorn unpaired: %s", dump(rec))
	}
}

// "The two delegations, X for A and Y for B, signed", "The participants,
// X, Y and Z, then appeared together": a body of those at a meeting with
// its people in apposition (appositionList, roster.go; apposedMeeting,
// gathering.go, when the subject's verb tells the meeting; lexicons
// "groupAppositionNouns", "apposedLinks"; p1447). With a verb of a
// meeting to come the list is of the talks the sentence before told, at
// that sentence's place (listedGathering; p858). The negative case: "The participants,
// who came from ten countries, ..." lists no one.
func TestGroupApposition(t *testing.T) {
	lead := "Ceasefire signed\n"
	rec := corefRecord(t, lead+"GENEVA - The two delegations, Lieutenant General Piet Oster for the Government of Arland and Major General Tomas Velk for the Arland Liberation Army, have signed on Friday at the Palace of Nations a permanent ceasefire agreement in all areas of Arland.")
	if meetingWith(rec, "Piet Oster", "Tomas Velk") == nil {
		t.Errorf("two delegations in apposition: want Oster and Velk paired: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"KORAM, March 3 - The envoys of the two armies have signed late Thursday in the lakeside town of Marova a declaration on civilians, after a week of direct talks. The declaration is no truce. The two delegations, led by General Piet Oster and commander Tomas Velk, will continue discussing a truce.")
	if m := meetingWith(rec, "Piet Oster", "Tomas Velk"); m == nil || m.Place != "Marova" {
		t.Errorf("delegations after the talks' sentence: want Oster and Velk paired in Marova: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"KORAM, March 3 - The ceasefire talks ended in Koram on Friday. The participants, who came from ten countries, praised host Piet Oster, and Tomas Velk thanked them.")
	if meetingWith(rec, "Piet Oster", "Tomas Velk") != nil {
		t.Errorf("no apposition list: want no pair: %s", dump(rec))
	}
}

// "With M. X are A and B": those with a person the story has just told
// at a meeting sat at it with that person (withNamedPresence, roster.go;
// p1444). The negative case: "With X gone, A and B ..." has no verb of
// being after the name and lists no one.
func TestWithNamedPresence(t *testing.T) {
	lead := "Talks in second day\n"
	rec := corefRecord(t, lead+"KORAM, March 3 - The talks between Arland and the rebels continued today with Minister Piet Oster and rebel leader Tomas Velk facing each other for four hours. The Arland delegation is small. With M. Oster are M. Jan Dorn and M. Karel Smet.")
	if meetingWith(rec, "Jan Dorn", "Tomas Velk") == nil && meetingWith(rec, "M. Jan Dorn", "Tomas Velk") == nil {
		t.Errorf("with M. Oster are: want Dorn at the talks: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"KORAM, March 3 - The talks between Arland and the rebels continued today with Minister Piet Oster and rebel leader Tomas Velk facing each other for four hours. With Oster gone to the capital, Jan Dorn and Karel Smet will speak for Arland next week.")
	if meetingWith(rec, "Jan Dorn", "Tomas Velk") != nil {
		t.Errorf("with X gone: want Dorn unpaired: %s", dump(rec))
	}
}
