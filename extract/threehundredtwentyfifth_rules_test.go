package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-twenty-fifth round: Central and South
// America 1980s-1990s peace processes, wire copy and local dailies
// (p1982-p1987: a 1984 Bogota daily on a peace commission's truce accord
// with a guerrilla command, a 1988 wire on the first direct talks of a
// government and its rebels under a cardinal's mediation, a 1989 agency
// on a government-rebel accord signed abroad, a 1990 wire on rebel
// commanders' disarmament accord with a president-elect's aides, a 1990
// agency on a government-guerrilla human rights accord under a U.N.
// mediator, a 1989 broadsheet on two governments' end of hostilities);
// each rule with sentences of its own.

// The place phrase between a passive signing and its "by" may tell the
// city a venue stands in by its kind, not its name ("at Vell
// international airport in the Norlander capital", "at a hotel outside
// the capital"): the "by" phrase is still the signers (agentPastPlace in
// meeting/sendoff.go; p1985, p180).
func TestPassiveSigningPastCapital(t *testing.T) {
	pub := time.Date(1991, 5, 7, 0, 0, 0, 0, time.UTC)
	for _, place := range []string{
		"at Vell international airport in the Norlander capital",
		"at a hotel outside the Norlander capital",
		"in the capital",
	} {
		rec := recordAt(t, "Rebels sign accord\n\nVARNA, May 7 (Agency) - The accord was signed on Tuesday "+place+" by Arno Weisz, the minister's chief adviser, and the rebel commander Piotr Malow.\n", pub)
		if meetingWith(rec, "Arno Weisz", "Piotr Malow") == nil {
			t.Errorf("%s: want the signers' meeting: %s", place, dump(rec))
		}
	}
}

// One who presides over a signing just told is at it, as one who presides
// over the talks is: "B presided over the signing" joins B to the signers'
// meeting (attendsSigning in merge.go, lexicon sittingRunVerbs; p1698,
// p1928, p739, the shape of p1986).
func TestPresidedOverSigning(t *testing.T) {
	pub := time.Date(1991, 5, 7, 0, 0, 0, 0, time.UTC)
	for _, who := range []string{"Bishop Juan Galeano", "The mediator, Juan Galeano, a Norlander,"} {
		rec := recordAt(t, "Rebels sign accord\n\nVARNA, May 7 (Agency) - Foreign Minister Arno Weisz and rebel commander Piotr Malow signed an agreement on prisoners here on Tuesday. "+who+" presided over the signing.\n", pub)
		if m := meetingWith(rec, "Arno Weisz", "Piotr Malow"); m == nil || meetingWith(rec, "Arno Weisz", "Juan Galeano") == nil {
			t.Errorf("%s: want Galeano at the signers' meeting: %s", who, dump(rec))
		}
	}
}

// Those named after "along with" or "together with" that follows a
// signing's witness or attendance were at the signing too: "C witnessed
// the signing along with D" (merge.go partials, mealAlongside; p1985,
// p973, p1781, p941).
func TestSigningWitnessAlongWith(t *testing.T) {
	pub := time.Date(1991, 5, 7, 0, 0, 0, 0, time.UTC)
	for _, tail := range []string{
		"President Karl Osten witnessed the signing along with Bishop Juan Galeano of Varna and representatives of the United Nations.",
		"President Karl Osten also attended the ceremony, together with Bishop Juan Galeano.",
	} {
		rec := recordAt(t, "Rebels sign accord\n\nVARNA, May 7 (Agency) - Foreign Minister Arno Weisz and rebel commander Piotr Malow signed an agreement on prisoners here on Tuesday. "+tail+"\n", pub)
		if meetingWith(rec, "Arno Weisz", "Karl Osten") == nil || meetingWith(rec, "Arno Weisz", "Juan Galeano") == nil {
			t.Errorf("%s: want Osten and Galeano at the signers' meeting: %s", tail, dump(rec))
		}
	}
}
