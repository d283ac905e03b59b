package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-thirty-fourth round: mediators (p1436-p1441:
// a truce signed aboard a transport under a good-offices committee, a
// South American war ended before a mediating group, a new mediator's
// first calls on an island's two leaders, an economic deal brokered by a
// special envoy, a strike settled under a labour secretary's mediation
// and a communal peace declaration with a minister as facilitator); each
// rule with sentences of its own.

// "X, who has been named United Nations mediator for the dispute", "X was
// appointed mediator", "the bloc appointed X as its mediator": the one
// the appointment names holds the post and mediates, with the body the
// post is of (appointedPostHolder, roles/appointedpost.go; lexicon
// "appointedPostAux"; p1438, p918, p1354). The negative cases: an
// appointment denied ("has not been named mediator"), one that names no
// mediator's post ("named chief negotiator for Arland"), and a
// mediator's post no one has been named to yet.
func TestAppointedMediatorPost(t *testing.T) {
	lead := "Neighbours meet on river line\nArland and Borvia held talks on their river border dispute in Geneva on Monday, the first talks between Arland and Borvia in a year.\n"
	for _, c := range []struct{ text, who, body string }{
		{lead + "Lars Eklund, a former president who has been named United Nations mediator for the dispute, met the two ministers.", "Lars Eklund", "United Nations"},
		{lead + "Lars Eklund, the former President of Corland who has been named United Nations mediator for the dispute, met the two ministers.", "Lars Eklund", "United Nations"},
		{lead + "Lars Eklund, who was named mediator last week, met the two ministers.", "Lars Eklund", ""},
		{lead + "Lars Eklund has been appointed United Nations mediator for the dispute.", "Lars Eklund", "United Nations"},
		{lead + "The Union of Southern States appointed Lars Eklund as its mediator last month.", "Lars Eklund", ""},
		{lead + "Lars Eklund was named mediator on Thursday by Prime Minister Maria Stone.", "Lars Eklund", ""},
	} {
		rec := corefRecord(t, c.text)
		if !hasMediator(rec, c.who) {
			t.Errorf("%q: want %s a mediator: %s", c.text, c.who, dump(rec))
		}
		if c.body != "" && !hasMediator(rec, c.body) {
			t.Errorf("%q: want %s a mediator: %s", c.text, c.body, dump(rec))
		}
	}
	for _, c := range []struct{ text, who string }{
		{lead + "Lars Eklund has not been named mediator, a spokesman said.", "Lars Eklund"},
		{lead + "Lars Eklund had never been appointed facilitator of the talks.", "Lars Eklund"},
		{lead + "Lars Eklund was named chief negotiator for Arland.", "Lars Eklund"},
		{lead + "Lars Eklund said the mediator had not yet been named.", "Lars Eklund"},
	} {
		rec := corefRecord(t, c.text)
		if hasMediator(rec, c.who) {
			t.Errorf("%q: want %s no mediator: %s", c.text, c.who, dump(rec))
		}
	}
}

// "in the presence of the mediating group of four nations: A, B, C and
// D", "the mediating countries, A, B and C, welcomed the deal": a
// mediating participle after a determiner names a collective whose
// listed members each broker (mediatingGroupMembers,
// roles/mediatinggroup.go; lexicon "mediatingCollectives"; p1437). The
// negative cases: the verb "X is mediating" with names after it that
// list no members, and an "of" phrase that runs into a clause ("the
// mediating group of six nations met on Friday, A and B said").
func TestMediatingGroupMembers(t *testing.T) {
	lead := "Neighbours meet on river line\nArland and Borvia held talks on their river border dispute in Geneva on Monday, the first talks between Arland and Borvia in a year.\n"
	for _, c := range []struct {
		text string
		who  []string
	}{
		{lead + "The deal was signed in the presence of the delegates of the mediating group of four nations: Norway, Chile, Ghana and Japan.", []string{"Norway", "Chile", "Ghana", "Japan"}},
		{lead + "The mediating countries, Norway, Chile and Ghana, welcomed the deal.", []string{"Norway", "Chile", "Ghana"}},
	} {
		rec := corefRecord(t, c.text)
		for _, w := range c.who {
			if !hasMediator(rec, w) {
				t.Errorf("%q: want %s a mediator: %s", c.text, w, dump(rec))
			}
		}
	}
	for _, c := range []struct{ text, who string }{
		{lead + "Norway is mediating, Chile and Ghana said.", "Chile"},
		{lead + "The mediating group of six nations met on Friday, Chile and Ghana said.", "Chile"},
	} {
		rec := corefRecord(t, c.text)
		if hasMediator(rec, c.who) {
			t.Errorf("%q: want %s no mediator: %s", c.text, c.who, dump(rec))
		}
	}
}

// "X, special envoy for A and B peace negotiations": a "for" complement
// of two sides joined by "and" is the post's remit, the sides the envoy
// goes between, not the body he serves, so A is neither his post's
// body nor, through it, a mediator (pairedComplement,
// actors/positions.go; p1439). The negative case: "special envoy for C"
// alone still names the body the post is of.
func TestEnvoyForTwoSides(t *testing.T) {
	text := "Deal signed in capital\nThe documents were brokered by Lars Eklund, special presidential envoy for Chad and Niger peace negotiations, who carried proposals between the two delegations."
	rec := corefRecord(t, text)
	if !hasMediator(rec, "Lars Eklund") {
		t.Errorf("want Lars Eklund a mediator: %s", dump(rec))
	}
	if hasMediator(rec, "Chad") {
		t.Errorf("want Chad no mediator: %s", dump(rec))
	}
	if a := actorNamed(rec, "Lars Eklund"); a == nil || a.Affiliation == "Chad" || hasPosition(a, "special presidential envoy", "Chad") {
		t.Errorf("want Eklund's post not of Chad: %s", dump(rec))
	}
	text = "Envoy named\nThe documents were carried by Lars Eklund, special envoy for Norway, who met officials on Monday."
	rec = corefRecord(t, text)
	if a := actorNamed(rec, "Lars Eklund"); a == nil || !hasPosition(a, "special envoy", "Norway") {
		t.Errorf("want Eklund's post of Norway: %s", dump(rec))
	}
}

// "the Federal Conciliation and Arbitration Service": a body named for
// two mandates joined by "and" keeps its whole name, where the run broke
// at "and" and the body was read as "Arbitration Service"
// (bodyConjunct, mention/bodyconjunct.go; p1440, and p1322's "National
// Development and Reform Commission"). The negative case: a body's head
// before "and" closes its name, so "the Election Commission and Supreme
// Court" stay two bodies.
func TestBodyNamedForTwoMandates(t *testing.T) {
	text := "Strike ends\nOfficials of the Federal Conciliation and Arbitration Service met the union leaders in Valdora on Monday."
	rec := corefRecord(t, text)
	if actorNamed(rec, "Federal Conciliation and Arbitration Service") == nil {
		t.Errorf("want the whole body's name: %s", dump(rec))
	}
	text = "Poll row\nOfficials of the Election Commission and Supreme Court met in Valdora on Monday."
	rec = corefRecord(t, text)
	if actorNamed(rec, "Election Commission") == nil || actorNamed(rec, "Supreme Court") == nil {
		t.Errorf("want two bodies: %s", dump(rec))
	}
}

// "Coordinating Minister for People's Welfare X": a possessive inside a
// title's complement keeps the complement going, where the run broke at
// "'s" and the portfolio word after it was read as the person's first
// name ("Welfare X"; extendRun, mention/mentions.go; p1441). The
// negative case: a possessive after a name, outside any title's
// complement ("Stone's Welfare Fund"), is left as it was.
func TestPossessiveInTitleComplement(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"Talks open\nCoordinating Minister for People's Welfare Maria Stone met Lars Eklund in Valdora on Monday.", "Maria Stone"},
		{"Talks open\nMinister for Women's Affairs Maria Stone met Lars Eklund in Valdora on Monday.", "Maria Stone"},
	} {
		rec := corefRecord(t, c.text)
		if actorNamed(rec, c.who) == nil {
			t.Errorf("%q: want %s named so: %s", c.text, c.who, dump(rec))
		}
		for _, a := range rec.Actors {
			if a.Kind == "person" && a.Name != c.who && a.Name != "Lars Eklund" {
				t.Errorf("%q: want no person %q: %s", c.text, a.Name, dump(rec))
			}
		}
	}
	text := "Talks open\nMaria Stone met Lars Eklund in Valdora on Monday. Stone's Welfare Fund paid for the trip."
	rec := corefRecord(t, text)
	if actorNamed(rec, "Maria Stone") == nil {
		t.Errorf("want Maria Stone: %s", dump(rec))
	}
}
