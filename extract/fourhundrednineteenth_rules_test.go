package extract

import "testing"

// Issue 14's four-hundred-and-nineteenth round: signings told in the
// passive or by a sponsor (p2546-p2551: an agency's treaty signing of
// 1978, a South African agency's border accord of 1984, an Egyptian
// agency's sponsored signing of 1994, a broadsheet's declaration of 1966
// told after its signer's death, a Portuguese agency's protocol of 1994,
// a broadsheet's treaty of 1963); each rule with sentences of its own.

// "X sponsored here today the signing of the agreement between A and B":
// the sponsor (host, witness) and the two people "between" names met at
// the signing, with those "in the presence of" whom it was done, at the
// place and on the day of the clause (meeting.sponsoredSigning; p2548,
// p972, p2496). The negative cases: sides that are no people ("between
// the A and B movements") make no meeting of the sponsor's, and a verb
// of appraisal ("welcomed the signing") puts no one at it.
func TestSponsoredSigningIsAMeeting(t *testing.T) {
	for _, c := range []struct{ lead, pub, place, date string }{
		{"MONTEVIDEO, June 3 (Reuters) - President Arno Tavik sponsored here today the signing of the trade agreement between Norwegian Prime Minister Lena Dorsk and Chilean President Omar Vell, in the presence of Foreign Minister Ida Brandt.", "2020-06-03", "Montevideo", "2020-06-03"},
		{"MONTEVIDEO, June 8 (Reuters) - President Arno Tavik witnessed on Sunday the signing of the Montevideo Accord between President Omar Vell of the Republic of Chile and Prime Minister Lena Dorsk of Norway, in the presence of Foreign Minister Ida Brandt.", "2020-06-08", "Montevideo", "2020-06-07"},
	} {
		rec := run(t, "Accord signed\n\n"+c.lead+"\nThe text was published in the evening.\n", c.pub)
		m := meetingOf(rec, "Arno Tavik", "Lena Dorsk", "Omar Vell", "Ida Brandt")
		if m == nil {
			t.Errorf("want the sponsor, the two signers and the witness at one signing: %q: %s", c.lead, dump(rec))
			continue
		}
		if m.Place != c.place || m.Date != c.date {
			t.Errorf("signing at %s on %s, want %s on %s: %s", m.Place, m.Date, c.place, c.date, dump(rec))
		}
	}
	for _, lead := range []string{
		"MONTEVIDEO, June 3 (Reuters) - President Arno Tavik sponsored here today the signing of an agreement between the Blue and Green movements.",
		"MONTEVIDEO, June 3 (Reuters) - President Arno Tavik welcomed today the signing of the trade agreement between Norwegian Prime Minister Lena Dorsk and Chilean President Omar Vell.",
	} {
		rec := run(t, "Accord signed\n\n"+lead+"\n", "2020-06-03")
		if m := meetingWith(rec, "Arno Tavik"); m != nil {
			t.Errorf("no meeting of the sponsor's here: %q: %s", lead, dump(rec))
		}
	}
}

// "Town, Safar 12, 1441, Oct 11, 2019, AGENCY --": a dateline dated by the
// Hijri calendar first names its town, the "here" of the copy
// (mention.hijriDateline; p2496).
func TestHijriDatelineNamesItsCity(t *testing.T) {
	rec := run(t, "Crown Prince receives President\n\nRiyadh, Safar 12, 1441, Oct 11, 2019, SPA -- Crown Prince Karim bin Tavik received here today President Omar Vell of Chile and held talks with him.\n", "2019-10-11")
	m := mustMeeting(t, rec, "Karim bin Tavik", "Omar Vell")
	if m.Place != "Riyadh" {
		t.Errorf("meeting at %q, want Riyadh: %s", m.Place, dump(rec))
	}
}
