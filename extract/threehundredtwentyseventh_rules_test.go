package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-twenty-seventh round: the Horn of Africa
// and Sudan 2000s-2020s, agencies and broadsheets (p1994-p1999: a 2006
// wire on an envoy's meetings with rebel leaders at peace talks, a 2000
// agency on two leaders' signing of a peace agreement, a 2011 agency on a
// minister's meetings with the delegations to peace talks, a 2020
// broadsheet on two leaders' talks at a third country's invitation, a
// 2011 news site on leaders' constitutional talks, a 2020 agency on a
// prime minister's joint statement with a rebel chief); each rule with
// sentences of its own.

// "A and B signed on Friday at the Hall of X in P the treaty": the day
// told right after the verb, then a place told with what it is and where
// it lies, push the text signed past the verb's next eight words; it is
// still their signing together (pastSigningDay, signedText in
// meeting/meetings.go; p1995, p1002). The negative case: with no text
// signed the joint signing is not read.
func TestSigningDayThenLongPlace(t *testing.T) {
	pub := time.Date(1997, 3, 8, 0, 0, 0, 0, time.UTC)
	for _, tail := range []string{
		"signed on Friday at the Hall of Columns in Varna the border treaty between their countries.",
		"signed yesterday in the old harbour town of Varna on the coast a treaty of friendship.",
	} {
		rec := recordAt(t, "Treaty signed\n\nVARNA, March 8 (Agency) - The President of Freedonia, Mr. Arno Weisz, and the Prime Minister of Sylvania, Mr. Piotr Malow, "+tail+"\n", pub)
		if m := meetingWith(rec, "Arno Weisz", "Piotr Malow"); m == nil || m.Date != "1997-03-07" {
			t.Errorf("%q: want the signing of Weisz and Malow on 1997-03-07: %s", tail, dump(rec))
		}
	}
	rec := recordAt(t, "Visit ends\n\nVARNA, March 8 (Agency) - The President of Freedonia, Mr. Arno Weisz, and the Prime Minister of Sylvania, Mr. Piotr Malow, signed on Friday at the Hall of Columns in Varna the visitors' book of the old library.\n", pub)
	if m := meetingWith(rec, "Arno Weisz", "Piotr Malow"); m != nil {
		t.Errorf("a visitors' book is no text sides sign: %s", dump(rec))
	}
}

// "Earlier, HH the Emir held talks with X", "HE the Minister later met
// Y": Gulf and Arab agencies write a dignitary's style as one upper-case
// token before the bare title that is the clause's subject; it opens the
// subject as "His Highness the Amir" does, so the title names the person
// the story gave that post (styleOpening in actors/positions.go; p672,
// p1996, p1800). The negative case: with no one named to the post the
// title stays no one.
func TestAbbreviatedStyleBeforeBareTitle(t *testing.T) {
	pub := time.Date(2009, 10, 5, 0, 0, 0, 0, time.UTC)
	for _, style := range []string{"HH", "H.H."} {
		rec := recordAt(t, "Emir receives visitors\n\nDoha, Oct 5 (Agency) - "+style+" the Emir Sheikh Faris bin Nabil Al-Hadi received Freedonian President Arno Weisz at the palace today.\n\nEarlier, "+style+" the Emir held talks with Sylvanian President Piotr Malow, who left Doha in the evening.\n", pub)
		if meetingWith(rec, "Faris bin Nabil Al-Hadi", "Piotr Malow") == nil {
			t.Errorf("%s: want the Emir's talks with Malow: %s", style, dump(rec))
		}
	}
	rec := recordAt(t, "Talks held\n\nDoha, Oct 5 (Agency) - Freedonian President Arno Weisz arrived in Doha today.\n\nEarlier, HH the Emir held talks with Sylvanian President Piotr Malow, who left Doha in the evening.\n", pub)
	for _, m := range rec.Meetings {
		for _, p := range m.Participants {
			if p == "Arno Weisz" {
				t.Errorf("no Emir is named: Weisz is not the Emir: %s", dump(rec))
			}
		}
	}
}
