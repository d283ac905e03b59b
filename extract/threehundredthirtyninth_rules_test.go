package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-thirty-ninth round: a stranger's batch
// (p2066-p2071: Vietnamese, Indonesian, Philippine, Thai and Cambodian
// agencies on meetings of the 2010s and 2020s); each rule with sentences
// of its own.

// "Prime Minister Anan Chai-o-phan": a Thai family name of three hyphened
// parts, the middle a one-letter linking vowel, is one name
// (linkedSurnameTail, mention mentions.go; p1363, p2069). The run stopped
// at the lower-case link and the person was read as "Anan Chai".
func TestLinkedThaiSurnameIsOneName(t *testing.T) {
	for _, s := range []string{
		"Border talks\nBANGKOK, March 3 - Prime Minister Anan Chai-o-phan met Malaysian Prime Minister Rosli Hamid in Bangkok on Monday.",
		"Border talks\nBANGKOK, March 3 - Malaysian Prime Minister Rosli Hamid held talks with Thai Prime Minister General Anan Chai-o-phan on Monday.",
	} {
		rec := corefRecord(t, s)
		if !hasPerson(rec, "Anan Chai-o-phan") || hasPerson(rec, "Anan Chai") {
			t.Errorf("%q: want the person Anan Chai-o-phan whole: %s", s, dump(rec))
		}
		if !metPair(rec, "Anan Chai-o-phan", "Rosli Hamid") {
			t.Errorf("%q: want Anan Chai-o-phan met Rosli Hamid: %s", s, dump(rec))
		}
	}
}

// "A discussed the plan with B when they met in X in October 2018": the
// subject and the person of its "with" phrase are whom "they" stands for,
// so the time clause tells their own meeting with its place and month
// (subordinateTheyWithPair, meeting meetings.go; p2069, p1849). The
// meeting was read from "discussed with" alone and dated by the
// publication. The negative case: a comma between the subject's clause
// and "with" leaves "they" unresolved.
func TestTheyOfWithPairTakesWhenClauseTime(t *testing.T) {
	lead := "Border talks\nBANGKOK, 21 January 2020 - The border talks resumed on Monday. "
	for _, s := range []string{
		"Prime Minister Anan Wong had discussed the plan with Malaysian Prime Minister Rosli Hamid when they met in Penang in October 2018.",
		"A spokesman said Anan Wong raised the plan with Rosli Hamid when they first met in Penang in October 2018.",
	} {
		rec := corefRecord(t, lead+s)
		if !metOnAt(rec, "Anan Wong", "Rosli Hamid", "Penang", "2018-10") {
			t.Errorf("%q: want Anan Wong met Rosli Hamid in Penang in 2018-10: %s", s, dump(rec))
		}
	}
	s := "Anan Wong spoke to reporters in Songkhla, with Rosli Hamid when they met in Penang in October 2018 still in mind."
	rec := corefRecord(t, lead+s)
	if metOnAt(rec, "Anan Wong", "Rosli Hamid", "Penang", "2018-10") {
		t.Errorf("%q: want no meeting of Anan Wong and Rosli Hamid in Penang: %s", s, dump(rec))
	}
}

// metOnAt: a and b met, held, at place on date.
func metOnAt(rec graph.Record, a, b, place, date string) bool {
	for _, m := range rec.Meetings {
		if m.Status == "held" && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) && m.Place == place && m.Date == date {
			return true
		}
	}
	return false
}
