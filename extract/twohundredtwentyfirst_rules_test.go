package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-twenty-first round: a stranger's batch
// (p1358-p1363: an Indian broadsheet's Karachi talks of 1953, a Colombo
// daily's government-LTTE round of 1994, a Mozambican agency's
// government-Renamo dialogue of 2013, a British paper's Austro-Italian
// talks on South Tyrol of 1964, a Manila daily's truce signing of 1986, a
// Malaysian agency's Thailand-BRN dialogue of 2022); each rule with
// sentences of its own.

// "army chief Gen. X": the period of an abbreviated rank glued to it is
// inside the name's phrase (mention.rankPeriod); the run broke there and
// after a title the rank alone was read as a person, "Gen" (p1362). The
// negative case: a rank-like word that ends a sentence still ends it.
func TestRankPeriodOpensName(t *testing.T) {
	text := "Army talks\n\nArmy chief Gen. Tomas Varga met Mr. Ilan Brede in Kestria on Monday.\n" +
		"Their deputies, Lt. Gen. Aldo Brem and Maj. Pia Sorell, also met on Monday.\n"
	rec := run(t, text, "2021-03-10")
	for _, n := range []string{"Gen", "Lt", "Maj", "Lt. Gen", "Gen."} {
		if a := actorNamed(rec, n); a != nil && a.Kind == "person" {
			t.Errorf("the rank %q is no person: %s", n, dump(rec))
		}
	}
	for _, n := range []string{"Tomas Varga", "Ilan Brede"} {
		mustActor(t, rec, n, "person")
	}
	if !metPair(rec, "Tomas Varga", "Ilan Brede") {
		t.Errorf("want Varga met Brede: %s", dump(rec))
	}
	neg := "Pass talks\n\nThe pass is known locally as the Col. Minister Tomas Varga met Ilan Brede there on Monday.\n"
	rec = run(t, neg, "2021-03-10")
	if !metPair(rec, "Tomas Varga", "Ilan Brede") {
		t.Errorf("want Varga met Brede after the sentence's end: %s", dump(rec))
	}
}

// "A and the communist-led B signed an agreement": the side after "and"
// is the name past a hyphened participle (args.afterLedModifier), not the
// modifier's first word, and a lower-case modifier put it out of reach
// (p1362). The negative case: the backer of "the Iran-backed B" is no
// party.
func TestPairAfterLedModifier(t *testing.T) {
	for _, mod := range []string{"communist-led", "army-backed"} {
		text := "Truce signed\n\nPeru and the " + mod + " Popular Front signed an agreement for a ceasefire in Lima on Monday.\n"
		parties, _ := roleNames(run(t, text, "2021-03-10"))
		for _, p := range []string{"Peru", "Popular Front"} {
			if !slices.Contains(parties, p) {
				t.Errorf("%s: want party %s, got %v", mod, p, parties)
			}
		}
	}
	text := "Truce signed\n\nPeru and the Iran-backed Popular Front signed an agreement for a ceasefire in Lima on Monday.\n"
	parties, _ := roleNames(run(t, text, "2021-03-10"))
	if slices.Contains(parties, "Iran") || !slices.Contains(parties, "Popular Front") {
		t.Errorf("want the Popular Front a party and its backer none, got %v", parties)
	}
}

// "A, who flew in on Saturday, and Mr. B held their last sitting": a
// session or sitting held by two people is their talks, after the
// possessive as after "a" (heldSessionDeterminers, heldSessionNouns), with
// a relative clause set off between the two names or an honorific before
// the second (meeting.setOffThenAnd, honorificStart; p1358). The negative
// cases: a sitting of a body, and one person's session.
func TestHeldTheirSitting(t *testing.T) {
	for _, s := range []string{
		"Mr. Tomas Varga, who flew in from Kestria on Saturday, and Mr. Ilan Brede held their last sitting this afternoon.",
		"Mr. Tomas Varga and Mr. Ilan Brede held their final session this afternoon.",
	} {
		rec := run(t, "Talks end\n\nLONDON, July 27. - "+s+"\n", "1953-07-28")
		if !metPair(rec, "Tomas Varga", "Ilan Brede") {
			t.Errorf("want Varga met Brede in %q: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Mr. Tomas Varga and Mr. Ilan Brede held a sitting of the assembly this afternoon.",
		"Mr. Tomas Varga held his last session with the press this afternoon.",
	} {
		rec := run(t, "Talks end\n\nLONDON, July 27. - "+s+"\n", "1953-07-28")
		if metPair(rec, "Tomas Varga", "Ilan Brede") || len(rec.Meetings) > 0 {
			t.Errorf("want no meeting in %q: %s", s, dump(rec))
		}
	}
}
