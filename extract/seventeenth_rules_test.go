package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's seventeenth round: who met whom and when in receptions and
// visits, from the constructions the seventeenth probe batch (p134-p139)
// showed beside older probe articles, each with sentences of its own.

// seventeenthPub is a Friday.
var seventeenthPub = time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC)

// noHeldWith fails when a held meeting joins a and b.
func noHeldWith(t *testing.T, text, a, b string) {
	t.Helper()
	if m, ok := heldWith(heldAt(t, text, seventeenthPub), a, b); ok {
		t.Errorf("%q: %s and %s read as met: %v", text, a, b, m)
	}
}

// wantHeld fails unless a held meeting joins a and b, on date when set.
func wantHeld(t *testing.T, text, a, b, date string) {
	t.Helper()
	m, ok := heldWith(heldAt(t, text, seventeenthPub), a, b)
	if !ok {
		t.Errorf("%q: no held meeting of %s and %s", text, a, b)
		return
	}
	if date != "" && m.Date != date {
		t.Errorf("%q: %s and %s met on %q, want %q", text, a, b, m.Date, date)
	}
}

// A description of the story's visitor — "the visiting minister", "the
// visiting prime minister", "the guest", "his guest" — stands for the
// person the story told arriving or being received before it (p134,
// p135, p136, p137, p139; p122's "The visiting leader"). A description
// whose title the visitor does not hold, or one followed by a name,
// stands for nobody new, nor does a modifier ("the guest house").
func TestVisitorDescription(t *testing.T) {
	lead := "Visit\nKORVALA, April 11 (KNA) - Trade Minister Ilse Varga of Ostmark arrived in Korvala on Wednesday for a three-day visit.\n"
	wantHeld(t, lead+"The visiting minister later met President Odo Brandt at the palace.", "Ilse Varga", "Odo Brandt", "")
	wantHeld(t, lead+"On Thursday the guest was received by Prime Minister Odo Brandt.", "Ilse Varga", "Odo Brandt", "2025-04-10")
	wantHeld(t, lead+"On Thursday, Prime Minister Odo Brandt received his guest at his residence.", "Ilse Varga", "Odo Brandt", "2025-04-10")
	// The visitor is no president: "the visiting president" is someone else.
	noHeldWith(t, lead+"The visiting president later met Speaker Odo Brandt at the palace.", "Ilse Varga", "Odo Brandt")
	// "the guest house" names no person.
	noHeldWith(t, lead+"Speaker Odo Brandt held talks with Rafe Tollan at the guest house on Thursday.", "Ilse Varga", "Odo Brandt")
	// Told received, by name, in the lead.
	lead2 := "Visit\nKORVALA, April 11 (KNA) - President Odo Brandt received Ostmark's Trade Minister Ilse Varga on Thursday.\n"
	wantHeld(t, lead2+"The guest later met Speaker Rafe Tollan in parliament.", "Ilse Varga", "Rafe Tollan", "2025-04-10")
}

// A reception in the passive whose host is named after a description in
// apposition — "was received by his Ostmark counterpart, X" — reaches X
// (p135, p139's "welcomed by his ... counterpart, X"); "paid a visit to
// Ostmark's President X" reaches X past the possessive (p135; p38's "met
// ... with Kazakhstan's Foreign Minister X").
func TestReceptionAgentAndPossessiveObject(t *testing.T) {
	wantHeld(t, "Talks\nOn Tuesday Ilse Varga was received by her Korvalan counterpart, Odo Brandt, at the ministry.", "Ilse Varga", "Odo Brandt", "2025-04-08")
	wantHeld(t, "Talks\nIlse Varga paid a visit to Korvala's President Odo Brandt on Tuesday.", "Ilse Varga", "Odo Brandt", "2025-04-08")
	// A state, not a person, after the possessive: no person met.
	noHeldWith(t, "Talks\nIlse Varga received Korvala's reply on Tuesday, Odo Brandt said.", "Ilse Varga", "Odo Brandt")
}

// "presented his credentials to President X" is the envoy's audience with
// X (p125, p138); "presented a plan to X" is not.
func TestCredentialsAudience(t *testing.T) {
	wantHeld(t, "Envoy\nThe new Ostmark ambassador, Ilse Varga, presented her credentials to President Odo Brandt on Monday.", "Ilse Varga", "Odo Brandt", "2025-04-07")
	noHeldWith(t, "Envoy\nIlse Varga presented her proposals to President Odo Brandt on Monday.", "Ilse Varga", "Odo Brandt")
}

