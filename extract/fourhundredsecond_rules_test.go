package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-second round: the French honorifics "M."
// and "MM." before names in English copy (p2444-p2449); each rule with
// sentences of its own.

// "M." (Monsieur) before a name is no part of it, as "Mr." is not: the
// person keeps one name ("M. X Y" and "M. Y" name X Y). Before another
// initial the letter is the person's own (p2444-p2449, p1027, p1070,
// p1205, p1509, p1718, p2276).
func TestMonsieurHonorific(t *testing.T) {
	rec := corefRecord(t, "Ministers meet\n\nVALMORE, March 3 (Wire) - M. Gaston Pellerin, the Foreign Minister, met M. Ivan Volkonsky, the Ruritanian envoy, in Valmore on Tuesday. M. Pellerin said the talks were useful.\nM. Volkonsky later met M. R. K. Sharma, the Indian envoy.")
	for _, n := range []string{"Gaston Pellerin", "Ivan Volkonsky", "M. R. K. Sharma"} {
		if a := actorNamed(rec, n); a == nil || a.Kind != "person" {
			t.Errorf("want the person %q: %s", n, dump(rec))
		}
	}
	for _, n := range []string{"M. Gaston Pellerin", "M. Ivan Volkonsky", "M. Pellerin"} {
		if actorNamed(rec, n) != nil {
			t.Errorf("want no actor %q: %s", n, dump(rec))
		}
	}
}

// "MM." (Messieurs) is the plural honorific: its period ends no sentence
// and the names coordinated after it are persons ("MM. X and Y met Z";
// p2444, p2446, p2448, p2449).
func TestMessieursPlural(t *testing.T) {
	rec := corefRecord(t, "Envoy received\n\nVALMORE, March 3 (Wire) - M. Ivan Volkonsky arrived in Valmore on Monday. On Tuesday MM. Durocher and Lambesc met M. Volkonsky at the ministry.")
	for _, n := range []string{"Durocher", "Lambesc"} {
		if a := actorNamed(rec, n); a == nil || a.Kind != "person" {
			t.Errorf("want the person %q: %s", n, dump(rec))
		}
	}
	seated := false
	for _, m := range rec.Meetings {
		seated = seated || slices.Contains(m.Participants, "Durocher") && slices.Contains(m.Participants, "Ivan Volkonsky")
	}
	if !seated {
		t.Errorf("want Durocher and Volkonsky met: %s", dump(rec))
	}
}

// "With M. X are A and B", in the present tense of a report of talks
// still going on, lists X's companions as "With M. X were" does (p1444,
// where the companions were read while "M." stayed in the name).
func TestWithNamedCompanionsPresent(t *testing.T) {
	rec := corefRecord(t, "Talks go on\n\nVALMORE, March 3 (Wire) - The talks between Ruritania and the rebels continued today with M. Ivan Volkonsky, the Minister of State, and M. Paul Ostrov, the rebel leader, sitting opposite one another at the Hotel Lune.\nNo statement was issued.\nThe rebels were cautious.\nThe Ruritanian delegation is small. With M. Volkonsky are M. Pierre Dalmas, of the Foreign Ministry, and M. Henri Roux.")
	for _, n := range []string{"Pierre Dalmas", "Henri Roux"} {
		found := false
		for _, m := range rec.Meetings {
			found = found || slices.Contains(m.Participants, n) && slices.Contains(m.Participants, "Ivan Volkonsky")
		}
		if !found {
			t.Errorf("want %q at Volkonsky's meeting: %s", n, dump(rec))
		}
	}
}
