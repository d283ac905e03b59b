package extract

import (
	"slices"
	"testing"
)

// Issue 14's ninety-fourth round: meetings not read although both people
// are found, each shape with sentences of its own.

// "The meeting was attended from the X side by A and B, and from the Y
// side by C": a readout lists each side's people after the side they sat
// on. The passive's agent was read only right after "attended by", so the
// list made a meeting of its own among the attendees, apart from the
// hosts told just before (p599). Now the agent's "by" is found after
// "from/on the ... side" too, and the attendees join the meeting told.
func TestAttendedFromSideBy(t *testing.T) {
	for _, text := range []string{
		"Talks\nOn Monday, President Ana Lind hosted King Olav Brenn at the palace in Oslo. The meeting was attended from the Norwegian side by Foreign Minister Jonas Berg, and from the Danish side by Foreign Minister Karen Holm.",
		"Talks\nOn Monday, President Ana Lind received King Olav Brenn in Oslo. The talks were attended on the host side by Foreign Minister Jonas Berg and on the guest side by Foreign Minister Karen Holm.",
	} {
		got := pairsOf(t, text)
		for _, want := range []string{"Ana Lind|Olav Brenn", "Ana Lind|Jonas Berg", "Karen Holm|Olav Brenn", "Jonas Berg|Karen Holm"} {
			if !slices.Contains(got, want) {
				t.Errorf("%q: pairs %v, want %s", text, got, want)
			}
		}
	}
	// Minimal pair: a side named with no passive attendance before it
	// ("the agreement was welcomed on the Danish side by X") puts X at
	// no meeting.
	got := pairsOf(t, "Talks\nOn Monday, President Ana Lind hosted King Olav Brenn at the palace in Oslo. The agreement was welcomed on the Danish side by Foreign Minister Karen Holm.")
	for _, p := range got {
		if p == "Karen Holm|Olav Brenn" || p == "Ana Lind|Karen Holm" {
			t.Errorf("pairs %v: Karen Holm put at the meeting", got)
		}
	}
}

// "Ana Lind arrived in Oslo on Monday. In the evening the Prime Minister
// met X": a bare title that opens the main clause after a fronted time
// adjunct with no comma ("In the evening", "Later", "On Tuesday") is its
// subject, as after a comma, and stands for the one person the story gave
// that post. It was read only at the sentence's start or after a comma,
// so the meeting had one side (p597's "In the evening the Premier had an
// hour's conversation with Mr. X").
func TestBareTitleAfterFrontedTime(t *testing.T) {
	for _, text := range []string{
		"Talks\nPrime Minister Ana Lind arrived in Oslo on Monday. In the evening the Prime Minister met President Jonas Berg.",
		"Talks\nPrime Minister Ana Lind arrived in Oslo on Monday. Later the Prime Minister had a long conversation with President Jonas Berg.",
	} {
		if got := pairsOf(t, text); !slices.Equal(got, []string{"Ana Lind|Jonas Berg"}) {
			t.Errorf("%q: pairs %v, want Ana Lind|Jonas Berg", text, got)
		}
	}
	// Minimal pair: the title after a fronted place, not a time ("At the
	// harbour the Prime Minister"), or as an object ("Reporters asked the
	// Prime Minister"), is not read as the subject.
	for _, text := range []string{
		"Talks\nPrime Minister Ana Lind arrived in Oslo on Monday. Reporters asked the Prime Minister about President Jonas Berg.",
		"Talks\nPrime Minister Ana Lind arrived in Oslo on Monday. Under the accord the Prime Minister must consult President Jonas Berg.",
	} {
		if got := pairsOf(t, text); len(got) != 0 {
			t.Errorf("%q: pairs %v, want none", text, got)
		}
	}
}

// "X, Union Minister for Railways, and the Y delegation by Z": a
// portfolio the list did not hold ("Railways", "Roads and Highways") was
// read as a person's name after the title and sat at the meeting as a
// third participant (p600). Now those portfolios head the title's
// complement as "Industry" and "Transport" do (portfolioWords, data only).
func TestRailwaysIsAPortfolio(t *testing.T) {
	for _, text := range []string{
		"Talks\nTalks opened in Delhi on Monday. The Indian delegation is led by Ana Lind, Minister for Railways, and the Danish delegation by Jonas Berg.",
		"Talks\nAna Lind, the Minister for Roads and Highways, met Jonas Berg in Delhi on Monday.",
	} {
		if got := pairsOf(t, text); !slices.Equal(got, []string{"Ana Lind|Jonas Berg"}) {
			t.Errorf("%q: pairs %v, want Ana Lind|Jonas Berg", text, got)
		}
	}
	// Minimal pair: the name after the portfolio is still read whole.
	if got := pairsOf(t, "Talks\nThe Minister for Railways Ana Lind met Jonas Berg in Delhi on Monday."); !slices.Equal(got, []string{"Ana Lind|Jonas Berg"}) {
		t.Errorf("pairs %v, want Ana Lind|Jonas Berg", got)
	}
}

// "leader Kim Jong Un": "un" is a title word as the acronym of a body
// ("UN envoy"), so the name run ending in "Un" was split there with no
// name left, and the person was lost; the meeting kept one side (p598's
// working lunch). In title case after a name word it is the name's last
// syllable.
func TestUnAfterANameIsASyllable(t *testing.T) {
	got := pairsOf(t, "Talks\nPresident Ana Lind and North Korean leader Kim Jong Un sat down to a working lunch in Oslo on Monday.")
	if !slices.Equal(got, []string{"Ana Lind|Kim Jong Un"}) {
		t.Errorf("pairs %v, want Ana Lind|Kim Jong Un", got)
	}
	// Minimal pair: "UN" in capitals before a name stays the title
	// ("UN envoy Jonas Berg" is Jonas Berg, no "UN" in his name).
	got = pairsOf(t, "Talks\nPresident Ana Lind met UN envoy Jonas Berg in Oslo on Monday.")
	if !slices.Equal(got, []string{"Ana Lind|Jonas Berg"}) {
		t.Errorf("pairs %v, want Ana Lind|Jonas Berg", got)
	}
}

// "SINGAPORE —", "VATICAN CITY (AP) —": a dateline naming a state whose
// capital has the same name was read as a country, no city, so the
// meetings "here" had no place (p596, p598, p552). Now the city-state's
// dateline is its capital.
func TestCityStateDateline(t *testing.T) {
	for text, want := range map[string]string{
		"Talks\nSINGAPORE — President Ana Lind met Prime Minister Jonas Berg on Monday.":         "Singapore",
		"Talks\nVATICAN CITY (Wire) — Pope Leo received President Ana Lind on Monday for talks.": "Vatican City",
	} {
		ms := heldAt(t, text, corefPub)
		if len(ms) != 1 || ms[0].Place != want {
			t.Errorf("%q: meetings %+v, want one in %s", text, ms, want)
		}
	}
	// Minimal pair: a country whose capital has another name ("FRANCE
	// —") gives no city.
	ms := heldAt(t, "Talks\nFRANCE — President Ana Lind met Prime Minister Jonas Berg on Monday.", corefPub)
	if len(ms) != 1 || ms[0].Place != "" {
		t.Errorf("meetings %+v, want one with no place", ms)
	}
}
