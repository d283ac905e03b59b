package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's three-hundred-and-twenty-eighth round: met-pairs in signings
// and ceremonies with many present (p2000-p2005: a 1973 wire on a
// four-minister signing, a 1999 wire on a signing the hosts looked on at
// and witnessed, a 1970 agency on a treaty signed in a palace hall, a
// 2008 wire on a power-sharing deal signed before regional leaders, a
// 1996 agency on a peace signed in a national palace, a 1997 agency on a
// peace agreement signed in a host's presence); each rule with sentences
// of its own.

// signingStory is a signing of two named leaders, then a sentence about
// a third person at it.
func signingStory(third string) string {
	return "Treaty signed\n\nSOFIA, May 4 (Agency) - President Arno Weisz of Freedonia and Prime Minister Piotr Malow of Sylvania signed a border treaty on Monday at the Vitosha palace in Sofia.\n\n" + third + "\n"
}

// "X stood behind them during the signing", "X stood behind the two men
// as they signed": one standing behind those who sign was at the signing
// (stoodBehindSigners in merge.go; p2003, p2005, p1329, p605, p751,
// p1630), and as a witness no side of it. The negative case: "stood
// behind him as a guarantor" backs a side and seats no one.
func TestStoodBehindSigners(t *testing.T) {
	pub := time.Date(2004, 5, 4, 0, 0, 0, 0, time.UTC)
	for _, third := range []string{
		"The host, President Lena Dobrev of Ruritania, stood behind them during the signing.",
		"President Lena Dobrev of Ruritania stood behind the two men as they signed.",
	} {
		rec := recordAt(t, signingStory(third), pub)
		if m := meetingWith(rec, "Arno Weisz", "Lena Dobrev"); m == nil || m.Date != "2004-05-03" {
			t.Errorf("%q: want Dobrev at the signing of 2004-05-03: %s", third, dump(rec))
		}
		for _, n := range rec.Negotiations {
			if slices.Contains(n.Parties, "Ruritania") {
				t.Errorf("%q: the witness's state is no party: %s", third, dump(rec))
			}
		}
	}
	rec := recordAt(t, signingStory("Weeks later President Lena Dobrev of Ruritania stood behind him as the treaty's guarantor."), pub)
	if meetingWith(rec, "Arno Weisz", "Lena Dobrev") != nil {
		t.Errorf("standing behind one side as a guarantor is no attendance: %s", dump(rec))
	}
}

// "The treaty, which ends X, was witnessed by A and B", "also signed the
// accord, which was witnessed by C": a text is witnessed at its signing,
// so its witnesses were at the signing told (witnessedText in merge.go;
// p2001, p2003), as the ceremony's witnesses are. The negative case:
// what else was witnessed ("The riots were witnessed by X") is no text,
// and its witnesses join nothing.
func TestWitnessedTextJoinsSigning(t *testing.T) {
	pub := time.Date(2004, 5, 4, 0, 0, 0, 0, time.UTC)
	for _, third := range []string{
		"The treaty, which ends a long quarrel over the river, was witnessed by President Lena Dobrev of Ruritania and Prime Minister Omar Saleh of Karsia.",
		"Weisz also signed the accord, which was witnessed by President Lena Dobrev of Ruritania and Prime Minister Omar Saleh of Karsia.",
	} {
		rec := recordAt(t, signingStory(third), pub)
		if meetingWith(rec, "Piotr Malow", "Lena Dobrev") == nil || meetingWith(rec, "Omar Saleh", "Arno Weisz") == nil {
			t.Errorf("%q: want Dobrev and Saleh at the signing: %s", third, dump(rec))
		}
		for _, n := range rec.Negotiations {
			if slices.Contains(n.Parties, "Ruritania") || slices.Contains(n.Parties, "Karsia") {
				t.Errorf("%q: a witness's state is no party: %s", third, dump(rec))
			}
		}
	}
	rec := recordAt(t, signingStory("The riots, which broke out later, were witnessed by President Lena Dobrev of Ruritania from a balcony."), pub)
	if meetingWith(rec, "Arno Weisz", "Lena Dobrev") != nil {
		t.Errorf("riots witnessed are no signing: %s", dump(rec))
	}
}
