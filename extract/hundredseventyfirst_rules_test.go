package extract

import (
	"testing"
)

// Issue 14's hundred-and-seventy-first round: places of meetings
// (p1058-p1063: a country residence, a small town named with its state, a
// mountain resort, a capital told by its country's adjective under
// another city's dateline, talks aboard a cruiser lying off a territory,
// and a leader's island retreat); each rule with sentences of its own.

// hundredseventyfirstPlace is the place of the held meeting of a and b in
// text, "" when there is none or it has no place.
func hundredseventyfirstPlace(t *testing.T, text, a, b string) string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, a, b); m != nil {
		return m.Place
	}
	return ""
}

// "aboard the frigate X in the Adriatic off Y": the sea the ship lay in,
// told between the ship and "off", no longer hides the ship from the
// coast it lay off (afloatOff, seaBefore, meeting/when.go; p1062). The
// negative case: a sea phrase after a noun that is no ship ("a naval
// exercise in the Adriatic off Y") places nothing off Y.
func TestMeetingAfloatInASeaOffCity(t *testing.T) {
	text := "Talks at sea\nROME, May 4 - Premier Ola Brandt and Chancellor Ivo Marek opened talks on Sunday aboard the frigate Falco in the Adriatic off Valletta."
	if got := hundredseventyfirstPlace(t, text, "Ola Brandt", "Ivo Marek"); got != "Valletta" {
		t.Errorf("want the Brandt-Marek meeting off Valletta, got %q", got)
	}
	text = "Talks at sea\nROME, May 4 - Premier Ola Brandt and Chancellor Ivo Marek opened talks on Sunday, a week after a naval exercise in the Adriatic off Valletta."
	if got := hundredseventyfirstPlace(t, text, "Ola Brandt", "Ivo Marek"); got == "Valletta" {
		t.Errorf("an exercise's place read as the meeting's: %q", got)
	}
}

// Under one city's dateline, a lead that sets the talks "in the Kenyan
// capital" sets the story in the capital its adjective names, as a lead
// naming the city does (leadElsewhere, meeting/places.go; p1061): a
// meeting told after it with no place of its own is placed there, not in
// the city the copy was filed from. The negative case: a capital named
// for a meeting to come ("agreed to meet again in the Kenyan capital")
// leaves the story where it is filed.
func TestLeadCapitalByAdjectiveOverDateline(t *testing.T) {
	tail := "\nThe declaration was signed by General Omar Lutalo and Colonel Peter Okello in the presence of mediator Hassan Warsame."
	text := "Army and rebels agree on aid\nKAMPALA, May 4 - Army and rebel commanders signed a declaration on Saturday, concluding the talks in the Kenyan capital." + tail
	if got := hundredseventyfirstPlace(t, text, "Omar Lutalo", "Peter Okello"); got != "Nairobi" {
		t.Errorf("want the Lutalo-Okello meeting in Nairobi, got %q", got)
	}
	text = "Army and rebels agree on aid\nKAMPALA, May 4 - Army and rebel commanders signed a declaration on Saturday and agreed to meet again in the Kenyan capital." + tail
	if got := hundredseventyfirstPlace(t, text, "Omar Lutalo", "Peter Okello"); got != "Kampala" {
		t.Errorf("a later meeting's capital moved the story: want Kampala, got %q", got)
	}
}

// "began talks at the President's island retreat of X": a retreat named
// by its place after "of" is where the talks were, as "the town of X" is
// (PlaceOf, meeting/when.go; lexicon "retreatNouns"; p1063), over the
// dateline's city. The negative case: "retreat" as a withdrawal ("talks
// on the retreat of X rebels") names no place.
func TestMeetingAtRetreatOfPlace(t *testing.T) {
	text := "Leaders confer\nSOFIA, May 4 - President Ivo Marek and Premier Ola Brandt began talks today at the President's island retreat of Vorkela."
	if got := hundredseventyfirstPlace(t, text, "Ivo Marek", "Ola Brandt"); got != "Vorkela" {
		t.Errorf("want the Marek-Brandt meeting at Vorkela, got %q", got)
	}
	text = "Leaders confer\nSOFIA, May 4 - President Ivo Marek and Premier Ola Brandt began talks today on the retreat of Dravic rebels from the border."
	if got := hundredseventyfirstPlace(t, text, "Ivo Marek", "Ola Brandt"); got != "Sofia" {
		t.Errorf("a withdrawal read as a retreat's place: want Sofia, got %q", got)
	}
}

// "met X at Y, the prime minister's country retreat": a name the
// apposition calls a leader's residence or retreat is where they met
// (residenceApposition, meeting/when.go; lexicon "residenceNouns";
// p1058, p1018, p969), over the dateline's city. The negative case: a
// residence told for an earlier dinner after the meeting's own city
// leaves the meeting there.
func TestMeetingAtNamedResidence(t *testing.T) {
	text := "Talks\nOTTAWA, May 4 - Prime Minister Ola Brandt met Chancellor Ivo Marek on Monday at Harrow Lake, the prime minister's country retreat."
	if got := hundredseventyfirstPlace(t, text, "Ola Brandt", "Ivo Marek"); got != "Harrow Lake" {
		t.Errorf("want the Brandt-Marek meeting at Harrow Lake, got %q", got)
	}
	text = "Talks\nLONDON, May 4 - Prime Minister Ola Brandt met Chancellor Ivo Marek today in Rome, a week after a dinner at Northfield, her official country residence."
	if got := hundredseventyfirstPlace(t, text, "Ola Brandt", "Ivo Marek"); got != "Rome" {
		t.Errorf("an earlier dinner's residence taken: want Rome, got %q", got)
	}
}

// "received X at his farm outside Y", "at the Z Centre outside Y": a town
// the gazetteer lacks, told after "outside" or "near" as where a home or
// a venue stands, is where they met (PlaceOf, meeting/when.go; lexicon
// "estateNouns"; p896), over the dateline's city. The negative case: a
// town near which something else happened ("a day after a border clash
// near Y") places nothing.
func TestMeetingAtHomeOutsideTown(t *testing.T) {
	text := "Talks\nWASHINGTON, May 4 - President Ola Brandt received Chancellor Ivo Marek on Saturday at his farm outside Greyford."
	if got := hundredseventyfirstPlace(t, text, "Ola Brandt", "Ivo Marek"); got != "Greyford" {
		t.Errorf("want the Brandt-Marek meeting at Greyford, got %q", got)
	}
	text = "Talks\nWASHINGTON, May 4 - President Ola Brandt received Chancellor Ivo Marek on Saturday, a day after a border clash near Greyford."
	if got := hundredseventyfirstPlace(t, text, "Ola Brandt", "Ivo Marek"); got == "Greyford" {
		t.Errorf("a clash's town read as the meeting's: %q", got)
	}
}
