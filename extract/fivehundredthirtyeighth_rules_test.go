package extract

import "testing"

// Issue 14's five-hundred-and-thirty-eighth round: a batch on dates
// (p3260-p3265: an agency on two foreign ministers' talks in Santiago, a
// state agency on ministers' talks in Astana, a national agency on a
// minister's visit to Lomé, an agency on ministers' talks in Jakarta, an
// agency on ministers' talks in Bratislava, a state agency on ministers'
// talks in Dhaka); each rule with sentences of its own.

// "X, who had spoken with Y by phone on Friday, told reporters after the
// talks ...": the day in the relative clause is the call's, so a meeting
// told next with no day of its own ("X also met Z") is not put on it by
// the talks the sentence names (lastDayOutsideRelative; p3264, p2796's
// same sentence shape). The negative case: a day told outside the clause
// ("said on Friday after the talks") still dates the meeting told next.
func TestAfterTalksDaySkipsRelativeClause(t *testing.T) {
	text := "Ministers meet\nTALLINN, May 6 - Foreign Minister Anja Rulik received her counterpart Tomas Velder in Tallinn on Monday.\nVelder, who had spoken with Rulik by phone on Friday, told reporters after the talks that the border would stay open.\nVelder also met Prime Minister Karel Oston."
	rec := corefRecord(t, text)
	m, ok := heldMeeting(rec, "Tomas Velder", "Karel Oston")
	if !ok || m.Date != "2025-05-05" {
		t.Errorf("want the second meeting on the visit's Monday, got %s", dump(rec))
	}
	text = "Ministers meet\nTALLINN, May 6 - Foreign Minister Anja Rulik received her counterpart Tomas Velder in Tallinn last week.\nVelder, who leads the delegation, said on Friday after the talks that the border would stay open.\nVelder also met Prime Minister Karel Oston."
	rec = corefRecord(t, text)
	m, ok = heldMeeting(rec, "Tomas Velder", "Karel Oston")
	if !ok || m.Date != "2025-05-02" {
		t.Errorf("want the day told outside the relative clause, got %s", dump(rec))
	}
}

// "X also met Y before leaving for P on Monday night": a call paid on the
// way out, with no day of its own, is on the day of the departure
// (beforeDepartureDay, lexicon departingGerunds; p1094, p632). The
// negative case: a departure day before the lead's day ("held talks on
// Monday ... before leaving on Saturday", a weekday read into the past)
// dates nothing.
func TestBeforeDepartureDatesCall(t *testing.T) {
	text := "Visit ends\nMINSK, May 6 - Foreign Minister Lina Dovral held talks with Prime Minister Arvo Kessel in Minsk on Sunday.\nDovral also met Deputy Prime Minister Toma Brisk before leaving for Riga on Monday night."
	rec := corefRecord(t, text)
	m, ok := heldMeeting(rec, "Lina Dovral", "Toma Brisk")
	if !ok || m.Date != "2025-05-05" {
		t.Errorf("want the call on the day of the departure, got %s", dump(rec))
	}
	text = "Visit ends\nMINSK, May 6 - Foreign Minister Lina Dovral held talks with Prime Minister Arvo Kessel in Minsk on Monday.\nDovral also met Deputy Prime Minister Toma Brisk before leaving for Riga on Saturday."
	rec = corefRecord(t, text)
	m, ok = heldMeeting(rec, "Lina Dovral", "Toma Brisk")
	if !ok || m.Date == "2025-05-03" {
		t.Errorf("a departure before the lead's day dated the call, got %s", dump(rec))
	}
}
