package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-seventy-second round: roles in summits and
// state visits whose talks are a negotiation the extractor read none in
// (p1664-p1669: a wire on canal treaty principles, an agency on a border
// agreement signed on a state visit, an agency on sanctions lifted step
// by step, an agency on an air base's relocation, an old broadsheet on a
// boundary question, an agency on a border treaty); each rule with
// sentences of its own.

// "the Sino-Indian boundary question", "the Anglo-Egyptian talks": a
// combining form glued before a hyphen names its state as a name or a
// demonym does, so the hyphened pair gives both sides, and a dispute word
// named as the matter at issue ("boundary question") tells the pair
// negotiating as "talks" does (combiningSide, pairIssueAt, roles
// combiningform.go; p1668, p1544, p716). "Indo-China" names a region, and
// a "border town" no matter at issue.
func TestCombiningFormPairSides(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Talks end\nKATHMANDU, May 4 - Talks between Mr. Orlan and Mr. Vesk on the Sino-Nepalese boundary question ended tonight. The Chinese envoy flies home tomorrow.", []string{"China", "Nepal"}},
		{"Talks end\nCAIRO, May 4 - The Anglo-Egyptian talks on the canal base were adjourned tonight. The British envoy flies home tomorrow.", []string{"Egypt", "United Kingdom"}},
	} {
		if got := partiesOf(t, c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: parties %v, want %v", c.text, got, c.want)
		}
	}
	for _, text := range []string{
		"Visit ends\nHANOI, May 4 - Mr. Orlan spoke of the Indo-China talks of 1954 with Chinese and Indian guests.",
		"Visit ends\nKATHMANDU, May 4 - Mr. Orlan toured the Sino-Nepalese border town with Chinese guests.",
	} {
		if got := partiesOf(t, text); len(got) != 0 {
			t.Errorf("%q: parties %v, want none", text, got)
		}
	}
}

// "His Royal Highness Prince X", "His Imperial Majesty Y", "His Royal
// Highness the Heir and Z conferred": a ruler's style after a
// possessive is an honorific, neither part of the name nor a person of
// its own (styleEnd, mention rulerstyle.go; p1669, p972, p347, p1312).
// "Her Majesty's Government" stays the crown's government.
func TestRulerStyleNoPerson(t *testing.T) {
	text := "DOHA, May 4 (QNA) - Witnessing the accord were His Royal Highness Prince Faris bin Khalid, Crown Prince of Qatar, and His Imperial Majesty Tewodros Alemu. " +
		"Earlier, His Royal Highness the Heir and President Tomas Vesk conferred for an hour."
	got := personsOf(t, text)
	for _, n := range []string{"Royal Highness", "Imperial Majesty Tewodros Alemu", "Royal Highness Prince Faris bin Khalid"} {
		if _, ok := got[n]; ok {
			t.Errorf("person %q read from a style; persons %v", n, names(got))
		}
	}
	for _, n := range []string{"Faris bin Khalid", "Tewodros Alemu"} {
		if _, ok := got[n]; !ok {
			t.Errorf("person %q not read; persons %v", n, names(got))
		}
	}
	rec, err := Extract(Article{ID: "t", Text: "Title\nLONDON, May 4 - Her Majesty's Government said it would reply.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Kind == graph.Person {
			t.Errorf("person %q read from the crown's government", a.Name)
		}
	}
}
