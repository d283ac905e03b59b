package extract

import "testing"

// Issue 14's thirtieth round: who mediates, told in the constructions the
// thirtieth probe batch (p212-p217) showed, each with sentences of its own.

// "President X of Gabon, the mediator" (p199), "Vice-President X of
// southern Sudan, the chief mediator" (p216), "President X of Algeria,
// the union's chairman, brokered" (p217): the state after "of" completes
// the person's title, so the apposition or the verb after it is said of
// the person, not of the state.
func TestMediatorAfterTitleComplement(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"President Rosa Quint of Ecuador, the mediator since March, opened the session.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// A verb after the apposition: the person brokers, and brings the
	// state their post serves, as any mediating person does.
	wantRoles(t, lead+"President Rosa Quint of Ecuador, the current chairman of the Andean Council, brokered the talks.",
		[]string{"Chile", "Peru"}, []string{"Ecuador", "Rosa Quint"})
	// Minimal pair: a state apposed with no person before it mediates.
	wantRoles(t, lead+"Ecuador, the mediator since March, opened the session.",
		[]string{"Chile", "Peru"}, []string{"Ecuador"})
}

// "X brokered the deal with the United Nations and the OAU, whose envoys
// sat as moderators" (p194), "X brokered the treaty with the United
// States and the European Union" (p217): the "with" phrase after the
// object of a mediator's brokering verb names those who brokered beside
// it. A side of the story named there is no broker ("brokered a truce
// with Peru").
func TestCoBrokersAfterWith(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"Ecuador brokered the deal with the United Nations and the European Union, whose envoys sat in every session.",
		[]string{"Chile", "Peru"}, []string{"Ecuador", "European Union", "United Nations"})
	// Minimal pair: the "with" phrase names a side.
	wantRoles(t, lead+"Ecuador brokered a truce with Peru after the first day.",
		[]string{"Chile", "Peru"}, []string{"Ecuador"})
}

// "after ten days of talks led by the African Union" (p193), "after three
// days of talks led by the African Union" (p214): a body that leads the
// talks runs them as a third party. A state or person leading talks may
// head its own side, and "a delegation led by" is a side's team.
func TestTalksLedByBody(t *testing.T) {
	wantRoles(t, "Chile and Peru settled their river border dispute in Quito on Friday after a week of talks led by the Andean Community.",
		[]string{"Chile", "Peru"}, []string{"Andean Community"})
	// Minimal pairs: a state leads the talks; a delegation is led.
	wantRoles(t, "Chile and Peru settled their river border dispute in Quito on Friday after a week of talks led by Chile.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chile and Peru settled their river border dispute in Quito on Friday. A delegation led by the Andean Community attended.",
		[]string{"Chile", "Peru"}, nil)
}

// "The AU envoy, X, chaired every session" (p214), "the UN mediator, Y"
// (p164): a body's acronym that may also open a title ("UN envoy X", a
// title word in the lexicon), before a title set off by a comma from the
// name, names the body the post is in, as "the AU's envoy, X" does.
func TestBodyAcronymOpensCommaTitle(t *testing.T) {
	for _, s := range []string{
		"The EU envoy, Rosa Quint, chaired every session.",
		"The EU's envoy, Rosa Quint, chaired every session.",
	} {
		rec, err := Extract(Article{ID: "t", Text: "Border talks\nChile and Peru held talks with the European Union (EU) in Quito on Friday. " + s, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range rec.Actors {
			if a.Name != "Rosa Quint" {
				continue
			}
			for _, p := range a.Positions {
				found = found || p.Organization == "European Union" && p.Title == "envoy"
			}
			if !found {
				t.Errorf("%q: Rosa Quint's posts %+v, want envoy of the European Union", s, a.Positions)
			}
		}
		if !found {
			t.Errorf("%q: no envoy post for Rosa Quint", s)
		}
	}
}

// A body the text makes a broker sends its envoy to the talks: the person
// whose post is that body's envoy or adviser brokers too, wherever the
// post is told ("talks led by the African Union ... The AU envoy, X,
// chaired", p214; "the personal envoy of the UN Secretary-General" with
// the UN a mediator, p168). A state's envoy may speak for a side, and a
// body that brokers nothing gives its envoy no role.
func TestEnvoyOfBrokeringBody(t *testing.T) {
	lead := "Chile and Peru held talks on their river border dispute in Quito on Friday, mediated by the Organization of American States (OAS). "
	wantRoles(t, lead+"The OAS envoy, Rosa Quint, said both sides had moved.",
		[]string{"Chile", "Peru"}, []string{"Organization of American States", "Rosa Quint"})
	wantRoles(t, "The OAS envoy, Rosa Quint, said both sides had moved. "+lead,
		[]string{"Chile", "Peru"}, []string{"Organization of American States", "Rosa Quint"})
	// Minimal pairs: the body brokers nothing; a state's envoy.
	wantRoles(t, "Chile and Peru held talks on their river border dispute in Quito on Friday. The OAS envoy, Rosa Quint, said both sides had moved.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chile and Peru held talks on their river border dispute in Quito on Friday, mediated by Ecuador. Ecuador's special envoy, Rosa Quint, said both sides had moved.",
		[]string{"Chile", "Peru"}, []string{"Ecuador"})
}
