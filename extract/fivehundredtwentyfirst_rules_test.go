package extract

import "testing"

// Issue 14's five-hundred-and-twenty-first round: an untargeted batch
// (p3158-p3163: Gulf and Levant English-language outlets on Lebanon, Syria
// and Yemen talks and GCC summits, 1995-2023 — a Gulf daily on a summit in
// Oman, a Yemeni agency on a signing in the capital, a Beirut daily on a
// premier's visit to Damascus, an Amman daily on a ministers' meeting, a
// Saudi daily on a border memorandum, an Abu Dhabi daily on an envoy's
// talks in Beirut); each rule with sentences of its own.

// "The memorandum was signed at Al-Nour Palace by A and B": the hyphen
// inside a venue's capitalized name is part of the name, so the passive's
// agents are still found past it, as they are past "at Nour Palace"
// (agentPastPlace; p3162, p1669). The negative case: a verb that is no
// signing ("was praised at ... by") brings no one together.
func TestSignedAtHyphenatedVenueBy(t *testing.T) {
	const lead = "Border memorandum signed\nRIVERTON, 27 February - Zamrania and Dorvia yesterday signed a memorandum on their border.\n"
	for _, c := range []struct{ line, a, b string }{
		{"The memorandum was signed at Al-Nour Palace by Prince Fahim ibn Nasser, the defense minister, and Dorvian Prime Minister Karim Abdul Latif, in the presence of King Omar.", "Fahim ibn Nasser", "Karim Abdul Latif"},
		{"The memorandum was signed at the Bel-Air Hotel by Minister Fahim Nasser and Prime Minister Karim Latif.", "Fahim Nasser", "Karim Latif"},
	} {
		line := c.line
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, c.a, c.b) {
			t.Errorf("%q: want the two signers met: %s", line, dump(rec))
		}
	}
	line := "The memorandum was praised at Al-Nour Palace by Minister Fahim Nasser and later by Prime Minister Karim Latif."
	rec := corefRecord(t, lead+line)
	if heldAll(rec, "Fahim Nasser", "Karim Latif") {
		t.Errorf("%q: a praise joined its speakers: %s", line, dump(rec))
	}
}
