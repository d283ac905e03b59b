package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's fourteenth round: places on articles the rules were not
// written from (gazetteer coverage and place attachment), each with
// sentences of its own.

// meetingWith returns the held meeting of text with person, failing the
// test when there is none.
func heldWithPerson(t *testing.T, text, person string, pub time.Time) (graph.Meeting, bool) {
	t.Helper()
	ms := heldAt(t, text, pub)
	i := slices.IndexFunc(ms, func(m graph.Meeting) bool { return slices.Contains(m.Participants, person) })
	if i < 0 {
		t.Errorf("%q: no held meeting with %s (%v)", text, person, ms)
		return graph.Meeting{}, false
	}
	return ms[i], true
}

// Talks are held in provincial seats, resorts and border towns below the
// gazetteer's city threshold (p62's "outside Dayton, Ohio", p117's Luang
// Prabang, p118's Kutaisi, p119's Tromsø, p109's Putrajaya): towns.tsv
// holds them, read as a place right after "in", "at", "near" or
// "outside". A three-letter exonym of a large city ("Fez" for Fes, p120)
// is such a town row too, and so is a town's name without its diacritics
// ("Tromso"), as English copy often writes it.
func TestTownAfterPlaceCue(t *testing.T) {
	pub := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"Ministers meet\nFreedonian Foreign Minister Ana Rossi held talks with her Sylvanian counterpart Piet Grout in Kutaisi on Tuesday.":            "Kutaisi",
		"Ministers meet\nFreedonian Foreign Minister Ana Rossi met Sylvanian Foreign Minister Piet Grout on Tuesday at Luang Prabang to discuss dams.": "Luang Prabang",
		"Ministers meet\nFreedonian Foreign Minister Ana Rossi and Sylvanian Foreign Minister Piet Grout met on Tuesday outside Dayton, Ohio.":         "Dayton",
		"Ministers meet\nFreedonian Foreign Minister Ana Rossi held talks on Tuesday in Fez with Sylvanian Foreign Minister Piet Grout.":               "Fez",
		"Ministers meet\nFreedonian Foreign Minister Ana Rossi held talks on Tuesday in Tromso with Sylvanian Foreign Minister Piet Grout.":            "Tromso",
	} {
		if m, ok := heldWithPerson(t, text, "Piet Grout", pub); ok && m.Place != want {
			t.Errorf("%q: place %q, want %q", text, m.Place, want)
		}
	}
}

// A town's name is often a surname ("Warren", "Bolton"): without a place
// cue before it, or with a possessive or another capitalized word after
// it, it stays the person it names.
func TestTownNameWithoutCueStaysPerson(t *testing.T) {
	pub := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	text := "Envoys meet\nFreedonian envoy Karl Warren met Sylvanian Foreign Minister Piet Grout in Vienna on Tuesday. Warren said the talks were useful, and in Warren's view a deal is near."
	m, ok := heldWithPerson(t, text, "Piet Grout", pub)
	if !ok {
		return
	}
	if !slices.Contains(m.Participants, "Karl Warren") || m.Place != "Vienna" {
		t.Errorf("%q: %v, want Karl Warren with Piet Grout in Vienna", text, m)
	}
	rec, err := Extract(Article{ID: "t", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Meetings {
		if m.Place == "Warren" {
			t.Errorf("%q: the surname read as a town: %v", text, m)
		}
	}
}

// "A, who worked near X, met B", "A, whose government hosted earlier
// rounds in X, held talks with B": a place inside a relative clause set
// off by commas before the predicate is where the clause's own event
// happened (where A lived or worked, an earlier round), never where the
// meeting after it was (p72, p35, p54, p65's shape). A place told after
// the predicate is the meeting's.
func TestRelativeClausePlaceIsNotPredicates(t *testing.T) {
	pub := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Engineer freed\nThe engineer Karl Bauer, 58, who had worked on a dam near Basra, met Sylvanian Foreign Minister Piet Grout on Monday and thanked him.",
		"Talks resume\nFreedonian Foreign Minister Ana Rossi, whose government hosted two earlier rounds in Geneva, held talks with Sylvanian Foreign Minister Piet Grout on Monday.",
	} {
		if m, ok := heldWithPerson(t, text, "Piet Grout", pub); ok && m.Place != "" {
			t.Errorf("%q: place %q from the relative clause, want none", text, m.Place)
		}
	}
	text := "Talks resume\nFreedonian Foreign Minister Ana Rossi, who arrived on Sunday, held talks with Sylvanian Foreign Minister Piet Grout in Geneva on Monday."
	if m, ok := heldWithPerson(t, text, "Piet Grout", pub); ok && m.Place != "Geneva" {
		t.Errorf("%q: place %q, want Geneva", text, m.Place)
	}
}

// Wire copy is filed from where the news happens, whatever the town's
// size: a town of towns.tsv opening the text in capitals before a comma,
// a parenthesis or a dash is the dateline's city (p109's "PUTRAJAYA, Feb
// 20 (Bernama)", p108's "PUERTO BARRIOS, Guatemala, Aug 9", which the
// unlisted-town dateline read only thanks to the country after it), and
// places the lead's meeting. Written in mixed case at the start of a
// sentence it is no dateline.
func TestDatelineTown(t *testing.T) {
	pub := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Ministers meet\nKUTAISI, May 4 (Wire) - Freedonian Foreign Minister Ana Rossi met Sylvanian Foreign Minister Piet Grout on Sunday to discuss rail freight.",
		"Ministers meet\nLUANG PRABANG (Wire) - Freedonian Foreign Minister Ana Rossi met Sylvanian Foreign Minister Piet Grout on Sunday to discuss rail freight.",
	} {
		if m, ok := heldWithPerson(t, text, "Piet Grout", pub); ok && m.Place != "Kutaisi" && m.Place != "Luang Prabang" {
			t.Errorf("%q: place %q, want the dateline's town", text, m.Place)
		}
	}
	text := "Ministers meet\nWarren, a retired envoy, said on Sunday that Freedonian Foreign Minister Ana Rossi met Sylvanian Foreign Minister Piet Grout."
	if m, ok := heldWithPerson(t, text, "Piet Grout", pub); ok && m.Place != "" {
		t.Errorf("%q: place %q, want none", text, m.Place)
	}
}

