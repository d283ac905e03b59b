package extract

import "testing"

// Issue 14's four-hundred-and-eighteenth round: a stranger's batch of
// East and Southeast Asian agencies and dailies (p2540-p2545: a
// Vietnamese agency's White House talks of 2005, a Japanese agency's
// Tokyo summit of 1998, a Korean agency's Panmunjom summit of 2018, a
// Singapore daily's cross-Strait talks of 1993, a Manila daily's peace
// accord of 1996, a Malaysian agency's peace talks of 2013); each rule
// with sentences of its own.

// "trade has grown in the decade since relations were restored in 1989":
// the year closes a "since" phrase, the start of a span up to the news, so
// "on March 1" told next is the publication's March, not 1989's
// (frame.sinceSpanYear; p2540). The negative case: "In 1989, ... On March
// 1" still sets the story in 1989.
func TestSinceYearSetsNoStory(t *testing.T) {
	const head = "Premier in Canberra\n\nCANBERRA, March 3 (Wire) -- Prime Minister Arto Vell held talks with Australian Prime Minister Nils Brandt on March 2.\n"
	rec := run(t, head+"Trade between the two countries has grown in the decade since relations were restored in 1989.\nEarlier, on March 1, Vell met with Foreign Minister Janne Koski in Sydney.\n", "1999-03-03")
	m := mustMeeting(t, rec, "Arto Vell", "Janne Koski")
	if m.Date != "1999-03-01" {
		t.Errorf("a since-year sets no story: want 1999-03-01, got %q: %s", m.Date, dump(rec))
	}
	rec = run(t, head+"In 1989, the two countries restored relations.\nOn March 1, Vell met with Foreign Minister Janne Koski in Sydney.\n", "1999-03-03")
	if m := mustMeeting(t, rec, "Arto Vell", "Janne Koski"); m.Date != "1989-03-01" {
		t.Errorf("a year told alone still sets the story: want 1989-03-01, got %q: %s", m.Date, dump(rec))
	}
}

// "The presidents then witnessed the signing of a protocol by A and B":
// the signatories named after "by" join the witnesses' talks
// (witnessedSigners; p518). "the signing of the accord by A and B in X on
// DAY, witnessed by C and D": signatories and witnesses met at that
// signing, of its own day (signingNominalBy; p2545). The negative case:
// "witnessed the signing of four memoranda by officials" names no
// signatory, and no one joins.
func TestWitnessedSigningSeatsItsSignatories(t *testing.T) {
	rec := run(t, "Leaders meet\n\nNAIROBI, March 6 (Wire) -- President Arto Vell held talks with visiting President Nils Brandt at State House on Thursday.\nThe presidents then witnessed the signing of a fisheries protocol by Minister Janne Koski and Brandt's trade minister, Pekka Salo.\n", "2025-03-06")
	for _, p := range []string{"Janne Koski", "Pekka Salo"} {
		if !metPair(rec, p, "Nils Brandt") {
			t.Errorf("want the signatory %s at the leaders' talks: %s", p, dump(rec))
		}
	}
	rec = run(t, "Rebels, government meet\n\nOSLO, March 3 (Wire) -- Government and rebel negotiators held talks in Oslo on Thursday.\nThe talks follow the signing of a framework accord by envoy Arto Vell and rebel chief Nils Brandt in Stockholm on Feb 10, witnessed by Prime Minister Janne Koski and his Swedish counterpart Pekka Salo.\n", "1999-03-03")
	m := mustMeeting(t, rec, "Arto Vell", "Nils Brandt", "Janne Koski", "Pekka Salo")
	if m.Date != "1999-02-10" || m.Place != "Stockholm" {
		t.Errorf("want the signing in Stockholm on 1999-02-10, got %q %q: %s", m.Place, m.Date, dump(rec))
	}
	rec = run(t, "Leaders meet\n\nNAIROBI, March 6 (Wire) -- President Arto Vell held talks with visiting President Nils Brandt at State House on Thursday.\nThe presidents later witnessed the signing of four memoranda by officials of the two governments.\n", "2025-03-06")
	if m := mustMeeting(t, rec, "Arto Vell", "Nils Brandt"); len(m.Participants) != 2 {
		t.Errorf("no signatory named, no one joins: %s", dump(rec))
	}
}
