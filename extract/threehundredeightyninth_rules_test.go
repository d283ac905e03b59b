package extract

import "testing"

// Issue 14's three-hundred-and-eighty-ninth round: bylines, credits and
// source lines read as persons (p2366-p2371); each rule with sentences
// of its own.

// A dateline whose day is written with slashes, "TOWN, 14/03/2006
// (Agency - A. Reporter) - ", is cut as the other agency datelines are:
// the reporter named in its credit is no person and sits at no meeting
// (text.datelineRE; p2286, p1995).
func TestSlashDatedDatelineCredit(t *testing.T) {
	rec := corefRecord(t, "Ministers meet\n\nVALMORE, 14/03/2006 (VNA - K. Dravonis) - Foreign Minister Odile Marchand met her colleague Tomas Varga today in the capital.")
	for _, a := range rec.Actors {
		if a.Kind == "person" && (a.Name == "K. Dravonis" || a.Name == "Dravonis") {
			t.Fatalf("want no person from the dateline's credit: %s", dump(rec))
		}
	}
	if actorNamed(rec, "Odile Marchand") == nil || actorNamed(rec, "Tomas Varga") == nil {
		t.Fatalf("want the two ministers kept: %s", dump(rec))
	}
	for _, m := range rec.Meetings {
		for _, p := range m.Participants {
			if p == "K. Dravonis" {
				t.Errorf("want the reporter at no meeting: %s", dump(rec))
			}
		}
	}
}

// A credit that names its correspondent, "From A. Writer, Town, Day",
// files the dispatch from that town as "From Our Correspondent, Town,
// Day" does: the story's "here" is the town, and the correspondent is
// no person (mention.namedCreditEnd; p2371, the shape of p1713, p948).
func TestNamedCorrespondentCreditDateline(t *testing.T) {
	rec := corefRecord(t, "Ministers meet\nFrom Ellis Marrow, Bergen, June 3\nMr Tomas Varga, the Trade Minister, met Mrs Odile Marchand, the Foreign Minister, here today.\nThe talks lasted two hours.")
	for _, a := range rec.Actors {
		if a.Kind == "person" && (a.Name == "Ellis Marrow" || a.Name == "Marrow") {
			t.Fatalf("want no person from the credit: %s", dump(rec))
		}
	}
	found := false
	for _, m := range rec.Meetings {
		if m.Status == "held" && m.Place == "Bergen" {
			found = true
		}
	}
	if !found {
		t.Errorf("want the talks placed at the credit's town: %s", dump(rec))
	}
}
