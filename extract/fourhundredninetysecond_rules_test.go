package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-ninety-second round: a targeted batch
// (p2984-p2989: attendance lists in agency and newspaper copy, 2011-2016
// — an agency on a peace conference's opening session, an agency on
// talks among lawmakers "among the participants", a daily on leaders
// "accompanied by" and "joined by" their negotiators, an agency on a
// group of retired statesmen, an agency on a trilateral summit "A and B
// took part", an agency on a signing ceremony); each rule with sentences
// of its own.

// "The signing ceremony at the union's headquarters in the capital was
// attended by A, B and C": a sitting's place phrase between the subject
// noun and "was attended by" still makes the subject the sitting, so
// those listed met (placedAttendance; p2984, p2989, p2003, p2254). The
// negative case: a concert is no sitting, and "The session at which A
// spoke" opens a clause of its own.
func TestPlacedAttendanceListsTheSitting(t *testing.T) {
	lead := "Accord signed\nLIMA, May 5 - Four states signed an accord on Sunday.\n"
	for _, line := range []string{
		"The signing ceremony at the union's headquarters in the capital was attended by President Tomas Berg, Prime Minister Jan Kowal and Foreign Minister Ola Nowak.",
		"The opening session at the Grand Palace was also attended by President Tomas Berg, Prime Minister Jan Kowal and Foreign Minister Ola Nowak.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Tomas Berg", "Jan Kowal", "Ola Nowak") {
			t.Errorf("%q: want Berg, Kowal and Nowak at one sitting: %s", line, dump(rec))
		}
	}
	for _, line := range []string{
		"The concert at the union's headquarters in the capital was attended by President Tomas Berg, Prime Minister Jan Kowal and Foreign Minister Ola Nowak.",
	} {
		rec := corefRecord(t, lead+line)
		if heldAll(rec, "Tomas Berg", "Jan Kowal") {
			t.Errorf("%q: a concert's audience made a meeting: %s", line, dump(rec))
		}
	}
}
