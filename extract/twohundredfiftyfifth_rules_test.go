package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-fifty-fifth round: places of meetings
// (p1562-p1567: a news agency on first formal talks at a hill resort
// filed from the capital, an accord signed aboard a navy ship anchored
// off a town, envoys' talks in a capital with an earlier round and a
// visit elsewhere, a truce agreed in a village across a border under a
// "border" dateline, an old broadsheet on a king's mountain palace, a
// wire on generals at a desert airfield); each rule with sentences of
// its own.

// r255PairPlace is the place of the first meeting that pairs a and b, and
// whether there is one.
func r255PairPlace(t *testing.T, text, a, b string) (string, bool) {
	t.Helper()
	rec := corefRecord(t, text)
	m := meetingWith(rec, a, b)
	if m == nil {
		return "", false
	}
	return m.Place, true
}

// "X visited Y and met Z": the place visited, joined by "and" to the
// meeting, is the meeting's (visitedThenMet, meeting/when.go; lexicon
// "visitedPlaceVerbs"; p1564). The negative cases: a visit told in a
// relative clause with a list of places, and one set apart by a time
// phrase and a comma, do not place a meeting told later elsewhere.
func TestVisitedPlaceThenMet(t *testing.T) {
	for _, c := range []string{
		"Envoy sees minister\nThe groundwork was laid in May, when former envoy Marta Quell visited Lisbon and met Foreign Minister Joao Brandt.",
		"Envoy sees minister\nIn May former envoy Marta Quell toured Lisbon and then met Foreign Minister Joao Brandt.",
	} {
		place, ok := r255PairPlace(t, c, "Marta Quell", "Joao Brandt")
		if !ok || place != "Lisbon" {
			t.Errorf("%q: want the meeting in Lisbon, got %q (found %v)", c, place, ok)
		}
	}
	for _, c := range []string{
		"Envoy sees minister\nMarta Quell, who had visited Lisbon and Madrid, met Foreign Minister Joao Brandt in Oslo on Monday.",
		"Envoy sees minister\nMarta Quell visited Lisbon in March, and on Monday she met Foreign Minister Joao Brandt in Oslo.",
	} {
		place, _ := r255PairPlace(t, c, "Marta Quell", "Joao Brandt")
		if place == "Lisbon" {
			t.Errorf("%q: want no meeting in Lisbon, got %q", c, place)
		}
	}
}

// "A and the leader of the Y-led opposition, B, agreed ... after talks in
// P": a second person told by a post "of" something, then named after a
// comma, is the subject's second person, and the pair held the talks
// (describedSecond, meeting/apart.go; p1565). The negative case: a
// description that goes on with a clause of its own ("the leader of the
// opposition, in a statement read by spokesman X") names no second
// person, and the speaker after it met no one.
func TestDescribedSecondSubject(t *testing.T) {
	for _, c := range []string{
		"Truce agreed\nPresident Anna Vell and the leader of the Borvian-backed opposition, Karl Mott, agreed on Tuesday to a ceasefire after talks in Lisbon, officials said.",
		"Truce agreed\nPresident Anna Vell and the chief of staff of the rebel army, Karl Mott, signed a truce after talks in Lisbon on Tuesday.",
	} {
		place, ok := r255PairPlace(t, c, "Anna Vell", "Karl Mott")
		if !ok || place != "Lisbon" {
			t.Errorf("%q: want Vell and Mott met in Lisbon, got %q (found %v)", c, place, ok)
		}
	}
	c := "Truce agreed\nPresident Anna Vell and the leader of the opposition, in a statement read by spokesman Karl Mott, agreed on Tuesday to a ceasefire after talks in Lisbon."
	if _, ok := r255PairPlace(t, c, "Anna Vell", "Karl Mott"); ok {
		t.Errorf("%q: want no meeting of Vell and Mott", c)
	}
}

// "held in an area controlled by the forces of commander X", "talks at a
// villa owned by X": the agent of a participle that tells who holds a
// place (holderParticiples) after a place noun (heldPlaceNouns) holds
// the place and is no participant (placeHolder, args/participants.go;
// p1565). The negative case: "talks hosted by X" and "talks held by X"
// name no place before the participle, so X is at the talks.
func TestPlaceHolderNoParticipant(t *testing.T) {
	for _, c := range []string{
		"Minister in talks\nPresident Anna Vell flew to Lisbon for talks with Foreign Minister Joao Brandt at a villa owned by businessman Karl Mott.",
		"Minister in talks\nPresident Anna Vell met Foreign Minister Joao Brandt on Tuesday in an area of the northern province controlled by the forces of rebel commander Karl Mott.",
	} {
		rec := corefRecord(t, c)
		if meetingWith(rec, "Anna Vell", "Joao Brandt") == nil {
			t.Errorf("%q: want Vell and Brandt met: %s", c, dump(rec))
		}
		if meetingWith(rec, "Anna Vell", "Karl Mott") != nil {
			t.Errorf("%q: want Mott at no meeting: %s", c, dump(rec))
		}
	}
	for _, c := range []string{
		"Minister in talks\nPresident Anna Vell flew to Lisbon for talks hosted by businessman Karl Mott at his villa.",
		"Minister in talks\nPresident Anna Vell flew to Lisbon on Tuesday for talks held by Foreign Minister Karl Mott.",
	} {
		rec := corefRecord(t, c)
		if meetingWith(rec, "Anna Vell", "Karl Mott") == nil {
			t.Errorf("%q: want Vell and Mott met: %s", c, dump(rec))
		}
	}
}

