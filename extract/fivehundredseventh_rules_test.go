package extract

import (
	"testing"
)

// Issue 14's five-hundred-and-seventh round: an untargeted batch
// (p3074-p3079: East African dailies and agencies on Horn of Africa and
// Sudan mediation, 1994-2024 — a wire on Somali factions' talks at an
// Ethiopian resort, a weekly on a federal delegation's visit to Tigray's
// capital, a Sudanese paper on secret army-RSF talks in Manama, a Kenyan
// daily on an IGADD round on Sudan in Nairobi, a Chinese agency on a South
// Sudan signing in Addis Ababa, a Somali site on a reconciliation congress
// in Mogadishu); each rule with sentences of its own.

// "The visitors later held discussions with X", "Y met the guests at the
// airport": "the guests" and "the visitors" stand for the guests of the
// meeting told in the sentence just before, less its hosts named after
// "by" (coref/guests.go; p3075, p1683, p897). The negative cases: a host
// of that meeting is no guest, and with no meeting told just before the
// description stands for no one.
func TestGuestsOfTheMeetingJustTold(t *testing.T) {
	head := "Delegation in Kelso\nKELSO, May 4 - The delegation, which included Justice Minister Piotr Zielinski, Transport Minister Ana Ruiz and Trade Minister Jan Kowal, was welcomed at the airport by Tomas Berg, spokesman of the front.\n"
	for _, line := range []string{
		"The visitors later held discussions with Senator Emil Sorensen.",
		"Senator Emil Sorensen met the guests at the airport.",
	} {
		rec := corefRecord(t, head+line)
		if !heldAll(rec, "Piotr Zielinski", "Emil Sorensen") || !heldAll(rec, "Ana Ruiz", "Emil Sorensen") {
			t.Errorf("%q: want both guests with Sorensen: %s", line, dump(rec))
		}
		if heldAll(rec, "Tomas Berg", "Emil Sorensen") {
			t.Errorf("%q: the host read as a guest: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Delegation in Kelso\nKELSO, May 4 - Justice Minister Piotr Zielinski praised the new bridge on Monday.\nThe visitors later held discussions with Senator Emil Sorensen.")
	if heldAll(rec, "Piotr Zielinski", "Emil Sorensen") {
		t.Errorf("guests with no meeting told before: %s", dump(rec))
	}
}
