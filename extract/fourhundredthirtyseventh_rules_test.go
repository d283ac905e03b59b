package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-thirty-seventh round: meetings told by
// titles alone (p2654-p2659: a wire's papal visit of 1982, a British
// agency's state visit of 1996, a Gulf agency's signing of 2012, a news
// service's week at the General Assembly of 2008, an American agency's
// royal talks of 1986, a Japanese agency's summit of 1996); each rule
// with sentences of its own.

// Two bare titles coordinated as a subject — "The Pope and the
// Archbishop talked", "After the lunch the Governor and the Mayor
// met" — are both their holders, not the first alone: the second
// conjunct is no verb's object (actors.subjectTitleConjunct,
// actors.frontedEventBefore; p611, p2539, p2077 in the probe).
func TestCoordinatedBareTitlesBothSubjects(t *testing.T) {
	rec := run(t, "Pope in Norway\nOSLO, May 3 (Reuters) - Pope Gregory XVII arrived in Oslo on Thursday for a three-day visit. Archbishop Tomas Brandt, who leads the small Catholic community of the country, had prepared the visit for months.\n"+
		"On Friday the Pope and the Archbishop spoke alone for an hour.\n", "2008-05-03")
	if countPairMeetings(rec, "Gregory XVII", "Tomas Brandt") == 0 {
		t.Errorf("want the talk of the two titles as a meeting of both holders: %s", dump(rec))
	}
	rec = run(t, "Governor in the capital\nLIMA, May 3 (Andina) - Governor Rosa Quispe arrived in Lima on Thursday for a week of visits. Mayor Luis Cardenas Toro has asked the region for water from its reservoirs.\n"+
		"After the ceremony the Governor and the Mayor held talks on water supplies at the municipal library.\n", "2008-05-03")
	if countPairMeetings(rec, "Rosa Quispe", "Luis Cardenas Toro") == 0 {
		t.Errorf("want the talks after the fronted event as a meeting of both holders: %s", dump(rec))
	}
}

// countPairMeetings counts the held meetings in which both a and b take part.
func countPairMeetings(rec graph.Record, a, b string) int {
	n := 0
	for _, m := range rec.Meetings {
		if m.Status != "held" {
			continue
		}
		ha, hb := false, false
		for _, p := range m.Participants {
			ha = ha || p == a
			hb = hb || p == b
		}
		if ha && hb {
			n++
		}
	}
	return n
}
