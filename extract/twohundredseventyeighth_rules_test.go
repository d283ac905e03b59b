package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-seventy-eighth round: who met whom,
// precision (p1700-p1705: pairs of people who did not meet — a person
// only commented on, thanked or named as a topic in a meeting's sentence,
// a meeting of one side internally, a message passed on by a third); each
// rule with sentences of its own.

// "X, the Lord Privy Seal, had talks with Y": the Lord Privy Seal is a
// British cabinet post, not a peer named "Privy Seal" (titleHeads "seal",
// titleMods "privy" in the lexicon; p1702, p1052). Without it the post
// was a person who met everyone its holder met.
func TestLordPrivySealIsAPost(t *testing.T) {
	for _, s := range []string{
		"Sir Tom Ardley, the Lord Privy Seal, had talks with Mr Piet Oster in Whitehall yesterday.",
		"Mr Piet Oster met the Lord Privy Seal, Sir Tom Ardley, in Whitehall yesterday.",
	} {
		rec := corefRecord(t, "Talks in London\nLONDON, May 3 - "+s)
		if hasPerson(rec, "Privy Seal") {
			t.Errorf("%s: the post read as a person: %s", s, dump(rec))
		}
		if !metPair(rec, "Tom Ardley", "Piet Oster") {
			t.Errorf("%s: want Ardley with Oster: %s", s, dump(rec))
		}
	}
}

// "X met Y in Koram on Saturday for talks on the draft border agreement
// with Chile": the state after an agreement noun that ends the talks'
// topic phrase is the agreement's other side, not a participant
// (args.topicAgreementWith; p1700). The negative case: "talks with
// Chile on the agreement" still has Chile at the table.
func TestAgreementCounterpartInTopicIsNoParticipant(t *testing.T) {
	for _, s := range []string{
		"President Piet Oster met Jan Dorn in Koram on Saturday for long talks on the proposed self-rule agreement with Chile.",
		"President Piet Oster met Jan Dorn in Koram on Saturday for talks over the new border deal with Chile.",
	} {
		rec := corefRecord(t, "Talks in Koram\nKORAM, May 3 - "+s)
		if m := meetingOf(rec, "Piet Oster", "Jan Dorn"); m == nil {
			t.Fatalf("%s: want Oster with Dorn: %s", s, dump(rec))
		}
		if metPair(rec, "Piet Oster", "Chile") || metPair(rec, "Jan Dorn", "Chile") {
			t.Errorf("%s: the agreement's other side read as a participant: %s", s, dump(rec))
		}
	}
	s := "President Piet Oster held talks with Chile in Koram on Saturday on the draft agreement."
	rec := corefRecord(t, "Talks in Koram\nKORAM, May 3 - "+s)
	if !metPair(rec, "Piet Oster", "Chile") {
		t.Errorf("%s: want Oster with Chile: %s", s, dump(rec))
	}
}
