package extract

import (
	"testing"
)

// Issue 14's ninety-eighth round: meetings not read because of the shape
// of the clause, each shape with sentences of its own.

// "A, who arrived on Monday, held talks with the President, B, on
// Tuesday": the relative clause on the subject closes before the
// predicate, which is the main clause's; the object's apposition after a
// capitalized title ("the President, B") was cut off at its comma as if
// the predicate sat inside the relative clause (relativeEnd). The
// predicate after the closing comma now keeps its clause (p620).
func TestMainPredicateAfterRelative(t *testing.T) {
	for _, text := range []string{
		"Talks\nLISBON, March 3 - The Danish Foreign Minister, Mr. Karl Holm, who flew in from Madrid on Sunday, held talks with the Premier, Mr. Rui Sardinha, on Monday.",
		"Talks\nLISBON, March 3 - Karl Holm, who arrived on Sunday, met the Premier, Rui Sardinha, at his office.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if meetingWith(rec, "Karl Holm", "Rui Sardinha") == nil {
			t.Errorf("%q: no Holm-Sardinha meeting: %s", text, dump(rec))
		}
	}
	// Negative: the predicate inside the relative clause keeps its own
	// object; the main clause's people are not its participants.
	text := "Talks\nLISBON, March 3 - Karl Holm, who met the premier, Rui Sardinha, on Sunday, later told reporters that Ana Moura would resign."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if meetingWith(rec, "Karl Holm", "Rui Sardinha") == nil {
		t.Errorf("no Holm-Sardinha meeting: %s", dump(rec))
	}
	if meetingWith(rec, "Karl Holm", "Ana Moura") != nil {
		t.Errorf("Ana Moura, of what was said, met Holm: %s", dump(rec))
	}
}

// "A had talks with B", "he and B had long talks at the palace": the
// light verb "had" before the talks noun says the talks took place, as
// "held" does (hadTalks); with no event verb, place or date right after
// the noun the talks were dropped as untold (p624). "had no talks" and
// "has chaired the talks" are still none.
func TestHadTalksTookPlace(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO, March 3 - Karl Holm arrived on Sunday. He had talks with Premier Rui Sardinha at the castle before lunch.",
		"Talks\nOSLO, March 3 - Karl Holm arrived on Sunday. He and Premier Rui Sardinha had long talks at the castle.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m == nil || m.Status != "held" {
			t.Errorf("%q: no held Holm-Sardinha meeting: %s", text, dump(rec))
		}
	}
	// Negative: a negation, or a verb the "have" is the auxiliary of.
	for _, text := range []string{
		"Talks\nOSLO, March 3 - Karl Holm arrived on Sunday. He had no talks with Premier Rui Sardinha at the castle.",
		"Talks\nOSLO, May 6 - Karl Holm has chaired the talks with Premier Rui Sardinha.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m != nil && m.Status == "held" {
			t.Errorf("%q: read as held talks: %s", text, dump(rec))
		}
	}
}

// "Yesterday he met B", "This morning he and B held talks", "Yesterday
// evening and again this morning he and B had long talks": a time phrase
// that no preposition or comma sets off opens the sentence, and the
// subject pronoun after it was left unread (frame.AfterFrontedAdjunct
// knew "On Monday he ..." and adjuncts closed by a comma); it now stands
// for the person the sentence before names (p624). A time phrase with no
// meeting after it ("This time he and B did not meet") tells none held.
func TestPronounAfterBareTimePhrase(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO, May 6 - Karl Holm arrived on Sunday. Yesterday he met Premier Rui Sardinha at the castle.",
		"Talks\nOSLO, May 6 - Karl Holm arrived on Sunday. This morning he and Premier Rui Sardinha held talks at the castle.",
		"Talks\nOSLO, May 6 - Karl Holm arrived on Sunday. Yesterday evening and again this morning he and Premier Rui Sardinha had long talks at the castle.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m == nil || m.Status != "held" {
			t.Errorf("%q: no held Holm-Sardinha meeting: %s", text, dump(rec))
		}
	}
	text := "Talks\nOSLO, May 6 - Karl Holm arrived on Sunday. This time he and Premier Rui Sardinha did not meet."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m != nil && m.Status == "held" {
		t.Errorf("a meeting denied read as held: %s", dump(rec))
	}
}
