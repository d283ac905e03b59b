package extract

import "testing"

// Issue 14's hundred-and-twenty-first round: places (towns the gazetteer
// lacks, resorts and islands named by their kind, the dateline's city
// given to talks told elsewhere), with sentences of its own.

// A lead that names where its talks were by the place's kind, "in the
// Alpine lakeside resort of X", under another city's dateline, sets the
// story there: a held meeting told later with no place of its own takes
// X, not the dateline's city (meeting.leadKindPlace, places.go; p762).
// The negative cases: the kind named after another preposition
// ("delegates flown in from the resort of X") leaves the dateline's city,
// and so does a lead with no place named by its kind.
func TestLeadPlaceNamedByKind(t *testing.T) {
	wantHeldIn(t, corefPub, "Lake talks\nOSLO, May 6 - Border talks between the two neighbours ended on Tuesday after four days in the Alpine lakeside resort of Vellmark, officials said.\nLate on Monday, Karl Holm held talks with Rui Sardinha and Ana Pereira in a final push for a deal.",
		"Rui Sardinha", "Ana Pereira", "Vellmark")
	wantHeldIn(t, corefPub, "Island talks\nOSLO, May 6 - Fishery talks ended on Tuesday in the remote island town of Tornholm, officials said.\nLate on Monday, Karl Holm held talks with Rui Sardinha and Ana Pereira in a final push for a deal.",
		"Rui Sardinha", "Ana Pereira", "Tornholm")
	// Negative: another event's resort, and no place named by its kind.
	wantHeldIn(t, corefPub, "Lake talks\nOSLO, May 6 - Border talks between the two neighbours resumed on Tuesday with delegates flown in from the Alpine resort of Vellmark, officials said.\nLate on Monday, Karl Holm held talks with Rui Sardinha and Ana Pereira in a final push for a deal.",
		"Rui Sardinha", "Ana Pereira", "Oslo")
	wantHeldIn(t, corefPub, "Lake talks\nOSLO, May 6 - Border talks between the two neighbours ended on Tuesday after four days, officials said.\nLate on Monday, Karl Holm held talks with Rui Sardinha and Ana Pereira in a final push for a deal.",
		"Rui Sardinha", "Ana Pereira", "Oslo")
}

// A lead that puts its talks "at the X military camp" or "at the Y naval
// base", a one-word name the gazetteer lacks before at most two lower-case
// words and a base noun (baseNouns), names the base's town: a later held
// meeting with no place takes it, not the dateline's city
// (meeting.namedBase, places.go; p758). The negative cases: a base noun
// after a common word ("at the Army camp" is no town's) and a name after
// another preposition ("troops from the X camp") leave the dateline's city.
func TestLeadBaseNamedByTown(t *testing.T) {
	wantHeldIn(t, corefPub, "Camp talks\nOSLO, May 6 - Rival clan leaders ended five days of talks at the Tarvik military camp, north of Bergen, on Tuesday.\nLate on Monday, Karl Holm held talks with Rui Sardinha and Ana Pereira in a final push for a deal.",
		"Rui Sardinha", "Ana Pereira", "Tarvik")
	wantHeldIn(t, corefPub, "Base talks\nOSLO, May 6 - Rival clan leaders ended five days of talks in the Tarvik naval base on Tuesday.\nLate on Monday, Karl Holm held talks with Rui Sardinha and Ana Pereira in a final push for a deal.",
		"Rui Sardinha", "Ana Pereira", "Tarvik")
	// Negative: a common word before the base noun, another preposition.
	wantHeldIn(t, corefPub, "Camp talks\nOSLO, May 6 - Rival clan leaders ended five days of talks at the Army camp on Tuesday.\nLate on Monday, Karl Holm held talks with Rui Sardinha and Ana Pereira in a final push for a deal.",
		"Rui Sardinha", "Ana Pereira", "Oslo")
	wantHeldIn(t, corefPub, "Camp talks\nOSLO, May 6 - Rival clan leaders ended five days of talks on Tuesday with guards lent by the Tarvik military camp.\nLate on Monday, Karl Holm held talks with Rui Sardinha and Ana Pereira in a final push for a deal.",
		"Rui Sardinha", "Ana Pereira", "Oslo")
}
