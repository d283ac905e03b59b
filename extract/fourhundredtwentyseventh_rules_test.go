package extract

import "testing"

// Issue 14's four-hundred-and-twenty-seventh round: the letter "M." as a
// person's own initial or as the French honorific (p2594-p2599: an Indian
// daily's chief minister in Delhi of 2008, a Mongolian agency's Speaker of
// 2016, a London daily's Paris summit of 1971, a London daily's Evian
// signing of 1962, an Indian agency's chief minister in Delhi of 2021, an
// Indian agency's vice-president in Asuncion of 2019); each rule with
// sentences of its own.

// "Chief Minister M. X met ... Mr. X said": copy that writes "Mr." before
// the same surname styles the man in English, so its "M." is his initial,
// kept in his name (mention.initialNotMonsieur; p2594, p2595, p2599). The
// negative case: "Mr. Y and M. Z" leaves Z's "M." the honorific.
func TestMonsieurBesideMisterIsTheInitial(t *testing.T) {
	rec := run(t, "Chief Minister meets Premier\nMADRAS, March 3 - Chief Minister M. Velantar met Prime Minister Kiran Dosai in New Delhi on Tuesday.\n"+
		"Mr. Velantar told reporters that the talks had gone well.\n", "2004-03-03")
	if a := actorNamed(rec, "Velantar"); a == nil || a.Name != "M. Velantar" {
		t.Errorf("want the initial kept in the name: %s", dump(rec))
	}
	rec = run(t, "Ministers meet\nPARIS, March 3 - Mr. Dosai and M. Ravenel met at the Quai d'Orsay on Tuesday.\n"+
		"M. Ravenel said later that the talks had gone well.\n", "1964-03-04")
	if a := actorNamed(rec, "Ravenel"); a == nil || a.Name != "Ravenel" {
		t.Errorf("want the honorific dropped from the name: %s", dump(rec))
	}
}

// "City /AGENCY/ ...": the agency's capitals between slashes after the
// city, with no day, close a dateline (mention.readDateline; p2595,
// p2146), so the meeting the story tells there is placed.
func TestSlashAgencyDateline(t *testing.T) {
	rec := run(t, "Minister receives envoy\nBishkek /KANEWS/ Minister of Foreign Affairs Talant Orgo received on Tuesday Ambassador of Norway Sven Hallam at the Ministry.\n"+
		"The sides discussed trade and education.\n", "2015-06-03")
	if m := meetingOf(rec, "Talant Orgo", "Sven Hallam"); m == nil || m.Place != "Bishkek" {
		t.Errorf("want the meeting at the dateline's city: %s", dump(rec))
	}
}
