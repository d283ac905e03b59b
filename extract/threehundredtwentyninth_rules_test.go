package extract

import (
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
// (mention.trailingPrefixCut; p2009, p109, p1913): the post's last word
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
