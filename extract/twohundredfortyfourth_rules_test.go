package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-forty-fourth round: an untargeted batch
// (p1496-p1501: a 1953 Cairo signing, a 1978 presidents' meeting on a
// channel's islands, a 1986 West African reconciliation summit, a 1997
// Kremlin treaty, a 2014 Nicosia joint declaration and a 2023 Beijing
// visit); each rule with sentences of its own.

// "Under the accords, signed last August by A and B, ...": a reduced
// relative after a comma, with no auxiliary, whose "by" follows a time
// phrase, names the signatories as "was signed by" does (reducedPassive,
// meetings.go; "last" before a time word in agentPastPlace, sendoff.go),
// and "by then Secretary A" is an agent under the title held then
// (formerAgent). The negative cases: one signatory of a decree meets no
// one, and two who signed the same declaration apart, one of them
// endorsing it later, did not meet.
func TestReducedPassiveSigning(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"ORLAN, May 12 - Under the Tarvo accords, signed last August by Defence Secretary Ivo Marek and Aslan Dudar, the question is postponed.", "Ivo Marek", "Aslan Dudar"},
		{"ORLAN, May 12 - The protocol, initialled in Geneva last November by envoy Peter Hallam and Milan Orsic, is now in force.", "Peter Hallam", "Milan Orsic"},
		{"ORLAN, May 12 - Under the Tarvo accords, signed last August by then Defence Secretary Ivo Marek and Aslan Dudar, the question is postponed.", "Ivo Marek", "Aslan Dudar"},
	} {
		rec := corefRecord(t, "Accord in force\n"+c.text)
		if !metPair(rec, c.a, c.b) {
			t.Errorf("%q: want %s and %s met: %s", c.text, c.a, c.b, dump(rec))
		}
	}
	for _, c := range []struct{ text, a, b string }{
		{"ORLAN, May 12 - The decree, signed last week by President Ivo Marek, takes effect in June. Aslan Dudar criticised it.", "Ivo Marek", "Aslan Dudar"},
		{"ORLAN, May 12 - The declaration, signed last year by Ivo Marek, was endorsed in March by Aslan Dudar.", "Ivo Marek", "Aslan Dudar"},
		{"ORLAN, May 12 - The accord was to be signed by then, Ivo Marek and Aslan Dudar said.", "Ivo Marek", "Aslan Dudar"},
	} {
		rec := corefRecord(t, "Accord in force\n"+c.text)
		if metPair(rec, c.a, c.b) {
			t.Errorf("%q: want %s and %s not met: %s", c.text, c.a, c.b, dump(rec))
		}
	}
}

// "In the afternoon A and B signed an agreement on trade": a joint
// signing timed by a part of the day is an encounter of its own, as one
// told with a day or a place is (signedAtDayPart, meetings.go). The
// negative cases: told with no time at all the signing still continues
// the meeting told before, and a part of the day in a relative clause
// of the text ("that will take effect in the afternoon") times the text,
// not the signing.
func TestSigningAtDayPart(t *testing.T) {
	for _, text := range []string{
		"ORLAN, May 12 - President Ivo Marek flew home. In the afternoon Prime Minister Viktor Salter and Aslan Dudar signed an agreement on economic cooperation.",
		"ORLAN, May 12 - Prime Minister Viktor Salter and Aslan Dudar signed an agreement on economic cooperation later that evening.",
	} {
		rec := corefRecord(t, "Trade pact\n"+text)
		if !metPair(rec, "Viktor Salter", "Aslan Dudar") {
			t.Errorf("%q: want Salter and Dudar met: %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		"ORLAN, May 12 - Prime Minister Viktor Salter and Aslan Dudar signed an agreement on economic cooperation.",
		"ORLAN, May 12 - Viktor Salter and Aslan Dudar signed an agreement on economic cooperation that will take effect in the afternoon.",
	} {
		rec := corefRecord(t, "Trade pact\n"+text)
		if metPair(rec, "Viktor Salter", "Aslan Dudar") {
			t.Errorf("%q: want no meeting: %s", text, dump(rec))
		}
	}
}

// "A relationship mature enough to talk about their differences": an
// infinitive trigger after a degree cue tells what the sides could do,
// no encounter (frame.DegreeInfinitive; lexicon "degreeCues"). The
// negative case: "agreed to talk" holds no cue and is still read.
func TestDegreeInfinitiveNoMeeting(t *testing.T) {
	text := "Leaders upbeat\nPrime Minister Ana Pereira says Norway and Chile have a mature enough relationship to talk about their differences."
	rec := corefRecord(t, text)
	if metPair(rec, "Norway", "Chile") {
		t.Errorf("want no Norway-Chile meeting: %s", dump(rec))
	}
	text = "Leaders upbeat\nARLAN, May 5 - Prime Minister Ana Pereira and President Jonas Weber agreed on Monday to talk about their differences in Geneva next month."
	rec = corefRecord(t, text)
	found := false
	for _, m := range rec.Meetings {
		if len(m.Participants) >= 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("want the planned talks read: %s", dump(rec))
	}
}

// "A and opposition leader B agreed ..., after a meeting in P": a second
// person of a coordinated subject introduced by a post in lower case
// ("opposition leader", the "leader" of "Kesland Cypriot leader") is a
// subject as one with a capitalized title is (lowerTitleRun, apart.go).
// The negative case: a subject whose second conjunct is a thing, not a
// person, pairs no one with the person named later.
func TestLowerCaseTitleInSubject(t *testing.T) {
	for _, text := range []string{
		"President Tomas Varga and opposition leader Peter Kollar agreed to reopen the border, after a meeting in Vienna on Monday.",
		"President Tomas Varga and Kesland Cypriot leader Peter Kollar adopted a joint declaration, after a meeting lasting two hours in Vienna.",
	} {
		rec := corefRecord(t, "Border to reopen\n"+text)
		if !metPair(rec, "Tomas Varga", "Peter Kollar") {
			t.Errorf("%q: want Varga and Kollar met: %s", text, dump(rec))
		}
	}
	text := "President Tomas Varga and the new border treaty, signed after a meeting in Vienna on Monday, were praised by Peter Kollar."
	rec := corefRecord(t, "Border to reopen\n"+text)
	if metPair(rec, "Tomas Varga", "Peter Kollar") {
		t.Errorf("%q: want no meeting: %s", text, dump(rec))
	}
}
