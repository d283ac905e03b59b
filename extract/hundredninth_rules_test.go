package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-ninth round: participants not found, each shape
// with sentences of its own.

func hasPerson(rec graph.Record, name string) bool {
	return slices.ContainsFunc(rec.Actors, func(a graph.Actor) bool { return a.Kind == graph.Person && a.Name == name })
}

func metPair(rec graph.Record, a, b string) bool {
	for _, m := range rec.Meetings {
		if m.Status == "held" && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return true
		}
	}
	return false
}

// Hard-wrapped copy breaks lines at a fixed width, mid-sentence and
// mid-name ("Defence Minister Tomas" / "Varga met ..."); the text stage
// cut a sentence at every line break, so each half of a name stood alone
// and no meeting was read (p691). Such text is now joined line to line.
func TestHardWrappedLinesJoined(t *testing.T) {
	text := "Ministers meet on border pact\n" +
		"VIENNA (wire) -- Defence Minister Tomas\n" +
		"Varga of Hungary and his Slovak counterpart Peter\n" +
		"Kollar met on Tuesday at the Hungarian\n" +
		"embassy to settle the last points of a\n" +
		"border patrol agreement.\n" +
		"Varga was joined by his deputy, Ilona Sebo,\n" +
		"and Kollar by the chief of staff, Jan\n" +
		"Benes, officials said after the talks,\n" +
		"which lasted three hours.\n"
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"Tomas Varga", "Peter Kollar"} {
		if !hasPerson(rec, n) {
			t.Errorf("%s not found: %+v", n, rec.Actors)
		}
	}
	if !metPair(rec, "Tomas Varga", "Peter Kollar") {
		t.Errorf("Varga and Kollar not met: %+v", rec.Meetings)
	}
	// Negative case: text of one paragraph a line, with short paragraphs
	// and a headline stack, keeps its breaks: the headline's last line
	// does not run into the dateline, and a name at a paragraph's end
	// stays apart from the next paragraph's first word.
	text = "ENVOYS MEET\n" +
		"TALKS ON BORDER\n" +
		"From Our Correspondent\n" +
		"VIENNA, May 4.\n" +
		"Defence Minister Tomas Varga met Peter Kollar on Tuesday.\n" +
		"The talks were held at the embassy.\n" +
		"Officials declined to comment.\n" +
		"A second round is due in June.\n"
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && a.Name != "Tomas Varga" && a.Name != "Peter Kollar" {
			t.Errorf("a person read across paragraph lines: %+v", a)
		}
	}
	if !metPair(rec, "Tomas Varga", "Peter Kollar") {
		t.Errorf("Varga and Kollar not met: %+v", rec.Meetings)
	}
}

// "premier" and "prime minister" name one post: a possessive title without
// a name ("Ruritania's premier", "Ruritania's prime minister") refers back to
// the one person the story gave the post in the other word, where it fell
// to the state (p689's "Qatar's premier" after "Qatar's prime minister,
// X").
func TestPremierIsPrimeMinister(t *testing.T) {
	for _, text := range []string{
		"Talks\nOSLO - Norway's prime minister, Kari Dahl, arrived on Monday. Later, President Anton Berg met Norway's premier and Lena Holm in Oslo.",
		"Talks\nOSLO - Norwegian Premier Kari Dahl arrived on Monday. Later, President Anton Berg met Norway's prime minister in Oslo.",
	} {
		rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if !metPair(rec, "Anton Berg", "Kari Dahl") {
			t.Errorf("%q: Berg and Dahl not met: %+v", text, rec.Meetings)
		}
	}
	// Negative case: a deputy's post is no head of government's, and with
	// two holders of the word the title stays the state's.
	text := "Talks\nOSLO - Norway's deputy prime minister, Kari Dahl, and its premier, Ola Lunde, arrived on Monday. Later, President Anton Berg met Norway's premier in Oslo."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if metPair(rec, "Anton Berg", "Kari Dahl") {
		t.Errorf("the premier read as the deputy prime minister: %+v", rec.Meetings)
	}
}

// "Ruritania's spy chief, X, met Y's premier": after the fronted title's
// second comma the apposition reader took the verb for a title's modifier
// and gave X the post of the object ("premier of Y"), so the object was
// no longer read (p689). A verb of a person's act now ends the apposition.
func TestVerbEndsApposition(t *testing.T) {
	text := "Talks\nOSLO - Norway's prime minister, Kari Dahl, arrived on Monday. Later, Sweden's intelligence chief, Nils Ek, met Norway's prime minister in Oslo."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	if !metPair(rec, "Nils Ek", "Kari Dahl") {
		t.Errorf("Ek and Dahl not met: %+v", rec.Meetings)
	}
	for _, a := range rec.Actors {
		if a.Name == "Nils Ek" {
			for _, p := range a.Positions {
				if strings.Contains(p.Title, "prime minister") {
					t.Errorf("the object's post given to the subject: %+v", a)
				}
			}
		}
	}
	// Negative case: a lower-case modifier that is no verb still opens
	// the apposition's title ("X, acting Norway's envoy" is not English;
	// "X, then Norway's envoy" is).
	text = "Talks\nOSLO - Nils Ek, then Sweden's envoy, met Kari Dahl in Oslo on Monday."
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(rec.Actors, func(a graph.Actor) bool { return a.Name == "Nils Ek" })
	if i < 0 || len(rec.Actors[i].Positions) == 0 {
		t.Errorf("Ek's post lost: %+v", rec.Actors)
	}
}

// "the mediation she led with A and B": a brokering act led by one agent
// "with" others makes the others co-brokers. Without it, a story whose
// mediators meet the other side ("Y's spy chief met X's premier and Z's
// CIA director to discuss a deal") joined the two people met as the
// dispute's sides (p689, once "X's premier" was read as the person).
func TestLedMediationWith(t *testing.T) {
	text := "Talks\nOSLO - Norway's prime minister, Kari Dahl, is trying to revive the mediation she led with Sweden and Finland that produced a truce between Chile and Peru last month."
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	var meds []string
	for _, n := range rec.Negotiations {
		meds = append(meds, n.Mediators...)
	}
	for _, want := range []string{"Sweden", "Finland"} {
		if !slices.Contains(meds, want) {
			t.Errorf("%s not a mediator: %+v", want, rec.Negotiations)
		}
	}
	// Negative case: "led" with no "with" after it names no co-brokers,
	// and the states after it stay the sides.
	text = "Talks\nOSLO - Norway's mediation led Chile to hold talks with Peru on their border dispute last month."
	rec, err = Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range rec.Negotiations {
		if slices.Contains(n.Mediators, "Chile") || slices.Contains(n.Mediators, "Peru") {
			t.Errorf("a side read as a co-broker: %+v", rec.Negotiations)
		}
	}
}
