package extract

import (
	"testing"
)

// Issue 14's hundred-and-fourth round: places of meetings, each shape with
// sentences of its own.

// "A flew to X on Tuesday to end the unrest in Y. He held talks there
// with B": "there" stands for the last place the sentence before names,
// and a country named after a city of its own is the city's country, not
// a place further on; the city is the nearer place (placeBefore, p660).
func TestThereKeepsCityBeforeItsCountry(t *testing.T) {
	for _, text := range []string{
		"Talks\nJOHANNESBURG, March 3 - Karl Holm flew to Mombasa on Tuesday to help end the unrest that has spread in Kenya. He held talks there with Governor Rui Sardinha.",
		"Talks\nJOHANNESBURG, March 3 - Karl Holm travelled to Lyon on Monday, his first stop in France. He met Mayor Rui Sardinha there for an hour.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		m := meetingWith(rec, "Karl Holm", "Rui Sardinha")
		if m == nil {
			t.Errorf("%q: no Holm-Sardinha meeting: %s", text, dump(rec))
			continue
		}
		if m.Place == "Kenya" || m.Place == "France" || m.Place == "" {
			t.Errorf("%q: place %q, want the city: %s", text, m.Place, dump(rec))
		}
	}
	// Negative: a country that is not the city's is where the trip went
	// on to, and "there" stands for it.
	text := "Talks\nJOHANNESBURG, March 3 - Karl Holm flew to Mombasa on Tuesday and went on to Uganda. He held talks there with Rui Sardinha."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m == nil || m.Place != "Uganda" {
		t.Errorf("want a Holm-Sardinha meeting in Uganda: %s", dump(rec))
	}
}
