package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-seventh round: meetings of four or more
// people found only in part (p1874-p1879: a 1955 wire on a four-power
// summit, a 1972 agency on a signing at a hill station, a 1987 agency on
// five presidents' peace plan, a 2008 daily on a brokered power-sharing
// deal, a 2015 agency on four leaders' night talks, a 2018 agency on a
// summit's expanded meeting); each rule with sentences of its own.

var threehundredseventhPub = time.Date(1960, 3, 15, 0, 0, 0, 0, time.UTC)

// "A, B, C and D took their places at a table" seats the people named
// together: an encounter the wire tells in place of "met" (tookPlaces,
// meeting/meetings.go; p1874, p241), also when "they" of a clause of time
// stands for the main clause's subject. The negative cases: a plural
// subject of no named people taking seats in an assembly meets no one,
// and after a sitting already told, "also took their seats at the table"
// joins that sitting rather than making one of its own.
func TestTookTheirPlaces(t *testing.T) {
	rec := recordAt(t, "Ministers gather at Varna\n\nVARNA, March 14 (Wire) -- Chancellor Otto Brannig of Westmark, Premier Lucien Morvan of Galivia, President Anton Merel of Dornland and Premier Ivo Stanek of Norland took their places at a round table in the old casino this afternoon.\n\nThe talks will resume tomorrow.", threehundredseventhPub)
	if !metPair(rec, "Otto Brannig", "Ivo Stanek") || !metPair(rec, "Lucien Morvan", "Anton Merel") {
		t.Errorf("want the four seated at the table met: %s", dump(rec))
	}
	rec = recordAt(t, "Talks open at Varna\n\nVARNA, March 14 (Wire) -- President Anton Merel of Dornland and Premier Ivo Stanek of Norland did not shake hands as they took their places in the Sea Palace today.\n\nThe talks will resume tomorrow.", threehundredseventhPub)
	if !metPair(rec, "Anton Merel", "Ivo Stanek") {
		t.Errorf("want the two who took their places met: %s", dump(rec))
	}
	rec = recordAt(t, "Assembly opens\n\nVARNA, March 14 (Wire) -- The forty new members of the opposition took their seats in the National Assembly today, ending a boycott of a year.\n\nPresident Anton Merel welcomed the move.", threehundredseventhPub)
	if len(rec.Meetings) != 0 {
		t.Errorf("want no meeting of seats taken in an assembly: %s", dump(rec))
	}
	rec = recordAt(t, "Leaders meet\n\nVARNA, March 14 (Wire) -- Leaders of ten nations began their conference in the city this morning, calling for calm. President Anton Merel of Dornland welcomed the delegations.\n\nPremier Ivo Stanek of Norland and Chancellor Otto Brannig of Westmark also took their seats at the long table.", threehundredseventhPub)
	if m := meetingOf(rec, "Ivo Stanek", "Otto Brannig"); m != nil {
		t.Errorf("want the late arrivals joined to the conference, not met apart: %s", dump(rec))
	}
}

// "X accompanied Y", "X sat beside Y": a companion told in the active
// voice joins the meeting the story has just told Y at, as after "Y was
// accompanied by X" (activeCompanion, roster.go; p1874, p782). The
// negative case: one who accompanied a person at no meeting told joins
// none.
func TestActiveCompanion(t *testing.T) {
	lead := "Talks in Varna\n\nVARNA, March 14 (Wire) -- President Anton Merel of Dornland and Premier Ivo Stanek of Norland held talks here today on the border dispute.\n\n"
	rec := recordAt(t, lead+"Foreign Minister Pavel Dostal accompanied President Merel, and Foreign Minister Ilse Varga sat beside Premier Stanek.", threehundredseventhPub)
	if !metPair(rec, "Pavel Dostal", "Ivo Stanek") || !metPair(rec, "Ilse Varga", "Anton Merel") {
		t.Errorf("want both companions at the talks: %s", dump(rec))
	}
	rec = recordAt(t, "Ministers travel\n\nVARNA, March 14 (Wire) -- Foreign Minister Pavel Dostal accompanied President Anton Merel on a tour of the flooded provinces today.\n\nThe tour ends on Friday.", threehundredseventhPub)
	if metPair(rec, "Pavel Dostal", "Anton Merel") {
		t.Errorf("want no meeting of a tour: %s", dump(rec))
	}
}
