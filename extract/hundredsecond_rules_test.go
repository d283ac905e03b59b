package extract

import (
	"strings"
	"testing"
)

// Issue 14's hundred-and-second round: people reported meeting who did
// not, each shape with sentences of its own.

// "A met B on Monday, the ministry spokesman C told reporters": a person
// whose titled phrase opens after a comma and whose speech verb closes the
// sentence is the source of the report, not a participant
// (args.titledTrailingSpeaker). Only the bare ", C said" was read so
// before; a title or an article between the comma and the name, or an
// audience after "told", let C into the meeting and, through a delegation
// list ("The delegation, led by A, ..."), into its roster (p646).
func TestTitledTrailingSpeakerNotParticipant(t *testing.T) {
	for _, text := range []string{
		"Talks\nLISBON, March 3 - Anna Berg met Tomas Vidal at the palace on Monday, the ministry spokesman Karl Lind told reporters.",
		"Talks\nLISBON, March 3 - The delegation, led by Foreign Minister Anna Berg, had lunch with President Tomas Vidal at the palace, presidential spokesman Karl Lind told journalists.",
		"Talks\nLISBON, March 3 - Anna Berg held talks with Tomas Vidal in the old palace, senior aide Karl Lind said on Tuesday.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if meetingWith(rec, "Anna Berg", "Tomas Vidal") == nil {
			t.Errorf("%q: no Berg-Vidal meeting: %s", text, dump(rec))
		}
		if meetingWith(rec, "Karl Lind", "Tomas Vidal") != nil || meetingWith(rec, "Karl Lind", "Anna Berg") != nil {
			t.Errorf("%q: the spokesman Lind met someone: %s", text, dump(rec))
		}
		// The spokesman who told reporters stays in the cast, as the
		// story's named official.
		if actorNamed(rec, "Karl Lind") == nil && !strings.Contains(text, " said ") {
			t.Errorf("%q: the spokesman Lind dropped from the cast: %s", text, dump(rec))
		}
	}
	// Negative: a sentence opening with an adjunct keeps the subject after
	// its comma ("After the talks, Minister C told reporters"): C was at
	// the talks.
	text := "Talks\nLISBON, March 3 - After talks with Tomas Vidal on Monday, Foreign Minister Anna Berg told reporters."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if meetingWith(rec, "Anna Berg", "Tomas Vidal") == nil {
		t.Errorf("Berg, at the talks, lost: %s", dump(rec))
	}
}

// "A accused B of failing to speak up for X", "A spoke out against B":
// a speak or talk verb followed by "up" or "out" is a public stand, no
// conversation (meeting.spokeOut); the weak trigger put A with B (p647).
func TestSpokeOutNoConversation(t *testing.T) {
	for _, text := range []string{
		"Talks\nLISBON, March 3 - In Porto, opposition leader Maria Soto said she was dismayed and accused Tomas Vidal of failing to speak up for the fishermen.",
		"Talks\nLISBON, March 3 - Maria Soto spoke out against Tomas Vidal in parliament on Monday.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if meetingWith(rec, "Maria Soto", "Tomas Vidal") != nil {
			t.Errorf("%q: Soto met Vidal: %s", text, dump(rec))
		}
		if strings.Contains(text, " said ") && actorNamed(rec, "Maria Soto") == nil {
			t.Errorf("%q: Soto, who took the stand, dropped from the cast: %s", text, dump(rec))
		}
	}
	// Negative: "spoke with" and "spoke by telephone" stay conversations.
	for _, text := range []string{
		"Talks\nLISBON, March 3 - Maria Soto spoke with Tomas Vidal on Monday.",
		"Talks\nLISBON, March 3 - Maria Soto spoke by telephone with Tomas Vidal on Monday.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if meetingWith(rec, "Maria Soto", "Tomas Vidal") == nil {
			t.Errorf("%q: no Soto-Vidal conversation: %s", text, dump(rec))
		}
	}
}
