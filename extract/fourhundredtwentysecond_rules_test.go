package extract

import "testing"

// Issue 14's four-hundred-and-twenty-second round: negotiation roles
// missed (p2564-p2569: an American wire's Paris talks of 1973, a British
// agency's Geneva proximity talks of 1988, a broadsheet's Algiers accord
// of 1981, a broadsheet's Tashkent declaration of 1966, an Italian
// agency's Rome accord of 1992, a wire's Doha opening of 2020), where the
// sides are told by their capitals and the brokers by the phrases of
// mediation; each rule with sentences of its own.

// "The four mediators were A, B and C": a plural mediators' noun as the
// subject of "are" or "were" names the brokers in its predicate
// (roles.subjectCopulaMediators; p1967, p2491, p2568). The name in an
// apposition's object ("the adviser to President Y") and a demonym
// modifier ("an Estonian diplomat") broker nothing; a predicate that
// tells what the mediators do ("were meeting", "are expected to") names
// no members.
func TestSubjectCopulaMediators(t *testing.T) {
	const head = "Talks resume\n\nVALLETTA, May 4 (Reuters) - Negotiations between Norland and Sudria resumed in Valletta on Monday after a month's pause.\n"
	rec := run(t, head+"The three mediators were Tomas Aldring, the envoy to President Kaspar Veld, the veteran diplomat Ilse Marrow and Pieter Vance, an Estonian lawyer.\n", "2011-05-04")
	for _, m := range []string{"Tomas Aldring", "Ilse Marrow", "Pieter Vance"} {
		if !hasMediator(rec, m) {
			t.Errorf("want %s a mediator: %s", m, dump(rec))
		}
	}
	for _, m := range []string{"Kaspar Veld", "Estonia"} {
		if hasMediator(rec, m) {
			t.Errorf("%s is no mediator: %s", m, dump(rec))
		}
	}
	rec = run(t, head+"The mediators were meeting Ilse Marrow and Pieter Vance of the two delegations on Tuesday.\n", "2011-05-04")
	for _, m := range []string{"Ilse Marrow", "Pieter Vance"} {
		if hasMediator(rec, m) {
			t.Errorf("%s is met by the mediators, no mediator: %s", m, dump(rec))
		}
	}
}

// "The talks, facilitated by A, began with a ceremony addressed by B and
// by C": "and by" continues the agent phrase of the last "by", so once
// another verb's "by" has come between, C is that verb's agent and no
// broker (roles, lastBy reset; p2569). The negative case: "facilitated by
// A, and by B" still names two brokers.
func TestAndByTakesTheLastVerb(t *testing.T) {
	const head = "Talks open\n\nOSLO, June 3 (AFP) - "
	rec := run(t, head+"Negotiations between Norland and the Sudria Front, facilitated by Norway, began with a ceremony addressed by Ilse Marrow, the council chairman, and by the Front's deputy leader, Tomas Aldring.\n", "2019-06-03")
	if !hasMediator(rec, "Norway") {
		t.Errorf("want Norway a mediator: %s", dump(rec))
	}
	if hasMediator(rec, "Tomas Aldring") || hasMediator(rec, "Sudria Front") {
		t.Errorf("a speaker at the ceremony is no mediator: %s", dump(rec))
	}
	rec = run(t, head+"Negotiations between Norland and the Sudria Front were facilitated by Norway, and by Iceland.\n", "2019-06-03")
	for _, m := range []string{"Norway", "Iceland"} {
		if !hasMediator(rec, m) {
			t.Errorf("want %s a mediator: %s", m, dump(rec))
		}
	}
}

// "under the auspices of the Speaker of the Norland Assembly, Mr. X":
// a title phrase set off before the name after a
// mediation noun's "of" opens its agent as after "by", and an abbreviated
// title keeps its stop before the name (roles.titlePhrasePerson,
// titledRun; p2567, p1827, p2253, p685, p811). The negative case: a name
// after the comma that a preposition introduces is no holder of the title.
func TestAuspicesOfTitlePhrase(t *testing.T) {
	const head = "Accord signed\n\nVALLETTA, Jan. 10 (Reuters) - "
	rec := run(t, head+"Sudria and Norland initialled the accord on Monday after a week spent under the auspices of the Speaker of the Norland Assembly, Mr. Tomas Aldring, their host.\n", "1966-01-10")
	if !hasMediator(rec, "Tomas Aldring") {
		t.Errorf("want Tomas Aldring a mediator: %s", dump(rec))
	}
	rec = run(t, head+"Sudria and Norland initialled the accord on Monday after a week spent under the auspices of the Speaker of the assembly, in the presence of Mr. Tomas Aldring.\n", "1966-01-10")
	if hasMediator(rec, "Tomas Aldring") {
		t.Errorf("a witness named after the title phrase is no mediator: %s", dump(rec))
	}
}
