package extract

import "testing"

// Issue 14's four-hundredth round: a batch on mediators told by what they
// do and on guarantors (p2432-p2437: a 1998 wire on a border treaty signed
// before the guarantor countries' presidents, a 2012 agency report on a
// summit chaired by a regional panel's head, a 2011 Balkan dialogue
// facilitated by an envoy, a 1974 disengagement after a shuttle, a 1999
// ceasefire signed under a host president's auspices, a 2017 round with
// guarantor countries carrying messages); each rule with sentences of its
// own.

// A regional bloc's organ named with the bloc's name in front ("the
// African Union Follow-Up Panel", "the ECOWAS Commission") is one body,
// the organ, which brokers the talks; not the bloc, and not a bloc
// beside a second body with a broken name (blocOrgans, mention; p2433,
// p2215, p386). The negative case: a bloc's name before a title and a
// person ("the African Union Special Envoy X", no organ's head word)
// leaves the person alone.
func TestBlocOrganFacilitatesTalks(t *testing.T) {
	lead := "Talks resume in Koram\n"
	for _, c := range []struct{ text, body string }{
		{"The talks between Arland and Borvia were facilitated by the African Union High-Level Follow-Up Panel.", "African Union High-Level Follow-Up Panel"},
		{"The talks between Arland and Borvia were facilitated by the African Union Follow-Up Panel.", "African Union Follow-Up Panel"},
		{"The talks between Arland and Borvia were facilitated by the ECOWAS Commission.", "ECOWAS Commission"},
	} {
		rec := corefRecord(t, lead+"KORAM, Oct. 23 - Negotiators of Arland and Borvia met here on Monday. "+c.text)
		if !hasMediator(rec, c.body) {
			t.Errorf("%q: want %s a mediator: %s", c.text, c.body, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"KORAM, Oct. 23 - The African Union Special Envoy Tomas Velk met Arland's President Piet Oster here on Monday.")
	if !hasPerson(rec, "Tomas Velk") {
		t.Errorf("want Velk a person: %s", dump(rec))
	}
}

// After a body named in full, "the panel" or "the commission" in lower
// case, opening what the body does, is that body: "The panel has
// facilitated the negotiations between A and B" makes the panel a
// mediator (organAnaphors, mention; p2433, p766). The negative cases: two
// bodies with the same head word make the noun anyone's, and "the
// commission of inquiry" is another body.
func TestOrganAnaphorBrokers(t *testing.T) {
	lead := "Talks resume in Koram\n"
	open := "KORAM, Oct. 23 - Negotiators of Arland and Borvia met here on Monday. Tomas Velk heads the Lakeland Border Commission. "
	for _, c := range []string{
		"The commission has facilitated the negotiations between Arland and Borvia since 2019.",
		"Since May the commission is mediating between Arland and Borvia.",
	} {
		rec := corefRecord(t, lead+open+c)
		if !hasMediator(rec, "Lakeland Border Commission") {
			t.Errorf("%q: want the commission a mediator: %s", c, dump(rec))
		}
	}
	rec := corefRecord(t, lead+open+"Anna Mirov heads the Southern Border Commission. The commission has facilitated the negotiations between Arland and Borvia since 2019.")
	if hasMediator(rec, "Lakeland Border Commission") || hasMediator(rec, "Southern Border Commission") {
		t.Errorf("two commissions: want neither a mediator: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"KORAM, Oct. 23 - Negotiators of Arland and Borvia met here on Monday. Tomas Velk heads the Lakeland Electoral Commission. The commission of inquiry has mediated between Arland and Borvia since 2019.")
	if hasMediator(rec, "Lakeland Electoral Commission") {
		t.Errorf("the commission of inquiry: want no mediator: %s", dump(rec))
	}
}
