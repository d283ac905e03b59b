package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's fifteenth round: who met whom and in what role, from the
// constructions the fifteenth probe batch (p122-p127) showed beside older
// probe articles, each with sentences of its own.

// heldWith is the held meeting whose participants hold both a and b.
func heldWith(ms []graph.Meeting, a, b string) (graph.Meeting, bool) {
	i := slices.IndexFunc(ms, func(m graph.Meeting) bool {
		return slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b)
	})
	if i < 0 {
		return graph.Meeting{}, false
	}
	return ms[i], true
}

// metHeld reports whether a held meeting of text, published corefPub,
// joins a and b.
func metHeld(t *testing.T, text, a, b string) bool {
	t.Helper()
	_, ok := heldWith(heldAt(t, text, corefPub), a, b)
	return ok
}

// wantHeldOn fails unless a held meeting of text, published pub, joins a
// and b, on date when set.
func wantHeldOn(t *testing.T, pub time.Time, text, a, b, date string) {
	t.Helper()
	ms := heldAt(t, text, pub)
	m, ok := heldWith(ms, a, b)
	if !ok {
		t.Errorf("%q: no held meeting of %s and %s (%v)", text, a, b, ms)
		return
	}
	if date != "" && m.Date != date {
		t.Errorf("%q: %s and %s met on %q, want %q", text, a, b, m.Date, date)
	}
}

// noneHeld fails when a held meeting of text, published pub, joins a and
// b.
func noneHeld(t *testing.T, pub time.Time, text, a, b string) {
	t.Helper()
	if m, ok := heldWith(heldAt(t, text, pub), a, b); ok {
		t.Errorf("%q: %s and %s read as met: %v", text, a, b, m)
	}
}

// "A paid a courtesy call on B at his office" is a visit in person, not a
// phone call, though "call" is a word of calls (p92, p109, p125); and
// "A called on the Minister of X, Y and Z, B" reaches the person past a
// title in apposition whose portfolios a comma and "and" list (p111,
// p125). "called on the parties to ..." (an appeal, no person) is no
// meeting.
func TestCourtesyCallInPerson(t *testing.T) {
	pub := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct{ text, a, b string }{
		{"Envoy visits\nThe new ambassador of Uruguay, Ms Ana Rossi, paid a courtesy call on Prime Minister Piet Grout at his office in Lisbon this morning.", "Ana Rossi", "Piet Grout"},
		{"Envoy visits\nOn Monday, Ana Rossi called on the Minister of Fisheries, Ports and Inland Waterways, Mr Piet Grout, at his office in Lisbon.", "Ana Rossi", "Piet Grout"},
		{"Envoy visits\nLater, Ana Rossi called on the Speaker of the Senate, Piet Grout, and thanked the chamber for its support.", "Ana Rossi", "Piet Grout"},
	}
	for _, c := range cases {
		m, ok := heldWith(heldAt(t, c.text, pub), c.a, c.b)
		if !ok {
			t.Errorf("%q: no held meeting of %s and %s", c.text, c.a, c.b)
			continue
		}
		if m.Mode == graph.Call {
			t.Errorf("%q: read as a phone call, want a visit in person", c.text)
		}
	}
	text := "Appeal\nAna Rossi called on the Uruguayan government, the rebels and Piet Grout to respect the truce."
	if ms := heldAt(t, text, pub); len(ms) > 0 {
		t.Errorf("%q: an appeal read as a meeting: %v", text, ms)
	}
	// A call that is a phone call stays one.
	text = "Calls\nAna Rossi held a phone call with Prime Minister Piet Grout on Monday."
	if m, ok := heldWith(heldAt(t, text, pub), "Ana Rossi", "Piet Grout"); !ok || m.Mode != graph.Call {
		t.Errorf("%q: want a held phone call, got %v", text, m)
	}
}