// "ABOARD HMS X, May 3 (Reuters) -", "ON THE RIVER FRONT, May 3 -": a
// dateline that opens with a preposition in capitals
// (datelineNoTownWords) tells where the reporter was and names no town,
// so a meeting told with no place of its own takes none from it
// (noTownDateline, mention/dateline.go; p1563). The negative case: a
// town in capitals the gazetteer lacks ("NORTHVALE, May 3 (Reuters) -")
// still places the meeting.
func TestNoTownDateline(t *testing.T) {
	for _, line := range []string{"ABOARD HMS VALIANT, May 3 (Reuters) -", "ON THE RIVER FRONT, May 3 (Reuters) -", "WITH ALLIED FORCES, May 3 (Reuters) -"} {
		c := "Minister meets rebel\n" + line + " Minister Anna Vell met rebel leader Karl Mott today."
		place, ok := r255PairPlace(t, c, "Anna Vell", "Karl Mott")
		if !ok || place != "" {
			t.Errorf("%q: want the meeting with no place, got %q (found %v)", c, place, ok)
		}
	}
	c := "Minister meets rebel\nNORTHVALE, May 3 (Reuters) - Minister Anna Vell met rebel leader Karl Mott today."
	if place, _ := r255PairPlace(t, c, "Anna Vell", "Karl Mott"); place != "Northvale" {
		t.Errorf("%q: want the meeting in Northvale, got %q", c, place)
	}
}

// "A and B faced an eight-member delegation led by C": facing the other
// side's delegation (facedDelegationVerbs with a delegation noun as the
// object) is meeting it, and the meeting takes the lead's place
// (facedDelegation, meeting/meetings.go; p1567). The negative cases:
// "faced criticism from C" and "faced the delegation's demands, put by
// C" name no delegation met.
func TestFacedDelegation(t *testing.T) {
	for _, c := range []string{
		"Generals meet\nMinister Anna Vell and General Tom Bray faced an eight-member delegation led by General Karl Mott on Sunday in Lisbon.",
		"Generals meet\nMinister Anna Vell confronted the rebel negotiators, led by General Karl Mott, on Sunday in Lisbon.",
	} {
		place, ok := r255PairPlace(t, c, "Anna Vell", "Karl Mott")
		if !ok || place != "Lisbon" {
			t.Errorf("%q: want Vell and Mott met in Lisbon, got %q (found %v)", c, place, ok)
		}
	}
	for _, c := range []string{
		"Generals meet\nMinister Anna Vell faced criticism from General Karl Mott on Sunday in Lisbon.",
		"Generals meet\nMinister Anna Vell faced the delegation's demands, put by General Karl Mott, on Sunday in Lisbon.",
	} {
		if _, ok := r255PairPlace(t, c, "Anna Vell", "Karl Mott"); ok {
			t.Errorf("%q: want no meeting of Vell and Mott", c)
		}
	}
}

// "Envoys of A and B met on Monday in P. ... X hosted the two delegations
// for long hours of talks, her office said late on Monday": a held
// meeting told with no day of its own, placed where the lead's meeting
// was, is that meeting retold, on the lead's day
// (LeadMeetingDay, meeting/when.go, read in extract.go before the
// publication month; lexicon "notRetoldWords"; p1562). The negative
// case: "had hosted" tells an earlier meeting, which keeps the month.
func TestLeadMeetingDayRetold(t *testing.T) {
	lead := "Arland, rebels hold talks in Sintra\nLISBON, May 6 (Reuters) -- Envoys of the Arland government and the Northern Front met on Monday in the hill town of Sintra, opening the first direct peace talks in Arland.\nThe government delegation was led by Deputy Minister Karl Mott, while the rebel side was headed by Tom Bray. "
	date := func(text string) string {
		rec := corefRecord(t, text)
		m := meetingWith(rec, "Anna Vell", "Karl Mott")
		if m == nil {
			t.Fatalf("%q: want Vell and Mott met: %s", text, dump(rec))
		}
		return m.Date
	}
	if got := date(lead + "Foreign Secretary Anna Vell hosted the two delegations for long hours of talks at a guest house, her office said late on Monday."); got != "2025-05-05" {
		t.Errorf("want the lead's day 2025-05-05, got %q", got)
	}
	if got := date(lead + "Foreign Secretary Anna Vell had hosted the two delegations for long hours of talks at a guest house, her office said late on Monday."); got == "2025-05-05" {
		t.Errorf("want no lead's day for an earlier meeting, got %q", got)
	}
}

