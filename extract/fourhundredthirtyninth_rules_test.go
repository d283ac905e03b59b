package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-thirty-ninth round: roles and signings
// under a host's sponsorship or auspices (p2666-p2671: a unity
// declaration sponsored by a Gulf ruler, a Gulf agency, Doha, 2012; a
// factions' declaration signed under a president's auspices, a wire,
// Sanaa, 2008; a border accord at a summit, a broadsheet, Algiers, 1975;
// a peace accord under a facilitator's auspices, a French agency in
// English, Arusha, 1993; a peace accord under a regional chairman's
// auspices, a pan-African agency, Lome, 1999; an agreement under a crown
// prince's sponsorship, a Gulf agency, Riyadh, 2019); each rule with
// sentences of its own.

func fourhundredthirtyninthRecord(t *testing.T, pub, text string) graph.Record {
	t.Helper()
	p, err := time.Parse("2006-01-02", pub)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := Extract(Article{ID: "t", Text: text, Published: p})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// "The accord was signed under the auspices of President X by A and B":
// the patron stands between the passive and its signers, who met at the
// signing (meeting patronageBy; p2667). The negative case: a patron told
// in lower case is no name, and no signers are read past it.
func TestSignedUnderAuspicesBySigners(t *testing.T) {
	rec := fourhundredthirtyninthRecord(t, "2001-05-03", "Accord signed in Valdoria\n\nVALDORIA, May 3 (Reuters) - The accord was signed under the auspices of Marland President Tomas Verhoeven by Anton Kessler, head of the Ruritanian delegation, and Pavel Orlov, deputy leader of the Borduria Front, after four days of talks.")
	if !metPair(rec, "Anton Kessler", "Pavel Orlov") {
		t.Errorf("want Kessler with Orlov: %s", dump(rec))
	}
	rec = fourhundredthirtyninthRecord(t, "2001-05-03", "Accord signed in Valdoria\n\nVALDORIA, May 3 (Reuters) - The accord was signed under the auspices of a regional body whose chairman was thanked by Anton Kessler and Pavel Orlov.")
	if metPair(rec, "Anton Kessler", "Pavel Orlov") {
		t.Errorf("want no signing past a lower-case patron: %s", dump(rec))
	}
}

// "X sponsored here today the signing of an agreement between A and B":
// hosting a signing is no brokering by itself, so X is no mediator
// (roles sponsoredSigning; p2666, p2496, p2550). The negative cases: "X
// sponsored the talks between A and B" still brokers them, and so does a
// sponsored signing whose sentence names the mediator (p672).
func TestSponsoredSigningIsNoMediation(t *testing.T) {
	rec := fourhundredthirtyninthRecord(t, "2001-05-03", "Pact signed in Valdoria\n\nVALDORIA, May 3 (Reuters) - President Tomas Verhoeven sponsored here today the signing of an agreement between President Anton Kessler of Ruritania and President Pavel Orlov of Borduria to end their border dispute.")
	if hasMediator(rec, "Tomas Verhoeven") {
		t.Errorf("want no mediator for the signing's sponsor: %s", dump(rec))
	}
	if !metPair(rec, "Anton Kessler", "Tomas Verhoeven") {
		t.Errorf("want the sponsor at the signing: %s", dump(rec))
	}
	rec = fourhundredthirtyninthRecord(t, "2001-05-03", "Talks open in Valdoria\n\nVALDORIA, May 3 (Reuters) - President Tomas Verhoeven sponsored the talks between Ruritania and Borduria over their border dispute, which opened here today.")
	if !hasMediator(rec, "Tomas Verhoeven") {
		t.Errorf("want Verhoeven a mediator of the talks he sponsored: %s", dump(rec))
	}
	rec = fourhundredthirtyninthRecord(t, "2001-05-03", "Pact signed in Valdoria\n\nVALDORIA, May 3 (Reuters) - President Tomas Verhoeven sponsored here today the signing of an agreement between President Anton Kessler of Ruritania and President Pavel Orlov of Borduria, with Marland acting as mediator between the two neighbours.")
	if !hasMediator(rec, "Tomas Verhoeven") {
		t.Errorf("want the sponsor a mediator when the sentence names the mediation: %s", dump(rec))
	}
}
