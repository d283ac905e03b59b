package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-fifty-sixth round: a targeted batch
// (p2768-p2773: passive receptions whose subject is a title phrase — "the
// head of the X delegation was received by Y", "the visiting minister was
// received", "X's special envoy was received in audience by" — in agency
// and wire copy, the named person told before or after); each rule with
// sentences of its own.

// "The head of the X delegation was received by Y. Speaker W, who
// arrived ...": a passive reception's subject is a title phrase with no
// name, and the next sentence opens with the person, new to the story,
// told arriving, by the phrase's head again ("The envoy, W,") or with the
// host (coref.TitleSubjectNamedAfter; p2768, p2769, p2770, p2771, p2772).
// The names inside the phrase ("of President Z") are not received. The
// negative case: an opening person who neither arrives nor meets the host
// ("Opposition leader W criticised the visit") is someone else.
func TestTitleSubjectNamedInTheNextSentence(t *testing.T) {
	for _, c := range []struct{ text, guest string }{
		{"Speaker visits\nLIMA, May 5 -- The head of the Estonian parliamentary delegation was received by President Tomas Berg at the palace in Lima on Monday.\n" +
			"Parliament Speaker Jan Kowal, who arrived on Sunday for a three-day stay, conveyed the greetings of his colleagues.", "Jan Kowal"},
		{"Minister in Lima\nLIMA, May 5 - Finland's visiting foreign minister was received on Monday by Prime Minister Tomas Berg, the government said.\n" +
			"Ola Nowak arrived in the Peruvian capital late on Sunday.", "Ola Nowak"},
		{"Envoy received\nLIMA, May 5 -- The special envoy of President Piotr Zielinski of Chile was received in audience by President Tomas Berg on Monday.\n" +
			"The envoy, Foreign Minister Ola Nowak, handed the host a letter on trade.", "Ola Nowak"},
	} {
		rec := corefRecord(t, c.text)
		if !heldAll(rec, c.guest, "Tomas Berg") {
			t.Errorf("want %s received by Berg: %s", c.guest, dump(rec))
		}
		if heldAll(rec, "Piotr Zielinski", "Tomas Berg") {
			t.Errorf("the sender named in the title phrase was received: %s", dump(rec))
		}
	}
	rec := corefRecord(t, "Envoy received\nLIMA, May 5 -- The head of the Estonian parliamentary delegation was received by President Tomas Berg at the palace in Lima on Monday.\n"+
		"Opposition leader Jan Kowal criticised the cost of the visit in a statement.")
	if heldAll(rec, "Jan Kowal", "Tomas Berg") {
		t.Errorf("an opening critic read as the guest: %s", dump(rec))
	}
}

// "The Chilean delegation was headed by A, the Peruvian side by B. ...
// the head of the Peruvian delegation was received by Minister of Trade of
// the Republic of Chile C": the head is the person named right after that
// state's delegation or side earlier (coref.TitleSubjectNamedBefore), and
// the reception stands though its agent is past a long post (p364,
// p2699). The negative case: the head of a delegation the story never
// named a leader for is no one (the Peruvian after "the Bolivian side"
// is not of its state).
func TestHeadOfDelegationNamedBefore(t *testing.T) {
	lead := "Border talks\nLIMA, May 6 -- The border commissions of Chile and Peru held their third round in Lima on Monday.\n" +
		"The Chilean delegation was headed by Deputy Minister Jan Kowal, the Peruvian side by Vice Minister Ola Nowak.\n"
	rec := corefRecord(t, lead+"Later that day the head of the Peruvian delegation was received by Minister of Trade of the Republic of Chile Tomas Berg.")
	if !heldAll(rec, "Ola Nowak", "Tomas Berg") {
		t.Errorf("want Nowak received by Berg: %s", dump(rec))
	}
	rec = corefRecord(t, "Border talks\nLIMA, May 6 -- Vice Minister Ola Nowak of Peru spoke to the Bolivian side in Lima on Monday.\n"+
		"Later that day the head of the Bolivian delegation was received by Minister of Trade of the Republic of Chile Tomas Berg.")
	if heldAll(rec, "Tomas Berg", "Ola Nowak") {
		t.Errorf("the head of a delegation with no named leader read as someone: %s", dump(rec))
	}
}
