package extract

import (
	"testing"
)

// Issue 14's hundred-and-first round: meetings not read although both
// people are found, each shape with sentences of its own.

// "A arrived in X on Tuesday. B received her at the palace": the object
// pronoun of a meeting verb stands for the one person the sentence
// before names, when the verb's subject is a person of its own clause
// (objectAnte). The meeting had one participant and was dropped (p640).
func TestObjectPronounAfterSentenceBefore(t *testing.T) {
	for _, text := range []string{
		"Talks\nVALLETTA, March 3 - Premier Ines Albrecht landed in Valletta on Monday. President Tomas Grech received her at his residence in the evening.",
		"Talks\nVALLETTA, March 3 - Premier Ines Albrecht landed in Valletta on Monday. On Tuesday President Tomas Grech met with her for two hours.",
		"Talks\nVALLETTA, March 3 - Minister Piet Zammit landed in Valletta on Monday. President Tomas Grech hosted him at a lunch on Tuesday.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if m := meetingWith(rec, "Ines Albrecht", "Tomas Grech"); (m == nil || m.Status != "held") && meetingWith(rec, "Piet Zammit", "Tomas Grech") == nil {
			t.Errorf("%q: no held meeting with Grech: %s", text, dump(rec))
		}
	}
	// Negative: a possessive "her", a sentence before with two people, and
	// a person named in the same sentence before the clause leave the
	// pronoun unread.
	for _, c := range []struct{ text, a, b string }{
		{"Talks\nVALLETTA, March 3 - Premier Ines Albrecht landed in Valletta on Monday. President Tomas Grech met her deputy on Tuesday.", "Ines Albrecht", "Tomas Grech"},
		{"Talks\nVALLETTA, March 3 - Premier Ines Albrecht and Minister Rosa Vella landed in Valletta on Monday. President Tomas Grech met her on Tuesday.", "Rosa Vella", "Tomas Grech"},
		{"Talks\nVALLETTA, March 3 - Premier Ines Albrecht landed in Valletta on Monday. After Rosa Vella spoke, President Tomas Grech received her.", "Ines Albrecht", "Tomas Grech"},
	} {
		rec, err := Extract(Article{ID: "t", Text: c.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if meetingWith(rec, c.a, c.b) != nil {
			t.Errorf("%q: an unsettled pronoun read as %s: %s", c.text, c.a, dump(rec))
		}
	}
}
