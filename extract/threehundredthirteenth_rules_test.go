package extract

import "testing"

// Issue 14's three-hundred-and-thirteenth round: an untargeted stranger's
// batch (p1910-p1915: a 1987 agency on two leaders' talks on the eve of a
// regional summit, a 2000 wire on a peace agreement brokered by two
// neighbours, a 1997 agency on island leaders' talks at a military camp, a
// 1999 agency on two leaders' talks at a resort, a 2000 agency's readout
// of a president's talks with a visiting president, a 1988 wire on four
// factions' first sitting at a palace); each rule with sentences of its
// own.

// An inverted list of companions, "Accompanying X were A and B", seats A
// and B with X at the meeting just told when the sentence names the
// sitting ("during the meeting") or follows a presence list of the talks
// ("Attending the talks were"); "the President" is whichever holder of
// the post sat at it (invertedEscort, roster.go; p1914, p615). The
// negative case: after a welcome on the tarmac, "Accompanying X were A and B"
// lists the party on the trip, no one at a meeting.
func TestInvertedEscort(t *testing.T) {
	talks := "Talks\n\nVALMORE, May 4 (Agency) -- President Tomas Varga held talks with visiting Prime Minister Edwin Holt at the palace this morning.\n\n"
	rec := corefRecord(t, talks+"Attending the talks on the home side were Foreign Minister Pavel Dorn and Trade Minister Ivo Lenk. "+
		"Accompanying Prime Minister Holt were Foreign Minister Ruth Calder and Ambassador Jon Perrin.")
	if !metPair(rec, "Edwin Holt", "Ruth Calder") || !metPair(rec, "Tomas Varga", "Jon Perrin") {
		t.Errorf("want the companions after a presence list seated at the talks: %s", dump(rec))
	}
	rec = corefRecord(t, talks+"The two leaders discussed trade and river transport.\n\n"+
		"Accompanying the Prime Minister during the meeting were Foreign Minister Ruth Calder and Ambassador Jon Perrin.")
	if !metPair(rec, "Tomas Varga", "Ruth Calder") || meetingOf(rec, "Ruth Calder", "Jon Perrin") != nil {
		t.Errorf("want the companions during the meeting seated at it, no meeting of their own: %s", dump(rec))
	}
	arrival := "Arrival\n\nVALMORE, May 4 (Agency) -- Prime Minister Edwin Holt flew in on Sunday for a three-day official visit.\n\n" +
		"President Tomas Varga met him on the tarmac shortly before noon.\n\n" +
		"Accompanying the Prime Minister were Foreign Minister Ruth Calder and Ambassador Jon Perrin."
	rec = corefRecord(t, arrival)
	if !metPair(rec, "Tomas Varga", "Edwin Holt") || metPair(rec, "Tomas Varga", "Ruth Calder") {
		t.Errorf("want the trip's party after an airport welcome left out of it: %s", dump(rec))
	}
}

// "The summit, lasting into the evening, was also attended by A and B": the
// "also" before the passive attendance keeps A and B at the meeting told
// before, as "was attended by" does across the parenthesis
// (SubjectAttendance, frame/predicates.go; p1913, p431, p503). The
// negative case: a parenthesis dated on its own still tells another
// sitting.
func TestAlsoAttendedAcrossParenthesis(t *testing.T) {
	talks := "Talks\n\nLORANIA, May 4 (Agency) - President Tomas Varga and Prime Minister Edwin Holt held talks on the border at a hotel in the capital on Tuesday.\n\n"
	rec := corefRecord(t, talks+"The summit, lasting into the evening, was also attended by Interior Minister Pavel Dorn and Defence Minister Aldo Mirek.")
	if !metPair(rec, "Tomas Varga", "Pavel Dorn") || !metPair(rec, "Edwin Holt", "Aldo Mirek") {
		t.Errorf("want the attendance after the parenthesis joined to the talks: %s", dump(rec))
	}
	rec = corefRecord(t, talks+"The summit, which ended on Friday, was also attended by Interior Minister Pavel Dorn and Defence Minister Aldo Mirek.")
	if metPair(rec, "Tomas Varga", "Pavel Dorn") {
		t.Errorf("want a parenthesis dated on its own left apart: %s", dump(rec))
	}
}
