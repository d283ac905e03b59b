package extract

import "testing"

// Issue 14's hundred-and-twenty-eighth round: places (the seat of a
// government inside a larger city, a building known by name in a city,
// the dateline's city given to talks told elsewhere), with sentences of
// its own.

// A capital with a row of its own in the gazetteer, whose name a larger
// city of the same country holds as an alternate ("New Delhi" for Delhi),
// is the place of a meeting told in either: "in Delhi" and "in New Delhi"
// both give New Delhi, the seat of government, spelled by its own name
// (gazetteer.seatOfCity, citySpelling in record.go; p624, p803). The
// negative cases: another city of the same country ("in Mumbai") keeps
// its name, and a capital told by another spelling of one place ("in
// Sanaa", held by no larger city) keeps the text's spelling.
func TestSeatInsideLargerCity(t *testing.T) {
	wantHeldIn(t, corefPub, "Border talks\nForeign Minister Ravi Menon met his Nepali counterpart Hari Sharma in Delhi on Monday to settle the river boundary.",
		"Ravi Menon", "Hari Sharma", "New Delhi")
	wantHeldIn(t, corefPub, "Border talks in Delhi\nKATHMANDU, May 6 - Foreign Minister Ravi Menon met his Nepali counterpart Hari Sharma in New Delhi on Monday to settle the river boundary.",
		"Ravi Menon", "Hari Sharma", "New Delhi")
	wantHeldIn(t, corefPub, "Border talks\nDELHI, May 6 - Foreign Minister Ravi Menon met his Nepali counterpart Hari Sharma here on Monday to settle the river boundary.",
		"Ravi Menon", "Hari Sharma", "New Delhi")
	// Negative: another city of the country, a capital's other spelling.
	wantHeldIn(t, corefPub, "Border talks\nForeign Minister Ravi Menon met his Nepali counterpart Hari Sharma in Mumbai on Monday to settle the river boundary.",
		"Ravi Menon", "Hari Sharma", "Mumbai")
	wantHeldIn(t, corefPub, "Port talks\nForeign Minister Ali Nasser met the Omani envoy Salim Harthi in Sanaa on Monday to discuss the port.",
		"Ali Nasser", "Salim Harthi", "Sanaa")
}
