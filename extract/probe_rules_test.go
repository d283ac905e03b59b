package extract

import (
	"slices"
	"testing"
	"time"
)

// heldPairs extracts text and returns its held meetings' participants.
func heldPairs(t *testing.T, text string) [][]string {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, m := range rec.Meetings {
		if m.Status == "held" {
			p := slices.Clone(m.Participants)
			slices.Sort(p)
			out = append(out, p)
		}
	}
	return out
}

// A month word that runs into a capitalized word with no number beside it
// is a given name, not a date.
func TestMonthWordAsGivenName(t *testing.T) {
	for _, given := range []string{"Jan", "August", "June"} {
		got := heldPairs(t, "Premier Olaf Brandt held talks with the visiting minister "+given+" Kowalczyk in Oslo on Friday.")
		want := []string{given + " Kowalczyk", "Olaf Brandt"}
		if len(got) != 1 || !slices.Equal(got[0], want) {
			t.Errorf("%s: held %v, want %v", given, got, want)
		}
	}
}

// People who comment on a meeting ("criticised the meeting") did not
// attend it; people who chair or attend it did.
func TestCommentOnMeetingIsNoMeeting(t *testing.T) {
	text := "Minister Vera Holm met Minister Ivo Sandor in Oslo on Friday. "
	for _, verb := range []string{"criticised", "welcomed", "praised", "dismissed"} {
		got := heldPairs(t, text+"The lawmaker Ruth Adler "+verb+" the meeting, and the scholar Omar Tanvir said little would change.")
		if len(got) != 1 {
			t.Errorf("%s: held %v, want only Holm and Sandor", verb, got)
		}
	}
	got := heldPairs(t, text+"The envoy Ruth Adler chaired the meeting with the mayor Omar Tanvir.")
	if len(got) < 2 {
		t.Errorf("chaired: held %v, want a meeting with Adler", got)
	}
}

// A pronoun subject after a fronted adjunct stands for the person of the
// sentence before.
func TestPronounAfterFrontedAdjunct(t *testing.T) {
	got := heldPairs(t, "The Peruvian envoy Rosa Quispe arrived in Quito on Monday. During the trip, she was received by President Tomas Vera.")
	want := []string{"Rosa Quispe", "Tomas Vera"}
	if !slices.ContainsFunc(got, func(p []string) bool { return slices.Equal(p, want) }) {
		t.Errorf("held %v, want %v", got, want)
	}
}

// A person named in what the meeting was about is not one of its
// participants; one named after "with" is.
func TestTopicPersonIsNoParticipant(t *testing.T) {
	for _, topic := range []string{
		"to discuss the case of the jailed poet Nina Sorel",
		"on the fate of the missing pilot Nina Sorel",
		"regarding the trial of Nina Sorel",
	} {
		got := heldPairs(t, "The envoy Hugo Brandt met the minister Carla Mendes in Lisbon on Monday "+topic+".")
		want := []string{"Carla Mendes", "Hugo Brandt"}
		if len(got) != 1 || !slices.Equal(got[0], want) {
			t.Errorf("%q: held %v, want %v", topic, got, want)
		}
	}
	got := heldPairs(t, "The envoy Hugo Brandt met in Lisbon on Monday to discuss trade with the minister Carla Mendes.")
	if len(got) != 1 || !slices.Equal(got[0], []string{"Carla Mendes", "Hugo Brandt"}) {
		t.Errorf("topic then with: held %v", got)
	}
}

// The people of a relative clause between a subject and its predicate
// belong to another event.
func TestRelativeClausePersonIsNoParticipant(t *testing.T) {
	for _, rel := range []string{"who succeeded Paolo Conti in March", "whose rival Paolo Conti lost the vote", "who defeated Paolo Conti"} {
		got := heldPairs(t, "Governor Lucia Bassi, "+rel+", received the Maltese consul Ivan Borg in Palermo on Monday.")
		want := []string{"Ivan Borg", "Lucia Bassi"}
		if len(got) != 1 || !slices.Equal(got[0], want) {
			t.Errorf("%q: held %v, want %v", rel, got, want)
		}
	}
}

