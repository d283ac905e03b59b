package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-eighty-seventh round: an untargeted batch
// (p2954-p2959: Iran's nuclear talks and Gulf de-escalation — a wire on
// six-power talks near Geneva, an Iranian agency on a joint commission in
// Vienna, an Iraqi agency on Saudi-Iranian talks in Baghdad, an Omani
// agency on a sultan's state visit to Tehran, a wire on a regional
// conference in Baghdad, a German agency on European ministers' talks in
// Geneva, 2009-2025); each rule with sentences of its own.

// "Sayyid X bin Y Z", "Ayatollah A B": a style of descent or of the Shia
// clergy stands before the name without being part of it; the styled form
// stays an alias (honorifics, nameHonorifics; p2957, p1135, p1168, p1390,
// p1900). The negative case: a style-less name keeps all its words.
func TestFourhundredeightyseventhSayyidAyatollahStyles(t *testing.T) {
	rec := corefRecord(t, "Ministers confer\nSayyid Fahim bin Nasir Al Hadrami met Ayatollah Karim Moradi in Qom on Monday.")
	for _, n := range []string{"Fahim bin Nasir Al Hadrami", "Karim Moradi"} {
		if a := actorNamed(rec, n); a == nil || a.Name != n {
			t.Errorf("want %q named without its style: %s", n, dump(rec))
		}
	}
	if !heldAll(rec, "Fahim bin Nasir Al Hadrami", "Karim Moradi") {
		t.Errorf("want the two met: %s", dump(rec))
	}
	rec = corefRecord(t, "Ministers confer\nFahim bin Nasir Al Hadrami met Karim Moradi in Qom on Monday.")
	if a := actorNamed(rec, "Fahim bin Nasir Al Hadrami"); a == nil || a.Name != "Fahim bin Nasir Al Hadrami" {
		t.Errorf("want the full name kept: %s", dump(rec))
	}
}

