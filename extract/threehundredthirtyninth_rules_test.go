package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-thirty-ninth round: a stranger's batch
// (p2066-p2071: Vietnamese, Indonesian, Philippine, Thai and Cambodian
// agencies on meetings of the 2010s and 2020s); each rule with sentences
// of its own.

// threehundredthirtyninthRecord extracts text, published on corefPub.
func threehundredthirtyninthRecord(t *testing.T, text string) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// "Prime Minister Anan Chai-o-phan": a Thai family name of three hyphened
// parts, the middle a one-letter linking vowel, is one name
// (linkedSurnameTail, mention mentions.go; p1363, p2069). The run stopped
// at the lower-case link and the person was read as "Anan Chai".
func TestLinkedThaiSurnameIsOneName(t *testing.T) {
	for _, s := range []string{
		"Border talks\nBANGKOK, March 3 - Prime Minister Anan Chai-o-phan met Malaysian Prime Minister Rosli Hamid in Bangkok on Monday.",
		"Border talks\nBANGKOK, March 3 - Malaysian Prime Minister Rosli Hamid held talks with Thai Prime Minister General Anan Chai-o-phan on Monday.",
	} {
		rec := threehundredthirtyninthRecord(t, s)
		if !hasPerson(rec, "Anan Chai-o-phan") || hasPerson(rec, "Anan Chai") {
			t.Errorf("%q: want the person Anan Chai-o-phan whole: %s", s, dump(rec))
		}
		if !metPair(rec, "Anan Chai-o-phan", "Rosli Hamid") {
			t.Errorf("%q: want Anan Chai-o-phan met Rosli Hamid: %s", s, dump(rec))
		}
	}
}
