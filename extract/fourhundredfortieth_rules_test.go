package extract

import "testing"

// Issue 14's four-hundred-and-fortieth round: person-name boundaries
// (p2672-p2677); each rule with sentences of its own.

// "the Reverend X Y" is the clergy's style spelled out, as "the Rev. X Y"
// abridges it: the style is no part of the name, and the person it
// styles is the clause's subject ("the Reverend X had met Y"; lexicon
// honorifics; p2348, p2491, p2675). The negative case: "the reverend
// fathers" with no name after it names no person.
func TestReverendStyleBeforeName(t *testing.T) {
	rec := corefRecord(t, "Talks in Koram\n\nKORAM, May 3 (AP) - Before seeing the premier, the Reverend Tom Harkley had met Foreign Minister Ola Brenn on Saturday.")
	if m := meetingOf(rec, "Tom Harkley", "Ola Brenn"); m == nil {
		t.Errorf("want Harkley with Brenn: %s", dump(rec))
	}
	for _, a := range rec.Actors {
		if a.Name == "Reverend Tom Harkley" {
			t.Errorf("the style kept in the name: %s", dump(rec))
		}
	}
	rec = corefRecord(t, "Talks in Koram\n\nKORAM, May 3 (AP) - The reverend fathers of the mission met on Saturday to discuss the school.")
	for _, a := range rec.Actors {
		if a.Kind == "person" {
			t.Errorf("a person read from a style with no name: %s", dump(rec))
		}
	}
}

// "MUSCAT, 5th March, 2001 (ONA) --": a dateline whose day is written as
// an ordinal before the month, as the Gulf agencies write it, is a
// dateline, and the lead's meeting at a palace takes its city
// (mention.ordinalDay; p2677, p2346, p666). The negative case: a city
// followed by a comma and an ordinal that is no day ("MUSCAT, 150th
// anniversary") opens no dateline.
func TestOrdinalDayDateline(t *testing.T) {
	rec := corefRecord(t, "Envoy received\n\nMUSCAT, 5th March, 2001 (ONA) -- President Omar Fahdi today received Prince Saad bin Fahd, who called on him at Al Qasr Palace.")
	if m := meetingOf(rec, "Omar Fahdi", "Saad bin Fahd"); m == nil || m.Place != "Muscat" {
		t.Errorf("want Fahdi with Saad at Muscat: %s", dump(rec))
	}
	rec = corefRecord(t, "Envoy received\n\nMUSCAT, 150th anniversary rites aside, President Omar Fahdi today received Prince Saad bin Fahd, who called on him at Al Qasr Palace.")
	if m := meetingOf(rec, "Omar Fahdi", "Saad bin Fahd"); m != nil && m.Place == "Muscat" {
		t.Errorf("a three-digit ordinal read as a dateline's day: %s", dump(rec))
	}
}
