package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-ninety-second round: Middle East and North
// Africa outlets and official agencies (p1784-p1789: a state agency's
// talks "attended on the Egyptian side by", a Gulf agency's visits, a
// royal communique's audience, a state agency's summit, an agency's
// signing of a mediated accord, a movement's agency receiving two
// delegations); each rule with sentences of its own.

// "The talks, which lasted two hours at the palace, were attended by A
// and B": the passive attendance whose subject is the opening "The
// talks" across a parenthesis (frame.SubjectAttendance) names who sat in
// on the meeting told before, not a meeting of A and B alone (p1784,
// p1787). The negative case: "The summit, chaired by X, was attended by
// Y" tells the summit itself, with its chair, and stays one meeting of
// its own.
func TestSubjectAttendanceAcrossParenthesis(t *testing.T) {
	lead := "Talks in Valdora\nVALDORA, May 6 (Agency) - President Tomas Verlain held talks here on Tuesday with Foreign Minister Anton Grisek on the border dispute.\n"
	relative := lead + "The talks, which lasted two hours at the presidential palace, were attended by Prime Minister Ilse Marten and Defence Minister Karl Odo."
	if !metPair(recordAt(t, relative, corefPub), "Tomas Verlain", "Ilse Marten") || !metPair(recordAt(t, relative, corefPub), "Anton Grisek", "Karl Odo") {
		t.Errorf("want the attendants at the talks told before")
	}
	sides := lead + "The talks, held at the guest house, lasted three hours and were attended on the Valdoran side by Prime Minister Ilse Marten, and on the other side by Ambassador Karl Odo."
	if !metPair(recordAt(t, sides, corefPub), "Tomas Verlain", "Karl Odo") || !metPair(recordAt(t, sides, corefPub), "Anton Grisek", "Ilse Marten") {
		t.Errorf("want each side's attendants at the talks told before")
	}
	chaired := "Leaders meet\nNAIROBI, May 6 - The regional summit opened on Tuesday.\nThe summit, chaired by President Ines Waru, was attended by President Odo Lenk and President Pia Sorn."
	if !metPair(recordAt(t, chaired, corefPub), "Ines Waru", "Odo Lenk") {
		t.Errorf("want the chaired summit with its chair and attendants")
	}
}

// "received in audience at the summer palace of X on Tuesday the Prime
// Minister of Y, Mr. Z", "received today in the capital X the delegation
// headed by Ambassador Z": an agency readout's reception with its place
// (after "the" and venue words) and its time between the verb and the
// object, the place either before or after the time, and the object a
// title with the name set off after it or a delegation with its leader
// after "headed by" (args.ObjectAfterAdjuncts, readoutPlaceEnd; p1786,
// p1789). The negative cases: a letter received, and a message received
// that a name then speaks of, are no reception.
func TestReadoutReceptionAdjunctsBeforeObject(t *testing.T) {
	lead := "Audience\nRABAT, May 6 (Agency) - "
	audience := lead + "King Omar Dalil received in audience at the summer palace of Fez on Tuesday the Prime Minister of Valdora, Mr. Tomas Verlain."
	if !metPair(recordAt(t, audience, corefPub), "Omar Dalil", "Tomas Verlain") {
		t.Errorf("want the audience with the titled guest named after the comma")
	}
	delegation := lead + "President Omar Dalil received today in the capital Fez the Valdoran delegation headed by Ambassador Tomas Verlain."
	if !metPair(recordAt(t, delegation, corefPub), "Omar Dalil", "Tomas Verlain") {
		t.Errorf("want the reception of the delegation's leader")
	}
	letter := lead + "President Omar Dalil received in Fez today a letter from Tomas Verlain."
	if metPair(recordAt(t, letter, corefPub), "Omar Dalil", "Tomas Verlain") {
		t.Errorf("want no reception for a letter")
	}
	message := lead + "President Omar Dalil received today in the capital Fez a message, Tomas Verlain said."
	if metPair(recordAt(t, message, corefPub), "Omar Dalil", "Tomas Verlain") {
		t.Errorf("want no reception for a message")
	}
}

// "adviser to the Guardian of the Two Sacred Places and Governor of X":
// a capitalized run after "the" and a capitalized number word is a
// counted thing's name, no person (mention.countedName; p1682, p1785).
// The negative case: "the two Presidents, A and B" still names them.
func TestCountedNameIsNoPerson(t *testing.T) {
	persons := func(text string) []string {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, a := range rec.Actors {
			if a.Kind == "person" {
				out = append(out, a.Name)
			}
		}
		return out
	}
	title := "Visit\nRIYADH, May 6 (Agency) - "
	shrine := persons(title + "President Tomas Verlain met Prince Ali Karam, adviser to the Guardian of the Two Sacred Places and Governor of the Eastern Province.")
	if slices.Contains(shrine, "Sacred Places") || !slices.Contains(shrine, "Ali Karam") {
		t.Errorf("want Ali Karam and no person Sacred Places, got %v", shrine)
	}
	gorges := persons(title + "President Tomas Verlain toured the Three Gorges Dam with Minister Ali Karam.")
	if slices.Contains(gorges, "Gorges Dam") {
		t.Errorf("want no person Gorges Dam, got %v", gorges)
	}
	two := persons(title + "The two Presidents, Tomas Verlain and Ali Karam, met on Tuesday.")
	if !slices.Contains(two, "Tomas Verlain") || !slices.Contains(two, "Ali Karam") {
		t.Errorf("want both presidents, got %v", two)
	}
}
