package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-fortieth round: who a pronoun or a later
// clause's subject is, across clauses and sentences (p2072-p2077: a 1985
// wire on businessmen meeting a banned movement in a game park, a 1994
// wire on a former president back from a neighbour's capital, a 1972
// agency on a prime minister received by a party chairman, a 2008
// broadsheet on a mediator's first joint session, a 1990 agency on a
// chancellor's talks in two places, a 2016 agency on two church leaders
// meeting at an airport); each rule with sentences of its own.

// "A delegation led by X flew to Y, where it met Z": "it" of a relative
// clause of place on a travelling body stands for the body, whose
// leader is the meeting's subject, as "he" is in "X flew to Y, where he
// met Z" (WhereItBody in coref/whereit.go; p2072, p373, p595, p873).
// The leader is named after the noun ("led by X"), before it ("X had led
// a team"), or, for "the delegation", as the story's one delegation
// leader told before. The negative cases: "it" of a body with no leader
// named, and "it" of a government, stand for no one.
func TestWhereItIsTheBodysLeader(t *testing.T) {
	pub := time.Date(2001, 5, 12, 0, 0, 0, 0, time.UTC)
	head := "Trade talks\n\nOSTRAVA, May 12 (Agency) - "
	for _, s := range []string{
		"The trade mission, led by Karel Benes, chairman of the Steelworks Company, travelled to Brno on Friday, where it met Prime Minister Ivan Dolezal.\n",
		"Karel Benes had led a small team to Brno on Friday, where it met Prime Minister Ivan Dolezal.\n",
		"A delegation headed by Karel Benes arrived in Brno on Friday, where it was received by Prime Minister Ivan Dolezal.\n",
		"A delegation led by Karel Benes opened a trade fair in Zlin on Saturday.\n\nThe delegation had arrived in Brno on Friday, where it met Prime Minister Ivan Dolezal.\n",
	} {
		rec := recordAt(t, head+s, pub)
		if meetingWith(rec, "Karel Benes", "Ivan Dolezal") == nil {
			t.Errorf("%q: want Benes's meeting with Dolezal: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Karel Benes said on Friday that the trade mission had travelled to Brno, where it met Prime Minister Ivan Dolezal.\n",
		"The government of Karel Benes moved to Brno on Friday, where it met Prime Minister Ivan Dolezal.\n",
	} {
		rec := recordAt(t, head+s, pub)
		if meetingWith(rec, "Karel Benes", "Ivan Dolezal") != nil {
			t.Errorf("%q: no leader named, no meeting of Benes: %s", s, dump(rec))
		}
	}
}
