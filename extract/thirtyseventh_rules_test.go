package extract

import (
	"strings"
	"testing"
	"time"
)

// Issue 14's thirty-seventh round: meetings told by predicates other than
// "met", the constructions the thirty-seventh probe batch (p254-p259)
// showed, each with sentences of its own.

// r37Pub is a Friday.
var r37Pub = time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)

// "A called on the speaker of the national assembly, B": a courtesy call
// on a person whose title is written in lower case with the body it
// serves, set before the name in apposition (p224's "called on the
// president of the National Assembly, X", p258's "called on the speaker
// of the Faroese parliament, X"). An appeal to a body ("called on the
// president of the assembly to release ...") is no meeting.
func TestCourtesyCallOnLowerCaseTitle(t *testing.T) {
	text := "Harbour visit\nOn Wednesday, Ana Rossi called on the president of the Senate, Piet Grout, at his office in Lisbon."
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Piet Grout", "2025-03-12")
	text = "Harbour visit\nAna Rossi called on the chairman of the regional harbour board, Piet Grout, on Wednesday morning."
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Piet Grout", "2025-03-12")
	text = "Harbour visit\nAna Rossi called on the speaker, Piet Grout, on Wednesday morning."
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Piet Grout", "2025-03-12")
	// An appeal: the person is not what "on" takes.
	text = "Harbour visit\nAna Rossi on Wednesday called on the president of the Senate to release the budget, which Piet Grout has blocked."
	noneHeld(t, r37Pub, text, "Ana Rossi", "Piet Grout")
	text = "Harbour visit\nAna Rossi on Wednesday called on the leaders of the unions who had supported the strike, Piet Grout among them, to return to work."
	noneHeld(t, r37Pub, text, "Ana Rossi", "Piet Grout")
}

// "A held a working session with B": a session held with a person is an
// encounter, as a working lunch is (p228's "held a working session with
// his Venezuelan counterpart, X", p254's "held a working session with her
// Kazakh counterpart, X"). A session of a body, or a session held with no
// person, is none.
func TestWorkingSessionWith(t *testing.T) {
	text := "Harbour talks\nAna Rossi held a working session with her Portuguese counterpart, Piet Grout, on port fees on Thursday."
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Piet Grout", "2025-03-13")
	text = "Harbour talks\nOn Thursday Ana Rossi had a long session with Piet Grout at the ministry."
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Piet Grout", "2025-03-13")
	text = "Harbour talks\nAna Rossi opened the session of the harbour board on Thursday, and Piet Grout chaired the session after her."
	noneHeld(t, r37Pub, text, "Ana Rossi", "Piet Grout")
	text = "Harbour talks\nAna Rossi held a working session with the press on Thursday; Piet Grout was abroad."
	noneHeld(t, r37Pub, text, "Ana Rossi", "Piet Grout")
}

// "A joined B at the table", "A and B were joined at the table by C and
// D": joining someone at a table seats the subject with them, as "sat at
// the same table" does (p255's "joined X at the table for a working
// lunch", p258's "were joined at the table by their fisheries
// ministers"). Joining the talks, or a table named as no seat, is not
// read so.
func TestJoinedAtTheTable(t *testing.T) {
	text := "Harbour talks\nOn Thursday, Ana Rossi joined Piet Grout at the table for a working lunch with engineers of the port."
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Piet Grout", "2025-03-13")
	text = "Harbour talks\nOn Thursday Ana Rossi held talks with the harbour master, Piet Grout. The two leaders were joined at the table by their deputies, Mira Olander and Teodor Vask."
	for _, p := range []string{"Ana Rossi", "Piet Grout"} {
		for _, q := range []string{"Mira Olander", "Teodor Vask"} {
			wantHeldOn(t, r37Pub, text, p, q, "2025-03-13")
		}
	}
	text = "Harbour talks\nAna Rossi joined the talks on Thursday; Piet Grout put a new offer on the table."
	noneHeld(t, r37Pub, text, "Ana Rossi", "Piet Grout")
}

