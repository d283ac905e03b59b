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

// "The king, who landed late on Monday, was greeted at the airport by
// X": a title description opening the sentence, set apart from its verb
// by a relative clause, is the subject the host's passive tells; it
// stands for the one person the story gave that title, who met X
// (relativeClauseEnd; p2914, p1798; p1130 already read). The negative
// case: with two kings in the story the description is never guessed.
func TestRelativeClauseKeepsTheTitledSubject(t *testing.T) {
	lead := "Royal visit\nKing Olaf Brenner of Arland flew to Lima on Monday for the regional summit.\n"
	line := "The king, who landed late on Monday after a stop in Quito, was greeted at the airport by President Tomas Berg."
	rec := corefRecord(t, lead+line)
	if !heldAll(rec, "Olaf Brenner", "Tomas Berg") {
		t.Errorf("want the king greeted by Berg: %s", dump(rec))
	}
	rec = corefRecord(t, "Royal visit\nKing Olaf Brenner of Arland and King Emil Sorensen of Borland flew to Lima on Monday.\n"+line)
	if heldAll(rec, "Olaf Brenner", "Tomas Berg") || heldAll(rec, "Emil Sorensen", "Tomas Berg") {
		t.Errorf("one of two kings guessed: %s", dump(rec))
	}
}
