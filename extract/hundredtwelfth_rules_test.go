package extract

import (
	"testing"

	text2 "github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-twelfth round: an untargeted batch (p704-p709),
// each shape it showed with sentences of its own.

// "NUR-SULTAN. AGENCY - A met B ...": a dateline whose city is closed by a
// period before the agency's credit, as Central Asian agencies write it,
// was cut in two by the sentence splitter ("NUR-SULTAN." and "AGENCY -
// ..."), so the article had no dateline and its meetings of the day no
// place (creditAfterPeriod, mention/mentions.go, and the "CITY. AGENCY -"
// form in readDateline, mention/dateline.go; p707). The city is then
// spelt as the dateline spells it when the text also writes it so in
// mixed case, before an earlier use of another of its names ("the Astana
// format", citySpelling, record.go). The negative case: capitals closed
// by a period before a sentence that opens with no credit and dash are
// no dateline.
func TestDatelineCityPeriodAgency(t *testing.T) {
	text := "Envoys meet\nBERGEN. NORDPRESS - Karin Holm had meeting with Rui Sardinha on Monday afternoon, the ministry said."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karin Holm", "Rui Sardinha"); m == nil || m.Place != "Bergen" {
		t.Errorf("want the Holm-Sardinha meeting in Bergen: %s", dump(rec))
	}
	// The gazetteer knows the city by another name, used first as a
	// modifier; the dateline's spelling is the record's.
	text = "Talks in the Astana format open in Nur-Sultan\nNUR-SULTAN. NORDPRESS - The talks in the Astana format opened in Nur-Sultan on Monday. Karin Holm had meeting with Rui Sardinha in the afternoon."
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karin Holm", "Rui Sardinha"); m == nil || m.Place != "Nur-Sultan" {
		t.Errorf("want the Holm-Sardinha meeting in Nur-Sultan: %s", dump(rec))
	}
	// Negative: no credit and dash after the period.
	text = "Envoys meet\nBERGEN. NORDPRESS reported the talks. Karin Holm had meeting with Rui Sardinha in the afternoon on Monday."
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karin Holm", "Rui Sardinha"); m != nil && m.Place == "Bergen" {
		t.Errorf("capitals with no credit read as a dateline: %s", dump(rec))
	}
}

// "held a Summit Meeting with H.E. Mr. X": a meeting named in capitals,
// as government readouts write it, was read as a person of its own and a
// participant of the meeting it names (meetingName,
// mention/classify.go; p708). A run of ordinary words that ends in a
// meeting noun is now no actor. The negative case: a person whose
// family name is a meeting noun after a given name the gazetteer does
// not take for a common word ("Sarah Round") is still a person.
func TestCapitalizedMeetingNameIsNoPerson(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO, March 3 - Prime Minister Karin Holm held a Summit Meeting with President Rui Sardinha at the palace on Monday.",
		"Talks\nOSLO, March 3 - On Monday, Foreign Minister Karin Holm held a Summit Meeting with H.E. Mr. Rui Sardinha at the palace.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if m := meetingWith(rec, "Karin Holm", "Rui Sardinha"); m == nil {
			t.Errorf("%q: no Holm-Sardinha meeting: %s", text, dump(rec))
		}
		for _, n := range personNames(rec) {
			if n == "Summit Meeting" {
				t.Errorf("%q: a meeting's name read as a person: %s", text, dump(rec))
			}
		}
	}
	text := "Talks\nOSLO, March 3 - Karin Holm met Sarah Round at the palace on Monday."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karin Holm", "Sarah Round"); m == nil {
		t.Errorf("a person named Round lost: %s", dump(rec))
	}
}

// "will leave to-morrow with X for Y, where the two men are to continue
// their talks": "to-day", "to-morrow" and "to-night", as papers spelt
// them into the 1950s, dated nothing, so the talks were read as held in
// the publication's month (p704, p617). They are now written "today",
// "tomorrow", "tonight" when the text is normalized (oldDayWords,
// text/sentences.go). And "From Our Own Correspondent", the British
// papers' credit line, alone on its line, is a byline (IsByline,
// text/lead.go), so it no longer counts among the lead's sentences.
// Negative cases: "day-to-day" keeps its spelling; a credit line that
// goes on with a place and a day ("From our Correspondent, Beirut,
// September 24") is the dateline too and stays.
func TestOldSpellingsOfTodayAndBritishCredit(t *testing.T) {
	text := "Talks\nBERGEN, March 3 - Karl Holm will leave to-morrow with Rui Sardinha for Oslo, where the two men are to continue their talks."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if m := meetingWith(rec, "Karl Holm", "Rui Sardinha"); m == nil || m.Status != graph.Planned || m.Date != "2025-05-07" {
		t.Errorf("want the Holm-Sardinha talks planned for 2025-05-07: %s", dump(rec))
	}
	if got := text2.Normalize("their day-to-day work, to-night"); got != "their day-to-day work, tonight" {
		t.Errorf("Normalize: %q", got)
	}
	for line, want := range map[string]bool{
		"From Our Own Correspondent":                    true,
		"From our Diplomatic Correspondent":             true,
		"From our Correspondent, Beirut, September 24":  false,
		"From our talks with the correspondent, a note": false,
	} {
		if got := text2.IsByline(line); got != want {
			t.Errorf("IsByline(%q) = %v, want %v", line, got, want)
		}
	}
}
