package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-thirty-eighth round: an untargeted batch, a
// stranger's pick (p1460-p1465: an old broadsheet on a protectorate's end
// signed in Paris, a wire on a colony's independence accord signed on a
// coast, an agency's English service on four foreign ministers meeting on
// an island, a daily on three ministers' visit over a nuclear programme, a
// local paper on a break in island reunification talks, a ministry's
// release on a movement's delegation meeting envoys). Each rule with
// sentences of its own.

// "met envoys and diplomats from A, B and C": a plural noun of people sent
// by a side, then "from" or "of" and a list of states or bodies, makes
// those the meeting's other side (envoysFromList, args/envoysfrom.go;
// lexicon "envoyFromNouns"; p1465). "talks with officials of A and B" reads
// the same. The negative cases: "students from A and B" are no side's
// envoys, "envoys of President X" are X's, not X, and "envoys of A's army"
// are the army's.
func TestEnvoysFromListAreMet(t *testing.T) {
	for _, c := range []struct {
		text  string
		sides []string
	}{
		{"Minister meets envoys\nOn Monday, Foreign Minister Karim Haddad met special envoys and diplomats from Norway, Sweden, Finland and Denmark in Oslo.", []string{"Norway", "Sweden", "Finland", "Denmark"}},
		{"Minister meets envoys\nForeign Minister Karim Haddad met envoys from Norway in Oslo on Monday.", []string{"Norway"}},
		{"Minister meets envoys\nForeign Minister Karim Haddad held talks with officials of Norway and Sweden in Oslo on Monday.", []string{"Norway", "Sweden"}},
	} {
		rec := corefRecord(t, c.text)
		for _, s := range c.sides {
			if !metPair(rec, "Karim Haddad", s) {
				t.Errorf("%q: want Karim Haddad met %s: %s", c.text, s, dump(rec))
			}
		}
	}
	rec := corefRecord(t, "Minister meets students\nForeign Minister Karim Haddad met students from Norway and Sweden in Oslo on Monday.")
	if metPair(rec, "Karim Haddad", "Norway") || metPair(rec, "Karim Haddad", "Sweden") {
		t.Errorf("students: want no meeting with the states: %s", dump(rec))
	}
	rec = corefRecord(t, "Minister meets envoys\nForeign Minister Karim Haddad met envoys of Norway's army in Oslo on Monday.")
	if metPair(rec, "Karim Haddad", "Norway") {
		t.Errorf("envoys of a state's army: want no meeting with the state: %s", dump(rec))
	}
	rec = corefRecord(t, "Minister meets envoys\nForeign Minister Karim Haddad met envoys of President Lars Berg in Oslo on Monday.")
	if metPair(rec, "Karim Haddad", "Lars Berg") {
		t.Errorf("envoys of a person: want no meeting with him: %s", dump(rec))
	}
}

