package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-ninety-eighth round: a stranger's batch from
// East and Southern Africa (p1820-p1825: a daily on a state visit, an
// information service on a Commonwealth envoy's calls, an agency on a
// meeting of two rival leaders hosted by a neighbour, an agency on a
// president hosting the leaders of a neighbour's war, a daily on a
// regional mediator's dialogue, an agency on a former president's
// mediation); each rule with sentences of its own.

// "the bloc charged A and B to help the two parties settle their
// quarrel", "A's role is to help both sides resume": the helpers of
// both sides are mediators, not a pair of sides (helpedSidesBrokers,
// roles helpedsides.go; p1823, p1645).
func TestHelpersOfBothSidesMediate(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Talks\nLIBREVILLE, May 5 (Agency) - The ruling Gabon Democratic Party and the opposition Union Nationale held talks here on Monday. The bloc charged Ghana and Nigeria to help the two parties settle their quarrel.", "Nigeria"},
		{"Talks\nLIBREVILLE, May 5 (Agency) - The ruling Gabon Democratic Party and the opposition Union Nationale held talks here on Monday. Senegal's role is to help both sides resume the dialogue.", "Senegal"},
	} {
		rec := extractAt(t, c.text)
		p, m := roleNames(rec)
		if !slices.Contains(m, c.want) || slices.Contains(p, c.want) {
			t.Errorf("%q: want %s a mediator and no side, got parties %v, mediators %v", c.text, c.want, p, m)
		}
	}
}
