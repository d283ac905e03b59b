package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's thirty-fifth round: the names of sides and bodies the
// thirty-fifth probe batch (p242-p247) and earlier articles showed lost
// or broken, each with sentences of its own.

// "the Lesotho Congress for Democracy" (p221), "the National Committee
// for the Salvation of the People" (p222), "the Union for National
// Progress" (p189), "the Commission of Guarantors" (p243), "the National
// Socialist Council of Nagaland" (p220), "the Organisation of African
// Unity" (p194, p217): a body named for whom or what it serves, its head
// before "of" or "for", is one actor; the title reading had taken the
// head for a title and the rest for a person's name ("Nagaland", "African
// Unity"), or lost the run altogether.
func TestBodyNamedForItsCause(t *testing.T) {
	pub := date("2024-03-09")
	for _, c := range []struct{ text, body string }{
		{"The Chilean envoy, Ana Lind, met the Union for Social Renewal in Quito on Friday.", "Union for Social Renewal"},
		{"The Chilean envoy, Ana Lind, met the Council for the Defence of the Coast in Quito on Friday.", "Council for the Defence of the Coast"},
		{"Ana Lind, the Chilean envoy, met the Commission of Elders in Quito on Friday.", "Commission of Elders"},
		{"The Chilean envoy, Ana Lind, met the National Committee for the Restoration of the Republic in Quito on Friday.", "National Committee for the Restoration of the Republic"},
		{"The Chilean envoy, Ana Lind, met the Malawi Congress for Unity in Quito on Friday.", "Malawi Congress for Unity"},
	} {
		rec := run(t, c.text, "2024-03-09")
		if actorNamed(rec, c.body) == nil {
			t.Errorf("%q: no actor %q in %s", c.text, c.body, dump(rec))
		}
		wantHeldOn(t, pub, c.text, "Ana Lind", c.body, "2024-03-08")
	}
	// Its complement is no person.
	for _, text := range []string{
		"The Chilean envoy, Ana Lind, met the Organisation of Andean Unity in Quito on Friday.",
		"The Chilean envoy, Ana Lind, met the Socialist Council of Tarana in Quito on Friday.",
	} {
		rec := run(t, text, "2024-03-09")
		for _, a := range rec.Actors {
			if a.Kind == graph.Person && a.Name != "Ana Lind" {
				t.Errorf("%q: a body's complement read as a person %q", text, a.Name)
			}
		}
	}
	// Minimal pairs: a title's complement stays a title; a body named by
	// its state's name after "of" keeps the state.
	rec := run(t, "The Minister for Trade and Industry Ana Lind met Juan Sol in Quito on Friday.", "2024-03-09")
	mustActor(t, rec, "Ana Lind", graph.Person)
	if actorNamed(rec, "Minister for Trade and Industry") != nil {
		t.Errorf("a title read as a body: %s", dump(rec))
	}
	rec = run(t, "Ana Lind met the Secretary of State, Juan Sol, in Quito on Friday.", "2024-03-09")
	if actorNamed(rec, "Secretary of State") != nil {
		t.Errorf("a title read as a body: %s", dump(rec))
	}
	mustActor(t, run(t, "Ana Lind met the Government of Peru in Quito on Friday.", "2024-03-09"), "Peru", graph.State)
}

// "the June 5 Movement" (p222), "the April 19 Movement (M-19)" (p246): a
// movement named for a date is one group, not a date before a bare
// "Movement".
func TestMovementNamedForADate(t *testing.T) {
	pub := date("2024-03-09")
	for _, c := range []struct{ text, group string }{
		{"The Chilean envoy, Ana Lind, met the May 12 Movement in Quito on Friday.", "May 12 Movement"},
		{"The Chilean envoy, Ana Lind, met the 3 August Front in Quito on Friday.", "3 August Front"},
		{"The government signed a truce with the October 9 Alliance in Quito on Friday.", "October 9 Alliance"},
	} {
		rec := run(t, c.text, "2024-03-09")
		mustActor(t, rec, c.group, graph.Group)
	}
	wantHeldOn(t, pub, "The Chilean envoy, Ana Lind, met the May 12 Movement in Quito on Friday.", "Ana Lind", "May 12 Movement", "2024-03-08")
	// Minimal pair: a date with no "the" before it dates the sentence.
	rec := run(t, "On May 12 Movement leaders met Ana Lind in Quito.", "2024-03-09")
	if actorNamed(rec, "May 12 Movement") != nil {
		t.Errorf("a date read into a name: %s", dump(rec))
	}
}

