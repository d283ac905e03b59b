package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// "Title of (the) State Name": the state of the title's "of" complement,
// running straight into the name, is whose post it is, as a possessor
// before the title would be; and a name before a comma does not take a
// title that runs into the next name. Every title against every form of
// the state, at the start of a sentence, after a list's comma and after
// "at the invitation of".
func TestTitleOfStateBeforeName(t *testing.T) {
	titles := []string{"President", "Prime Minister", "Foreign Minister", "Minister of Foreign Affairs", "Speaker"}
	states := []struct{ form, name string }{
		{"Norway", "Norway"},
		{"the Republic of Latvia", "Republic of Latvia"},
		{"Estonia", "Estonia"},
	}
	for _, ti := range titles {
		for _, st := range states {
			want := fmt.Sprintf("%s @ %s", ti, st.name)
			texts := []string{
				fmt.Sprintf("The %s of %s Ola Hansen met envoys in Geneva on Monday.", ti, st.form),
				fmt.Sprintf("Envoys met Ana Rojas, the %s of %s Ola Hansen and others in Geneva.", ti, st.form),
				fmt.Sprintf("At the invitation of Ana Rojas, the %s of %s Ola Hansen paid a visit to Geneva.", ti, st.form),
			}
			for _, text := range texts {
				ps := personsOf(t, text)
				if !slices.Contains(ps["Ola Hansen"], want) {
					t.Errorf("%q: Ola Hansen holds %v, want %s", text, ps["Ola Hansen"], want)
				}
				if len(ps["Ana Rojas"]) > 0 {
					t.Errorf("%q: Ana Rojas holds %v, want nothing: the title is the next name's", text, ps["Ana Rojas"])
				}
			}
		}
	}
	// An ambassador "to" a state is not that state's: no "of", no post
	// there.
	ps := personsOf(t, "Kenya's Ambassador to Chile Joseph Mwangi met officials in Santiago.")
	if slices.Contains(ps["Joseph Mwangi"], "Ambassador to Chile @ Chile") || slices.Contains(ps["Joseph Mwangi"], "Ambassador @ Chile") {
		t.Errorf("Mwangi holds %v: a post to Chile is not Chile's", ps["Joseph Mwangi"])
	}
}

// Two states' people who meet to talk over a dispute "between" two others
// are not its parties: the sentence names the dispute's own sides. When
// the sides it names are theirs, they are.
func TestDisputeBetweenOthersIsTheirs(t *testing.T) {
	disputes := []string{"the peace process", "the border dispute", "the ceasefire talks"}
	meetings := []string{
		"Norwegian Minister Ola Hansen held talks with his Swedish counterpart Per Lind on %s between %s.",
		"On Monday, Minister Ola Hansen of Norway met the Foreign Minister of Sweden Per Lind, and the two discussed %s between %s.",
		"On Monday, Norwegian Minister Ola Hansen held a telephone conversation with his Swedish counterpart Per Lind, during which the sides exchanged views on %s between %s.",
		"Minister Ola Hansen of Norway received Swedish Minister Per Lind in Oslo on Monday, and the sides exchanged views on %s between %s.",
	}
	for _, d := range disputes {
		for _, m := range meetings {
			text := fmt.Sprintf(m, d, "Chile and Peru")
			got := negotiationSides(t, text)
			if slices.Contains(got, "Norway–Sweden") {
				t.Errorf("%q: negotiations %v; Norway and Sweden only discussed it", text, got)
			}
			text = fmt.Sprintf(m, d, "Norway and Sweden")
			if got := negotiationSides(t, text); !slices.Contains(got, "Norway–Sweden") {
				t.Errorf("%q: negotiations %v, want Norway–Sweden", text, got)
			}
		}
	}
}

// negotiationSides are the parties of each negotiation extracted from
// text, sorted and joined "A–B".
func negotiationSides(t *testing.T, text string) []string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range rec.Negotiations {
		ps := slices.Clone(n.Parties)
		slices.Sort(ps)
		out = append(out, strings.Join(ps, "–"))
	}
	return out
}

