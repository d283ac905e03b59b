package extract

import "testing"

// Issue 14's four-hundred-and-twenty-eighth round: a stranger's batch
// (p2600-p2605: Soviet and Russian agency copy in English translation, a
// Kremlin visit of 1955, the Tashkent meeting of 1966, a Vienna summit of
// 1979, a Helsinki summit of 1997, a Kremlin ceasefire plan of 2008, a
// Moscow ceasefire of 2020); each rule with sentences of its own.

// "Their opening session was held at the embassy in X. On the host side
// it was attended by C and D. On the Danish side it was attended by E":
// "it" stands
// for the sitting, whose people each side's list joins
// (sideSittingAttended, retoldSittingBefore; p2602, p1901). The negative
// case: without the side list, the sitting keeps its two principals.
func TestSidePronounAttendedJoinsTheSitting(t *testing.T) {
	const lead = "Trade talks open\nBERGEN, May 3 (TASS). -- Talks began here today between Ivan Petrov, Minister of Trade of Norway, and John Harlow, Minister of Commerce of Denmark.\n"
	rec := run(t, lead+"Their opening session was held at the Danish Consulate in Bergen. On the Norwegian side it was attended by Semyon Orlov, Deputy Minister, and Boris Lenko, trade representative. On the Danish side it was attended by Walter Pike, Under Secretary, and Mark Dunn, adviser.\n", "1970-05-03")
	if m := meetingOf(rec, "Ivan Petrov", "John Harlow", "Semyon Orlov", "Boris Lenko", "Walter Pike", "Mark Dunn"); m == nil {
		t.Errorf("want both sides' lists at the one sitting: %s", dump(rec))
	}
	if meetingOf(rec, "Semyon Orlov", "Boris Lenko") != nil {
		t.Errorf("one side's list is no meeting of its own: %s", dump(rec))
	}
	rec = run(t, lead+"Their opening session was held at the Danish Consulate in Bergen.\n", "1970-05-03")
	if meetingOf(rec, "Ivan Petrov", "John Harlow") == nil {
		t.Errorf("want the principals' sitting: %s", dump(rec))
	}
}

// "by the mediation of the co-chairs of G, which are A, B and C":
// the body and the states its relative clause names broker
// (roles.chairsOfBody; p2605, p1850). The negative case: "which first
// met in X" names no members.
func TestMediationOfBodyChairsNamesTheChairs(t *testing.T) {
	rec := run(t, "Truce agreed\nOSLO, May 3. Velmora and Kestria agreed on a truce after talks between their foreign ministers, Ana Roth and Ivo Brenn, in Oslo. The parties agreed to start negotiations through mediation of the co-chairs of the Nordic Contact Group, which are Norway, Finland and Iceland.\n", "2020-05-03")
	for _, n := range []string{"Norway", "Finland", "Iceland"} {
		if !hasMediator(rec, n) {
			t.Errorf("want %s a mediator: %s", n, dump(rec))
		}
	}
	rec = run(t, "Truce agreed\nOSLO, May 3. Velmora and Kestria agreed on a truce after talks between their foreign ministers, Ana Roth and Ivo Brenn, in Oslo. The parties agreed to start negotiations through mediation of the co-chairs of the Nordic Contact Group, which first met in Norway in 1994.\n", "2020-05-03")
	if hasMediator(rec, "Norway") {
		t.Errorf("a clause that names no members gives no chairs: %s", dump(rec))
	}
}
