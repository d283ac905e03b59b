package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

var corefPub = time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)

// statuses extracts one sentence (after a headline) and returns the status
// of each meeting.
func statuses(t *testing.T, sentence string) []graph.Status {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Talks\n" + sentence, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	var out []graph.Status
	for _, m := range rec.Meetings {
		out = append(out, m.Status)
	}
	return out
}

// A meeting put off ("has been postponed") did not take place: the noun
// predicate's own verb says so, after "be" or "been".
func TestPutOffIsNotHeld(t *testing.T) {
	for _, s := range []string{
		"A meeting between President Ada Lind and President Kofi Mensah has been postponed.",
		"Talks between President Ada Lind and President Kofi Mensah have been postponed until June.",
		"A summit between President Ada Lind and President Kofi Mensah will be postponed.",
	} {
		if got := statuses(t, s); slices.Contains(got, graph.Held) {
			t.Errorf("%q: %v, want nothing held", s, got)
		}
	}
	if got := statuses(t, "President Ada Lind met President Kofi Mensah in Accra on Monday."); !slices.Equal(got, []graph.Status{graph.Held}) {
		t.Errorf("a plain meeting: %v, want held", got)
	}
}

// "The two" standing alone as a subject ("the two last met", "the three
// have held talks") means the people just named.
func TestBareCountSubject(t *testing.T) {
	got := heldAt(t, "Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. The two last met in Lome in 2023.", corefPub)
	var lome bool
	for _, m := range got {
		if m.Place == "Lomé" || m.Place == "Lome" {
			lome = m.Date == "2023" && slices.Equal(m.Participants, []string{"Ada Lind", "Kofi Mensah"})
		}
	}
	if !lome {
		t.Errorf("held %v, want Lind and Mensah in Lome in 2023", got)
	}
	// The people of the meeting just told, not the last two named.
	got = heldAt(t, "Talks\nPresident Ada Lind met President Kofi Mensah in Accra on Monday. The analyst Rosa Quint called the visit overdue. The two last met in Lome in 2023.", corefPub)
	for _, m := range got {
		if slices.Contains(m.Participants, "Rosa Quint") {
			t.Errorf("held %v: the analyst is no participant", got)
		}
	}
	// A number before a noun is not a subject of its own.
	got = heldAt(t, "Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. The two countries signed a trade deal.", corefPub)
	if len(got) != 1 {
		t.Errorf("the two countries: held %v, want only the Accra meeting", got)
	}
}

// A capitalized name right after "the" (or "the two"), standing as a
// whole phrase, names a place or a thing: personal names take no article.
// A name used as a modifier ("the Unity Front delegation") stays a name.
func TestArticleNameIsNoPerson(t *testing.T) {
	for _, s := range []string{
		"The talks did not settle the rules for filling the dam on the Black Volta, one of two tributaries of the Volta.",
		"Officials said the two Guineas are expected to join the river commission later.",
	} {
		rec, err := Extract(Article{ID: "t", Text: "Talks\n" + s, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		if persons := personNames(rec); len(persons) != 0 {
			t.Errorf("%q: persons %v", s, persons)
		}
	}
	rec, err := Extract(Article{ID: "t", Text: "Talks\nFormer Amani Kesho chairman Kofi Mensah led the Amani Kesho delegation to Accra on Monday.", Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rec.Actors {
		if a.Name == "Amani Kesho" && a.Kind != graph.Group {
			t.Errorf("a name as a modifier: %s is a %s, want a group", a.Name, a.Kind)
		}
	}
}

// A name followed by an apposition whose title holds words no list has
// ("a liaison officer of", "the current chairman of") is a person with
// that post, even when named once and in no meeting.
func TestLooseApposition(t *testing.T) {
	for _, s := range []struct{ text, title string }{
		{"The rebel delegates, led by Kofi Mensah, a liaison officer of the Unity Front, spoke for several factions.", "liaison officer"},
		{"The plan was drafted by Kofi Mensah, the current chairman of the Unity Front, last year.", "current chairman"},
	} {
		rec, err := Extract(Article{ID: "t", Text: "Talks\n" + s.text, Published: corefPub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range rec.Actors {
			if a.Name == "Kofi Mensah" && a.Kind == graph.Person {
				found = len(a.Positions) == 1 && a.Positions[0].Title == s.title
			}
		}
		if !found {
			t.Errorf("%q: actors %+v, want the person Kofi Mensah, %s", s.text, rec.Actors, s.title)
		}
	}
}

// People said to attend a meeting just told ("the meeting was attended
// by A and B", "A and B were also present", "A and B also took part in the
// talks") join it, not a meeting of their own; an attendance of another
// time, or a denied one, does not.
func TestAttendanceJoinsMeeting(t *testing.T) {
	lead := "Talks\nPresident Ana Lind met President Kofi Mensah in Accra on Monday. "
	want := []string{"Ana Lind", "Janet Boateng", "Kofi Mensah", "Yaw Darko"}
	for _, s := range []string{
		"The meeting was attended by Foreign Minister Janet Boateng and Trade Minister Yaw Darko.",
		"Foreign Minister Janet Boateng and Trade Minister Yaw Darko were also present.",
		"Foreign Minister Janet Boateng and Trade Minister Yaw Darko also took part in the talks.",
	} {
		got := heldAt(t, lead+s, corefPub)
		if len(got) != 1 || !slices.Equal(got[0].Participants, want) {
			t.Errorf("%q: held %v, want one meeting of %v", s, got, want)
		}
	}
	for _, s := range []string{
		"Foreign Minister Janet Boateng and Trade Minister Yaw Darko were not present.",
		"Foreign Minister Janet Boateng, who took part in the talks of 2019, said little had changed.",
	} {
		got := heldAt(t, lead+s, corefPub)
		if len(got) != 1 || !slices.Equal(got[0].Participants, []string{"Ana Lind", "Kofi Mensah"}) {
			t.Errorf("%q: held %v, want only Lind and Mensah", s, got)
		}
	}
}

// partiesOf extracts a text and returns the parties of its negotiations,
// sorted, as often as each is named.
func partiesOf(t *testing.T, text string) []string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: text, Published: corefPub})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range rec.Negotiations {
		out = append(out, n.Parties...)
	}
	slices.Sort(out)
	return out
}

// Talks over a dispute between the people of two sides, with no mediator
// and no "between" phrase, make the two sides parties; a friendly visit
// with no dispute named makes no negotiation.
func TestBilateralTalksHaveParties(t *testing.T) {
	parties := func(text string) []string { return partiesOf(t, "Talks\n"+text) }
	for _, dispute := range []string{"the border dispute", "a ceasefire", "ending the war"} {
		text := "Ghanaian Foreign Minister Ana Lind met her Togolese counterpart Kofi Mensah in Accra on Monday for talks on " + dispute + "."
		if got := parties(text); !slices.Equal(got, []string{"Ghana", "Togo"}) {
			t.Errorf("%q: parties %v, want Ghana and Togo", text, got)
		}
	}
	if got := parties("Ghanaian Foreign Minister Ana Lind met her Togolese counterpart Kofi Mensah in Accra on Monday to open a cultural centre."); len(got) != 0 {
		t.Errorf("a friendly visit: parties %v, want none", got)
	}
}
