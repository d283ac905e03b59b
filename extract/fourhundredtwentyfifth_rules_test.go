package extract

import "testing"

// Issue 14's four-hundred-and-twenty-fifth round: the place of a meeting
// told by a venue or a region (p2582-p2587: a Soviet agency's State
// Department talks of 1987, a Pakistani agency's Manhattan meeting of 2005,
// a Turkish agency's G20 sidelines of 2019, a wire's storm-tossed summit
// aboard a liner of 1989, a French agency's Gulf-emirate accord of 2009, a
// Cypriot agency's Swiss-resort conference of 2017); each rule with
// sentences of its own.

// "aboard the research ship X Y ... the 5,000-ton X Y, which": a name a
// vessel noun once puts before it is the ship's wherever else the story
// names it (mention.vesselNamed, thingNames; p2585), no person.
func TestVesselNameIsNoPersonElsewhere(t *testing.T) {
	rec := run(t, "Talks at sea\n\nGDANSK, May 4 (Reuters) - President Arto Vell and Prime Minister Dova Renn met on Sunday aboard the research ship Halden Vik off Gdansk.\n"+
		"The two leaders had first met on Saturday aboard the 5,000-ton Halden Vik, which was anchored in the bay.\n", "2003-05-04")
	if a := actorNamed(rec, "Halden Vik"); a != nil && a.Kind == "person" {
		t.Errorf("a ship's name is no person: %s", dump(rec))
	}
	if actorNamed(rec, "Arto Vell") == nil {
		t.Errorf("want the leaders still persons: %s", dump(rec))
	}
}

// "C and D also met separately during the weekend": the ministers beside
// the leaders of a summit met where every meeting told before took place
// (meeting.AsideSummitPlaces; p2585, p141, p401, p1587, p1646). The
// negative case: a story of meetings at two places gives none.
func TestAsideMeetingTakesTheSummitPlace(t *testing.T) {
	const lead = "Leaders open talks\nPresident Arto Vell and Prime Minister Dova Renn held talks on Sunday aboard a research ship off Malta.\n"
	const aside = "Foreign Minister Kalo Pint and Defence Minister Mira Sell also met separately during the weekend.\nVell later flew to Paris.\n"
	rec := run(t, lead+aside, "2003-05-04")
	if m := meetingOf(rec, "Kalo Pint", "Mira Sell"); m == nil || m.Place != "Malta" {
		t.Errorf("want the ministers' meeting at the summit's place: %s", dump(rec))
	}
	rec = run(t, lead+"They had met on Saturday in Rome.\n"+aside, "2003-05-04")
	if m := meetingOf(rec, "Kalo Pint", "Mira Sell"); m == nil || m.Place != "" {
		t.Errorf("meetings at two places give the aside none: %s", dump(rec))
	}
}
