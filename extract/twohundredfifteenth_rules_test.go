package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-fifteenth round: attendance lists (p1322-
// p1327: a state agency's readout with the people present on each side,
// a news agency's talks with long titles before each name and a banquet
// after them, a 1960s broadsheet's "Also present were", a delegation
// list, a non-native wire on who came with each president, an official
// agency's talks "attended on the Syrian side by"); each rule with
// sentences of its own.

// "X gave a banquet in the evening at the Y House in honour of Z": the
// guest of a meal may stand past a time and a place phrase (mealGuest,
// meeting/addresses.go, now up to ten words after the meal noun; p1323).
// The meal is then a meeting of its own, and "Present at the banquet
// were A and B" joins the banquet, not the talks told before it. The
// negative cases: the talks keep their own list, and a meal given
// for a crowd names no guest.
func TestBanquetGuestPastTimeAndPlace(t *testing.T) {
	lead := "Leaders hold talks\nPresident Omar Talvik held talks with visiting Prime Minister Ivo Renner in Kestria on Tuesday.\n" +
		"Present at the talks were Foreign Minister Aldo Brem and Defence Minister Pia Sorell.\n"
	text := lead + "Speaker Nils Varro gave a banquet in the evening at the Lakeside Guest House in honour of Prime Minister Renner.\n" +
		"Present at the banquet were Deputy Speaker Ugo Ferrant and Mayor Lise Ardal.\n"
	rec := corefRecord(t, text)
	for _, p := range [][2]string{{"Nils Varro", "Ivo Renner"}, {"Ugo Ferrant", "Ivo Renner"}, {"Lise Ardal", "Nils Varro"}, {"Omar Talvik", "Aldo Brem"}} {
		if !metPair(rec, p[0], p[1]) {
			t.Errorf("want %s met %s: %s", p[0], p[1], dump(rec))
		}
	}
	for _, p := range [][2]string{{"Ugo Ferrant", "Omar Talvik"}, {"Lise Ardal", "Aldo Brem"}} {
		if metPair(rec, p[0], p[1]) {
			t.Errorf("want %s not paired with %s (the banquet's list is not the talks'): %s", p[0], p[1], dump(rec))
		}
	}
	crowd := lead + "Speaker Nils Varro gave a dinner in the evening at the Lakeside Guest House for journalists and diplomats.\n"
	if rec := corefRecord(t, crowd); metPair(rec, "Nils Varro", "Ivo Renner") {
		t.Errorf("a dinner for a crowd names no guest: %s", dump(rec))
	}
}
