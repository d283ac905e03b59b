package extract

import "testing"

// Issue 14's hundred-and-seventy-ninth round: a stranger's batch
// (p1106-p1111) around the roles of actors found but not read. Sentences
// here are the round's own.

// Two states or groups joined as the subject of a bargaining verb, with
// no negotiation noun in the sentence, are the two sides: "A and B never
// negotiated face to face" (bargainedSides, roles/bargainedsides.go;
// p1107). The negative cases: two sides that negotiate "with" a third are
// one side of their own, and two people are no sides by the verb alone.
func TestBargainedSides(t *testing.T) {
	for _, text := range []string{
		"Lake treaty\nMALABO, March 3 - Gabon and Cameroon never negotiated face to face during the whole winter.",
		"Lake treaty\nMALABO, March 3 - Gabon and Cameroon have bargained through a go-between since the autumn.",
		"Lake treaty\nMALABO, March 3 - Gabon and Cameroon did not negotiate directly.",
	} {
		wantRoles(t, text, []string{"Cameroon", "Gabon"}, nil)
	}
	wantRoles(t, "Lake treaty\nMALABO, March 3 - Gabon and Cameroon negotiated with Chad over fishing rights.", nil, nil)
	wantRoles(t, "Lake treaty\nMALABO, March 3 - Officials said Gabon and Cameroon, which negotiated with Chad, were pleased.", nil, nil)
}
