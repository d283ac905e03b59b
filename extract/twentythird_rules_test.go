package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's twenty-third round: who met whom on unseen articles, from the
// constructions the twenty-third probe batch (p170-p175) showed beside
// older probe articles, each with sentences of its own.

// twentyThirdPub is a Friday.
var twentyThirdPub = time.Date(2025, 10, 10, 0, 0, 0, 0, time.UTC)

// want23 fails unless a held meeting joins a and b, on date when it is set.
func want23(t *testing.T, text, a, b, date string) {
	t.Helper()
	wantHeldOn(t, twentyThirdPub, text, a, b, date)
}

// none23 fails when a held meeting joins a and b.
func none23(t *testing.T, text, a, b string) {
	t.Helper()
	noneHeld(t, twentyThirdPub, text, a, b)
}

// "spent the afternoon with X", "spent much of Wednesday with Y": a
// stretch of a day in someone's company is an encounter (p159's "spent
// the day with", p162's, p171's "spent the afternoon with", p89's "spent
// much of Wednesday with"). Years spent with someone tell a career, and
// time spent with a body names no one its roster can stand for (p57's
// "spent the morning with the rebel delegation" stays as it was).
func TestSpentStretchWithIsEncounter(t *testing.T) {
	lead := "Port talks\n\n"
	want23(t, lead+"On Tuesday Trade Minister Ilse Varga spent the afternoon with the Latvian transport minister, Odo Brandt, touring the harbour at Liepaja.", "Ilse Varga", "Odo Brandt", "2025-10-07")
	want23(t, lead+"Trade Minister Ilse Varga flew to Riga, where she spent much of Wednesday with Transport Minister Odo Brandt.", "Ilse Varga", "Odo Brandt", "2025-10-08")
	none23(t, lead+"Trade Minister Ilse Varga spent three years with Transport Minister Odo Brandt at the ministry before she entered parliament.", "Ilse Varga", "Odo Brandt")
	none23(t, lead+"Trade Minister Ilse Varga spent the afternoon preparing her speech, and Transport Minister Odo Brandt stayed in Riga.", "Ilse Varga", "Odo Brandt")
}

// "The A delegation was headed by X, the B one by Y": a gapped clause of
// a delegation list after a comma lists the other side as "and the B one
// by Y" does, so Y is on side B (p172; p108 has the construction after a
// semicolon, "headed there by", which the list rule does not reach).
// Read without it, Y joined side A and the state B stood beside its own
// delegates in the meeting of the two sides.
func TestGappedDelegationListAfterComma(t *testing.T) {
	{
		text := "Border talks end\n\nEstonian and Latvian negotiators ended three days of talks on the maritime border in Tallinn on Thursday without agreement.\n" +
			"The Estonian delegation was headed by Deputy Foreign Minister Ilse Varga, the Latvian one by Ambassador Odo Brandt.\n" +
			"The two sides first met on Tuesday."
		want23(t, text, "Ilse Varga", "Odo Brandt", "")
		none23(t, text, "Latvia", "Odo Brandt")
		none23(t, text, "Latvia", "Ilse Varga")
		rec := extractAt(t, text)
		i := slices.IndexFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == "Odo Brandt" })
		if i < 0 || rec.Actors[i].Affiliation != "Latvia" {
			t.Errorf("%q: Odo Brandt is not on the Latvian side: %+v", text, rec.Actors)
		}
	}
}

// "X, the retired general who now commands Y, met Z": an apposition a
// determiner opens, with a relative clause of its own, stands between
// the subject and its predicate as "X, who ..., met Z" does (p160's "the
// Dutch diplomat who serves as", p173's "the retired general who now
// commands", p89's "the Surinamese diplomat who took over as", p153's
// "the presidential envoy who heads"). A predicate inside the relative
// clause is not the main one's subject's (its own arguments are not
// settled here: "X, the jurist who met Y in 2019, received Z" still pairs
// Y with Z, as main does).
func TestAppositionWithRelativeKeepsSubject(t *testing.T) {
	lead := "Border talks\n\n"
	want23(t, lead+"Tomas Quiroga, the veteran jurist who chairs the boundary commission, met Foreign Minister Elena Vidal on Tuesday.", "Tomas Quiroga", "Elena Vidal", "2025-10-07")
	want23(t, lead+"Tomas Quiroga, a former banker who won the presidency last year, received Foreign Minister Elena Vidal on Wednesday.", "Tomas Quiroga", "Elena Vidal", "2025-10-08")
	text := lead + "Tomas Quiroga, the jurist who met Elena Vidal in 2019, received Foreign Minister Omar Haddad on Tuesday."
	want23(t, text, "Tomas Quiroga", "Omar Haddad", "2025-10-07")
}

