package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-ninety-seventh round: a targeted batch
// (p3014-p3019: passive encounters whose agent carries a long or
// prepositional title — received by a minister of several portfolios,
// greeted at the airport by a minister of state for a department, briefed
// by telephone by a minister); each rule with sentences of its own.

// "was received by Minister of Foreign Affairs X", "by the Cabinet
// Secretary for Trade and Industry Y", "by Minister of Industry, Commerce
// and Tourism Z", "by Deputy Prime Minister and Minister of Defence W":
// a post whose portfolio hangs on "of" or "for" stands before the agent's
// name (prepTitleRun; p3014, p3015, p3016, p3017, p2441, p2969). The
// negative case: a lower-case word inside the run ("by Minister of Trade
// officials and Ana Ruiz") is no title of Ruiz.
func TestPassiveAgentAfterPrepositionalTitle(t *testing.T) {
	for _, post := range []string{
		"Minister of Foreign Affairs",
		"the Cabinet Secretary for Trade and Industry",
		"Minister of Industry, Commerce and Tourism",
		"Deputy Prime Minister and Minister of Defence",
		"Minister of State for External Affairs",
	} {
		rec := corefRecord(t, "Envoy in talks\nLISBON - Foreign Minister Tomas Berg was received on Tuesday by "+post+" Ana Ruiz at the ministry.")
		if !heldAll(rec, "Tomas Berg", "Ana Ruiz") {
			t.Errorf("%q: want Berg and Ruiz met: %s", post, dump(rec))
		}
	}
	rec := corefRecord(t, "Envoy in talks\nLISBON - Foreign Minister Tomas Berg was received on Tuesday by Minister of Trade officials and Ana Ruiz said the visit went well.")
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("officials of a ministry are no title of Ruiz: %s", dump(rec))
	}
}

// "X was briefed by Foreign Minister Y", "was briefed by telephone by Y",
// "was later briefed by the Minister for Home Affairs Y": the one briefed
// met the agent, or spoke with them by telephone (briefedBy; p1041,
// p3017, p3018). The negative case: "was briefed by officials" names no
// one, and "was briefed by phone" no caller.
func TestBriefedByANamedAgent(t *testing.T) {
	for _, line := range []string{
		"Prime Minister Tomas Berg was briefed by Foreign Minister Ana Ruiz on Tuesday on the airlift.",
		"Prime Minister Tomas Berg was later briefed by the Minister for Home Affairs Ana Ruiz on the airlift.",
	} {
		rec := corefRecord(t, "Airlift goes on\nLISBON - "+line)
		if !heldAll(rec, "Tomas Berg", "Ana Ruiz") {
			t.Errorf("%q: want Berg and Ruiz met: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Airlift goes on\nLISBON - Prime Minister Tomas Berg was briefed by telephone by Foreign Minister Ana Ruiz from Geneva on Tuesday night.")
	if m, ok := heldMeeting(rec, "Tomas Berg", "Ana Ruiz"); !ok || m.Mode != graph.Call {
		t.Errorf("want a held call of Berg and Ruiz: %s", dump(rec))
	}
	rec = corefRecord(t, "Airlift goes on\nLISBON - Prime Minister Tomas Berg was briefed by officials on Tuesday. Foreign Minister Ana Ruiz was briefed by phone.")
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("a briefing by unnamed officials is no meeting of the two: %s", dump(rec))
	}
}

// "had been greeted at the airport by X", "was later received at Y
// Palace by X", "by His Royal Highness Prime Minister Prince X": the
// pluperfect's "been", an adverb between the auxiliary and the participle,
// and a holder's style before a long post still open the passive's agent
// (passiveAux; p3016, p3017, p1944). The negative case: the
// participle with no form of "be" before it ("the deal greeted at the
// airport by X") is no reception of the subject.
func TestPassiveReceptionAfterBeenAdverbOrStyle(t *testing.T) {
	for _, line := range []string{
		"Foreign Minister Tomas Berg had been greeted at the airport by Deputy Minister Ana Ruiz on his arrival.",
		"Foreign Minister Tomas Berg was later received at Belem Palace by Prime Minister Ana Ruiz.",
		"Foreign Minister Tomas Berg was later received in the evening by His Royal Highness Prime Minister Prince Ana Ruiz.",
	} {
		rec := corefRecord(t, "Envoy in talks\nLISBON - "+line)
		if !heldAll(rec, "Tomas Berg", "Ana Ruiz") {
			t.Errorf("%q: want Berg and Ruiz met: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Envoy in talks\nLISBON - Foreign Minister Tomas Berg said the news, later greeted at the airport by Deputy Minister Ana Ruiz, was good.")
	if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
		t.Errorf("no passive of Berg: %s", dump(rec))
	}
}
