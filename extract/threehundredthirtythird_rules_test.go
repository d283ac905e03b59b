package extract

import "testing"

// Issue 14's three-hundred-and-thirty-third round: an untargeted batch
// (p2030-p2035: a 1997 Minsk agency on a union treaty signed in the
// Kremlin, a 1999 Yerevan agency on a border meeting of two presidents,
// a 2003 Tbilisi agency on two days of talks at a Black Sea resort, a
// 2003 Kyiv agency on a treaty signed in a port city, a 2002 Belgrade
// agency on an agreement a mediator witnessed, a 2008 Chisinau agency on
// a meeting of a president and a separatist leader); each rule with
// sentences of its own.

// "The presidents first talked alone, then sat down in extended format
// with participation of ministers C and D": those who joined the
// wider session sat with the principals, whether the principals are told
// in the same sentence or in one before it (meeting/expandedformat.go
// ExpandedFormats; p2030, p2032, p2033, p1537, p1686). The negative
// cases: "with participation of" after no cue of a later session ("The
// meeting was chaired by X, with participation of C and D") adds no one,
// and principals named before the phrase keep their own meeting.
func TestExpandedFormatJoinsPrincipals(t *testing.T) {
	for _, body := range []string{
		"President Aldo Brem and President Ivo Renner first talked alone for an hour on Tuesday, then sat down in extended format with participation of foreign ministers Pia Sorell and Lars Odden.",
		"President Aldo Brem and President Ivo Renner met on Tuesday in the presidential palace. The talks were continued after lunch, this time with participation of foreign ministers Pia Sorell and Lars Odden.",
		"President Aldo Brem and President Ivo Renner met on Tuesday in the presidential palace. They talked for three hours. The meeting then went on, expanded, with the participation of foreign ministers Pia Sorell and Lars Odden.",
	} {
		rec := corefRecord(t, "Talks\n\nKESTRIA, March 9 - "+body+"\n")
		for _, p := range [][2]string{{"Aldo Brem", "Pia Sorell"}, {"Ivo Renner", "Lars Odden"}, {"Aldo Brem", "Ivo Renner"}, {"Pia Sorell", "Lars Odden"}} {
			if !metPair(rec, p[0], p[1]) {
				t.Errorf("want %s met %s in %q: %s", p[0], p[1], body, dump(rec))
			}
		}
	}
	neg := "Talks\n\nKESTRIA, March 9 - President Aldo Brem met President Ivo Renner on Tuesday in the presidential palace. On Wednesday a meeting of experts was chaired by Pia Sorell, with participation of Lars Odden.\n"
	rec := corefRecord(t, neg)
	if metPair(rec, "Aldo Brem", "Lars Odden") || metPair(rec, "Ivo Renner", "Pia Sorell") {
		t.Errorf("a meeting with no cue of a later session is its own: %s", dump(rec))
	}
}
