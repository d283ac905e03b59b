package extract

import (
	"strings"
	"testing"
)

// Issue 14's two-hundred-and-sixty-sixth round: a stranger's batch
// (p1628-p1633); each rule with sentences of its own.

// An old broadsheet's headline with two decks, a credit line and a
// dateline on lines of their own: the decks are no sentences of the lead,
// so the dateline stays among its first three and the lead's meeting
// takes its city (text.leadOf, text.isDeck; p1630). The negative case: a
// line closed by a period below the headline counts, as before.
func TestDecksLeaveDatelineInLead(t *testing.T) {
	rec := corefRecord(t, "BORVIA'S PACT SIGNED\n\nTHREE MINISTERS AT THE PALACE\n\nFrontier to open within weeks\n\nFrom our own Correspondent\n\nKORAM, MAY 3.\n\nThe frontier pact was signed this morning in the Great Hall of the Old Palace by the Foreign Ministers, Mr Oster and M. Dorn.")
	if m := meetingOf(rec, "Mr Oster", "Dorn"); m == nil || m.Place != "Koram" {
		t.Errorf("want Oster with Dorn at Koram: %s", dump(rec))
	}
	rec = corefRecord(t, "BORVIA'S PACT SIGNED\n\nThe ministers met.\n\nThey talked.\n\nKORAM, MAY 3.\n\nThe frontier pact was signed this morning in the Great Hall of the Old Palace by the Foreign Ministers, Mr Oster and M. Dorn.")
	if m := meetingOf(rec, "Mr Oster", "Dorn"); m != nil && m.Place == "Koram" {
		t.Errorf("a dateline below three sentences read: %s", dump(rec))
	}
}

// "The old quarrel was settled at noon today when A and B signed a
// treaty": a signing told in a "when" clause that hangs on a clause with
// a time happens at that time, so it is the signatories' encounter, as a
// signing with a day of its own is, and takes that day
// (meeting.whenOnTime; p1628). The negative case: with no time before
// the "when", the signing stays an act of no told time, no meeting.
func TestSigningInWhenClauseTakesItsTime(t *testing.T) {
	rec := corefRecord(t, "Quarrel ends\n\nKORAM, May 3 (AP) - The old quarrel over the port was settled at noon today when Premier Piet Oster and Cardinal Jan Dorn, Secretary of the Council, signed a treaty and a convention in the Old Palace.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil {
		t.Errorf("want Oster with Dorn: %s", dump(rec))
	}
	rec = corefRecord(t, "Quarrel ends\n\nKORAM, May 3 (AP) - The old quarrel over the port ended when Premier Piet Oster and Cardinal Jan Dorn signed a treaty.")
	if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m != nil {
		t.Errorf("an untimed signing read as a meeting: %s", dump(rec))
	}
}

// "signed an agreement, closing a mediation mission by the leaders of A
// and B, X and Y": the noun a mediation word modifies ("mission",
// "efforts") names the brokering act, and every actor of its agent phrase
// brokers, states and the people told by their posts (roles.go
// mediationHeads, agentPhraseActors; p1629). The negative case: an
// earlier mission brokered no part of the talks told.
func TestMediationMissionAgents(t *testing.T) {
	rec := corefRecord(t, "Pact signed\n\nKORAM, May 3 (AP) - Borvian President Piet Oster and Arlandic President Jan Dorn signed an agreement today, closing a week-long mediation mission by the leaders of Russia and Kazakhstan, Ali Vel and Omar Tan.")
	for _, n := range []string{"Russia", "Kazakhstan", "Ali Vel", "Omar Tan"} {
		if !hasMediator(rec, n) {
			t.Errorf("want %s a mediator: %s", n, dump(rec))
		}
	}
	rec = corefRecord(t, "Pact signed\n\nKORAM, May 3 (AP) - Borvian President Piet Oster and Arlandic President Jan Dorn signed an agreement today, months after an earlier mediation mission by Russia and Kazakhstan.")
	if hasMediator(rec, "Russia") {
		t.Errorf("an earlier mission's broker read as a mediator: %s", dump(rec))
	}
}