// "Permanent Representative to International Organizations in Vienna X
// Y met Z": the seat after "in" and the holder's name make one capitalized
// run; the town is split off, and the person read (postCityName; p2955,
// p1230). The negative case: a town before a run that is no one's name
// ("in Vienna State Opera") yields no person.
func TestFourhundredeightyseventhSeatBeforeHoldersName(t *testing.T) {
	for _, line := range []string{
		"Polish Permanent Representative to Multilateral Bodies in Geneva Pavel Orlov also met Ali Karimi on Tuesday.",
		"Chile's envoy to the specialized agencies in Geneva Pavel Orlov met Ali Karimi on Tuesday.",
	} {
		rec := corefRecord(t, "Envoys confer\n"+line)
		if !heldAll(rec, "Pavel Orlov", "Ali Karimi") {
			t.Errorf("%q: want Orlov and Karimi met: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Envoys confer\nAli Karimi met Pavel Orlov at the concert in Vienna State Opera on Tuesday.")
	for _, a := range rec.Actors {
		if a.Name == "State Opera" || a.Name == "Vienna State Opera" {
			t.Errorf("a building read as a person: %s", dump(rec))
		}
	}
}

// "talks held under the sponsorship of X", "under the patronage of Y":
// the patron brokers, as under its auspices (mediationNoun; p2956, p1643,
// p1996). The negative case: "state sponsorship of" names no broker.
func TestFourhundredeightyseventhUnderThePatronageBrokers(t *testing.T) {
	for _, line := range []string{
		"Baghdad hosted on Thursday a round of talks between Norway and Sweden under the sponsorship of Prime Minister Tomas Berg.",
		"Norway and Sweden signed a peace agreement in Lima on Thursday under the patronage of President Tomas Berg.",
	} {
		rec := corefRecord(t, "Talks held\n"+line)
		if _, med := roleNames(rec); !slices.Contains(med, "Tomas Berg") {
			t.Errorf("%q: want Berg a mediator: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Talks held\nNorway and Sweden held talks in Lima on Thursday on the state sponsorship of piracy by President Tomas Berg.")
	if _, med := roleNames(rec); slices.Contains(med, "Tomas Berg") {
		t.Errorf("state sponsorship read as brokering: %s", dump(rec))
	}
}

// "in the presence of President A, the head of the bureau of the B
// movement, C, and ...": the title set off after a titled name and before
// another name is that name's, the next item of the list, so A does not
// serve B, and when A brokers, B is no broker (listedTitledName; p2913).
// The negative case: an untitled name keeps its apposition ("A, the leader
// of the B movement, C, and others").
func TestFourhundredeightyseventhListedTitleIsTheNextNames(t *testing.T) {
	rec := corefRecord(t, "Ceremony held\nThe signing was held in the presence of President Karel Dvorak, the Chief of the Executive Council of the Falcon movement, Jonas Weller, and the leader of the Eagle delegation, Piet Andersen.")
	if a := actorNamed(rec, "Karel Dvorak"); a == nil || a.Affiliation == "Falcon" || slices.ContainsFunc(a.Positions, func(p graph.Position) bool { return p.Organization == "Falcon" }) {
		t.Errorf("want Dvorak serving no movement: %s", dump(rec))
	}
	rec = corefRecord(t, "Ceremony held\nThe ceremony was attended by Karel Dvorak, the leader of the Falcon movement, Jonas Weller, and others.")
	if a := actorNamed(rec, "Karel Dvorak"); a == nil || a.Affiliation != "Falcon" {
		t.Errorf("want Dvorak still the movement's leader: %s", dump(rec))
	}
}

// "The talks were attended, on the X side, by A": the side set off by
// commas between the attendance word and its agent still names those who
// sat in on the talks told, as "attended on the X side by A" does
// (AgentBy; p2957, p2091). The negative case: a side phrase whose second
// comma is missing stays unread.
func TestFourhundredeightyseventhAttendedOnTheSideSetOff(t *testing.T) {
	lead := "Leaders confer\nLima, May 28 -- President Karel Dvorak today held official talks with President Jonas Weller at the palace.\n"
	rec := corefRecord(t, lead+"The talks were attended, on the Czech side, by Foreign Minister Piet Andersen and Trade Minister Ola Nowak.")
	if !heldAll(rec, "Karel Dvorak", "Jonas Weller", "Piet Andersen", "Ola Nowak") {
		t.Errorf("want the two ministers at the talks: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The talks were attended, on the Czech side by Foreign Minister Piet Andersen.")
	if heldAll(rec, "Karel Dvorak", "Piet Andersen") {
		t.Errorf("an unclosed side phrase read as the agent: %s", dump(rec))
	}
}

// "the Senior Director for the Western Hemisphere, X", "the Special
// Representative for Central Asia, Y": after "for", a compass word and
// one word more are the post's region, not a person's name (ofRegion;
// p2091, p94, p1031, p749). The negative case: a name after a title and
// "for" with no compass word is still read ("Envoy for Peace Talks A B").
func TestFourhundredeightyseventhRegionAfterFor(t *testing.T) {
	for _, line := range []string{
		"President Karel Dvorak met the Senior Director for the Western Hemisphere, Juan Garcia, on Monday.",
		"President Karel Dvorak met the Special Representative for Central Asia, Juan Garcia, on Monday.",
	} {
		rec := corefRecord(t, "Leaders confer\n"+line)
		for _, a := range rec.Actors {
			if a.Name == "Hemisphere" || a.Name == "Asia" || a.Name == "Central Asia" {
				t.Errorf("%q: a region read as a person: %s", line, dump(rec))
			}
		}
		if !heldAll(rec, "Karel Dvorak", "Juan Garcia") {
			t.Errorf("%q: want Dvorak and Garcia met: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Leaders confer\nPresident Karel Dvorak met the Special Envoy for Peace Talks Juan Garcia on Monday.")
	if !heldAll(rec, "Karel Dvorak", "Juan Garcia") {
		t.Errorf("want Garcia still read: %s", dump(rec))
	}
}