// "held talks on the status of X in Y": the place after "on the N of",
// N a noun that makes it a matter (placeTopicNouns), is what the talks
// were about, not where (placeTopic, meeting/when.go). The negative
// case: "on the outskirts of X" places the meeting in X.
func TestPlaceTopicOfTalks(t *testing.T) {
	for _, c := range []string{
		"Ministers meet\nForeign Minister Anna Vell and her counterpart Karl Mott held talks on the status of Jerusalem in Oslo on Monday.",
		"Ministers meet\nForeign Minister Anna Vell and her counterpart Karl Mott held talks over the future of Jerusalem on Monday in Oslo.",
	} {
		if place, ok := r255PairPlace(t, c, "Anna Vell", "Karl Mott"); !ok || place != "Oslo" {
			t.Errorf("%q: want the meeting in Oslo, got %q (found %v)", c, place, ok)
		}
	}
	c := "Ministers meet\nForeign Minister Anna Vell and her counterpart Karl Mott held talks on the outskirts of Jerusalem on Monday."
	if place, _ := r255PairPlace(t, c, "Anna Vell", "Karl Mott"); place != "Jerusalem" {
		t.Errorf("%q: want the meeting in Jerusalem, got %q", c, place)
	}
}

// "A, who arrived in P on Sunday, met B on Monday", "A, who is visiting
// P, met B": a meeting with no place of its own is where its subject's
// trip, told in a relative clause, took the subject (relativeTripPlace,
// meeting/when.go, PlaceOf's last resort; lexicon "visitingNowVerbs";
// p579, p720, p1207). The negative cases: "who lives in P" and "who
// visited P last year" tell no trip to the meeting.
func TestRelativeTripPlace(t *testing.T) {
	for _, c := range []string{
		"Ministers meet\nForeign Minister Anna Vell, who arrived in Madrid from Lisbon on Sunday, met her counterpart Karl Mott on Monday.",
		"Ministers meet\nForeign Minister Anna Vell, who is visiting Madrid, met her counterpart Karl Mott on Monday.",
		"Ministers meet\nForeign Minister Anna Vell, who flew to Madrid on Sunday, met her counterpart Karl Mott on Monday.",
	} {
		if place, ok := r255PairPlace(t, c, "Anna Vell", "Karl Mott"); !ok || place != "Madrid" {
			t.Errorf("%q: want the meeting in Madrid, got %q (found %v)", c, place, ok)
		}
	}
	for _, c := range []string{
		"Ministers meet\nForeign Minister Anna Vell, who lives in Madrid, met her counterpart Karl Mott on Monday.",
		"Ministers meet\nForeign Minister Anna Vell, who visited Madrid last year, met her counterpart Karl Mott on Monday.",
	} {
		if place, _ := r255PairPlace(t, c, "Anna Vell", "Karl Mott"); place == "Madrid" {
			t.Errorf("%q: want no meeting in Madrid, got %q", c, place)
		}
	}
}

// "A flew to P on Sunday and met B on Monday": a time before an "and"
// that joins a trip to the meeting closes the trip's phrase when the
// meeting has its own time after it (andBetween, dateOf in
// meeting/when.go; p754, p1389). The negative cases: "flew to P on
// Sunday and met B" keeps the one time told, and "On Sunday and Monday,
// A met B" keeps the opening time.
func TestTripTimeBeforeAnd(t *testing.T) {
	date := func(text string) string {
		rec := corefRecord(t, text)
		m := meetingWith(rec, "Anna Vell", "Karl Mott")
		if m == nil {
			t.Fatalf("%q: want Vell and Mott met: %s", text, dump(rec))
		}
		return m.Date
	}
	if got := date("Minister in Madrid\nForeign Minister Anna Vell flew to Madrid on Sunday and met Karl Mott on Monday."); got != "2025-05-05" {
		t.Errorf("want Monday 2025-05-05, got %q", got)
	}
	if got := date("Minister in Madrid\nForeign Minister Anna Vell flew to Madrid on Sunday and met Karl Mott."); got != "2025-05-04" {
		t.Errorf("want Sunday 2025-05-04, got %q", got)
	}
	if got := date("Minister in Madrid\nOn Sunday and Monday, Foreign Minister Anna Vell met Karl Mott in Madrid."); got == "" {
		t.Errorf("want the opening time kept, got none")
	}
}
