package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-seventy-fourth round: an untargeted batch
// (p2876-p2881: Northern Ireland, Cyprus and Basque peace talks in Irish,
// British, Cypriot and Spanish papers and agencies in English, 1974-2019 —
// an Irish daily on churchmen's talks with republicans in Clare, a British
// agency on a policing deal at Hillsborough, an Irish daily on the end of
// talks chaired by two Americans in Belfast, a Cypriot daily on a UN
// meeting of the island's leaders in Geneva, a Cypriot agency on an
// informal UN dinner in Berlin, an Irish daily on a peace conference in
// San Sebastian); each rule with sentences of its own.

// "The meeting lasted about an hour and was also attended by X": the
// attendance coordinated after another predicate of the meeting noun
// (and the noun's own modifier or place phrase before it: "The dinner
// meeting at the embassy lasted three hours and was attended by X")
// still seats X at the meeting the sentence before told, as "The
// meeting, which lasted an hour, was attended by X" does
// (frame.CoordinatedAttendance; p2880, p2366, p966). The negative case:
// a meeting noun that is not the subject of the attendance ("The meeting
// ended and a dinner was attended by X") seats no one.
func TestCoordinatedAttendanceJoinsTheMeetingTold(t *testing.T) {
	lead := "Leaders confer\nPresident Tomas Berg received Prime Minister Jan Kowal in Lima on Monday.\n"
	for _, line := range []string{
		"The meeting went on for nearly an hour and was also attended by Foreign Minister Ola Nowak.",
		"The meeting lasted two and a half hours and was attended by Foreign Minister Ola Nowak.",
		"The dinner meeting at the embassy lasted about three hours and was attended by Foreign Minister Ola Nowak.",
		"The talks went on late into the night and were attended by Foreign Minister Ola Nowak.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Tomas Berg", "Jan Kowal", "Ola Nowak") {
			t.Errorf("%q: want Nowak at the Berg-Kowal meeting: %s", line, dump(rec))
		}
	}
	line := "The meeting ended early and a concert in the evening was attended by Foreign Minister Ola Nowak."
	rec := corefRecord(t, lead+line)
	if heldAll(rec, "Tomas Berg", "Jan Kowal", "Ola Nowak") {
		t.Errorf("%q: a concert's audience seated at the meeting: %s", line, dump(rec))
	}
}