// An attendance verb adds its subject to a nearby meeting only when it
// governs a meeting; a passive "attended by" adds the people after it.
func TestAttendanceGovernsAMeeting(t *testing.T) {
	base := "Minister Vera Holm met Minister Ivo Sandor in Oslo on Friday. They agreed on fishing quotas. "
	for _, other := range []string{
		"On Saturday, the mayor Lars Dahl attended a concert in the harbour.",
		"The deputy Lars Dahl joined the cabinet last year.",
		"The economist Lars Dahl attended university in Bergen.",
	} {
		got := heldPairs(t, base+other)
		if len(got) != 1 || len(got[0]) != 2 {
			t.Errorf("%q: held %v, want only Holm and Sandor", other, got)
		}
	}
	for _, joined := range []string{
		"The envoy Lars Dahl also attended the talks.",
		"The envoy Lars Dahl was also present.",
		"The dinner was also attended by the envoy Lars Dahl.",
	} {
		got := heldPairs(t, base+joined)
		if len(got) != 1 || len(got[0]) != 3 {
			t.Errorf("%q: held %v, want Dahl added to the meeting", joined, got)
		}
	}
}

// A person who only owns or qualifies another noun — "X's office said",
// "Y, the envoy of X", "X's chief of staff" — is not in the meeting; the
// owner of the meeting, the host of an invitation or a venue, and a person
// in whose presence it was held are.
func TestComplementPersons(t *testing.T) {
	two := []string{"Carla Mendes", "Olaf Brandt"}
	for _, s := range []string{
		"Premier Olaf Brandt met Minister Carla Mendes, the envoy of President Hugo Serra, in Paris on Monday.",
		"Premier Olaf Brandt, President Hugo Serra's chief of staff, met Minister Carla Mendes in Paris on Monday.",
		"Premier Olaf Brandt held a call with Minister Carla Mendes on Monday, President Hugo Serra's office said.",
		"Premier Olaf Brandt met Minister Carla Mendes on behalf of President Hugo Serra in Paris on Monday.",
	} {
		got := heldPairs(t, s)
		if len(got) != 1 || !slices.Equal(got[0], two) {
			t.Errorf("%q: held %v, want %v", s, got, two)
		}
	}
	for _, s := range []string{
		"Premier Olaf Brandt met Minister Carla Mendes in Paris on Monday in the presence of President Hugo Serra.",
		"Premier Olaf Brandt met Minister Carla Mendes at the Paris residence of President Hugo Serra on Monday.",
		"Premier Olaf Brandt visited Paris on Monday at the invitation of President Hugo Serra.",
	} {
		got := heldPairs(t, s)
		if len(got) != 1 || !slices.Contains(got[0], "Hugo Serra") || !slices.Contains(got[0], "Olaf Brandt") {
			t.Errorf("%q: held %v, want Serra in the meeting", s, got)
		}
	}
	got := heldPairs(t, "Premier Olaf Brandt's meeting with Minister Carla Mendes in Paris on Monday lasted an hour.")
	if len(got) != 1 || !slices.Equal(got[0], two) {
		t.Errorf("possessor of the meeting: held %v", got)
	}
}

// A predicate inside a relative clause has for subject the person just
// before "who", not the other people of the sentence.
func TestPredicateInsideRelativeClause(t *testing.T) {
	got := heldPairs(t, "Premier Olaf Brandt and President Hugo Serra both praised Minister Carla Mendes, who met the envoy Ivo Sandor in Paris on Monday.")
	want := []string{"Carla Mendes", "Ivo Sandor"}
	if len(got) != 1 || !slices.Equal(got[0], want) {
		t.Errorf("held %v, want %v", got, want)
	}
}

