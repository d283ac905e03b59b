package extract

import (
	"strings"
	"testing"
	"time"
)

// Issue 14's three-hundred-and-forty-third round: Latin America
// 2010s-2020s, Spanish-language agencies in English and official readouts
// (p2090-p2095: a 2016 agency on two presidents at the government house, a
// 2021 presidency readout on a vice president's visit, a 2022 agency on
// talks in Havana, a 2019 agency on two presidents at a border dam, a 2018
// agency on a vice president's visit to Quito, a 2022 presidency readout
// on a president's first trip abroad); each rule with sentences of its own.

// "Zenda, May 8 (Agency) The President ...": agencies writing in a second
// language print the credit in parentheses after the dateline with no dash
// before the story (p2092, p1710, p1755, p780, and the PTI and ENA leads
// of p1094, p1240, p1651, p1719, p1839, p1904, p63); the dateline is cut
// there too (creditNoDashRE in text/lead.go), so the credit is no person
// at the lead's talks.
func TestDatelineCreditWithoutDash(t *testing.T) {
	pub := time.Date(2021, 5, 8, 0, 0, 0, 0, time.UTC)
	for _, lead := range []string{
		"Zenda, May 8 (Gaceta Norte) The President of Ruritania, Anton Kolb, and his Bordurian counterpart, Karl Vorst, held official talks on Saturday.\n",
		"Zenda (Ruritania), May 8 (Gaceta Norte) President Anton Kolb held official talks on Saturday with the Bordurian President Karl Vorst.\n",
	} {
		rec := recordAt(t, "Talks in Zenda\n\n"+lead, pub)
		if meetingWith(rec, "Anton Kolb", "Karl Vorst") == nil {
			t.Errorf("%q: want the talks of Kolb and Vorst: %s", lead, dump(rec))
		}
		for _, a := range rec.Actors {
			if strings.Contains(a.Name, "Gaceta") {
				t.Errorf("%q: the agency credit is no actor: %s", lead, dump(rec))
			}
		}
	}
}
