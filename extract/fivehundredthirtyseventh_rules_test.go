package extract

import "testing"

// Issue 14's five-hundred-and-thirty-seventh round: a targeted batch
// (p3254-p3259: wires and agencies, 2012-2023, on meetings told beside the
// city of another event — a relative clause's arrival city, a summit to
// come, a city inside an apposed post, an organization's or a court's
// seat, the dateline's city); each rule with sentences of its own.

// A city inside a post apposed to a person's name after the predicate
// ("received X, chief of the front's liaison bureau in P, at her office
// in Q") says where X serves, not where they met (postSeatCity; p3255,
// p3197, p1468, p1632): the meeting is in Q. The negative cases: a post
// told before the predicate ("His envoy in P, X, met Y") still places the
// meeting in P, and a post closed by its comma ("X, the new envoy, at the
// ministry in P") or a venue after the name's comma ("met the army chief,
// Y, at army headquarters in P") leaves P the meeting's.
func TestApposedPostCityIsNoVenue(t *testing.T) {
	text := "Minister receives front's envoy\nForeign Minister Lena Marsh received Tomas Riel, chief of the front's liaison bureau in Cairo, at her office in Amman on Tuesday."
	rec := corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Lena Marsh", "Tomas Riel"); !ok || m.Place != "Amman" {
		t.Errorf("want the meeting in Amman, got %s", dump(rec))
	}
	text = "Envoy sees minister\nHis envoy in Cairo, Tomas Riel, met Foreign Minister Lena Marsh on Tuesday to discuss the border."
	rec = corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Lena Marsh", "Tomas Riel"); !ok || m.Place != "Cairo" {
		t.Errorf("want the envoy's meeting in Cairo, got %s", dump(rec))
	}
	text = "Minister receives envoy\nForeign Minister Lena Marsh received Tomas Riel, the new envoy, at the ministry in Cairo on Tuesday."
	rec = corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Lena Marsh", "Tomas Riel"); !ok || m.Place != "Cairo" {
		t.Errorf("want the meeting in Cairo, got %s", dump(rec))
	}
	text = "Envoy meets army chief\nISLAMABAD, May 4 (Wire) - Envoy Paul Mercer, who flew to Islamabad on Sunday, met the army chief, Gen. Omar Tahir, at army headquarters in Rawalpindi on Monday.\nThe talks covered the border."
	rec = corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Paul Mercer", "Omar Tahir"); !ok || m.Place != "Rawalpindi" {
		t.Errorf("want the meeting at the headquarters in Rawalpindi, got %s", dump(rec))
	}
}