// "The Togolese leader", "the Vietnamese guest": a demonym and a noun that
// names a person by role, not by post (leader, guest, visitor), stand for
// the one person of that state the story names, whatever post its title
// gave ("the visiting President of A, X"; it resolves in p75, p111,
// p126), not for the state.
func TestDemonymPersonHead(t *testing.T) {
	pub := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, second := range []string{
		"The Uruguayan leader later met Prime Minister Karl Bauer at a hotel.",
		"The Uruguayan guest later met Prime Minister Karl Bauer at a hotel.",
	} {
		text := "Visit\nLISBON, June 12 (Wire) - President Piet Grout received the visiting President of Uruguay, Ana Rossi, in Lisbon on Wednesday.\n" + second
		ms := heldAt(t, text, pub)
		if _, ok := heldWith(ms, "Ana Rossi", "Karl Bauer"); !ok {
			t.Errorf("%q: no meeting of Rossi and Bauer (%v)", second, ms)
		}
		for _, m := range ms {
			if slices.Contains(m.Participants, "Uruguay") {
				t.Errorf("%q: the state read as a participant: %v", second, m)
			}
		}
	}
	// Two Uruguayans: which one "the Uruguayan leader" is, is unsaid.
	text := "Visit\nLISBON, June 12 (Wire) - President Piet Grout received the visiting President of Uruguay, Ana Rossi, and the Foreign Minister of Uruguay, Jan Weber, in Lisbon on Wednesday.\nThe Uruguayan leader later met Prime Minister Karl Bauer at a hotel."
	for _, m := range heldAt(t, text, pub) {
		if slices.Contains(m.Participants, "Karl Bauer") && (slices.Contains(m.Participants, "Ana Rossi") || slices.Contains(m.Participants, "Jan Weber")) {
			t.Errorf("ambiguous description resolved: %v", m)
		}
	}
}

// "Later in the day" continues the story's day, not the day of a meeting
// told out of order: "A received B on Thursday. The summit followed a
// meeting of their ministers on Tuesday. Later in the day, B called on C"
// is Thursday's, where the summit was (p111, p94). A roundup of calls that
// runs back in time call by call is no flashback (p70).
func TestLaterInTheDaySkipsFlashback(t *testing.T) {
	pub := time.Date(2024, 6, 14, 0, 0, 0, 0, time.UTC) // a Friday
	text := "Summit\nLISBON, June 14 (Wire) - President Piet Grout held talks with the visiting President of Uruguay, Ana Rossi, in Lisbon on Thursday.\n" +
		"The summit followed a meeting of the two finance ministers, Jan Weber and Karl Bauer, in Porto on Tuesday.\n" +
		"Later in the day, Ms Rossi called on the Speaker of Parliament, Eva Lind, and thanked the chamber."
	m, ok := heldWith(heldAt(t, text, pub), "Ana Rossi", "Eva Lind")
	if !ok {
		t.Fatalf("no meeting of Rossi and Lind")
	}
	if m.Date != "2024-06-13" || m.Place != "Lisbon" {
		t.Errorf("Rossi and Lind met at %q on %q, want Lisbon on 2024-06-13", m.Place, m.Date)
	}
	// Told in order, the day before is the day.
	text = "Summit\nLISBON, June 14 (Wire) - The two finance ministers, Jan Weber and Karl Bauer, met in Porto on Tuesday.\n" +
		"President Piet Grout held talks with Ana Rossi in Lisbon on Thursday.\n" +
		"Later in the day, Ms Rossi called on the Speaker of Parliament, Eva Lind, and thanked the chamber."
	if m, ok := heldWith(heldAt(t, text, pub), "Ana Rossi", "Eva Lind"); !ok || m.Date != "2024-06-13" {
		t.Errorf("in order: want Rossi and Lind on 2024-06-13, got %v (%v)", m, ok)
	}
}

// "paid a courtesy call on General Secretary of the A Party Central
// Committee and President of B X": a body named inside the title before
// the name (with a possessive, "People's") is part of the title, and the
// person after it is the one visited in person (p126; p105's "Chairman of
// the State Great Khural X" is the same shape).
func TestCourtesyCallPastBodyInTitle(t *testing.T) {
	pub := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	text := "Visit\nOn Monday, Ana Rossi paid a courtesy call on Chairman of the National People's Council and President of Uruguay Piet Grout at the palace in Montevideo."
	m, ok := heldWith(heldAt(t, text, pub), "Ana Rossi", "Piet Grout")
	if !ok {
		t.Fatalf("%q: no meeting of Rossi and Grout", text)
	}
	if m.Mode == graph.Call {
		t.Errorf("%q: read as a phone call", text)
	}
	// The name is not reached past words that are no title.
	text = "Appeal\nAna Rossi called on the government of Uruguay and its president Piet Grout to free the prisoners."
	if ms := heldAt(t, text, pub); len(ms) > 0 {
		t.Errorf("%q: an appeal read as a meeting: %v", text, ms)
	}
}

