package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's hundred-and-fifty-eighth round: an untargeted batch
// (p980-p985: a cross-strait round in a third city, a presidential
// phone-call readout, a hemisphere summit in a 1960s regional paper, a
// presidential visit told in a translated press release, a common-market
// treaty signed by four presidents, a normalization treaty signed in the
// 1960s); each rule with sentences of its own.

// signedHeld: some held meeting of text has all of want among its
// participants.
func signedHeld(t *testing.T, text string, want ...string) bool {
	t.Helper()
	for _, p := range heldPairs(t, text) {
		all := true
		for _, w := range want {
			all = all && slices.Contains(p, w)
		}
		if all {
			return true
		}
	}
	return false
}

// A joint signing whose object is a text with a capitalised title ("A
// and B signed the Treaty on Friendly Relations", "signed the Porto
// Declaration") is as much a meeting of the signatories as "signed the
// treaty" (jointSigning and namedText, meeting/meetings.go; p985, and
// p683 gains the signing as a meeting of its own). The negative cases: a
// capitalised word with no "the" before it opens no title ("signed
// Tuesday Treaty" is no signing of a text), and one signatory is no
// meeting however the text is named.
func TestSignedTitledText(t *testing.T) {
	for _, obj := range []string{"the Treaty on Friendly Relations", "the Porto Declaration", "the Joint Fisheries Agreement"} {
		s := "Foreign Minister Anton Keller and Foreign Minister Mirela Dobre signed " + obj + " in Vienna on Tuesday."
		if !signedHeld(t, s, "Anton Keller", "Mirela Dobre") {
			t.Errorf("%s: want a meeting of Keller and Dobre, got %v", obj, heldPairs(t, s))
		}
	}
	s := "Foreign Minister Anton Keller and Foreign Minister Mirela Dobre signed Tuesday Treaty papers in Vienna."
	if signedHeld(t, s, "Anton Keller", "Mirela Dobre") {
		t.Errorf("a capitalised word without 'the' read as a title: %v", heldPairs(t, s))
	}
	s = "Foreign Minister Anton Keller signed the Porto Declaration in Vienna on Tuesday, and Mirela Dobre praised it in Bucharest."
	if signedHeld(t, s, "Anton Keller", "Mirela Dobre") {
		t.Errorf("one signatory read as a meeting: %v", heldPairs(t, s))
	}
}

