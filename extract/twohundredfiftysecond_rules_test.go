package extract

import "testing"

// Issue 14's two-hundred-and-fifty-second round: a stranger's batch
// (p1544-p1549: an Indian broadsheet on two prime ministers' accord in
// New Delhi, 1954; a wire on a presidential envoy's talks in Phnom Penh,
// 1968; an Israeli daily on a summit in Alexandria, 1986; a Polish news
// service on two prime ministers' talks in Sopot, 2009; a state agency on
// a bi-national commission in Gaborone, 2019; a Spanish agency on a state
// visit to Beijing, 2023); each rule with sentences of its own.

const twohundredfiftysecondLead = "Leaders meet in Koram\nKORAM, 12 March (Wire) - "

// "A and his Tarlan counterpart B on Friday co-chaired the second session
// of the Trade Council": a sitting two people chaired together had
// both at it, an encounter of theirs (meeting/jointchair.go; p1548),
// with "jointly chaired" too and with the two joined by "and his ...
// counterpart". The negative cases: one person chairing a session, and
// "co-chaired" with one person before it, join no one.
func TestJointlyChairedSessionIsAMeeting(t *testing.T) {
	for _, s := range []string{
		"President Piet Oster and his Tarlan counterpart President Jan Dorn on Friday co-chaired the second session of the Trade Council.",
		"President Piet Oster and President Jan Dorn co-chaired the opening session.",
		"President Piet Oster and President Jan Dorn jointly chaired the first sitting of the Joint Commission.",
	} {
		rec := corefRecord(t, twohundredfiftysecondLead+s)
		if !metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%q: want Piet Oster and Jan Dorn met: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"President Piet Oster chaired the first session of the Joint Commission. President Jan Dorn was in Valdora.",
		"President Piet Oster co-chaired the first session of the Joint Commission, officials said. President Jan Dorn was in Valdora.",
	} {
		rec := corefRecord(t, twohundredfiftysecondLead+s)
		if metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%q: no meeting of Piet Oster and Jan Dorn wanted: %s", s, dump(rec))
		}
	}
}

// "A held a tete-a-tete with B", "A and B had a tete-a-tete": the French
// for a private talk of two, borrowed by English news, is an encounter
// (meeting/jointchair.go; p1548). The negative case: "Tete", the
// Mozambican city, is no meeting.
func TestTeteATeteIsAMeeting(t *testing.T) {
	for _, s := range []string{
		"President Piet Oster held a tete-a-tete with President Jan Dorn on Friday.",
		"President Piet Oster and President Jan Dorn had a tete-a-tete on Friday.",
	} {
		rec := corefRecord(t, twohundredfiftysecondLead+s)
		if !metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%q: want Piet Oster and Jan Dorn met: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, twohundredfiftysecondLead+"President Piet Oster flew to Tete on Friday, and President Jan Dorn stayed in Valdora.")
	if metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("no meeting wanted: %s", dump(rec))
	}
}

// "shipping on the Vistral Lagoon", "the Koram Strait": a body of
// water named by its head, as a lake or gulf is, is no person (lexicon
// nonActorHeads; p1547). The negative case: the people of the sentence
// stay persons.
func TestWaterBodyHeadsAreNoPersons(t *testing.T) {
	rec := corefRecord(t, twohundredfiftysecondLead+"Prime Minister Piet Oster met Prime Minister Jan Dorn on Tuesday. The two leaders talked about power lines, shipping on the Vistral Lagoon and fishing in the Koram Strait.")
	for _, n := range []string{"Vistral Lagoon", "Koram Strait"} {
		if a := actorNamed(rec, n); a != nil && a.Kind == "person" {
			t.Errorf("%s read as a person: %s", n, dump(rec))
		}
	}
	if !hasPerson(rec, "Piet Oster") || !hasPerson(rec, "Jan Dorn") {
		t.Errorf("want both prime ministers persons: %s", dump(rec))
	}
}