// A roster in a sentence that tells its own meeting with the people it
// lists ("X led a delegation to B, where she will meet Y"; "A delegation
// led by X held talks with Y") is that meeting's, held or not, not the
// meeting told before it (p126's false pairs, where the delegation's
// meeting read as one to come; the construction in p48, p54, p124).
func TestRosterWithItsOwnMeeting(t *testing.T) {
	pub := time.Date(2024, 9, 18, 0, 0, 0, 0, time.UTC)
	for _, second := range []string{
		"Deputy Speaker Eva Lind leads a parliamentary delegation to Santiago, where she will meet Deputy Speaker Karl Bauer next week.",
		"Deputy Speaker Eva Lind led a parliamentary delegation to Santiago in May, where she met Deputy Speaker Karl Bauer.",
	} {
		text := "Assemblies\nMONTEVIDEO, Sept 18 (Wire) - Speaker Ana Rossi held talks with the visiting Speaker of Chile, Piet Grout, in Montevideo on Tuesday.\n" + second
		for _, m := range heldAt(t, text, pub) {
			if slices.Contains(m.Participants, "Eva Lind") && (slices.Contains(m.Participants, "Ana Rossi") || slices.Contains(m.Participants, "Piet Grout")) {
				t.Errorf("%q: the delegation's leader joined the earlier talks: %v", second, m)
			}
		}
	}
}

// "A and B sat at the same table", "sat across the table", "sat
// together", "sat face to face" tell an encounter as "sat down with"
// does (p05, p95); "sat in parliament" and "sat on the committee" do not.
func TestSatAtTheTable(t *testing.T) {
	pub := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"Uruguay's Ana Rossi and Chile's Piet Grout sat at the same table for the first time since the dispute began.",
		"Government negotiator Ana Rossi and rebel commander Piet Grout sat across the table in Lima on Monday.",
		"Ana Rossi and Piet Grout sat together for two hours in Lima on Monday.",
	} {
		if _, ok := heldWith(heldAt(t, "Talks\n"+s, pub), "Ana Rossi", "Piet Grout"); !ok {
			t.Errorf("%q: no meeting of Rossi and Grout", s)
		}
	}
	for _, s := range []string{
		"Ana Rossi and Piet Grout sat in parliament for twenty years.",
		"Ana Rossi and Piet Grout sat on the budget committee until 2019.",
	} {
		if ms := heldAt(t, "Careers\n"+s, pub); len(ms) > 0 {
			t.Errorf("%q: read as a meeting: %v", s, ms)
		}
	}
}

// "X, whom the union named its mediator in 2022, received A and B at the
// palace": a time inside a relative clause set off between the subject
// and the predicate is that clause's event, not the meeting's (p95; the
// construction in p21, p35, where the predicate's own day won anyway).
func TestRelativeClauseTimeNotTheMeetings(t *testing.T) {
	pub := time.Date(2024, 7, 31, 0, 0, 0, 0, time.UTC)
	text := "Talks\nPresident Ana Rossi, whom the union named as its mediator in 2022, received Piet Grout and Karl Bauer at the palace before the session began."
	m, ok := heldWith(heldAt(t, text, pub), "Piet Grout", "Ana Rossi")
	if !ok {
		t.Fatalf("no meeting of Rossi and Grout")
	}
	if m.Date == "2022" {
		t.Errorf("the relative clause's year dated the meeting: %v", m)
	}
	// A time after the predicate is its own.
	text = "Talks\nPresident Ana Rossi, who took office in 2017, received Piet Grout at the palace on Tuesday."
	if m, ok := heldWith(heldAt(t, text, pub), "Piet Grout", "Ana Rossi"); !ok || m.Date != "2024-07-30" {
		t.Errorf("want the meeting on 2024-07-30, got %v", m)
	}
}

// "A and B agreed on Tuesday to a truce starting on August 4, after a day
// of talks. A's X and B's Y sat at the same table for the first time":
// the people who sat together did so at the talks told just before, on
// the day told there, not on a day to come (p95); and "Talks between A and
// B opened in Oslo on 3 April. A's negotiator X and B's commander Y sat
// across the table" dates the sitting by the opening (p05).
func TestSatTogetherTakesTheTalksDay(t *testing.T) {
	pub := time.Date(2024, 7, 31, 0, 0, 0, 0, time.UTC) // a Wednesday
	text := "Truce\nLIMA, July 31 (Wire) - The foreign ministers of Uruguay and Chile agreed on Tuesday to a truce starting on August 4, after a day of talks in Lima.\n" +
		"Uruguay's Ana Rossi and Chile's Piet Grout sat at the same table for the first time since the crisis began."
	if m, ok := heldWith(heldAt(t, text, pub), "Ana Rossi", "Piet Grout"); !ok || m.Date != "2024-07-30" {
		t.Errorf("want Rossi and Grout on 2024-07-30, got %v (%v)", m, ok)
	}
	pub = time.Date(1989, 4, 4, 0, 0, 0, 0, time.UTC)
	text = "Talks\nPeace talks between the government of Peru and the rebel Andes Front opened in Oslo on 3 April 1989, mediated by the Norwegian diplomat Lars Holm.\n" +
		"Government negotiator Ana Rossi and rebel commander Piet Grout sat across the table for the first time."
	if m, ok := heldWith(heldAt(t, text, pub), "Ana Rossi", "Piet Grout"); !ok || m.Date != "1989-04-03" {
		t.Errorf("want Rossi and Grout on 1989-04-03, got %v (%v)", m, ok)
	}
}

