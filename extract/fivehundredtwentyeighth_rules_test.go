package extract

import "testing"

// Issue 14's five-hundred-and-twenty-eighth round: an untargeted batch
// (p3200-p3205: Libyan, Maghreb, Italian, French and wire outlets on the
// Libya talks, 2015-2021 — a wire on indirect talks in Moscow, a Paris
// daily on a château meeting of the two rivals, an Italian agency on the
// Berlin conference, a Tunisian agency on the dialogue forum's opening, a
// Libyan outlet on the forum's vote in Geneva, a Moroccan agency on the
// signing at a seaside resort); each rule with sentences of its own.

// "in X, south of Y": a name the gazetteer lacks, after "in" or "at" and
// set off by a compass word, "of" and a city it lies outside, is the
// meeting's place (compassApposedPlace; p3205, p3203, p2685, p3097). The
// negative case: "in March, south of Y" is a month, not a town.
func TestCompassApposedTownIsThePlace(t *testing.T) {
	text := "Rivals meet\nForeign Minister Omar Taleb met envoy Karl Brenner on Tuesday in Vardinka, south of Rabat, for talks on the truce."
	rec := corefRecord(t, text)
	m, ok := heldMeeting(rec, "Omar Taleb", "Karl Brenner")
	if !ok || m.Place != "Vardinka" {
		t.Errorf("want the talks placed in Vardinka, got %s", dump(rec))
	}
	text = "Rivals meet\nForeign Minister Omar Taleb met envoy Karl Brenner on Tuesday at Vardinka, about 30 kilometres north of Rabat."
	rec = corefRecord(t, text)
	m, ok = heldMeeting(rec, "Omar Taleb", "Karl Brenner")
	if !ok || m.Place != "Vardinka" {
		t.Errorf("want the talks placed at Vardinka, got %s", dump(rec))
	}
	text = "Rivals meet\nForeign Minister Omar Taleb met envoy Karl Brenner in March, south of Rabat, at a farm of the army's."
	rec = corefRecord(t, text)
	if m, ok = heldMeeting(rec, "Omar Taleb", "Karl Brenner"); ok && m.Place == "March" {
		t.Errorf("a month read as a place, got %s", dump(rec))
	}
}

// "A and B met each delegation in turn": the sides the sentence before
// names are met one by one, as "received each of them" takes them
// (eachSideNouns, eachMeetVerbs; p3200, p1640, p2667). The negative case:
// "met each week" names no side, so the two keep their own meeting and
// take no one from the sentence before.
func TestMetEachDelegationInTurn(t *testing.T) {
	text := "Truce talks\nAmin Darwish and Rafiq Hallal never sat in the same room, officials said.\nForeign Minister Pavel Sorokin and Defence Minister Yuri Belov met each delegation in turn at a villa outside the capital."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Pavel Sorokin", "Yuri Belov", "Amin Darwish") || !heldAll(rec, "Pavel Sorokin", "Yuri Belov", "Rafiq Hallal") {
		t.Errorf("want each side met by the two ministers, got %s", dump(rec))
	}
	if heldAll(rec, "Amin Darwish", "Rafiq Hallal") {
		t.Errorf("the sides met apart were put together, got %s", dump(rec))
	}
	text = "Truce talks\nAmin Darwish and Rafiq Hallal never sat in the same room, officials said.\nForeign Minister Pavel Sorokin and Defence Minister Yuri Belov met each week at a villa outside the capital."
	rec = corefRecord(t, text)
	if heldAll(rec, "Pavel Sorokin", "Amin Darwish") || heldAll(rec, "Pavel Sorokin", "Rafiq Hallal") {
		t.Errorf("\"each week\" took the sides of the sentence before, got %s", dump(rec))
	}
}