// "Georgia de Souza": a one-word state name right before a lower-case
// surname particle and a name word is the person's given name, not the
// state (stateBeforeParticle, mention/givenstate.go; p1463, p1302). The
// negative case: after a place preposition the state stays the place,
// whatever follows it.
func TestStateNameBeforeSurnameParticleIsGivenName(t *testing.T) {
	rec := corefRecord(t, "Ministers meet\nBorvian Foreign Minister Georgia de Souza met Cardian President Anna Mirov in Lisbon on Tuesday.")
	if actorNamed(rec, "Georgia de Souza") == nil || meetingWith(rec, "Georgia de Souza", "Anna Mirov") == nil {
		t.Errorf("want Georgia de Souza met Anna Mirov: %s", dump(rec))
	}
	if a := actorNamed(rec, "Georgia"); a != nil {
		t.Errorf("want no state Georgia: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders meet\nBorvian President Tomas Velk met Cardian President Anna Mirov in Chad van Berg said on Tuesday.")
	if m := meetingWith(rec, "Tomas Velk", "Anna Mirov"); m == nil || m.Place != "Chad" {
		t.Errorf("after \"in\": want the meeting in Chad: %s", dump(rec))
	}
}

// "A, B and C met D. The four men signed a declaration. The three
// ministers were also received by E": a sentence between that names
// nobody, only a description of them, does not hide the joined subject of
// the sentence before it (openingPair, coref/coref.go; p1463). The
// negative case: a sentence between that names someone else is where the
// description's people would be, and none is read.
func TestOpeningSubjectPastNamelessSentence(t *testing.T) {
	rec := corefRecord(t, "Ministers in Koram\nTomas Velk, Georg Brandt and Pieter Smit met Karim Haddad in Koram on Tuesday.\nThe four men signed a declaration after several hours of talks.\nThe three ministers were also received by President Omar Saleem.")
	for _, who := range []string{"Tomas Velk", "Georg Brandt", "Pieter Smit"} {
		if !metPair(rec, who, "Omar Saleem") {
			t.Errorf("want %s received by Omar Saleem: %s", who, dump(rec))
		}
	}
	rec = corefRecord(t, "Ministers in Koram\nTomas Velk, Georg Brandt and Pieter Smit met Karim Haddad in Koram on Tuesday.\nAide Lena Holm said the talks had gone well.\nThe three ministers were also received by President Omar Saleem.")
	if metPair(rec, "Tomas Velk", "Omar Saleem") {
		t.Errorf("a person named between: want no antecedent read: %s", dump(rec))
	}
}

// "X spoke by phone with both leaders": the description, the object of
// the call, does not hold X, the clause's subject; when the people read
// back for it do, the spokesman named in between is no leader, and the
// leaders of the meeting told before are meant (subjectAmong,
// coref/coref.go; p1464). The negative case: a speaker's clause ("X said
// the two leaders would meet again") keeps its reading.
func TestCountObjectExcludesItsSubject(t *testing.T) {
	rec := corefRecord(t, "Leaders meet\nPresident Tomas Velk and opposition leader Anna Mirov met in Koram on Monday.\nGovernment spokesman Karl Dorn said the president was calm.\nOn Wednesday, UN chief Lars Berg spoke by phone with both leaders.")
	if !metPair(rec, "Lars Berg", "Tomas Velk") || !metPair(rec, "Lars Berg", "Anna Mirov") {
		t.Errorf("want Lars Berg's calls with both leaders: %s", dump(rec))
	}
	if metPair(rec, "Lars Berg", "Karl Dorn") {
		t.Errorf("want no call with the spokesman: %s", dump(rec))
	}
	rec = corefRecord(t, "Leaders meet\nPresident Tomas Velk and Prime Minister Anna Mirov met in Koram on Monday.\nOn Wednesday, Karl Dorn said the two leaders would meet again in June.")
	if m := meetingWith(rec, "Tomas Velk", "Anna Mirov"); m == nil {
		t.Errorf("speaker's clause: want the leaders' meeting: %s", dump(rec))
	}
	if metPair(rec, "Karl Dorn", "Tomas Velk") {
		t.Errorf("speaker's clause: want no meeting with the speaker: %s", dump(rec))
	}
}

// "in Mont Tremblant": "Mont" opens a place's name, as "Mount" does, not a
// person's (lexicon placeLeads; p1464). The negative case: "Monte", a
// given name too, is left to the name reader.
func TestMontOpensAPlace(t *testing.T) {
	rec := corefRecord(t, "Leaders meet\nPresident Tomas Velk and opposition leader Anna Mirov met at a hotel in Mont Tremblant on Friday.")
	if m := meetingWith(rec, "Tomas Velk", "Anna Mirov"); m == nil || m.Place != "Mont Tremblant" {
		t.Errorf("want the meeting in Mont Tremblant: %s", dump(rec))
	}
	if actorNamed(rec, "Mont Tremblant") != nil {
		t.Errorf("want no actor Mont Tremblant: %s", dump(rec))
	}
	rec = corefRecord(t, "Envoy in Koram\nAmbassador Monte Kaplan met President Tomas Velk in Koram on Friday.")
	if !metPair(rec, "Monte Kaplan", "Tomas Velk") {
		t.Errorf("want Monte Kaplan met Tomas Velk: %s", dump(rec))
	}
}
