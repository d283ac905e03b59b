package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-sixtieth round: who met whom, precision
// (p1592-p1597: a Central Asian agency on a foreign minister received by
// a president one day and meeting two others the next, 2017; a
// presidency's readout of a visit with a call to a third leader told
// inside it, 2021; a wire on a summit called off, with comments from
// three capitals, 2018; a 1929 broadsheet on a weekend of talks at a
// fishing camp with an ambassador received in the capital the same day;
// a Fiji daily on a visiting prime minister's talks and his separate
// meeting with the opposition leader, 2019; a Baltic weekly on two
// ministers signing a border treaty, told by a spokesman, 2005); each
// rule with sentences of its own.

// "After the ceremony A and B held talks on X, foreign ministry
// spokesman C told reporters": an opener whose stretch up to the comma
// holds a finite verb is the main clause, so the titled speaker after
// the comma is the report's source, not one who met (openingAdjunct,
// args participants.go; p1597). The negative cases: "After the
// ceremony, A held talks with Foreign Minister C of D, the ministry
// said" keeps C, who is the object of the talks, and "After the talks,
// Foreign Minister C told reporters ..." opens with a short adjunct
// whose comma leads to the subject.
func TestOpeningClauseThenTrailingSpeaker(t *testing.T) {
	lead := "Ministers sign pact\nVALDOR - Foreign Minister Ivo Dren of Arland and his Borvian counterpart Pel Orvik signed a border treaty in Valdor on Wednesday.\n"
	for _, tail := range []string{
		"After the ceremony Dren and Orvik held talks of about an hour on ratification, foreign ministry spokesman Tano Kask told reporters.",
		"After the signing Dren and Orvik discussed the minority question, ministry spokesman Tano Kask said on Thursday.",
	} {
		rec := corefRecord(t, lead+tail)
		if !metPair(rec, "Ivo Dren", "Pel Orvik") {
			t.Errorf("%q: want Dren and Orvik met: %s", tail, dump(rec))
		}
		if metPair(rec, "Ivo Dren", "Tano Kask") || metPair(rec, "Pel Orvik", "Tano Kask") {
			t.Errorf("%q: want spokesman Kask in no meeting: %s", tail, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"After the ceremony, Dren held talks with Foreign Minister Tano Kask of Cerland, the ministry said.")
	if !metPair(rec, "Ivo Dren", "Tano Kask") {
		t.Errorf("want Dren and Kask met: %s", dump(rec))
	}
	rec = corefRecord(t, "Ministers meet\nVALDOR - Foreign Minister Tano Kask of Cerland held talks with Foreign Minister Ivo Dren of Arland in Valdor on Wednesday.\nAfter the talks, Foreign Minister Tano Kask told reporters the border was settled.")
	if !metPair(rec, "Ivo Dren", "Tano Kask") {
		t.Errorf("want Dren and Kask met: %s", dump(rec))
	}
}

// "President X received President of B Y in <a city of A> ... the two
// leaders chaired the A-B council": the host the text names without his
// state stands for A, so A is no third participant beside the two
// (hostStateOverLeader, record.go; p1593). The negative cases: the
// same story in a city of a third country keeps A (it is not the
// host's), and people who "held talks with Turkey in Istanbul" met the
// state itself.
func TestHostStateOverItsLeader(t *testing.T) {
	story := func(city string) string {
		return "Presidents meet\nPresident Ivo Dren received President of Ukraine Pel Orvik at the palace in " + city +
			" today.\nFollowing the meeting, the two leaders chaired the Turkey-Ukraine cooperation council with their delegations.\n"
	}
	rec := corefRecord(t, story("Istanbul"))
	if !metPair(rec, "Ivo Dren", "Pel Orvik") {
		t.Errorf("want Dren and Orvik met: %s", dump(rec))
	}
	if metPair(rec, "Pel Orvik", "Turkey") {
		t.Errorf("want Turkey, the host's state, in no meeting: %s", dump(rec))
	}
	rec = corefRecord(t, story("Geneva"))
	if !metPair(rec, "Pel Orvik", "Turkey") {
		t.Errorf("Geneva: want Turkey kept: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks in Istanbul\nPel Orvik and Ivo Dren held talks with Turkey in Istanbul on Monday.\n")
	if !metPair(rec, "Pel Orvik", "Turkey") {
		t.Errorf("talks with Turkey: want Turkey kept: %s", dump(rec))
	}
	// The host state beside its own named minister, brought in by the
	// next sentence ("Kenya has hosted the talks"), is his side, not a
	// third one.
	rec = corefRecord(t, "Envoy in Nairobi\nGhanaian envoy Ivo Dren met Kenyan Foreign Minister Pel Orvik in Nairobi on Thursday. Kenya has hosted the talks since last year.\n")
	if !metPair(rec, "Ivo Dren", "Pel Orvik") {
		t.Errorf("own official: want Dren and Orvik met: %s", dump(rec))
	}
	if metPair(rec, "Ivo Dren", "Kenya") {
		t.Errorf("own official: want Kenya, beside its minister, in no meeting: %s", dump(rec))
	}
	// Untitled people with no state are no host: the state of the
	// unnamed officials they met stays (the fifty-fourth round's case).
	rec = corefRecord(t, "Talks in Cairo\nIvo Dren and Pel Orvik met Egyptian officials in Cairo on Tuesday.\n")
	if !metPair(rec, "Ivo Dren", "Egypt") {
		t.Errorf("unnamed officials: want Egypt kept: %s", dump(rec))
	}
}

// Trailing sources the reading missed: a clause that opens with
// "During ..." and holds its own verb before the report's comma, an
// audience that is a news conference, and a bare name whose source title
// stands in an apposition ("..., C, a spokesman for the ministry, told
// reporters"): the speaker reports the meeting, he is not in it
// (openingAdjunct, titledTrailingSpeaker with statementNouns,
// sourceApposition, args participants.go). The negative cases: an
// apposition that is no source's ("C, a senior official of the
// ministry, on Monday" after "met") and a speaker whose report has a
// "that" clause of his own keep the named person where he met.
func TestTrailingSourcesOfMeetings(t *testing.T) {
	lead := "Envoy tours region\nVALDOR, May 6 - "
	for _, s := range []string{
		"During the talks on Monday, Arland's envoy Ivo Dren and Borvian President Pel Orvik agreed on a ceasefire, ministry spokesman Tano Kask told the state news agency.",
		"Arland's envoy Ivo Dren and Borvian President Pel Orvik met for two hours on Monday, presidential spokesman Tano Kask told a news conference on Tuesday.",
		"Arland's envoy Ivo Dren and Borvian President Pel Orvik met for two hours on Monday, Tano Kask, a spokesman for the ministry, told reporters in Mirsk.",
	} {
		rec := corefRecord(t, lead+s)
		if !metPair(rec, "Ivo Dren", "Pel Orvik") {
			t.Errorf("%q: want Dren and Orvik met: %s", s, dump(rec))
		}
		if metPair(rec, "Ivo Dren", "Tano Kask") {
			t.Errorf("%q: want the source Kask in no meeting: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Arland's envoy Ivo Dren met Borvian President Pel Orvik and Tano Kask, a senior official of the ministry, on Monday.",
		"Arland's envoy Ivo Dren met Borvian President Pel Orvik on Monday, and Borvian Foreign Minister Tano Kask told a news conference after the talks that he had joined them.",
	} {
		rec := corefRecord(t, lead+s)
		if !metPair(rec, "Ivo Dren", "Tano Kask") {
			t.Errorf("%q: want Dren and Kask met: %s", s, dump(rec))
		}
	}
}

// "the third session of the A-B Joint Commission": a body named for the
// two states it joins is one name; the first state, glued by the hyphen
// to a state-led body's name, is no actor of its own beside it, as the
// second is none (jointBodies, mention mentions.go; p1593's council, p508's
// commission). The negative case: "the A-B talks" names no body and keeps
// both states.
func TestJointBodyNamedForTwoStates(t *testing.T) {
	actorsOf := func(text string) map[string]graph.Kind {
		out := map[string]graph.Kind{}
		for _, a := range corefRecord(t, text).Actors {
			out[a.Name] = a.Kind
		}
		return out
	}
	got := actorsOf("Ministers meet\nTrade Minister Ana Lind met Commerce Minister Ivo Dren in Delhi on Monday, where the pair opened the third session of the Nepal-India Joint Commission.\n")
	if got["Nepal-India Joint Commission"] != graph.Organization {
		t.Errorf("want the joint commission as one organization: %v", got)
	}
	if _, ok := got["Nepal"]; ok {
		t.Errorf("want no state Nepal beside the commission named for it: %v", got)
	}
	got = actorsOf("Ministers meet\nTrade Minister Ana Lind met Commerce Minister Ivo Dren in Delhi on Monday to prepare the Nepal-India talks on transit.\n")
	if got["Nepal"] != graph.State || got["India"] != graph.State {
		t.Errorf("the A-B talks: want both states: %v", got)
	}
}
