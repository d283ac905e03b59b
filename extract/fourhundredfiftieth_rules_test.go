package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-fiftieth round: summits and conferences told
// through who chaired them (p2732-p2737: a 1980s Australian agency on a
// Pacific forum, a 1980s wire on a Commonwealth retreat, a 1990s Finnish
// agency on an EU summit with Russia, a 2010s Chinese agency on a
// conference in Kabul, a 1980s Moroccan agency on a Maghreb summit, a
// 1990s Singapore daily on an ASEAN summit); each rule with sentences of
// its own.

// "The meeting was chaired by X", "The ceremony was presided over by Y":
// a meeting, summit or ceremony noun as the subject of a chair's passive
// puts the chair at the meeting told before, as "The session was chaired
// by X" did (p110, p839, p2063, p2323, p2160). The negative case: a
// chair of a meeting still to come ("will be chaired by") sits at none,
// and a chair beside a side's headed delegation stays that side's.
func TestChairOfTheMeetingToldJoinsIt(t *testing.T) {
	lead := "Envoys confer\nForeign Minister Jan Kowal met Foreign Minister Tomas Berg in Lima on Monday.\n"
	for _, line := range []string{
		"The meeting, held in the old city hall, was chaired by Piotr Zielinski.",
		"The ceremony was presided over by President Piotr Zielinski.",
		"The summit was presided by President Piotr Zielinski, its host.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Piotr Zielinski") {
			t.Errorf("%q: want Zielinski at the Kowal-Berg meeting: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"The next meeting will be chaired by Ambassador Piotr Zielinski in May.")
	if heldAll(rec, "Jan Kowal", "Piotr Zielinski") {
		t.Errorf("a chair of the next meeting put at the one held: %s", dump(rec))
	}
	fourhundredfiftiethChairHeadingOneSide(t)
}

// "The meeting was chaired by A's X, and the B delegation was headed by
// Y": at talks of two sides the chair is one side's head, no third party
// seated at them; the sides stay as the delegation lists give them (p265).
func fourhundredfiftiethChairHeadingOneSide(t *testing.T) {
	t.Helper()
	rec := corefRecord(t, "Neighbours talk\nOfficials of Norland and Sudmark met in Varna on Monday to settle their dispute over fishing rights.\n"+
		"The meeting was chaired by Norland's deputy foreign minister, Jan Kowal, and the Sudmark delegation was headed by Tomas Berg.")
	if !heldAll(rec, "Jan Kowal", "Tomas Berg") {
		t.Errorf("want Kowal and Berg at the meeting: %s", dump(rec))
	}
	for _, n := range rec.Negotiations {
		if slices.Contains(n.Mediators, "Norland") {
			t.Errorf("the chair's state made a mediator: %s", dump(rec))
		}
	}
}

// "The ceremony was presided by X and attended by Y, special envoy of
// the President of Z's state, Z": the chair and those listed join the
// signing told before, not the one Y stands in for (p2353, p2323); a
// sitting told after the ceremony ("After the act, ...") is another, and
// the chair of the ceremony is not at it (p2523).
func TestCeremonyChairListAndAfter(t *testing.T) {
	lead := "Accord signed\nForeign Minister Jan Kowal and Foreign Minister Tomas Berg signed the accord in Lima on Monday.\n"
	rec := corefRecord(t, lead+"The ceremony was presided by President Piotr Zielinski, and was attended by Ola Nowak, special envoy of the President of Norland, Karl Weiss.")
	if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Piotr Zielinski", "Ola Nowak") {
		t.Errorf("want the chair and the envoy at the signing: %s", dump(rec))
	}
	if heldAll(rec, "Jan Kowal", "Karl Weiss") {
		t.Errorf("the one the envoy stands in for put at the signing: %s", dump(rec))
	}
	rec = corefRecord(t, "Accord signed\nThe two foreign ministers signed the accord in Lima on Monday morning.\n"+
		"The ceremony was presided over by Cardinal Piotr Zielinski.\n"+
		"After the act, President Karl Weiss received Foreign Minister Jan Kowal and Foreign Minister Tomas Berg in his library.")
	if heldAll(rec, "Karl Weiss", "Piotr Zielinski") {
		t.Errorf("the ceremony's chair put at the audience told after it: %s", dump(rec))
	}
}