// "Z received the two delegations" (or "the heads of the two
// delegations") when no meeting of two sides' people was told just
// before: the delegations are the people the story names as leading them,
// before ("X, who led the government delegation, and Y, who led the
// delegation of B") or in the next sentences ("The A delegation was led by
// X. The B team was headed by its spokesman, Y"), when exactly two are
// (p99, p123). Three named leaders for "the two delegations" say nothing.
func TestDelegationHeadsForTheTwoDelegations(t *testing.T) {
	pub := time.Date(2024, 11, 22, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Accord\nThe accord was signed by Ambassador Ana Rossi, who led the government delegation, and by Piet Grout, who led the delegation of the rebels.\nPresident Karl Bauer received the two delegations at the palace on Tuesday.",
		"Accord\nPresident Karl Bauer received the heads of the two delegations at the palace on Tuesday.\nThe government delegation was led by Ana Rossi. The rebel team was headed by its spokesman, Piet Grout.",
	} {
		ms := heldAt(t, text, pub)
		for _, p := range []string{"Ana Rossi", "Piet Grout"} {
			if _, ok := heldWith(ms, "Karl Bauer", p); !ok {
				t.Errorf("%q: no meeting of Bauer and %s (%v)", text, p, ms)
			}
		}
	}
	text := "Accord\nPresident Karl Bauer received the two delegations at the palace on Tuesday.\nThe government delegation was led by Ana Rossi. The rebel team was headed by Piet Grout, and a third delegation was led by Eva Lind."
	for _, m := range heldAt(t, text, pub) {
		if slices.Contains(m.Participants, "Karl Bauer") && len(m.Participants) > 1 {
			t.Errorf("three leaders read as the two delegations: %v", m)
		}
	}
}

// "ADDIS ABABA, Nov 3 - A and B signed an accord in Pretoria, South
// Africa, on Wednesday ... President X received the two delegations at
// the palace on Tuesday": copy filed from away; the lead's own city, not
// the dateline's, is where the story's meetings of those days were (p99;
// p124's "SUVA - ... held talks in Wellington yesterday"). With no other
// city in the lead, the dateline places them as before.
func TestLeadCityOutweighsDateline(t *testing.T) {
	pub := time.Date(2022, 11, 3, 0, 0, 0, 0, time.UTC) // a Thursday
	text := "Accord signed\nLIMA, Nov 3 (Wire) - Uruguay and the Andes Front signed an accord in Santiago on Wednesday, after ten days of talks.\n" +
		"President Piet Grout received Ana Rossi and Karl Bauer at the palace on Tuesday."
	if m, ok := heldWith(heldAt(t, text, pub), "Piet Grout", "Ana Rossi"); !ok || m.Place != "Santiago" {
		t.Errorf("want Grout and Rossi in Santiago, got %v (%v)", m, ok)
	}
	text = "Accord signed\nLIMA, Nov 3 (Wire) - Uruguay and the Andes Front signed an accord on Wednesday, after ten days of talks.\n" +
		"President Piet Grout received Ana Rossi and Karl Bauer at the palace on Tuesday."
	if m, ok := heldWith(heldAt(t, text, pub), "Piet Grout", "Ana Rossi"); !ok || m.Place != "Lima" {
		t.Errorf("want Grout and Rossi in Lima, got %v (%v)", m, ok)
	}
	// The lead's first place decides: talks "in the Peruvian capital"
	// keep the story in the dateline's city, whatever the rest of the
	// sentence is about (p57's shape: a truce "in Gaza" told after).
	for _, where := range []string{"in the Peruvian capital", "in Lima"} {
		text = "Talks resume\nLIMA, Nov 3 (Wire) - Uruguayan and Andes Front negotiators resumed talks " + where +
			" on Wednesday as mediators tried to extend a ceasefire in Santiago.\n" +
			"President Piet Grout received Ana Rossi and Karl Bauer at the palace on Tuesday."
		if m, ok := heldWith(heldAt(t, text, pub), "Piet Grout", "Ana Rossi"); !ok || m.Place != "Lima" {
			t.Errorf("%s: want Grout and Rossi in Lima, got %v (%v)", where, m, ok)
		}
	}
}
