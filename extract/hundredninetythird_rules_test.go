package extract

import (
	"testing"
)

// Issue 14's hundred-and-ninety-third round: untargeted (p1190-p1195: a
// 1961 wire story of a leader flying to a premier on tour, a Yonhap
// summit story, a White House readout of a three-leader meeting and a
// joint call, a broadsheet on an accord signed at the United Nations, a
// Caribbean paper on an accord brokered by a regional mission, a
// Johannesburg paper on a peace pact signed before witnesses); each rule
// with sentences of its own.

// "The signing ... was witnessed by A and B": the agents of a passive
// witness whose subject is the signing occasion sat at the signing just
// told, as the active "A witnessed the signing" puts A there
// (passiveSigningWitness, merge.go; p1195). The negative cases: the one a
// witness stands in for ("representing President C") was not there, and
// a passive witness of something other than a signing ("The clashes were
// witnessed by D") joins no meeting.
func TestPassiveSigningWitness(t *testing.T) {
	text := "Neighbours settle river quarrel\nThe foreign ministers of Ardenia and Belmora, Kasimir Olen and Radu Fenn, signed an interim accord on the river quarrel in Vienna on Monday. The signing at the old palace was witnessed by Chancellor Ilse Marten, who had offered her capital as a venue, and by the regional envoy Petra Lind."
	rec := corefRecord(t, text)
	for _, w := range []string{"Ilse Marten", "Petra Lind"} {
		if meetingWith(rec, "Kasimir Olen", w) == nil {
			t.Errorf("want %s at the signing, got %+v", w, rec.Meetings)
		}
	}
	text = "Neighbours settle river quarrel\nThe foreign ministers of Ardenia and Belmora, Kasimir Olen and Radu Fenn, signed an interim accord on the river quarrel in Vienna on Monday. The ceremony was also witnessed by the Dravian Minister of State, Jan Kovar, representing President Anton Brask."
	rec = corefRecord(t, text)
	if meetingWith(rec, "Radu Fenn", "Jan Kovar") == nil {
		t.Errorf("want the stand-in at the signing, got %+v", rec.Meetings)
	}
	if meetingWith(rec, "Radu Fenn", "Anton Brask") != nil {
		t.Errorf("the one stood in for joined the signing: %+v", rec.Meetings)
	}
	text = "Neighbours settle river quarrel\nThe foreign ministers of Ardenia and Belmora, Kasimir Olen and Radu Fenn, signed an interim accord on the river quarrel in Vienna on Monday. The clashes on the border last spring were witnessed by Colonel Dario Venn."
	rec = corefRecord(t, text)
	if meetingWith(rec, "Kasimir Olen", "Dario Venn") != nil {
		t.Errorf("a witness of clashes joined the signing: %+v", rec.Meetings)
	}
}

// "signed for the government and B for the rebels, in a ceremony
// witnessed by C": the reduced relative on the occasion puts its agent at
// the signing as the passive sentence does (passiveSigningWitness;
// p750). The negative case: a ceremony of another kind (a wreath laid)
// after talks adds no one to the talks.
func TestReducedSigningWitness(t *testing.T) {
	text := "Rebels sign peace accord\nThe government and the rebels put their signatures to a peace accord in Oslo on Monday.\nKasimir Olen signed for the government and Radu Fenn for the rebels, in a ceremony witnessed by former Dravian president Ilse Marten."
	rec := corefRecord(t, text)
	if meetingWith(rec, "Kasimir Olen", "Ilse Marten") == nil {
		t.Errorf("want the witness at the signing, got %+v", rec.Meetings)
	}
	text = "Rebels sign peace accord\nKasimir Olen and Radu Fenn held talks in Oslo on Monday. Olen later laid a wreath at the war memorial, in a ceremony witnessed by former Dravian president Ilse Marten."
	rec = corefRecord(t, text)
	if meetingWith(rec, "Radu Fenn", "Ilse Marten") != nil {
		t.Errorf("a witness of a wreath-laying joined the talks: %+v", rec.Meetings)
	}
}
