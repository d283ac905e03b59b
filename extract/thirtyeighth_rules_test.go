package extract

import (
	"testing"
	"time"
)

// Issue 14's thirty-eighth round: held meetings whose people are both
// found but not joined — those a presence phrase puts at a sitting told
// before, in the constructions the thirty-eighth probe batch (p260-p265)
// and the probe's misses showed, each with sentences of its own.

// r38Pub is a Friday.
var r38Pub = time.Date(2025, 10, 17, 0, 0, 0, 0, time.UTC)

// "Also at the table were C and D", "Joining them at that meeting was C":
// a sentence that opens with a presence phrase and lists people,
// inverted, seats them at the meeting told before (p26's "Also at the
// table was X", p261's "Also at the table were X and Y", p265's "Joining
// them at the table were X and Y", p260's "Joining them at that meeting
// was X"). "Also at issue were ..." names no sitting.
func TestInvertedPresenceList(t *testing.T) {
	text := "Canal talks\nOn Tuesday, Greta Holm met Tomas Vidal at the canal authority in Ghent. Also at the table were the authority's engineer, Ruth Anker, and the pilots' spokesman, Olav Brandt."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Ruth Anker", "2025-10-14")
	wantHeldOn(t, r38Pub, text, "Tomas Vidal", "Olav Brandt", "2025-10-14")
	text = "Canal talks\nOn Tuesday, Greta Holm met Tomas Vidal at the canal authority in Ghent. Joining them at that meeting was the pilots' spokesman, Olav Brandt."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Olav Brandt", "2025-10-14")
	text = "Canal talks\nOn Tuesday, Greta Holm met Tomas Vidal at the canal authority in Ghent. Joining them at the table was Ruth Anker, who had drawn up the new tariffs."
	wantHeldOn(t, r38Pub, text, "Tomas Vidal", "Ruth Anker", "2025-10-14")
	// No sitting: an issue, and a list that does not open the sentence.
	text = "Canal talks\nOn Tuesday, Greta Holm met Tomas Vidal at the canal authority in Ghent. Also at issue were the pensions of the pilots Ruth Anker had hired."
	noneHeld(t, r38Pub, text, "Greta Holm", "Ruth Anker")
	text = "Canal talks\nOn Tuesday, Greta Holm met Tomas Vidal at the canal authority in Ghent. Ruth Anker said that also at stake were the tariffs."
	noneHeld(t, r38Pub, text, "Tomas Vidal", "Ruth Anker")
}

// "... at a short ceremony on Monday. The ceremony opened at noon.
// Present were A, B and C": an occasion told again by its definite noun,
// with no people, place or date of its own, is a meeting of those a
// presence list names next, where and when the story told the noun
// before (p260's "The ceremony opened shortly after dawn. Present were
// ..."); so is a meeting noun whose occurrence verb comes after an
// apposition ("The talks, held in the parliament house at Ambo, opened on
// Tuesday. Present were ...", p263). An opening that is no meeting's
// lists no one met.
func TestPresenceListAfterOccasion(t *testing.T) {
	text := "Canal handover\nGHENT, Oct 17 - The canal authority handed the lock to the city at a short ceremony on Wednesday. The ceremony opened at noon. Present were the mayor, Greta Holm, the authority's director, Tomas Vidal, and the pilots' spokesman, Olav Brandt."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Tomas Vidal", "2025-10-15")
	wantHeldOn(t, r38Pub, text, "Tomas Vidal", "Olav Brandt", "2025-10-15")
	text = "Canal talks\nThe talks, held in the old customs house at the lock, opened on Tuesday. Present were the mayor, Greta Holm, and the authority's director, Tomas Vidal."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Tomas Vidal", "2025-10-14")
	text = "Canal museum\nThe city opened a canal museum on Wednesday. The museum opened at noon. Present were the mayor, Greta Holm, and the authority's director, Tomas Vidal."
	noneHeld(t, r38Pub, text, "Greta Holm", "Tomas Vidal")
}

// "C and D were present at the talks": an attendance that governs a
// definite meeting noun joins the talks told before by that noun or a
// sitting of them, past a dinner or another meeting told in between,
// and not the meeting told after it (p68's "X and Y were present at the
// talks", ten sentences after the talks and one before another
// meeting; p261's, after a dinner).
func TestPresentAtTheTalksToldBefore(t *testing.T) {
	text := "Canal talks\nOn Tuesday, Greta Holm held the closing session with Tomas Vidal at the canal authority in Ghent. " +
		"The two agreed to lower the tolls for barges. They did not settle the pilots' fees. " +
		"On Monday evening the mayor, Hanne Lund, hosted Holm and Vidal at a dinner. " +
		"Two legal advisers, Ruth Anker and Olav Brandt, were present at the talks. " +
		"On Wednesday Vidal met the port's harbour master, Jan Smet."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Ruth Anker", "2025-10-14")
	wantHeldOn(t, r38Pub, text, "Tomas Vidal", "Olav Brandt", "2025-10-14")
	noneHeld(t, r38Pub, text, "Hanne Lund", "Ruth Anker")
	noneHeld(t, r38Pub, text, "Jan Smet", "Olav Brandt")
}

// "A called on Vice-President B": a hyphenated title before the name is a
// title as its unhyphenated form is (p263's "called on Vice-President
// X"; p262's "paid a courtesy call on Vice-President X").
func TestCourtesyCallOnHyphenatedTitle(t *testing.T) {
	text := "Canal visit\nOn Wednesday, Greta Holm called on Vice-President Tomas Vidal at his office in Ghent."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Tomas Vidal", "2025-10-15")
	text = "Canal visit\nOn Wednesday, Greta Holm called on Vice-President Tomas Vidal to reopen the lock."
	noneHeld(t, r38Pub, text, "Greta Holm", "Tomas Vidal")
}

// "hosted A and B at a dinner, which C also attended": the subject of an
// attendance in a relative clause on an occasion is the one named after
// "which", and joins the meeting the clause hangs on (p223's "a lunch in
// X's honour, which the president of the Senate, Y, also attended";
// p261's "at a dinner, which the Russian ambassador, X, also attended").
// A relative clause on anything else ("the festival, which C also
// attended last year") adds no one.
func TestWhichAlsoAttended(t *testing.T) {
	text := "Canal talks\nOn Monday the mayor, Hanne Lund, hosted Greta Holm and Tomas Vidal at a dinner, which the Dutch consul, Ruth Anker, also attended."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Ruth Anker", "2025-10-13")
	wantHeldOn(t, r38Pub, text, "Hanne Lund", "Ruth Anker", "2025-10-13")
	text = "Canal talks\nGreta Holm and Tomas Vidal met in Ghent on Monday before a lunch in Holm's honour, which the consul, Ruth Anker, also attended."
	wantHeldOn(t, r38Pub, text, "Tomas Vidal", "Ruth Anker", "2025-10-13")
	text = "Canal talks\nGreta Holm met Tomas Vidal in Ghent on Monday to plan the canal festival, which Ruth Anker also attended last year."
	noneHeld(t, r38Pub, text, "Tomas Vidal", "Ruth Anker")
}
