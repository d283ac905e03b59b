package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's hundred-and-sixty-fourth round: an untargeted batch
// (p1016-p1021: a state visit told by a wire, a prime minister's call
// readout, a premier back from talks at a country residence told by a
// local paper, a regional summit, a secret visit disclosed with a joint
// communique, the signing of a union); each rule with sentences of its
// own.

var hundredsixtyfourthPub = time.Date(2025, 5, 28, 0, 0, 0, 0, time.UTC) // a Wednesday

// Talks after a past preposition whose other side follows "with" are the
// sentence's subject's, as "after a meeting with Y" already was, when
// nothing stands between the preposition and the noun or only what
// measures or describes the talks: "after talks with Y", "after two
// days of talks with Y", "after a weekend of talks in P with Y"; and a
// subject may open with a capitalised title set off by a comma ("The
// Foreign Minister, Mr X, ...") (withAfterPrep and titleAppositive,
// meeting/apart.go; p1018, p665). The negative case: talks still to
// come ("will fly home after talks with Y") are no meeting held.
func TestTalksWithAfterPastPreposition(t *testing.T) {
	wantHeldOn(t, hundredsixtyfourthPub, "Senator Ruth Adeyemi spoke to reporters on Monday after talks with Governor Paul Okafor.", "Ruth Adeyemi", "Paul Okafor", "2025-05-26")
	wantHeldOn(t, hundredsixtyfourthPub, "Foreign Minister Arvo Lindqvist flew home after two days of talks in Riga with his Latvian counterpart Janis Ozols.", "Arvo Lindqvist", "Janis Ozols", "")
	wantHeldOn(t, hundredsixtyfourthPub, "The Foreign Minister, Mr Arvo Lindqvist, flew home last night after a weekend of talks with Mr Janis Ozols.", "Arvo Lindqvist", "Janis Ozols", "")
	noneHeld(t, hundredsixtyfourthPub, "Senator Ruth Adeyemi will fly home after talks with Governor Paul Okafor.", "Ruth Adeyemi", "Paul Okafor")
}

// "Had" governs talks across a measure before "of" ("A had three hours
// of talks with B", "had two rounds of discussions"), as it did talks
// right after it (hadTalks, meeting/when.go; p1018). The negative case:
// a verb the "have" is the auxiliary of ("had hoped for two rounds of
// talks") tells no talks held.
func TestHadMeasuredTalks(t *testing.T) {
	wantHeldOn(t, hundredsixtyfourthPub, "Senator Ruth Adeyemi had three hours of talks with Governor Paul Okafor in Abuja on Monday.", "Ruth Adeyemi", "Paul Okafor", "2025-05-26")
	wantHeldOn(t, hundredsixtyfourthPub, "Mr Arvo Lindqvist, who was accompanied by two advisers, had two rounds of discussions with Mr Janis Ozols on Monday.", "Arvo Lindqvist", "Janis Ozols", "2025-05-26")
	noneHeld(t, hundredsixtyfourthPub, "Senator Ruth Adeyemi had hoped for two rounds of talks with Governor Paul Okafor.", "Ruth Adeyemi", "Paul Okafor")
}

// "At (in, towards) the end (beginning, middle) of May" dates an event to
// its month, as "in May" and "late May" do (monthPartOf, frame/dates.go;
// p1020, p363). The negative case: a deadline, "by the end of March",
// dates no meeting.
func TestPartOfMonth(t *testing.T) {
	wantHeldOn(t, hundredsixtyfourthPub, "Foreign Minister Arvo Lindqvist met Janis Ozols in Riga at the end of March.", "Arvo Lindqvist", "Janis Ozols", "2025-03")
	wantHeldOn(t, hundredsixtyfourthPub, "Foreign Minister Arvo Lindqvist came to Riga at the beginning of April and was received by President Janis Ozols.", "Arvo Lindqvist", "Janis Ozols", "2025-04")
	for _, m := range heldAt(t, "Foreign Minister Arvo Lindqvist met Janis Ozols in Riga, and they agreed to settle the border by the end of March.", hundredsixtyfourthPub) {
		if m.Date == "2025-03" {
			t.Errorf("a deadline dated the meeting: %v", m)
		}
	}
}

// The co-chairs of a joint body ("a coordinating committee co-chaired by
// A and B") are its two sides' own heads, no brokers (jointBodyBefore,
// roles/roles.go; p1020, p380). The negative case: "a conference
// co-chaired by A and B" between two other sides still makes A and B
// mediators.
func TestJointBodyCoChairs(t *testing.T) {
	_, med := rolesIn(t, "Estonia and Latvia agreed in the negotiations to set up a border committee co-chaired by Arvo Lindqvist and Janis Ozols.")
	if slices.Contains(med, "Arvo Lindqvist") || slices.Contains(med, "Janis Ozols") {
		t.Errorf("a joint body's co-chairs read as mediators: %v", med)
	}
	_, med = rolesIn(t, "Peace talks between Sudan and the rebels opened on Monday at a conference co-chaired by Norway and Japan.")
	if !slices.Contains(med, "Norway") || !slices.Contains(med, "Japan") {
		t.Errorf("want the mediators Norway and Japan, got %v", med)
	}
}
