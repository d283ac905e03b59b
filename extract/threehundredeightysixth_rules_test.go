package extract

import (
	"slices"
	"testing"
)

// Issue 14's three-hundred-and-eighty-sixth round: a stranger's batch of
// African and Latin American agency copy and readouts (p2348-p2353); the
// signing ceremony told in English rendered from Spanish or Portuguese.
// Each rule with sentences of its own.

// "counted with the presence of A and B" is the Spanish "contó con la
// presencia de": those named were at the ceremony just told, and one the
// ceremony "was presided by" sat at it too (presenceAtSigning,
// ceremonyRunBy; p2353, p2181, p2291, p889).
func TestCeremonyCountedWithPresence(t *testing.T) {
	for _, presided := range []string{"presided by", "presided over by"} {
		text := "Neighbours sign river treaty\n" +
			"PUERTO ALBA, May 5 - The presidents of Valdora, Tomas Ruiz, and of Costamar, Andres Pineda, signed today at the Blue Palace the treaty on the shared river.\n" +
			"The ceremony was " + presided + " the head of state of Monteverde, Julio Estrada, and counted with the presence of two guests, Ramon Ibarra of Lunaria and Hector Quiroga of Soleda.\n"
		rec := corefRecord(t, text)
		for _, p := range []string{"Julio Estrada", "Ramon Ibarra", "Hector Quiroga"} {
			if !metPair(rec, "Tomas Ruiz", p) {
				t.Errorf("%s: want %s at the signing with Tomas Ruiz: %s", presided, p, dump(rec))
			}
		}
	}
}

// A relative clause on the people named after an attendance ("X, who
// arrived on Sunday", "whose countries are guarantors of the 1942 text")
// tells who they are; its time is not the attendance's (relativeAttendEnd;
// p1643, p1933, p2299, p2181, p2291).
func TestPeopleRelativeClauseDatesNoAttendance(t *testing.T) {
	text := "Border accord signed\n" +
		"PUERTO ALBA, May 5 - The foreign ministers of Valdora and Costamar, Tomas Ruiz and Andres Pineda, signed the border accord in the capital on Monday.\n" +
		"The signing took place at the old customs house in the presence of the Lunarian envoy, Ramon Ibarra, who had arrived in the country on 12 March to carry proposals between the two sides.\n"
	rec := corefRecord(t, text)
	m := meetingWith(rec, "Tomas Ruiz", "Ramon Ibarra")
	if m == nil {
		t.Fatalf("want Ramon Ibarra at the signing: %s", dump(rec))
	}
	if m.Date != "2025-05-05" {
		t.Errorf("want the signing's day 2025-05-05, not the envoy's arrival: %s", dump(rec))
	}
}

// "the Protocol of 1942" names a text by its year; it dates no
// attendance told around it (namedYear; p2353).
func TestNamedYearDatesNoAttendance(t *testing.T) {
	text := "Border accord signed\n" +
		"PUERTO ALBA, May 5 - The foreign ministers of Valdora and Costamar, Tomas Ruiz and Andres Pineda, signed the border accord in the capital on Monday.\n" +
		"The ceremony was presided by Julio Estrada, as keeper of the Treaty of 1911, and counted with the presence of the president of Lunaria, Ramon Ibarra.\n"
	rec := corefRecord(t, text)
	m := meetingWith(rec, "Tomas Ruiz", "Julio Estrada", "Ramon Ibarra")
	if m == nil {
		t.Fatalf("want Julio Estrada and Ramon Ibarra at the signing: %s", dump(rec))
	}
	if m.Date != "2025-05-05" {
		t.Errorf("want the signing's day 2025-05-05, not the treaty's year: %s", dump(rec))
	}
}

// "X, special envoy of the President, Y" puts the envoy at the ceremony,
// not the President he speaks for (principalOfEnvoy; p2353, p2299).
func TestEnvoyPrincipalNotPresent(t *testing.T) {
	text := "Border accord signed\n" +
		"PUERTO ALBA, May 5 - The foreign ministers of Valdora and Costamar, Tomas Ruiz and Andres Pineda, signed the border accord in the capital on Monday.\n" +
		"The signing took place at the old customs house in the presence of Ramon Ibarra, special envoy of the President of Lunaria, Hector Quiroga.\n"
	rec := corefRecord(t, text)
	if !metPair(rec, "Tomas Ruiz", "Ramon Ibarra") {
		t.Errorf("want the envoy Ramon Ibarra at the signing: %s", dump(rec))
	}
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Hector Quiroga") {
			t.Errorf("want no meeting with the President the envoy speaks for: %s", dump(rec))
		}
	}
}
