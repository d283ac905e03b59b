package extract

import "testing"

// Issue 14's hundred-and-twenty-seventh round: an untargeted batch (p794-
// p799); a building named for a saint whose name the gazetteer holds as a
// town, and a plural description subject past a relative clause, with
// sentences of its own.

// A name the gazetteer knows as a town that owns a capitalized building's
// noun — "at St Paul's Cathedral" — names the building, not the town: a
// meeting there keeps the dateline's city (mention.namesBuilding,
// mentions.go; no probe article moves on main's reading). The negative
// case: the town owning a common noun ("in St Paul's old quarter") is
// still the town.
func TestSaintNamedBuilding(t *testing.T) {
	wantHeldIn(t, corefPub, "Church talks\nVICTORIA, May 6 - President Ana Soto met Prime Minister Luis Vera at St Paul's Cathedral on Monday.",
		"Ana Soto", "Luis Vera", "Victoria")
	// Negative: a common noun after the possessive.
	wantHeldIn(t, corefPub, "Church talks\nVICTORIA, May 6 - President Ana Soto met Prime Minister Luis Vera in St Paul's old quarter on Monday.",
		"Ana Soto", "Luis Vera", "St Paul")
}

// A plural description of people as the subject, interrupted by a
// relative clause set off by commas — "The two leaders, who earlier in
// the day opened a bridge, held talks" — stands for the people of the
// meeting just told, as it does with no relative clause between, so the
// sentence's talks and a following "They were joined by X" take them
// (meeting.relativeSubjectClause, meetings.go; p794). The negative case:
// a named subject whose relative clause mentions "the two leaders"
// ("X, who had flown in with the two leaders, held talks with Y") keeps
// its own people.
func TestPluralSubjectPastRelativeClause(t *testing.T) {
	wantHeldIn(t, corefPub, "Border talks\nPresident Ana Soto of Chile and President Luis Vera of Peru met on Monday in Lima. The two leaders, who earlier in the day opened a bridge, held talks at a hotel. They were joined later by Foreign Minister Karl Holm.",
		"Ana Soto", "Karl Holm", "Lima")
	wantHeldIn(t, corefPub, "Border talks\nPresident Ana Soto of Chile and President Luis Vera of Peru met on Monday in Lima. The two presidents, who had flown in that morning, later held talks with Karl Holm, the Norwegian envoy.",
		"Luis Vera", "Karl Holm", "Lima")
	// Negative: the description inside the relative clause of a named subject.
	noPairNaming(t, "Border talks\nPresident Ana Soto of Chile and President Luis Vera of Peru met on Monday in Lima. Karl Holm, who had flown in with the two leaders, held talks with Rui Sardinha on Tuesday.", "Ana Soto|Karl Holm", "Karl Holm|Luis Vera", "Ana Soto|Rui Sardinha", "Luis Vera|Rui Sardinha")
}
