package extract

import "testing"

// Issue 14's fifty-sixth round: an untargeted batch (p368-p373), then the
// recurring shapes its errors and the probe's showed, each with sentences
// of its own.

// South Asian honorifics ("Shri", "Smt.", "Shrimati") stand before a name,
// after its title when there is one, without being part of it: p319's
// "the Union Home Minister, Shri ...", p373's "District Magistrate Smt.
// ..." and "Superintendent of Police Shri ...". Read as a name word, the
// honorific joined the title or the name ("Police Shri X"), and "Smt."
// ended the sentence.
func TestSouthAsianHonorifics(t *testing.T) {
	text := "Border meeting\nThe meeting on Thursday was chaired by District Magistrate Smt. Leela Sarkar, who received the Commissioner of Sylhet, Shri Anwar Kabir, at her office."
	wantHeldOn(t, r39Pub, text, "Leela Sarkar", "Anwar Kabir", "2025-03-13")
	text = "Border meeting\nOn Wednesday the Superintendent of Police Shri Devraj Menon met Shrimati Gita Rao, the chairperson of the district council, in Kochi."
	wantHeldOn(t, r39Pub, text, "Devraj Menon", "Gita Rao", "2025-03-12")
	noPerson(t, text, "Police Shri Devraj Menon")
	// "Magistrate" heads a title, so the title before an honorific is no
	// person of its own ("District Magistrate" read as a name, p373).
	text = "Border meeting\nThe talks were held at the office of the District Magistrate, Smt. Leela Sarkar, on Wednesday."
	wantPerson(t, text, "Leela Sarkar")
	noPerson(t, text, "District Magistrate")
	// Minimal pair: a name without an honorific keeps all its words, and
	// a sentence may still end after a title.
	text = "Border meeting\nOn Wednesday Devraj Menon met Gita Rao in Kochi. Both are lawyers."
	wantHeldOn(t, r39Pub, text, "Devraj Menon", "Gita Rao", "2025-03-12")
}
