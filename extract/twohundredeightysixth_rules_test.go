package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-eighty-sixth round: roles — mediators and
// facilitators with the parties they bring together (p1748-p1753: two
// presidents sent by a regional bloc to a capital after a coup, a West
// African agency in English, 2015; a government and an opposition
// signing under a regional organization's secretary general and two
// institutions, a Caracas daily in translation, 2003; a president signing
// a regional council's plan for a transfer of power before its secretary
// general and a UN adviser, an official agency, 2011; a schools accord
// carried between two capitals by a lay Catholic community, a wire, 1996;
// a round table opened before a UN commission whose good offices brought
// the parties, a London broadsheet, 1949; a government and a rebel front
// signing after talks a third state facilitated, a Manila daily, 2001);
// each rule with sentences of its own.

// "the United Nations Commission for X", "the UN Development Programme",
// "the United Nations Command": a UN organ is a body of its own, named
// whole, not the world body and a second name after it
// (mention.unSystemBodies; p1749, p1752, p1436, p941, p66, p730). The
// negative case: a title after the world body's name ("United Nations
// Secretary General X") names a person and no body.
func TestUNOrganNamedWhole(t *testing.T) {
	rec := corefRecord(t, "Tarvo talks\nLIMA, May 5 - The talks between Peru and the Tarvo Liberation Front were facilitated by the United Nations Development Programme and the United Nations Commission for Chile. The United Nations Command sent an observer.")
	for _, n := range []string{"United Nations Development Programme", "United Nations Commission for Chile", "United Nations Command"} {
		if actorNamed(rec, n) == nil {
			t.Errorf("want the organ %q named whole: %s", n, dump(rec))
		}
	}
	if actorNamed(rec, "Development Programme") != nil || actorNamed(rec, "Commission for Chile") != nil {
		t.Errorf("no second body after the world body's name: %s", dump(rec))
	}
	_, meds := roleNames(rec)
	if !slices.Contains(meds, "United Nations Development Programme") {
		t.Errorf("want the programme as the facilitator: %s", dump(rec))
	}
	rec = corefRecord(t, "Tarvo talks\nLIMA, May 5 - United Nations Secretary General Ana Varela met the Tarvo Liberation Front in Lima on Friday.")
	if actorNamed(rec, "Ana Varela") == nil {
		t.Errorf("a title after the world body's name still names its holder: %s", dump(rec))
	}
}

// "X, whose good offices brought both sides together", "Y, whose
// efforts at mediation have produced no agreement": the name before
// ", whose" owns the brokering noun and is a mediator
// (roles.whoseMediationOwner; p1752, p1292). The negative case: "whose
// department led the mediation" is a clause of its own, whose subject is
// the department.
func TestWhoseMediationOwner(t *testing.T) {
	rec := corefRecord(t, "Tarvo talks\nGENEVA, May 5 - The conference between Peru and Chile on the Tarvo border opened today. The Andean Commission for Tarvo, whose good offices led the two governments to Geneva, attends the opening.")
	_, meds := roleNames(rec)
	if !slices.Contains(meds, "Andean Commission for Tarvo") {
		t.Errorf("want the commission as the mediator: %s", dump(rec))
	}
	rec = corefRecord(t, "Tarvo talks\nLIMA, May 5 - Peru and Chile will negotiate the border directly, officials said. Ana Varela, whose efforts at mediation over three years have produced no accord, left Lima.")
	if _, meds = roleNames(rec); !slices.Contains(meds, "Ana Varela") {
		t.Errorf("want the envoy as the mediator: %s", dump(rec))
	}
	rec = corefRecord(t, "Tarvo talks\nLIMA, May 5 - Peru and Chile will negotiate the border directly, officials said. Ana Varela, whose department led the mediation, welcomed the step.")
	if _, meds = roleNames(rec); slices.Contains(meds, "Ana Varela") {
		t.Errorf("a clause of its own after whose names no broker: %s", dump(rec))
	}
}

// "A and B held talks with C. The two heads of state, who arrived as
// mediators, ...", "The two powers acted as go-betweens": a counted
// description opening the sentence after the brokers' names stands for
// the first two of its kind there (roles.countedMediators; p1748, p1250).
// The negative case: a name between the description and "as" is the one
// "as" is said of ("asked X to act as mediator").
func TestCountedDescriptionBrokers(t *testing.T) {
	rec := corefRecord(t, "Tarvo crisis\nLIMA, May 5 - Brazilian President Ana Varela and Ecuadorean President Tomas Brun held talks on Friday with General Omar Kessel, who seized power in Peru this week. The two heads of state, who flew into the Peruvian capital as mediators of the Andean Union, saw the general at a hotel.")
	_, meds := roleNames(rec)
	if !slices.Contains(meds, "Ana Varela") || !slices.Contains(meds, "Tomas Brun") {
		t.Errorf("want the two presidents as mediators: %s", dump(rec))
	}
	if slices.Contains(meds, "Peru") {
		t.Errorf("the capital's demonym names no broker: %s", dump(rec))
	}
	rec = corefRecord(t, "Tarvo conference\nGENEVA, May 5 - Brazil and Ecuador sent their foreign ministers to the conference between Peru and Chile. The two countries have acted as go-betweens since March, diplomats said.")
	if _, meds = roleNames(rec); !slices.Contains(meds, "Brazil") || !slices.Contains(meds, "Ecuador") {
		t.Errorf("want the two states as go-betweens: %s", dump(rec))
	}
	rec = corefRecord(t, "Tarvo crisis\nLIMA, May 5 - Brazilian President Ana Varela and Ecuadorean President Tomas Brun held talks on Friday with General Omar Kessel of Peru. The two presidents asked Chile to act as mediator.")
	if _, meds = roleNames(rec); slices.Contains(meds, "Ana Varela") {
		t.Errorf("the name after the description is the broker: %s", dump(rec))
	}
}
