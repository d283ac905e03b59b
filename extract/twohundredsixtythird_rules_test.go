package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-sixty-third round: roles in multilateral
// negotiations (p1610-p1615: a wire on four-party peace talks, a South
// Asian daily on a regional consultation format, an old broadsheet on
// five ministers founding a regional association, a local paper on
// upstream states signing a river-basin framework without two
// downstream states, an agency on proximity talks with an opposition
// bloc, a broadsheet on a peace conference under two sponsors); each
// rule with sentences of its own.

// affiliationOf is the affiliation the record gives the person name, ""
// when none or no such person.
func affiliationOf(rec graph.Record, name string) string {
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && a.Name == name {
			return a.Affiliation
		}
	}
	return ""
}

// "ministers A (Chile), B (Peru) and C (Bolivia) signed": a state alone
// in brackets after a name is the person's side, as "A of Chile" is
// (parenState, actors parenstate.go; p1613). The negative cases: a
// bracketed party label or news agency names no state, and a name
// dropped once with such a label is not kept.
func TestBracketedStateAfterName(t *testing.T) {
	text := "Basin accord signed\nLIMA, March 3 - Water ministers Lena Orvik (Chile), Ivo Kesk (Peru) and Pel Dorran (Bolivia) signed the framework on Friday after ten years of negotiations."
	rec := corefRecord(t, text)
	for name, state := range map[string]string{"Lena Orvik": "Chile", "Ivo Kesk": "Peru", "Pel Dorran": "Bolivia"} {
		if got := affiliationOf(rec, name); got != state {
			t.Errorf("want %s of %s, got %q: %s", name, state, got, dump(rec))
		}
	}
	for _, text := range []string{
		"Basin accord signed\nLIMA, March 3 - Lawmakers Lena Orvik (Greens), Ivo Kesk (Liberal) and Pel Dorran (Labour) voted for the framework on Friday.",
		"Basin accord signed\nLIMA, March 3 - Reporters Lena Orvik (Reuters), Ivo Kesk (AFP) and Pel Dorran (AP) covered the signing on Friday.",
	} {
		rec := corefRecord(t, text)
		if affiliationOf(rec, "Ivo Kesk") != "" {
			t.Errorf("%q: want Kesk with no state: %s", text, dump(rec))
		}
	}
}

// "Three states yesterday signed the accord. A, B and C signed the
// document at a hotel": a signing told first by its states and retold by
// its signatories at a building is the signatories' encounter, dated by
// the sentence before (sidesSignedBefore, meeting sidessigned.go; p1613,
// p198). The negative case: with no place or time for the states'
// signing either, the retelling stays no meeting (and with no venue it
// stays none, TestSignedAtCeremony).
func TestSigningRetoldBySignatories(t *testing.T) {
	text := "Basin accord signed\nLIMA — Three Andean states yesterday signed the accord on the river. Lena Orvik, Ivo Kesk and Pel Dorran signed the document at a hotel."
	rec := corefRecord(t, text)
	m := meetingWith(rec, "Lena Orvik", "Pel Dorran")
	if m == nil || m.Status != graph.Held {
		t.Fatalf("want the signatories' held meeting: %s", dump(rec))
	}
	if want := corefPub.AddDate(0, 0, -1).Format("2006-01-02"); m.Date != want {
		t.Errorf("want the meeting on %s, got %q: %s", want, m.Date, dump(rec))
	}
	text = "Basin accord signed\nLIMA — Three Andean states have signed the accord on the river. Lena Orvik, Ivo Kesk and Pel Dorran signed the document."
	if rec := corefRecord(t, text); meetingWith(rec, "Lena Orvik", "Pel Dorran") != nil {
		t.Errorf("want no meeting without a place or time: %s", dump(rec))
	}
}

// "A and B, the conference's two sponsors, brokered the gathering": the
// states before an apposition that names no actor are the mediating
// verb's subject (apposedBodies, roles apposedbodies.go; p1615, the shape
// of p190). The negative case: an apposition that names an actor of its
// own leaves the verb's subject unread.
func TestApposedBodiesBroker(t *testing.T) {
	text := "Talks open\nLIMA, May 5 — Chile and Peru opened talks today. Norway and Ireland, the forum's two patrons, brokered the meeting over six months."
	if ms := mediatorsOf(t, text); !slices.Contains(ms, "Norway") || !slices.Contains(ms, "Ireland") {
		t.Errorf("want Norway and Ireland brokers, got %v", ms)
	}
	text = "Talks open\nLIMA, May 5 — Chile and Peru opened talks today. Norway, the neighbour of Sweden, brokered the meeting over six months."
	if ms := mediatorsOf(t, text); slices.Contains(ms, "Norway") {
		t.Errorf("want no broker read across an apposition naming Sweden: %v", ms)
	}
}

// "X received the government delegation, led by Y": a reception whose
// object is a delegation that "led by" or "headed by" a named person
// follows is a meeting with that person (ledDelegationObject, meeting
// leddelegation.go; p1614, p574). The negative case: a delegation's
// paper received names no one met.
func TestReceivedDelegationLedBy(t *testing.T) {
	for _, text := range []string{
		"Talks open\nLIMA, May 5 — Envoy Lena Orvik received the government delegation, led by Peru's ambassador to the United Nations, Ivo Kesk, at the palace on Friday.",
		"Talks open\nLIMA, May 5 — Envoy Lena Orvik received a delegation headed by Deputy Speaker Ivo Kesk at the palace on Friday.",
	} {
		rec := corefRecord(t, text)
		if m := meetingWith(rec, "Lena Orvik", "Ivo Kesk"); m == nil || m.Status != graph.Held {
			t.Errorf("%q: want Orvik's held meeting with Kesk: %s", text, dump(rec))
		}
	}
	text := "Talks open\nLIMA, May 5 — Envoy Lena Orvik received the delegation's proposal from Ivo Kesk's office on Friday."
	if rec := corefRecord(t, text); meetingWith(rec, "Lena Orvik", "Ivo Kesk") != nil {
		t.Errorf("want no meeting over a proposal received: %s", dump(rec))
	}
}

// "Karim Nur-ul-Amin", "Sami Fazl-ur-Rahim": the Arabic article inside a
// hyphenated South Asian given name is a name particle, so the name is
// one person's, not two (lexicon particles; p1611, p1310).
func TestHyphenatedArticleInName(t *testing.T) {
	text := "Talks open\nLIMA, May 5 — Karim Nur-ul-Amin and Sami Fazl-ur-Rahim met Ivo Kesk in Lima on Friday."
	rec := corefRecord(t, text)
	names := personNames(rec)
	for _, want := range []string{"Karim Nur-ul-Amin", "Sami Fazl-ur-Rahim"} {
		if !slices.Contains(names, want) {
			t.Errorf("want person %q, got %v", want, names)
		}
	}
	if m := meetingWith(rec, "Karim Nur-ul-Amin", "Ivo Kesk"); m == nil {
		t.Errorf("want Nur-ul-Amin's meeting with Kesk: %s", dump(rec))
	}
}
