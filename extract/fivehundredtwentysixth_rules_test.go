package extract

import (
	"slices"
	"testing"
)

// Issue 14's five-hundred-and-twenty-sixth round: a batch targeted on
// negotiations told by their outcome rather than by "talks" (p3188-p3193:
// a Malaysian agency on a special agreement to take two islands to the
// World Court, a Russian agency on a Dniester accord signed with its
// guarantors, a wire on a Himalayan boundary treaty, a wire on an agenda
// initialled in Washington, a wire on a power-sharing treaty signed in the
// Kremlin, a Scottish daily on a refinery deal); each rule with sentences
// of its own.

// "A and B signed an agreement to refer their rival claims to the court":
// the court is what the signed instrument commits the sides to, and the
// instrument itself was negotiated, dispute word or not, so A and B are
// its parties
// (instrumentToAdjudicate; p3188, p3062, p1202, p1546). The negative case:
// "A and B took their dispute to the court" signs nothing, and the two
// stay litigants, no parties.
func TestSignedAgreementToAdjudicate(t *testing.T) {
	text := "Islands pact\nOSLO, June 3 -- Norway and Sweden today signed a special agreement to refer their rival claims over a fishing bank to the International Court of Justice."
	rec := corefRecord(t, text)
	parties, _ := roleNames(rec)
	if !slices.Contains(parties, "Norway") || !slices.Contains(parties, "Sweden") {
		t.Errorf("want Norway and Sweden as parties, got %s", dump(rec))
	}
	text = "Islands case\nOSLO, June 3 -- Norway and Sweden today took their dispute over a fishing bank to the International Court of Justice."
	rec = corefRecord(t, text)
	if parties, _ := roleNames(rec); len(parties) > 0 {
		t.Errorf("litigants read as parties, got %s", dump(rec))
	}
}