// "the former Ruritanian president" stands for the one person the story
// told had left that state's post, whatever word says so and whether
// the post was told before or after the name; never for the sitting
// holder of the post.
func TestFormerDemonymPostIsTheFormerHolder(t *testing.T) {
	told := []string{
		"Norway's former president Ola Hansen flew to Accra on Monday.",
		"Former Norwegian president Ola Hansen flew to Accra on Monday.",
		"Ola Hansen, the former president of Norway, flew to Accra on Monday.",
		"Ola Hansen, Norway's retired prime minister, flew to Accra on Monday.",
	}
	for _, first := range told {
		for _, word := range []string{"former", "retired"} {
			text := "Talks\n" + first + " The " + word + " Norwegian " + postOf(first) + " met Kofi Mensah at a hotel in Accra on Tuesday."
			if got := pairsOf(t, text); !slices.Contains(got, "Kofi Mensah|Ola Hansen") {
				t.Errorf("%q: pairs %v, want Kofi Mensah|Ola Hansen", text, got)
			}
		}
	}
	// The sitting president is not "the former" one: nobody is meant.
	text := "Talks\nNorwegian President Ola Hansen flew to Accra on Monday. The former Norwegian president met Kofi Mensah at a hotel in Accra on Tuesday."
	if got := pairsOf(t, text); slices.Contains(got, "Kofi Mensah|Ola Hansen") {
		t.Errorf("%q: pairs %v, want no Kofi Mensah|Ola Hansen: Hansen holds the post", text, got)
	}
}

// postOf is the post a sentence of TestFormerDemonymPostIsTheFormerHolder
// tells.
func postOf(s string) string {
	if strings.Contains(s, "prime minister") {
		return "prime minister"
	}
	return "president"
}

// A mediator noun inside a relative clause after a list ("A and B, which
// the mediators had hoped to bring together") is no apposition: neither
// A nor B, nor their states, mediate. "X, the mediators" still is one,
// and "X, whose mediators" tells X's own.
func TestMediatorNounInRelativeIsNoApposition(t *testing.T) {
	for _, rel := range []string{"which", "that"} {
		text := fmt.Sprintf("Talks\nThe African Union mediated the talks between Norway and Sweden in Geneva on Monday. A summit between Norwegian President Ola Hansen and Swedish President Per Lind, %s the mediators had hoped to hold next month, now looks unlikely.", rel)
		for _, name := range []string{"Ola Hansen", "Per Lind", "Norway", "Sweden"} {
			if slices.Contains(medsIn(t, text), name) {
				t.Errorf("%q: %s read as a mediator", text, name)
			}
		}
	}
	text := "Talks\nNorway and Sweden held talks in Geneva on Monday. Ghana, whose mediators carried the drafts, welcomed the accord."
	if !slices.Contains(medsIn(t, text), "Ghana") {
		t.Errorf("%q: mediators %v, want Ghana", text, medsIn(t, text))
	}
}

// medsIn are the mediators rolesIn reads in text.
func medsIn(t *testing.T, text string) []string {
	t.Helper()
	_, meds := rolesIn(t, text)
	return meds
}

// A post with no organization ("fisheries undersecretary Y") states no
// side: the states' report folds into the people's meeting as it does
// for one with no post at all, whatever the untied post's title.
func TestUntiedPostStatesNoSide(t *testing.T) {
	for _, post := range []string{"fisheries undersecretary", "deputy minister", "chief negotiator"} {
		text := fmt.Sprintf("Talks\nNorway and Sweden ended a round of fisheries talks in Oslo on Friday. Norway's chief negotiator Ola Hansen and his counterpart, %s Per Lind, held five days of talks.", post)
		got := pairsOf(t, text)
		if !slices.Contains(got, "Ola Hansen|Per Lind") || slices.Contains(got, "Norway|Sweden") {
			t.Errorf("%q: pairs %v, want Ola Hansen|Per Lind and not the states' own", text, got)
		}
	}
}
