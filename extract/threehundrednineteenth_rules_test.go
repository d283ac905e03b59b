package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-nineteenth round: South Asia 1970s-2010s,
// agencies and broadsheets (p1946-p1951: a 1996 agency on two prime
// ministers' water treaty, a 1988 wire on two prime ministers' summit
// talks, a 2006 agency on a prime minister's summit with a rebel chief, a
// 2002 agency on government-rebel talks with a facilitator, a 2010 agency
// on two prime ministers' talks at a regional summit, a 1985 broadsheet on
// a government's first talks with rebel groups); each rule with sentences
// of its own.

// A body whose name opens with its cause ("Liberation", "Freedom",
// "Unity") takes the land it fights for after "of" as part of its name:
// "the Liberation Lions of Norland Vale" is one group, not a body and a
// person "Norland Vale" (causeLedLand, causeLedBody in mention/mentions.go;
// p1949, p1951 and earlier p427, p488, p764). The negative cases: a
// title's "of" still names its holder's state, and a person named after
// an ordinary body's "of the" stays a person.
func TestCauseLedBodyLand(t *testing.T) {
	pub := time.Date(1991, 5, 7, 0, 0, 0, 0, time.UTC)
	for _, body := range []string{"the Liberation Lions of Norland Vale", "the Freedom Guards of Osterlan"} {
		rec := recordAt(t, "Talks open\n\nVARNA, May 6 (Agency) - Freedonian Interior Minister Arno Weisz met a delegation of "+body+" led by Piotr Malow in Varna on Monday.\n", pub)
		for _, land := range []string{"Norland Vale", "Osterlan"} {
			if a := actorNamed(rec, land); a != nil && a.Kind == "person" {
				t.Errorf("%s: the land %q read as a person: %s", body, land, dump(rec))
			}
		}
		if meetingWith(rec, "Arno Weisz", "Piotr Malow") == nil {
			t.Errorf("%s: want Weisz's meeting with Malow: %s", body, dump(rec))
		}
	}
	rec := recordAt(t, "Talks open\n\nVARNA, May 6 (Agency) - Freedonian Interior Minister Arno Weisz met Sylvanian Foreign Minister Piotr Malow in Varna on Monday.\n", pub)
	if a := actorNamed(rec, "Piotr Malow"); a == nil || a.Kind != "person" {
		t.Errorf("want Malow a person: %s", dump(rec))
	}
}
