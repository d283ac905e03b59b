package extract

import (
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-ninth round: an untargeted stranger's batch
// (p1886-p1891: 2000s-2010s Latin America in second-language agencies and
// official readouts: an agency on two presidents' reconciliation summit, a
// Cuban agency on a mediator's first day, an agency on two presidents'
// first meeting at a summit, a presidency's bulletin on a secretary of
// state's visit, a Peruvian agency on a four-president summit, an agency
// on a government-opposition dialogue); each rule with sentences of its
// own.

var threehundredninthPub = time.Date(2010, 5, 4, 0, 0, 0, 0, time.UTC)

// A name read as someone's counterpart ("his Dornish counterpart X") is a
// person, a peer of the one named before, so a later "the X government"
// (the government X heads) does not make X a body of people; the group
// reading had left the counterpart out of "the two presidents" (p1886).
func TestCounterpartStaysPerson(t *testing.T) {
	rec := recordAt(t, "Talks\n\nVELDA, May 4 (Agency) -- Ruritanian President Anton Merel and his Dornish counterpart Ilse Varga on Tuesday agreed to reopen their embassies.\n\n"+
		"The two presidents held talks for two hours at a lakeside villa.\n\n"+
		"Dornland broke off ties in March after Merel accused the Varga government of sheltering rebels.", threehundredninthPub)
	if !hasPerson(rec, "Ilse Varga") || !metPair(rec, "Anton Merel", "Ilse Varga") {
		t.Errorf("want the counterpart a person who met the president: %s", dump(rec))
	}
}

// "The two leaders" after a sentence naming two ministers, none of whom
// leads a state, government or movement, skips them for the lead's two
// principals who do (p1888; p1500, p1503, p741 rose the same way).
func TestLeadersSkipMinisters(t *testing.T) {
	rec := recordAt(t, "Summit\n\nVELDA, May 4 (Agency) -- Ruritanian President Anton Merel and Dornish President Ilse Varga on Saturday held their first meeting in a decade.\n\n"+
		"On Thursday, Ruritanian Foreign Minister Piet Ostrow and Dornish Foreign Minister Kemal Sudar held talks in the capital.\n\n"+
		"The two leaders had spoken by telephone on Friday, an aide said.", threehundredninthPub)
	var call *graph.Meeting
	for i, m := range rec.Meetings {
		if m.Mode == graph.Call {
			call = &rec.Meetings[i]
		}
	}
	if call == nil || meetingWith(graph.Record{Meetings: []graph.Meeting{*call}}, "Anton Merel", "Ilse Varga") == nil {
		t.Errorf("want the call read as the two presidents': %s", dump(rec))
	}
}

// "The A side will be represented by X and Y": the team of a round to
// come, not people at the meeting the story told; "was represented by"
// still lists them there (p1503, p1222).
func TestFutureRepresentationNoRoster(t *testing.T) {
	lead := "Accord\n\nVELDA, May 4 -- President Anton Merel and opposition leader Ilse Varga yesterday signed an accord at a meeting chaired by mediator Oskar Lind.\n\n"
	rec := recordAt(t, lead+"The negotiating teams were named later. The government will be represented by Piet Ostrow and Kemal Sudar, the opposition by Jana Holt and Mirek Dvor. The teams will meet next week.", threehundredninthPub)
	if metPair(rec, "Anton Merel", "Piet Ostrow") || metPair(rec, "Piet Ostrow", "Jana Holt") {
		t.Errorf("want the future teams kept off the held meeting: %s", dump(rec))
	}
	rec = recordAt(t, lead+"The government was represented by Piet Ostrow and Kemal Sudar, the opposition by Jana Holt and Mirek Dvor.", threehundredninthPub)
	if !metPair(rec, "Anton Merel", "Piet Ostrow") {
		t.Errorf("want the past representation still on the meeting: %s", dump(rec))
	}
}
