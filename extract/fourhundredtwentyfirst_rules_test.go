package extract

import (
	"slices"
	"testing"
)

// Issue 14's four-hundred-and-twenty-first round: couples and relatives
// (p2558-p2563: an American wire's state visit of 1960, an Australian
// agency's of 1992, a Spanish agency's royal visit of 1978, a Chinese
// agency's talks of 2002, a Gulf agency's audience of 2001, a Pakistani
// agency's call of 2013), where a husband and a wife under one surname
// are two persons, each with their own post and meetings; each rule with
// sentences of its own.

// "President and Mrs. X", then "Mrs. X": the wife is a person of her own
// and the title the husband's (actors/couples.go; p2558, p2559, p2511).
func TestCoupleTitleAndWifeStyle(t *testing.T) {
	rec := run(t, "State visit\n\nOSLAND, May 3 (AP) - President and Mrs. Varenko met Prime Minister Olaf Dunsmere at the airport today.\n"+
		"President Varenko and Mr. Dunsmere then held talks at the palace.\nMrs. Varenko later visited a school.\n", "1961-05-03")
	names := personNames(rec)
	if !slices.Contains(names, "Varenko") || !slices.Contains(names, "Mrs. Varenko") {
		t.Fatalf("want the husband and the wife as two persons: %s", dump(rec))
	}
	if a := actorNamed(rec, "Olaf Dunsmere"); a == nil || !metPair(rec, "Varenko", a.Name) || !metPair(rec, "Mrs. Varenko", a.Name) {
		t.Errorf("want both spouses met the guest: %s", dump(rec))
	}
	for _, a := range rec.Actors {
		if a.Name == "Mrs. Varenko" && (len(a.Positions) > 0 || slices.Contains(a.Aliases, "Varenko")) {
			t.Errorf("the wife takes neither the husband's post nor his name: %s", dump(rec))
		}
	}
}

// "General and Madame X received Y. The two men talked alone": the
// husband is a person of his own (the wife's style read inside her
// name took his mentions), "the two men" are the host and the guest, and
// a couple alone is no meeting (p2558, p2513, p1798).
func TestCoupleWifeStyleInName(t *testing.T) {
	rec := run(t, "Visit\n\nLILLE, June 4 (Reuters) - Chancellor Anton Reisberg was received at the door by General and Madame Corvel.\n"+
		"The two men talked alone for three hours.\nGeneral Corvel said the talks were useful.\n", "1962-06-04")
	names := personNames(rec)
	if !slices.Contains(names, "Corvel") || !slices.Contains(names, "Madame Corvel") {
		t.Fatalf("want the husband and the wife as two persons: %s", dump(rec))
	}
	if !metPair(rec, "Corvel", "Anton Reisberg") {
		t.Errorf("want the General met the guest: %s", dump(rec))
	}
	for _, m := range rec.Meetings {
		if len(m.Participants) == 2 && slices.Contains(m.Participants, "Corvel") && slices.Contains(m.Participants, "Madame Corvel") {
			t.Errorf("a couple alone is no meeting: %s", dump(rec))
		}
	}
}

// "President X and Mrs. X" beside "his wife Y X": "Mrs. X" is the other
// person of the surname, not the President (p2561).
func TestCoupleNameAndWifeStyle(t *testing.T) {
	rec := run(t, "Talks\n\nKARVIK, Feb. 21 (Wire) -- President Ilan Morrow held talks here Thursday with Premier Soo Han.\n"+
		"Morrow was accompanied by his wife Dana Morrow.\nThat night Soo Han gave a dinner for President Morrow and Mrs. Morrow.\n", "2002-02-21")
	a := actorNamed(rec, "Dana Morrow")
	if a == nil || !slices.Contains(a.Aliases, "Mrs. Morrow") {
		t.Errorf("want Mrs. Morrow the President's wife: %s", dump(rec))
	}
	if b := actorNamed(rec, "Ilan Morrow"); b == nil || slices.Contains(b.Aliases, "Mrs. Morrow") {
		t.Errorf("want the President without the wife's style: %s", dump(rec))
	}
}

// A headline's "Premier and Mrs X agree" names two leaders by post and
// style: no husband is read into it (p1961).
func TestHeadlineTitleAndWifeStyleNoCouple(t *testing.T) {
	rec := run(t, "Chancellor and Mrs Brandale agree on trade\n\nLISBON, Oct 9 - The Chancellor, Mr Tomas Quell, and the Prime Minister, Mrs Brandale, met in Lisbon yesterday.\n", "1981-10-10")
	if slices.Contains(personNames(rec), "Mrs Brandale") {
		t.Errorf("want one Brandale: %s", dump(rec))
	}
}
