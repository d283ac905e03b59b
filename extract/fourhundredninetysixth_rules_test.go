package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-ninety-sixth round: a targeted batch
// (p3008-p3013: group references and pronoun objects resolved across
// sentences — a Belizean broadcaster on a border session, an
// international broadcaster on two prime ministers' talks after a border
// clash, a Nepali paper on a ministerial committee and a royal audience,
// an Australian agency on a minister's talks with rebel officers, a
// Malawian paper on clergy shuttling between two rivals, a wire on envoys
// received in a border dispute; 2003-2014); each rule with sentences of
// its own.

// "A flew to X at the invitation of B. [a sentence naming C]. The two men
// held talks": the pair named together, not C joined to one of them
// (unsplitGroup, coref; p3009, p77, p587). The negative cases: a pair
// named apart ("A arrived. B received him. ... The two men") is read as
// before, and "the two leaders" after aides named together is not
// re-read.
func TestTwoMenSkipAThirdPersonNamedBetween(t *testing.T) {
	text := "Premiers confer\n" +
		"Prime Minister Karl Odbert of Ostmark flew to the town of Zelm on Monday at the invitation of his counterpart, Tomas Vrell.\n" +
		"The clash last week wounded five guards. Border chief Anton Kessel said the other side had fired mortars.\n" +
		"The two men conferred alone for three hours on the terrace, aides said."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Karl Odbert", "Tomas Vrell") || heldAll(rec, "Anton Kessel") {
		t.Errorf("want Odbert and Vrell, not Kessel: %s", dump(rec))
	}
	text = "Ministers confer\n" +
		"Foreign Minister Ola Nowak arrived in Zelm on Monday.\n" +
		"President Tomas Vrell received her at the palace.\n" +
		"The two women then drove to the border."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Ola Nowak", "Tomas Vrell") {
		t.Errorf("want the Nowak-Vrell reception: %s", dump(rec))
	}
	text = "Presidents confer\n" +
		"President Karl Odbert of Ostmark arrived in Zelm on Monday for talks with President Tomas Vrell.\n" +
		"He was accompanied by Foreign Minister Ola Nowak and Trade Minister Piotr Zielinski.\n" +
		"Spokesman Anton Kessel said the visit was long overdue.\n" +
		"The two leaders discussed trade and the border."
	rec = corefRecord(t, text)
	if heldAll(rec, "Ola Nowak", "Piotr Zielinski") && !heldAll(rec, "Karl Odbert", "Ola Nowak") {
		t.Errorf("the two leaders read as the aides alone: %s", dump(rec))
	}
}

// "B received them", "B met them": the people of the nearest of the three
// sentences before that names two or more besides B, a sentence naming
// one other person passed over; when that sentence tells its group
// meeting someone ("A team led by X and Y met Z"), the group is X and Y
// (themAnte, meeting/objectante.go; p3010, p3011, p3012, p1628). The
// negative cases: a sentence opening with a plural noun in between ("The
// prisoners were flown to X") leaves "them" to those, and "visited with
// them" is company, not a meeting.
func TestThemReadBackToTheGroupNamedBefore(t *testing.T) {
	text := "Envoys received\n" +
		"Foreign Minister Ola Nowak arrived in Zelm on Monday at the head of a delegation that includes Deputy Minister Piotr Zielinski.\n" +
		"On Tuesday, the King of Ostmark, Karl Odbert, received them at the palace."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Karl Odbert", "Ola Nowak", "Piotr Zielinski") {
		t.Errorf("want the king with Nowak and Zielinski: %s", dump(rec))
	}
	text = "Clergy shuttle\n" +
		"A church team led by Reverend Tomas Vrell and Bishop Anton Kessel met former President Emil Sorensen in Zelm on Monday.\n" +
		"The former President told the clergy he was ready to talk.\n" +
		"On Tuesday President Karl Odbert received them at the palace."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Karl Odbert", "Tomas Vrell", "Anton Kessel") || heldAll(rec, "Karl Odbert", "Emil Sorensen") {
		t.Errorf("want Odbert with the clergy, not Sorensen: %s", dump(rec))
	}
	text = "Prisoners freed\n" +
		"Minister Tomas Vrell and Colonel Anton Kessel said the exchange had been agreed.\n" +
		"The prisoners were flown to Zelm by helicopter. President Karl Odbert received them at the palace on Sunday."
	rec = corefRecord(t, text)
	if heldAll(rec, "Karl Odbert", "Tomas Vrell") {
		t.Errorf("them read as the speakers, not the prisoners: %s", dump(rec))
	}
	text = "Summit ends\n" +
		"The summit brought together President Tomas Vrell and President Anton Kessel in Zelm on Monday.\n" +
		"Prime Minister Karl Odbert later visited with them an exhibition of local crafts."
	rec = corefRecord(t, text)
	if heldAll(rec, "Karl Odbert", "Tomas Vrell") && !heldAll(rec, "Tomas Vrell", "Anton Kessel") {
		t.Errorf("visited with them read as a meeting: %s", dump(rec))
	}
}
