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