// A purpose clause after a trip told in the past — "went on to see X",
// "crossed the river to see X" — is a meeting held, not one intended
// (p134, p137, p138); "hopes to see X" stays intended.
func TestTripPurposeHeld(t *testing.T) {
	wantHeld(t, "Tour\nIlse Varga went on to see Governor Odo Brandt in Lisk on Tuesday.", "Ilse Varga", "Odo Brandt", "2025-04-08")
	wantHeld(t, "Tour\nIlse Varga crossed the river to see Governor Odo Brandt on Tuesday.", "Ilse Varga", "Odo Brandt", "2025-04-08")
	noHeldWith(t, "Tour\nIlse Varga hopes to see Governor Odo Brandt next week.", "Ilse Varga", "Odo Brandt")
}

// "A received B at X, where the two leaders held talks on ... a planned
// rail link": the two are A and B, told in the same sentence, and "a
// planned link" is the topic's, not the talks' modality (p134; p115's
// "a proposed undersea power cable"). "On Thursday, during the visit
// from May 5 to 8, A received B": two fronted adjuncts before the
// subject (p134, p137), the day the first one's.
func TestReceptionWhereTheTwo(t *testing.T) {
	text := "Visit\nKORVALA, April 11 (KNA) - Ilse Varga arrived in Korvala on Tuesday.\n" +
		"On Thursday, during the visit from April 8 to 12, President Odo Brandt received Ilse Varga at the palace, where the two leaders held talks on a planned pipeline to the coast."
	wantHeld(t, text, "Ilse Varga", "Odo Brandt", "2025-04-10")
	rec := extractAt(t, text)
	for _, m := range rec.Meetings {
		if slices.Contains(m.Participants, "Ilse Varga") && m.Status != graph.Held {
			t.Errorf("%q: a meeting read as %s: %v", text, m.Status, m)
		}
	}
}

// "carrying a letter from President X": X sent the letter and was not
// at the meeting (p135; p60's "a written message from President X").
func TestLetterSenderAbsent(t *testing.T) {
	text := "Visit\nIlse Varga met Odo Brandt on Tuesday, carrying a letter from President Rafe Tollan about the dam."
	wantHeld(t, text, "Ilse Varga", "Odo Brandt", "2025-04-08")
	noHeldWith(t, text, "Odo Brandt", "Rafe Tollan")
}

// "The delegation was received by X" stands for the leader and members
// the story named for it just before, on the day of their arrival (p137;
// p91's "the Chinese delegation was received by", p124), and its member
// list is not carried on to a later meeting of the leader alone.
func TestDelegationReceived(t *testing.T) {
	text := "Visit\nTrade Minister Ilse Varga arrived in Korvala on Monday at the head of a delegation that included Deputy Minister Rafe Tollan.\n" +
		"The delegation was received by Prime Minister Odo Brandt at the airport.\n" +
		"On Tuesday Ilse Varga met Governor Mara Lind in Lisk."
	wantHeld(t, text, "Ilse Varga", "Odo Brandt", "2025-04-07")
	wantHeld(t, text, "Rafe Tollan", "Odo Brandt", "2025-04-07")
	wantHeld(t, text, "Ilse Varga", "Mara Lind", "2025-04-08")
	noHeldWith(t, text, "Rafe Tollan", "Mara Lind")
}

// "The visiting minister later met X" goes on from the story's day, not
// from a meeting told out of order just before ("A visited B in March";
// p139; p136's "then called on", p122's "later met").
func TestLaterAfterFlashback(t *testing.T) {
	text := "Visit\nKORVALA, April 11 (KNA) - Trade Minister Ilse Varga was welcomed by Odo Brandt at the ministry on Thursday.\n" +
		"Odo Brandt had visited Lisk in March and held talks there with Ilse Varga and Mara Lind.\n" +
		"The visiting minister later met President Rafe Tollan at the palace."
	wantHeld(t, text, "Ilse Varga", "Rafe Tollan", "2025-04-10")
}

// A denial of "reports on social media that A had met B" is a denial
// (p138; p134's "denied reports that").
func TestDeniedReportsOnSocialMedia(t *testing.T) {
	noHeldWith(t, "Denial\nThe presidency denied reports on social media that Ilse Varga had met Odo Brandt over the weekend.", "Ilse Varga", "Odo Brandt")
}

// A name after "at the" with no title is where, not who: "at the Torre
// Blanca" (p135's "at the Torre Ejecutiva", p139's "at the Casa
// Presidencial"). A personal name takes no article.
func TestNameAfterAtTheIsVenue(t *testing.T) {
	text := "Visit\nIlse Varga met Odo Brandt at the Torre Blanca on Tuesday."
	rec := extractAt(t, text)
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && a.Name == "Torre Blanca" {
			t.Errorf("%q: the venue read as a person", text)
		}
	}
	wantHeld(t, text, "Ilse Varga", "Odo Brandt", "2025-04-08")
}