// "A paid a courtesy call on B at ...": the call of a courtesy call is a
// visit in person (p92, p105, p109), so the meeting has a place; a
// telephone call in the same story stays a call with none.
func TestCourtesyCallIsVisit(t *testing.T) {
	pub := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	text := "Minister visits Vienna\nFreedonian Foreign Minister Ana Rossi held talks with Austrian officials in Vienna on Wednesday. On Thursday Rossi paid a courtesy call on Chancellor Piet Grout at the Chancellery in Vienna. Rossi later held a phone call with Sylvanian Prime Minister Karl Bauer."
	if m, ok := heldWithPerson(t, text, "Piet Grout", pub); ok && (m.Mode != graph.InPerson || m.Place != "Vienna") {
		t.Errorf("%q: courtesy call %v, want in person in Vienna", text, m)
	}
	if m, ok := heldWithPerson(t, text, "Karl Bauer", pub); ok && (m.Mode != graph.Call || m.Place != "") {
		t.Errorf("%q: phone call %v, want a call with no place", text, m)
	}
}

// A story whose headline or first sentence tells a gathering in the
// dateline's city ("met on the sidelines of the ... summit", "the annual
// retreat") follows that gathering's days: a meeting told further down,
// dated within the week before and placed nowhere, is one of its sideline
// meetings, held in the dateline's city (p41, p50, p71, p89). A gathering
// the lead puts elsewhere ("prepares for next week's summit in X") does
// not make the dateline's city the place of the story's meetings.
func TestGatheringStoryPlacesLaterMeetings(t *testing.T) {
	pub := time.Date(2025, 5, 10, 0, 0, 0, 0, time.UTC) // a Saturday
	body := "\nFreedonian President Ana Rossi hosted a dinner for the delegations at the old palace. The leaders discussed fisheries, trade and the new rail link. Officials said a joint statement would follow next month. Sylvanian Prime Minister Piet Grout also held talks with Austrian Chancellor Karl Bauer on Friday morning, officials said."
	text := "Leaders meet at Atlantic forum\nLISBON, May 9 (Wire) - The leaders of Freedonia and Sylvania met on Thursday on the sidelines of the Atlantic summit, pledging to settle their fishing dispute." + body
	if m, ok := heldWithPerson(t, text, "Karl Bauer", pub); ok && m.Place != "Lisbon" {
		t.Errorf("%q: place %q, want Lisbon", text, m.Place)
	}
	text = "Leaders prepare for summit\nLISBON, May 9 (Wire) - The leaders of Freedonia and Sylvania spoke on Thursday as they prepare for next week's Atlantic summit in Madrid." + body
	if m, ok := heldWithPerson(t, text, "Karl Bauer", pub); ok && m.Place == "Lisbon" {
		t.Errorf("%q: place %q from a gathering held elsewhere", text, m.Place)
	}
}

// A story set in its dateline's city (the headline or lead names it)
// tells its undated meetings further down as the visit's own: "X also met
// Y at the presidential palace before he left for Z" was in the dateline's
// city (p57, p61, p78, p80, p94). A sentence that puts someone in another
// city ("after he flew to Z") keeps its meeting out of it; "left for Z"
// tells only where they went next.
func TestUndatedMeetingOfStorySetInDateline(t *testing.T) {
	pub := time.Date(2025, 5, 10, 0, 0, 0, 0, time.UTC)
	lead := "Freedonia and Austria agree on ferry link as Grout visits Vienna\nVIENNA, May 9 (Wire) - Freedonian Prime Minister Piet Grout and Austrian Chancellor Ana Rossi agreed on Friday to open a ferry link on the Danube. The two leaders signed four agreements on trade and energy. Officials said the ferry would start in the spring. Both sides praised the talks.\n"
	text := lead + "Grout also met Austrian President Karl Bauer at the presidential palace before he left for Prague."
	if m, ok := heldWithPerson(t, text, "Karl Bauer", pub); ok && m.Place != "Vienna" {
		t.Errorf("%q: place %q, want Vienna", text, m.Place)
	}
	text = lead + "Grout also met Austrian President Karl Bauer after he flew to Prague."
	if m, ok := heldWithPerson(t, text, "Karl Bauer", pub); ok && m.Place == "Vienna" {
		t.Errorf("%q: place %q, though the sentence puts them in Prague", text, m.Place)
	}
}
