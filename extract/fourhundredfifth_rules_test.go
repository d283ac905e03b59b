package extract

import "testing"

// Issue 14's four-hundred-and-fifth round: meetings with a delegation as
// object or subject (p2462-p2467); each rule with sentences of its own.

// A place set between the reception verb and its delegation object
// ("received at Y Airport a delegation of Z led by W") does not end the
// reception: the one who leads the delegation is the guest (p2466; the
// order of p480, p475).
func TestReceivedAtPlaceLedDelegation(t *testing.T) {
	rec := corefRecord(t, "Talks resume\nLAKETOWN, June 26 (Agency) - Prime Minister Tomas Vell today received at Lark International Airport a high-level delegation of Borovia led by Foreign Minister Ivo Brask, the first such visit in two decades.")
	if !metPair(rec, "Tomas Vell", "Ivo Brask") {
		t.Errorf("want Vell met Brask: %s", dump(rec))
	}
}

// A definite delegation named by its owner ("met the delegation of the X
// government") whose head the next sentence names ("The X delegation,
// headed by B, ...") stands for B, as an indefinite one does (p2467).
// Bare "the delegation" points back and is left alone.
func TestOwnedDelegationHeadNext(t *testing.T) {
	rec := corefRecord(t, "Talks resume\nLAKETOWN, March 7 (Wire) - Tomas Vell met the delegation of the Borovian rebel council at the Hotel Lark here today to end the war.\nThe Borovian delegation, headed by Ivo Brask, its deputy leader, came by air from Genf.")
	if !metPair(rec, "Tomas Vell", "Ivo Brask") {
		t.Errorf("want Vell met Brask: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks resume\nLAKETOWN, March 7 (Wire) - Tomas Vell met the delegation at the Hotel Lark here today to end the war.\nThe Borovian delegation, headed by Ivo Brask, its deputy leader, came by air from Genf.")
	if metPair(rec, "Tomas Vell", "Ivo Brask") {
		t.Errorf("want no pair from a bare \"the delegation\": %s", dump(rec))
	}
}

// "Beside X sat A and B" / "With X sat A and B", right after the sitting
// is told, seats A and B with the delegation's head X; "Beside" opening
// the sentence is no part of a name (p2465, p697).
func TestBesideHeadSat(t *testing.T) {
	rec := corefRecord(t, "Truce talks open\nTOKYO, July 10 (Wire) - Admiral Tomas Vell faced General Ivo Brask across a table at Lakeside today as talks on a cease-fire formally opened.\nBeside Brask sat two Borovian generals, Wen Tao and Lin Bo.")
	if !metPair(rec, "Tomas Vell", "Wen Tao") || !metPair(rec, "Ivo Brask", "Lin Bo") {
		t.Errorf("want the generals at the table: %s", dump(rec))
	}
	noPersonNamed(t, rec, "Beside Brask")
	rec = corefRecord(t, "Truce talks open\nTOKYO, July 10 (Wire) - Admiral Tomas Vell faced General Ivo Brask across a table at Lakeside today as talks on a cease-fire formally opened.\nWith General Brask sat two Borovian generals, Wen Tao and Lin Bo, and two other officers.")
	if !metPair(rec, "Tomas Vell", "Lin Bo") {
		t.Errorf("want the generals at the table: %s", dump(rec))
	}
}
