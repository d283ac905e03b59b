package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-ninety-seventh round: sides of a negotiation
// told through the dispute's history, 1900s-1960s diplomacy (p1814-p1819:
// a wire story on a mediation conference, a broadsheet on a colonial
// settlement, an agency in translation on a boundary agreement, a wire
// story on a civil war's reconciliation act, a wire story on a frontier
// treaty, an agency on a cease-fire agreed through a president's good
// offices); each rule with sentences of its own.

// "the Organization of American States": the Americas' regional body is
// one name, not the United States read from the demonym inside it
// (gazetteer orgs.go; p1817, p1050, p158), and it brokers as any body
// does.
func TestOrganizationOfAmericanStatesIsABody(t *testing.T) {
	rec := extractAt(t, "Talks\nQUITO, March 3 - Mediators of the Organization of American States shuttled between the Kestrian and Morvian delegations on Monday.")
	mustActor(t, rec, "Organization of American States", graph.Organization)
	if a := actorNamed(rec, "United States"); a != nil {
		t.Errorf("the body's demonym read as the United States: %s", dump(rec))
	}
}

// "the envoys of A, B and C, who tendered their good offices to D and E":
// the relative pronoun before an offer of good offices stands for the
// names before its comma, a list read whole, and offering them is
// brokering (offeredMediationOwners, roles possessivebroker.go; p1814,
// p288). Without the offer verb ("who praised his good offices") the
// names before are no brokers.
func TestOfferedGoodOfficesRelative(t *testing.T) {
	rec := extractAt(t, "Talks\nLISBON, March 3 - The envoys of Norway, Iceland and Finland, who tendered their good offices to Kestria and Morvia last month, opened the conference here on Monday.")
	_, m := roleNames(rec)
	for _, want := range []string{"Norway", "Iceland", "Finland"} {
		if !slices.Contains(m, want) {
			t.Errorf("mediators %v, want %s among them: %s", m, want, dump(rec))
		}
	}
	rec = extractAt(t, "Talks\nLISBON, March 3 - Kestria and Morvia resumed talks. Prime Minister Tomas Brandvik, who first offered his good offices to the two governments last year, said he was hopeful.")
	if _, m := roleNames(rec); !slices.Contains(m, "Tomas Brandvik") {
		t.Errorf("mediators %v, want Tomas Brandvik: %s", m, dump(rec))
	}
	rec = extractAt(t, "Talks\nLISBON, March 3 - Kestria and Morvia resumed talks under Swiss mediation. Prime Minister Tomas Brandvik, who praised his good offices, said he was hopeful.")
	if _, m := roleNames(rec); slices.Contains(m, "Tomas Brandvik") {
		t.Errorf("mediators %v: a praise is no offer: %s", m, dump(rec))
	}
}
