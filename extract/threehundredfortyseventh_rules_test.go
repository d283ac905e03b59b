package extract

import "testing"

// Issue 14's three-hundred-and-forty-seventh round: the sides of a
// negotiation told through the signatories of its agreement.

const threehundredfortyseventhLead = "Accord signed in Valdora\nVALDORA, 3 May (Wire) - The government of Tarlan and the Coastal Front signed a peace accord in Valdora on Wednesday. "

// "The text was signed for the cabinet by A and for the insurgents by
// B": the side each signer acts for, told with "for", stands between the
// passive verb and its agent as "on behalf of" does, and the two signers
// met (meeting/sendoff.go forSideBy; p2114, p2118). The negative case:
// one signer "for" a side joins no one named in another sentence.
func TestSignedForSideByAgents(t *testing.T) {
	rec := corefRecord(t, threehundredfortyseventhLead+"The peace text was signed for the cabinet by Premier Ivo Marek and for the insurgents by Front leader Tomas Brandl.")
	if !metPair(rec, "Ivo Marek", "Tomas Brandl") {
		t.Errorf("want Ivo Marek and Tomas Brandl met: %s", dump(rec))
	}
	rec = corefRecord(t, threehundredfortyseventhLead+"The text was signed for Tarlan by President Ivo Marek. Front leader Tomas Brandl stayed in the hills.")
	if metPair(rec, "Ivo Marek", "Tomas Brandl") {
		t.Errorf("no meeting wanted: %s", dump(rec))
	}
}
