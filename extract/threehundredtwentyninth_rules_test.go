package extract

import (
	"strings"
	"testing"
	"time"
)

// Issue 14's three-hundred-and-twenty-ninth round: roles of a national
// agency's own leaders, titled without their country in a story filed
// abroad (p2006-p2011); each rule with sentences of its own.

// A national agency's credit in the dateline gives the story its home
// state wherever it is filed from (roles.WithAgencyHome, lexicon
// [nationalAgencies]; p2009, p1660, p1670, p92): the agency's leader,
// titled bare, stands for it when "the two sides" are told of an
// agreement. Filed from the other side's capital, the dateline gave the
// home as that capital's state, and the leader no side at all; without
// a national agency's credit, nothing changes.
func TestNationalAgencyHome(t *testing.T) {
	pub := time.Date(2004, 3, 3, 0, 0, 0, 0, time.UTC)
	body := " -- Prime Minister Ahmad Rusli and his Cambodian counterpart Sok Vanna held talks here today. " +
		"Ahmad Rusli told Malaysian journalists later that the two sides had agreed to settle the row over rice prices."
	rec := recordAt(t, "Rice deal\n\nPHNOM PENH, March 3 (Bernama)"+body, pub)
	if !metPair(rec, "Ahmad Rusli", "Sok Vanna") {
		t.Errorf("want Rusli with Vanna: %s", dump(rec))
	}
	for _, s := range []string{"Malaysia", "Cambodia"} {
		if !hasPartyNamed(rec, s) {
			t.Errorf("want %s a party: %s", s, dump(rec))
		}
	}
	// A wire service of no one state tells no home of its own.
	rec = recordAt(t, "Rice deal\n\nPHNOM PENH, March 3 (Reuters)"+body, pub)
	if hasPartyNamed(rec, "Malaysia") {
		t.Errorf("a wire credit is no home: %s", dump(rec))
	}
}

// A Malay style of honour between the post and the name ("Prime Minister
// Datuk Seri X", "Foreign Minister Tan Sri Y") is no part of the post
// (mention.trailingPrefixCut; p2009; ranks as in p109, p1913): the post's last word
// tells the office. A leader whose post ended in "Seri" was no
// government's official, and stood for no home state.
func TestTitleBeforeStyleOfHonour(t *testing.T) {
	pub := time.Date(2004, 3, 3, 0, 0, 0, 0, time.UTC)
	for _, style := range []string{"Datuk Seri", "Tan Sri"} {
		rec := recordAt(t, "Rice deal\n\nPHNOM PENH, March 3 (Bernama) -- Prime Minister "+style+" Ahmad Rusli and his Cambodian counterpart Sok Vanna held talks here today. "+
			"Ahmad Rusli told Malaysian journalists later that the two sides had agreed to settle the row over rice prices.", pub)
		if !hasPartyNamed(rec, "Malaysia") {
			t.Errorf("%s: want Malaysia a party: %s", style, dump(rec))
		}
	}
}

// A visit to the dateline capital's state told in the lead ("the first
// visit to Norway by a Danish premier" under "OSLO, May 4 (Wire)") sets the
// story in that capital, as naming the city would (meeting
// visitToDatelineState; p2006, p1388, p1990, p919): a meeting of the
// visit's days told further down, with no place of its own, was held
// there. A visit still to come sets nothing.
func TestVisitToDatelineState(t *testing.T) {
	pub := time.Date(2004, 5, 4, 0, 0, 0, 0, time.UTC)
	lead := "Fishing talks\n\nOSLO, May 4 (Wire) -- Premier Jan Berg and Prime Minister Ola Nord agreed on Tuesday to widen their fishing accord. " +
		"The two men talked for an hour, on the first visit to Norway by a Danish premier in a decade. "
	rest := "Berg said the accord would last ten years. Nord said the boats would be counted from June.\n\n" +
		"Foreign Minister Per Lund held separate talks with his counterpart Kari Vik on Monday evening on the quotas. " +
		"Lund said the quotas were fair. Vik said they would meet again."
	rec := recordAt(t, lead+rest, pub)
	if pl, ok := heldPairPlace(rec, "Per Lund", "Kari Vik"); !ok || pl != "Oslo" {
		t.Errorf("want Lund with Vik in Oslo: %s", dump(rec))
	}
	rec = recordAt(t, strings.Replace(lead, "on the first visit to Norway", "ahead of the upcoming first visit to Norway", 1)+rest, pub)
	if pl, _ := heldPairPlace(rec, "Per Lund", "Kari Vik"); pl == "Oslo" {
		t.Errorf("a visit to come sets no place: %s", dump(rec))
	}
}
