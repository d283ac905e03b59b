package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-eighty-second round: a batch targeted at
// person-name boundaries (p2924-p2929: an American agency on a House
// delegation's talks in Pyongyang, a wire on senators' meeting with an
// Iraqi president in Mosul, a Nigerien agency on a long-titled foreign
// minister's talks in Niamey, a Korean agency on two defence ministers in
// Seoul, a German agency on a Franco-German cabinet meeting in Toulouse, a
// Bangladeshi agency on two parties' dialogue in Dhaka); each rule with
// sentences of its own.

// "Democrat X Y of Ohio", "Republicans X Y of Utah, ...": the party label
// before a member's name stands where a title would and is no part of
// the name (partyLabelBeforeName; p2924, p2925). The negative case: a
// title after the label ("Republican Senator X Y") keeps the title split,
// and the name is still X Y.
func TestPartyLabelOpensNoName(t *testing.T) {
	rec := corefRecord(t, "Senators confer\nDemocrat Tomas Berg of Ohio met Republican Ana Ruiz in Lima on Monday.")
	if !hasPerson(rec, "Tomas Berg") || !hasPerson(rec, "Ana Ruiz") || !heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("want Tomas Berg and Ana Ruiz, the labels dropped: %s", dump(rec))
	}
	rec = corefRecord(t, "Senators confer\nWith him were Republicans Jan Kowal of Utah and Piotr Zielinski of Iowa.")
	if !hasPerson(rec, "Jan Kowal") {
		t.Errorf("want Jan Kowal without the plural label: %s", dump(rec))
	}
	rec = corefRecord(t, "Senators confer\nRepublican Senator Ola Nowak met Foreign Minister Emil Sorensen in Lima on Monday.")
	if !hasPerson(rec, "Ola Nowak") || hasPerson(rec, "Senator Ola Nowak") {
		t.Errorf("want Ola Nowak after the title: %s", dump(rec))
	}
}

// "Chairman of the National People's Congress X Y", "Speaker of the
// People's Assembly X Y": the possessive cut the body's name, whose head
// was glued to the holder's name; the head closes the body and the title
// is the holder's (headAfterPossessive, possessiveTitle; p2858, p2410,
// p2595, p2835, p1327). The negative cases: a thing's head ("the
// minister's Operation X Y") and a title opened by a head word
// ("Britain's International Development Secretary X Y") are left alone.
func TestBodyHeadAfterPossessiveOpensNoName(t *testing.T) {
	rec := corefRecord(t, "Legislators confer\nVice Chairman of the Federal People's Congress Karl Lind met Speaker of the People's Assembly Omar Farid in Lima on Monday.")
	if !hasPerson(rec, "Karl Lind") || !hasPerson(rec, "Omar Farid") || !heldAll(rec, "Karl Lind", "Omar Farid") {
		t.Errorf("want Karl Lind and Omar Farid, the heads dropped: %s", dump(rec))
	}
	rec = corefRecord(t, "Aid talks\nBritain's International Development Secretary Hilary Vance met President Omar Farid in Lima on Monday.")
	if !hasPerson(rec, "Hilary Vance") {
		t.Errorf("want Hilary Vance: %s", dump(rec))
	}
	for _, a := range rec.Actors {
		if a.Name == "Hilary Vance" && (len(a.Positions) == 0 || a.Positions[0].Title != "International Development Secretary") {
			t.Errorf("want the whole title kept: %s", dump(rec))
		}
	}
}