// "whose All Basotho Convention leads the coalition" (p221), "the All
// Liberia Coalition Party" (p242): "All" inside a sentence opens a
// party's name, which stays a party though its head is "Convention".
func TestPartyOpenedByAll(t *testing.T) {
	rec := run(t, "Ana Lind, whose All Tarana Convention leads the coalition, met Juan Sol in Quito on Friday.", "2024-03-09")
	mustActor(t, rec, "All Tarana Convention", graph.Group)
	rec = run(t, "Ana Lind met a delegation of the All Chile Labour Party in Quito on Friday.", "2024-03-09")
	mustActor(t, rec, "All Chile Labour Party", graph.Group)
	// Minimal pair: without "All" a convention is a document.
	rec = run(t, "Ana Lind, who signed the Tarana Convention, met Juan Sol in Quito on Friday.", "2024-03-09")
	if a := actorNamed(rec, "Tarana Convention"); a != nil {
		t.Errorf("a document read as an actor: %s", dump(rec))
	}
}

// "Liberians United for Reconciliation and Democracy (LURD)" (p242),
// "the leftist guerrilla alliance Guatemalan National Revolutionary Unity
// (URNG)" (p152): a demonym may open the long name an acronym in brackets
// defines; with no connector in the name, the acronym holds the initials
// of all its words, in the original language's order.
func TestDemonymOpeningADefinedName(t *testing.T) {
	pub := date("2024-03-09")
	for _, c := range []struct{ text, name, acr string }{
		{"The Chilean envoy, Ana Lind, met Peruvians United for Water and Land (PUWL) in Quito on Friday.", "Peruvians United for Water and Land", "PUWL"},
		{"The Chilean envoy, Ana Lind, met Peruvian National Democratic Unity (UNDP) in Quito on Friday.", "Peruvian National Democratic Unity", "UNDP"},
	} {
		rec := run(t, c.text, "2024-03-09")
		a := actorNamed(rec, c.name)
		if a == nil || actorNamed(rec, c.acr) != a {
			t.Errorf("%q: no actor %q known as %q in %s", c.text, c.name, c.acr, dump(rec))
		}
		wantHeldOn(t, pub, c.text, "Ana Lind", c.name, "2024-03-08")
		for _, a := range rec.Actors {
			if a.Kind == graph.Person && a.Name != "Ana Lind" {
				t.Errorf("%q: part of a body's name read as a person %q", c.text, a.Name)
			}
		}
	}
	// Minimal pair: an acronym that is not the words' initials defines
	// no name reaching back to the demonym.
	rec := run(t, "The Chilean envoy, Ana Lind, met the rebel alliance Peruvian National Democratic Unity (XKCD) in Quito on Friday.", "2024-03-09")
	if actorNamed(rec, "Peruvian National Democratic Unity") != nil {
		t.Errorf("a name defined by an acronym that is not its initials: %s", dump(rec))
	}
}

// "on the shore of Lake Prespa" (p169), "cleaning up Lake Titicaca"
// (p232): a lake's name is no person's.
func TestLakeIsNoPerson(t *testing.T) {
	for _, text := range []string{
		"Ana Lind and Juan Sol met on the shore of Lake Tarana on Friday.",
		"Ana Lind and Juan Sol pledged on Friday to clean up Lake Verde, at the close of their meeting in Quito.",
	} {
		rec := run(t, text, "2024-03-09")
		for _, a := range rec.Actors {
			if a.Kind == graph.Person && a.Name != "Ana Lind" && a.Name != "Juan Sol" {
				t.Errorf("%q: a lake read as a person %q", text, a.Name)
			}
		}
		if actorNamed(rec, "Ana Lind") == nil || actorNamed(rec, "Juan Sol") == nil {
			t.Errorf("%q: the two people lost: %s", text, dump(rec))
		}
	}
}

// "on the Lagos-Abidjan corridor" (p116), "since the Trans-Kalahari
// highway was opened" (p134), "of the Sadakhlo-Bagratashen crossing"
// (p118): two names joined by a hyphen between "the" and a common noun
// modify the noun; they name no person.
func TestHyphenedCompoundIsNoPerson(t *testing.T) {
	for _, text := range []string{
		"Ana Lind and Juan Sol met on Friday to discuss the traffic on the Quito-Lima corridor.",
		"Ana Lind met Juan Sol in Quito on Friday, a year after the Tarana-Verde crossing was reopened.",
	} {
		rec := run(t, text, "2024-03-09")
		for _, a := range rec.Actors {
			if a.Kind == graph.Person && a.Name != "Ana Lind" && a.Name != "Juan Sol" {
				t.Errorf("%q: a compound read as a person %q", text, a.Name)
			}
		}
	}
	// Minimal pair: a hyphenated surname after a title stays a person.
	rec := run(t, "Ana Lind met the envoy, Juan Sol-Verde, in Quito on Friday.", "2024-03-09")
	mustActor(t, rec, "Juan Sol-Verde", graph.Person)
}

