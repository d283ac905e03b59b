package extract

import "testing"

// Issue 14's four-hundred-and-twenty-ninth round: coordinated verb phrases
// and opening phrases, the subject carried to a second verb (p2606-p2611:
// a London broadsheet's country-house talk of 1958, a wire's Hanoi palace
// welcome of 2000, a wire's Peking arrival of 1972, a wire's Nairobi
// mediation of 2008, an Egyptian agency's Jerusalem visit of 1977, an
// Indian agency's summit sidelines of 2009); each rule with sentences of
// its own.

// "X landed in Y and had a long conversation with Z": the conjunct opened
// by a holding verb shares the first one's subject, though its meeting
// word may look like a verb (frame.heldConjunct; p2606, p580). The
// negative case: a new subject after "and" keeps its own clause.
func TestHeldConjunctSharesTheSubject(t *testing.T) {
	rec := run(t, "Talks\n\nPARIS, May 4 - Minister Arto Vell landed in Lyon on Sunday and had a long conversation with President Dova Renn.\n", "2003-05-05")
	if m := meetingOf(rec, "Arto Vell", "Dova Renn"); m == nil || m.Place != "Lyon" {
		t.Errorf("want Vell's conversation with Renn in Lyon: %s", dump(rec))
	}
	rec = run(t, "Talks\n\nPARIS, May 4 - Minister Arto Vell landed in Lyon on Sunday and Kalo Pint had a long conversation with President Dova Renn.\n", "2003-05-05")
	if m := meetingOf(rec, "Arto Vell", "Dova Renn"); m != nil {
		t.Errorf("a new subject after \"and\" has the conversation: %s", dump(rec))
	}
}

// "went by car to Northtown and had there a long conversation with Z": a
// town the gazetteer lacks, told as the trip's end, is the place "there"
// stands for, not a city the trip passed through nor the dateline's
// (meeting.placeBefore; p2606).
func TestThereIsTheTripsUnknownTown(t *testing.T) {
	rec := run(t, "Talks\n\nPARIS, May 4 - Minister Arto Vell flew to Lyon on Sunday, went by car to Vermoncourt and had there a long conversation with President Dova Renn.\n", "2003-05-05")
	if m := meetingOf(rec, "Arto Vell", "Dova Renn"); m == nil || m.Place != "Vermoncourt" {
		t.Errorf("want the conversation at the trip's end: %s", dump(rec))
	}
}

// "arrived in Y on Tuesday and met Z the next day": the second conjunct
// counts its day from the first one's, and "the next day" tells no
// meeting to come (meeting.conjunctShiftedDay, meeting.narrativeNext;
// p2609, p1423). The negative case: a conjunct with a subject of its own
// keeps the first day.
func TestNextDayOfTheFirstConjunct(t *testing.T) {
	rec := run(t, "Envoy in capital\n\nLONDON, May 3 - The envoy Pedro Almanza arrived in Lisbon on Tuesday and met Prime Minister Rui Mendonca the next day.\n", "1990-05-04")
	if m := meetingOf(rec, "Pedro Almanza", "Rui Mendonca"); m == nil || m.Date != "1990-05-02" || m.Status != "held" {
		t.Errorf("want a meeting held the day after the arrival: %s", dump(rec))
	}
	rec = run(t, "Envoy in capital\n\nLONDON, May 3 - The envoy Pedro Almanza met Prime Minister Rui Mendonca in Lisbon on Tuesday, and the two men discussed the strike of a day earlier.\n", "1990-05-04")
	if m := meetingOf(rec, "Pedro Almanza", "Rui Mendonca"); m == nil || m.Date != "1990-05-01" {
		t.Errorf("a new subject's day phrase moves no meeting: %s", dump(rec))
	}
}
