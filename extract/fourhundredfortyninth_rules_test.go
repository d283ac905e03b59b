package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-forty-ninth round: a targeted batch on those
// listed at a meeting after the sentence that tells it (p2726-p2731: a
// 1990s Indian agency on a prime minister's talks in Tehran, a 1980s
// Japanese agency on foreign ministers' talks in Tokyo, a 1990s wire on a
// prime minister at the White House, a 1990s Spanish agency on a treaty's
// execution signed in Lima, a 1980s wire on a premier's visit to
// Stockholm, a 1990s West African agency on a head of state's talks in
// Ouagadougou); each rule with sentences of its own.

// fourhundredfortyninthAnywhere: name is a participant of some held
// meeting.
func fourhundredfortyninthAnywhere(rec graph.Record, name string) bool {
	return slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool {
		return m.Status == graph.Held && slices.Contains(m.Participants, name)
	})
}

const fourhundredfortyninthLead = "Leaders confer\nPrime Minister Jan Kowal held talks with President Tomas Berg in Quito on Monday.\n"

// "Those attending included A, B and C", "Those present included": the
// participle after "those" labels the list as "Participants" does
// (participantsList; p2726, p2686), also with serial semicolons and a
// title after each ("; the Premier of X, B"). The negative case: "Those
// arrested included" lists no one at the talks.
func TestThoseAttendingIncludedJoinTheMeeting(t *testing.T) {
	for _, line := range []string{
		"Those attending included Foreign Minister Ola Nowak, Trade Minister Piotr Zielinski and Ambassador Marta Lis.",
		"Those present included Foreign Minister Ola Nowak and Trade Minister Piotr Zielinski.",
		"Those attending included the Foreign Minister of Chile, Ola Nowak; the Trade Minister of Peru, Piotr Zielinski; and the Ambassador of Chile, Marta Lis.",
	} {
		rec := corefRecord(t, fourhundredfortyninthLead+line)
		if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Ola Nowak", "Piotr Zielinski") {
			t.Errorf("%q: want Nowak and Zielinski at the Kowal-Berg talks: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, fourhundredfortyninthLead+"Those arrested included the journalist Ola Nowak and the student Piotr Zielinski.")
	if fourhundredfortyninthAnywhere(rec, "Ola Nowak") {
		t.Errorf("those arrested read as at the talks: %s", dump(rec))
	}
}

// "A and B also sat in.": a bare "sat in" that ends its sentence seats
// its subject at the meeting told before (bareSitIn; p2728, p1101,
// p1431's "with A and B sitting in"); a person in the first one's post
// ("spokesman for President C") was not there. The negative case: "sat
// in jail" is no attendance.
func TestBareSatInJoinsTheMeeting(t *testing.T) {
	rec := corefRecord(t, fourhundredfortyninthLead+"Vice President Ola Nowak and Trade Minister Piotr Zielinski also sat in.")
	if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Ola Nowak", "Piotr Zielinski") {
		t.Errorf("want the sitters at the Kowal-Berg talks: %s", dump(rec))
	}
	rec = corefRecord(t, fourhundredfortyninthLead+"Piotr Zielinski, spokesman for President Marek Wolny, also sat in.")
	if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Piotr Zielinski") || fourhundredfortyninthAnywhere(rec, "Marek Wolny") {
		t.Errorf("want Zielinski at the talks, not the president he speaks for: %s", dump(rec))
	}
	rec = corefRecord(t, fourhundredfortyninthLead+"Trade Minister Piotr Zielinski once sat in jail.")
	if fourhundredfortyninthAnywhere(rec, "Piotr Zielinski") {
		t.Errorf("sat in jail read as an attendance: %s", dump(rec))
	}
}

// "Accompanying him were A and B" right after the sentence that tells a
// sitting ("held talks with", "met"): the pronoun stands for the first
// person that sentence names, and the companions sat with him
// (invertedEscort, toldSitting; p2728, p2731). The negative case: after
// an arrival's greeting at the airport the companions are the party on
// the trip.
func TestAccompanyingPronounJoinsTheSitting(t *testing.T) {
	for _, line := range []string{
		"Accompanying him were Foreign Minister Ola Nowak and Trade Minister Piotr Zielinski.",
		"Accompanying him at the talks were Foreign Minister Ola Nowak and Trade Minister Piotr Zielinski.",
	} {
		rec := corefRecord(t, fourhundredfortyninthLead+line)
		if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Ola Nowak", "Piotr Zielinski") {
			t.Errorf("%q: want the companions at the Kowal-Berg talks: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Premier arrives\nPrime Minister Jan Kowal arrived in Quito on Monday for a state visit.\n"+
		"He was greeted at the airport by Vice President Tomas Berg.\n"+
		"Accompanying him were Foreign Minister Ola Nowak and Trade Minister Piotr Zielinski.")
	if fourhundredfortyninthAnywhere(rec, "Ola Nowak") {
		t.Errorf("the travelling party read as at the greeting: %s", dump(rec))
	}
}

// A speaker who reports the attendance ("A said ... and that B also sat
// in") did not attend: only B joins the meeting told before (p2719, the
// merge of the four-hundred-and-forty-seventh and -ninth rounds).
func TestReporterOfAttendanceIsNoAttendee(t *testing.T) {
	lead := "Envoys confer\nPrime Minister Jan Kowal met President Tomas Berg in Lima on Monday.\n"
	for _, line := range []string{
		"Spokesman Piotr Nowak said the talks had gone well and that Trade Minister Ola Zielinska also sat in.",
		"Spokesman Piotr Nowak told reporters that Trade Minister Ola Zielinska also attended.",
	} {
		rec, err := Extract(Article{ID: "t", Text: lead + line, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		in := func(name string) bool {
			return slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool {
				return m.Status == graph.Held && slices.Contains(m.Participants, "Jan Kowal") && slices.Contains(m.Participants, name)
			})
		}
		if !in("Ola Zielinska") || in("Piotr Nowak") {
			t.Errorf("%q: want Zielinska and not the spokesman Nowak at the Kowal-Berg meeting: %s", line, dump(rec))
		}
	}
}
