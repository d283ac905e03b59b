package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-thirty-seventh round: places of meetings
// (p1454-p1459: a wire from the world body's headquarters on a sideline
// dinner, a wire filed aboard the president's plane on a surprise visit,
// a 1989 broadsheet from a Western resort with the state abbreviated in
// its dateline, a wire with a byline over a Kiev dateline on talks at the
// Kremlin, a news agency on talks held at two embassies "here", a wire
// from a seaside resort with the finance ministers meeting elsewhere the
// same day); each rule with sentences of its own.

// twohundredthirtyseventhPlace is the place of the meeting that pairs a
// and b in text, "" when there is none or no such meeting.
func twohundredthirtyseventhPlace(t *testing.T, text, a, b string) (string, bool) {
	t.Helper()
	rec := corefRecord(t, text)
	m := meetingWith(rec, a, b)
	if m == nil {
		return "", false
	}
	return m.Place, true
}

const twohundredthirtyseventhBody = " Foreign Minister Tomas Velk of Borvia and Foreign Minister Anna Mirov of Arland held talks here on Tuesday on their river border dispute."

// "TOWN, Wyo., Sept. 23 -", "CITY, Tex. (AP) -", "TOWN, N. Y., Oct. 26
// -": American wire copy abbreviates the state after the town; the
// abbreviation with its period is the dateline's region, and the
// splitter's cut at "Wyo." before "(AP)" is no sentence end
// (stateAbbreviation, regionEnds, dateline.go; abbreviationCut,
// mentions.go; p1456). The negative cases: a town in title case and a
// name with a suffix open no dateline, so "here" names no place.
func TestStateAbbreviationDateline(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"KORAMVILLE, Wyo., Sept. 23 -", "Koramville"},
		{"KORAMVILLE, Wyo. (AP) -", "Koramville"},
		{"KORAMVILLE, Wyoming, Sept. 23 -", "Koramville"},
		{"HOUSTON, Tex., Sept. 23 -", "Houston"},
		{"ALBANY, N.Y. (AP) -", "Albany"},
		{"ALBANY, N. Y., Sept. 23 -", "Albany"},
		{"KORAMVILLE, Calif. -", "Koramville"},
	} {
		got, ok := twohundredthirtyseventhPlace(t, "Ministers meet\n\n"+c.line+twohundredthirtyseventhBody, "Tomas Velk", "Anna Mirov")
		if !ok || got != c.want {
			t.Errorf("%q: want the talks in %s, got %q (met: %v)", c.line, c.want, got, ok)
		}
	}
	for _, line := range []string{"Koramville, Wyo. (AP) -", "Peter Koram, Jr. -"} {
		got, ok := twohundredthirtyseventhPlace(t, "Ministers meet\n\n"+line+twohundredthirtyseventhBody, "Tomas Velk", "Anna Mirov")
		if !ok || got != "" {
			t.Errorf("%q: want the talks with no place, got %q (met: %v)", line, got, ok)
		}
	}
}

// "UNITED NATIONS, N.Y. (AP) -", "UNITED NATIONS, Oct. 26 -": the world
// body's headquarters is a dateline of its own, and "here" is New York
// (gazetteer.HeadquartersDatelines, headquartersDateline, dateline.go;
// p1454, p1418). The negative case: the body's name in capitals opening
// a sentence that is no dateline ("UNITED NATIONS officials said") sets
// no place.
func TestHeadquartersDateline(t *testing.T) {
	for _, line := range []string{"UNITED NATIONS, N.Y. (AP) -", "UNITED NATIONS, N. Y., Oct. 26 -", "UNITED NATIONS (Reuters) -", "UNITED NATIONS, Oct. 26 (AFP) -"} {
		got, ok := twohundredthirtyseventhPlace(t, "Ministers meet\n\n"+line+twohundredthirtyseventhBody, "Tomas Velk", "Anna Mirov")
		if !ok || got != "New York" {
			t.Errorf("%q: want the talks in New York, got %q (met: %v)", line, got, ok)
		}
	}
	got, ok := twohundredthirtyseventhPlace(t, "Ministers meet\n\nUNITED NATIONS officials said on Monday that the two sides were ready."+twohundredthirtyseventhBody, "Tomas Velk", "Anna Mirov")
	if !ok || got != "" {
		t.Errorf("no dateline: want the talks with no place, got %q (met: %v)", got, ok)
	}
}

// "TOWN (AP) -": a town in capitals the gazetteer does not know, with only
// the agency's credit and the dash after it, is the dateline, and "here"
// is that town (agencyDateline, dateline.go; the lower-case words are
// read before the dateline, mentions.go). The negative cases: "ABOARD
// USS X (AP) -" is filed from a ship, and a label the story also writes
// in lower case ("ANALYSIS (AP) -" over "an analysis") is no town.
func TestAgencyDatelineUnlistedTown(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"KORAMVILLE (AP) -", "Koramville"},
		{"PORT KORAM (Reuters) —", "Port Koram"},
	} {
		got, ok := twohundredthirtyseventhPlace(t, "Ministers meet\n\n"+c.line+twohundredthirtyseventhBody, "Tomas Velk", "Anna Mirov")
		if !ok || got != c.want {
			t.Errorf("%q: want the talks in %s, got %q (met: %v)", c.line, c.want, got, ok)
		}
	}
	for _, line := range []string{"ABOARD USS KORAM (AP) -", "ANALYSIS (AP) -"} {
		got, ok := twohundredthirtyseventhPlace(t, "Ministers meet\n\n"+line+twohundredthirtyseventhBody+" An analysis of the talks follows.", "Tomas Velk", "Anna Mirov")
		if !ok || got != "" {
			t.Errorf("%q: want the talks with no place, got %q (met: %v)", line, got, ok)
		}
	}
}
