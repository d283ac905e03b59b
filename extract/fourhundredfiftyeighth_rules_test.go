package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-fifty-eighth round: an untargeted batch
// (p2780-p2785: Southern African outlets on SADC and regional mediation,
// a 1980s Zimbabwean agency on church envoys in Nairobi, a 1990s South
// African wire on a Lesotho deal, a 2000s Botswana agency on Congolese
// talks, a 2010s Harare daily on a facilitation team, a 2010s Chinese
// agency in Antananarivo, a 2020s broadcaster on a royal audience); each
// rule with sentences of its own.

// fourhundredfiftyeighthKind: the kind of the actor named name, "" when
// the record has none.
func fourhundredfiftyeighthKind(rec graph.Record, name string) string {
	for _, a := range rec.Actors {
		if a.Name == name {
			return string(a.Kind)
		}
	}
	return ""
}

// A name closed by an acronym, "of Kanu PF", "Kanu-PF", is a party's,
// not a person's, and meets no one (acronymTail; p2785, p1222, p1938,
// p1127). The negative cases: a regnal number ("King Sobhuza III") and a
// surname in capitals ("Taro OKADA") close a person's name.
func TestAcronymTailNamesNoPerson(t *testing.T) {
	for _, body := range []string{"Kanu PF", "Kanu-PF"} {
		rec := corefRecord(t, "Talks\nMinister Jan Kowal of "+body+" met Finance Minister Tomas Berg in Harare on Monday.")
		if k := fourhundredfiftyeighthKind(rec, body); k == "person" {
			t.Errorf("%q read as a person: %s", body, dump(rec))
		}
		if _, ok := heldMeeting(rec, "Jan Kowal", "Tomas Berg", body); ok {
			t.Errorf("%q met as a participant: %s", body, dump(rec))
		}
	}
	rec := corefRecord(t, "Talks\nKing Sobhuza III met Finance Minister Tomas Berg in Lobamba on Monday, and Jan Kowal MP joined them.")
	if k := fourhundredfiftyeighthKind(rec, "Sobhuza III"); k != "person" {
		t.Errorf("the king not read as a person (%q): %s", k, dump(rec))
	}
	rec = corefRecord(t, "Talks\nTaro OKADA met Finance Minister Tomas Berg in Lobamba on Monday.")
	if k := fourhundredfiftyeighthKind(rec, "Taro OKADA"); k != "person" {
		t.Errorf("a surname in capitals not read as a person's (%q): %s", k, dump(rec))
	}
}
