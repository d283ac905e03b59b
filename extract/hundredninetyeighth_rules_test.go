package extract

import (
	"testing"
)

// Issue 14's hundred-and-ninety-eighth round: who met whom where both
// people are found but the pair is missed (p1220-p1225: a 1970s canal-side
// summit with ministers present, an all-night trilateral in a host's
// capital, a signing of a memorandum witnessed by a mediator, a summit at
// a prime minister's residence, a host named only in the headline, five
// presidents around one table); each rule with sentences of its own.

// "Around the table sat A, B and C" seats the people listed after "sat"
// at one table: an encounter of them (tableSeated, meetings.go; lexicon
// "tableSides"), with the one who hosts them ("The host, X, opened the
// summit." before it, or "X hosted them, and across the table sat A and
// B"; tableHost, lexicon "tableHostVerbs"; p1225, p1221), on the day
// the host opened it. The list runs over an apposition's relative clause. The negative cases: a seating
// after a sentence that names no host pairs no one with its speaker, "X
// said ..., and across the table sat A and B" makes no host of X, and
// "Around the table sat piles of files" seats no one.
func TestInvertedTableSeating(t *testing.T) {
	head := "Leaders sign regional plan\nVALDORA, May 6 - The region's leaders signed a plan today.\n"
	for i, c := range []struct{ text, host string }{
		{head + "The host, President Tomas Vidal of Arland, opened the summit on Monday afternoon at a hotel in the capital. Around the table sat President Ana Ruiz of Borvia, whose plan served as the basis of the talks, President Lars Eklund of Cardia and Prime Minister Mirko Petran of Dunmark.", "Tomas Vidal"},
		{head + "Foreign Minister Tomas Vidal hosted them at the ministry's guest house on the river, and across the table sat Borvian Foreign Minister Ana Ruiz, Cardian Foreign Minister Lars Eklund and Dunmark's Foreign Minister Mirko Petran.", "Tomas Vidal"},
	} {
		rec := corefRecord(t, c.text)
		for _, p := range [][2]string{{"Ana Ruiz", "Lars Eklund"}, {"Lars Eklund", "Mirko Petran"}, {c.host, "Ana Ruiz"}, {c.host, "Mirko Petran"}} {
			if !metPair(rec, p[0], p[1]) {
				t.Errorf("%q: want %s and %s paired: %s", c.text, p[0], p[1], dump(rec))
			}
		}
		if m := meetingWith(rec, "Ana Ruiz", "Lars Eklund"); i == 0 && (m == nil || m.Date != "2025-05-05") {
			t.Errorf("%q: want the sitting on the day the host opened it, 2025-05-05: %s", c.text, dump(rec))
		}
	}
	for _, c := range []struct{ text, a, b string }{
		{head + "Spokesman Tomas Vidal said the mood was calm before the session opened on Thursday. Around the table sat President Ana Ruiz of Borvia and President Lars Eklund of Cardia.", "Tomas Vidal", "Ana Ruiz"},
		{head + "Spokesman Tomas Vidal said the mood was calm, and across the table sat President Ana Ruiz of Borvia and President Lars Eklund of Cardia.", "Tomas Vidal", "Lars Eklund"},
	} {
		rec := corefRecord(t, c.text)
		if !metPair(rec, "Ana Ruiz", "Lars Eklund") {
			t.Errorf("%q: want Ruiz and Eklund paired: %s", c.text, dump(rec))
		}
		if metPair(rec, c.a, c.b) {
			t.Errorf("%q: want %s and %s not paired: %s", c.text, c.a, c.b, dump(rec))
		}
	}
	// A sitting told before takes the seated people (the rosters'
	// "Across the table sat"); the seating makes no meeting of its own
	// without the principal told there.
	told := head + "Delegations from Arland and Borvia sat down on Thursday for a third round of talks in Valdora. The Arland delegation was headed by Foreign Minister Tomas Vidal. Across the table sat Borvia's Foreign Minister, Ana Ruiz, with her deputy, Lars Eklund, beside her."
	rec := corefRecord(t, told)
	if !metPair(rec, "Tomas Vidal", "Ana Ruiz") || !metPair(rec, "Tomas Vidal", "Lars Eklund") {
		t.Errorf("%q: want Vidal paired with Ruiz and Eklund: %s", told, dump(rec))
	}
	text := head + "President Tomas Vidal received the visitors in his study. Around the table sat piles of files from the archives of Arland."
	rec = corefRecord(t, text)
	if len(rec.Meetings) > 0 {
		t.Errorf("%q: want no meeting: %s", text, dump(rec))
	}
}
