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

// The names right before a participle that carries proposals, after
// "to" ("X flew to A and B carrying proposals from one government to the
// other"), are where the carrier went: the capitals there make no broker
// of their states, which stay the sides (destinationList,
// roles/carrier.go). The negative case: names with no such preposition
// before them are the carriers ("A and B were carrying proposals").
func TestCarrierDestinationsAreNoBrokers(t *testing.T) {
	lead := "Border talks\nLIBREVILLE, March 3 - Gabon and Cameroon resumed border talks on Monday. "
	wantRoles(t, lead+"Jonas Vettel flew to Libreville and Yaounde carrying proposals from one government to the other.", []string{"Cameroon", "Gabon"}, nil)
	wantRoles(t, lead+"Jonas Vettel flew to Yaounde and Libreville carrying proposals between the two governments.", []string{"Cameroon", "Gabon"}, nil)
	wantRoles(t, lead+"Norway and Chile were carrying proposals from one government to the other.", []string{"Cameroon", "Gabon"}, []string{"Chile", "Norway"})
}

// A person in the names after "to" is still the carrier: "A's
// ambassador to B, X, who has carried messages between the two capitals"
// makes X (and A, the state of the post) brokers, never B, which stays a
// side (destinationList, roles/carrier.go; p351).
func TestCarrierAfterDestinationKeepsPerson(t *testing.T) {
	text := "Border talks\nLIBREVILLE, March 3 - Gabon and Cameroon resumed border talks on Monday. Norway's ambassador to Gabon, Jonas Vettel, who has carried messages between the two capitals since March, took part in the talks."
	wantRoles(t, text, []string{"Cameroon", "Gabon"}, []string{"Jonas Vettel", "Norway"})
}
