package extract

import "testing"

// Issue 14's two-hundred-and-seventy-fourth round: a stranger's batch from
// old newspapers, 1900-1960 (p1676-p1681: two sovereigns' meeting on their
// yachts, a London paper's correspondent, 1905; two presidents' visits
// across a border river, a New York paper, 1909; two foreign ministers'
// luncheon in a village inn, a London paper, 1926; a three-power
// conference on an island, a Manchester paper, 1935; an envoy's first
// talks with a premier, an American agency, 1951; a committee of five
// nations received by a president, a London paper, 1956); each rule with
// sentences of its own.

// The old broadsheets stack two or three banks of the headline, and a
// credit, under the title before the dateline: the banks alone on their
// lines, every word capitalized but the small ones, do not push the
// dateline out of the first lines (text.HeadlineBanks, leadOf; p1677, p1679,
// p1680, p1681). The negative case: a body sentence alone on its line
// has lower-case words and still counts, so a "dateline" after three
// such sentences is none.
func TestHeadlineDecksBeforeDateline(t *testing.T) {
	rec := corefRecord(t, "ENVOY AND PREMIER CONFER\n\nEnvoy Sees Premier on the Treaty\n\nTWO HOURS OF TALKS\n\nBy the Associated Press\n\nBERGEN, May 4—Karl Ostby, the special envoy, sat down today with Prime Minister Lars Vinje for the first of a series of talks.")
	if m := meetingOf(rec, "Karl Ostby", "Lars Vinje"); m == nil || m.Place != "Bergen" {
		t.Errorf("want Ostby with Vinje in Bergen: %s", dump(rec))
	}
	rec = corefRecord(t, "Envoy and premier confer\n\nThe envoy came in from the coast last night.\n\nHe was met at the quay by officials.\n\nThe weather was poor all week.\n\nBERGEN, May 4—Karl Ostby, the special envoy, sat down today with Prime Minister Lars Vinje.")
	if m := meetingOf(rec, "Karl Ostby", "Lars Vinje"); m != nil && m.Place == "Bergen" {
		t.Errorf("a dateline after three body sentences is none: %s", dump(rec))
	}
}

// "With Mr. X were A and B" after X's meeting: those listed sat at it
// with X, as after "With M. X are" (the two-hundred-and-thirty-fifth
// round); the name may take its honorific (withNamedPresence; p1680,
// p791). The negative case: the list goes with the one named after
// "With", who sat at no meeting, not with the meeting told before.
func TestWithHonorificNamePresence(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nBERGEN, May 4—Karl Ostby, the special envoy, sat down today with Prime Minister Lars Vinje for talks. With Mr. Ostby were Per Dahl, his deputy, and Gen. Ole Moe of the Army Department.")
	for _, n := range []string{"Per Dahl", "Ole Moe"} {
		if !metPair(rec, "Karl Ostby", n) {
			t.Errorf("want Ostby with %s: %s", n, dump(rec))
		}
	}
	rec = corefRecord(t, "Talks\n\nBERGEN, May 4—Karl Ostby, the special envoy, sat down today with Prime Minister Lars Vinje for talks. With Mr. Nils Berg were Per Dahl and Ole Moe, who stayed in Oslo.")
	if metPair(rec, "Lars Vinje", "Per Dahl") {
		t.Errorf("Dahl was with Berg, not at the talks: %s", dump(rec))
	}
}

// A bank of the headline in title case capitalizes its verbs: "Premier
// Returns Call of Swede" read "Returns Call" as a premier's name. A name
// in such a deck none of whose words the body writes capitalized is
// dropped (mention.deckVerbName; p1677, p1328, p1409, p1418, p1405).
// The negative cases: a deck's name the body names again stays, and so
// does a credit's name with its post after a comma.
func TestDeckVerbNotAName(t *testing.T) {
	rec := corefRecord(t, "OSTBY AND BERG MEET\n\nNorwegian Premier Returns Call of Swede in Town Hall, Where Toasts Are Drunk.\n\nBERGEN, March 3.—Prime Minister Karl Ostby received Premier Olaf Berg in the town hall today.")
	for _, a := range rec.Actors {
		if a.Name == "Returns Call" {
			t.Errorf("a deck's verb is no name: %s", dump(rec))
		}
	}
	if !metPair(rec, "Karl Ostby", "Olaf Berg") {
		t.Errorf("want Ostby with Berg: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks on the coast\n\nSenator Ada Lind, Minister for Trade\n\nOstby Greets Berg in Bergen\n\nToday I met Olaf Berg, and Karl Ostby met him in Bergen too.")
	names := map[string]bool{}
	for _, a := range rec.Actors {
		names[a.Name] = true
	}
	if !names["Ada Lind"] {
		t.Errorf("a credit's signatory stays: %s", dump(rec))
	}
}

// "A and B, who had sat next to each other at every session of the
// council since C joined it last spring, lunched together": a relative
// clause of the old broadsheets runs past twelve tokens, and the meal's
// subject is still the pair before "who" (relativeSubjects,
// relativeReach; p1678). The negative case: a person named inside the
// long clause is no subject of the predicate after it.
func TestLongRelativeClauseSubject(t *testing.T) {
	rec := corefRecord(t, "Luncheon\n\nBERGEN, May 4.\n\nM. Durand and Herr Keller, who had sat next to each other at every session of the Nordic Council since Norway joined it last spring, lunched together today in the village of Vernay.")
	if !metPair(rec, "Durand", "Keller") && !metPair(rec, "M. Durand", "Keller") {
		t.Errorf("want Durand with Keller: %s", dump(rec))
	}
	rec = corefRecord(t, "Luncheon\n\nBERGEN, May 4.\n\nM. Durand, who had sat next to Herr Keller at every session of the Nordic Council since it opened last spring, lunched today with Senator Olaf Berg in the village of Vernay.")
	if metPair(rec, "Keller", "Olaf Berg") {
		t.Errorf("Keller, of the clause, did not lunch with Berg: %s", dump(rec))
	}
}

// "in the little inn of X", "in a hotel of Y": a town's inn or hotel
// names the town after "of", as its station or harbour does
// (settlementNouns; p1678).
func TestInnOfTown(t *testing.T) {
	rec := corefRecord(t, "Luncheon\n\nBERGEN, May 4.\n\nSenator Olaf Berg and Minister Karl Ostby slipped away from Bergen this morning and lunched together in the little inn of Vessby, a village near the coast.")
	if m := meetingOf(rec, "Olaf Berg", "Karl Ostby"); m == nil || m.Place != "Vessby" {
		t.Errorf("want Berg with Ostby in Vessby: %s", dump(rec))
	}
}