// "B, the former banker who won last year, also met C on Thursday
// morning": "also" before a predicate with a day of its own tells one
// more encounter, not the earlier meeting of the same people retold, so
// the summit told before keeps its own day (p175; the construction in
// p51, p63, p43, p35).
func TestAlsoMetIsAnotherEncounter(t *testing.T) {
	text := "Island leaders meet\n\nVICTORIA, Oct 10 — Island leaders met here on Wednesday for their first summit in five years.\n" +
		"President Ali Mbae opened the summit alongside President Hery Rakoto and Prime Minister Devi Ramsurrun.\n" +
		"Rakoto, the former banker who won the presidency last year, also met Ramsurrun on Thursday morning before flying home."
	ms := heldAt(t, text, twentyThirdPub)
	summit, ok := heldWith(ms, "Ali Mbae", "Hery Rakoto")
	if !ok {
		t.Fatalf("%q: no summit (%v)", text, ms)
	}
	if summit.Date != "2025-10-08" {
		t.Errorf("%q: the summit is dated %q, want 2025-10-08", text, summit.Date)
	}
	if !slices.ContainsFunc(ms, func(m graph.Meeting) bool {
		return m.Date == "2025-10-09" && slices.Contains(m.Participants, "Hery Rakoto") && slices.Contains(m.Participants, "Devi Ramsurrun")
	}) {
		t.Errorf("%q: no meeting of Rakoto and Ramsurrun on Thursday (%v)", text, ms)
	}
}

// "received Libya's interior minister, X": the object is a state's post
// and, after a comma, its holder, farther from the verb than a name the
// verb takes directly (p173; p136's "hosted Croatia's foreign minister,
// X", p134's "met Zimbabwe's ambassador, X"). It is read even when the
// post alone cannot say who holds it, as when a second minister of that
// state is named later.
func TestPossessivePostThenHolderIsObject(t *testing.T) {
	text := "Crossing to reopen\n\nTUNIS, Oct 10 — The deal was sealed when Prime Minister Amel Trabelsi received Libya's interior minister, Omar Zaidi, at the government palace on Thursday afternoon.\n" +
		"In Tripoli, Libya's prime minister, Salem Warfalli, welcomed the agreement."
	want23(t, text, "Amel Trabelsi", "Omar Zaidi", "2025-10-09")
	none23(t, text, "Salem Warfalli", "Omar Zaidi")
}

// "Talks between A and B, led by X and Y, went on late into the night":
// talks that lasted, ran or went on took place, as talks that continued
// did, so the delegation list joins its own talks rather than the
// meeting told before (p175; the construction in p78's "talks lasted",
// p57's and p134's "talks, which ran ...", p65's "session, which
// lasted"). Before, X and Y joined the breakfast of two other leaders.
func TestTalksThatLastedWereHeld(t *testing.T) {
	for _, verb := range []string{"went on", "lasted", "ran"} {
		text := "Ministers meet\n\nRIGA, Oct 10 — President Ilse Varga and Prime Minister Odo Brandt held talks over breakfast on Thursday.\n" +
			"Talks between the Estonian and Lithuanian delegations, led by foreign ministers Tomas Kask and Elena Vaitkus, " + verb + " late into the night.\n"
		want23(t, text, "Tomas Kask", "Elena Vaitkus", "")
		none23(t, text, "Ilse Varga", "Tomas Kask")
		none23(t, text, "Odo Brandt", "Elena Vaitkus")
	}
}