// "the rights of the Borvian population of Bel-Koram", "took control of
// Bel-Koram", "Bel-Koram, a mainly mountainous enclave": a region's name
// of two words joined by a hyphen, told as a place by the words around
// it, is no hyphenated surname, in that sentence nor where it stands
// alone elsewhere (actors.placeByContext; p1629, p731, p1406). The
// negative case: a hyphenated surname after a title stays a person.
func TestHyphenatedRegionNoPerson(t *testing.T) {
	for _, s := range []string{
		"KORAM, May 3 (AP) - President Piet Oster and President Jan Dorn signed an accord today on ending the conflict in and around Bel-Koram. Oster said that the rights of the Borvian population of Bel-Koram should be guaranteed.",
		"KORAM, May 3 (AP) - President Piet Oster and President Jan Dorn met today. Bel-Koram, a mainly mountainous enclave inside Borvia, has been calm since the truce.",
	} {
		rec := corefRecord(t, "Accord signed\n\n"+s)
		for _, a := range rec.Actors {
			if a.Name == "Bel-Koram" {
				t.Errorf("%s: the region read as an actor: %s", s, dump(rec))
			}
		}
	}
	rec := corefRecord(t, "Accord signed\n\nKORAM, May 3 (AP) - President Piet Oster met Foreign Minister Jan Ter-Koram today.")
	if !metPair(rec, "Piet Oster", "Jan Ter-Koram") {
		t.Errorf("a titled hyphenated surname lost: %s", dump(rec))
	}
}

// "Oster and Dorn Sign Three Documents Creating New Port Authority.": a
// deck set in title case below the headline is read as a headline, so
// its verb is no part of a name ("Dorn Sign") (text.titleCaseDeck;
// p1628, p1595, p1259, p1328, p342). The negative case: an issuer's line
// with a comma below a headline ("Senator X, Minister for Y") still names
// a person.
func TestTitleCaseDeckReadAsHeadline(t *testing.T) {
	rec := corefRecord(t, "PORT QUARREL ENDED IN NEW TREATY\n\nOster and Dorn Sign Three Documents Creating New Port Authority.\n\nKORAM, May 3 (AP) - Premier Piet Oster and Cardinal Jan Dorn signed a treaty at noon today in the Old Palace.")
	for _, a := range rec.Actors {
		if strings.Contains(a.Name, "Sign") {
			t.Errorf("a deck's verb read into a name: %s", dump(rec))
		}
	}
	rec = corefRecord(t, "Meeting with the Foreign Minister of Borvia\n\nSenator Ana Vel, Minister for Foreign Affairs\n\nToday I met my counterpart, Foreign Minister Jan Dorn, in Koram.")
	if !metPair(rec, "Ana Vel", "Jan Dorn") {
		t.Errorf("the issuer's line lost: %s", dump(rec))
	}
}

// "X, Under-Secretary for Foreign Affairs, and Y, Minister of Justice":
// "Under" opens a title as "Deputy" does, so the apposition is a post and
// the person named before it is kept (lexicon titleMods; p1628, p1385).
func TestUnderSecretaryTitle(t *testing.T) {
	for _, s := range []string{
		"The Premier arrived with Piet Oster, Under-Secretary for Foreign Affairs, and Jan Dorn, Minister of Justice.",
		"The Premier arrived with Piet Oster, Under Secretary for Foreign Affairs, and Jan Dorn, Minister of Justice.",
	} {
		rec := corefRecord(t, "Pact signed\n\nKORAM, May 3 (AP) - "+s)
		found := false
		for _, a := range rec.Actors {
			found = found || a.Name == "Piet Oster"
		}
		if !found {
			t.Errorf("%s: want Piet Oster: %s", s, dump(rec))
		}
	}
}

// "Mgr. X and Mgr. Y of the Secretariat": "Mgr." (Monsignor) is an
// abbreviation whose period ends no sentence and an honorific outside the
// name, as "Mr." is (lexicon abbreviations, honorifics; p1628; p317's
// "Mgr Augustin Sagna" and p1345's "Monsignor" lose the style from the
// name). The negative case: the name no longer carries the style.
func TestMonsignorStyle(t *testing.T) {
	rec := corefRecord(t, "Pact signed\n\nKORAM, May 3 (AP) - The Cardinal received them with Mgr. Piet Oster and Mgr. Jan Dorn of the Council of State.")
	names := map[string]bool{}
	for _, a := range rec.Actors {
		names[a.Name] = true
	}
	if !names["Piet Oster"] || !names["Jan Dorn"] {
		t.Errorf("want Piet Oster and Jan Dorn: %s", dump(rec))
	}
	rec = corefRecord(t, "Pact signed\n\nKORAM, May 3 (AP) - Monsignor Piet Oster met Jan Dorn.")
	for _, a := range rec.Actors {
		if strings.HasPrefix(a.Name, "Monsignor") {
			t.Errorf("the style kept in the name: %s", dump(rec))
		}
	}
}
