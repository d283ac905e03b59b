package extract

import "testing"

// Issue 14's five-hundred-and-fifty-seventh round: an untargeted batch
// (p3374-p3379: wires and agencies on hostage and kidnapping release
// negotiations and their go-betweens, 1991-2020 — a U.N. chief's day of
// meetings in Geneva, a Somali regional leader and clan elders over a
// hijacked tanker, French ministers collecting freed hostages in Niamey, a
// president receiving freed schoolboys, negotiators in the hills of Jolo,
// a president welcoming two women freed by guerrillas); each rule with
// sentences of its own.

// "X embraced Y at the palace" is a face-to-face encounter of the two,
// read as "X received Y" is: only with an actor right after the verb
// (objectTriggers; p3379, p3219, p2332, p2506). The negative cases: "X
// embraced the proposal" names no one, so no meeting is told; "X embraced
// the G leader" embraced a person, not the body G (meeting
// bodyTitledObject, p2544).
func TestEmbracedActorIsEncounter(t *testing.T) {
	text := "Freed captives reach capital\nPresident Tobias Marrel embraced Lena Ostrova and Carla Denet at the presidential palace late Thursday, hours after their release."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Tobias Marrel", "Lena Ostrova", "Carla Denet") {
		t.Errorf("want the embrace as a meeting of the three, got %s", dump(rec))
	}
	text = "Plan backed\nPresident Tobias Marrel embraced the proposal of Lena Ostrova on Thursday."
	rec = corefRecord(t, text)
	if heldAll(rec, "Tobias Marrel", "Lena Ostrova") {
		t.Errorf("want no meeting for an embraced proposal, got %s", dump(rec))
	}
	text = "Accord signed\nPresident Tobias Marrel embraced the Southern Liberation Front leader after the signing on Thursday."
	rec = corefRecord(t, text)
	if heldAll(rec, "Tobias Marrel", "Southern Liberation Front") {
		t.Errorf("want no meeting with the body whose leader was embraced, got %s", dump(rec))
	}
}

// "X ended Y's role as mediator", "for its role as facilitator": the
// possessor of the role brokers, not the clause's subject that the plain
// "as" reading takes (possessedRoleNouns, roles possessedrole.go; p3379,
// p2741, p55). The negative case: "Y has acted as mediator" is read as
// before, its subject the mediator.
func TestPossessedRoleMediator(t *testing.T) {
	text := "Border talks stall\nTalks between Norvania and Kestria on the disputed river border broke up on Friday without agreement.\nPresident Alvar Kettin of Norvania had ended Mirko Dessa's role as mediator in November."
	rec := corefRecord(t, text)
	if !hasMediator(rec, "Mirko Dessa") || hasMediator(rec, "Alvar Kettin") {
		t.Errorf("want Dessa, not Kettin, as mediator, got %s", dump(rec))
	}
	text = "Border talks stall\nTalks between Norvania and Kestria on the disputed river border broke up on Friday without agreement.\nThe minister thanked the Andean Council for its role as facilitator of the talks."
	rec = corefRecord(t, text)
	if !hasMediator(rec, "Andean Council") {
		t.Errorf("want the council as mediator, got %s", dump(rec))
	}
	text = "Border talks stall\nTalks between Norvania and Kestria on the disputed river border broke up on Friday without agreement.\nMirko Dessa has acted as mediator since November."
	rec = corefRecord(t, text)
	if !hasMediator(rec, "Mirko Dessa") {
		t.Errorf("want Dessa as mediator, got %s", dump(rec))
	}
}

// A capital the table of countries spells with diacritics and cities.tsv
// holds in plain letters as its own alternate ("Bogota" for Bogotá) names
// the capital too, so it stands for its state's government as a side
// ("mediator between the guerrillas and Bogota", p3379; p2195, p567 gain
// their sides). The negative case: "arrived in Bogota" stays a place.
func TestPlainCapitalSpellingStandsForState(t *testing.T) {
	text := "Envoy frees captives\nCARACAS, Jan 11, 2008 (AFP) - President Tobias Marrel welcomed two women freed by the Southern Liberation Army guerrillas on Thursday.\nMarrel, who has acted as mediator between the guerrillas and Bogota, said the talks would go on."
	rec := corefRecord(t, text)
	if !hasPartyNamed(rec, "Colombia") {
		t.Errorf("want Colombia as a side, got %s", dump(rec))
	}
	text = "Envoy visits\nPresident Tobias Marrel arrived in Bogota on Thursday and met Foreign Minister Lena Ostrova."
	rec = corefRecord(t, text)
	m, ok := heldMeeting(rec, "Tobias Marrel", "Lena Ostrova")
	if !ok || m.Place == "" || hasPartyNamed(rec, "Colombia") {
		t.Errorf("want the meeting placed in the capital and no sides, got %s", dump(rec))
	}
}
