package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-sixty-first round: an untargeted batch
// (p1598-p1603: a 1950s broadsheet on three West African leaders' talks
// in a Liberian town, a 1960s wire on a prime minister's talks at the
// White House, a 1980s paper on two leaders meeting on a Greek island, a
// 1990s British paper on a president's talks at Downing Street, a 2000s
// Chinese wire on a prime minister's talks in Beijing, a 2020s
// government readout of a prime minister's talks in a Gulf capital);
// each rule with sentences of its own.

// twohundredsixtyfirstPersons: the names of the record's persons.
func twohundredsixtyfirstPersons(rec graph.Record) []string {
	var out []string
	for _, a := range rec.Actors {
		if a.Kind == graph.Person {
			out = append(out, a.Name)
		}
	}
	return out
}

// twohundredsixtyfirstMet: a held meeting has both a and b among its
// participants (and the place, when place is not "").
func twohundredsixtyfirstMet(rec graph.Record, a, b, place string) bool {
	return slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool {
		return m.Status == graph.Held && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) &&
			(place == "" || m.Place == place)
	})
}

// "Prime Minister X Meets with Y", "President X Receives Y": a headline
// capitalizes its verb of meeting right after the name, and the verb
// ends the name (headlineVerbSplit, mention/classify.go; lexicon
// "headlineMeetVerbs"; p1603). The negative cases: in the body a
// capitalized word after a name is still part of it, and a headline name
// whose last word is no verb of meeting stays whole.
func TestHeadlineMeetVerbEndsName(t *testing.T) {
	for _, c := range []struct{ text, bad, good string }{
		{"Prime Minister Hollis Meets with Crown Prince Faris bin Omar\n\nPrime Minister Dan Hollis met with Crown Prince Faris bin Omar in Tarsen on Monday.", "Hollis Meets", "Dan Hollis"},
		{"President Varga Receives Marland Envoy at State House\n\nPresident Ivo Varga received the Marland envoy, Tomas Vidal, in Tarsen on Monday.", "Varga Receives", "Ivo Varga"},
	} {
		rec := corefRecord(t, c.text)
		ps := twohundredsixtyfirstPersons(rec)
		if slices.Contains(ps, c.bad) || !slices.Contains(ps, c.good) {
			t.Errorf("%q: want %s and no %q: %s", c.text, c.good, c.bad, dump(rec))
		}
	}
	rec := corefRecord(t, "Leaders confer\n\nPresident Ivo Varga Holdsworth met Prime Minister Tomas Vidal in Tarsen on Monday.")
	if !slices.Contains(twohundredsixtyfirstPersons(rec), "Ivo Varga Holdsworth") {
		t.Errorf("want the whole name Ivo Varga Holdsworth: %s", dump(rec))
	}
}

// "arrived on Sunday and was received at the airport by X", "and were met
// there by X": a passive conjunct whose "by" stands past a short phrase of
// place or time shares the subject of the arrival before it
// (agentAfterGap, frame/predicates.go; lexicon "passiveGapPreps"; p1603,
// and p987, p1467, p1080 of the probe). The negative cases: "and was asked
// by X" past an object is no reception, and "and was received at the
// airport" with no agent names no host.
func TestPassiveConjunctPastPlace(t *testing.T) {
	for _, text := range []string{
		"Visit to Tarsen\n\nPrime Minister Dan Hollis arrived on Sunday and was received at the airport by Deputy Premier Ivo Varga.",
		"Visit to Tarsen\n\nPrime Minister Dan Hollis arrived on Sunday and was met there by Foreign Minister Ivo Varga.",
		"Visit to Tarsen\n\nPrime Minister Dan Hollis landed on Sunday evening and was greeted on arrival by Foreign Minister Ivo Varga.",
	} {
		rec := corefRecord(t, text)
		if !twohundredsixtyfirstMet(rec, "Dan Hollis", "Ivo Varga", "") {
			t.Errorf("%q: want Hollis and Varga met: %s", text, dump(rec))
		}
	}
	for _, text := range []string{
		"Visit to Tarsen\n\nPrime Minister Dan Hollis arrived on Sunday and was asked about the border by reporters, said Ivo Varga.",
		"Visit to Tarsen\n\nPrime Minister Dan Hollis arrived on Sunday and was received at the airport. Foreign Minister Ivo Varga spoke in parliament.",
	} {
		rec := corefRecord(t, text)
		if twohundredsixtyfirstMet(rec, "Dan Hollis", "Ivo Varga", "") {
			t.Errorf("%q: want no meeting of Hollis and Varga: %s", text, dump(rec))
		}
	}
}

