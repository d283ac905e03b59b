package extract

import (
	"testing"
	"time"
)

// Issue 14's two-hundred-and-ninety-third round: a stranger's batch
// (p1790-p1795: Europe and the former Soviet space, wire copy and
// national agencies, 1990s-2020s); each rule with sentences of its own.

// "Before the start of the summit, A held separate meetings with B and
// with C": a fronted adjunct of time set before an event ("before",
// "prior to", "ahead of") ends at its comma, and the main clause after it
// tells the encounters (frame.priorAdjunct in AfterFrontedAdjunct;
// p1795). Read as a predicate of the clause, the summit gathered A, B and
// C in one meeting, and B, who met A alone, was paired with C.
func TestPriorAdjunctLeavesSeparateMeetings(t *testing.T) {
	pub := time.Date(2018, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, front := range []string{"Before the start of the summit,", "Prior to the summit,", "Ahead of the summit,"} {
		s := front + " Chilean President Tomas Velkan held separate meetings with Portuguese President Jorge Almada and with Austrian Chancellor Maria Lenz."
		rec := recordAt(t, "Leaders gather in Lisbon\n\nLISBON, June 12 (Agency) - Chilean President Tomas Velkan arrived in Lisbon on Monday for a summit.\n\n"+s, pub)
		if !metPair(rec, "Tomas Velkan", "Jorge Almada") || !metPair(rec, "Tomas Velkan", "Maria Lenz") {
			t.Errorf("%s: want Velkan with Almada and with Lenz: %s", s, dump(rec))
		}
		if metPair(rec, "Jorge Almada", "Maria Lenz") {
			t.Errorf("%s: Almada and Lenz were met apart: %s", s, dump(rec))
		}
	}
}

// "The treaty was also signed by C and D": the signed text's "also"
// adds signatories to the signing told before; they sat at it (its place
// and day), and tell no encounter of their own (meeting.AlsoSignedBy;
// p1791, p1523, p765). Before, C and D met each other at the dateline's
// city, or C, alone, joined nobody.
func TestAlsoSignedByJoinsSigningToldBefore(t *testing.T) {
	pub := time.Date(1988, 3, 9, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"The treaty was also signed by Foreign Minister Ilse Varga and Foreign Minister Pavel Dunaj.",
		"The document, signed at the Old Town Hall in Lucerne after a year of talks, was also signed by Foreign Minister Ilse Varga and Foreign Minister Pavel Dunaj.",
	} {
		rec := recordAt(t, "Treaty signed\n\nGENEVA, March 9 (Agency) - President Anton Morava and Prime Minister Karel Strnad signed a border treaty in Lucerne on Tuesday.\n\n"+s, pub)
		for _, p := range []string{"Ilse Varga", "Pavel Dunaj"} {
			m := meetingWith(rec, "Anton Morava", p)
			if m == nil {
				t.Errorf("%s: want Morava with %s at the signing: %s", s, p, dump(rec))
				continue
			}
			if m.Place != "Lucerne" || m.Date != "1988-03-08" {
				t.Errorf("%s: Morava with %s at %q on %q, want Lucerne on 1988-03-08", s, p, m.Place, m.Date)
			}
		}
		if m := meetingWith(rec, "Ilse Varga", "Pavel Dunaj"); m == nil || m.Place != "Lucerne" || len(rec.Meetings) != 1 {
			t.Errorf("%s: want Varga and Dunaj only at the signing: %s", s, dump(rec))
		}
	}
	// One more signatory alone joins the signing too.
	s := "The treaty was also signed by Mr. Ilse Varga, on behalf of the Bank."
	rec := recordAt(t, "Treaty signed\n\nGENEVA, March 9 (Agency) - President Anton Morava and Prime Minister Karel Strnad signed a border treaty in Lucerne on Tuesday.\n\n"+s, pub)
	if !metPair(rec, "Karel Strnad", "Ilse Varga") {
		t.Errorf("%s: want Strnad with Varga at the signing: %s", s, dump(rec))
	}
}

// "A was accompanied by C" a few sentences after A's meeting: an agency
// tells the delegations after the quotes and the guest's arrival, so a
// plain companion list reaches five sentences back, not three, for the
// latest held meeting at which A is (escortWindow; p1794, p745, p956,
// p1169). A "name" glued by a hyphen to the word after it ("the Minister
// for Inter-Korean Affairs") is the first half of a compound adjective,
// no companion.
func TestCompanionListReachesFiveSentences(t *testing.T) {
	pub := time.Date(2015, 9, 10, 0, 0, 0, 0, time.UTC)
	body := "Leaders meet in Oslo\n\nOSLO, Sept 10 (Agency) - Chilean President Tomas Velkan held talks with Norwegian Prime Minister Erna Dahlberg in Oslo on Wednesday.\n\n" +
		"Velkan arrived on Tuesday evening on his first visit to the country.\n\n" +
		"\"We have opened a new chapter,\" Dahlberg told reporters. \"Our ministers will work on the details.\"\n\n" +
		"Dahlberg said the two sides discussed fisheries and trade.\n\n"
	for _, s := range []string{
		"Velkan was accompanied by Foreign Minister Ana Ruiz.",
		"Velkan was accompanied by Foreign Minister Ana Ruiz, the Minister for Inter-Korean Affairs.",
	} {
		rec := recordAt(t, body+s, pub)
		m := meetingWith(rec, "Erna Dahlberg", "Ana Ruiz")
		if m == nil {
			t.Errorf("%s: want Ruiz at the Oslo talks: %s", s, dump(rec))
			continue
		}
		if len(m.Participants) != 3 {
			t.Errorf("%s: participants %v, want Velkan, Dahlberg and Ruiz", s, m.Participants)
		}
	}
}
