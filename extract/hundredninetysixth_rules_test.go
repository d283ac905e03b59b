package extract

import (
	"testing"
)

// Issue 14's hundred-and-ninety-sixth round: official readouts and press
// releases and the name forms they use (p1208-p1213: a White House
// readout whose companions are told at its end, a foreign ministry's
// release in non-native English, a 1950s communique as a broadsheet
// reported it, a minister's first-person post, a Holy See release and a
// prime minister's office); each rule with sentences of its own.

// "received in audience H.E. Mr. X": the honorifics before a guest's name
// do not count in the window the object must fall in (args.NearAfter;
// p1212). The negative case: the thing received is a letter, and the
// person after "from" is no guest.
func TestStyledGuestAfterVerb(t *testing.T) {
	rec := corefRecord(t, "Ulen hosts Verin\nPresident Kaspar Ulen received in audience H.E. Mr. Tomas Verin, President of Chile, on Tuesday.")
	if !metPair(rec, "Kaspar Ulen", "Tomas Verin") {
		t.Errorf("want Ulen and Verin met: %s", dump(rec))
	}
	rec = corefRecord(t, "Ulen hosts Verin\nPresident Kaspar Ulen received in audience a letter from Mr. Tomas Verin on Tuesday.")
	if metPair(rec, "Kaspar Ulen", "Tomas Verin") {
		t.Errorf("a letter received: want no meeting: %s", dump(rec))
	}
}

// "X, President of Y, who subsequently met with Z": a bare title apposed
// to X before "who" leaves X the relative clause's subject, as "X, the
// president of Y, who" does (titleApposition, meeting/frames.go; p1212).
// The negative cases: the host is not paired with Z, and a relative
// clause with no meeting pairs no one.
func TestTitleAppositionBeforeWho(t *testing.T) {
	rec := corefRecord(t, "Ulen hosts Verin\nKaspar Ulen welcomed Tomas Verin, President of Chile, who later met with Foreign Minister Anna Dorsk.")
	if !metPair(rec, "Tomas Verin", "Anna Dorsk") {
		t.Errorf("want Verin and Dorsk met: %s", dump(rec))
	}
	if metPair(rec, "Kaspar Ulen", "Anna Dorsk") {
		t.Errorf("want Ulen not met with Dorsk: %s", dump(rec))
	}
	rec = corefRecord(t, "Ulen hosts Verin\nKaspar Ulen welcomed Tomas Verin, President of Chile, who has long opposed the treaty that Anna Dorsk signed.")
	if metPair(rec, "Tomas Verin", "Anna Dorsk") {
		t.Errorf("no meeting in the clause: %s", dump(rec))
	}
}

// A readout closes with who sat with each leader: "The President was
// joined by X. President Y was joined by Z", five sentences after the
// meeting (escortWindow, bareTitleSubject, roster.go; p1208). The
// negative case: no one in the story holds the bare title, so its
// companion joins nothing.
func TestJoinedByAtReadoutEnd(t *testing.T) {
	lead := "Ulen and Verin meet\nPresident Kaspar Ulen met today with President Tomas Verin of Chile at the palace. The leaders discussed trade and energy. They agreed to open a new rail link. President Ulen welcomed the decision on ports. The two leaders agreed to set up a working group on migration.\n\n"
	rec := corefRecord(t, lead+"The President was joined by Foreign Minister Anna Dorsk. President Verin was joined by Foreign Minister Pedro Salas.")
	for _, p := range [][2]string{{"Kaspar Ulen", "Anna Dorsk"}, {"Tomas Verin", "Pedro Salas"}, {"Anna Dorsk", "Pedro Salas"}} {
		if !metPair(rec, p[0], p[1]) {
			t.Errorf("want %s and %s met: %s", p[0], p[1], dump(rec))
		}
	}
	rec = corefRecord(t, lead+"The Chancellor was joined by Foreign Minister Anna Dorsk at a separate dinner.")
	if metPair(rec, "Kaspar Ulen", "Anna Dorsk") {
		t.Errorf("no one is the Chancellor: %s", dump(rec))
	}
}

