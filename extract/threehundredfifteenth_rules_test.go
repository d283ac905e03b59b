package extract

import "testing"

// Issue 14's three-hundred-and-fifteenth round: delegations whose members
// are listed after the meeting (p1922-p1927: a 1969 wire on border talks
// between two communist powers, a 1966 broadsheet on a conference hosted
// by a third premier, a 1990 agency on talks restoring relations, a 2003
// agency on a security deal between a government and a rebel movement, a
// 1968 agency on talks between two parties' leaderships, a 2018 agency on
// talks between two states at a truce village); each rule with sentences
// of its own.

// "On the X side the talks were attended by A and B" lists side X's
// people (sideSittingAttended, roster.go); with the other side's list
// ("The Y delegation was headed by C and included D") right after a
// sentence that tells the talks with no one named, the two lists fill
// those talks, dated and placed by that sentence (sidesListedTalks,
// gathering.go; p1924, p1925, p1926, p906). The negative case: talks to
// come are no meeting held.
func TestSidesListedAfterTalks(t *testing.T) {
	lists := "\n\nThe Austrian delegation was headed by Foreign Minister Karel Vondra and included Trade Minister Pavel Dostal. " +
		"On the Hungarian side the talks were attended by Deputy Premier Ivo Lenk and Ambassador Jon Perrin."
	rec := corefRecord(t, "Talks\n\nGYOR, May 4 (Agency) - Austria and Hungary agreed here today to restore full relations, "+
		"broken since the 1956 uprising, as a two-day round of talks closed in the border city."+lists)
	if !metPair(rec, "Karel Vondra", "Ivo Lenk") || !metPair(rec, "Pavel Dostal", "Jon Perrin") {
		t.Errorf("want the two sides' lists at the talks told before them: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nGYOR, May 4 (Agency) - Austria and Hungary are expected to restore full relations, "+
		"broken since the 1956 uprising, as a two-day round of talks closes in the border city next week."+lists)
	if metPair(rec, "Karel Vondra", "Ivo Lenk") {
		t.Errorf("want talks to come left without a held meeting: %s", dump(rec))
	}
}

// "A and B faced each other across the table this morning, when C opened
// the talks": the sentence tells its encounters one after the other
// (Split frames), which the ordinary choice of the meeting before a list
// passes over; "A's delegation was headed by A and included D" then
// joins the last of them that seats A or A's side (splitSittingOfSide,
// roster.go; p1923).
func TestDelegationListAfterSplitSitting(t *testing.T) {
	lead := "Talks\n\nVALMORE, May 4 (Agency) - President Tomas Varga of Ruritania and Prime Minister Edwin Holt of Vantoria " +
		"faced each other across the table this morning, when Premier Aldo Mirek of Lorania formally opened the talks in the palace.\n\n"
	rec := corefRecord(t, lead+"The Ruritanian delegation was headed by President Varga and included Foreign Minister Ruth Calder and Defence Minister Jan Orel.")
	if !metPair(rec, "Edwin Holt", "Ruth Calder") || !metPair(rec, "Aldo Mirek", "Jan Orel") {
		t.Errorf("want the delegation list joined to the sitting its leader was at: %s", dump(rec))
	}
}
