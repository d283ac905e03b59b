package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-twentieth round: European Union and NATO
// summits and foreign ministers' talks, 2005-2025, wire copy and official
// readouts (p1952-p1957: a 2007 wire on two negotiators' nuclear talks, a
// 2015 readout of a facilitated dialogue, a 2023 wire on an alliance chief
// hosting two leaders on a summit's eve, a 2007 agency on a summit near a
// Volga city, a 2018 agency on two prime ministers' talks at a summit, a
// 2005 broadsheet on accession talks opened after midnight); each rule with
// sentences of its own.

// A council's head written before a title head closes the council's name
// after capitalized words that are no title words: "Nordic Council
// President X" names the body "Nordic Council" and the post "President",
// not a body "Nordic" with a post "Council President"
// (bodyHeadBeforeTitle in mention/classify.go; p1954 and earlier p1203,
// p1261, p1404, p78, p907, where "European" stood as a group and in p907
// as a mediator). The negative case: "Cabinet Secretary" stays a post.
func TestCouncilHeadBeforeTitle(t *testing.T) {
	pub := time.Date(2019, 3, 5, 0, 0, 0, 0, time.UTC)
	rec := recordAt(t, "Leaders meet\n\nOSLO, March 4 (Agency) - Nordic Council President Eva Lindqvist met Prime Minister Tor Aasen in Oslo on Monday.\n", pub)
	if a := actorNamed(rec, "Nordic"); a != nil {
		t.Errorf("the council's first word stood alone as an actor: %s", dump(rec))
	}
	a := actorNamed(rec, "Eva Lindqvist")
	if a == nil || len(a.Positions) == 0 || a.Positions[0].Title != "President" || a.Positions[0].Organization != "Nordic Council" {
		t.Errorf("want Lindqvist President of the Nordic Council: %s", dump(rec))
	}
	if meetingWith(rec, "Eva Lindqvist", "Tor Aasen") == nil {
		t.Errorf("want Lindqvist's meeting with Aasen: %s", dump(rec))
	}
	rec = recordAt(t, "Ministers meet\n\nNAIROBI, March 4 (Agency) - Industrialisation Cabinet Secretary Amos Kiprono met Minister Ali Juma in Nairobi on Monday.\n", pub)
	if a := actorNamed(rec, "Amos Kiprono"); a != nil && len(a.Positions) > 0 && a.Positions[0].Title == "Secretary" {
		t.Errorf("the post \"Cabinet Secretary\" was cut: %s", dump(rec))
	}
}

// "after hosting A and B", "before receiving C": the gerunds of "host" and
// "receive" after a preposition of time are an encounter of the main
// clause's subject, as "after meeting" is (hostGerunds; p1954, p971). The
// negative cases: "thanked X for hosting the talks" and "receiving
// separately A and B" tell no encounter of the guests.
func TestHostGerundAfterPreposition(t *testing.T) {
	pub := time.Date(2019, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, v := range []string{"after hosting", "before receiving"} {
		rec := recordAt(t, "Deal reached\n\nOSLO, March 4 (Agency) - Secretary-General Per Lundby spoke to reporters on Monday.\n\nLundby announced the agreement "+v+" President Omar Kaplan and Prime Minister Nils Brekke in the capital.\n", pub)
		if meetingWith(rec, "Per Lundby", "Omar Kaplan", "Nils Brekke") == nil {
			t.Errorf("%s: want Lundby's meeting with Kaplan and Brekke: %s", v, dump(rec))
		}
	}
	rec := recordAt(t, "Deal reached\n\nOSLO, March 4 (Agency) - President Omar Kaplan met Prime Minister Nils Brekke in Oslo on Monday. Kaplan thanked King Harald Vinje for hosting the talks.\n", pub)
	if meetingWith(rec, "Harald Vinje", "Nils Brekke") != nil {
		t.Errorf("thanking for hosting made a meeting: %s", dump(rec))
	}
}

// "the High Representative", "the High Commissioner": "high" opens a post
// (lexicon titleMods), so the word no longer stands as a body "High", which
// in readouts of facilitated talks sat as a mediator (p1953, p1044; the
// body stood in thirty probe records besides).
func TestHighOpensPost(t *testing.T) {
	pub := time.Date(2016, 6, 8, 0, 0, 0, 0, time.UTC)
	rec := recordAt(t, "Dialogue resumes\n\nBrussels, 07/06/2016\n\nToday, the Prime Minister of Norland, Arvo Kesk, and the Prime Minister of Sylvania, Teodor Brana, met in Brussels for a new round of the facilitated dialogue, chaired by the High Representative, Lena Marsh. The High Representative congratulated both Prime Ministers.\n", pub)
	if a := actorNamed(rec, "High"); a != nil {
		t.Errorf("\"High\" read as an actor: %s", dump(rec))
	}
	if meetingWith(rec, "Arvo Kesk", "Teodor Brana") == nil {
		t.Errorf("want Kesk's meeting with Brana: %s", dump(rec))
	}
}