// Each conjunct of a clause is its own event: "A met B, and C visited D"
// holds two meetings; "A met B and thanked C", "A thanked C and met B",
// "A met B to pass on a message from C" one, without C. Coordinated
// objects, participles and a purpose clause's prepositions stay inside.
func TestConjuncts(t *testing.T) {
	ab := []string{"Carla Mendes", "Olaf Brandt"}
	cd := []string{"Hugo Serra", "Ivo Sandor"}
	for _, s := range []string{
		"Premier Olaf Brandt met Minister Carla Mendes in Paris on Monday, and President Hugo Serra visited Chancellor Ivo Sandor in Rome.",
		"Premier Olaf Brandt met Minister Carla Mendes in Paris on Monday and President Hugo Serra received Chancellor Ivo Sandor in Rome.",
		"Premier Olaf Brandt met Minister Carla Mendes on Monday, but President Hugo Serra spoke with Chancellor Ivo Sandor by phone.",
	} {
		got := heldPairs(t, s)
		if len(got) != 2 || !slices.Equal(got[0], ab) || !slices.Equal(got[1], cd) {
			t.Errorf("%q: held %v, want %v and %v", s, got, ab, cd)
		}
	}
	for _, s := range []string{
		"Premier Olaf Brandt met Minister Carla Mendes and thanked President Hugo Serra for his support.",
		"Premier Olaf Brandt thanked President Hugo Serra and visited Minister Carla Mendes in Paris on Monday.",
		"Premier Olaf Brandt met Minister Carla Mendes to pass on a message from President Hugo Serra.",
	} {
		got := heldPairs(t, s)
		if len(got) != 1 || !slices.Equal(got[0], ab) {
			t.Errorf("%q: held %v, want %v", s, got, ab)
		}
	}
	for _, s := range []string{
		"Premier Olaf Brandt met Minister Carla Mendes and the delegation led by President Hugo Serra in Paris on Monday.",
		"Premier Olaf Brandt met Minister Carla Mendes and the newly appointed envoy Hugo Serra in Paris on Monday.",
		"Premier Olaf Brandt met with Minister Carla Mendes and President Hugo Serra in Paris on Monday to discuss the plan.",
	} {
		got := heldPairs(t, s)
		if len(got) != 1 || len(got[0]) != 3 {
			t.Errorf("%q: held %v, want one meeting of three", s, got)
		}
	}
}

// "A told B in a phone call": the person told took part; a time before
// the reporting verb dates the call; "calls on X to resign" is no call.
func TestToldInACall(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Title\nLate on Sunday, President Hugo Serra told Minister Carla Mendes in a phone call that the deal was close.\n" +
		"Serra also told Mendes in a call on Sunday that he would travel.", Published: time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Meetings) == 0 || rec.Meetings[0].Date != "2025-05-04" || rec.Meetings[0].Mode != "call" || len(rec.Meetings[0].Participants) != 2 {
		t.Errorf("meetings %+v, want the call of Serra and Mendes on 2025-05-04", rec.Meetings)
	}
	if got := heldPairs(t, "President Hugo Serra calls on Minister Carla Mendes to resign."); len(got) != 0 {
		t.Errorf("calls on X to: held %v", got)
	}
}

// "X was received by A and held talks with B": two meetings, X with A and
// X with B, not A with B; a fronted "During the visit," takes the place
// and date of the visit told before.
func TestCoordinatedPredicatesAfterFrontedVisit(t *testing.T) {
	rec, err := Extract(Article{ID: "t", Text: "Title\nThe Peruvian envoy Rosa Quispe paid an official visit to Quito on 3 May. " +
		"During the visit, she was received by President Tomas Vera and held talks with Minister Ana Lopez.",
		Published: time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var pairs [][]string
	for _, m := range rec.Meetings {
		if m.Status != "held" {
			continue
		}
		if m.Place != "Quito" || m.Date != "2025-05-03" {
			t.Errorf("meeting %v at %q on %q, want Quito on 2025-05-03", m.Participants, m.Place, m.Date)
		}
		p := slices.Clone(m.Participants)
		slices.Sort(p)
		pairs = append(pairs, p)
	}
	want := [][]string{{"Rosa Quispe", "Tomas Vera"}, {"Ana Lopez", "Rosa Quispe"}}
	if len(pairs) != 2 || !slices.EqualFunc(pairs, want, slices.Equal) {
		t.Errorf("held %v, want %v", pairs, want)
	}
}