// "X announced the plan after a final two-hour session with Y":
// a session noun with a person after "with" is an encounter of the
// sentence's subject and that person, read after a past preposition as
// "after a meeting with Y" is (meeting/jointchair.go sessionWith,
// apart.go sessionAfterPrep; p1545). The negative cases: a session with
// a crowd names no one, and the person of another sentence joins no one.
func TestSessionWithPersonIsAMeeting(t *testing.T) {
	for _, s := range []string{
		"President Piet Oster announced the plan after a final two-hour session with Ambassador Jan Dorn, the envoy whom President Ivan Rada sent here.",
		"President Piet Oster spoke to reporters after a session with Jan Dorn on Friday.",
	} {
		rec := corefRecord(t, twohundredfiftysecondLead+s)
		if !metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%q: want Piet Oster and Jan Dorn met: %s", s, dump(rec))
		}
		if metPair(rec, "Piet Oster", "Ivan Rada") {
			t.Errorf("%q: the sender joined the session: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, twohundredfiftysecondLead+"President Piet Oster spoke after a session with students on Friday. Foreign Minister Jan Dorn was in Valdora.")
	if metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("no meeting wanted: %s", dump(rec))
	}
}

// "He was the guest of President Y at a dinner the same evening": the
// subject sat at the host's table, an encounter of the two
// (meeting/jointchair.go guestAtMeal; p1544). The negative cases: "the
// guest of honour at a dinner" names no host, and a guest with no meal
// ("the guest of the nation") is none.
func TestGuestOfHostAtMealIsAMeeting(t *testing.T) {
	for _, s := range []string{
		"Minister Ivan Rada arrived on Friday. He was the guest of President Jan Dorn at a dinner the same evening.",
		"Minister Ivan Rada was the guest of President Jan Dorn at a luncheon on Friday.",
	} {
		rec := corefRecord(t, twohundredfiftysecondLead+s)
		if !metPair(rec, "Ivan Rada", "Jan Dorn") {
			t.Errorf("%q: want Ivan Rada and Jan Dorn met: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Minister Ivan Rada was the guest of honour at a dinner on Friday. President Jan Dorn was in Valdora.",
		"Minister Ivan Rada was the guest of President Jan Dorn's government for a week.",
	} {
		rec := corefRecord(t, twohundredfiftysecondLead+s)
		if metPair(rec, "Ivan Rada", "Jan Dorn") {
			t.Errorf("%q: no meeting wanted: %s", s, dump(rec))
		}
	}
}

// "The Prime Ministers of X and Y, Mr. A and Sir B, today reached
// agreement on ...": two people named together as reaching agreement
// settled it face to face (meeting/jointchair.go reachedAgreement;
// p1544, and p901, p705 of earlier rounds). What they agreed "on the
// long-standing issue of Z" is a topic, whose names are no participants
// (frame agreementOn). The negative cases: states reaching agreement, and
// envoys whom the two spoke of, join no one.
func TestTwoPeopleReachedAgreementMet(t *testing.T) {
	for _, s := range []string{
		"The Presidents of Tarlan and Koram, Mr. Piet Oster and Mr. Jan Dorn, today reached agreement on the vexed matter of the Vardo Railway land.",
		"President Piet Oster and President Jan Dorn reached an agreement on the border on Friday.",
	} {
		rec := corefRecord(t, twohundredfiftysecondLead+s)
		if !metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%q: want Piet Oster and Jan Dorn met: %s", s, dump(rec))
		}
		for _, m := range rec.Meetings {
			for _, p := range m.Participants {
				if p == "Vardo Railway" {
					t.Errorf("%q: the topic joined the meeting: %s", s, dump(rec))
				}
			}
		}
	}
	for _, s := range []string{
		"Tarlan and Koram reached agreement on the border on Friday. President Piet Oster was in Valdora and President Jan Dorn in Koram.",
		"President Piet Oster and President Jan Dorn said their envoys reached agreement.",
	} {
		rec := corefRecord(t, twohundredfiftysecondLead+s)
		if metPair(rec, "Piet Oster", "Jan Dorn") {
			t.Errorf("%q: no meeting wanted: %s", s, dump(rec))
		}
	}
}

// "held at the Shangri-La hotel here": a place name before a lower-case
// building noun and "here" names the building, and "here" sets the
// meeting in the dateline's city (meeting/places.go
// namedBuildingHere; p901). The negative case: "at the Beijing hotel"
// without "here" still reads Beijing.
func TestNamedBuildingHereKeepsDatelineCity(t *testing.T) {
	rec := corefRecord(t, "Leaders meet\nKORAM, 12 March (Wire) - President Piet Oster met President Jan Dorn today at their annual retreat held at the Beijing hotel here.")
	for _, m := range rec.Meetings {
		if m.Place == "Beijing" {
			t.Errorf("the hotel's name read as the place: %s", dump(rec))
		}
	}
	rec = corefRecord(t, "Leaders meet\nKORAM, 12 March (Wire) - President Piet Oster met President Jan Dorn today at the Beijing hotel, officials said.")
	found := false
	for _, m := range rec.Meetings {
		found = found || m.Place == "Beijing"
	}
	if !found {
		t.Errorf("want the meeting in Beijing: %s", dump(rec))
	}
}

// "financing for the Kalo II hydroelectric dam": a name before a
// lower-case modifier and "dam" names the dam, no person, and so no one
// who "witnessed the signing" with the presidents (lexicon buildingNouns;
// p1549). The negative case: the presidents stay persons and met.
func TestNamedDamIsNoPerson(t *testing.T) {
	rec := corefRecord(t, twohundredfiftysecondLead+"President Piet Oster met President Jan Dorn on Friday. Oster, for her part, voiced interest in Tarlan funds for the Kalo II hydroelectric dam and other public works, her office said. After the meeting, the two presidents witnessed the signing of nine trade documents.")
	if a := actorNamed(rec, "Kalo II"); a != nil && a.Kind == "person" {
		t.Errorf("the dam read as a person: %s", dump(rec))
	}
	if !metPair(rec, "Piet Oster", "Jan Dorn") {
		t.Errorf("want Piet Oster and Jan Dorn met: %s", dump(rec))
	}
}

// "They were signed on behalf of both governments by A and B": whom
// the signers act for stands between the passive verb and its agent, as
// a place or time does, and the two signers met (meeting/sendoff.go
// behalfBy; p1548). The negative case: one signer "on behalf of" a
// state joins no one named in another sentence.
func TestSignedOnBehalfByAgents(t *testing.T) {
	rec := corefRecord(t, twohundredfiftysecondLead+"The accords were signed on behalf of both governments by Foreign Minister Ivan Rada and Foreign Minister Lena Varga on Friday.")
	if !metPair(rec, "Ivan Rada", "Lena Varga") {
		t.Errorf("want Ivan Rada and Lena Varga met: %s", dump(rec))
	}
	rec = corefRecord(t, twohundredfiftysecondLead+"The agreement was signed on behalf of Tarlan by Foreign Minister Ivan Rada on Friday. Foreign Minister Lena Varga was in Valdora.")
	if metPair(rec, "Ivan Rada", "Lena Varga") {
		t.Errorf("no meeting wanted: %s", dump(rec))
	}
}
