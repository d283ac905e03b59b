package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-seventh round: an untargeted batch of
// Pacific, Caribbean and Gulf agencies and dailies (p2474-p2479); each
// rule with sentences of its own.

// "Minister Responsible for X", a post named by its charge (lexicon
// postTitleMods "responsible"), seats no person "Responsible" (p2479,
// p2300, p1992, p2347, p977).
func TestMinisterResponsibleForPost(t *testing.T) {
	rec := corefRecord(t, "Ministers confer\n\nVALMORE, May 3 (Wire) - King Aldo Ferrin received President Ilya Darov at the Cedar Palace on Thursday. The talks were attended by Omar bin Tariq, the Minister Responsible for Defence Affairs, and by Salim bin Nasser, the Minister Responsible for Trade Affairs.")
	noPersonNamed(t, rec, "Responsible")
	for _, n := range []string{"Omar bin Tariq", "Salim bin Nasser"} {
		if a := actorNamed(rec, n); a == nil || a.Kind != "person" {
			t.Errorf("want the minister %q: %s", n, dump(rec))
		}
	}
}

// A comma then "and" closes a title's apposition (complementBroken): the
// state told in the list's next item is no complement of the title
// (p1992, p600).
func TestCommaAndClosesTitleComplement(t *testing.T) {
	rec := corefRecord(t, "Ministers confer\n\nVALMORE, May 3 (Wire) - The talks were attended by Omar bin Tariq, Minister for Defence Affairs, and from the Peruvian side by Ilya Darov, Minister of the Interior.")
	a := actorNamed(rec, "Omar bin Tariq")
	if a == nil {
		t.Fatalf("want the minister: %s", dump(rec))
	}
	for _, p := range a.Positions {
		if p.Organization == "Peru" {
			t.Errorf("want no post of Peru for the first minister: %s", dump(rec))
		}
	}
}

// A stay told in the past before "in" and a place ("was in X on Thursday
// for talks with Y"; meeting.pastStayIn) brought the talks it was for
// about, as a trip made does; in a relative clause the main clause's
// "is to" does not make them planned (laterConjunct). The present ("is in
// X for consultations with Y") tells none held (p2474, p606, p2260).
func TestPastStayForTalks(t *testing.T) {
	rec := corefRecord(t, "Ministers travel\n\nVALMORE, May 3 (Wire) - The tour comes as Foreign Minister Ana Ferro, appointed a week ago, was in Lima on Thursday for talks with President Luis Ortal on trade.\nChancellor Ivan Pelko, who was in Quito on Monday for talks with Diego Ruiz, is to visit Bogota next week.\nMinister Aki Mori is in Santiago for consultations with Premier Omar Tariq.")
	held := func(a, b string) bool {
		for _, m := range rec.Meetings {
			if m.Status == "held" && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
				return true
			}
		}
		return false
	}
	if !held("Ana Ferro", "Luis Ortal") {
		t.Errorf("want Ferro and Ortal met: %s", dump(rec))
	}
	if !held("Ivan Pelko", "Diego Ruiz") {
		t.Errorf("want Pelko and Ruiz met: %s", dump(rec))
	}
	if held("Aki Mori", "Omar Tariq") {
		t.Errorf("want no held meeting of Mori and Tariq: %s", dump(rec))
	}
}
