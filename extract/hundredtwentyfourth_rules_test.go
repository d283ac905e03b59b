package extract

import "testing"

// Issue 14's hundred-and-twenty-fourth round: met pairs missed although
// both people are found (people joined to a meeting by a plural subject
// that names no one), with sentences of its own.

// "Later they were joined by X and by Y", "The two sides were joined at
// the table by X and Y": the plural subject of a passive "were joined"
// that names no one stands for the people of the held meeting told in the
// three sentences before, when those are all people, though "they" does not
// open the sentence and "sides" would read as states
// (meeting.joinedHosts, meetings.go; p777, p776). The negative cases: a
// subject that names someone ("Ruiz and her aides were joined by X")
// keeps the visitor out, and so does a meeting told four sentences
// before.
func TestJoinedByPluralSubjectStandsForHosts(t *testing.T) {
	for _, text := range []string{
		"Talks in Lima\nLIMA, March 5 - President Ana Ruiz received Prime Minister Tomas Berg at her palace on Wednesday. They talked alone for an hour. Later they were joined by Foreign Minister Carla Mendez and by Deputy Minister Jonas Holt.",
		"Talks in Lima\nLIMA, March 5 - President Ana Ruiz received Prime Minister Tomas Berg at the airport on Wednesday. The two drove together to the palace. They talked alone for an hour. Later in the evening they were joined by Foreign Minister Carla Mendez and by Deputy Minister Jonas Holt.",
		"Talks in Lima\nLIMA, March 5 - President Ana Ruiz hosted Prime Minister Tomas Berg for lunch on Wednesday. Crowds waited outside the palace. Later the two sides were joined at the table by Foreign Minister Carla Mendez, an economist, and by Deputy Minister Jonas Holt.",
	} {
		for _, who := range []string{"Ana Ruiz", "Tomas Berg"} {
			if ok, rec := hundredeighthMet(t, text, who, "Carla Mendez"); !ok {
				t.Errorf("%q: no %s-Mendez meeting: %s", text, who, rec)
			}
		}
	}
	// Negative: a named subject, and a meeting told too long before.
	for _, text := range []string{
		"Talks in Lima\nLIMA, March 5 - President Ana Ruiz received Prime Minister Tomas Berg at her palace on Wednesday. Later Ruiz and her aides were joined by Foreign Minister Carla Mendez.",
		"Talks in Lima\nLIMA, March 5 - President Ana Ruiz received Prime Minister Tomas Berg at her palace on Wednesday. Crowds waited outside. The weather was cold. Rain fell on the square. Later the two sides were joined by Foreign Minister Carla Mendez and by Deputy Minister Jonas Holt.",
	} {
		if ok, rec := hundredeighthMet(t, text, "Tomas Berg", "Carla Mendez"); ok {
			t.Errorf("%q: want no Berg-Mendez meeting: %s", text, rec)
		}
	}
}
