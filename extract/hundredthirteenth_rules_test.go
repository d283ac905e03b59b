package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-thirteenth round: an untargeted batch (p710-p715);
// the rules below fix the shapes it showed worst, each with sentences of
// its own.

func r113Extract(t *testing.T, text string) graph.Record {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// "X arrived here tonight from Madrid after two days of talks. X, who met
// Y for three hours yesterday, ...": a meeting of the traveller dated
// before the arrival was held in the city the traveller came from, not at
// the dateline (arrivedFrom, meeting/meetings.go; p40, where the
// consultation "conferred ... yesterday" would else take the dateline's
// city once "conferred" reports one). The negative case: a meeting on the day of the arrival, after
// it, stays at the dateline.
func TestMeetingBeforeArrivalFrom(t *testing.T) {
	rec := r113Extract(t, "Talks\nROME, May 6 - Envoy Karl Hessing arrived here tonight from Madrid after two days of talks with Spanish leaders. Mr. Hessing, who met Prime Minister Ana Pardo for three hours yesterday, is to see Premier Lucio Ferri tomorrow.")
	if m := meetingWith(rec, "Karl Hessing", "Ana Pardo"); m == nil || m.Place != "Madrid" {
		t.Errorf("want the Hessing-Pardo meeting in Madrid: %s", dump(rec))
	}
	rec = r113Extract(t, "Talks\nROME, May 6 - Envoy Karl Hessing arrived here this morning from Madrid. He met Premier Lucio Ferri at the palace this afternoon.")
	if m := meetingWith(rec, "Karl Hessing", "Lucio Ferri"); m == nil || m.Place != "Rome" {
		t.Errorf("want the Hessing-Ferri meeting in Rome: %s", dump(rec))
	}
}
