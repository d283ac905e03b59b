package extract

import "testing"

// Issue 14's four-hundred-and-thirty-fourth round: African dailies and
// agencies (p2636-p2641: a Nigerian agency's state visit of 2019, a Kenyan
// daily's handshake of 2018, a South African agency's mediation of 2005,
// an Ethiopian agency's working visit of 2023, a Senegalese agency's
// audience of 2022, a Lagos daily's faction accord of 1995); each rule
// with sentences of its own.

// A dateline of a city in capitals and a weekday closed by a colon, as
// Commonwealth broadsheets print it ("KISUMU, Tuesday: "), is cut from the
// lead like the dashed one: left in, its comma read as an apposition
// before the lead's subject, and the pair's meeting told by "when they
// met" was lost (text.datelineDashRE; p2637, p1430 in the probe).
func TestWeekdayColonDatelineIsCut(t *testing.T) {
	rec := run(t, "Rivals make peace\n\nKISUMU, Tuesday: Governor Otieno Ambani and senator Wanjiru Kamau surprised the county when they met at the county hall yesterday.\n", "2021-06-08")
	m := mustMeeting(t, rec, "Otieno Ambani", "Wanjiru Kamau")
	if m.Date != "2021-06-07" {
		t.Errorf("want yesterday's day, 2021-06-07: %s", dump(rec))
	}
	if m.Status != "held" {
		t.Errorf("want a held meeting: %s", dump(rec))
	}
}

// "The Premier" after "Prime Minister X" is X: agencies write the head of
// government's post in either word from one sentence to the next, so the
// bare title finds its recent holder through the other word too
// (actors.bareTitleHolder, samePremier; p2639 in the probe).
func TestBarePremierFindsThePrimeMinister(t *testing.T) {
	rec := run(t, "Talks in Juba\n\nJUBA, Jan 26 (Agency) - Prime Minister Alem Tesfaye held talks today with President Lual Deng in Juba.\n"+
		"The Premier also met with Deputy Chairman Kuol Mayen and discussed the peace process.\n", "2023-01-26")
	mustMeeting(t, rec, "Alem Tesfaye", "Kuol Mayen")
}
