package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-seventy-third round: an untargeted batch
// (p2870-p2875: Balkan agencies and papers in English on talks,
// mediation and summits, 2001-2022 — a Croatian agency on a border treaty
// initialled in Zagreb, a Bulgarian agency on a friendship treaty signed
// in Skopje, a Macedonian agency on a prime minister's visit, a Serbian
// agency on a trilateral summit in Ankara, a Turkish agency on a call
// about Bosnia, a regional paper on constitutional talks near Sarajevo);
// each rule with sentences of its own.

// "visited Y on Friday and met Z", "visited Y earlier this month and held
// talks with Z": a time adjunct of the visit between the place and "and"
// keeps the trip and its meeting one, so the place visited is where they
// met (visitedThenMet; p2874, p1801, p883). The negative case: a comma
// after the visit's time and a place of the meeting's own ("visited Y
// last year, and met Z in W") keep the meeting at W.
func TestVisitTimeAdjunctKeepsThePlaceVisited(t *testing.T) {
	for _, line := range []string{
		"Foreign Minister Piotr Zielinski visited Lima on Friday and met President Tomas Berg.",
		"Foreign Minister Piotr Zielinski visited Lima earlier this month and held talks with President Tomas Berg.",
		"Foreign Minister Piotr Zielinski visited Lima on 3 May and held separate meetings with President Tomas Berg and Senator Ana Ruiz.",
	} {
		rec := corefRecord(t, "Ministers confer\n"+line)
		if m, ok := heldMeeting(rec, "Piotr Zielinski", "Tomas Berg"); !ok || m.Place != "Lima" {
			t.Errorf("%q: want the Zielinski-Berg meeting in Lima, got %q: %s", line, m.Place, dump(rec))
		}
	}
	line := "Foreign Minister Piotr Zielinski visited Lima last year, and met President Tomas Berg in Quito on Friday."
	rec := corefRecord(t, "Ministers confer\n"+line)
	if m, ok := heldMeeting(rec, "Piotr Zielinski", "Tomas Berg"); ok && m.Place != "Quito" {
		t.Errorf("%q: want the meeting in Quito, got %q", line, m.Place)
	}
}

// "Around the table were A, B and C": the copula opens the inverted list
// of those at the sitting told before as "Around the table sat" does
// (invertedPresence; p860, p2875). The negative case: a list of things
// around the table ("portraits of former President X") seats no one.
func TestAroundTheTableWereJoinsTheSitting(t *testing.T) {
	lead := "Ministers confer\nPrime Minister Jan Kowal met President Tomas Berg in Lima on Monday.\n"
	rec := corefRecord(t, lead+"Around the table were Foreign Minister Ola Nowak, Trade Minister Piotr Zielinski and Senator Ana Ruiz.")
	if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Ola Nowak", "Piotr Zielinski", "Ana Ruiz") {
		t.Errorf("want the three listed at the Kowal-Berg meeting: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Around the table were portraits of former President Emil Sorensen.")
	if heldAll(rec, "Jan Kowal", "Emil Sorensen") {
		t.Errorf("a portrait seated at the meeting: %s", dump(rec))
	}
}
