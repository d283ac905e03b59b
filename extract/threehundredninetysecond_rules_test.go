package extract

import "testing"

// Issue 14's three-hundred-and-ninety-second round: hyphenated and
// compound place names (p2384-p2389); each rule with sentences of its own.

// A place's name whose parts a link word joins between hyphens
// ("X-les-Y-Z", "X-upon-Y"; lexicon placeNameLinks) is one place: the
// meeting's place whole, and no person made of its last parts (p2384,
// p1010, p2311).
func TestHyphenLinkedPlaceName(t *testing.T) {
	rec := corefRecord(t, "Leaders meet in a village\n\nPARIS, May 3 (Wire) - President Anna Velde received Prime Minister Tomas Oster on Friday at Bourg-les-Grandes-Ormes, the village where she spends her weekends.\nOster later flew to Marlow-upon-Teme, where he met Governor Paul Imre.")
	for _, a := range rec.Actors {
		if a.Kind == "person" && (a.Name == "Grandes-Ormes" || a.Name == "Teme") {
			t.Errorf("want no person %q cut from a place's name: %s", a.Name, dump(rec))
		}
	}
	want := map[string]bool{"Bourg-les-Grandes-Ormes": false, "Marlow-upon-Teme": false}
	for _, m := range rec.Meetings {
		if _, ok := want[m.Place]; ok {
			want[m.Place] = true
		}
	}
	for p, ok := range want {
		if !ok {
			t.Errorf("want a meeting at %s: %s", p, dump(rec))
		}
	}
}

// A lone compound of two capitalized words after "on" or "over" (talks
// "on X-Y", a conflict "over X-Y") is the place or thing talked about,
// no person (lexicon compoundLeads; p1471, p1780, p2166, p671).
func TestCompoundAfterOnOver(t *testing.T) {
	rec := corefRecord(t, "Talks resume\n\nVALMORE, May 3 (Wire) - Foreign Minister Anna Velde met Foreign Minister Tomas Oster in the capital on Tuesday to end the long conflict over Marvanda-Ostrel.\nOster said there was progress on Marvanda-Ostrel.")
	for _, a := range rec.Actors {
		if a.Kind == "person" && a.Name == "Marvanda-Ostrel" {
			t.Errorf("want no person Marvanda-Ostrel: %s", dump(rec))
		}
	}
	if actorNamed(rec, "Anna Velde") == nil || actorNamed(rec, "Tomas Oster") == nil {
		t.Errorf("want both ministers: %s", dump(rec))
	}
}
