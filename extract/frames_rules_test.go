package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// pairsOf extracts a text and returns the participant pairs of its held
// meetings, each "A|B" with the names sorted.
func pairsOf(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, m := range heldAt(t, text, corefPub) {
		for i, a := range m.Participants {
			for _, b := range m.Participants[i+1:] {
				p := []string{a, b}
				slices.Sort(p)
				out = append(out, strings.Join(p, "|"))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// A plural description among a predicate's arguments stands for the people
// of the meeting just told, also when someone else is named beside it.
func TestPluralBesideNames(t *testing.T) {
	for _, text := range []string{
		"Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. The two leaders later met with envoy Rosa Quint.",
		"Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. Envoy Rosa Quint then sat down with both leaders.",
	} {
		got := pairsOf(t, text)
		for _, want := range []string{"Ada Lind|Rosa Quint", "Kofi Mensah|Rosa Quint"} {
			if !slices.Contains(got, want) {
				t.Errorf("%q: pairs %v, want %s", text, got, want)
			}
		}
	}
	// The count must match the meeting just told.
	got := pairsOf(t, "Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. The three leaders later met with envoy Rosa Quint.")
	if slices.Contains(got, "Ada Lind|Rosa Quint") {
		t.Errorf("three leaders after a meeting of two: pairs %v", got)
	}
}

// A document signed by several people in one act brings them together
// (passive "signed by"), with those "in the presence of" whom it was
// signed; one person signing something is no meeting.
func TestSignedBy(t *testing.T) {
	got := pairsOf(t, "Talks\nPresident Ada Lind of Ghana, President Kofi Mensah of Togo and Prime Minister Jorge Alves of Benin met in Lome on Monday. "+
		"The accord was signed by the trade ministers of the three countries, Ana Pereira of Ghana, Jon Holt of Togo and Li Wen of Benin, in the presence of all three leaders.")
	for _, want := range []string{"Ana Pereira|Jon Holt", "Ada Lind|Li Wen", "Jorge Alves|Kofi Mensah"} {
		if !slices.Contains(got, want) {
			t.Errorf("pairs %v, want %s", got, want)
		}
	}
	for _, s := range []string{
		"Talks\nPresident Ada Lind signed a decree on Monday naming Kofi Mensah to the cabinet.",
		"Talks\nPresident Ada Lind has signed the bill that Senator Kofi Mensah drafted.",
	} {
		if got := pairsOf(t, s); len(got) != 0 {
			t.Errorf("%q: pairs %v, want none", s, got)
		}
	}
	_ = graph.Held
}

// Distributive readings: "separately", a second object conjunct opened by
// "and later", or objects each with a time of their own are encounters
// of their own; objects joined with one time met together.
func TestDistributiveMeetings(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		{"Talks\nPresident Ada Lind and President Kofi Mensah met in Accra on Monday. The two leaders met separately with envoy Rosa Quint before a joint session.",
			[]string{"Ada Lind|Rosa Quint", "Kofi Mensah|Rosa Quint"}, nil},
		{"Talks\nEnvoy Rosa Quint met individually with President Kofi Mensah and opposition leader Ada Lind in Accra.",
			[]string{"Kofi Mensah|Rosa Quint", "Ada Lind|Rosa Quint"}, []string{"Ada Lind|Kofi Mensah"}},
		{"Talks\nEnvoy Rosa Quint met opposition leader Kofi Mensah on Saturday and President Ada Lind yesterday.",
			[]string{"Kofi Mensah|Rosa Quint", "Ada Lind|Rosa Quint"}, []string{"Ada Lind|Kofi Mensah"}},
		{"Talks\nPresident Ada Lind spoke by phone with President Kofi Mensah and later with Prime Minister Jorge Alves.",
			[]string{"Ada Lind|Kofi Mensah", "Ada Lind|Jorge Alves"}, []string{"Jorge Alves|Kofi Mensah"}},
		{"Talks\nEnvoy Rosa Quint met opposition leader Kofi Mensah and President Ada Lind on Saturday.",
			[]string{"Kofi Mensah|Rosa Quint", "Ada Lind|Rosa Quint", "Ada Lind|Kofi Mensah"}, nil},
	}
	for _, c := range cases {
		got := pairsOf(t, c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: pairs %v, want %s", c.text, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: pairs %v, want no %s", c.text, got, w)
			}
		}
	}
}

// A time inside the topic phrase ("to discuss the June 9 summit") dates
// the topic, so the call itself is not dated then nor read as planned;
// the summit named there is not another meeting of the clause.
func TestTopicTimeIsNotThePredicates(t *testing.T) {
	got := heldAt(t, "Talks\nPresident Ada Lind spoke by phone with President Kofi Mensah to discuss the June 9 summit, due to be held in Lome.", corefPub)
	if len(got) != 1 || got[0].Date == "2025-06-09" || got[0].Mode != graph.Call {
		t.Errorf("held %v, want one call not dated June 9", got)
	}
	// The sidelines of an event are no topic: its time is the meeting's.
	got = heldAt(t, "Talks\nPresident Ada Lind met President Kofi Mensah on the sidelines of the trade forum in Lome on Friday.", corefPub)
	if len(got) != 1 || got[0].Date != "2025-05-02" {
		t.Errorf("held %v, want one meeting on Friday 2025-05-02", got)
	}
}

// A welcome verb in the active, person to person, is a host receiving a
// visitor; welcoming a thing or someone's decision is not.
func TestActiveWelcome(t *testing.T) {
	for _, s := range []string{
		"Talks\nPresident Ada Lind welcomed Prime Minister Kofi Mensah at the airport in Accra on Monday.",
		"Talks\nKing Omar Haddad greeted Togo's President Kofi Mensah at the palace on Monday.",
	} {
		if got := pairsOf(t, s); len(got) != 1 {
			t.Errorf("%q: pairs %v, want one", s, got)
		}
	}
	for _, s := range []string{
		"Talks\nPresident Ada Lind welcomed the truce that Kofi Mensah announced on Monday.",
		"Talks\nPresident Ada Lind welcomed Kofi Mensah's decision to free the prisoners.",
	} {
		if got := pairsOf(t, s); len(got) != 0 {
			t.Errorf("%q: pairs %v, want none", s, got)
		}
	}
}

// A noun predicate whose own verb is future ("a meeting between A and B
// will be held") is planned, also when a meeting told in a fronted
// adjunct ("After Monday's meeting, ...") opens the sentence.
func TestFutureNounBehindFrontedMeeting(t *testing.T) {
	for _, s := range []string{
		"Talks\nAfter Monday's meeting, a second meeting between the foreign ministers of Ghana and Togo will be held in Lome.",
		"Talks\nA second round of talks between President Ada Lind and President Kofi Mensah will take place in Lome next month.",
	} {
		if got := statuses(t, s); slices.Contains(got, graph.Held) {
			t.Errorf("%q: %v, want nothing held", s, got)
		}
	}
}

// "the Saudi crown prince" with no name after it is the person the story
// named with that post for that state, not the state.
func TestTitleDescription(t *testing.T) {
	got := pairsOf(t, "Talks\nGhanaian Foreign Minister Ada Lind arrived in Lome on Sunday.\n"+
		"President Kofi Mensah held a phone call with the Ghanaian foreign minister on Monday.")
	if !slices.Equal(got, []string{"Ada Lind|Kofi Mensah"}) {
		t.Errorf("pairs %v, want Lind and Mensah", got)
	}
}

// A predicate inside a non-restrictive relative clause keeps its
// arguments inside it: the main predicate's object did not attend.
func TestRelativeClauseArguments(t *testing.T) {
	got := pairsOf(t, "Talks\nPresident Ada Lind, who met President Kofi Mensah in Abuja in March, held talks with King Omar Haddad in Lome on Monday.")
	want := []string{"Ada Lind|Kofi Mensah", "Ada Lind|Omar Haddad"}
	if !slices.Equal(got, want) {
		t.Errorf("pairs %v, want %v", got, want)
	}
}

// A plural description by post and states ("the two countries' foreign
// ministers", "the foreign ministers of both countries") stands for the
// people the story named with that post, when there are that many.
func TestTitlePlural(t *testing.T) {
	for _, s := range []string{
		"Nigerian President Jorge Alves later held talks with the two countries' foreign ministers.",
		"Nigerian President Jorge Alves later met with the foreign ministers of both countries.",
	} {
		text := "Talks\nGhanaian Foreign Minister Ada Lind and Togolese Foreign Minister Kofi Mensah arrived in Abuja on Sunday.\n" + s
		got := pairsOf(t, text)
		for _, w := range []string{"Ada Lind|Jorge Alves", "Jorge Alves|Kofi Mensah"} {
			if !slices.Contains(got, w) {
				t.Errorf("%q: pairs %v, want %s", s, got, w)
			}
		}
	}
	// Three people hold the post: "the two countries' ministers" is unsaid.
	got := pairsOf(t, "Talks\nGhanaian Foreign Minister Ada Lind, Togolese Foreign Minister Kofi Mensah and Beninese Foreign Minister Li Wen arrived in Abuja on Sunday.\n"+
		"Nigerian President Jorge Alves later met with the foreign ministers of both countries.")
	if len(got) != 0 {
		t.Errorf("three ministers for two countries: pairs %v", got)
	}
}

// "held separate meetings with A and B": one meeting each.
func TestSeparateMeetings(t *testing.T) {
	got := pairsOf(t, "Talks\nEnvoy Rosa Quint held separate meetings with President Kofi Mensah and opposition leader Ada Lind in Accra on Monday.")
	if slices.Contains(got, "Ada Lind|Kofi Mensah") || len(got) != 2 {
		t.Errorf("pairs %v, want Quint with each", got)
	}
}

// Talks governed by a preposition that presupposes them ("a statement
// issued after talks between A and B", "during talks") took place;
// "before talks" does not say so.
func TestTalksPresupposed(t *testing.T) {
	got := heldAt(t, "Talks\nA joint statement issued after talks between President Ada Lind and President Kofi Mensah in Accra on Monday said both would cut tariffs.", corefPub)
	if len(got) != 1 || got[0].Date != "2025-05-05" {
		t.Errorf("held %v, want the Accra talks on Monday", got)
	}
	if got := heldAt(t, "Talks\nPrices fell before talks between President Ada Lind and President Kofi Mensah in Accra.", corefPub); len(got) != 0 {
		t.Errorf("before talks: held %v", got)
	}
}

// A topic verb's own time stays with it ("discussed trade in Accra on
// Monday"); a time after a participle in its object ("to discuss the
// plan signed on 2 May") is the other event's.
func TestTopicVerbTime(t *testing.T) {
	got := heldAt(t, "Talks\nPresident Ada Lind and President Kofi Mensah discussed trade in Accra on Monday, a joint statement said.", corefPub)
	if len(got) != 1 || got[0].Date != "2025-05-05" {
		t.Errorf("held %v, want Monday", got)
	}
	got = heldAt(t, "Talks\nPresident Ada Lind and President Kofi Mensah are in Accra to discuss a border plan drafted in Lome on 2 March.", corefPub)
	for _, m := range got {
		if m.Date == "2025-03-02" {
			t.Errorf("held %v, the draft's date is not the meeting's", got)
		}
	}
}

// A meeting wanted, sought or prepared ("is seeking a meeting with",
// "preparing for talks") or told with "is to be" has not taken place;
// the same noun after a verb of holding has.
func TestIntentAndBeTo(t *testing.T) {
	for _, s := range []string{
		"President Ada Lind is seeking a meeting with President Kofi Mensah.",
		"Officials are preparing for a meeting between President Ada Lind and President Kofi Mensah in Lome.",
		"President Ada Lind is to be received by President Kofi Mensah in Lome on Friday.",
	} {
		if got := statuses(t, s); slices.Contains(got, graph.Held) {
			t.Errorf("%q: %v, want nothing held", s, got)
		}
	}
	if got := statuses(t, "President Ada Lind held a long meeting with President Kofi Mensah in Lome on Monday."); !slices.Equal(got, []graph.Status{graph.Held}) {
		t.Errorf("held a meeting: %v, want held", got)
	}
}

// "A met his Pakistani counterpart": the verb's subject counts once, so
// the counterpart is still looked for (the state when no person of it
// is named before).
func TestCounterpartAfterVerbSubject(t *testing.T) {
	got := pairsOf(t, "Talks\nPakistani Prime Minister Imran Baig flew to Tashkent on Wednesday. Indian Prime Minister Arjun Rao met his Pakistani counterpart there on Thursday.")
	if !slices.Equal(got, []string{"Arjun Rao|Imran Baig"}) {
		t.Errorf("pairs %v, want Rao and Baig", got)
	}
	got = pairsOf(t, "Talks\nIndian Prime Minister Arjun Rao met his Pakistani counterpart in Tashkent on Thursday.")
	if !slices.Equal(got, []string{"Arjun Rao|Pakistan"}) {
		t.Errorf("pairs %v, want Rao and Pakistan", got)
	}
}

// A mediator who meets each side in turn ("met A and then saw B") meets
// them apart: the sides' rosters, told before or after, do not join the
// two encounters into one meeting of all three.
func TestShuttleMeetingsStayApart(t *testing.T) {
	rosters := []string{
		"The government side is led by Interior Minister Kofi Mensah, while the rebels are represented by their spokesman, Tomas Varga.",
		"The government delegation was headed by Interior Minister Kofi Mensah and the rebel team by Tomas Varga.",
	}
	visits := []string{
		"Quint met Mensah on Monday morning and then saw Varga in the afternoon.",
		"Quint met Mensah on Monday and later met with Varga.",
	}
	for _, r := range rosters {
		for _, v := range visits {
			text := "Envoy shuttles between the sides\nMediator Rosa Quint is leading the talks. " + r + " " + v
			got := pairsOf(t, text)
			for _, w := range []string{"Kofi Mensah|Rosa Quint", "Rosa Quint|Tomas Varga"} {
				if !slices.Contains(got, w) {
					t.Errorf("%q: pairs %v, want %s", text, got, w)
				}
			}
			if slices.Contains(got, "Kofi Mensah|Tomas Varga") {
				t.Errorf("%q: pairs %v, want the sides apart", text, got)
			}
		}
	}
}

// "the [modifier] meeting" refers to a meeting as "the meeting" does: a
// host's meeting "which was attended by" others holds them all, whatever
// modifier the noun takes.
func TestModifiedDefiniteMeeting(t *testing.T) {
	for _, mod := range []string{"", "trilateral ", "closed-door ", "annual ", "two-hour "} {
		for _, noun := range []string{"meeting", "summit"} {
			text := "Leaders meet\nPresident Ada Lind hosted the " + mod + noun + ", which was attended by President Kofi Mensah and Prime Minister Jorge Alves."
			got := pairsOf(t, text)
			want := []string{"Ada Lind|Jorge Alves", "Ada Lind|Kofi Mensah", "Jorge Alves|Kofi Mensah"}
			if !slices.Equal(got, want) {
				t.Errorf("%q: pairs %v, want %v", text, got, want)
			}
		}
	}
}

// "the foreign ministers of A and B", "the leaders of A, B and C" stand
// for the person of that post in each state, named before or after; when
// a state has no such person, or two, the states stay the participants.
func TestPostsOfNamedStates(t *testing.T) {
	people := "Chilean Foreign Minister Ana Soto, Peruvian Foreign Minister Luis Prado, Chilean President Jorge Alves and Peruvian Prime Minister Rosa Vidal"
	cases := []struct{ desc, want string }{
		{"The foreign ministers of Chile and Peru", "Ana Soto|Luis Prado"},
		{"The leaders of Chile and Peru", "Jorge Alves|Rosa Vidal"},
		{"The presidents of Chile and Peru", "Chile|Peru"}, // Peru's president is not named
	}
	for _, c := range cases {
		for _, order := range []string{"before", "after"} {
			meet := c.desc + " met in Lima on Monday."
			var text string
			if order == "before" {
				text = "Talks in Lima\n" + people + " arrived in Lima on Sunday. " + meet
			} else {
				text = "Talks in Lima\n" + meet + " " + people + " took part in a later session."
			}
			got := pairsOf(t, text)
			if !slices.Contains(got, c.want) {
				t.Errorf("%s, named %s: pairs %v, want %s", c.desc, order, got, c.want)
			}
		}
	}
}

// A visit's ", where" clause is about the place the visit names, also past
// a time phrase, and takes the visit's time; a passive host ("was received
// ... by X") keeps its agent across place and time phrases.
func TestVisitWhereAndPassiveHost(t *testing.T) {
	for _, c := range []struct{ text, place, date string }{
		{"Foreign Minister Ana Soto visited Quito on Tuesday, where she met Foreign Minister Luis Prado.", "Quito", "2025-05-06"},
		{"Foreign Minister Ana Soto paid an official visit to Quito on Tuesday, where she was received by Foreign Minister Luis Prado.", "Quito", "2025-05-06"},
		{"Foreign Minister Ana Soto travelled to Quito, where she met Foreign Minister Luis Prado on Monday.", "Quito", "2025-05-05"},
		{"Foreign Minister Ana Soto was received in Quito on Tuesday by Foreign Minister Luis Prado.", "Quito", "2025-05-06"},
		{"Foreign Minister Ana Soto was welcomed at the palace on Tuesday by Foreign Minister Luis Prado.", "", "2025-05-06"},
	} {
		got := heldAt(t, "A visit\n"+c.text, corefPub)
		if len(got) != 1 || !slices.Equal(got[0].Participants, []string{"Ana Soto", "Luis Prado"}) || got[0].Place != c.place || got[0].Date != c.date {
			t.Errorf("%q: held %v, want Soto and Prado, %q, %s", c.text, got, c.place, c.date)
		}
	}
	// "by" after another verb is not the passive's agent.
	if got := pairsOf(t, "A visit\nForeign Minister Ana Soto was received in Quito and later praised by Foreign Minister Luis Prado."); len(got) != 0 {
		t.Errorf("agent of another verb: pairs %v", got)
	}
}

// A trip made "for talks with X" brought the talks about; a trip to come
// tells no meeting held.
func TestTripForTalks(t *testing.T) {
	for _, verb := range []string{"arrived in", "travelled to", "flew to"} {
		text := "A visit\nEnvoy Ana Soto " + verb + " Quito on Monday for talks with Foreign Minister Luis Prado."
		got := heldAt(t, text, corefPub)
		if len(got) != 1 || !slices.Equal(got[0].Participants, []string{"Ana Soto", "Luis Prado"}) || got[0].Place != "Quito" || got[0].Date != "2025-05-05" {
			t.Errorf("%q: held %v, want Soto and Prado in Quito on 2025-05-05", text, got)
		}
	}
	for _, verb := range []string{"will travel to", "is expected to travel to", "plans to fly to"} {
		text := "A visit\nEnvoy Ana Soto " + verb + " Quito for talks with Foreign Minister Luis Prado."
		if got := heldAt(t, text, corefPub); len(got) != 0 {
			t.Errorf("%q: held %v, want none", text, got)
		}
	}
}
