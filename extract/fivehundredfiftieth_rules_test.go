package extract

import "testing"

// Issue 14's five-hundred-and-fiftieth round: an untargeted batch
// (p3332-p3337: Mexican, Central American and US outlets and wires on
// US-Mexico and Central American talks on migration, security and trade,
// 1997-2024 — a wire on a security dialogue at a national palace, a wire on
// a president's first visit to Mexico, an agency on a vice president's talks
// with Northern Triangle leaders, a trade ministers' commission in a resort
// city, two presidents at a ranch, a Guatemalan daily on a White House
// visit); each rule with sentences of its own.

// A person said to be elsewhere — "A was represented by its chief of staff,
// X, because President Y was abroad" — is none of the side's list at the
// meeting told before (AbsentSubject, absenceStates; p3334, p2419). The
// negative case: "Y, who was away last week," with more after the absence
// word keeps Y in the list.
func TestAbsentPersonLeftOutOfList(t *testing.T) {
	text := "Talks in Lima\nLIMA, June 20 (EFE) - Vice President Ana Lorca met Friday with regional leaders.\nLorca held talks with President Hugo Varela of Peru at the palace. Chile was represented by its chief of staff, Pedro Sotomil, because President Mario Rubal was abroad."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Ana Lorca", "Hugo Varela", "Pedro Sotomil") {
		t.Errorf("want the envoy at the talks, got %s", dump(rec))
	}
	if heldAll(rec, "Mario Rubal") {
		t.Errorf("the absent president put at the talks, got %s", dump(rec))
	}
	text = "Talks in Lima\nLIMA, June 20 (EFE) - Vice President Ana Lorca met Friday with regional leaders.\nLorca held talks with President Hugo Varela of Peru at the palace. Chile was represented by its chief of staff, Pedro Sotomil, and by President Mario Rubal, who was away last week."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Ana Lorca", "Mario Rubal") {
		t.Errorf("a person away at another time left out, got %s", dump(rec))
	}
}

// "A sent its interior minister, X" lists X in A's name at the meeting the
// story has just told, as "A was represented by X" does (envoyPossessives,
// roster.go; p3334, p2475, p3128, p3143, p65). The negative case: "sent his
// minister, X, to open a channel" tells an errand, so X joins no sitting.
func TestSentItsMinisterJoinsMeeting(t *testing.T) {
	text := "Talks in Lima\nLIMA, June 20 (EFE) - Vice President Ana Lorca met Friday with regional leaders.\nLorca held talks with President Hugo Varela of Peru at the palace. Chile sent its interior minister, Tomas Quirell."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Ana Lorca", "Hugo Varela", "Tomas Quirell") {
		t.Errorf("want the minister sent at the talks, got %s", dump(rec))
	}
	text = "Talks in Lima\nLIMA, June 20 (EFE) - Vice President Ana Lorca met Friday with regional leaders.\nLorca held talks with President Hugo Varela of Peru at the palace. Last year Varela sent his interior minister, Tomas Quirell, to open a channel to Santiago."
	rec = corefRecord(t, text)
	if heldAll(rec, "Tomas Quirell") {
		t.Errorf("an errand read as a seat at the talks, got %s", dump(rec))
	}
}
