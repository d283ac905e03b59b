package extract

import "testing"

// Issue 14's five-hundred-and-sixteenth round: a batch targeted at
// meetings whose opening sentence tells the sides by a body of their
// people and names none of them, the people named in the sentences after
// (p3128-p3133: wires and agencies, 1990-2007, on a king's meeting with a
// movement's leaders, rebel movements meeting two envoys, faction leaders
// at a reconciliation conference, faction heads meeting West African
// heads of state, a dialogue of two camps at a castle, rebels meeting a
// government team); each rule with sentences of its own.

// "Leaders of the X's factions sat down together in P today. A led his
// delegation, while the Y was represented by B": the opener names no one
// and the side lists name who sat, so the lists fill that sitting, with
// the opener's place and day (unnamedSidesMet; p3113, p3132, p3133, and
// p1967's advisers). The negative cases: a sitting to come ("will sit down
// together") is no held meeting of the list's people, and an opener that
// names no body of people ("Fighting resumed in P today") gives none.
func TestUnnamedSidesOpenerFilledByLists(t *testing.T) {
	for _, lead := range []string{
		"Factions meet\nVELDA, May 6 (Reuter) - Leaders of Orlandia's rival factions sat down together in Velda on Monday for a first round of talks.\n",
		"Factions meet\nVELDA, May 6 (Reuter) - Representatives of the Orlandian Liberation Front met the government's negotiating team in Velda on Monday, their first talks in a year.\n",
	} {
		line := "The government side was headed by Tomas Berg, while the Orlandian Liberation Front was represented by its chairman, Jan Kowal, and its spokesman, Hugo Lind."
		rec := corefRecord(t, lead+line)
		m, ok := heldMeeting(rec, "Tomas Berg", "Jan Kowal", "Hugo Lind")
		if !ok || m.Place != "Velda" || m.Date != "2025-05-05" {
			t.Errorf("%q: want Berg, Kowal and Lind at Velda on 2025-05-05: %s", lead, dump(rec))
		}
	}
	for _, lead := range []string{
		"Factions to meet\nVELDA, May 6 (Reuter) - Leaders of Orlandia's rival factions will sit down together in Velda on Monday for a first round of talks.\n",
		"Fighting resumes\nVELDA, May 6 (Reuter) - Fighting resumed in the hills around Velda on Monday after a week of calm.\n",
	} {
		line := "The government side was headed by Tomas Berg, while the Orlandian Liberation Front was represented by its chairman, Jan Kowal."
		rec := corefRecord(t, lead+line)
		if m, ok := heldMeeting(rec, "Tomas Berg", "Jan Kowal"); ok && m.Place == "Velda" && m.Date == "2025-05-05" {
			t.Errorf("%q: a held sitting of the lists at Velda on Monday: %s", lead, dump(rec))
		}
	}
}