// "A sat down with B's minister of finance, C": a title set before the
// name of its holder in apposition is C's, not that of another holder of
// a post with the same head the story named before (p259's "Oman's
// minister of finance, X" after "Oman's deputy prime minister, Y";
// p136's "Croatia's foreign minister, X", p173's "Libya's interior
// minister, X" and "Tunisia's defence minister, Y").
func TestPossessiveTitleWithApposedName(t *testing.T) {
	text := "Harbour talks\nPiet Grout, Portugal's deputy prime minister, saw Ana Rossi on Wednesday. " +
		"Ana Rossi's aide, Teodor Vask, sat down with Portugal's minister of finance, Mira Olander, on Thursday."
	wantHeldOn(t, r37Pub, text, "Teodor Vask", "Mira Olander", "2025-03-13")
	noneHeld(t, r37Pub, text, "Piet Grout", "Teodor Vask")
	text = strings.Replace(text, "minister of finance", "finance minister", 1)
	noneHeld(t, r37Pub, text, "Piet Grout", "Teodor Vask")
}

// "C and D took part in Tuesday's meeting": a meeting noun after a day's
// possessive is the meeting told for that day, as "the meeting" is, so
// those who took part join it (p209's "took part in Tuesday's meeting",
// which the reading of "Jordan's energy minister, X" as X left to this).
func TestDayPossessiveMeetingIsTheOneTold(t *testing.T) {
	text := "Harbour talks\nMayor Ana Rossi held talks with Governor Piet Grout in Porto on Tuesday. " +
		"Portugal's harbour minister, Mira Olander, and Spain's port commissioner, Teodor Vask, took part in Tuesday's meeting and then held a separate session on fees."
	for _, p := range []string{"Ana Rossi", "Piet Grout"} {
		for _, q := range []string{"Mira Olander", "Teodor Vask"} {
			wantHeldOn(t, r37Pub, text, p, q, "2025-03-11")
		}
	}
}

// "A received each of them separately": one encounter of A with each of
// the people "them" stands for — those the sentence names after it
// ("..., first X and then Y", p254) or, naming none, those the sentence
// before names (p236's "Arias received each of them separately") — and
// none between them. A reception of "each of them" with one person or
// none to stand for is no meeting.
func TestReceivedEachOfThem(t *testing.T) {
	text := "Harbour talks\nTeodor Vask and Mira Olander both flew to Lisbon on Wednesday. President Ana Rossi received each of them separately at her residence on Thursday."
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Teodor Vask", "2025-03-13")
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Mira Olander", "2025-03-13")
	noneHeld(t, r37Pub, text, "Teodor Vask", "Mira Olander")
	text = "Harbour talks\nOn Thursday President Ana Rossi received each of them separately, her office said, first Teodor Vask and then Mira Olander."
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Teodor Vask", "2025-03-13")
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Mira Olander", "2025-03-13")
	noneHeld(t, r37Pub, text, "Teodor Vask", "Mira Olander")
	// Letters, not people: "them" stands for no one the text names.
	text = "Harbour talks\nTeodor Vask wrote two letters on Wednesday. President Ana Rossi received each of them on Thursday."
	noneHeld(t, r37Pub, text, "Ana Rossi", "Teodor Vask")
}

// "A was welcomed by B on Wednesday, and the two ministers spent the
// afternoon ...": a count description opening a conjunct of its own after
// ", and" takes up the people the sentence just named, when they are that
// many, not the people of the meeting told before it (p256; the
// construction of p63's, p111's and p113's ", and the two ministers
// agreed").
func TestTheTwoAfterAndTakesUpTheSentencesPeople(t *testing.T) {
	text := "Harbour talks\nMayor Ana Rossi called on Governor Piet Grout at his office on Wednesday. " +
		"Portugal's harbour minister, Mira Olander, was welcomed by her Spanish counterpart, Teodor Vask, at the airport on Wednesday, and the two ministers spent the afternoon with the port registers."
	wantHeldOn(t, r37Pub, text, "Mira Olander", "Teodor Vask", "2025-03-12")
	wantHeldOn(t, r37Pub, text, "Ana Rossi", "Piet Grout", "2025-03-12")
	for _, p := range []string{"Ana Rossi", "Piet Grout"} {
		for _, q := range []string{"Mira Olander", "Teodor Vask"} {
			noneHeld(t, r37Pub, text, p, q)
		}
	}
}
