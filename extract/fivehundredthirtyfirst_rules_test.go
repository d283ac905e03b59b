package extract

import (
	"slices"
	"testing"
)

// Issue 14's five-hundred-and-thirty-first round: a batch targeted on
// exchange, release and deal stories whose sides are told only through the
// trade (p3218-p3223: an American wire on a Cold War swap at a Swiss
// airport, a Kyiv daily on a 35-for-35 exchange, an agency on a swap in
// Ankara, a wire on a bridge exchange in Berlin, a broadsheet on a
// soldier freed for five detainees, a Ghanaian agency on talks between a
// government and an opposition coalition); each rule with sentences of its
// own.

// "A and B exchanged N prisoners" names the two sides of the trade as the
// subject of a swap verb with captives after it (captiveSwapVerbs,
// exchangedSides; p3219, p3177, p203). The negative case: states that
// "exchanged ambassadors" trade no captives and negotiate nothing here.
func TestExchangedPrisonersNameSides(t *testing.T) {
	text := "Captives home\nCHISINAU, May 4 - Moldova and Armenia exchanged twelve prisoners each on Saturday at a border crossing, officials said.\nThe freed men were taken to hospital."
	rec := run(t, text, "2021-05-04")
	parties, _ := roleNames(rec)
	if !slices.Contains(parties, "Moldova") || !slices.Contains(parties, "Armenia") {
		t.Errorf("want Moldova and Armenia as sides, got %s", dump(rec))
	}
	text = "Envoys named\nCHISINAU, May 4 - Moldova and Armenia exchanged ambassadors on Saturday, officials said.\nThe envoys presented their letters."
	rec = run(t, text, "2021-05-04")
	if parties, _ := roleNames(rec); len(parties) > 0 {
		t.Errorf("an exchange of ambassadors read as a negotiation, got %s", dump(rec))
	}
}

// "The swap between Moscow and Lima" in a story of the Soviet Union and of
// prisoners: the capital stands for the former state whose capital it was
// (formerCapitalState), and the swap's two sides are the negotiation's
// (captiveSwapNouns; p3218, p3220, p3222). The negative cases: a story of
// students' exchanges names no sides by "the exchange between", and a
// story that names Russia keeps Moscow with it.
//
// The present state's demonym in such a story is the former state's too:
// "Czech and Soviet envoys" over Czechoslovakia (p1473, p1509).
func TestSwapBetweenFormerCapitalSides(t *testing.T) {
	text := "Prisoners traded\nGENEVA, June 3 (UPI) - The Soviet Union and Peru traded two prisoners at the airport today.\nThe swap between Moscow and Lima was arranged through Sweden, an official said."
	rec := run(t, text, "1975-06-03")
	parties, _ := roleNames(rec)
	if !slices.Contains(parties, "Soviet Union") || !slices.Contains(parties, "Peru") {
		t.Errorf("want the Soviet Union and Peru as sides, got %s", dump(rec))
	}
	if actorNamed(rec, "Russia") != nil {
		t.Errorf("Moscow read as Russia in a Soviet story, got %s", dump(rec))
	}
	text = "Students abroad\nGENEVA, June 3 (UPI) - Soviet officials said the exchange between Moscow and Lima would bring forty students to each country next year.\nThe programme was arranged through Sweden."
	rec = run(t, text, "1975-06-03")
	if parties, _ := roleNames(rec); len(parties) > 0 {
		t.Errorf("a students' exchange read as a negotiation, got %s", dump(rec))
	}
	text = "Leaders speak\nGENEVA, Dec 3 - Russia's president said the Soviet Union was finished, and Moscow would take its seat at the United Nations."
	rec = run(t, text, "1991-12-03")
	if a := actorNamed(rec, "Russia"); a == nil {
		t.Errorf("a story that names Russia lost it, got %s", dump(rec))
	}
	text = "Envoys meet\nBRATISLAVA, Czechoslovakia (AP) - Czech and Soviet envoys opened talks on the dispute over troops today, Czechoslovak officials said."
	rec = run(t, text, "1969-04-03")
	parties, _ = roleNames(rec)
	if !slices.Contains(parties, "Czechoslovakia") || slices.Contains(parties, "Czechia") {
		t.Errorf("want Czechoslovakia as a side, got %s", dump(rec))
	}
}