// "A travelled to B, where C received him": the object pronoun of a
// reception in a relative clause of place is the traveller, and the time
// is the one the clause hangs on, across a "when" clause ("prepared the
// ground last month, when he travelled to ..."; p134, p110).
func TestWhereReceivedHim(t *testing.T) {
	text := "Visit\nIlse Varga had laid the groundwork last month, when she flew to Lisk, where Governor Odo Brandt received her for a day of talks."
	wantHeld(t, text, "Ilse Varga", "Odo Brandt", "2025-03")
	text = "Visit\nIlse Varga flew to Lisk on Tuesday, where Governor Odo Brandt received her."
	wantHeld(t, text, "Ilse Varga", "Odo Brandt", "2025-04-08")
	// Not a relative clause of place: "him" is nobody the clause names.
	noHeldWith(t, "Visit\nIlse Varga flew to Lisk on Tuesday. Odo Brandt received him later.", "Ilse Varga", "Odo Brandt")
}

// "The visit follows a meeting in March, when A was welcomed in B by C":
// a predicate in a ", when" clause with no time of its own takes the
// time of the phrase the clause hangs on (p137, p119).
func TestWhenClauseTakesItsHeadsTime(t *testing.T) {
	text := "Visit\nThe trip follows a meeting in March, when Ilse Varga was welcomed in Lisk by Odo Brandt."
	wantHeld(t, text, "Ilse Varga", "Odo Brandt", "2025-03")
}

// "A met B in March", published in February: a past verb with a month
// and no year tells the last March before the news, held, not the next
// one planned (p126's "led a delegation to Hanoi in March, where she met
// X", published in September: the same March; p135's "met ... in March").
func TestPastMonthBeforeTheNews(t *testing.T) {
	feb := time.Date(2025, 2, 10, 0, 0, 0, 0, time.UTC)
	ms := heldAt(t, "Talks\nIlse Varga met Odo Brandt in March in Lisk, and the two agreed on a plan.", feb)
	if m, ok := heldWith(ms, "Ilse Varga", "Odo Brandt"); !ok || m.Date != "2024-03" {
		t.Errorf("want a held meeting in 2024-03, got %v", ms)
	}
	// A year written keeps its month, and a verb to come stays planned.
	ms = heldAt(t, "Talks\nIlse Varga will meet Odo Brandt in March in Lisk.", feb)
	if _, ok := heldWith(ms, "Ilse Varga", "Odo Brandt"); ok {
		t.Errorf("a meeting to come read as held: %v", ms)
	}
}

// A participant read off a title and the body it is of — "Vice
// Chairwoman of the National Assembly" before "of Ostmark X" — is a post,
// not a person at the meeting (p126's two assembly titles; p46's and p58's
// "Speaker of the National Assembly of Hungary X").
func TestTitleOfBodyIsNoParticipant(t *testing.T) {
	text := "Visit\nVice President of the Senate of Korvala Ilse Varga led a delegation to Lisk on Tuesday, where she met Vice Chairwoman of the National Assembly of Ostmark Odo Brandt to plan the visit."
	rec := extractAt(t, text)
	for _, m := range rec.Meetings {
		for _, p := range m.Participants {
			if strings.Contains(p, "Assembly") {
				t.Errorf("%q: a title read as a participant: %v", text, m.Participants)
			}
		}
	}
	for _, n := range []string{"Odo Brandt", "Speaker Odo Brandt", "Minister of Trade"} {
		if titleName(n) {
			t.Errorf("%q read as a title and its body", n)
		}
	}
	if !titleName("Vice Chairwoman of the National Assembly") || !titleName("Speaker of the Federal Council") {
		t.Error("a title and its body read as a name")
	}
}

// "The envoy crossed the river to see X": "the envoy" is the envoy the
// story told presenting credentials, named in apposition ("The new
// ambassador, A, presented her credentials"; p138, p81's "The envoy is
// expected to travel ... to see X").
func TestEnvoyIsTheVisitor(t *testing.T) {
	text := "Envoy\nThe new Ostmark ambassador, Ilse Varga, presented her credentials to President Odo Brandt on Monday.\n" +
		"The envoy crossed the river to see Governor Mara Lind in Lisk later the same day."
	wantHeld(t, text, "Ilse Varga", "Mara Lind", "2025-04-07")
}