// "was received at the airport by Marland Foreign Minister Sheikh X": a post
// of up to four capitalized words before the agent's name still names a
// person agent (passivePerson, capitalRun, meeting/meetings.go; p1603).
// The negative case: a post with its "of" complement that long ("by Prime
// Minister of Marland Ivo Varga") keeps the old reach, and "the
// delegation" it receives stays unread as before.
func TestPassiveAgentLongPost(t *testing.T) {
	text := "Visit to Tarsen\n\nPrime Minister Dan Hollis was received at the airport by Marland Foreign Minister Sheikh Ivo Varga on Sunday."
	rec := corefRecord(t, text)
	if !twohundredsixtyfirstMet(rec, "Dan Hollis", "Ivo Varga", "") {
		t.Errorf("%q: want Hollis and Varga met: %s", text, dump(rec))
	}
	text = "Visit to Tarsen\n\nOn Sunday the Peruvian delegation was received by Prime Minister of Marland Ivo Varga at his office."
	rec = corefRecord(t, text)
	if twohundredsixtyfirstMet(rec, "Ivo Varga", "Peru", "") {
		t.Errorf("%q: want no meeting of Varga and Peru: %s", text, dump(rec))
	}
}

// "ended their talks with a declaration for what they call a community":
// "call" after "what" and a short subject names a thing; it is no phone
// call, and the talks keep their mode and their one meeting of all three
// (namingCall, meeting/meetings.go; p1598). The negative cases: "called
// Prime Minister X" is still a call, and so is "a phone call with X".
func TestNamingCallIsNoPhoneCall(t *testing.T) {
	text := "Leaders meet\n\nPARIS, May 5.\n\nPresident Dan Hollis, Prime Minister Ivo Varga and President Tomas Vidal ended five days of talks in this town this afternoon with a declaration for what they call a \"Community of Free States.\""
	rec := corefRecord(t, text)
	if !slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool {
		return len(m.Participants) == 3 && m.Mode != graph.Call
	}) || twohundredsixtyfirstMet(rec, "Ivo Varga", "Tomas Vidal", "") == false {
		t.Errorf("want one in-person meeting of the three: %s", dump(rec))
	}
	for _, text := range []string{
		"Leaders talk\n\nPresident Dan Hollis called Prime Minister Ivo Varga on Monday.",
		"Leaders talk\n\nPresident Dan Hollis had a phone call with Prime Minister Ivo Varga on Monday.",
	} {
		rec := corefRecord(t, text)
		if !slices.ContainsFunc(rec.Meetings, func(m graph.Meeting) bool { return m.Mode == graph.Call }) {
			t.Errorf("%q: want a call: %s", text, dump(rec))
		}
	}
}

// "..., President X of Portugal, who received the two men": the antecedent
// of "who" is the person before "of", not the state after it
// (relativeSubjects, meeting/frames.go; p1600). The negative case: a
// body "of Portugal" before "who" gives the clause no person of its own.
func TestRelativeAntecedentBeforeOfState(t *testing.T) {
	text := "Leaders meet\n\nLISBON, May 5 - President Dan Hollis and Prime Minister Ivo Varga met today at a hotel on the island of Madeira. The talks took place as guests of President Tomas Vidal of Portugal, who came by helicopter at noon and received the two men."
	rec := corefRecord(t, text)
	if !twohundredsixtyfirstMet(rec, "Tomas Vidal", "Dan Hollis", "") || !twohundredsixtyfirstMet(rec, "Tomas Vidal", "Ivo Varga", "") {
		t.Errorf("want Vidal with both leaders: %s", dump(rec))
	}
	text = "Leaders meet\n\nLISBON, May 5 - President Dan Hollis and Prime Minister Ivo Varga met today at a hotel on the island of Madeira. President Tomas Vidal spoke in parliament. The people of Portugal, who cheered the two men, lined the road."
	rec = corefRecord(t, text)
	if twohundredsixtyfirstMet(rec, "Tomas Vidal", "Dan Hollis", "") {
		t.Errorf("want no meeting of Vidal: %s", dump(rec))
	}
}
