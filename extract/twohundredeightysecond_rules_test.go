package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's two-hundred-and-eighty-second round: meetings told through
// delegations, counterparts and plural mentions (p1724-p1729: an agency on
// a prime minister's visit and "his host", an agency on two parties'
// leaders and their delegations, a press office's call readout, an agency
// on two foreign ministers signing a treaty before their leaders, a
// broadsheet on a treaty signed by two heads of government and their
// foreign ministers, an agency on a summit and "the foreign ministers of
// both countries"); each rule with sentences of its own.

var twohundredeightysecondPub = time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)

// "A, general secretary of the party, and Premier B held talks with C":
// the ", and" closes A's apposition and joins two subjects, not two
// clauses, so A is at the talks (apposedSubjectPair, frame predicates.go;
// p1725, p1072, p245, p997). A clause with its own verb
// before ", and" ("A arrived on Monday, and B held talks with C") is
// still a clause of its own.
func TestApposedFirstSubjectJoinsTheTalks(t *testing.T) {
	lead := "Leaders meet\n\nOSLO, May 5 (Wire) - "
	for _, s := range []string{
		"Hans Vogt, general secretary of the Labour Union Central Committee, and Premier Ole Lund held talks here this afternoon with Jens Holm, chairman of the Council of State of Sweden.",
		"Hans Vogt, the party leader, and Premier Ole Lund met Jens Holm here on Friday.",
	} {
		held := heldAt(t, lead+s, twohundredeightysecondPub)
		if len(held) != 1 || !slices.Equal(held[0].Participants, []string{"Hans Vogt", "Jens Holm", "Ole Lund"}) {
			t.Errorf("%q: held %+v, want Vogt, Lund and Holm", s, held)
		}
	}
	s := "Hans Vogt arrived in Oslo on Monday, and Premier Ole Lund held talks with Jens Holm on Tuesday."
	held := heldAt(t, lead+s, twohundredeightysecondPub)
	if len(held) != 1 || slices.Contains(held[0].Participants, "Hans Vogt") {
		t.Errorf("%q: held %+v, want Lund and Holm only", s, held)
	}
}

// "A and his counterpart, B, put their names to the pact in the presence
// of C": a signing before a witness named there is a ceremony,
// an encounter of its own, as "signed ... in the presence of C" is,
// though the clause tells no place or day (signedBefore read for "put
// their names to", meeting meetings.go; p1727, p1081, p1377, p1437,
// p1488, p552).
func TestSignaturesPutBeforeWitness(t *testing.T) {
	lead := "Treaty signed\n\nOSLO, May 5 (Wire) - Norway and Sweden signed a treaty of friendship on Saturday. "
	s := "Foreign Minister Karl Obermann of Norway and his Swedish counterpart, Ole Lund, put their names to the friendship pact in the presence of King Jens Holm."
	held := heldAt(t, lead+s, twohundredeightysecondPub)
	if len(held) != 1 || !slices.Equal(held[0].Participants, []string{"Jens Holm", "Karl Obermann", "Ole Lund"}) {
		t.Errorf("%q: held %+v, want Obermann, Lund and Holm at the signing", s, held)
	}
}

// A signing's witness "whose government has mediated between" the sides
// sits at it as the third party: "the two sides" of the story are not
// the witness's state (brokerSide, roles describedpair.go; p1377, p551).
func TestBrokerWitnessStateIsNoSide(t *testing.T) {
	text := "Accord signed\n\nLOME, May 5 (Wire) - Togo's President Ana Lind and rebel leader Kofi Mensah signed a peace accord here on Saturday, ending a four-year war.\n" +
		"Both men put their signatures to the document inside the palace in the presence of Beninese President Jean Dossou, whose government has mediated between Lind's ministers and the rebel movement since February.\n" +
		"Beninese Foreign Minister Paul Agbo, who presided over the sessions, said the two sides had resolved their final disputes late on Friday over the withdrawal of troops.\n"
	rec, err := Extract(Article{ID: "t", Text: text, Published: twohundredeightysecondPub})
	if err != nil {
		t.Fatal(err)
	}
	parties, mediators := roleNames(rec)
	if slices.Contains(parties, "Benin") || !slices.Contains(mediators, "Jean Dossou") {
		t.Errorf("parties %v, mediators %v: want Dossou a mediator and Benin no party", parties, mediators)
	}
}
