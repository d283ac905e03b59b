package extract

import "testing"

// Issue 14's hundred-and-eighty-ninth round: met pairs missed although
// both people are found (people joined to a meeting by a verb whose
// plural subject the sentence told in its first clause), with sentences
// of its own.

// "They talked alone for an hour and were (then) joined by X and Y": the
// second verb shares the sentence's opening plural subject, which stands
// for the people of the held meeting just told (meeting.elidedJoinSubject,
// joinedWere, joinedHosts, meetings.go; p1166). The negative cases: a
// single subject ("She talked ... and was joined by") brings no one, and
// a named subject before "and" ("Ruiz talked ... and were joined") is not
// the plural one.
func TestJoinedAfterAndSharesPluralSubject(t *testing.T) {
	for _, text := range []string{
		"Talks in Lima\nLIMA, March 5 - President Ana Ruiz received Prime Minister Tomas Berg at her palace on Wednesday. They talked alone for an hour and were then joined by Foreign Minister Carla Mendez and Trade Minister Jonas Holt.",
		"Talks in Lima\nLIMA, March 5 - President Ana Ruiz received Prime Minister Tomas Berg at her palace on Wednesday. The two leaders walked in the garden and were joined by Foreign Minister Carla Mendez and Trade Minister Jonas Holt.",
	} {
		for _, who := range []string{"Ana Ruiz", "Tomas Berg"} {
			if ok, rec := hundredeighthMet(t, text, who, "Carla Mendez"); !ok {
				t.Errorf("%q: no %s-Mendez meeting: %s", text, who, rec)
			}
		}
	}
	// Negative: one person joined, after a meeting of one person with
	// another told before.
	text := "Talks in Lima\nLIMA, March 5 - President Ana Ruiz received Prime Minister Tomas Berg at her palace on Wednesday. Later Berg flew home and was joined on the plane by Trade Minister Jonas Holt."
	if ok, rec := hundredeighthMet(t, text, "Ana Ruiz", "Jonas Holt"); ok {
		t.Errorf("%q: want no Ruiz-Holt meeting: %s", text, rec)
	}
}

// "the American Ambassador in X": an envoy's post, not where the meeting
// he joined took place (meeting.situatedPlace, postSeatNouns; p1166). The
// negative case: "met the ambassador at his residence in X" still places
// the meeting in X.
func TestEnvoyPostIsNoVenue(t *testing.T) {
	wantPlace(t, "Talks in Vienna\nVIENNA - Prime Minister Tomas Berg met Foreign Minister Carla Mendez on Tuesday. They were joined by the American Ambassador in Oslo, Jonas Holt.", "Tomas Berg", "Jonas Holt", "Vienna")
	wantPlace(t, "Talks in Vienna\nVIENNA - Prime Minister Tomas Berg met Ambassador Jonas Holt at his residence in Oslo on Tuesday.", "Tomas Berg", "Jonas Holt", "Oslo")
}