// "talks with the Liberation Tigers of Tamil Eelam" (p159), "the Customs
// Area Comptroller of Seme" (p116): a personal name takes no article; a
// name of two words or more after "the", with a preposition after it, is
// a body's or a post's, no person's.
func TestNameAfterTheIsNoPerson(t *testing.T) {
	for _, text := range []string{
		"Ana Lind held talks with the Coastal Tigers of Verde in Quito on Friday.",
		"Ana Lind met the Harbour Area Warden of Tarana in Quito on Friday.",
		"The government and the Coastal Tigers of Verde held talks in Quito on Friday.",
	} {
		rec := run(t, text, "2024-03-09")
		for _, a := range rec.Actors {
			if a.Kind == graph.Person && a.Name != "Ana Lind" && a.Name != "Juan Sol" {
				t.Errorf("%q: a name after \"the\" read as a person %q", text, a.Name)
			}
		}
	}
	// Minimal pair: without the article the name is a person's.
	rec := run(t, "Ana Lind met Rosa Quint of Tarana in Quito on Friday.", "2024-03-09")
	mustActor(t, rec, "Rosa Quint", graph.Person)
}

// "Lebanon's governing majority and the Hezbollah-led opposition reached
// an agreement" (p215), "the Tutsi-led Union for National Progress"
// (p189): a lone name that leads a camp or a party is a group's.
func TestLeaderOfACampIsAGroup(t *testing.T) {
	rec := run(t, "The government and the Tarana-led opposition reached an agreement in Quito on Friday.", "2024-03-09")
	mustActor(t, rec, "Tarana", graph.Group)
	// Minimal pair: a person the story names keeps the name ("the
	// Okello-led junta", p245).
	rec = run(t, "Ana Lind met Juan Sol in Quito on Friday. The Sol-led delegation stayed for two days.", "2024-03-09")
	mustActor(t, rec, "Juan Sol", graph.Person)
	if a := actorNamed(rec, "Sol"); a == nil || a.Kind != graph.Person {
		t.Errorf("the leader's surname read as another actor: %s", dump(rec))
	}
}

// "led by former vice-president Humberto de la Calle" (p165), "the EU
// ambassador, Leon de la Torre" (p168): two particles in a row join a
// name as one does.
func TestTwoParticlesInAName(t *testing.T) {
	pub := date("2024-03-09")
	for _, c := range []struct{ text, name string }{
		{"Ana Lind met the ambassador, Rosa de la Quinta, in Quito on Friday.", "Rosa de la Quinta"},
		{"Ana Lind met the envoy, Juan van der Sol, in Quito on Friday.", "Juan van der Sol"},
	} {
		mustActor(t, run(t, c.text, "2024-03-09"), c.name, graph.Person)
		wantHeldOn(t, pub, c.text, "Ana Lind", c.name, "2024-03-08")
	}
	// Minimal pair: one particle, as before.
	mustActor(t, run(t, "Ana Lind met the envoy, Juan de Sol, in Quito on Friday.", "2024-03-09"), "Juan de Sol", graph.Person)
}

// "Secretary-General Ban Ki-moon" (p165), "Kim Tae-nyeon, who chairs the
// friendship group" (p92): a romanized given name's second syllable
// stays in the name though it is an English word or five letters long.
func TestRomanizedGivenSyllable(t *testing.T) {
	pub := date("2024-03-09")
	for _, c := range []struct{ text, name, date string }{
		{"Ana Lind met Speaker Kim Ji-moon in Seoul on Friday.", "Kim Ji-moon", "2024-03-08"},
		// (A date after a relative clause is not read: any date.)
		{"Ana Lind met Park Tae-hyeon, who chairs the friendship group, in Seoul on Friday.", "Park Tae-hyeon", ""},
	} {
		mustActor(t, run(t, c.text, "2024-03-09"), c.name, graph.Person)
		wantHeldOn(t, pub, c.text, "Ana Lind", c.name, c.date)
	}
	// Minimal pair: a participle after a surname is no syllable of it.
	rec := run(t, "Ana Lind met Juan Sol in Seoul on Friday before the Juan Sol-led talks.", "2024-03-09")
	mustActor(t, rec, "Juan Sol", graph.Person)
	if actorNamed(rec, "Juan Sol-led") != nil {
		t.Errorf("a participle read into a name: %s", dump(rec))
	}
}
