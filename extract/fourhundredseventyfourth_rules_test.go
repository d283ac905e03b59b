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

// "... was attended by X and Prime Minister Y, whose government hosted
// the talks": the host verb in the relative clause of one already listed
// tells who hosted, not a new reading of the sentence, so the attendance
// before it still seats X and Y (whoseBodyHosted; p966, p193). The
// negative case: "announced the accord with President Y, whose government
// hosted the round" no longer seats Y at the meeting told before.
func TestWhoseGovernmentHostedKeepsTheAttendance(t *testing.T) {
	lead := "Summit\nLIMA (May 5) - President Tomas Berg and Prime Minister Jan Kowal met in Lima on Sunday evening.\n"
	for _, line := range []string{
		"The talks, which lasted three hours, were attended by the envoy Ivo Marsh and Prime Minister Karl Dunn, whose government hosted the talks.",
		"The meeting lasted three hours and was attended by the envoy Ivo Marsh and Prime Minister Karl Dunn, whose government hosted the talks.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Tomas Berg", "Jan Kowal", "Ivo Marsh", "Karl Dunn") {
			t.Errorf("%q: want Marsh and Dunn at the Berg-Kowal meeting: %s", line, dump(rec))
		}
	}
	line := "Commissioner Ivo Marsh announced the accord at the palace with President Karl Dunn, whose government hosted the round."
	rec := corefRecord(t, lead+line)
	if heldAll(rec, "Tomas Berg", "Jan Kowal", "Karl Dunn") {
		t.Errorf("%q: the host of another round seated at the meeting: %s", line, dump(rec))
	}
}
