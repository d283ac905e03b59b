package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-fifty-ninth round: a targeted batch on roles
// precision (p2786-p2791: a 2000 Japanese agency on an islands summit two
// leaders co-chaired, a 2006 Indian agency on a state visit with pacts
// signed, a 2009 wire on a bloc's summit with observer states, a 2012
// Gulf daily on a donors' meeting three ministers co-chaired, a 2011
// Serbian agency on a visiting minister who comments on talks he does not
// broker, a 2004 Irish broadsheet on a summit a premier hosted); each rule
// with sentences of its own.

// fourhundredfiftyninthMediator: name brokers some negotiation of rec.
func fourhundredfiftyninthMediator(rec graph.Record, name string) bool {
	return slices.ContainsFunc(rec.Negotiations, func(n graph.Negotiation) bool {
		return slices.Contains(n.Mediators, name)
	})
}

// "The summit was co-chaired by A and President B": people who co-chair a
// summit, meeting or forum with no talks told in the sentence are its
// presiding leaders, not brokers (p2786, p2789). The negative cases:
// people co-chairing a conference (p1385) or talks still broker them.
func TestPersonCoChairsOfAGatheringBrokerNothing(t *testing.T) {
	lead := "Leaders meet on the coast\nPrime Minister Jan Kowal and the leaders of ten island states on Saturday adopted a declaration on fisheries.\n"
	for _, line := range []string{
		"The two-day island summit was co-chaired by Kowal and Tuvalu President Ariki Tane, who chairs the regional forum this year.",
		"The leaders' meeting, held in a seaside hotel, was co-chaired by Kowal and Tuvalu President Ariki Tane.",
	} {
		rec := corefRecord(t, lead+line)
		for _, name := range []string{"Jan Kowal", "Ariki Tane"} {
			if fourhundredfiftyninthMediator(rec, name) {
				t.Errorf("%q: %s read as a broker: %s", line, name, dump(rec))
			}
		}
	}
	rec := corefRecord(t, "Peace conference opens\nThe government of Moravia and the rebels of the Northern Front met at a conference co-chaired by Foreign Minister Ola Nowak of Norway and Foreign Minister Piotr Zielinski of Chile.")
	if !fourhundredfiftyninthMediator(rec, "Ola Nowak") {
		t.Errorf("people co-chairing a conference lost as brokers: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks resume\nThe government of Moravia and the rebels of the Northern Front resumed peace talks on Monday. The talks were co-chaired by envoys Ola Nowak and Piotr Zielinski.")
	if !fourhundredfiftyninthMediator(rec, "Ola Nowak") {
		t.Errorf("people co-chairing talks lost as brokers: %s", dump(rec))
	}
}

// "The talks ... brought together A and B. They were chaired by X": a
// pronoun subject of "chaired by" right after a sentence that opens on the
// talks (or their signing) stands for them, so X chairs the talks as "The
// talks were chaired by X" tells (p2790, p2435). The negative case: after a
// sentence opening on a summit, the chair of "It" is no broker.
func TestPronounForTalksTakesTheirChair(t *testing.T) {
	for _, tc := range []struct{ opener, pron string }{
		{"The talks between Moravia and Silesia, facilitated by the Union, opened in Geneva on Tuesday with delegations led by Jan Kowal and Tomas Berg.", "They were"},
		{"The signing between Moravia and Silesia took place at the border post on Tuesday, with Jan Kowal and Tomas Berg present.", "It was"},
	} {
		rec := corefRecord(t, "Talks open\n"+tc.opener+" "+tc.pron+" chaired by Union official Ola Nowak.")
		if !fourhundredfiftyninthMediator(rec, "Ola Nowak") {
			t.Errorf("%q: want Ola Nowak a broker: %s", tc.opener, dump(rec))
		}
	}
	rec := corefRecord(t, "Leaders meet\nThe summit of Moravia and Silesia opened in Geneva on Tuesday with Jan Kowal and Tomas Berg present. It was chaired by Union official Ola Nowak.")
	if fourhundredfiftyninthMediator(rec, "Ola Nowak") {
		t.Errorf("the chair of a summit read as a broker: %s", dump(rec))
	}
}