// A joint signing told done "at a ceremony" (or "in a brief ceremony")
// gathers its signatories though the sentence names no place or day
// ("A and B put their signatures to the accord at a ceremony in the old
// customs house"), as one with onlookers does; its day is the one the
// story told the signing on, the day nearest the signing word, not a
// deadline later in that sentence (signedAtCeremony and dayNearTold,
// meeting/meetings.go; p984, p282). The negative cases: the same
// signatories with no ceremony, place or day told are an act of no
// meeting of their own, and one signatory at a ceremony is none.
func TestSignedAtCeremony(t *testing.T) {
	lead := "LISBON - The governments of Portugal and Cape Verde yesterday signed a fisheries accord that runs until December 31, 2030. "
	pub := "Foreign Minister Rui Tavares and Foreign Minister Ana Lopes "
	for _, s := range []string{
		pub + "put their signatures to the accord at a ceremony in the old customs house.",
		pub + "signed the accord in a brief ceremony in the old customs house.",
	} {
		rec, err := Extract(Article{ID: "t", Text: "Title\n" + lead + s, Published: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range rec.Meetings {
			if m.Status == "held" && slices.Contains(m.Participants, "Rui Tavares") && slices.Contains(m.Participants, "Ana Lopes") {
				found = true
				if m.Date != "2024-06-11" {
					t.Errorf("%q: date %q, want 2024-06-11", s, m.Date)
				}
			}
		}
		if !found {
			t.Errorf("%q: want a held meeting of Tavares and Lopes, got %+v", s, rec.Meetings)
		}
	}
	if signedHeld(t, lead+pub+"signed the accord for their governments.", "Rui Tavares", "Ana Lopes") {
		t.Errorf("a signing with no ceremony, place or day read as a meeting")
	}
	if signedHeld(t, lead+"Foreign Minister Rui Tavares signed the accord at a ceremony in the old customs house.", "Rui Tavares") {
		t.Errorf("one signatory at a ceremony read as a meeting")
	}
}

// A name the gazetteer lacks that opens with the word for a seat of
// government ("Capitol Hill", "Parliament Hill") names the ground around
// it, a place, no person, and so joins no meeting told beside it
// (placeLeads, mention/classify.go placeRun; p282). The negative case: a
// title that opens with the same word ("Parliament Speaker Omar Haddad")
// still leaves its person one.
func TestSeatOfGovernmentGround(t *testing.T) {
	for _, ground := range []string{"Capitol Hill", "Parliament Hill"} {
		s := "Prime Minister Anna Berg met Senator Tom Reyes at a hotel a few steps from " + ground + " on Monday."
		for _, p := range heldPairs(t, s) {
			if slices.Contains(p, ground) {
				t.Errorf("%s read as a participant: %v", ground, p)
			}
		}
	}
	if !signedHeld(t, "Parliament Speaker Omar Haddad met Prime Minister Anna Berg in Beirut on Monday.", "Omar Haddad", "Anna Berg") {
		t.Errorf("a title opening with Parliament lost its person")
	}
}

// A delegation's member list opened by a passive of making ("the X
// delegation was made up of A and B", "was integrated by A and B", as a
// translated readout writes), or an inverted list after a side with an
// attendance verb ("From the X side participated C and D"), adds its
// people to the meeting just told, as "included" and "On the X side were"
// do (madeOf and sideAttendVerbs, roster.go; p983). The negative cases:
// a mediating team made up of people is no side's delegation at that
// meeting, and "made up of" after no delegation noun lists nobody.
func TestDelegationMadeUpOf(t *testing.T) {
	lead := "President Tomas Vidal was received on Tuesday by President Rosa Ibarra in Quito. "
	for _, s := range []string{
		"The Peruvian delegation was made up of Foreign Minister Luis Arce and Ambassador Nora Paz.",
		"The Peruvian delegation was integrated by Foreign Minister Luis Arce and Ambassador Nora Paz.",
		"From the Peruvian side participated Foreign Minister Luis Arce and Ambassador Nora Paz.",
	} {
		if !signedHeld(t, lead+s, "Tomas Vidal", "Rosa Ibarra", "Luis Arce", "Nora Paz") {
			t.Errorf("%q: want Arce and Paz at the meeting, got %v", s, heldPairs(t, lead+s))
		}
	}
	for _, s := range []string{
		"The mediating team was made up of Father Luis Arce and Bishop Nora Paz.",
		"The agenda was made up of trade and border questions raised by Luis Arce and Nora Paz.",
	} {
		if signedHeld(t, lead+s, "Tomas Vidal", "Luis Arce") {
			t.Errorf("%q: a list that is no delegation's joined the meeting: %v", s, heldPairs(t, lead+s))
		}
	}
}

// placeOfHeld is the place of text's first held meeting, "" if none.
func placeOfHeld(t *testing.T, text string) (string, bool) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Meetings {
		if m.Status == "held" {
			return m.Place, true
		}
	}
	return "", false
}

// A city (or city-state) naming a venue after "in a" / "at a" ("held
// talks at a Nairobi hotel", "in a Singapore office tower") places the
// meeting there, as "at the Lima residence" does; a city whose
// possessive names a body in a person's post ("X, president of
// Beijing's association for trade") places nothing (PlaceOf,
// meeting/when.go; p980). The negative cases: "in Moscow's Kremlin" and
// "on the outskirts of Nairobi" still place the meeting, and the
// possessive city after "of" gives no place.
func TestCityNamingAVenue(t *testing.T) {
	for s, want := range map[string]string{
		"Chairman Aldo Ferri and President Lena Marsh held talks at a Nairobi hotel on Tuesday.":          "Nairobi",
		"Chairman Aldo Ferri and President Lena Marsh held talks in a Singapore office tower on Tuesday.": "Singapore",
		"Aldo Ferri and Lena Marsh held talks in Moscow's Kremlin on Tuesday.":                            "Moscow",
		"Aldo Ferri and Lena Marsh held talks on the outskirts of Nairobi on Tuesday.":                    "Nairobi",
	} {
		if got, ok := placeOfHeld(t, s); !ok || got != want {
			t.Errorf("%q: place %q (held %v), want %q", s, got, ok, want)
		}
	}
	s := "Aldo Ferri, chairman of the island's foundation, and Lena Marsh, president of Beijing's association for trade, held talks on Tuesday."
	if got, ok := placeOfHeld(t, s); !ok || got != "" {
		t.Errorf("%q: place %q (held %v), want none", s, got, ok)
	}
}

// Two or more people whose past attendance ends its sentence with no
// object ("A and B also attended.", "C and D took part.") join the
// meeting just told, as one person's did and as "were also present"
// does (bareAttendance, merge.go; p955, p651). The negative cases: an
// attendance with an object of its own ("attended a concert in X") joins
// nothing, and a sentence opened by one side ("On the X side A and B took
// part") is left to the side readers.
func TestBareAttendanceOfSeveral(t *testing.T) {
	lead := "President Tomas Vidal was received on Tuesday by President Rosa Ibarra in Quito. "
	for _, s := range []string{
		"Foreign Minister Luis Arce and Ambassador Nora Paz also attended.",
		"Foreign Minister Luis Arce and Ambassador Nora Paz took part.",
	} {
		if !signedHeld(t, lead+s, "Tomas Vidal", "Rosa Ibarra", "Luis Arce", "Nora Paz") {
			t.Errorf("%q: want Arce and Paz at the meeting, got %v", s, heldPairs(t, lead+s))
		}
	}
	for _, s := range []string{
		"Foreign Minister Luis Arce and Ambassador Nora Paz attended a concert in Lima.",
		"On the Peruvian side Foreign Minister Luis Arce and Ambassador Nora Paz took part.",
	} {
		if signedHeld(t, lead+s, "Tomas Vidal", "Luis Arce") {
			t.Errorf("%q: joined the meeting: %v", s, heldPairs(t, lead+s))
		}
	}
}
