package extract

import (
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-eighty-second round: an untargeted batch
// (p1124-p1129: a 1971 wire story on a summit on an island, a wire story
// on premiers' first talks under a mediator, a Malaysian agency's report
// of a leaders' consultation, an Indian government readout, a Manila
// paper on peace talks abroad, and a local paper on talks in its town);
// each rule with sentences of its own.

// A pair subject set in apposition with a relative clause on "whose"
// ("A and B, a former commander whose men fought in 2001-02, sat down
// with C") is the subject of the predicate after the clause's closing
// comma, as with "who" (appositionRelative, meeting/frames.go), and a
// time inside that clause is its event's, not the meeting's
// (insideRelative, meeting/when.go). The negative cases: a predicate
// inside the "whose" clause ("two veterans whose aides met C") is the
// aides', not A's or B's; a meeting told with its own day keeps it.
func TestWhoseAppositionBeforePredicate(t *testing.T) {
	text := "Talks at the lodge\nPrime Minister Ola Brandt and his counterpart Ivo Marek, a former rebel commander whose men fought the army in 2001-02, sat down with mediator Tomas Verne at a lakeside lodge."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]string{{"Ola Brandt", "Ivo Marek"}, {"Ola Brandt", "Tomas Verne"}, {"Ivo Marek", "Tomas Verne"}} {
		m := meetingWith(rec, p[0], p[1])
		if m == nil {
			t.Errorf("want a meeting of %s and %s, got %+v", p[0], p[1], rec.Meetings)
			continue
		}
		if m.Date == "2001" || m.Date == "2002" {
			t.Errorf("the relative clause's year dated the meeting: %q", m.Date)
		}
	}
	text = "Talks at the lodge\nPrime Minister Ola Brandt, a former banker who was first elected in 2019, held talks with President Ivo Marek at a lakeside lodge."
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Ola Brandt", "Ivo Marek"); m == nil || m.Date == "2019" {
		t.Errorf("want the Brandt-Marek meeting not dated by the relative clause, got %+v", m)
	}
	text = "Talks at the lodge\nPrime Minister Ola Brandt, a former banker who was first elected in 2019, held talks with President Ivo Marek at a lakeside lodge on Monday."
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Ola Brandt", "Ivo Marek"); m == nil || m.Date != "2025-05-05" {
		t.Errorf("want the Brandt-Marek meeting on 2025-05-05, got %+v", m)
	}
	text = "Talks at the lodge\nPrime Minister Ola Brandt and his deputy Ivo Marek, two veterans whose aides met mediator Tomas Verne at a lakeside lodge, stayed at home."
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Ola Brandt", "Tomas Verne"); m != nil {
		t.Errorf("want no Brandt-Verne meeting from the aides' one, got %+v", m)
	}
}

// A family name with a particle elided onto it in one lower-case word
// ("Remy Giraud d'Aubert") is part of the person's name (elidedParticle,
// mention/mentions.go and mention/classify.go; p1124, p1030), and a
// country's short name in its accented spelling ("Côte d'Ivoire") is the
// country (gazetteer.CountryExtras). The negative cases: the accented
// country stays a state, not a person, and a lower-case word after the
// apostrophe ("maître d'hôtel") continues no name.
func TestElidedParticleInFamilyName(t *testing.T) {
	text := "Ministers meet\nForeign Minister Ana Lind held talks with Finance Minister Remy Giraud d'Aubert in Lyon on Monday."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Ana Lind", "Remy Giraud d'Aubert"); m == nil {
		t.Errorf("want a meeting of Ana Lind and Remy Giraud d'Aubert, got %+v", rec.Meetings)
	}
	text = "Ministers meet\nPresident Ana Lind of Côte d'Ivoire held talks with Prime Minister Remy Giraud in Abidjan on Monday, where a maître d'hôtel served lunch."
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if strings.Contains(a.Name, "Ivoire") && a.Kind != graph.State {
			t.Errorf("the accented country read as a %s: %+v", a.Kind, a)
		}
		if strings.Contains(a.Name, "maître") {
			t.Errorf("a lower-case word opened a name: %+v", a)
		}
	}
	if m := meetingWith(rec, "Ana Lind", "Remy Giraud"); m == nil {
		t.Errorf("want a meeting of Ana Lind and Remy Giraud, got %+v", rec.Meetings)
	}
}

// A name ending in a road's or tunnel's noun ("the Col Noir Tunnel") is
// no actor (nonActorHeads, lexicon; p1126). The negative case: the
// leaders who welcomed it still met.
func TestRoadNameIsNoPerson(t *testing.T) {
	text := "Road deal\nPrime Minister Ana Lind and President Ivo Marek met in Lyon on Monday and welcomed the progress of the Trans Sahel Highway and the Col Noir Tunnel."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if strings.Contains(a.Name, "Tunnel") || strings.Contains(a.Name, "Highway") {
			t.Errorf("a road's name read as an actor: %+v", a)
		}
	}
	if m := meetingWith(rec, "Ana Lind", "Ivo Marek"); m == nil {
		t.Errorf("want a meeting of Ana Lind and Ivo Marek, got %+v", rec.Meetings)
	}
}

// One who "presided over the talks" told just before sat at them
// (sittingRunObject, extract/merge.go; lexicon sittingRunVerbs; p588,
// p767). The negative cases: a host who "opened the meeting" is not
// thereby at the talks, nor is one who presided over no meeting ("over
// the ceremony").
func TestPresidedOverTheTalks(t *testing.T) {
	base := "Talks in Oslo\nThe government team led by Ana Lind and the rebel team headed by Ivo Marek sat down at a hotel in Oslo on Monday. "
	rec, err := Extract(Article{ID: "t", Text: base + "Special envoy Kari Holm presided over the talks.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Ana Lind", "Kari Holm"); m == nil {
		t.Errorf("want Kari Holm at the talks, got %+v", rec.Meetings)
	}
	for _, tail := range []string{"Foreign Minister Tomas Verne opened the meeting.", "Foreign Minister Tomas Verne presided over the ceremony."} {
		rec, err = Extract(Article{ID: "t", Text: base + tail, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if m := meetingWith(rec, "Ana Lind", "Tomas Verne"); m != nil {
			t.Errorf("%q: want no Lind-Verne meeting, got %+v", tail, m)
		}
		if m := meetingWith(rec, "Ana Lind", "Ivo Marek"); m == nil {
			t.Errorf("%q: want the Lind-Marek meeting, got %+v", tail, rec.Meetings)
		}
	}
}
