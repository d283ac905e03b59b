package extract

import (
	"testing"
)

// Issue 14's three-hundred-and-second round: counted plural posts before
// a list of names (p1844-p1849: a wire's "the three envoys, A, B and C,
// met", an agency's "two members of X's party, A and B", a wire's "two of
// his senior ministers, A and B", an old broadsheet's "three former
// Presidents, A, B and C, called on", a paper's "the three members of the
// panel, A, B and C", a wire's "X and two of his senior colleagues, A and
// B, met"). The base already joined the lists; the round's rule is the
// guests' "they" of an arrival told with a retinue ("X and his party
// arrived ... They were greeted at the airport by Y and Z"), with
// sentences of its own.

// "X and his party arrived in Y. They were greeted at the airport by Z
// and W": "they" is the named guest with an unnamed retinue (WithRetinue,
// coref/coref.go), and a passive agent after a short place phrase makes
// the agents hosts though they are two (agentSoonAfter,
// meeting/meetings.go; p1845). "X and the delegation led by him
// flew to Y, where they were met by Z" likewise (p1658). The negative
// case: "X and his wife" is no retinue, so "they" stays unresolved.
func TestTheyOfGuestWithRetinue(t *testing.T) {
	lead := "Visit to Lomar\nLOMAR, May 6 - President Harald Penn held talks with Premier Ivo Branski on Tuesday.\n"
	party := lead + "Penn and his party flew into Lomar on Tuesday afternoon. They were welcomed on the tarmac by Tomas Vell and Lida Orr."
	for _, host := range []string{"Tomas Vell", "Lida Orr"} {
		if !metPair(recordAt(t, party, corefPub), "Harald Penn", host) {
			t.Errorf("want Penn greeted by %s", host)
		}
	}
	pair := lead + "Penn and Otis Marlow flew into Lomar on Tuesday afternoon. They were welcomed on the tarmac by Tomas Vell and Lida Orr."
	if !metPair(recordAt(t, pair, corefPub), "Otis Marlow", "Lida Orr") {
		t.Errorf("want Marlow greeted by Orr")
	}
	where := "Visit to Lomar\nLOMAR, May 6 - President Harald Penn and the delegation led by him flew to Lomar on Tuesday, where they were met by Tomas Vell and two of his aides."
	if !metPair(recordAt(t, where, corefPub), "Harald Penn", "Tomas Vell") {
		t.Errorf("want Penn met by Vell at the airport")
	}
	wife := lead + "Penn and his wife flew into Lomar on Tuesday afternoon. They were welcomed on the tarmac by Tomas Vell and Lida Orr."
	if metPair(recordAt(t, wife, corefPub), "Harald Penn", "Tomas Vell") {
		t.Errorf("want no retinue reading of a wife")
	}
}
