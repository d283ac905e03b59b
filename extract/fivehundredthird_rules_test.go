package extract

import (
	"slices"
	"testing"
)

// Issue 14's five-hundred-and-third round: a targeted batch (p3050-p3055:
// persons who mediate beside their body — a secretary-general presiding,
// a special envoy chairing, a special adviser hosting, facilitators
// shuttling — and guarantor, observer and co-chair states; a Tanzanian
// daily, two agencies, a Cypriot daily, a wire and a Sri Lankan daily,
// 1996-2008); each rule with sentences of its own.

// "Rwandan and U.S. mediators", "U.S. and Rwandan mediators": a state
// named by its abbreviation in a list of demonyms before a mediators'
// noun brokers as the demonyms do, and no pair of sides is read off the
// list; so with two such words, "Saudi and U.S. mediators"
// (demonymMediators; p3053, p1808). The negative case: "U.S. mediators"
// alone, no coordinate beside it, is left to the readers it had.
func TestFivehundredthirdAbbreviatedStateAmongDemonymMediators(t *testing.T) {
	for _, line := range []string{
		"Rwandan and U.S. mediators saw the teams of Ethiopia and Eritrea one after the other in Nairobi on Sunday.",
		"U.S. and Rwandan mediators working on the quarrel of Ethiopia and Eritrea over Badme saw both foreign ministers on Sunday.",
	} {
		rec := corefRecord(t, "Mediators busy\nNAIROBI, May 4 - "+line)
		parties, mediators := roleNames(rec)
		if !slices.Contains(mediators, "United States") || !slices.Contains(mediators, "Rwanda") || slices.Contains(parties, "United States") || slices.Contains(parties, "Rwanda") {
			t.Errorf("%q: want the United States and Rwanda mediators, got parties %v mediators %v", line, parties, mediators)
		}
	}
	rec := corefRecord(t, "Mediators busy\nTAIF, May 4 - Saudi and U.S. mediators met the two delegations of Ethiopia and Eritrea separately on Friday.")
	if parties, mediators := roleNames(rec); !slices.Contains(mediators, "Saudi Arabia") || !slices.Contains(mediators, "United States") || slices.Contains(parties, "Saudi Arabia") {
		t.Errorf("two one-word states before mediators: parties %v mediators %v", parties, mediators)
	}
	line := "The Rwandan foreign minister said U.S. mediators were expected in Addis Ababa, where Ethiopia and Eritrea hold talks."
	rec = corefRecord(t, "Mediators busy\nNAIROBI, May 4 - "+line)
	if _, mediators := roleNames(rec); slices.Contains(mediators, "Rwanda") {
		t.Errorf("%q: Rwanda made a mediator: %v", line, mediators)
	}
}

// "A meeting hosted by the ORG Secretary-General's adviser, Y": the
// body whose secretary-general sent the host brokers the talks beside
// its envoy (hostingEnvoyBody; p3052, p2986). The negative case: a
// meeting hosted by a hotel's manager names no broker.
func TestFivehundredthirdHostingEnvoysBodyBrokers(t *testing.T) {
	for _, line := range []string{
		"President Tomas Berg and Vale Front leader Ana Ruiz met for two hours on Tuesday. The meetings were hosted by the UN Secretary-General's envoy to Norland, Piotr Zielinski.",
		"President Tomas Berg and Vale Front leader Ana Ruiz began direct negotiations yesterday, at two meetings hosted by the UN Secretary-General's personal envoy, Piotr Zielinski.",
	} {
		rec := corefRecord(t, "Leaders meet\nNICOSIA, May 4 - "+line)
		if _, mediators := roleNames(rec); !slices.Contains(mediators, "United Nations") && !slices.Contains(mediators, "UN") {
			t.Errorf("%q: want the UN a mediator, got %v: %s", line, mediators, dump(rec))
		}
	}
	line := "President Tomas Berg and Vale Front leader Ana Ruiz met for two hours on Tuesday. The meeting was hosted by the hotel's general manager, Piotr Zielinski."
	rec := corefRecord(t, "Leaders meet\nNICOSIA, May 4 - "+line)
	if _, mediators := roleNames(rec); len(mediators) > 0 {
		t.Errorf("%q: a hotel manager's host made a mediator: %v", line, mediators)
	}
}
