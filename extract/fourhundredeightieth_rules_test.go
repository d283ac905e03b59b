package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-eightieth round: an untargeted batch
// (p2912-p2917: Arab League, OIC and Maghreb summits and mediation in
// North African agencies and French-to-English wires, 1988-2022 — a
// Moroccan agency on Libyan consultations in Bouznika, an Algerian agency
// on a Palestinian declaration signed in Algiers, a wire on a king's talks
// at an Arab summit in Algiers, a Tunisian agency on an Arab summit and a
// Quartet meeting in Tunis, a wire on an Islamic summit in Casablanca, an
// Algerian agency on an extraordinary Arab summit); each rule with
// sentences of its own.

// "Eleven heads of state attended, among them A, B and C": an active
// attendance whose subject names no one lists the gathering's guests after
// the cue; they met there (amongAfterAttendance; p2914, p2147). The
// negative cases: a person named after "while" ("while D stayed away")
// is of another clause, and a subject that names a person ("X attended
// the dinner, including ...") is left to the other readers.
func TestAttendedAmongThemListsTheGuests(t *testing.T) {
	for _, line := range []string{
		"Eleven heads of state attended, among them President Tomas Berg, King Olaf Brenner and Prime Minister Jan Kowal, while President Emil Sorensen stayed away.",
		"Leaders of a dozen states attended the ceremony, including President Tomas Berg, King Olaf Brenner and Prime Minister Jan Kowal, while President Emil Sorensen stayed away.",
	} {
		rec := corefRecord(t, "Leaders gather\nThe regional summit opened in Lima on Monday.\n"+line)
		if !heldAll(rec, "Tomas Berg", "Olaf Brenner", "Jan Kowal") {
			t.Errorf("%q: want the three guests at one meeting: %s", line, dump(rec))
		}
		if heldAll(rec, "Tomas Berg", "Emil Sorensen") {
			t.Errorf("%q: the leader who stayed away met the guests: %s", line, dump(rec))
		}
	}
}