// A minister's release in the first person: "Today I met with my
// counterpart X" has for subject the person its signature line names,
// "Senator the Hon Y, Minister for Foreign Affairs" (coref Author,
// signatureLine; the one-word style "the Hon", text/lead.go styleEnd,
// lexicon "singleStyleWords"; p1211). The negative cases: with no
// signature line the "I" stands for no one, and an "I" inside a quote is
// the speaker's, not the signer's.
func TestFirstPersonRelease(t *testing.T) {
	rec := corefRecord(t, "Meeting with Foreign Minister Tomas Verin\n\nSenator the Hon Anna Dorsk, Minister for Foreign Affairs\n\nToday I met with my counterpart, Foreign Minister Tomas Verin, in Jakarta. Earlier today I met with Trade Minister Pedro Salas.")
	if !metPair(rec, "Anna Dorsk", "Tomas Verin") || !metPair(rec, "Anna Dorsk", "Pedro Salas") {
		t.Errorf("want Dorsk met Verin and Salas: %s", dump(rec))
	}
	rec = corefRecord(t, "Meeting with Foreign Minister Tomas Verin\n\nToday I met with my counterpart, Foreign Minister Tomas Verin, in Jakarta.")
	if len(rec.Meetings) > 0 {
		t.Errorf("no signature line: want no meeting: %s", dump(rec))
	}
	rec = corefRecord(t, "Ministers meet in Jakarta\n\nAnna Dorsk, Minister for Foreign Affairs\n\n\"Today I met with Foreign Minister Tomas Verin,\" said Pedro Salas, the trade envoy.")
	if metPair(rec, "Anna Dorsk", "Tomas Verin") {
		t.Errorf("a quoted I: want Dorsk not met with Verin: %s", dump(rec))
	}
}

// "Senator the Hon X": the one-word style after "the" is no part of the
// name (styleEnd, text/lead.go; p1211).
func TestSingleWordStyle(t *testing.T) {
	rec := corefRecord(t, "Trade talks\nSenator the Hon Anna Dorsk, Minister for Trade, met Foreign Minister Tomas Verin in Jakarta on Tuesday.")
	if !hasPerson(rec, "Anna Dorsk") || !metPair(rec, "Anna Dorsk", "Tomas Verin") {
		t.Errorf("want Anna Dorsk a person who met Verin: %s", dump(rec))
	}
}

// A readout's labelled list, "Participants: on the X side, A; on the Y
// side, B", seats everyone it names at the meeting just told, across the
// semicolon (labelledList, roster.go; lexicon "participantLabels";
// p1209). The negative case: after a telephone call the list joins no
// face-to-face meeting.
func TestParticipantsLabelledList(t *testing.T) {
	lead := "Ulen holds talks with Verin\nOn 6 July 2022, in Hanoi, Foreign Minister Kaspar Ulen held talks with Foreign Minister Tomas Verin of Chile.\n\n"
	rec := corefRecord(t, lead+"Participants: on the Vietnamese side, Deputy Foreign Minister Anna Dorsk; on the Chilean side, Ambassador Pedro Salas.")
	for _, p := range [][2]string{{"Kaspar Ulen", "Anna Dorsk"}, {"Tomas Verin", "Pedro Salas"}, {"Anna Dorsk", "Pedro Salas"}} {
		if !metPair(rec, p[0], p[1]) {
			t.Errorf("want %s and %s met: %s", p[0], p[1], dump(rec))
		}
	}
	rec = corefRecord(t, "Ulen calls Verin\nForeign Minister Kaspar Ulen spoke by telephone with Foreign Minister Tomas Verin of Chile on Monday.\n\nParticipants: Deputy Foreign Minister Anna Dorsk and Ambassador Pedro Salas.")
	if metPair(rec, "Anna Dorsk", "Pedro Salas") || metPair(rec, "Kaspar Ulen", "Anna Dorsk") {
		t.Errorf("a call: want the list at no meeting: %s", dump(rec))
	}
}
